"""A decimal arithmetic loop (necessarily Python-level: each operation is one small _decimal call)."""
import decimal
import sys
import time
from decimal import Decimal


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    decimal.getcontext().prec = 28
    start, start_cpu = time.perf_counter(), time.process_time()
    total = Decimal(0)
    rate = Decimal("1.0000001")
    price = Decimal("19.99")
    for i in range(steps):
        amount = price * i + Decimal(i) / 7
        total += amount.quantize(Decimal("0.01"))
        price = (price * rate).quantize(Decimal("0.0001"))
    root = total.sqrt()
    seconds = time.perf_counter() - start, time.process_time() - start_cpu
    print(total, price, root)
    print(f"time decimal {seconds[0]:.6f} {seconds[1]:.6f}", file=sys.stderr)


main()
