"""dataclasses: generate special methods for user classes.

A pure-Python version of CPython 3.11's ``dataclasses`` for firebrand.
CPython builds the generated methods with ``exec``; firebrand has no
``exec``, so every generated method here is a closure.  The generated
``__init__`` takes ``*args, **kwargs`` and binds the arguments itself,
raising the same TypeError messages CPython's argument binding raises.

Differences from CPython (the subset has no exec, sys, inspect, types,
copy, abc, re, metaclasses or __class_getitem__):
  * ``slots=True`` and ``weakref_slot=True`` are accepted and ignored.
  * ``make_dataclass`` is not available (it needs ``type(name, bases, ns)``).
  * String annotations (``from __future__ import annotations``) are
    recognised as ClassVar / InitVar / KW_ONLY by name only
    (``ClassVar[...]``, ``typing.ClassVar``, ``InitVar[...]``,
    ``dataclasses.InitVar[...]``, ``KW_ONLY``...): the module's globals are
    not consulted.
  * ``asdict``/``astuple`` copy leaf values only for the built-in
    containers (no ``copy.deepcopy`` of arbitrary objects).
"""

__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',

           # Helper functions.
           'fields',
           'asdict',
           'astuple',
           'replace',
           'is_dataclass',
           ]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _MappingProxy:
    """A read-only view of a mapping; prints like types.MappingProxyType."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._mapping
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(' + repr(self._mapping) + ')'

    def __str__(self):
        return str(self._mapping)


_EMPTY_METADATA = _MappingProxy({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


def _recursive_repr(user_function):
    # Make a repr function return "..." for a recursive call.
    repr_running = set()

    def wrapper(self):
        key = id(self)
        if key in repr_running:
            return '...'
        repr_running.add(key)
        try:
            result = user_function(self)
        finally:
            repr_running.discard(key)
        return result
    _rename(wrapper, user_function)
    return wrapper


def _rename(fn, like=None, name=None, qualname=None):
    # Best effort: firebrand may not allow these to be assigned.
    if like is not None:
        name = getattr(like, '__name__', name)
        qualname = getattr(like, '__qualname__', qualname)
    for attr, value in (('__name__', name), ('__qualname__', qualname)):
        if value is not None:
            try:
                setattr(fn, attr, value)
            except (AttributeError, TypeError):
                pass


class _InitVarAlias:
    __slots__ = ('type', )

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            # typing objects, e.g. List[int]
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'


class InitVar(_InitVarAlias):
    __slots__ = ('type', )

    def __class_getitem__(cls, type):
        return InitVar(type)


def _class_getitem_works():
    try:
        return isinstance(InitVar[int], InitVar)
    except Exception:
        return False


if not _class_getitem_works():
    # No __class_getitem__: `InitVar` becomes an object whose subscription
    # and call both produce InitVar[...] pseudo-types.
    _InitVarClass = InitVar

    class _InitVarFactory:
        def __getitem__(self, type):
            return _InitVarClass(type)

        def __call__(self, type):
            return _InitVarClass(type)

        def __repr__(self):
            return "<class 'dataclasses.InitVar'>"

    InitVar = _InitVarFactory()
else:
    _InitVarClass = InitVar


class Field:
    __slots__ = ('name',
                 'type',
                 'default',
                 'default_factory',
                 'repr',
                 'hash',
                 'init',
                 'compare',
                 'metadata',
                 'kw_only',
                 '_field_type',  # Private: not to be used by user code.
                 )

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        elif isinstance(metadata, _MappingProxy):
            self.metadata = metadata
        else:
            self.metadata = _MappingProxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')


Field.__repr__ = _recursive_repr(Field.__repr__)


class _DataclassParams:
    __slots__ = ('init',
                 'repr',
                 'eq',
                 'order',
                 'unsafe_hash',
                 'frozen',
                 )

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields.

    default is the default value of the field.  default_factory is a
    0-argument function called to initialize a field's value.  If init
    is true, the field will be a parameter to the class's __init__()
    function.  If repr is true, the field will be included in the
    object's repr().  If hash is true, the field will be included in the
    object's hash().  If compare is true, the field will be used in
    comparison functions.  metadata, if specified, must be a mapping
    which is stored but not otherwise examined by dataclass.  If kw_only
    is true, the field will become a keyword-only parameter to
    __init__().

    It is an error to specify both default and default_factory.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _fields_in_init_order(fields):
    # Returns the fields as __init__ will output them.  It returns 2 tuples:
    # the first for normal args, and the second for keyword args.
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only)
            )


def _set_new_attribute(cls, name, value):
    # Never overwrites an existing attribute.  Returns True if the
    # attribute already exists.
    if name in cls.__dict__:
        return True
    _rename(value, name=name, qualname=f'{cls.__qualname__}.{name}')
    setattr(cls, name, value)
    return False


# ---------------------------------------------------------------------------
# Argument binding for the generated __init__ (CPython's messages).

def _format_names(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _missing_error(qualname, names, kind):
    n = len(names)
    s = '' if n == 1 else 's'
    return TypeError(f'{qualname}() missing {n} required {kind} '
                     f'argument{s}: {_format_names(names)}')


def _too_many_error(qualname, co_argcount, defcount, given, kwonly_given):
    if defcount:
        plural = True
        sig = f'from {co_argcount - defcount} to {co_argcount}'
    else:
        plural = co_argcount != 1
        sig = f'{co_argcount}'
    if kwonly_given:
        kwonly_sig = (f' positional argument{"s" if given != 1 else ""}'
                      f' (and {kwonly_given} keyword-only '
                      f'argument{"s" if kwonly_given != 1 else ""})')
    else:
        kwonly_sig = ''
    was = 'was' if given == 1 and not kwonly_given else 'were'
    return TypeError(f'{qualname}() takes {sig} positional '
                     f'argument{"s" if plural else ""} but '
                     f'{given}{kwonly_sig} {was} given')


def _has_default(f):
    return not (f.default is MISSING and f.default_factory is MISSING)


def _param_default(f):
    if f.default is not MISSING:
        return f.default
    return _HAS_DEFAULT_FACTORY


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name):
    # fields contains both real fields and InitVar pseudo-fields.
    seen_default = False
    for f in std_fields:
        # Only consider the non-kw-only fields in the __init__ call.
        if f.init:
            if _has_default(f):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')

    qualname = f'{cls.__qualname__}.__init__'
    pos_names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_only_fields]
    npos = len(pos_names)
    co_argcount = npos + 1          # counting self
    pos_defaults = {}
    for f in std_fields:
        if _has_default(f):
            pos_defaults[f.name] = _param_default(f)
    defcount = len(pos_defaults)
    required_pos = pos_names[:npos - defcount]
    kw_defaults = {}
    for f in kw_only_fields:
        if _has_default(f):
            kw_defaults[f.name] = _param_default(f)
    kw_set = set(kw_names)
    param_set = set(pos_names) | kw_set

    # The parameters in order, and for each the value used when it is not
    # given (only the positional tail and keyword-only fields have one).
    param_names = pos_names + kw_names
    param_index = {}
    for i in range(len(param_names)):
        param_index[param_names[i]] = i
    fallback = []
    for n in param_names:
        if n in pos_defaults:
            fallback.append(pos_defaults[n])
        else:
            fallback.append(kw_defaults.get(n, MISSING))
    nreq = npos - defcount
    fast_ok = len(kw_defaults) == len(kw_names)

    # What the body does, field by field: (name, kind, index, factory)
    #   kind 0: assign the argument; 1: the argument or, when it was not
    #   given, factory(); 2: factory() (a field not in __init__).
    steps = []
    for f in fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            if f.init:
                steps.append((f.name, 1, param_index[f.name], f.default_factory))
            else:
                steps.append((f.name, 2, -1, f.default_factory))
        elif f.init:
            steps.append((f.name, 0, param_index[f.name], None))
        # else: reading it uses the class attribute
    steps = tuple(steps)
    initvar_index = tuple([param_index[f.name] for f in fields
                           if f._field_type is _FIELD_INITVAR and f.init])
    initvar_all = len(initvar_index) == len(
        [f for f in fields if f._field_type is _FIELD_INITVAR])
    setattr_ = object.__setattr__

    def bind(args, kwargs):
        # The general case: CPython's checks, in CPython's order.
        given = len(args) - 1
        bound = {}
        i = 0
        while i < given and i < npos:
            bound[pos_names[i]] = args[i + 1]
            i += 1
        for k in kwargs:
            if k in param_set:
                if k in bound:
                    raise TypeError(f"{qualname}() got multiple values for "
                                    f"argument '{k}'")
                bound[k] = kwargs[k]
            elif k == self_name:
                raise TypeError(f"{qualname}() got multiple values for "
                                f"argument '{k}'")
            else:
                raise TypeError(f"{qualname}() got an unexpected keyword "
                                f"argument '{k}'")
        if given > npos:
            kwonly_given = 0
            for k in kw_names:
                if k in bound:
                    kwonly_given += 1
            raise _too_many_error(qualname, co_argcount, defcount, given + 1,
                                  kwonly_given)
        if given < npos:
            missing = [n for n in required_pos if n not in bound]
            if missing:
                raise _missing_error(qualname, missing, 'positional')
        if kw_names:
            missing = [n for n in kw_names
                       if n not in bound and n not in kw_defaults]
            if missing:
                raise _missing_error(qualname, missing, 'keyword-only')
        values = list(fallback)
        for k in bound:
            values[param_index[k]] = bound[k]
        return values

    def __init__(*args, **kwargs):
        if not args:
            raise TypeError(f"{qualname}() missing 1 required positional "
                            f"argument: '{self_name}'")
        self = args[0]
        given = len(args) - 1
        if kwargs or given < nreq or given > npos or not fast_ok:
            values = bind(args, kwargs)
        elif given == len(fallback):
            values = args[1:]
        else:
            values = args[1:] + tuple(fallback[given:])
        for name, kind, index, factory in steps:
            if kind == 0:
                v = values[index]
            elif kind == 1:
                v = values[index]
                if v is _HAS_DEFAULT_FACTORY:
                    v = factory()
            else:
                v = factory()
            if frozen:
                setattr_(self, name, v)
            else:
                setattr(self, name, v)
        if has_post_init:
            if initvar_all:
                self.__post_init__(*[values[i] for i in initvar_index])
            else:
                # An InitVar with init=False: CPython passes its name
                # unbound, so __post_init__ raises NameError.
                raise NameError(f"name {[f.name for f in fields if f._field_type is _FIELD_INITVAR and not f.init][0]!r} is not defined")
        return None

    return __init__


def _repr_fn(fields):
    names = [f.name for f in fields]

    def __repr__(self):
        parts = []
        for name in names:
            parts.append(f'{name}={getattr(self, name)!r}')
        return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'
    return _recursive_repr(__repr__)


def _frozen_get_del_attr(cls, fields):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return (('__setattr__', __setattr__), ('__delattr__', __delattr__))


def _make_getter(names):
    # A function returning the tuple of the named attributes of an object;
    # unrolled for the common small cases (no exec to generate it).
    n = len(names)
    if n == 0:
        def get(obj):
            return ()
    elif n == 1:
        a, = names

        def get(obj):
            return (getattr(obj, a),)
    elif n == 2:
        a, b = names

        def get(obj):
            return (getattr(obj, a), getattr(obj, b))
    elif n == 3:
        a, b, c = names

        def get(obj):
            return (getattr(obj, a), getattr(obj, b), getattr(obj, c))
    elif n == 4:
        a, b, c, d = names

        def get(obj):
            return (getattr(obj, a), getattr(obj, b), getattr(obj, c),
                    getattr(obj, d))
    elif n == 5:
        a, b, c, d, e = names

        def get(obj):
            return (getattr(obj, a), getattr(obj, b), getattr(obj, c),
                    getattr(obj, d), getattr(obj, e))
    elif n == 6:
        a, b, c, d, e, f = names

        def get(obj):
            return (getattr(obj, a), getattr(obj, b), getattr(obj, c),
                    getattr(obj, d), getattr(obj, e), getattr(obj, f))
    else:
        names = tuple(names)

        def get(obj):
            return tuple([getattr(obj, name) for name in names])
    return get


def _eq_fn(names):
    get = _make_getter(names)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return get(self) == get(other)
        return NotImplemented
    return __eq__


def _cmp_fns(names):
    get = _make_getter(names)

    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return get(self) < get(other)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return get(self) <= get(other)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return get(self) > get(other)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return get(self) >= get(other)
        return NotImplemented

    return [('__lt__', __lt__), ('__le__', __le__),
            ('__gt__', __gt__), ('__ge__', __ge__)]


def _hash_fn(fields):
    get = _make_getter([f.name for f in fields])

    def __hash__(self):
        return hash(get(self))
    return __hash__


# ---------------------------------------------------------------------------
# Recognising ClassVar, InitVar and KW_ONLY annotations.

def _typing_repr(a_type):
    try:
        return repr(a_type)
    except Exception:
        return ''


def _is_classvar(a_type):
    # CPython: a_type is typing.ClassVar or a _GenericAlias whose
    # __origin__ is typing.ClassVar.  Firebrand's typing objects carry no
    # __origin__, but print exactly like CPython's.
    if isinstance(a_type, (str, type)):
        return False
    if getattr(a_type, '__origin__', None) is not None:
        r = _typing_repr(getattr(a_type, '__origin__'))
        return r == 'typing.ClassVar'
    r = _typing_repr(a_type)
    return r == 'typing.ClassVar' or r.startswith('typing.ClassVar[')


def _is_initvar(a_type):
    return (a_type is InitVar or a_type is _InitVarClass
            or type(a_type) is _InitVarClass)


def _is_kw_only(a_type):
    return a_type is KW_ONLY


def _annotation_head(annotation):
    # Mimics the regex ^(?:\s*(\w+)\s*\.)?\s*(\w+): returns
    # (module_name or None, name) or None.
    s = annotation.lstrip()
    i = 0
    while i < len(s) and (s[i].isalnum() or s[i] == '_'):
        i += 1
    if i == 0:
        return None
    first = s[:i]
    rest = s[i:].lstrip()
    if rest.startswith('.'):
        rest = rest[1:].lstrip()
        j = 0
        while j < len(rest) and (rest[j].isalnum() or rest[j] == '_'):
            j += 1
        if j > 0:
            return (first, rest[:j])
    return (None, first)


def _is_type_str(annotation, wanted, modules):
    # CPython looks the names up in the class's module; without access to
    # that namespace, recognise the usual spellings by name.
    head = _annotation_head(annotation)
    if head is None:
        return False
    module_name, name = head
    if name != wanted:
        return False
    return module_name is None or module_name in modules


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)

    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    if (_is_classvar(a_type)
            or (isinstance(a_type, str)
                and _is_type_str(a_type, 'ClassVar', ('typing', 't')))):
        f._field_type = _FIELD_CLASSVAR

    if f._field_type is _FIELD:
        if (_is_initvar(a_type)
                or (isinstance(a_type, str)
                    and _is_type_str(a_type, 'InitVar',
                                     ('dataclasses', 'dc')))):
            f._field_type = _FIELD_INITVAR

    if f._field_type is _FIELD_CLASSVAR or f._field_type is _FIELD_INITVAR:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a '
                            'default factory')

    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies '
                            'kw_only')

    if f._field_type is _FIELD and _is_unhashable(f.default):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


_UNHASHABLE_COLLECTIONS = ('deque', 'defaultdict', 'OrderedDict', 'Counter')


def _is_unhashable(value):
    # CPython: value.__class__.__hash__ is None.
    if value is MISSING:
        return False
    t = type(value)
    if getattr(t, '__hash__', 0) is None:
        return True
    if isinstance(value, (list, dict, set)):
        return True
    if (getattr(t, '__module__', None) == 'collections'
            and t.__name__ in _UNHASHABLE_COLLECTIONS):
        return True
    return False


def _hash_set_none(cls, fields):
    return None


def _hash_add(cls, fields):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    return _hash_fn(flds)


def _hash_exception(cls, fields):
    raise TypeError(f'Cannot overwrite attribute __hash__ '
                    f'in class {cls.__name__}')


# +------------------- unsafe_hash= parameter
# |       +----------- eq= parameter
# |       |       +--- frozen= parameter
# |       |       |
# v       v       v    |        |        |
#                      |   no   |  yes   |  <--- class has explicitly defined __hash__
_hash_action = {(False, False, False, False): None,
                (False, False, False, True ): None,
                (False, False, True,  False): None,
                (False, False, True,  True ): None,
                (False, True,  False, False): _hash_set_none,
                (False, True,  False, True ): None,
                (False, True,  True,  False): _hash_add,
                (False, True,  True,  True ): None,
                (True,  False, False, False): _hash_add,
                (True,  False, False, True ): _hash_exception,
                (True,  False, True,  False): _hash_add,
                (True,  False, True,  True ): _hash_exception,
                (True,  True,  False, False): _hash_add,
                (True,  True,  False, True ): _hash_exception,
                (True,  True,  True,  False): _hash_add,
                (True,  True,  True,  True ): _hash_exception,
                }


# ---------------------------------------------------------------------------
# The text signature CPython puts in __doc__.

def _strip_typing(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isalnum() or c == '_' or c == '.':
            j = i
            while j < n and (text[j].isalnum() or text[j] in '_.'):
                j += 1
            word = text[i:j]
            if word.startswith('typing.'):
                word = word[7:]
            out.append(word)
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def _format_annotation(annotation):
    # inspect.formatannotation
    module = getattr(annotation, '__module__', None)
    if module == 'typing' or (module is None
                              and repr(annotation).startswith('typing.')):
        return _strip_typing(repr(annotation))
    if isinstance(annotation, type):
        if module == 'builtins':
            return annotation.__qualname__
        return f'{module}.{annotation.__qualname__}'
    return repr(annotation)


def _text_signature(std_fields, kw_only_fields):
    parts = []
    for group, star in ((std_fields, False), (kw_only_fields, True)):
        if star and group:
            parts.append('*')
        for f in group:
            text = f'{f.name}: {_format_annotation(f.type)}'
            if f.default is not MISSING:
                text += f' = {f.default!r}'
            elif f.default_factory is not MISSING:
                text += ' = <factory>'
            parts.append(text)
    return '(' + ', '.join(parts) + ')'


# ---------------------------------------------------------------------------

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))

    # Find our base classes in reverse MRO order, and exclude ourselves.
    any_frozen_base = False
    has_dataclass_bases = False
    mro = cls.__mro__
    for i in range(len(mro) - 1, 0, -1):
        b = mro[i]
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})

    cls_fields = []
    KW_ONLY_seen = False
    for name, a_type in cls_annotations.items():
        if (_is_kw_only(a_type)
                or (isinstance(a_type, str)
                    and _is_type_str(a_type, 'KW_ONLY',
                                     ('dataclasses', 'dc')))):
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and not name in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type is _FIELD
                       or f._field_type is _FIELD_INITVAR]
    (std_init_fields,
     kw_only_init_fields) = _fields_in_init_order(all_init_fields)

    init_generated = False
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        fn = _init_fn(cls, all_init_fields, std_init_fields,
                      kw_only_init_fields, frozen, has_post_init, self_name)
        init_generated = not _set_new_attribute(cls, '__init__', fn)

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _repr_fn(flds))

    if eq:
        names = [f.name for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _eq_fn(names))

    if order:
        names = [f.name for f in field_list if f.compare]
        for name, fn in _cmp_fns(names):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for name, fn in _frozen_get_del_attr(cls, field_list):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}')

    hash_action = _hash_action[bool(unsafe_hash),
                               bool(eq),
                               bool(frozen),
                               has_explicit_hash]
    if hash_action:
        fn = hash_action(cls, field_list)
        if fn is not None:
            _rename(fn, name='__hash__',
                    qualname=f'{cls.__qualname__}.__hash__')
        cls.__hash__ = fn

    if not getattr(cls, '__doc__', None):
        if init_generated or (init and not has_dataclass_bases):
            text_sig = _text_signature(std_init_fields, kw_only_init_fields)
        elif not init and '__init__' not in cls.__dict__:
            text_sig = '()'
        else:
            text_sig = ''
        try:
            cls.__doc__ = cls.__name__ + text_sig
        except (AttributeError, TypeError):
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    # slots=True would build a new class with __slots__; firebrand cannot
    # create classes dynamically, so the class is returned unchanged.

    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class.

    Examines PEP 526 __annotations__ to determine fields.

    If init is true, an __init__() method is added to the class. If repr
    is true, a __repr__() method is added. If order is true, rich
    comparison dunder methods are added. If unsafe_hash is true, a
    __hash__() method is added. If frozen is true, fields may not be
    assigned to after instance creation. If match_args is true, the
    __match_args__ tuple is added. If kw_only is true, then by default
    all fields are keyword-only. If slots is true, a new class with a
    __slots__ attribute is returned.
    """

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots,
                              weakref_slot)

    # See if we're being called as @dataclass or @dataclass().
    if cls is None:
        # We're called with parens.
        return wrap

    # We're called as @dataclass without parens.
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass.

    Accepts a dataclass or an instance of one. Tuple elements are of
    type Field.
    """
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None

    return tuple([f for f in fields.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    """Returns True if obj is an instance of a dataclass."""
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a
    dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_namedtuple(obj):
    if isinstance(obj, type):
        return False
    return hasattr(type(obj), '_fields') and hasattr(type(obj), '_make')


def _is_dict(obj):
    # Firebrand's collections.OrderedDict / Counter / defaultdict are not
    # dict subclasses as they are on CPython.
    if isinstance(obj, dict):
        return True
    t = type(obj)
    return (getattr(t, '__module__', None) == 'collections'
            and t.__name__ in ('OrderedDict', 'Counter', 'defaultdict'))


def _copy_leaf(obj):
    # Stands in for copy.deepcopy on values that are not lists, tuples,
    # dicts or dataclasses.
    if isinstance(obj, set):
        return set([_copy_leaf(v) for v in obj])
    return obj


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values.

    If given, 'dict_factory' will be used instead of built-in dict.
    The function applies recursively to field values that are
    dataclass instances. This will also look into built-in containers:
    tuples, lists, and dicts.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif _is_namedtuple(obj):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, list):
        return [_asdict_inner(v, dict_factory) for v in obj]
    elif isinstance(obj, tuple):
        return tuple([_asdict_inner(v, dict_factory) for v in obj])
    elif _is_dict(obj):
        return type(obj)((_asdict_inner(k, dict_factory),
                           _asdict_inner(v, dict_factory))
                          for k, v in obj.items())
    else:
        return _copy_leaf(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values.

    If given, 'tuple_factory' will be used instead of built-in tuple.
    The function applies recursively to field values that are
    dataclass instances. This will also look into built-in containers:
    tuples, lists, and dicts.
    """
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif _is_namedtuple(obj):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, list):
        return [_astuple_inner(v, tuple_factory) for v in obj]
    elif isinstance(obj, tuple):
        return tuple([_astuple_inner(v, tuple_factory) for v in obj])
    elif _is_dict(obj):
        return type(obj)((_astuple_inner(k, tuple_factory),
                           _astuple_inner(v, tuple_factory))
                          for k, v in obj.items())
    else:
        return _copy_leaf(obj)


def replace(*args, **changes):
    """Return a new object replacing specified fields with new values.

    This is especially useful for frozen classes.  Example usage::

      @dataclass(frozen=True)
      class C:
          x: int
          y: int

      c = C(1, 2)
      c1 = replace(c, x=3)
      assert c1.x == 3 and c1.y == 2
    """
    if len(args) != 1:
        if not args:
            raise TypeError("replace() missing 1 required positional "
                            "argument: 'obj'")
        raise TypeError(f"replace() takes 1 positional argument but "
                        f"{len(args)} were given")
    obj = args[0]
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")

    for f in getattr(obj, _FIELDS).values():
        # Only consider normal fields or InitVars.
        if f._field_type is _FIELD_CLASSVAR:
            continue

        if not f.init:
            # Error if this field is specified in changes.
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue

        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)

    return obj.__class__(**changes)
