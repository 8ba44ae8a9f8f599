"""A small warehouse inventory system built out of plain classes."""


class Item:
    tax_rate = 0.08

    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self._price = price
        self.qty = qty

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError(f"negative price for {self.sku}: {value}")
        self._price = value

    @property
    def total_value(self):
        return self._price * self.qty

    def price_with_tax(self):
        return round(self._price * (1 + Item.tax_rate), 2)

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self._price}, qty={self.qty})"

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __lt__(self, other):
        return self.total_value < other.total_value


class Perishable(Item):
    def __init__(self, sku, name, price, qty=0, days_left=7):
        super().__init__(sku, name, price, qty)
        self.days_left = days_left

    def price_with_tax(self):
        base = super().price_with_tax()
        if self.days_left <= 2:
            return round(base * 0.5, 2)
        return base

    def __repr__(self):
        return f"Perishable({self.sku!r}, days_left={self.days_left})"


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item

    def remove(self, sku, count):
        item = self._items[sku]
        if count > item.qty:
            raise ValueError(f"only {item.qty} of {sku} left, wanted {count}")
        item.qty -= count
        if item.qty == 0:
            del self._items[sku]
        return item

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def __getitem__(self, sku):
        return self._items[sku]

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda it: it.sku))

    @classmethod
    def from_rows(cls, rows):
        inv = cls()
        for row in rows:
            sku, name, price, qty = row.split(",")
            inv.add(Item(sku.strip(), name.strip(), float(price), int(qty)))
        return inv


rows = [
    "A100, Widget, 2.50, 40",
    "B200, Gadget, 12.99, 5",
    "C300, Doohickey, 0.75, 300",
    "A100, Widget, 2.50, 10",
    "D400, Sprocket, 4.10, 22",
]
inv = Inventory.from_rows(rows)
inv.add(Perishable("E500", "Milk", 1.89, 12, days_left=2))
inv.add(Perishable("F600", "Cheese", 6.25, 3, days_left=10))
print("items:", len(inv))
for item in inv:
    print(f"  {item.sku:<6}{item.name:<12}{item.price:>8.2f} x{item.qty:>4} = {item.total_value:>9.2f}  taxed {item.price_with_tax()}")

print("B200" in inv, "Z999" in inv)
print(repr(inv["E500"]), repr(inv["A100"]))
print("most valuable:", max(inv).name)
print("least valuable:", min(inv).name)
ranked = sorted(inv, reverse=True)
print("ranking:", [it.sku for it in ranked])

total = sum(it.total_value for it in inv)
print(f"total stock value: {total:,.2f}")

try:
    inv["B200"].price = -3
except ValueError as e:
    print("rejected:", e)

for sku, n in [("B200", 2), ("B200", 5), ("Q111", 1), ("B200", 3)]:
    try:
        it = inv.remove(sku, n)
    except KeyError as e:
        print("missing sku", repr(e))
    except ValueError as e:
        print("error:", e)
    else:
        print(f"removed {n} of {sku}; {it.qty} left; still listed: {sku in inv}")

a = Item("X1", "Thing", 1.0)
b = Item("X1", "Other thing", 2.0)
c = Item("X2", "Thing", 1.0)
print(a == b, a == c, a != c, a == "X1")
print(len({a, b, c}))
cheap = {it.sku: it.price for it in inv if it.price < 5}
print(cheap)
by_kind = {}
for it in inv:
    by_kind.setdefault(type(it).__name__, []).append(it.sku)
print(by_kind)
