# ends with an uncaught AttributeError from a typo in a method
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.zcoord) ** 2
def closest(points, target):
    best = None
    for p in points:
        d = p.dist2(target)
        if best is None or d < best:
            best = d
    return best
print("building")
pts = [Point(i, i * i) for i in range(5)]
print(len(pts), "points")
print(closest(pts, Point(2, 2)))
