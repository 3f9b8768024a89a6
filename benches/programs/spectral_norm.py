"""Spectral norm: power iteration on the infinite matrix A[i][j] = 1/((i+j)(i+j+1)/2 + i + 1), cut to n x n.

Prints the estimate of the largest singular value, sqrt(vBv / vv) with B = A^T A.
"""
import sys

# small size: 20
N = int(sys.argv[1]) if len(sys.argv) > 1 else 350


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def total(values):
    # A plain loop, not sum(): CPython 3.12+ sums floats with compensation, so sum() differs from 3.11.
    result = 0.0
    for value in values:
        result += value
    return result


def times(vector):
    n = len(vector)
    return [total(entry(i, j) * vector[j] for j in range(n)) for i in range(n)]


def times_transposed(vector):
    n = len(vector)
    return [total(entry(j, i) * vector[j] for j in range(n)) for i in range(n)]


def times_normal(vector):
    return times_transposed(times(vector))


def main():
    u = [1.0] * N
    for _ in range(10):
        v = times_normal(u)
        u = times_normal(v)
    vbv = total(a * b for a, b in zip(u, v))
    vv = total(b * b for b in v)
    print(f"{(vbv / vv) ** 0.5:.9f}")


main()
