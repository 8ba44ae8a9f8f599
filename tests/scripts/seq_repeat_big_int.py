for a, b in [('s', 2**64), ([1], -2**64), (2**64, 'ab'), ((1,), 2**70), ('s', 2.5)]:
    try:
        print(a * b)
    except Exception as e:
        print(type(e).__name__, e)
