# ends with AssertionError with a message
x = 10
assert x > 5
assert x == 10, "x should be 10"
print("asserts passed")
assert [1, 2] == [1, 2]
assert "ab" in "cab", "substring"
total = sum(range(10))
assert total == 45, total
print("total", total)
y = [1, 2, 3]
assert len(y) == 4, f"expected 4 items, got {len(y)}"
print("unreachable")
