# find / rfind / index / count / replace
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find(""))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5), s.rfind(""))
print(s.index("c"), s.index("dab"), s.index("a", 4))
print(s.count("a"), s.count("bra"), s.count("z"), s.count(""), s.count("a", 2), "aaaa".count("aa"))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("bra", ""), s.replace("", "-"))
print("aaa".replace("a", "aa"), "x".replace("x", ""), "hello".replace("l", "L", 0))
print(s.find("a", -3), s.rfind("a", -5, -1), s.count("a", -4))
text = "one fish two fish red fish blue fish"
pos = text.find("fish")
while pos != -1:
    print("fish at", pos)
    pos = text.find("fish", pos + 1)
print(text.replace("fish", "cat", 2))
print(text.count("fish"), text.count(" "))
print("中文中文".find("文"), "中文中文".rfind("文"), "😀x😀".count("😀"))
path = "dir/sub/file.txt"
print(path[path.rfind("/") + 1:], path[:path.find("/")], path[path.rfind(".") + 1:])
