"""hashlib.sha256 over 100 MB, fed in 1 MB chunks."""
import hashlib
import sys
import time


def main():
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    chunk = bytes(range(256)) * 4096
    start, start_cpu = time.perf_counter(), time.process_time()
    digest = hashlib.sha256()
    for _ in range(megabytes):
        digest.update(chunk)
    one_shot = hashlib.sha256(chunk * 8).hexdigest()
    seconds = time.perf_counter() - start, time.process_time() - start_cpu
    print(digest.hexdigest(), one_shot)
    print(f"time hashlib.sha256 {seconds[0]:.6f} {seconds[1]:.6f}", file=sys.stderr)


main()
