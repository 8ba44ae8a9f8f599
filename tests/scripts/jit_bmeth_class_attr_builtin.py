# A method site that tier 1 saw calling a built-in method of a random.Random
# instance, whose first run in compiled code sees an instance of another class
# (or the same class, patched) whose class attribute of that name is a plain
# built-in function (abs, max, math.floor, heapq.heappush): built-in functions
# do not bind, so the call gets no self argument. The site runs rarely (a few
# times early, to be specialised, then only after the loop is hot).

import heapq
import math
import random


class Gen(random.Random):
    pass


class AbsGen:
    randrange = abs


class MaxPicker:
    choice = max


class Floorer:
    random = math.floor


def rare_randrange(n, a, b):
    h = 0
    vals = []
    for i in range(n):
        o = a if i < 1500 else b
        h = (h * 31 + i) % 1000003
        h = (h ^ (i * 7)) % 999983
        h = (h + i * i) % 1000033
        h = (h * 3 + 1) % 65521
        h = (h * 5 + 2) % 65519
        if i % 5 == 0 and (i < 30 or i > 1600):
            v = o.randrange(10 + i % 7)
            h = (h + v) % 1000003
            if len(vals) < 4 or i > 2980:
                vals.append(v)
    return h, vals


try:
    print("rare_randrange", rare_randrange(3000, Gen(5), AbsGen()))
except TypeError as e:
    print("rare_randrange TypeError", e)


def rare_choice(n, a, b):
    h = 0
    vals = []
    seq = [3, 9, 4, 1]
    for i in range(n):
        o = a if i < 1500 else b
        h = (h * 31 + i) % 1000003
        h = (h ^ (i * 7)) % 999983
        h = (h + i * i) % 1000033
        h = (h * 3 + 1) % 65521
        h = (h * 5 + 2) % 65519
        if i % 7 == 0 and (i < 30 or i > 1600):
            v = o.choice(seq)
            h = (h + v) % 1000003
            if len(vals) < 4 or i > 2980:
                vals.append(v)
    return h, vals


try:
    print("rare_choice", rare_choice(3000, random.Random(8), MaxPicker()))
except TypeError as e:
    print("rare_choice TypeError", e)


class Patched(random.Random):
    pass


def rare_patched(n, o):
    h = 0
    vals = []
    for i in range(n):
        h = (h * 31 + i) % 1000003
        h = (h ^ (i * 7)) % 999983
        h = (h + i * i) % 1000033
        h = (h * 3 + 1) % 65521
        h = (h * 5 + 2) % 65519
        if i == 1500:
            Patched.randrange = abs
        if i % 5 == 0 and (i < 30 or i > 1600):
            v = o.randrange(20 + i % 3)
            h = (h + v) % 1000003
            if len(vals) < 4 or i > 2980:
                vals.append(v)
    return h, vals


try:
    print("rare_patched", rare_patched(3000, Patched(9)))
except TypeError as e:
    print("rare_patched TypeError", e)
del Patched.randrange
print("restored", Patched(9).randrange(100) == random.Random(9).randrange(100))


def rare_float(n, a, b):
    h = 0
    vals = []
    for i in range(n):
        o = a if i < 1500 else b
        h = (h * 31 + i) % 1000003
        h = (h ^ (i * 7)) % 999983
        h = (h + i * i) % 1000033
        h = (h * 3 + 1) % 65521
        h = (h * 5 + 2) % 65519
        if i % 5 == 0 and (i < 30 or i > 1600):
            extra = () if i < 30 else (i / 7,)
            v = o.random(*extra)
            if i < 30:
                v = int(v * 100)
            h = (h + v) % 1000003
            if len(vals) < 4 or i > 2980:
                vals.append(v)
    return h, vals


# random() called through *extra: no arguments for the Random instance,
# one for the Floorer (math.floor).
try:
    print("rare_float", rare_float(3000, random.Random(4), Floorer()))
except TypeError as e:
    print("rare_float TypeError", e)


class Pusher:
    heappush = heapq.heappush


def rare_push(n, a, b):
    h = 0
    heap = []
    for i in range(n):
        o = a if i < 1500 else b
        h = (h * 31 + i) % 1000003
        h = (h ^ (i * 7)) % 999983
        h = (h + i * i) % 1000033
        h = (h * 3 + 1) % 65521
        h = (h * 5 + 2) % 65519
        if i % 5 == 0 and (i < 30 or i > 1600):
            o.heappush(heap, h % 100)
    return h, len(heap), heap[:5]


# `heapq` (a module) first, then an instance whose class holds heappush.
try:
    print("rare_push", rare_push(3000, heapq, Pusher()))
except TypeError as e:
    print("rare_push TypeError", e)
