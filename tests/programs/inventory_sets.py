"""Warehouse inventory with sets of tags, dict aggregation and set algebra."""

ITEMS = [
    ("hammer", "tools", 12.5, {"steel", "heavy", "hand"}),
    ("screwdriver", "tools", 4.25, {"steel", "hand"}),
    ("drill", "power", 89.0, {"electric", "heavy"}),
    ("saw", "tools", 15.75, {"steel", "hand", "sharp"}),
    ("sander", "power", 45.5, {"electric"}),
    ("tape", "supplies", 2.0, {"light"}),
    ("glue", "supplies", 3.5, {"light", "sticky"}),
    ("chisel", "tools", 9.0, {"steel", "sharp", "hand"}),
]

stock = {name: qty for name, qty in zip((i[0] for i in ITEMS), [5, 0, 2, 7, 1, 40, 0, 3])}
by_cat = {}
tags_by_cat = {}
for name, cat, price, tags in ITEMS:
    by_cat.setdefault(cat, []).append(name)
    tags_by_cat[cat] = tags_by_cat.get(cat, set()) | tags

print(by_cat)
print(tags_by_cat)
all_tags = set().union(*(t for *_, t in ITEMS))
print(sorted(all_tags), len(all_tags))
print(tags_by_cat["tools"] & tags_by_cat["power"], tags_by_cat["tools"] - tags_by_cat["power"])
print(tags_by_cat["supplies"] ^ {"light", "cheap"}, tags_by_cat["power"].isdisjoint(tags_by_cat["supplies"]))
print({"steel", "hand"} <= tags_by_cat["tools"], {"steel"} < {"steel"}, {"a"} | {"b"} == {"b", "a"})

out_of_stock = {n for n, q in stock.items() if q == 0}
print("out of stock:", out_of_stock)
sharp = {name for name, _, _, tags in ITEMS if "sharp" in tags}
hand = {name for name, _, _, tags in ITEMS if "hand" in tags}
print("sharp hand tools:", sharp & hand, "hand not sharp:", hand - sharp)

value = {name: price * stock[name] for name, _, price, _ in ITEMS}
print(value)
for cat, names in sorted(by_cat.items()):
    total = sum(value[n] for n in names)
    count = sum(stock[n] for n in names)
    print(f"{cat:<10}{count:>5} units  {total:>9.2f}  avg {total / count if count else 0:8.3f}")

reorder = []
for name, cat, price, tags in ITEMS:
    if stock[name] < 2 and "electric" not in tags:
        reorder.append((name, 10 - stock[name]))
print("reorder:", reorder)

tag_index = {}
for name, _, _, tags in ITEMS:
    for t in tags:
        tag_index.setdefault(t, set()).add(name)
for t in sorted(tag_index, key=lambda t: (-len(tag_index[t]), t)):
    print(f"  {t:>8}: {sorted(tag_index[t])}")
print(tag_index["steel"])

seen = set()
dupes = set()
for word in "saw drill saw tape glue drill drill".split():
    (dupes if word in seen else seen).add(word)
print(seen, dupes, seen.difference(dupes), seen.symmetric_difference({"saw", "nail"}))
s = {"x", "y"}
s.update(["z", "x"], "w")
s.discard("nope")
s.remove("y")
print(s, len(s), "w" in s)
try:
    s.remove("y")
except KeyError as e:
    print("KeyError", e)
s2 = s.copy()
s2.intersection_update({"x", "z", "q"})
s.difference_update({"x"})
print(s2, s, s2.issubset({"x", "z"}), s.issuperset({"z"}))
popped = sorted(s2)
print(popped, set(), {()}, {(1, "a"), (1, "a")}, set([1, 1.0, True]))
letters = set("hello world") - {" "}
print(letters, sorted(letters), "".join(sorted(letters, reverse=True)))
print({c: "hello world".count(c) for c in letters if "hello world".count(c) > 1})
