# assert statements that pass, pass in various places
assert True
assert 1 == 1, "never shown"
assert [1], "non-empty list is truthy"
assert isinstance(3, int) and not isinstance(3, str)
x = [3, 1, 2]
assert sorted(x) == [1, 2, 3], f"got {sorted(x)}"
assert (1, 2) < (1, 3)
def noop():
    pass
def with_doc():
    """doc only"""
print(noop(), with_doc())
for _ in range(3):
    pass
while False:
    pass
if x:
    pass
elif not x:
    pass
else:
    pass
try:
    pass
except ValueError:
    pass
finally:
    pass
checked = 0
for i in range(100):
    assert i * i >= i
    checked += 1
print("checked", checked)
assert sum(range(101)) == 5050
assert "abc".upper() == "ABC"
assert 0.1 + 0.2 != 0.3
assert 10 ** 20 // 10 ** 10 == 10 ** 10
print("all asserts passed")
