"""Dump CPython's symbol tables in the text format of `ouro --dump symtable`.

Run under the reference interpreter:

    cpython3.14 tools/refsymtable.py [--out DIR] FILE...

Each scope prints as
    <type> <name> line=<lineno> nested=<0|1>
      varnames: <names...>
      <symbol> <packed flags>        (sorted by name)
followed by its children, indented two more spaces.
"""
import _symtable
import os
import sys


def dump_entry(entry, indent, out):
    pad = "  " * indent
    out.append(f"{pad}{entry.type} {entry.name} line={entry.lineno} nested={int(entry.nested)}")
    out.append(f"{pad}  varnames: {' '.join(entry.varnames)}")
    for name in sorted(entry.symbols):
        out.append(f"{pad}  {name} {entry.symbols[name]}")
    for child in entry.children:
        dump_entry(child, indent + 1, out)


def dump(path):
    with open(path, "rb") as f:
        src = f.read()
    try:
        top = _symtable.symtable(src, path, "exec")
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} @{e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}\n"
    out = []
    dump_entry(top, 0, out)
    return "\n".join(out) + "\n"


def main(argv):
    out_dir = None
    if argv[:1] == ["--out"]:
        out_dir, argv = argv[1], argv[2:]
    for path in argv:
        text = dump(path)
        if out_dir is None:
            sys.stdout.write(f"=== {path}\n{text}")
        else:
            dest = os.path.join(out_dir, path.lstrip("/") + ".symtable")
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "w", encoding="utf-8") as f:
                f.write(text)


if __name__ == "__main__":
    main(sys.argv[1:])
