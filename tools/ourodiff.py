"""Shared machinery of the front-end comparison scripts (frontend-diff,
mutate-errors, record-syntax-errors): running Ouro's and the reference's
`--dump` over many files, caching reference dumps, and comparing them.

Dump files follow refdump.py's `--out DIR` layout: DIR/<path without a
leading '/'>.<mode>; paths are given relative to the repository root, which
is the working directory of every run.
"""
import ast
import hashlib
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_TOOLS = ROOT.parent / "shared" / "tools"
REFERENCE = SHARED_TOOLS / "cpython3.14"
REFDUMP = SHARED_TOOLS / "refdump.py"
REFERENCE_CACHE = ROOT / ".cache" / "refdump"
MODES = ("ast", "code", "errors")
# One Ouro process gets this long for all its files; a hang counts as a crash
# of the file it was working on.
OURO_TIMEOUT_SECONDS = 600


@dataclass
class Dump:
    """One file's dump, or why there is none."""

    text: str | None
    why_missing: str = ""


def repo_path(path):
    """`path` as given to the dumpers: relative to the root when inside it."""
    absolute = Path(path).resolve()
    try:
        return str(absolute.relative_to(ROOT))
    except ValueError:
        return str(absolute)


def dump_file(out_dir, path, mode):
    return Path(out_dir) / (path.lstrip("/") + "." + mode)


def read_text(path):
    return path.read_text(encoding="utf-8", errors="surrogateescape")


def stdlib_files():
    """Every .py file tools/fetch-stdlib leaves, provisioning it first."""
    subprocess.run([str(ROOT / "tools" / "fetch-stdlib")], check=True)
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "stdlib").rglob("*.py"))


def build_ouro():
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "--bin", "ouro"], cwd=ROOT, check=True
    )
    return ROOT / "target" / "release" / "ouro"


def _describe_failure(proc_status, stderr):
    if proc_status is None:
        how = f"timed out after {OURO_TIMEOUT_SECONDS}s"
    elif proc_status < 0:
        how = f"killed by signal {-proc_status}"
    else:
        how = f"exit status {proc_status}"
    lines = [line for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    return how + (f": {lines[-1].strip()}" if lines else "")


def run_ouro(ouro, mode, files):
    """Ouro's dumps of `files`, one process for all of them.

    A crash (or hang) loses the dumps of every file after the one that
    caused it, so the file with the first missing dump is blamed and Ouro
    runs again on the files after it that still have no dump."""
    dumps = {}
    with tempfile.TemporaryDirectory(prefix="ouro-dump-") as out_dir:
        pending = list(files)
        while pending:
            try:
                proc = subprocess.run(
                    [str(ouro), "--dump", mode, "--out", out_dir, *pending],
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                    timeout=OURO_TIMEOUT_SECONDS,
                )
                status, stderr = proc.returncode, proc.stderr
            except subprocess.TimeoutExpired as timeout:
                status, stderr = None, timeout.stderr or b""
            except OSError as error:
                return {f: Dump(None, f"ouro could not run: {error}") for f in files}
            last_written = -1
            for index, path in enumerate(pending):
                out = dump_file(out_dir, path, mode)
                if out.exists():
                    dumps[path] = Dump(read_text(out))
                    last_written = index
            # Files are dumped in order: a missing dump before the last one
            # written was skipped; the first missing one after it is where
            # the process stopped.
            for path in pending[:last_written]:
                if path not in dumps:
                    dumps[path] = Dump(None, "ouro wrote no dump for it but went on with later files")
            rest = pending[last_written + 1 :]
            if rest:
                dumps[rest[0]] = Dump(None, "no dump from ouro (" + _describe_failure(status, stderr) + ")")
            pending = rest[1:]
    return dumps


def run_reference(mode, files):
    """The reference's dumps of `files` (one process), as {path: text}."""
    if not files:
        return {}
    with tempfile.TemporaryDirectory(prefix="ref-dump-") as out_dir:
        proc = subprocess.run(
            [str(REFERENCE), str(REFDUMP), mode, "--out", out_dir, *files],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        dumps = {}
        for path in files:
            out = dump_file(out_dir, path, mode)
            if not out.exists():
                sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
                raise SystemExit(f"reference wrote no {mode} dump for {path} (exit status {proc.returncode})")
            dumps[path] = read_text(out)
    return dumps


def cached_reference(mode, files):
    """The reference's dumps of `files`, cached by each file's sha256 so only
    files never seen before cost a run of the (slow) reference."""
    cache = REFERENCE_CACHE / mode
    cache.mkdir(parents=True, exist_ok=True)
    entries = {f: cache / (hashlib.sha256((ROOT / f).read_bytes()).hexdigest() + "." + mode) for f in files}
    fresh = [f for f in files if not entries[f].exists()]
    if fresh:
        print(f"reference: dumping {len(fresh)} of {len(files)} files (others cached)", file=sys.stderr)
    for path, text in run_reference(mode, fresh).items():
        partial = entries[path].with_suffix(".partial")
        partial.write_text(text, encoding="utf-8", errors="surrogateescape")
        os.replace(partial, entries[path])
    return {f: read_text(entries[f]) for f in files}


def first_difference(expected, actual, width=150):
    """(line number, expected line, actual line) of the first differing line,
    long lines clipped around their first differing character."""
    exp_lines, act_lines = expected.splitlines(), actual.splitlines()
    for index in range(max(len(exp_lines), len(act_lines))):
        exp = exp_lines[index] if index < len(exp_lines) else "<end of dump>"
        act = act_lines[index] if index < len(act_lines) else "<end of dump>"
        if exp != act:
            return index + 1, _clip(exp, act, width), _clip(act, exp, width)
    return None


def _clip(line, other, width):
    if len(line) <= width:
        return line
    column = next((i for i, (a, b) in enumerate(zip(line, other)) if a != b), min(len(line), len(other)))
    start = max(0, column - width // 3)
    return ("..." if start else "") + line[start : start + width] + ("..." if start + width < len(line) else "")


def normalize_frozensets(text):
    """`text` with every frozenset repr's elements sorted by repr.

    refdump.py sorts frozensets on its `consts:` line, but an instruction's
    argrepr is `repr(frozenset)`, whose order follows the string hash, which
    CPython randomizes per process: the reference disagrees with itself from
    run to run there, so both sides are compared in sorted order."""
    out, pos = [], 0
    while (start := text.find("frozenset({", pos)) >= 0:
        out.append(text[pos:start])
        inner = start + len("frozenset({")
        end = text.find("})", inner)
        while end >= 0:
            try:
                elements = ast.literal_eval("{" + text[inner:end] + "}")
                break
            except (SyntaxError, ValueError):
                end = text.find("})", end + 1)
        if end < 0:
            out.append(text[start:inner])
            pos = inner
            continue
        out.append("frozenset({" + ", ".join(sorted(map(repr, elements))) + "})")
        pos = end + 2
    out.append(text[pos:])
    return "".join(out)


def code_blocks(text):
    """A `code` dump split into its code objects: [((qualname, line), block)]."""
    blocks = []
    for line in text.splitlines(keepends=True):
        if line.startswith("code "):
            fields = line.split()
            blocks.append([(fields[1], fields[2] if len(fields) > 2 else ""), line])
        elif blocks:
            blocks[-1][1] += line
    return [tuple(b) for b in blocks]


def pair_code_blocks(expected, actual):
    """Reference code objects paired with Ouro's by qualname and first line,
    the k-th of a key with the k-th: [(key, reference block, ouro block or None)]."""
    by_key = {}
    for key, block in code_blocks(actual):
        by_key.setdefault(key, []).append(block)
    pairs = []
    for key, block in code_blocks(expected):
        candidates = by_key.get(key, [])
        pairs.append((key, block, candidates.pop(0) if candidates else None))
    return pairs


def percent(part, whole):
    return f"{part}/{whole} ({100.0 * part / whole:.1f}%)" if whole else "0/0"

