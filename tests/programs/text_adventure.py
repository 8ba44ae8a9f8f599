"""A tiny text adventure driven by a state machine built from dicts."""

ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of books.", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "A cold kitchen.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "It is pitch dark.", "exits": {"up": "kitchen"}, "items": ["treasure"], "dark": True},
}


class Game:
    def __init__(self, rooms):
        self.rooms = {name: dict(info, items=list(info["items"])) for name, info in rooms.items()}
        self.here = "hall"
        self.inventory = set()
        self.moves = 0
        self.state = "playing"
        self.visited = {"hall"}

    def room(self):
        return self.rooms[self.here]

    def look(self):
        r = self.room()
        if r.get("dark") and "lamp" not in self.inventory:
            return "Too dark to see."
        items = ", ".join(sorted(r["items"])) or "nothing"
        exits = " ".join(sorted(r["exits"]))
        return f"{r['desc']} You see: {items}. Exits: {exits}."

    def go(self, direction):
        exits = self.room()["exits"]
        if direction not in exits:
            return f"You can't go {direction}."
        target = exits[direction]
        if target == "cellar" and "key" not in self.inventory:
            return "The cellar door is locked."
        self.here = target
        self.visited.add(target)
        return self.look()

    def take(self, item):
        r = self.room()
        if item not in r["items"]:
            return f"There is no {item} here."
        r["items"].remove(item)
        self.inventory.add(item)
        if item == "treasure":
            self.state = "won"
        return f"Taken: {item}."

    def drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.discard(item)
        self.room()["items"].append(item)
        return f"Dropped {item}."

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        arg = " ".join(rest)
        handlers = {
            "look": lambda: self.look(),
            "go": lambda: self.go(arg),
            "take": lambda: self.take(arg),
            "drop": lambda: self.drop(arg),
            "inv": lambda: "Carrying: " + (", ".join(sorted(self.inventory)) or "nothing"),
            "quit": lambda: self.quit(),
        }
        aliases = {"n": ("go", "north"), "s": ("go", "south"), "e": ("go", "east"),
                   "w": ("go", "west"), "u": ("go", "up"), "d": ("go", "down")}
        if verb in aliases:
            verb, arg = aliases[verb]
        action = handlers.get(verb)
        if action is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return action()

    def quit(self):
        self.state = "quit"
        return "Bye."


script = """
look
take lamp
n
take book
take key
take sword
inv
s
e
d
look
dance wildly

drop book
take treasure
""".strip().splitlines()

game = Game(ROOMS)
for cmd in script:
    if game.state != "playing":
        break
    print(f"> {cmd}")
    print("  " + game.handle(cmd))

print("state:", game.state, "moves:", game.moves)
print("visited:", sorted(game.visited), len(game.visited) / len(game.rooms))
print("inventory:", sorted(game.inventory))
print({name: r["items"] for name, r in game.rooms.items() if r["items"]})
print(ROOMS["cellar"]["items"], game.rooms["cellar"]["items"])
unreached = {r for r in ROOMS} - game.visited
print(unreached or "all rooms reached")
