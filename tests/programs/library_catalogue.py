"""A small library catalogue: books, members, loans and reports."""


class Book:
    next_id = 1

    def __init__(self, title, author, year, copies=1):
        self.book_id = Book.next_id
        Book.next_id += 1
        self.title = title
        self.author = author
        self.year = year
        self.copies = copies
        self.on_loan = 0

    def __repr__(self):
        return f"Book({self.title!r}, {self.author!r}, {self.year})"

    def __str__(self):
        return f"{self.title} by {self.author} ({self.year})"

    def __eq__(self, other):
        if not isinstance(other, Book):
            return NotImplemented
        return (self.title, self.author) == (other.title, other.author)

    def __lt__(self, other):
        return (self.author, self.year, self.title) < (other.author, other.year, other.title)

    def __hash__(self):
        return hash((self.title, self.author))

    @property
    def available(self):
        return self.copies - self.on_loan


class Member:
    def __init__(self, name, limit=3):
        self.name = name
        self.limit = limit
        self.loans = []

    def __repr__(self):
        return f"Member({self.name!r})"


class LoanError(Exception):
    pass


class Catalogue:
    def __init__(self):
        self.books = {}
        self.members = {}

    def add(self, book):
        if book in self.books.values():
            existing = [b for b in self.books.values() if b == book][0]
            existing.copies += book.copies
            return existing
        self.books[book.book_id] = book
        return book

    def join(self, name, **opts):
        m = Member(name, **opts)
        self.members[name] = m
        return m

    def lend(self, name, book_id):
        member = self.members.get(name)
        if member is None:
            raise LoanError(f"no member called {name!r}")
        try:
            book = self.books[book_id]
        except KeyError:
            raise LoanError(f"no book #{book_id}") from None
        if book.available <= 0:
            raise LoanError(f"{book.title!r} is not available")
        if len(member.loans) >= member.limit:
            raise LoanError(f"{name} has reached the limit of {member.limit}")
        book.on_loan += 1
        member.loans.append(book)

    def give_back(self, name, book_id):
        member = self.members[name]
        for i, b in enumerate(member.loans):
            if b.book_id == book_id:
                del member.loans[i]
                b.on_loan -= 1
                return b
        raise LoanError(f"{name} does not have book #{book_id}")


cat = Catalogue()
for title, author, year, n in [
    ("Dune", "Herbert", 1965, 2),
    ("Emma", "Austen", 1815, 1),
    ("Persuasion", "Austen", 1817, 1),
    ("Neuromancer", "Gibson", 1984, 1),
    ("Dune", "Herbert", 1965, 1),
    ("Hyperion", "Simmons", 1989, 3),
]:
    cat.add(Book(title, author, year, n))

print(len(cat.books), "distinct books")
for b in sorted(cat.books.values()):
    print(f"  #{b.book_id:<3}{str(b):<35}{b.copies:>2} copies")

cat.join("ann")
cat.join("bob", limit=1)

actions = [
    ("lend", "ann", 1), ("lend", "ann", 2), ("lend", "bob", 2),
    ("lend", "bob", 6), ("lend", "bob", 1), ("lend", "cat", 1),
    ("lend", "ann", 99), ("back", "ann", 2), ("lend", "bob", 2),
    ("back", "bob", 4),
]
for act, who, bid in actions:
    try:
        if act == "lend":
            cat.lend(who, bid)
            print(f"{who} borrowed #{bid}")
        else:
            b = cat.give_back(who, bid)
            print(f"{who} returned {b!r}")
    except LoanError as e:
        print("refused:", e)
    except KeyError as e:
        print("key error:", e)

for name, m in cat.members.items():
    titles = ", ".join(b.title for b in m.loans) or "-"
    print(f"{name:>5}: {titles}")

by_author = {}
for b in cat.books.values():
    by_author.setdefault(b.author, []).append(b)
for author in sorted(by_author, key=lambda a: (-len(by_author[a]), a)):
    books = by_author[author]
    print(author, [b.year for b in sorted(books, reverse=True)])

print(Book("Dune", "Herbert", 2000) == cat.books[1], Book("X", "Y", 1) in set(cat.books.values()))
print(sorted(cat.books.values(), key=lambda b: b.available)[:2])
print(max(cat.books.values(), key=lambda b: b.year))
