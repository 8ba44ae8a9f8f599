# Conditional expressions
for n in range(-2, 4):
    s = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, s)
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(5)])
f = (lambda v: v if v >= 0 else -v)
print(f(-3), f(3))
print(1 if [] else 2, 1 if [0] else 2)
a = 3
b = 7
print(a if a > b else b, min(a, b) if a != b else None)
z = (100 if True else 1) + 1
print(z)
print("yes" if "" else "no", "yes" if " " else "no")
def sign(n):
    return 1 if n > 0 else (-1 if n < 0 else 0)
print([sign(i) for i in [-5, 0, 5, -0.1, 0.0]])
def classify(n):
    return "fizzbuzz" if n % 15 == 0 else "fizz" if n % 3 == 0 else "buzz" if n % 5 == 0 else str(n)
print(" ".join(classify(i) for i in range(1, 21)))
