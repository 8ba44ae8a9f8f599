# math-based geometry computations
import math
points = [(0, 0), (3, 4), (6, 8), (-2, 5), (1, -1)]
def dist(p, q):
    return math.hypot(p[0] - q[0], p[1] - q[1])
for i in range(len(points) - 1):
    print(points[i], points[i + 1], round(dist(points[i], points[i + 1]), 6))
perim = sum(dist(points[i], points[(i + 1) % len(points)]) for i in range(len(points)))
print(round(perim, 9))
for p in points:
    r = math.hypot(*p)
    theta = math.atan2(p[1], p[0])
    print(p, round(r, 5), round(theta, 5), round(theta * 180 / math.pi, 3))
area = 0.0
poly = [(0, 0), (4, 0), (4, 3), (0, 3)]
for i in range(len(poly)):
    x1, y1 = poly[i]
    x2, y2 = poly[(i + 1) % len(poly)]
    area += x1 * y2 - x2 * y1
print(abs(area) / 2)
circle = math.pi * 2.5 ** 2
print(circle, round(circle, 2), f"{circle:.3e}")
print(math.floor(circle), math.ceil(circle), int(circle))
def is_square(n):
    r = math.isqrt(n)
    return r * r == n
print([n for n in range(1, 200) if is_square(n)])
print(math.gcd(1071, 462), 1071 * 462 // math.gcd(1071, 462))
