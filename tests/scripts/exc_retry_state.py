# retry loops and state kept consistent across exceptions
class Flaky:
    def __init__(self, fail_times):
        self.fail_times = fail_times
        self.calls = 0
    def __call__(self):
        self.calls += 1
        if self.calls <= self.fail_times:
            raise RuntimeError("fail #" + str(self.calls))
        return "ok after " + str(self.calls)
def retry(fn, attempts):
    errors = []
    for i in range(attempts):
        try:
            return fn(), errors
        except RuntimeError as e:
            errors.append(str(e))
    raise RuntimeError("gave up: " + "; ".join(errors))
print(retry(Flaky(0), 3))
print(retry(Flaky(2), 3))
try:
    retry(Flaky(5), 3)
except RuntimeError as e:
    print(e)
balance = 100
def transfer(amount):
    global balance
    old = balance
    try:
        balance -= amount
        if balance < 0:
            raise ValueError("overdraft")
    except ValueError:
        balance = old
        raise
for amt in [30, 100, 50]:
    try:
        transfer(amt)
        print("transferred", amt, "balance", balance)
    except ValueError as e:
        print("rolled back", amt, e, "balance", balance)
stack = []
def push_all(items):
    mark = len(stack)
    try:
        for it in items:
            if it is None:
                raise TypeError("None not allowed")
            stack.append(it)
    except TypeError:
        del stack[mark:]
        raise
for batch in [[1, 2], [3, None, 4], [5]]:
    try:
        push_all(batch)
    except TypeError as e:
        print("batch failed:", e)
print(stack)
