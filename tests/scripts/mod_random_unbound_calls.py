# Random methods called on the class without a receiver: CPython's messages, no crash.
import random
try:
    random.Random.randrange()
except TypeError as e:
    print(e)
try:
    random.Random.randrange(start=3)
except TypeError as e:
    print(e)
R = random.Random
for name in ["seed", "random", "getrandbits", "randrange", "randint", "choice", "choices", "shuffle", "sample", "uniform", "triangular", "normalvariate", "gauss", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "betavariate", "paretovariate", "weibullvariate"]:
    try:
        getattr(R, name)()
        print(name, "ok")
    except TypeError as e:
        print(name, "TypeError:", e)
try:
    R.randrange(start=3)
except TypeError as e:
    print("randrange kw", e)
for f in (list.append, str.upper, dict.get, list.pop, str.split):
    try:
        f()
    except TypeError as e:
        print(e)
