# String concatenation, repetition, membership, comparison
a = "ab"
b = "cd"
print(a + b, a * 3, 3 * a, a * 0, repr(a * -2), (a + b) * 2)
s = ""
for i in range(5):
    s += str(i)
print(s)
s *= 2
print(s)
print("b" in a, "ab" in a, "ba" in a, "" in "", "x" not in a)
print("abc" == "abc", "abc" != "abd", "a" < "b", "B" < "a", "abc" > "abd")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(max(["x", "yy", "z"]), min("hello"), max("hello"))
parts = []
for w in ["alpha", "beta", "gamma"]:
    parts.append(w[0].upper() + w[1:])
print(" ".join(parts))
print("=" * 20)
print("-" * 3 + ">" + " " * 2 + "|")
print(len("abc" * 1000), ("xy" * 50)[97:])
t = "abc"
u = t
t += "d"
print(t, u)
print(str(1) + str(2.5) + str(None) + str(True) + str([1]))
print("%" + "d", "{" + "}")
