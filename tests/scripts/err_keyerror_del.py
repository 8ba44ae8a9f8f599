# ends with KeyError from del on an int key
d = {1: "one", 2: "two"}
del d[1]
print(d)
d[3] = "three"
d[2] = "TWO"
print(d, list(d), list(d.values()))
print(d.pop(3), d.get(3, "gone"), d)
del d[3]
