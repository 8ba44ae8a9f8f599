# assert statements: message forms, evaluated lazily, AssertionError args
def check(x):
    assert x > 0, "x must be positive, got " + str(x)
    return x * 2
for v in [3, -1, 0]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args, "[" + str(e) + "]")
try:
    assert 1 == 2, ("tuple", 1)
except AssertionError as e:
    print("tuple message:", e, e.args)
calls = []
def msg():
    calls.append(1)
    return "expensive"
assert True, msg()
print("calls after passing assert:", len(calls))
try:
    assert [], msg()
except AssertionError as e:
    print(e, len(calls))
try:
    assert None, 42
except AssertionError as e:
    print(repr(e))
for val in [1, "a", [0], (0,), 0.0, "", {}]:
    try:
        assert val
        print("truthy", repr(val))
    except AssertionError:
        print("falsy", repr(val))
def validate(items):
    for i, it in enumerate(items):
        assert isinstance(it, int), f"item {i} is {type(it).__name__}"
    return sum(items)
try:
    print(validate([1, 2]))
    print(validate([1, "2", 3]))
except AssertionError as e:
    print("AssertionError:", e)
