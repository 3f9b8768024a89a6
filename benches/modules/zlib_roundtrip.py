"""zlib.compress then zlib.decompress of 100 MB of compressible but not trivial data."""
import sys
import time
import zlib


def payload(megabytes):
    """Text-like bytes: repeated records with a varying counter, so the compressor has real work to do."""
    line = b"".join(b"record %08d value=%d some repeated words here\n" % (i, i * i % 9973) for i in range(20000))
    whole = line * (megabytes * (1 << 20) // len(line) + 1)
    return whole[: megabytes << 20]


def main():
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    data = payload(megabytes)
    start, start_cpu = time.perf_counter(), time.process_time()
    packed = zlib.compress(data)
    compress_seconds = time.perf_counter() - start, time.process_time() - start_cpu
    start, start_cpu = time.perf_counter(), time.process_time()
    unpacked = zlib.decompress(packed)
    decompress_seconds = time.perf_counter() - start, time.process_time() - start_cpu
    # The compressed bytes depend on the deflate implementation (zlib, zlib-ng, zlib-rs), so only the round trip
    # and the input are checked.
    print(len(data), zlib.crc32(data), unpacked == data, len(packed) < len(data) // 4)
    print(f"time zlib.compress {compress_seconds[0]:.6f} {compress_seconds[1]:.6f}", file=sys.stderr)
    print(f"time zlib.decompress {decompress_seconds[0]:.6f} {decompress_seconds[1]:.6f}", file=sys.stderr)


main()
