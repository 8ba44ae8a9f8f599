"""Payroll with a class hierarchy: class vs instance attributes, properties,
classmethods/staticmethods, super() chains and sorting with stable keys."""


class Employee:
    company = "Acme"
    headcount = 0
    raise_pct = 0.03
    _ids = {}

    def __init__(self, name, salary, dept="general"):
        Employee.headcount += 1
        self.emp_id = self.next_id(dept)
        self.name = name
        self._salary = salary
        self.dept = dept

    @classmethod
    def next_id(cls, dept):
        prefix = dept[:3].upper()
        cls._ids[prefix] = cls._ids.get(prefix, 0) + 1
        return f"{prefix}-{cls._ids[prefix]:03d}"

    @classmethod
    def from_record(cls, record):
        name, salary, dept = record.split(";")
        return cls(name.strip(), int(salary), dept.strip())

    @staticmethod
    def is_workday(day):
        return day.lower()[:3] not in ("sat", "sun")

    @property
    def salary(self):
        return self._salary

    @salary.setter
    def salary(self, value):
        if value < 0:
            raise ValueError(f"negative salary for {self.name}")
        self._salary = value

    @property
    def monthly(self):
        return round(self._salary / 12, 2)

    def give_raise(self):
        self.salary = int(self._salary * (1 + self.raise_pct))
        return self.salary

    def role(self):
        return "employee"

    def describe(self):
        return f"{self.emp_id} {self.name:<8} {self.role():<18} {self.salary:>9,} {self.monthly:>10,.2f}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self._salary})"

    def __lt__(self, other):
        return self._salary < other._salary


class Manager(Employee):
    raise_pct = 0.05

    def __init__(self, name, salary, dept="general", reports=None):
        super().__init__(name, salary, dept)
        self.reports = list(reports or [])

    def role(self):
        return f"manager of {len(self.reports)}"

    def give_raise(self):
        base = super().give_raise()
        bonus = 1000 * len(self.reports)
        self.salary = base + bonus
        return self.salary


class Director(Manager):
    raise_pct = 0.08
    company = "Acme Holdings"

    def role(self):
        return "director/" + super().role()


staff = [Employee.from_record(r) for r in ["Ann; 52000; eng", "Bob;48000;eng", " Cid ; 61000 ; ops", "Dee;48000;sales"]]
mgr = Manager("Eve", 90000, "eng", reports=staff[:2])
boss = Director("Fay", 150000, "exec", reports=[mgr, staff[2]])
everyone = staff + [mgr, boss]

print(Employee.headcount, Employee._ids, Manager.headcount, boss.company, mgr.company, Employee.company)
for e in everyone:
    print(e.describe())
print(sorted(everyone), sorted(everyone, reverse=True)[:2])
print([e.name for e in sorted(everyone, key=lambda e: e.dept)])
print([e.name for e in sorted(everyone, key=lambda e: (e.dept, -e.salary))])
print([(e.name, e.give_raise()) for e in everyone])
print(Employee.raise_pct, Manager.raise_pct, boss.raise_pct)
staff[0].raise_pct = 0.5
print(staff[0].give_raise(), staff[1].raise_pct, "raise_pct" in staff[0].__dict__, "raise_pct" in staff[1].__dict__)
del staff[0].raise_pct
print(staff[0].raise_pct)
Employee.raise_pct = 0.1
print(staff[1].give_raise(), mgr.raise_pct)
print(Employee.is_workday("Saturday"), boss.is_workday("monday"), Manager.is_workday("SUN"))
try:
    staff[3].salary = -1
except ValueError as exc:
    print("ValueError:", exc)
try:
    staff[3].monthly = 5
except AttributeError as exc:
    print("AttributeError:", exc)
payroll = {}
for e in everyone:
    payroll[e.dept] = payroll.get(e.dept, 0) + e.salary
print(payroll, f"{sum(payroll.values()):,}", max(payroll, key=payroll.get))
print(isinstance(boss, Manager), isinstance(mgr, Director), issubclass(Director, Employee), type(boss).__mro__[2].__name__)
print(min(everyone).name, max(everyone).name, [r.name for r in boss.reports], boss.reports[0].reports)
print(Employee.from_record("Gus;1;hr"), Director.from_record("Hal;2;hr").role(), Employee.headcount, Employee._ids["HR"])
