"""Regex-heavy work on a ~4 MB log text: findall, finditer with groups, sub, split, and match on many lines."""
import re
import sys
import time
import zlib


def log_text(lines):
    levels = ["INFO", "WARN", "ERROR", "DEBUG"]
    out = []
    for i in range(lines):
        out.append(f"2026-11-{i % 28 + 1:02d} {i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d} "
                   f"[{levels[i % 4]}] user{i % 97}@host{i % 13}.example.com "
                   f"GET /api/v{i % 3}/items/{i} status={200 + i % 5 * 100} took {i % 1000}ms")
    return "\n".join(out)


def main():
    lines = int(sys.argv[1]) if len(sys.argv) > 1 else 40000
    text = log_text(lines)
    line_list = text.split("\n")
    email = re.compile(r"[\w.]+@[\w.]+\.com")
    request = re.compile(r"(GET|POST) (/\S+) status=(\d+) took (\d+)ms")
    stamp = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(ERROR|WARN)\]")
    digits = re.compile(r"\d+")
    words = re.compile(r"\b[a-z]+\b", re.IGNORECASE)
    start, start_cpu = time.perf_counter(), time.process_time()
    emails = email.findall(text)
    statuses = {}
    for m in request.finditer(text):
        statuses[m.group(3)] = statuses.get(m.group(3), 0) + int(m.group(4))
    masked = digits.sub("#", text)
    pieces = re.split(r"[\s\[\]]+", text)
    flagged = sum(1 for line in line_list if stamp.match(line))
    word_count = len(words.findall(text))
    seconds = time.perf_counter() - start, time.process_time() - start_cpu
    print(len(emails), sorted(statuses.items()), zlib.crc32(masked.encode()), len(pieces), flagged, word_count)
    print(f"time re {seconds[0]:.6f} {seconds[1]:.6f}", file=sys.stderr)


main()
