# user exception subclasses with custom __init__ calling super().__init__(msg)
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field + ": " + problem)
        self.field = field
        self.problem = problem

class HttpError(AppError):
    def __init__(self, code, msg="error"):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return "HTTP " + str(self.code) + " " + self.args[1]

class Quiet(AppError):
    def __init__(self):
        super().__init__()

try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, e.field, e.problem, e.args)
    print(repr(e))
try:
    raise HttpError(404, "not found")
except HttpError as e:
    print(e, e.code, e.args, repr(e))
    print(str(e), f"{e}")
try:
    raise HttpError(500)
except AppError as e:
    print(e, isinstance(e, Exception))
try:
    raise Quiet()
except Quiet as e:
    print(repr(e), "[" + str(e) + "]", e.args)
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.total = a + b
try:
    raise NoSuperInit(2, 3)
except NoSuperInit as e:
    print(e.total, e.args, "[" + str(e) + "]")
class WithDefault(ValueError):
    def __init__(self, msg="default message"):
        super().__init__(msg)
for args in [(), ("custom",)]:
    try:
        raise WithDefault(*args)
    except ValueError as e:
        print(type(e).__name__, e, e.args)
errs = [ValidationError("x", "bad"), HttpError(403, "forbidden"), Quiet()]
print([str(e) for e in errs])
print([type(e).__name__ for e in errs if isinstance(e, AppError)])
