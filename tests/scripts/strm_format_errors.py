# str.format / format_map errors: CPython's exception types and messages
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('single close', lambda: '}'.format())
show('single close mid', lambda: 'a } b'.format())
show('single open', lambda: '{'.format())
show('single open end', lambda: 'abc{'.format())
show('open no close', lambda: '{0'.format())
show('open no close name', lambda: '{name'.format())
show('spec unterminated', lambda: '{0:'.format())
show('spec unterminated 2', lambda: '{:{}'.format(1, 2))
show('brace in name', lambda: '{a{}'.format(1))
show('conv end', lambda: '{!'.format(1))
show('conv missing close', lambda: '{!r'.format(1))
show('conv empty', lambda: '{!}'.format(1))
show('conv empty num', lambda: '{0!}'.format(1))
show('conv junk', lambda: '{0!rx}'.format(1))
show('conv unknown', lambda: '{0!x}'.format(1))
show('conv unknown ctl', lambda: '{0!\x01}'.format(1))
show('conv unknown space', lambda: '{0! }'.format(1))
show('conv unknown nonascii', lambda: '{0!é}'.format(1))
show('index range', lambda: '{2}'.format(1, 2))
show('auto range', lambda: '{} {} {}'.format(1, 2))
show('nested auto range', lambda: '{:{}}{}'.format('a', 3))
show('manual then auto', lambda: '{0} {}'.format(1, 2))
show('auto then manual', lambda: '{} {0}'.format(1, 2))
show('manual in spec', lambda: '{0:{}}'.format('a', 3))
show('missing key', lambda: '{x}'.format())
show('missing key with kw', lambda: '{x}'.format(y=1))
show('missing key num-like', lambda: '{0]}'.format([1]))
show('empty attr', lambda: '{0.}'.format(1))
show('empty index', lambda: '{0[]}'.format(1))
show('after bracket', lambda: '{0[0]x}'.format([1]))
show('bracket unterminated', lambda: '{0[}'.format(1))
show('attr missing', lambda: '{0.nope}'.format(1))
show('index str on list', lambda: '{0[-1]}'.format([1]))
show('index out of range', lambda: '{0[5]}'.format('ab'))
show('dict missing int key', lambda: '{0[5]}'.format({}))
show('too many digits', lambda: '{99999999999999999999}'.format(1))
show('too many digits index', lambda: '{0[99999999999999999999]}'.format([1]))
show('recursion', lambda: '{:{:{}}}'.format(1, 2, 3))
show('bad spec int', lambda: '{:d}'.format('a'))
show('bad spec str', lambda: '{:,}'.format('a'))
show('bad spec list', lambda: '{:>5}'.format([1]))
show('sign on str', lambda: '{:+}'.format('a'))
show('precision on int', lambda: '{:.2d}'.format(3))
show('nested spec error', lambda: '{:{}}'.format(1, 'q'))
show('close inside spec ok', lambda: '{:}}'.format(1))
show('attr then index', lambda: '{0.real[0]}'.format(5))
try:
    "{}".format_map({})
except Exception as e:
    print("format_map positional", type(e).__name__, e)
try:
    "{x}".format_map(1)
except Exception as e:
    print("format_map int", type(e).__name__, e)
try:
    "{x}".format_map({})
except Exception as e:
    print("format_map missing", type(e).__name__, e)
try:
    "{x}".format_map()
except Exception as e:
    print("format_map noargs", type(e).__name__, e)
try:
    "{x}".format_map({}, {})
except Exception as e:
    print("format_map 2 args", type(e).__name__, e)
try:
    str.format()
except Exception as e:
    print("unbound format", type(e).__name__, e)
try:
    str.format(1, 2)
except Exception as e:
    print("unbound format int", type(e).__name__, e)
