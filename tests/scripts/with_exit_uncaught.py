# Ends with an uncaught exception raised inside __exit__ (replacing the body's)
class Strict:
    def __init__(self, limit):
        self.limit = limit
        self.items = []
    def __enter__(self):
        print("enter, limit", self.limit)
        return self.items
    def __exit__(self, t, v, tb):
        print("exit saw", t.__name__ if t else None, "items", self.items)
        if len(self.items) > self.limit:
            raise OverflowError("too many items: " + str(len(self.items)))
        return True

with Strict(3) as items:
    items.append(1)
    items.append(2)
    raise ValueError("suppressed because under limit")
print("first block ok")

with Strict(1) as items:
    for i in range(3):
        items.append(i * 10)
    print("body done", items)
    raise TypeError("body error replaced by exit error")
print("never printed")
