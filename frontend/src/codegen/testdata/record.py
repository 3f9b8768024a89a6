"""Record codegen's reference outputs (run under ../shared/tools/cpython3.14 from the project root).

    cpython3.14 frontend/src/codegen/testdata/record.py ../shared/tools/refdump.py

For every NAME.py here writes NAME.code, refdump.py's `code` dump of what
CPython 3.14 compiles it to (with `optimize=N` for names ending in `_ON`,
in `eval` or `single` mode for names ending in `_eval` or `_single`); in errors.cases rewrites each case's
`--- expect` line with refdump.py's `errors` line for the case's source.
The Rust tests (frontend/src/codegen/tests.rs) compare Ouro's output with these.
"""
import glob
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load_refdump(path):
    spec = importlib.util.spec_from_file_location("refdump", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_cases(text):
    cases = []
    for block in text.split("=== ")[1:]:
        head, _, rest = block.partition("\n")
        source = rest.split("--- expect\n")[0]
        cases.append((head.strip(), source))
    return cases


def main(refdump_path):
    refdump = load_refdump(refdump_path)
    for path in sorted(glob.glob(os.path.join(HERE, "*.py"))):
        if os.path.basename(path) == "record.py":
            continue
        with open(path, "rb") as f:
            src = f.read()
        name = os.path.basename(path)
        stem = name[:-3]
        optimize = int(stem[-1]) if stem[-3:-1] == "_O" else 0
        mode = stem.rsplit("_", 1)[-1] if stem.endswith(("_eval", "_single")) else "exec"
        code = compile(src, name, mode, dont_inherit=True, optimize=optimize)
        out = []
        refdump.dump_code_object(code, out)
        with open(path[:-3] + ".code", "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    cases_path = os.path.join(HERE, "errors.cases")
    with open(cases_path, encoding="utf-8") as f:
        cases = parse_cases(f.read())
    out = []
    for name, source in cases:
        expect = refdump.dump_errors(source.encode(), name + ".py")
        out.append(f"=== {name}\n{source}--- expect\n{expect}")
    with open(cases_path, "w", encoding="utf-8") as f:
        f.write("".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
