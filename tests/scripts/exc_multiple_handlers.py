# multiple except clauses, tuples, hierarchy
def risky(kind):
    if kind == 0:
        return [][1]
    if kind == 1:
        return {}["k"]
    if kind == 2:
        return 1 / 0
    if kind == 3:
        return int("q")
    if kind == 4:
        return None + 1
    return "fine"
for k in range(6):
    try:
        print("result", risky(k))
    except (IndexError, KeyError) as e:
        print(k, "lookup", type(e).__name__, e)
    except ZeroDivisionError as e:
        print(k, "zero", e)
    except ValueError as e:
        print(k, "value", e)
    except Exception as e:
        print(k, "other", type(e).__name__, e)
for k in range(4):
    try:
        risky(k)
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__)
    except BaseException as e:
        print("BaseException caught", type(e).__name__)
print(isinstance(KeyError("x"), LookupError), isinstance(ZeroDivisionError(), ArithmeticError))
print(isinstance(ValueError(), Exception), isinstance(RecursionError(), RuntimeError))
try:
    risky(2)
except:
    print("bare except caught it")
