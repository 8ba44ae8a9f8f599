try:
    1/0
except ZeroDivisionError as e:
    saved = e
try:
    raise KeyError('k')
except KeyError:
    raise saved
