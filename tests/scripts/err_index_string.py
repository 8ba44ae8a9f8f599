# ends with IndexError: string index out of range
s = "abc"
print(s[2], s[-3], s[5:], repr(s[10:20]))
print(s[-4])
