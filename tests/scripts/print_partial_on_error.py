class B:
    def __str__(self): raise ValueError('x')
try:
    print('start', 1, B(), 'end')
except ValueError:
    print('|caught')
try:
    print(1, sep=3)
except TypeError as e:
    print(e)
