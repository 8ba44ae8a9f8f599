# Argument-count errors of built-in methods: CPython's wording, receiver not counted.
cases = [
    ('[].append()', lambda: [].append()),
    ('[].pop(1,2)', lambda: [].pop(1,2)),
    ('[].index()', lambda: [].index()),
    ('{}.keys(1)', lambda: {}.keys(1)),
    ('[].count()', lambda: [].count()),
    ('{}.pop()', lambda: {}.pop()),
    ('{}.get()', lambda: {}.get()),
    ('set().add()', lambda: set().add()),
    ('{}.setdefault()', lambda: {}.setdefault()),
    ('[].insert()', lambda: [].insert()),
    ('[].insert(1)', lambda: [].insert(1)),
    ('[].copy(1)', lambda: [].copy(1)),
    ('{}.update(1,2)', lambda: {}.update(1,2)),
    ('range(3).index()', lambda: range(3).index()),
    ('[].remove()', lambda: [].remove()),
    ('[].extend()', lambda: [].extend()),
    ('set().discard()', lambda: set().discard()),
    ('[].clear(1)', lambda: [].clear(1)),
    ('[].reverse(1)', lambda: [].reverse(1)),
    ('{}.popitem(1)', lambda: {}.popitem(1)),
    ('set().pop(1)', lambda: set().pop(1)),
    ('{}.items(2)', lambda: {}.items(2)),
    ('{}.values(2)', lambda: {}.values(2)),
    ('[].sort(1)', lambda: [].sort(1)),
    ('set().union', lambda: set().union),
    ('set().isdisjoint()', lambda: set().isdisjoint()),
    ('{1}.symmetric_difference()', lambda: {1}.symmetric_difference()),
    ('[1].index(1,2,3,4)', lambda: [1].index(1,2,3,4)),
    ('{}.copy(1)', lambda: {}.copy(1)),
]
for text, f in cases:
    try:
        f()
        print(text, "ok")
    except TypeError as e:
        print(text, "TypeError:", e)
