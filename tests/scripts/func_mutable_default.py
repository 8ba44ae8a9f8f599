# the mutable default gotcha
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]
print(counter(), counter(), counter({}), counter())
def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]
print(memo_fib(50), memo_fib(80), memo_fib(10))
def gather(item, acc=[]):
    acc = acc + [item]
    return acc
print(gather(1), gather(2))
def make(n, base=[0]):
    base[0] += n
    return base[0]
print([make(i) for i in range(5)])
lst = append_to(99)
lst.append(100)
print(append_to(5))
