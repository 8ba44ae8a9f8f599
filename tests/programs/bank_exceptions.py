"""Bank accounts with a custom exception hierarchy."""


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot cover {amount:.2f} (balance {account.balance:.2f})")
        self.shortfall = amount - account.balance


class AccountFrozen(BankError):
    pass


class InvalidAmount(BankError):
    pass


class Account:
    _next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        Account._next_number += 1
        self.number = Account._next_number

    @staticmethod
    def _check(amount):
        if not isinstance(amount, (int, float)):
            raise InvalidAmount(f"amount must be a number, got {type(amount).__name__}")
        if amount <= 0:
            raise InvalidAmount(f"amount must be positive, got {amount}")

    def deposit(self, amount):
        self._check(amount)
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check(amount)
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __str__(self):
        return f"#{self.number} {self.owner:<6} {self.balance:>10.2f}"


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, owner, balance=0.0):
        acct = Account(owner, balance)
        self.accounts[acct.number] = acct
        return acct

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError as e:
            raise BankError(f"no such account: {number}") from e

    def transfer(self, src, dst, amount):
        a = self.get(src)
        b = self.get(dst)
        try:
            a.withdraw(amount)
            b.deposit(amount)
        except InsufficientFunds as e:
            self.log.append(f"FAILED {src}->{dst}: short by {e.shortfall:.2f}")
            raise
        except AccountFrozen:
            a.balance += amount
            self.log.append(f"ROLLBACK {src}->{dst}")
            raise
        else:
            self.log.append(f"OK {src}->{dst} {amount:.2f}")
        finally:
            self.log.append("attempted")


bank = Bank()
alice = bank.open("alice", 500)
bob = bank.open("bob", 50)
carol = bank.open("carol")
for acct in bank.accounts.values():
    print(acct)

attempts = [
    (1001, 1002, 120),
    (1002, 1003, 500),
    (1001, 1003, -5),
    (1001, 1009, 10),
    (1003, 1001, 0.5),
    (1002, 1001, "ten"),
]
for src, dst, amt in attempts:
    try:
        bank.transfer(src, dst, amt)
    except InsufficientFunds as e:
        print("insufficient:", e)
    except InvalidAmount as e:
        print("invalid:", e, "| is BankError:", isinstance(e, BankError))
    except BankError as e:
        print("bank error:", e, "| cause:", repr(e.__cause__))
    else:
        print(f"transferred {amt} from {src} to {dst}")

carol.frozen = True
try:
    bank.transfer(1001, 1003, 25)
except BankError as e:
    print(type(e).__name__, "->", e)
print("alice after rollback:", alice.balance)

for line in bank.log:
    print("log:", line)

for acct in sorted(bank.accounts.values(), key=lambda a: a.balance, reverse=True):
    print(acct, acct.history)


def risky(n):
    results = []
    for d in range(-2, 3):
        try:
            results.append(n // d)
        except ZeroDivisionError as e:
            results.append(str(e))
        finally:
            results.append("|")
    return results


print(risky(7))
errors = [ValueError("bad value"), KeyError("k"), IndexError("list index out of range"), InsufficientFunds(bob, 1000)]
for err in errors:
    try:
        raise err
    except LookupError as e:
        print("lookup:", repr(e), str(e))
    except Exception as e:
        print("other:", type(e).__name__, str(e))

try:
    try:
        int("12x")
    except ValueError as e:
        raise RuntimeError("parse step failed") from e
except RuntimeError as e:
    print(e, "<-", e.__cause__)
