"""Container datatypes: deque, defaultdict, Counter, OrderedDict, namedtuple.

A pure-Python version of CPython's ``collections`` for firebrand.

Firebrand cannot subclass built-in types, so ``defaultdict``, ``Counter`` and
``OrderedDict`` wrap a private dict (``self._d``) and namedtuple classes wrap a
private tuple.  They are still real classes, so ``isinstance`` and
``type(x).__name__`` behave as in CPython; ``isinstance(x, dict)`` and
``isinstance(p, tuple)`` are False, which is the main visible difference.
"""

__all__ = ['Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']

_MISSING = object()   # sentinel for "argument not given"


################################################################################
### deque
################################################################################

class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints.

    Stored as two lists: ``_left`` holds the left part in reverse order (the
    leftmost item is ``_left[-1]``) and ``_right`` the right part in order.
    Appends and pops at either end are list appends/pops; when one side runs
    dry, half of the other side is moved over, so every end operation is
    O(1) amortised.  Indexing is O(1).
    """

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._left = []
        self._right = []
        self._state = 0          # bumped on every size change (iteration guard)
        if iterable is not None:
            self.extend(iterable)

    # -- internal helpers ---------------------------------------------------

    def _items(self):
        # The contents as one plain list, left to right.
        return self._left[::-1] + self._right

    def _set_items(self, items):
        # Replace the contents with a plain list (used by O(n) operations).
        self._state += 1
        self._left = []
        self._right = items

    def _position(self, i):
        # Map a user index to (list, index-in-that-list); IndexError if bad.
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'"
                            % type(i).__name__)
        left = self._left
        nl = len(left)
        n = nl + len(self._right)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        if i < nl:
            return left, nl - 1 - i
        return self._right, i - nl

    # -- adding and removing at the ends ------------------------------------

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        self._right.append(x)
        if self._maxlen is not None and \
                len(self._left) + len(self._right) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        self._left.append(x)
        if self._maxlen is not None and \
                len(self._left) + len(self._right) > self._maxlen:
            self.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        right = self._right
        if not right:
            left = self._left
            if not left:
                raise IndexError("pop from an empty deque")
            # Move the right half of the items (left[:half]) over.
            half = (len(left) + 1) // 2
            right = left[:half]
            right.reverse()
            self._right = right
            self._left = left[half:]
        self._state += 1
        return right.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        left = self._left
        if not left:
            right = self._right
            if not right:
                raise IndexError("pop from an empty deque")
            # Move the left half of the items (right[:half]) over.
            half = (len(right) + 1) // 2
            left = right[:half]
            left.reverse()
            self._left = left
            self._right = right[half:]
        self._state += 1
        return left.pop()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        self._state += 1
        self._right.extend(iterable)
        self._trim(True)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = list(iterable)
        self._state += 1
        self._left.extend(iterable)
        self._trim(False)

    def _trim(self, from_left):
        # Enforce maxlen after a bulk extend, dropping items from one end.
        maxlen = self._maxlen
        if maxlen is None or len(self._left) + len(self._right) <= maxlen:
            return
        items = self._items()
        if maxlen == 0:
            items = []
        elif from_left:
            items = items[-maxlen:]
        else:
            items = items[:maxlen]
        self._set_items(items)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._left = []
        self._right = []

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).
        If n is negative, rotates left."""
        length = len(self._left) + len(self._right)
        if length <= 1:
            return
        n %= length
        if n == 0:
            return
        if n <= 8:
            for _ in range(n):
                self.appendleft(self.pop())
        elif length - n <= 8:
            for _ in range(length - n):
                self.append(self.popleft())
        else:
            items = self._items()
            self._set_items(items[-n:] + items[:-n])

    # -- searching and editing ----------------------------------------------

    def count(self, value):
        """Return number of occurrences of value."""
        return self._left.count(value) + self._right.count(value)

    def index(self, value, start=0, stop=_MISSING):
        """Return first index of value.

        Raises ValueError if the value is not present."""
        items = self._items()
        n = len(items)
        if stop is _MISSING:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            x = items[i]
            if x is value or x == value:
                return i
        raise ValueError("%r is not in deque" % (value,))

    def insert(self, i, x):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items()
        for i in range(len(items)):
            x = items[i]
            if x is value or x == value:
                del items[i]
                self._set_items(items)
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        # reversed(left) + right, reversed, is reversed(right) + left.
        self._left, self._right = self._right, self._left

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self._items(), self._maxlen)

    __copy__ = copy

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # -- sequence protocol --------------------------------------------------

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return len(self._left) + len(self._right) > 0

    def __iter__(self):
        state = self._state
        for part in (reversed(self._left), self._right):
            for x in part:
                yield x
                if state != self._state:
                    raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        for part in (reversed(self._right), self._left):
            for x in part:
                yield x
                if state != self._state:
                    raise RuntimeError("deque mutated during iteration")

    def __getitem__(self, i):
        part, j = self._position(i)
        return part[j]

    def __setitem__(self, i, x):
        part, j = self._position(i)
        part[j] = x

    def __delitem__(self, i):
        part, j = self._position(i)
        self._state += 1
        del part[j]

    def __contains__(self, value):
        return value in self._left or value in self._right

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    # -- comparisons and arithmetic -----------------------------------------

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        return deque(self._items() + other._items(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return deque(self._items() * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items() * n
        self._set_items([])
        self.extend(items)
        return self

    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%r)' % (name, self._items())
        return '%s(%r, maxlen=%d)' % (name, self._items(), self._maxlen)


################################################################################
### dict wrappers: shared base for defaultdict, Counter, OrderedDict
################################################################################

def _as_dict(obj):
    """Return the plain dict behind one of our mapping classes, or obj."""
    if isinstance(obj, _DictWrapper):
        return obj._d
    return obj


def _is_mapping(obj):
    return isinstance(obj, (dict, _DictWrapper))


class _DictWrapper:
    """Common dict behaviour; the data lives in the plain dict ``self._d``."""

    _tp_name = 'dict'     # the C type name CPython shows in some messages

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % self._tp_name)

    def _update(self, args, kwds, too_many):
        # dict.update semantics: a mapping, an iterable of pairs, then kwargs.
        # too_many is the TypeError message format for > 1 positional args.
        if len(args) > 1:
            raise TypeError(too_many % len(args))
        d = self._d
        if args:
            other = args[0]
            if isinstance(other, _DictWrapper):
                other = other._d
            if isinstance(other, dict):
                for k in other:
                    self[k] = other[k]
            elif hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for i, pair in enumerate(other):
                    pair = tuple(pair)
                    if len(pair) != 2:
                        raise ValueError(
                            'dictionary update sequence element #%d has '
                            'length %d; 2 is required' % (i, len(pair)))
                    self[pair[0]] = pair[1]
        for k in kwds:
            self[k] = kwds[k]

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __len__(self):
        return len(self._d)

    def __bool__(self):
        return len(self._d) > 0

    def __iter__(self):
        return iter(self._d)

    def __reversed__(self):
        return reversed(self._d)

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def pop(self, key, default=_MISSING):
        if default is _MISSING:
            return self._d.pop(key)
        return self._d.pop(key, default)

    def popitem(self):
        if not self._d:
            raise KeyError('popitem(): dictionary is empty')
        return self._d.popitem()

    def setdefault(self, key, default=None):
        d = self._d
        if key in d:
            return d[key]
        self[key] = default
        return default

    def update(self, *args, **kwds):
        self._update(args, kwds, 'update expected at most 1 argument, got %d')

    def clear(self):
        self._d.clear()

    def __eq__(self, other):
        if isinstance(other, (dict, _DictWrapper)):
            return self._d == _as_dict(other)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        new = self.copy()
        new._d = dict(_as_dict(other))
        new.update(self._d)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### defaultdict
################################################################################

class defaultdict(_DictWrapper):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    """

    _tp_name = 'collections.defaultdict'

    def __init__(self, default_factory=None, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        self._d = {}
        if args or kwds:
            self._update(args, kwds, 'dict expected at most 1 argument, got %d')

    def __getitem__(self, key):
        try:
            return self._d[key]
        except KeyError:
            return self.__missing__(key)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self._d)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for k in iterable:
            new[k] = value
        return new

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self.default_factory,
                               self._d)


################################################################################
### OrderedDict
################################################################################

class OrderedDict(_DictWrapper):
    """Dictionary that remembers insertion order (plus move_to_end)."""

    _tp_name = 'collections.OrderedDict'
    __hash__ = _DictWrapper.__hash__   # defining __eq__ would reset it

    def __init__(self, *args, **kwds):
        self._d = {}
        if args or kwds:
            self._update(args, kwds, 'expected at most 1 arguments, got %d')

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        d = self._d
        value = d.pop(key)
        if last:
            d[key] = value
        else:
            # A plain dict has no "insert at front": rebuild it (O(n)).
            new = {key: value}
            for k in d:
                new[k] = d[k]
            self._d = new

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        d = self._d
        if not d:
            raise KeyError('dictionary is empty')
        if last:
            return d.popitem()
        key = next(iter(d))
        return (key, d.pop(key))

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self._d)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for k in iterable:
            new[k] = value
        return new

    def __eq__(self, other):
        # Order-sensitive against another OrderedDict, plain against dicts.
        if isinstance(other, OrderedDict):
            return self._d == other._d and list(self._d) == list(other._d)
        return _DictWrapper.__eq__(self, other)

    def __repr__(self):
        name = type(self).__name__
        if not self._d:
            return name + '()'
        return '%s(%r)' % (name, list(self._d.items()))


################################################################################
### Counter
################################################################################

class Counter(_DictWrapper):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.

    >>> c = Counter('abcdeabcdabcaba')
    >>> c.most_common(3)
    [('a', 5), ('b', 4), ('c', 3)]
    """

    _tp_name = 'Counter'
    __hash__ = _DictWrapper.__hash__   # defining __eq__ would reset it

    def __init__(self, iterable=None, /, **kwds):
        self._d = {}
        self.update(iterable, **kwds)

    def __getitem__(self, key):
        # Missing elements count as zero and are not stored.
        try:
            return self._d[key]
        except KeyError:
            return 0

    def __missing__(self, key):
        return 0

    def __delitem__(self, elem):
        # Like dict.__delitem__() but does not raise KeyError for missing.
        if elem in self._d:
            del self._d[elem]

    def total(self):
        """Sum of the counts"""
        return sum(self._d.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        Ties keep insertion order (the sort is stable).
        """
        items = sorted(self._d.items(), key=_second, reverse=True)
        if n is None:
            return items
        if n <= 0:
            return []
        return items[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count.
        Elements with a count less than one are ignored."""
        for elem, count in list(self._d.items()):
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        d = self._d
        if iterable is not None:
            if _is_mapping(iterable):
                iterable = _as_dict(iterable)
                if d:
                    for elem in iterable:
                        d[elem] = iterable[elem] + d.get(elem, 0)
                else:
                    for elem in iterable:
                        d[elem] = iterable[elem]
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero."""
        d = self._d
        if iterable is not None:
            if _is_mapping(iterable):
                iterable = _as_dict(iterable)
                for elem in iterable:
                    d[elem] = d.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __repr__(self):
        name = type(self).__name__
        if not self._d:
            return name + '()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = self._d
        return '%s(%r)' % (name, d)

    # -- rich comparisons: missing counts are treated as zero ---------------

    def __eq__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, (dict, _DictWrapper)):
                return self._d == _as_dict(other)
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # -- multiset arithmetic: results keep only positive counts --------------

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __ror__(self, other):
        # dict | Counter gives a plain dict in CPython (dict.__or__ wins).
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self._d)
        return new

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self._d[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _second(pair):
    return pair[1]


################################################################################
### namedtuple
################################################################################

_KEYWORDS = set([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


def _and_list(names):
    # "'x'", "'x' and 'y'", "'x', 'y', and 'z'" -- CPython's missing-arg style.
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return names[0] + ' and ' + names[1]
    return ', '.join(names[:-1]) + ', and ' + names[-1]


def _field_getter(index):
    def getter(self):
        return self._tuple[index]
    return getter


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Returns a new class with named fields, behaving like a tuple.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    # Validate the field names.
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if not isinstance(name, str):
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):],
                                  defaults))
    else:
        defaults = ()

    fields = tuple(field_names)
    nfields = len(fields)
    ndefaults = len(defaults)
    new_name = typename + '.__new__()'

    def _bind(args, kwds):
        # Map positional + keyword arguments onto the fields, raising the
        # same TypeErrors as CPython's generated __new__.
        nargs = len(args)
        if nargs > nfields:
            if ndefaults:
                expected = 'from %d to %d positional arguments' % (
                    nfields - ndefaults + 1, nfields + 1)
            elif nfields == 0:
                expected = '1 positional argument'
            else:
                expected = '%d positional arguments' % (nfields + 1)
            raise TypeError('%s takes %s but %d were given'
                            % (new_name, expected, nargs + 1))
        values = list(args) + [_MISSING] * (nfields - nargs)
        for key in kwds:
            if key in fields:
                i = fields.index(key)
                if i < nargs:
                    raise TypeError("%s got multiple values for argument '%s'"
                                    % (new_name, key))
                values[i] = kwds[key]
            else:
                raise TypeError("%s got an unexpected keyword argument '%s'"
                                % (new_name, key))
        missing = []
        for i in range(nfields):
            if values[i] is _MISSING:
                j = i - (nfields - ndefaults)
                if j >= 0:
                    values[i] = defaults[j]
                else:
                    missing.append(fields[i])
        if missing:
            raise TypeError('%s missing %d required positional argument%s: %s'
                            % (new_name, len(missing),
                               's' if len(missing) > 1 else '',
                               _and_list(missing)))
        return tuple(values)

    class _NamedTuple(_NamedTupleBase):
        __slots__ = ('_tuple',)

        def __new__(cls, *args, **kwds):
            # Construction lives in __new__ (as in CPython) so that
            # subclasses can override __new__ and call super().__new__().
            self = object.__new__(cls)
            if not kwds and len(args) == nfields:
                object.__setattr__(self, '_tuple', args)
            else:
                object.__setattr__(self, '_tuple', _bind(args, kwds))
            return self

        @classmethod
        def _make(cls, iterable):
            """Make a new instance from a sequence or iterable"""
            values = tuple(iterable)
            if len(values) != nfields:
                raise TypeError('Expected %d arguments, got %d'
                                % (nfields, len(values)))
            # Like CPython's tuple.__new__ call: bypasses a subclass __new__.
            self = object.__new__(cls)
            object.__setattr__(self, '_tuple', values)
            return self

        def _replace(self, **kwds):
            """Return a new instance replacing specified fields with new values"""
            values = list(self._tuple)
            for key in kwds:
                if key not in fields:
                    raise ValueError('Got unexpected field names: %r'
                                     % (list(k for k in kwds
                                             if k not in fields),))
                values[fields.index(key)] = kwds[key]
            return self._make(values)

        def __repr__(self):
            parts = []
            for i in range(nfields):
                parts.append('%s=%r' % (fields[i], self._tuple[i]))
            return type(self).__name__ + '(' + ', '.join(parts) + ')'

    cls = _NamedTuple
    cls._fields = fields
    cls._field_defaults = field_defaults
    cls.__name__ = typename
    cls.__qualname__ = typename
    cls.__doc__ = '%s(%s)' % (typename, ', '.join(fields))
    # CPython uses the caller's module; scripts are almost always __main__.
    cls.__module__ = module if module is not None else '__main__'
    for index, name in enumerate(fields):
        setattr(cls, name, property(_field_getter(index)))
    return cls


class _NamedTupleBase:
    """Tuple behaviour shared by every namedtuple class (data in _tuple)."""

    __slots__ = ()

    def __setattr__(self, name, value):
        if name in type(self)._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (type(self).__name__, name))

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self._tuple))

    def __getnewargs__(self):
        return self._tuple

    def __len__(self):
        return len(self._tuple)

    def __iter__(self):
        return iter(self._tuple)

    def __reversed__(self):
        return reversed(self._tuple)

    def __getitem__(self, index):
        return self._tuple[index]

    def __contains__(self, value):
        return value in self._tuple

    def __hash__(self):
        return hash(self._tuple)

    def count(self, value):
        return self._tuple.count(value)

    def index(self, value, *args):
        return self._tuple.index(value, *args)

    def __add__(self, other):
        return self._tuple + _as_tuple(other)

    def __radd__(self, other):
        return _as_tuple(other) + self._tuple

    def __mul__(self, n):
        return self._tuple * n

    __rmul__ = __mul__

    # Comparisons behave like tuple comparisons (also against plain tuples).
    def __eq__(self, other):
        other = _as_tuple(other)
        if other is NotImplemented:
            return other
        return self._tuple == other

    def __ne__(self, other):
        other = _as_tuple(other)
        if other is NotImplemented:
            return other
        return self._tuple != other

    def __lt__(self, other):
        other = _as_tuple(other)
        if other is NotImplemented:
            return other
        return self._tuple < other

    def __le__(self, other):
        other = _as_tuple(other)
        if other is NotImplemented:
            return other
        return self._tuple <= other

    def __gt__(self, other):
        other = _as_tuple(other)
        if other is NotImplemented:
            return other
        return self._tuple > other

    def __ge__(self, other):
        other = _as_tuple(other)
        if other is NotImplemented:
            return other
        return self._tuple >= other


def _as_tuple(obj):
    if isinstance(obj, _NamedTupleBase):
        return obj._tuple
    if isinstance(obj, tuple):
        return obj
    return NotImplemented
