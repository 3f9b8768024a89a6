"""hashlib.sha256 over 100 MB, fed in 1 MB chunks."""
import hashlib
import sys
import time


def main():
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    chunk = bytes(range(256)) * 4096
    start = time.perf_counter()
    digest = hashlib.sha256()
    for _ in range(megabytes):
        digest.update(chunk)
    one_shot = hashlib.sha256(chunk * 8).hexdigest()
    seconds = time.perf_counter() - start
    print(digest.hexdigest(), one_shot)
    print(f"time hashlib.sha256 {seconds:.6f}", file=sys.stderr)


main()
