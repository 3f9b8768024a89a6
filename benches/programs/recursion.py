"""Recursion-heavy: naive Fibonacci, Takeuchi, Ackermann, Towers of Hanoi and a recursive tree walk.

Prints each result; the size sets the Fibonacci argument, the others follow it.
"""
import sys

# small size: 15
N = int(sys.argv[1]) if len(sys.argv) > 1 else 30


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(disks, source, target, spare, moves):
    if disks == 0:
        return
    hanoi(disks - 1, source, spare, target, moves)
    moves[source + target] = moves.get(source + target, 0) + 1
    hanoi(disks - 1, spare, target, source, moves)


def build_tree(depth, label=1):
    if depth == 0:
        return label
    return [build_tree(depth - 1, label * 2), build_tree(depth - 1, label * 2 + 1), depth]


def tree_checksum(tree):
    if isinstance(tree, int):
        return tree % 97
    left, right, depth = tree
    return (tree_checksum(left) * 3 + tree_checksum(right) + depth) % 1000003


def main():
    print(f"fib({N}) = {fib(N)}")
    print(f"tak({N - 12}, {N // 3}, {N // 6}) = {tak(N - 12, N // 3, N // 6)}")
    # Ackermann(2, n) recurses about 2n deep: keep it under CPython's default limit of 1000.
    for n in range(0, min(400, N * N // 2), 3):
        result = ackermann(2, n)
    print(f"ackermann(2, {n}) = {result}")
    moves = {}
    hanoi(N - 12, "A", "C", "B", moves)
    print("hanoi", sum(moves.values()), sorted(moves.items()))
    print("tree", tree_checksum(build_tree(N - 14)))


main()
