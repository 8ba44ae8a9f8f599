from collections import namedtuple

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
q = Point(x=3, y=4)
r = Point(5, y=6)
print(p, q, r, repr(p), str(p))
print(p.x, p.y, p[0], p[1], p[-1], p[:1], p[::-1], len(p), list(p), tuple(p))
x, y = q; print(x, y)
print(p == Point(1, 2), p == (1, 2), (1, 2) == p, p != q, p < q, q > p, p <= (1, 2), hash(p) == hash((1, 2)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max([Point(2, 1), Point(1, 5)]))
print(p._asdict(), Point._fields, p._fields, p._replace(y=20), Point._make([7, 8]), Point._make(range(2)))
print(type(p).__name__, Point.__name__, isinstance(p, Point), 1 in p, 5 in p, p.count(1), p.index(2))
print(p + (3,), (0,) + p, p * 2, {p: 'origin'}[Point(1, 2)])
print(Point.__doc__)
show("set attr", lambda: setattr(p, 'x', 10))
show("new attr", lambda: setattr(p, 'z', 10))
show("missing", lambda: Point(1))
show("missing2", lambda: Point())
show("too many", lambda: Point(1, 2, 3))
show("unexpected kw", lambda: Point(1, 2, z=3))
show("multiple", lambda: Point(1, x=2))
show("make wrong", lambda: Point._make([1]))
show("replace bad", lambda: p._replace(z=1))
show("index", lambda: p[5])

# string field specs
P3 = namedtuple('P3', 'a b c')
P4 = namedtuple('P4', 'a, b,c')
print(P3(1, 2, 3), P4(4, 5, 6), P3._fields, P4._fields)
show("missing3", lambda: P3())
show("missing3b", lambda: P3(1))
# defaults
Emp = namedtuple('Employee', 'name dept salary', defaults=['eng', 100])
print(Emp('ann'), Emp('bob', 'ops'), Emp('cy', salary=5), Emp._field_defaults)
show("too many dflt", lambda: Emp(1, 2, 3, 4))
show("missing dflt", lambda: Emp())
show("too many defaults", lambda: namedtuple('T', 'a', defaults=[1, 2]))
One = namedtuple('One', 'a', defaults=[None])
print(One(), One(5))
Empty = namedtuple('Empty', '')
print(Empty(), len(Empty()), Empty._fields)
show("empty too many", lambda: Empty(1))
# invalid names
show("kw", lambda: namedtuple('T', 'class x'))
show("ident", lambda: namedtuple('T', '1x'))
show("underscore", lambda: namedtuple('T', '_x'))
show("dup", lambda: namedtuple('T', 'x x'))
show("badtype", lambda: namedtuple('my type', 'x'))
R = namedtuple('R', 'a def _c a', rename=True)
print(R._fields, R(1, 2, 3, 4))
# using a namedtuple as a record
Card = namedtuple('Card', 'rank suit')
ranks = [str(n) for n in range(2, 11)] + list('JQKA')
deck = [Card(rk, st) for st in 'SHDC' for rk in ranks]
print(len(deck), deck[0], deck[-1], deck[12].rank, deck[13].suit)
by_suit = sorted(deck[:5], key=lambda c: c.rank)
print(by_suit)
Student = namedtuple('Student', 'name grade age')
students = [Student('ann', 90, 20), Student('bob', 85, 22), Student('cy', 90, 19)]
for s in sorted(students, key=lambda s: (-s.grade, s.name)):
    print("{} {} {}".format(s.name, s.grade, s.age), "%s is %d" % (s.name, s.age))
print(sum(s.grade for s in students) / len(students))
print([s._asdict() for s in students][0], dict(students[1]._asdict()))
print(f"{p}", f"{p!r}", "%s" % (p,), str([p, q]))
# nested
Line = namedtuple('Line', 'start end')
ln = Line(Point(0, 0), Point(3, 4))
print(ln, ln.end.x, ln[1][1])
print(Point(*[9, 9]), Point(**{'x': 1, 'y': 0}), Point(x=1, **{'y': 7}))
print(tuple(Point(1, 2)) == (1, 2), list(zip(*[Point(1, 2), Point(3, 4)])))
for i, v in enumerate(Point('a', 'b')):
    print(i, v)
print(p.__class__.__name__, Point._make((1, 2)) == p, list(reversed(p)))
print([Point(i, i * i) for i in range(3)])
print(set([Point(1, 2), Point(1, 2), (1, 2)]) == {(1, 2)})
print(Point(1.5, 'a'), Point([1], {'a': 1}), Point(None, True))
