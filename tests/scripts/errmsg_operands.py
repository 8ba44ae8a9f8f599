# unsupported operand types messages
def show(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1] + (2,))
show(lambda: (1,) + [2])
show(lambda: None + 1)
show(lambda: 1.5 - "x")
show(lambda: "a" - "b")
show(lambda: {} + {})
show(lambda: [1] * 2.0)
show(lambda: "ab" * "c")
show(lambda: 3 / "x")
show(lambda: 3 // None)
show(lambda: 3 % "x")
show(lambda: 2 ** "2")
show(lambda: {1} + {2})
show(lambda: -"s")
show(lambda: ~1.5)
show(lambda: +[1])
show(lambda: 1 & 1.0)
show(lambda: 1 << 1.0)
show(lambda: 1 << -1)
show(lambda: [] | [])
show(lambda: {1: 2} - {1: 2})
show(lambda: 1 < "a")
show(lambda: "a" >= 1)
show(lambda: [1] < (1,))
show(lambda: None < None)
show(lambda: {} <= {})
show(lambda: 1 in 5)
show(lambda: "a" in ["a"])
show(lambda: 1 in "abc")
show(lambda: [] in "abc")
x = 5
try:
    x += "s"
except TypeError as e:
    print("TypeError", e)
lst = [1]
try:
    lst -= [1]
except TypeError as e:
    print("TypeError", e)
