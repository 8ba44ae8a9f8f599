# user-defined exception tree and catching at different levels
class StoreError(Exception):
    pass
class NotFound(StoreError):
    def __init__(self, key):
        super().__init__("not found: " + str(key))
        self.key = key
class Conflict(StoreError):
    pass
class ReadOnly(Conflict):
    pass
class Store:
    def __init__(self):
        self.data = {}
        self.locked = False
    def get(self, k):
        if k not in self.data:
            raise NotFound(k)
        return self.data[k]
    def put(self, k, v):
        if self.locked:
            raise ReadOnly("store is read-only")
        if k in self.data:
            raise Conflict("exists: " + k)
        self.data[k] = v
s = Store()
ops = [("put", "a", 1), ("put", "a", 2), ("get", "a"), ("get", "b"), ("lock",), ("put", "c", 3)]
for op in ops:
    try:
        if op[0] == "put":
            s.put(op[1], op[2])
            print("put ok", op[1])
        elif op[0] == "get":
            print("got", s.get(op[1]))
        else:
            s.locked = True
            print("locked")
    except NotFound as e:
        print("NotFound", e.key, e)
    except ReadOnly as e:
        print("ReadOnly", e)
    except StoreError as e:
        print("StoreError", type(e).__name__, e)
for cls in [StoreError, NotFound, Conflict, ReadOnly]:
    print(cls.__name__, issubclass(cls, StoreError), issubclass(cls, Conflict), issubclass(cls, Exception))
try:
    s.get("zzz")
except LookupError:
    print("wrong")
except Exception as e:
    print("generic", repr(e))
