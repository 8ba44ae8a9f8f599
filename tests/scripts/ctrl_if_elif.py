# if / elif / else
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
for s in [95, 90, 85, 72, 70, 69, 0, 100]:
    print(s, grade(s))
x = 0
if x:
    print("truthy")
else:
    print("falsy")
if []:
    print("nonempty")
elif {}:
    print("dict")
elif "":
    print("str")
else:
    print("all empty")
if 1 < 2:
    if 2 < 3:
        print("nested both")
    else:
        print("never")
n = 15
if n % 3 == 0 and n % 5 == 0:
    print("fizzbuzz")
if n > 10: print("one-line if")
if not None: print("not None is True")
if x == 0: pass
else: print("no")
y = 5
if y > 3:
    pass
print("after pass")
for v in [None, 0, "", "a", [1]]:
    if v is None:
        print("none")
    elif not v:
        print("empty", repr(v))
    else:
        print("value", v)
