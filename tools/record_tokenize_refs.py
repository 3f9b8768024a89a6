"""Record what CPython's `tokenize` makes of Python sources, in the format of
`python -m tokenize -e` plus a last line 'ERROR <type>: <exception>' when
tokenizing fails: FILE.tok beside each FILE.py, or DIR/<FILE>.tok with --out.

Run with the reference interpreter from the repository root:
    ../shared/tools/cpython3.14 tools/record_tokenize_refs.py frontend/tests/data/tokenize/*.py
    ../shared/tools/cpython3.14 tools/record_tokenize_refs.py --out /tmp/tokref /tmp/stdlib314/**/*.py
and compare with `cargo run -p ouro-frontend --example tokdump -- tokens --out DIR FILE...`.
"""
import os
import sys
import tokenize
from token import tok_name

args = sys.argv[1:]
out_dir = None
if args[:1] == ["--out"]:
    out_dir, args = args[1], args[2:]
for path in args:
    lines = []
    try:
        with open(path, "rb") as f:
            for token in tokenize.tokenize(f.readline):
                where = "%d,%d-%d,%d:" % (token.start + token.end)
                lines.append("%-20s%-15s%-15r" % (where, tok_name[token.exact_type], token.string))
    except Exception as e:
        lines.append("ERROR %s: %s" % (type(e).__name__, e))
    if out_dir is None:
        dest = path[:-3] + ".tok"
    else:
        dest = os.path.join(out_dir, os.path.abspath(path).lstrip("/") + ".tok")
        os.makedirs(os.path.dirname(dest), exist_ok=True)
    with open(dest, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
