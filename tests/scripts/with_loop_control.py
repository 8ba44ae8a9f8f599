# break / continue inside with-blocks in for and while loops
class Tracker:
    count = 0
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("  enter", self.tag)
        return self
    def __exit__(self, t, v, tb):
        Tracker.count += 1
        print("  exit", self.tag, t.__name__ if t else None)
        return False

for i in range(5):
    with Tracker("loop" + str(i)):
        if i == 1:
            print("  continue")
            continue
        if i == 3:
            print("  break")
            break
        print("  body", i)
else:
    print("never: loop was broken")
print("count", Tracker.count)

i = 0
while True:
    i += 1
    with Tracker("w" + str(i)):
        if i < 3:
            continue
        break
print("while finished at", i, "count", Tracker.count)

def find(items, target):
    for idx, item in enumerate(items):
        with Tracker("f" + str(idx)):
            if item == target:
                return idx
    return -1
print(find(["a", "b", "c"], "b"), find(["x"], "z"), Tracker.count)

for outer in range(2):
    with Tracker("o" + str(outer)):
        for inner in range(3):
            with Tracker("i" + str(outer) + str(inner)):
                if inner == 1:
                    break
        if outer == 0:
            continue
        print("  end of outer", outer)
print("total exits", Tracker.count)
