"""Record what CPython's `tokenize` makes of test sources: for each FILE.py
given, write FILE.tok beside it in the format of `python -m tokenize -e`,
with a last line 'ERROR <type>: <exception>' when tokenizing fails.

Run with the reference interpreter from the repository root:
    ../shared/tools/cpython3.14 tools/record_tokenize_refs.py frontend/tests/data/tokenize/*.py
"""
import sys
import tokenize
from token import tok_name

for path in sys.argv[1:]:
    lines = []
    try:
        with open(path, "rb") as f:
            for token in tokenize.tokenize(f.readline):
                where = "%d,%d-%d,%d:" % (token.start + token.end)
                lines.append("%-20s%-15s%-15r" % (where, tok_name[token.exact_type], token.string))
    except Exception as e:
        lines.append("ERROR %s: %s" % (type(e).__name__, e))
    with open(path[:-3] + ".tok", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
