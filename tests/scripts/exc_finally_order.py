# order of finally blocks as an exception unwinds through several calls
def a(n):
    try:
        print("enter a", n)
        b(n)
        print("a after b", n)
    finally:
        print("finally a", n)
def b(n):
    try:
        print("enter b", n)
        c(n)
    except KeyError as e:
        print("b handles", repr(e))
    finally:
        print("finally b", n)
def c(n):
    try:
        print("enter c", n)
        if n == 1:
            raise KeyError("c-key")
        if n == 2:
            raise ValueError("c-value")
        print("c normal", n)
    finally:
        print("finally c", n)
for n in [0, 1, 2]:
    try:
        a(n)
        print("a returned", n)
    except ValueError as e:
        print("top handles", e)
    print("---")
def gen_cleanup(items):
    done = []
    for it in items:
        try:
            try:
                if it < 0:
                    raise ValueError(it)
                done.append(it)
            finally:
                done.append("c" + str(it))
        except ValueError:
            done.append("neg")
    return done
print(gen_cleanup([1, -2, 3]))
