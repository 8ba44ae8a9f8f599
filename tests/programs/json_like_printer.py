"""Pretty-print and serialise nested Python data without the json module."""

CONFIG = {
    "name": "firefly",
    "version": (2, 4, 1),
    "debug": False,
    "ratio": 0.375,
    "limits": {"cpu": 4, "memory_mb": 2048, "disk": None},
    "users": [
        {"id": 1, "name": "Ann \"the admin\"", "roles": ["admin", "dev"], "score": 98.5},
        {"id": 2, "name": "Bo", "roles": [], "score": -3.25},
        {"id": 3, "name": "Cy\tTab", "roles": ["ops"], "score": 1e21},
    ],
    "empty": {},
    "tags": ["a", "b", "c"],
}


def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(value, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end_pad = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        if isinstance(value, float) and value == int(value) and abs(value) < 1e16:
            return str(int(value)) + ".0"
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, level + 1) for v in value]
        return "[" + sep.join(items) + end_pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [pad + escape(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in value.items()]
        return "{" + sep.join(items) + end_pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")


def flatten(value, prefix=""):
    flat = {}
    if isinstance(value, dict):
        for k, v in value.items():
            flat.update(flatten(v, f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(value, (list, tuple)) and value:
        for i, v in enumerate(value):
            flat.update(flatten(v, f"{prefix}[{i}]"))
    else:
        flat[prefix] = value
    return flat


def depth(value):
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, (list, tuple)):
        return 1 + max((depth(v) for v in value), default=0)
    return 0


def get_path(data, path):
    cur = data
    for part in path.split("/"):
        if isinstance(cur, list):
            cur = cur[int(part)]
        else:
            cur = cur[part]
    return cur


print(dumps(CONFIG))
print(dumps(CONFIG, indent=2))
flat = flatten(CONFIG)
print(f"{len(flat)} leaves, depth {depth(CONFIG)}")
width = max(len(k) for k in flat)
for key, val in flat.items():
    print(f"{key:<{width}} = {val!r}")

for path in ["limits/cpu", "users/0/roles/1", "users/2/name", "users/5/name", "limits/gpu", "users/x", "tags/1/0"]:
    try:
        print(f"{path} -> {get_path(CONFIG, path)!r}")
    except (KeyError, IndexError) as e:
        print(f"{path} -> {type(e).__name__}: {e}")
    except ValueError as e:
        print(f"{path} -> bad index ({e})")
    except TypeError as e:
        print(f"{path} -> TypeError: {e}")

try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)

scores = {u["name"].split()[0]: u["score"] for u in CONFIG["users"]}
print(scores)
print(sorted(scores.items(), key=lambda kv: kv[1]))
print(repr("quote's \"both\""), str(3.0), repr(1e-7), repr(2.5e-5), 1e16, 123456789.0)
print([0.1 + 0.2, 1 / 3, 2 ** 0.5, -0.0, float("inf"), 10 ** 20 / 3])
