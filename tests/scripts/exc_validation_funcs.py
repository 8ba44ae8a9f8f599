# raising builtin exceptions from validation functions
def withdraw(balance, amount):
    if not isinstance(amount, (int, float)):
        raise TypeError("amount must be a number")
    if amount <= 0:
        raise ValueError("amount must be positive")
    if amount > balance:
        raise RuntimeError(f"insufficient funds: {balance} < {amount}")
    return balance - amount
bal = 100
for amt in [30, -5, "ten", 500, 70, 1]:
    try:
        bal = withdraw(bal, amt)
        print("ok", amt, "->", bal)
    except (TypeError, ValueError) as e:
        print("rejected", repr(amt), type(e).__name__, e)
    except RuntimeError as e:
        print("failed", e)
def checked_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        raise ValueError("cannot divide " + str(a) + " by zero")
for b in [4, 0]:
    try:
        print(checked_div(10, b))
    except ValueError as e:
        print(type(e).__name__, e)
def strict_int(s):
    if not s.strip().lstrip("-").isdigit():
        raise ValueError(f"not an integer: {s!r}")
    return int(s)
for s in ["12", " -3 ", "4.0", "", "007"]:
    try:
        print(strict_int(s))
    except ValueError as e:
        print(e)
try:
    raise NotImplementedError
except NotImplementedError as e:
    print("NotImplementedError", repr(str(e)))
