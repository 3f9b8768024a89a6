"""Fill the expected listing of `pass: optimize_cfg_reference` files from CPython 3.14.

    cpython3.14 reference.py FILE.pass...

Runs the file's input through _testinternalcapi.optimize_cfg (CPython's
_PyCfg_OptimizeCodeUnit plus stack depths and LOAD_FAST_BORROW, as the Rust
runner does for that pass) and rewrites everything after 'output:'.
"""
import sys

import _testinternalcapi
from _opcode_metadata import opmap

OPNAME = {v: k for k, v in opmap.items()}
HAS_ARG = set(__import__("opcode").hasarg) | {v for v in opmap.values() if v >= 256} - {opmap["POP_BLOCK"], opmap["ANNOTATIONS_PLACEHOLDER"]}


def parse_loc(text):
    if text == "next":
        return (-2, -2, -2, -2)
    start, end = text.split("-")
    l, c = start.split(":")
    el, ec = end.split(":")
    return int(l), int(c), int(el), int(ec)


def run(path):
    text = open(path).read()
    head, _, _ = text.partition("output:\n")
    consts, nlocals, lines = [], 0, []
    section = None
    for line in head.splitlines():
        if section == "input" and (line.startswith("  ") or (line.startswith("L") and line.endswith(":"))):
            lines.append(line.strip())
        elif line.startswith("const:"):
            consts.append(eval(line[6:].strip()))
        elif line.startswith("nlocals:"):
            nlocals = int(line[8:])
        elif line.startswith("input:"):
            section = "input"
    seq = _testinternalcapi.new_instruction_sequence() if hasattr(_testinternalcapi, "new_instruction_sequence") else None
    if seq is None:
        from _testinternalcapi import compiler_codegen  # noqa: F401
        import ast
        seq = type(compiler_codegen(ast.parse("pass"), "s", 0)[0])()
    labels = {}
    for line in lines:
        if line.endswith(":"):
            labels[line[:-1]] = seq.new_label()
    for line in lines:
        if line.endswith(":"):
            seq.use_label(labels[line[:-1]])
            continue
        body, _, loc = line.partition(" @")
        words = body.split()
        op = opmap[words[0]]
        arg = 0
        if len(words) > 1:
            arg = labels[words[1]] if words[1].startswith("L") else int(words[1])
        l, c, el, ec = parse_loc(loc) if loc else (-1, -1, -1, -1)
        # addop's parameters fill _Py_SourceLocation positionally, whose field
        # order is (lineno, end_lineno, col_offset, end_col_offset).
        seq.addop(op, arg, l, el, c, ec)
    res = _testinternalcapi.optimize_cfg(seq, consts, nlocals)
    out = []
    for op, arg, l, el, c, ec in res.get_instructions():
        a = "" if arg is None else f" {arg}"
        if (l, el, c, ec) == (-2, -2, -2, -2):
            loc = " @next"
        elif l < 0 and el < 0 and c < 0 and ec < 0:
            loc = ""
        else:
            loc = f" @{l}:{c}-{el}:{ec}"
        out.append(f"  {OPNAME[op]}{a}{loc}")
    for k in consts:
        out.append(f"const: {k!r}")
    with open(path, "w") as f:
        f.write(head + "output:\n" + "\n".join(out) + "\n")


for p in sys.argv[1:]:
    run(p)
