"""Float-heavy: escape-time iteration over the Mandelbrot set, plus a trapezoid-rule integral.

Prints a coarse ASCII picture of the set, the total iteration count, and the
integral of 4/(1+x^2) over [0, 1] (which approaches pi).
"""
import sys

# small size: 24
SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 480
MAX_ITER = 100
SHADES = " .:-=+*#%@"


def escape_time(cr, ci):
    zr = zi = 0.0
    for n in range(MAX_ITER):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return MAX_ITER


def grid(size):
    rows = []
    for y in range(size):
        ci = -1.25 + 2.5 * y / size
        rows.append([escape_time(-2.1 + 2.8 * x / size, ci) for x in range(size)])
    return rows


def ascii_picture(rows, width):
    step = max(1, len(rows) // width)
    lines = []
    for row in rows[::step * 2]:
        line = "".join(SHADES[min(n, MAX_ITER - 1) * len(SHADES) // MAX_ITER] for n in row[::step])
        lines.append(line.rstrip())
    return lines


def integrate(f, a, b, pieces):
    h = (b - a) / pieces
    total = 0.5 * (f(a) + f(b))
    for k in range(1, pieces):
        total += f(a + k * h)
    return total * h


def main():
    rows = grid(SIZE)
    for line in ascii_picture(rows, 48):
        print(line)
    print("iterations", sum(sum(row) for row in rows))
    print(f"integral {integrate(lambda x: 4.0 / (1.0 + x * x), 0.0, 1.0, SIZE * 500):.12f}")


main()
