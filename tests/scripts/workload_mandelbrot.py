# Seed workload 1 at reduced size
from __future__ import annotations

import random
import heapq

def mandelbrot(width: int = 1000, height: int = 1000, iters: int = 500) -> int:
    checksum = 0
    for y in range(height):
        cy = (y / height) * 2.4 - 1.2
        for x in range(width):
            cx = (x / width) * 3.2 - 2.2
            zx, zy, count = 0.0, 0.0, 0
            while zx * zx + zy * zy <= 4.0 and count < iters:
                zx, zy = zx * zx - zy * zy + cx, 2.0 * zx * zy + cy
                count += 1
            checksum += count
    return checksum


if __name__ == "__main__":
    print("mandelbrot", mandelbrot(60, 40, 50))
    print("tiny", mandelbrot(5, 4, 10))
    print([mandelbrot(w, 3, 20) for w in range(1, 6)])
