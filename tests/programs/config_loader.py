"""Parses an INI-like config, validates it, and dies on the last (bad) section
with a chained exception, as a real script would."""

SOURCE = """
# service settings
[server]
host = example.org
port = 8080
workers = 4
debug = no

[limits]
max_body = 1_048_576
timeout = 2.5
ratio = 3/4

[paths]
root = /srv/app
  logs = /var/log/app

[broken]
port = eighty
"""


class ConfigError(Exception):
    pass


class Section:
    def __init__(self, name):
        self.name = name
        self.values = {}

    def __getitem__(self, key):
        try:
            return self.values[key]
        except KeyError:
            raise ConfigError(f"[{self.name}] has no key {key!r}") from None

    def __contains__(self, key):
        return key in self.values

    def __len__(self):
        return len(self.values)

    def __repr__(self):
        return f"Section({self.name!r}, {len(self)} keys)"


def parse(text):
    sections = {}
    current = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line[0] == "[" and line[-1] == "]":
            current = sections.setdefault(line[1:-1], Section(line[1:-1]))
            continue
        if current is None:
            raise ConfigError(f"line {lineno}: value outside a section")
        key, sep, value = line.partition("=")
        if not sep:
            raise ConfigError(f"line {lineno}: expected key = value, got {line!r}")
        current.values[key.strip()] = value.strip()
    return sections


def convert(value):
    low = value.lower()
    if low in ("yes", "true", "on"):
        return True
    if low in ("no", "false", "off"):
        return False
    if "/" in value and value.replace("/", "").isdigit():
        num, den = value.split("/")
        return int(num) / int(den)
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


config = parse(SOURCE)
print(list(config), [repr(s) for s in config.values()])
for name, section in config.items():
    if name == "broken":
        continue
    for key, value in section.values.items():
        v = convert(value)
        print(f"{name:>7}.{key:<9} = {v!r:<14} ({type(v).__name__})")

server = config["server"]
print("port" in server, "user" in server, server["workers"])
try:
    server["user"]
except ConfigError as e:
    print("ConfigError:", e, "| cause:", e.__cause__, "| suppressed:", e.__suppress_context__)
for bad in ["x = 1", "[a]\nnovalue"]:
    try:
        parse(bad)
    except ConfigError as e:
        print("ConfigError:", e)
print(f"{convert(config['limits']['max_body']):,} bytes, {convert('2.5e-3'):.1%}")


def port_of(section):
    raw = section["port"]
    try:
        return int(raw)
    except ValueError as e:
        raise ConfigError(f"[{section.name}] port must be an integer") from e


print("server port:", port_of(server))
print("broken port:", port_of(config["broken"]))
