"""pickle.dumps then pickle.loads of one large object graph (one call each, so the time goes to _pickle)."""
import pickle
import sys
import time
import zlib


class Point:
    def __init__(self, x, y, label):
        self.x = x
        self.y = y
        self.label = label

    def __eq__(self, other):
        return (self.x, self.y, self.label) == (other.x, other.y, other.label)


def graph(nodes):
    """Dicts, lists, tuples, strs, bytes, ints, floats and instances, with shared references (memo hits)."""
    shared = ["shared", 1, 2.0]
    out = []
    for i in range(nodes):
        out.append({
            "id": i,
            "name": f"node{i}",
            "weight": i / 7,
            "big": 10 ** 20 + i,
            "edges": [i + 1, i + 2, i * 3],
            "pos": (i % 100, i // 100),
            "blob": b"\x00\x01bytes" * 2,
            "point": Point(i, -i, "p"),
            "shared": shared,
            "flag": i % 2 == 0,
        })
    return out


def main():
    nodes = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    data = graph(nodes)
    start, start_cpu = time.perf_counter(), time.process_time()
    blob = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
    dumps_seconds = time.perf_counter() - start, time.process_time() - start_cpu
    start, start_cpu = time.perf_counter(), time.process_time()
    back = pickle.loads(blob)
    loads_seconds = time.perf_counter() - start, time.process_time() - start_cpu
    print(len(blob), zlib.crc32(blob), back == data, back[0]["shared"] is back[1]["shared"])
    print(f"time pickle.dumps {dumps_seconds[0]:.6f} {dumps_seconds[1]:.6f}", file=sys.stderr)
    print(f"time pickle.loads {loads_seconds[0]:.6f} {loads_seconds[1]:.6f}", file=sys.stderr)
    print(f"time pickle.round-trip {dumps_seconds[0] + loads_seconds[0]:.6f} {dumps_seconds[1] + loads_seconds[1]:.6f}", file=sys.stderr)


main()
