# Random operation sequences on deques, checked against a list model and
# printed (CPython's real deque must print the same).
import random
from collections import deque

random.seed(1234)
for maxlen in (None, 0, 1, 5, 17):
    d = deque(maxlen=maxlen)
    model = []
    M = maxlen is None
    log = []
    for step in range(3000):
        op = random.randrange(14)
        v = random.randrange(100)
        if op == 0:
            d.append(v); model.append(v)
        elif op == 1:
            d.appendleft(v); model.insert(0, v)
        elif op == 2 and d:
            log.append(d.pop()); M and model.pop()
        elif op == 3 and d:
            log.append(d.popleft()); M and model.pop(0)
        elif op == 4:
            items = [random.randrange(100) for _ in range(random.randrange(6))]
            d.extend(items); model.extend(items)
        elif op == 5:
            items = [random.randrange(100) for _ in range(random.randrange(6))]
            d.extendleft(items)
            for x in items:
                model.insert(0, x)
        elif op == 6 and d:
            k = random.randrange(-30, 30)
            d.rotate(k)
            if maxlen is None:
                k %= len(model)
                model[:] = model[len(model) - k:] + model[:len(model) - k]
        elif op == 7 and d:
            i = random.randrange(-len(d), len(d))
            log.append(d[i])
            d[i] = v
            if M: model[i] = v
        elif op == 8 and d:
            i = random.randrange(-len(d), len(d))
            del d[i]
            if M: del model[i]
        elif op == 9:
            d.reverse(); model.reverse()
        elif op == 10:
            log.append(d.count(v % 10))
            log.append(v % 10 in d)
        elif op == 11 and d and (maxlen is None or len(d) < maxlen):
            i = random.randrange(-len(d) - 2, len(d) + 2)
            d.insert(i, v); model.insert(i, v)
        elif op == 12 and d:
            x = d[random.randrange(len(d))]
            log.append(d.index(x))
            d.remove(x)
            if M: model.remove(x)
        elif op == 13 and random.randrange(20) == 0:
            d.clear(); model.clear()
        if maxlen is not None:
            model = []    # the list model is only kept for unbounded deques
        if step % 500 == 0:
            print(maxlen, step, len(d), d)
    print(maxlen, "final", len(d), list(d)[:10], sum(log), len(log), list(reversed(d))[:5])
    if maxlen is None:
        print("model ok", list(d) == model)
