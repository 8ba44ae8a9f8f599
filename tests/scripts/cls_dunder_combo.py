# a container class using many dunders together
class Stack:
    def __init__(self, items=None):
        self.items = list(items) if items else []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        if not self:
            raise IndexError("pop from empty Stack")
        return self.items.pop()
    def __len__(self):
        return len(self.items)
    def __bool__(self):
        return len(self.items) > 0
    def __iter__(self):
        return iter(reversed(self.items))
    def __contains__(self, x):
        return x in self.items
    def __getitem__(self, i):
        return self.items[-1 - i]
    def __eq__(self, o):
        return isinstance(o, Stack) and self.items == o.items
    def __add__(self, o):
        return Stack(self.items + o.items)
    def __repr__(self):
        return "Stack(" + repr(self.items) + ")"
    def __str__(self):
        return "|" + " ".join(str(x) for x in self.items) + ">"

s = Stack().push(1).push(2).push(3)
print(s, repr(s), len(s), bool(s), 2 in s, 9 in s)
print(list(s), s[0], s[2], [x * 10 for x in s])
print(s == Stack([1, 2, 3]), s != Stack([1]), s + Stack([9]))
print(s.pop(), s.pop(), s, len(s))
s.pop()
print(bool(s), s, repr(s))
try:
    s.pop()
except IndexError as e:
    print("IndexError", e)
try:
    s[0]
except IndexError as e:
    print("IndexError", e)
print(f"{Stack([1, 'a'])}", f"{Stack([1, 'a'])!r}")
stacks = [Stack([3]), Stack([1, 2]), Stack()]
print(sorted(stacks, key=len), [bool(x) for x in stacks])
print(max(stacks, key=len), min(stacks, key=len))
