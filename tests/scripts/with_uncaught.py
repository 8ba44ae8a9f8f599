# Ends with an uncaught exception that __exit__ sees but does not suppress
class Logged:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "clean")
        else:
            print("exit", self.name, exc_type.__name__, str(exc), tb is None)
        return False

def parse_all(values):
    out = []
    with Logged("outer"):
        for v in values:
            with Logged("item " + v):
                out.append(int(v))
                print("parsed", out)
    return out

print(parse_all(["1", "22"]))
print(parse_all(["3", "x4", "5"]))
print("never printed")
