# Seed workload 3 at reduced size
from __future__ import annotations

import random
import heapq

def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(cur[j - 1] + 1, prev[j] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

def levenshtein_batch(n: int = 10000, seed: int = 7, k: int = 50) -> int:
    """
    Deterministic batch: fixed RNG seed, fixed alphabet, fixed string length.
    Returns the sum of distances.
    """
    rng = random.Random(seed)
    alphabet = "abc"
    total = 0
    for _ in range(n):
        a = "".join(rng.choices(alphabet, k=k))
        b = "".join(rng.choices(alphabet, k=k))
        total += levenshtein(a, b)
    return total


if __name__ == "__main__":
    print("levenshtein_batch", levenshtein_batch(40, 7, 20))
    for a, b in [("kitten", "sitting"), ("", ""), ("abc", ""), ("中文", "中午"), ("same", "same")]:
        print(a, b, levenshtein(a, b))
    print(levenshtein_batch(5, 1, 8), levenshtein_batch(3, 99, 30))
