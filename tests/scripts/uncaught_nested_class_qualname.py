class Out:
    class In:
        pass
    class Err(Exception):
        pass
print(Out.In, Out.In.__name__, Out.In.__qualname__, type(Out.In()))
def f():
    class Local: pass
    return Local
print(f(), f().__qualname__)
raise Out.Err('x')
