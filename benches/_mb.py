from workloads import mandelbrot
print(mandelbrot(120, 120, 100))
