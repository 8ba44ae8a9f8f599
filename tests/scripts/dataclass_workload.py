import random
from dataclasses import dataclass, field, asdict, replace, astuple, fields
from typing import List, Dict


@dataclass(frozen=True, order=True)
class SKU:
    category: str
    code: int


@dataclass(order=True)
class StockItem:
    sort_key: tuple = field(init=False, repr=False)
    sku: SKU
    name: str
    price: float
    qty: int = 0
    history: List[int] = field(default_factory=list, compare=False, repr=False)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.name}")
        self.sort_key = (-self.qty, self.price)

    def restock(self, n):
        self.qty += n
        self.history.append(n)
        self.sort_key = (-self.qty, self.price)


@dataclass
class Warehouse:
    name: str
    stock: Dict[SKU, StockItem] = field(default_factory=dict)

    def add(self, item):
        if item.sku in self.stock:
            self.stock[item.sku].restock(item.qty)
        else:
            self.stock[item.sku] = item

    def value(self):
        return round(sum(i.price * i.qty for i in self.stock.values()), 2)


rng = random.Random(42)
cats = ["tools", "toys", "food", "books"]
wh = Warehouse("main")
for i in range(3000):
    sku = SKU(rng.choice(cats), rng.randint(1, 60))
    wh.add(StockItem(sku, f"item{sku.code}", round(rng.uniform(0.5, 99.0), 2), rng.randint(0, 9)))

print(len(wh.stock), wh.value())
top = sorted(wh.stock.values())[:5]
for it in top:
    print(it, it.sort_key, len(it.history))
by_cat = {}
for sku, it in wh.stock.items():
    by_cat.setdefault(sku.category, []).append(it)
for cat in sorted(by_cat):
    items = by_cat[cat]
    print(cat, len(items), max(items, key=lambda x: x.qty).sku, min(s.sku for s in (i for i in items)))
print(sorted(wh.stock)[:3], sorted(wh.stock)[-1])
counts = {}
for i in range(2000):
    k = SKU(cats[i % 4], i % 7)
    counts[k] = counts.get(k, 0) + 1
print(len(counts), counts[SKU("toys", 3)])
cheap = [replace(it, price=round(it.price * 0.9, 2)) for it in list(wh.stock.values())[:200]]
print(cheap[0], cheap[0].history == [], cheap[0].sort_key == (-cheap[0].qty, cheap[0].price))
snap = [asdict(it) for it in list(wh.stock.values())[:300]]
print(snap[0])
print(sum(len(astuple(it)) for it in wh.stock.values()))
eqs = sum(1 for a in top for b in top if a == b)
print(eqs)
errors = 0
for i in range(500):
    try:
        StockItem(SKU("x", i), "bad", -1.0 if i % 3 == 0 else 1.0)
    except ValueError:
        errors += 1
print(errors)
try:
    StockItem(SKU("x", 1), "n", 1.0, 2, [], 5)
except TypeError as e:
    print(type(e).__name__, e)
print([f.name for f in fields(StockItem)], StockItem.__match_args__)
