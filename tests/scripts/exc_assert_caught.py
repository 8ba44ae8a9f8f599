# catching AssertionError and other builtin errors from helpers
def validate(age):
    assert isinstance(age, int), "age must be int"
    assert 0 <= age < 150, f"age out of range: {age}"
    return age
for a in [30, -1, "x", 200, 0]:
    try:
        print("valid", validate(a))
    except AssertionError as e:
        print("invalid:", e)
try:
    assert False
except AssertionError as e:
    print("empty message:", repr(str(e)))
def safe_get(lst, i, default=None):
    try:
        return lst[i]
    except IndexError:
        return default
    except TypeError as e:
        return "type error: " + str(e)
print(safe_get([1, 2], 1), safe_get([1, 2], 5), safe_get([1, 2], -3, "neg"), safe_get([1, 2], "0"))
def parse_all(items):
    ok, errors = [], {}
    for it in items:
        try:
            ok.append(float(it))
        except ValueError as e:
            errors[it] = str(e)
    return ok, errors
print(parse_all(["1", "2.5e2", "nan?", "-inf", "x1"]))
