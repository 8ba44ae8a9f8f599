"""Functional tools for creating and using iterators.

A pure-Python version of CPython's ``itertools`` for firebrand.

Every tool is a small class so that ``type(x).__name__`` matches CPython and
arguments are checked (and inputs consumed) eagerly, as the C versions do.
The actual work is done lazily by a generator stored in ``self._it``:
``__next__`` delegates to it, and ``__iter__`` hands the generator itself to
``for`` loops, which is much faster than calling ``__next__`` per item.
(So ``iter(x) is x`` is False here, the one visible difference.)
"""

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']

_MAXSIZE = 9223372036854775807
_MISSING = object()   # sentinel: "no value yet"


class _GenIter:
    """Base class: an iterator object driven by the generator ``self._it``."""

    def __iter__(self):
        return self._it

    def __next__(self):
        return next(self._it)


def _check_int(value, message):
    # Accept ints (and bools), reject everything else with a TypeError.
    if not isinstance(value, int):
        raise TypeError(message % type(value).__name__)


################################################################################
### infinite iterators
################################################################################

class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and \
                    not hasattr(v, '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and not isinstance(step, bool) and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)


class cycle(_GenIter):
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""

    def __init__(self, iterable):
        self._it = self._gen(iter(iterable))

    @staticmethod
    def _gen(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            _check_int(times, "'%s' object cannot be interpreted as an integer")
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._obj
        if times > 0:
            self._times = times - 1
            return self._obj
        raise StopIteration

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


################################################################################
### iterators terminating on the shortest input sequence
################################################################################

class accumulate(_GenIter):
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = self._gen(iter(iterable), func, initial)

    @staticmethod
    def _gen(it, func, initial):
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total


class chain(_GenIter):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._it = self._gen(iter(iterables))

    @staticmethod
    def _gen(iterables):
        for it in iterables:
            for element in it:
                yield element

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        self = cls()
        self._it = cls._gen(iter(iterable))
        return self


class compress(_GenIter):
    """Return data elements corresponding to true selector elements."""

    def __init__(self, data, selectors):
        self._it = self._gen(iter(data), iter(selectors))

    @staticmethod
    def _gen(data, selectors):
        for d, s in zip(data, selectors):
            if s:
                yield d


class dropwhile(_GenIter):
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted."""

    def __init__(self, predicate, iterable):
        self._it = self._gen(predicate, iter(iterable))

    @staticmethod
    def _gen(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x


class takewhile(_GenIter):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""

    def __init__(self, predicate, iterable):
        self._it = self._gen(predicate, iter(iterable))

    @staticmethod
    def _gen(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class filterfalse(_GenIter):
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false."""

    def __init__(self, function, iterable):
        self._it = self._gen(function, iter(iterable))

    @staticmethod
    def _gen(function, it):
        if function is None:
            for x in it:
                if not x:
                    yield x
        else:
            for x in it:
                if not function(x):
                    yield x


class starmap(_GenIter):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, function, iterable):
        self._it = self._gen(function, iter(iterable))

    @staticmethod
    def _gen(function, it):
        for args in it:
            yield function(*args)


class pairwise(_GenIter):
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ..."""

    def __init__(self, iterable):
        self._it = self._gen(iter(iterable))

    @staticmethod
    def _gen(it):
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield (a, b)
            a = b


class zip_longest(_GenIter):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument.  Missing
    values are replaced by fillvalue once the shorter iterables run out."""

    def __init__(self, *iterables, fillvalue=None):
        self._it = self._gen([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _gen(iterators, fillvalue):
        num_active = len(iterators)
        if not num_active:
            return
        while True:
            values = []
            for i in range(len(iterators)):
                it = iterators[i]
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    value = next(it)
                except StopIteration:
                    num_active -= 1
                    if not num_active:
                        return
                    iterators[i] = None
                    value = fillvalue
                values.append(value)
            yield tuple(values)


class islice(_GenIter):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  Consumes the underlying iterator exactly like CPython's C code.
    """

    def __init__(self, iterable, *args):
        nargs = len(args)
        if nargs == 1:
            start, stop, step = None, args[0], None
        elif nargs in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if nargs == 3 else None
        elif nargs == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        else:
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % (nargs + 1))
        if stop is not None:
            if not isinstance(stop, int) or stop < 0:
                raise ValueError('Stop argument for islice() must be None or '
                                 'an integer: 0 <= x <= sys.maxsize.')
        if start is None:
            start = 0
        elif not isinstance(start, int) or start < 0:
            raise ValueError('Indices for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
        if step is None:
            step = 1
        elif not isinstance(step, int) or step < 1:
            raise ValueError('Step for islice() must be a positive integer '
                             'or None.')
        self._it = self._gen(iter(iterable), start, stop, step)

    @staticmethod
    def _gen(it, start, stop, step):
        cnt = 0
        nxt = start
        while True:
            # Skip up to the next wanted index.
            while cnt < nxt:
                try:
                    next(it)
                except StopIteration:
                    return
                cnt += 1
            if stop is not None and cnt >= stop:
                return
            try:
                item = next(it)
            except StopIteration:
                return
            cnt += 1
            nxt += step
            if stop is not None and nxt > stop:
                nxt = stop
            yield item


class groupby:
    """make an iterator that returns consecutive keys and groups from the
    iterable

      iterable
        Elements to divide into groups according to the key function.
      key
        A function for computing the group category for each element.
        If the key function is not specified or is None, the element itself
        is used for grouping.

    Mirrors the C implementation: advancing the groupby invalidates the
    previous group iterator, which then yields nothing more.
    """

    def __init__(self, iterable, key=None):
        self._iterator = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MISSING      # key of the current group
        self._currkey = _MISSING     # key of the lookahead value
        self._currvalue = _MISSING   # lookahead value (or _MISSING)
        self._currgrouper = None

    def _step(self):
        # Fetch the next value and its key (StopIteration propagates).
        value = next(self._iterator)
        if self._keyfunc is None:
            key = value
        else:
            key = self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        # Skip to the next iteration group.
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    """One group of a groupby; valid only while it is the current group."""

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _MISSING:
            gbo._step()
        if not (self._tgtkey == gbo._currkey):
            raise StopIteration
        r = gbo._currvalue
        gbo._currvalue = _MISSING
        gbo._currkey = _MISSING
        return r



class _tee_link:
    """One cell of the shared buffer used by tee iterators."""

    def __init__(self):
        self.value = None
        self.next = None      # next _tee_link, created once value is filled


class _tee:
    """Iterator returned by tee(); shares a linked buffer with its siblings."""

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            # We are the most advanced iterator: pull a new value.
            value = next(self._source)
            link.value = value
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    _check_int(n, "'%s' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable.__copy__()
    else:
        first = _tee(iter(iterable), _tee_link())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


################################################################################
### combinatoric iterators
################################################################################

class product(_GenIter):
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

    product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
    """

    def __init__(self, *iterables, repeat=1):
        _check_int(repeat, "'%s' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._it = self._gen(pools)

    @staticmethod
    def _gen(pools):
        n = len(pools)
        for pool in pools:
            if not pool:
                return
        # An odometer over the pools, rightmost wheel turning fastest.
        indices = [0] * n
        yield tuple([pool[0] for pool in pools])
        while True:
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple([pools[j][indices[j]] for j in range(n)])


class permutations(_GenIter):
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)
    """

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            if not isinstance(r, int):
                raise TypeError('Expected int as r')
            if r < 0:
                raise ValueError('r must be non-negative')
        self._it = self._gen(pool, n, r)

    @staticmethod
    def _gen(pool, n, r):
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_GenIter):
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)
    """

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_int(r, "'%s' object cannot be interpreted as an integer")
        if r < 0:
            raise ValueError('r must be non-negative')
        self._it = self._gen(pool, r)

    @staticmethod
    def _gen(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GenIter):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> AA AB AC BB BC CC
    """

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_int(r, "'%s' object cannot be interpreted as an integer")
        if r < 0:
            raise ValueError('r must be non-negative')
        self._it = self._gen(pool, r)

    @staticmethod
    def _gen(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
