# Adjacent string literal concatenation
a = "hello" " " "world"
print(a)
b = ('one'
     "two"
     '''three''')
print(b)
c = "x" r"\y" "z"
print(c, len(c))
name = "bob"
d = "Hi " f"{name}" "!"
print(d)
e = f"{1 + 1}" "+" f"{2 * 3}"
print(e)
items = ["a" "b", "c" "d"]
print(items, len(items))
print("abc" "def" == "abcdef")
long = ("Lorem ipsum dolor sit amet, "
        "consectetur adipiscing elit, "
        "sed do eiusmod tempor.")
print(long)
print(len(long))
print(long.split(", "))
