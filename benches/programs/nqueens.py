"""N-queens: counts placements of n non-attacking queens two ways, with sets and with bit masks.

Prints the count for each board size up to n and the first solution found for n.
"""
import sys

# small size: 6
N = int(sys.argv[1]) if len(sys.argv) > 1 else 12


def solutions(n):
    """Yields each solution as a tuple of column positions, one per row."""
    columns = set()
    rising = set()
    falling = set()
    placed = []

    def place(row):
        if row == n:
            yield tuple(placed)
            return
        for col in range(n):
            if col in columns or row + col in rising or row - col in falling:
                continue
            columns.add(col)
            rising.add(row + col)
            falling.add(row - col)
            placed.append(col)
            yield from place(row + 1)
            placed.pop()
            columns.remove(col)
            rising.remove(row + col)
            falling.remove(row - col)

    return place(0)


def count_with_masks(n):
    full = (1 << n) - 1

    def count(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            total += count(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return count(0, 0, 0)


def main():
    for n in range(1, N + 1):
        by_sets = sum(1 for _ in solutions(n))
        by_masks = count_with_masks(n)
        print(n, by_sets, by_masks)
    first = next(solutions(N))
    for col in first:
        print("." * col + "Q" + "." * (N - col - 1))


main()
