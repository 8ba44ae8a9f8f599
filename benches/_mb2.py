from workloads import mandelbrot
print(mandelbrot(250, 250, 300))
