# ends with KeyError from del on an int key
d = {1: "one", 2: "two"}
del d[1]
print(d)
del d[3]
