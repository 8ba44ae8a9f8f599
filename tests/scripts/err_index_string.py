# ends with IndexError: string index out of range
s = "abc"
print(s[2], s[-3], s[5:], repr(s[10:20]))
word = "python"
print(word[0], word[5], word[-1], word[-6], word[1:4], word[::-1])
for i in range(len(word)):
    print(i, word[i], word[-i - 1])
print(repr(word[6:]), repr(word[-100:2]), word[::2])
u = "é中😀"
print(u[0], u[1], u[2], u[-1], len(u))
print(s[-4])
