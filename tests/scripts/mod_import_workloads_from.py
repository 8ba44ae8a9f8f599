# from-import of workload functions from a helper module
from _helpers_workloads import mandelbrot, dijkstra, levenshtein_batch
import _helpers_text
print(mandelbrot(20, 10, 25))
print(dijkstra(60, 3, 42))
print(levenshtein_batch(8, 11, 10))
print(_helpers_text.title_case("imported from a helper"))
print([mandelbrot(4, 4, i) for i in range(1, 6)])
