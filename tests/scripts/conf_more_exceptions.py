# More built-in exception classes: EOFError, the OSError family (and aliases), Warning family
for cls in [EOFError, OSError, IOError, EnvironmentError, FileNotFoundError, PermissionError, TimeoutError, ConnectionResetError, Warning, UserWarning, DeprecationWarning, RuntimeWarning, BufferError, ReferenceError, SystemError]:
    try:
        raise cls("problem")
    except Exception as e:
        print(cls.__name__, type(e).__name__, e, repr(e), [c.__name__ for c in type(e).__mro__])
print(IOError is OSError, issubclass(TimeoutError, OSError), issubclass(BrokenPipeError, ConnectionError))
print(str(OSError(13, "Permission denied")), str(OSError(2, "No such file", "a.txt")), str(OSError(2, "x", None)), str(OSError("one")), str(OSError(1, 2, 3, 4, 5)))
class ConfigWarning(UserWarning):
    pass
class RetryTimeout(TimeoutError):
    def __init__(self, attempts):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts
try:
    raise RetryTimeout(3)
except OSError as e:
    print(e, e.attempts, isinstance(e, TimeoutError))
try:
    raise ConfigWarning("deprecated key")
except Warning as w:
    print(type(w).__name__, w)
def read_config(name):
    raise FileNotFoundError(f"no config {name!r}")
try:
    read_config("app.ini")
except (FileNotFoundError, PermissionError) as e:
    print("fallback:", e)
raise TimeoutError("took too long")
