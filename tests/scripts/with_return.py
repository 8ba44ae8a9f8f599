# return inside with-blocks: __exit__ runs exactly once, after the value is computed
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

def early_return(flag):
    with Tracker("ret-" + str(flag)):
        if flag:
            return "returned early"
        print("  not returning")
    return "returned at end"

print(early_return(True))
print(early_return(False))
print("count", Tracker.count)

def return_value_evaluated_before_exit():
    t = Tracker("val")
    t.state = "before"
    with t:
        return t.state + "/" + str(Tracker.count)
print(return_value_evaluated_before_exit(), Tracker.count)

def return_in_try_inside_with():
    with Tracker("tw"):
        try:
            return "from try"
        finally:
            print("  inner finally")
print(return_in_try_inside_with())

def with_in_try_finally():
    try:
        with Tracker("wf"):
            return 1
    finally:
        print("  outer finally")
print(with_in_try_finally())
def nested_return():
    with Tracker("n1"):
        with Tracker("n2") as t2:
            return t2.tag * 2
print(nested_return(), "count", Tracker.count)
class Suppress(Tracker):
    def __exit__(self, t, v, tb):
        super().__exit__(t, v, tb)
        return True
def suppressed_then_return():
    with Suppress("sup"):
        raise ValueError("hidden")
    return "reached after suppressed with"
print(suppressed_then_return(), "count", Tracker.count)
