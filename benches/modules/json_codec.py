"""json.dumps and json.loads of one ~10 MB document (one call each, so the time goes to _json)."""
import json
import sys
import time
import zlib


def document(records):
    """A list of records mixing the value kinds a real document has: str (some escaped), int, float, bool, None."""
    out = []
    for i in range(records):
        out.append({
            "id": i,
            "name": f"item-{i:06d}",
            "text": "line with \"quotes\", a tab\t and caf\u00e9 \u2603" if i % 7 == 0 else "plain ascii text here",
            "price": i * 0.25 + 0.1,
            "flags": [True, False, None],
            "tags": ["alpha", "beta", str(i % 13)],
            "nested": {"x": i % 100, "y": -i, "z": [1.5, 2.5, i]},
        })
    return out


def main():
    records = int(sys.argv[1]) if len(sys.argv) > 1 else 48000
    doc = document(records)
    start, start_cpu = time.perf_counter(), time.process_time()
    text = json.dumps(doc)
    dumps_seconds = time.perf_counter() - start, time.process_time() - start_cpu
    start, start_cpu = time.perf_counter(), time.process_time()
    back = json.loads(text)
    loads_seconds = time.perf_counter() - start, time.process_time() - start_cpu
    print(len(text), zlib.crc32(text.encode()), back == doc)
    print(f"time json.dumps {dumps_seconds[0]:.6f} {dumps_seconds[1]:.6f}", file=sys.stderr)
    print(f"time json.loads {loads_seconds[0]:.6f} {loads_seconds[1]:.6f}", file=sys.stderr)


main()
