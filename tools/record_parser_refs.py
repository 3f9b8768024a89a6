"""Record what CPython's parser makes of test sources: for each FILE.py given,
write FILE.ast (`ast.dump(tree, include_attributes=True)`, as
shared/tools/refdump.py's `ast` mode) when `ast.parse` accepts it, or FILE.err
(the `errors` line format of refdump.py) with the error `ast.parse` raises.
Errors of later stages (symbol table, compiler) are not the parser's.
A file named NAME.eval.py or NAME.single.py is parsed in that mode.

Run with the reference interpreter from the repository root:
    ../shared/tools/cpython3.14 tools/record_parser_refs.py frontend/tests/data/parser/*.py frontend/tests/data/parse_errors/*.py
"""
import ast
import sys

for path in sys.argv[1:]:
    with open(path, "rb") as f:
        src = f.read()
    base = path[:-3]
    mode = base.rsplit(".", 1)[-1] if base.endswith((".eval", ".single")) else "exec"
    try:
        text = ast.dump(ast.parse(src, path, mode=mode), include_attributes=True)
        ext = ".ast"
    except SyntaxError as e:
        text = f"{type(e).__name__}: {e.msg} @{e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}"
        ext = ".err"
    except (ValueError, TypeError) as e:
        text = f"{type(e).__name__}: {e}"
        ext = ".err"
    with open(base + ext, "w", encoding="utf-8") as f:
        f.write(text + "\n")
