"""Fannkuch: for every permutation of 1..n, count prefix reversals until 1 comes first.

Prints the checksum (alternating sum of flip counts in permutation order)
and the largest flip count.
"""
import sys

# small size: 6
N = int(sys.argv[1]) if len(sys.argv) > 1 else 9


def permutations_in_place(n):
    """Yields one list, permuted in place, in the order of successive rotations of its prefixes."""
    perm = list(range(n))
    # counts[k]: rotations of the first k+1 items still to do before the level above moves.
    counts = [k + 1 for k in range(n)]
    yield perm
    level = 1
    while level < n:
        # Rotate the first level+1 items left by one.
        first = perm[0]
        perm[:level] = perm[1:level + 1]
        perm[level] = first
        counts[level] -= 1
        if counts[level] > 0:
            level = 1
            yield perm
        else:
            counts[level] = level + 1
            level += 1


def flips(perm):
    items = perm[:]
    count = 0
    first = items[0]
    while first:
        items[:first + 1] = items[first::-1]
        count += 1
        first = items[0]
    return count


def main():
    checksum = 0
    most = 0
    sign = 1
    for perm in permutations_in_place(N):
        count = flips(perm)
        checksum += sign * count
        sign = -sign
        if count > most:
            most = count
    print(checksum)
    print(f"Pfannkuchen({N}) = {most}")


main()
