# the "import workloads" pattern with reduced sizes
import _helpers_workloads as workloads
from _helpers_workloads import levenshtein

print("mandelbrot", workloads.mandelbrot(30, 20, 30))
print("dijkstra", workloads.dijkstra(100, 5, 9))
print("lev", levenshtein("kitten", "sitting"), levenshtein("", "abc"), levenshtein("flaw", "lawn"))
print("batch", workloads.levenshtein_batch(10, 3, 12))
