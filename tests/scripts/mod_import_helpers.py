# import a helper module next to the script
import _helpers_mathutil
print(_helpers_mathutil.square(7), _helpers_mathutil.cube(3))
print(_helpers_mathutil.SCALE, _helpers_mathutil.NAMES)
print(_helpers_mathutil.hyp(3, 4), _helpers_mathutil.scaled([1, 2]))
print(_helpers_mathutil.bump(), _helpers_mathutil.bump(), _helpers_mathutil.counter)
import _helpers_mathutil
print("second import does not reload", _helpers_mathutil.counter)
_helpers_mathutil.SCALE = 3
print(_helpers_mathutil.scaled([1, 2]), _helpers_mathutil.scaled([1, 2], _helpers_mathutil.SCALE))
