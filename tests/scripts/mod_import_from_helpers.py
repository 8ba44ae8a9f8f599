# from-import and import-as of helper modules
from _helpers_mathutil import square, cube as c3, NAMES
import _helpers_text as T
from _helpers_text import freq, VOWELS
print(square(12), c3(4), NAMES)
print(T.words("a b  c"), T.title_case("hELLO wORLD again"))
f = freq("banana")
print(f, sorted(f.items()))
print(sum(1 for ch in "programming" if ch in VOWELS))
NAMES.append("delta")
import _helpers_mathutil as hm
print(hm.NAMES, hm.square is square)
print(list(map(square, range(5))), [c3(x) for x in (1, 2, 3)])
