"""Big integers: digits of pi from an unbounded spigot, plus factorials and powers checked by digit sums.

Prints the digits in lines of 50 and a few big-number checksums.
"""
import sys

# small size: 100
DIGITS = int(sys.argv[1]) if len(sys.argv) > 1 else 5000


def pi_digits():
    """Yields decimal digits of pi, keeping the state as one linear fractional transformation."""
    q, r, t, k = 1, 0, 1, 1
    while True:
        n, n_next = (3 * q + r) // t, (4 * q + r) // t
        if n == n_next:
            yield n
            q, r = 10 * q, 10 * (r - n * t)
        else:
            q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
            k += 1


def digit_sum(value):
    return sum(int(ch) for ch in str(value))


def main():
    digits = []
    for digit in pi_digits():
        digits.append(str(digit))
        if len(digits) == DIGITS:
            break
    text = "".join(digits)
    for start in range(0, len(text), 50):
        print(text[start:start + 50])
    factorial = 1
    for k in range(2, DIGITS // 4):
        factorial *= k
    print("factorial digits", len(str(factorial)), "digit sum", digit_sum(factorial))
    power = 7 ** (DIGITS * 2) - 3 ** DIGITS
    print("power mod", power % 1000000007, "bits", power.bit_length(), "divmod", divmod(power, 10 ** 40)[1])


main()
