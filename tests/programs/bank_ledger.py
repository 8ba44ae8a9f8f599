"""Bank ledger with a custom exception hierarchy and try/except/else/finally."""


class LedgerError(Exception):
    """Base class for ledger problems."""


class InsufficientFunds(LedgerError):
    def __init__(self, account, needed):
        self.account = account
        self.needed = needed
        super().__init__(f"{account.owner} needs {needed:,.2f} more")


class AccountFrozen(LedgerError):
    pass


class UnknownAccount(LedgerError):
    pass


class Account:
    rate = 0.015

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._check()
        self._balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount - self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))

    def _check(self):
        if self.frozen:
            raise AccountFrozen(self.owner)

    def __repr__(self):
        return f"<Account {self.owner}: {self._balance:.2f}>"


class SavingsAccount(Account):
    rate = 0.04

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise LedgerError("savings: at most two withdrawals")
        super().withdraw(amount)


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, cls, owner, balance=0):
        acct = cls(owner, balance)
        self.accounts[owner] = acct
        return acct

    def get(self, owner):
        try:
            return self.accounts[owner]
        except KeyError as exc:
            raise LedgerError(f"unknown account {owner!r}") from exc

    def transfer(self, src, dst, amount):
        a = self.get(src)
        b = self.get(dst)
        step = "start"
        try:
            step = "withdraw"
            a.withdraw(amount)
            step = "deposit"
            b.deposit(amount)
        except InsufficientFunds as e:
            self.log.append(f"FAIL {src}->{dst} {amount}: short by {e.needed}")
            raise
        except LedgerError as e:
            self.log.append(f"FAIL {src}->{dst} {amount}: {type(e).__name__}({e})")
            raise
        else:
            self.log.append(f"OK {src}->{dst} {amount}")
        finally:
            self.log.append(f"  (reached {step})")

    def apply_interest(self):
        for acct in self.accounts.values():
            acct._balance = round(acct._balance * (1 + acct.rate), 2)


ledger = Ledger()
ledger.open(Account, "alice", 500)
ledger.open(SavingsAccount, "bob", 1200.50)
ledger.open(Account, "carol")

jobs = [
    ("alice", "bob", 200),
    ("alice", "carol", 400),
    ("bob", "carol", 100),
    ("bob", "alice", 50),
    ("bob", "alice", 25),
    ("carol", "dave", 10),
    ("carol", "alice", -5),
]
ledger.accounts["carol"].frozen = False
for src, dst, amt in jobs:
    try:
        ledger.transfer(src, dst, amt)
    except InsufficientFunds as e:
        print("insufficient:", e, "| account:", e.account)
    except LedgerError as e:
        print("ledger error:", e, "| cause:", repr(e.__cause__))
    except ValueError as e:
        print("value error:", e)

ledger.accounts["alice"].frozen = True
try:
    ledger.transfer("carol", "alice", 1)
except AccountFrozen as e:
    print("frozen:", e.args, isinstance(e, LedgerError), isinstance(e, Exception))

for line in ledger.log:
    print(line)

ledger.apply_interest()
for acct in ledger.accounts.values():
    print(acct, acct.history)

total = sum(a.balance for a in ledger.accounts.values())
print(f"total {total:,.2f} {total:>12.1f} {total:e}")
print(issubclass(InsufficientFunds, LedgerError), InsufficientFunds.__mro__[1].__name__)


def risky(n):
    try:
        if n == 0:
            return "zero"
        return 10 // n
    finally:
        print("finally for", n)


print(risky(0), risky(3))
print(ledger.get("nobody"))
