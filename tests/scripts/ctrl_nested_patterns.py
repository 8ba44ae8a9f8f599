# nested loops printing patterns
n = 5
for i in range(1, n + 1):
    print(" " * (n - i) + "*" * (2 * i - 1))
for i in range(n, 0, -1):
    print("".join(str(j) for j in range(1, i + 1)))
for i in range(1, 6):
    print(" ".join(f"{i * j:3}" for j in range(1, 6)))
for r in range(4):
    line = ""
    for c in range(8):
        line += "#" if (r + c) % 2 == 0 else "."
    print(line)
size = 7
for r in range(size):
    print("".join("X" if c == r or c == size - 1 - r else " " for c in range(size)).rstrip())
triples = []
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                triples.append((a, b, c))
print(triples)
count = 0
i = 0
while i < 5:
    j = 0
    while j < i:
        count += j
        j += 1
    i += 1
print(count)
