def helper(self):
    return super()
def noargs():
    return super()
print("defined")
class A:
    def who(self):
        return "A"
    def m():
        return super()
class B(A):
    def who(self):
        return "B<" + super().who()
    def nested(self):
        def inner():
            return __class__.__name__
        return inner()
    def lam(self):
        return (lambda: super().who())()
print(B().who(), B().nested())
for f in [lambda: helper(1), lambda: noargs(), lambda: A.m(), lambda: B().lam()]:
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError:", e)
A.__init__ = helper
class C:
    x = 1
    def get(self):
        return __class__.x
print(C().get())
