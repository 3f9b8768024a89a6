"""Record reference cases for the compiler back end (run under ../shared/tools/cpython3.14).

    cpython3.14 record.py OUT_DIR SOURCE.py...

For every code unit of every source file, writes what CPython 3.14's codegen
emitted (via _testinternalcapi.compiler_codegen) together with the unit's
metadata, and the code object CPython's compile() made of it.  The Rust tests
(frontend/src/compile/tests.rs) run the back end on the first half and
compare with the second.  Codegen's constant list is not exposed, so it is
rebuilt from the source (Constant nodes at the load's position) and from the
finished code (the constant loaded at the same position); a unit whose
constants cannot be rebuilt is written with 'skip:' and its reason.  Each
FILE.py also gets FILE.code, refdump.py's `code` dump of it.

Whole-stdlib check (about three minutes):

    cpython3.14 record.py /tmp/cases $(find STDLIB -name '*.py')
    OURO_BACKEND_CASES=/tmp/cases cargo test -p ouro-frontend -- --nocapture code_dump reference_cases
"""
import ast
import os
import sys
import types

import _testinternalcapi
from _opcode_metadata import opmap

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../../shared/tools"))
import refdump  # noqa: E402

OPNAME = {v: k for k, v in opmap.items()}
LOAD_CONST = opmap["LOAD_CONST"]
LOAD_SMALL_INT = opmap["LOAD_SMALL_INT"]
MAKE_FUNCTION = opmap["MAKE_FUNCTION"]
HAS_TARGET = {opmap[n] for n in ("JUMP", "JUMP_IF_FALSE", "JUMP_IF_TRUE", "JUMP_NO_INTERRUPT",
                                  "SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH", "END_ASYNC_FOR",
                                  "FOR_ITER", "JUMP_BACKWARD", "JUMP_FORWARD", "POP_JUMP_IF_FALSE",
                                  "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE",
                                  "SEND", "JUMP_BACKWARD_NO_INTERRUPT")}
CO_VARARGS, CO_VARKEYWORDS = 0x4, 0x8
# Operations the flow graph folds when all their operands are constants:
# opcode -> number of operands for an argument.
FOLDABLE = {
    opmap["BUILD_TUPLE"]: lambda a: a,
    opmap["BINARY_OP"]: lambda a: 2,
    opmap["UNARY_NEGATIVE"]: lambda a: 1,
    opmap["UNARY_NOT"]: lambda a: 1,
    opmap["UNARY_INVERT"]: lambda a: 1,
}
SPECIAL_CELLS = ("__class__", "__classdict__", "__conditional_annotations__")


def const_repr(c):
    if isinstance(c, types.CodeType):
        return f"<code {c.co_qualname}>"
    if isinstance(c, tuple):
        inner = ", ".join(const_repr(x) for x in c)
        return f"({inner}{',' if len(c) == 1 else ''})"
    if isinstance(c, frozenset):
        return "frozenset({" + ", ".join(sorted(const_repr(x) for x in c)) + "})"
    if isinstance(c, slice):
        return f"slice({const_repr(c.start)}, {const_repr(c.stop)}, {const_repr(c.step)})"
    return repr(c)


def ast_constants(tree):
    by_pos = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id == "__debug__":
            # The AST preprocessor turns __debug__ into True.
            node = ast.Constant(True, lineno=node.lineno, end_lineno=node.end_lineno,
                                col_offset=node.col_offset, end_col_offset=node.end_col_offset)
        if isinstance(node, ast.Constant) and hasattr(node, "lineno"):
            key = (node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)
            by_pos.setdefault(key, []).append(node.value)
    return by_pos


def final_loads(co):
    by_pos = {}
    for ins in __import__("dis").get_instructions(co):
        if ins.opname in ("LOAD_CONST", "LOAD_SMALL_INT"):
            p = ins.positions
            key = tuple(-1 if v is None else v for v in (p.lineno, p.end_lineno, p.col_offset, p.end_col_offset))
            by_pos.setdefault(key, []).append(ins.argval)
    return by_pos


def rebuild_consts(instrs, co, ast_by_pos, nested_codes):
    values = {}
    used = {}
    final_by_pos = final_loads(co)
    taken = {}
    unknown = set()
    code_iter = iter(nested_codes)
    # Instructions that leave a constant on the stack (loads, and operations
    # on constants the flow graph folds).
    makes_const = set()
    for i, (op, arg, *loc) in enumerate(instrs):
        key = tuple(loc)
        if op != LOAD_CONST:
            # A foldable operation leaves its folded constant at its own
            # position in the finished code: step over it there.
            operands = FOLDABLE.get(op, lambda a: None)(arg)
            if operands is not None and i >= operands and all(
                    j in makes_const for j in range(i - operands, i)):
                makes_const.add(i)
                seen = final_by_pos.get(key, [])
                k = taken.get(key, 0)
                if k < len(seen) and not isinstance(seen[k], types.CodeType):
                    taken[key] = k + 1
            continue
        nxt = instrs[i + 1][0] if i + 1 < len(instrs) else None
        makes_const.add(i)
        if nxt == MAKE_FUNCTION:
            val = next(code_iter, None)
            if val is None:
                return None, "more functions than nested code objects"
            seen = final_by_pos.get(key, [])
            if taken.get(key, 0) < len(seen) and seen[taken.get(key, 0)] is val:
                taken[key] = taken.get(key, 0) + 1
        elif loc[0] >= 0 and key in final_by_pos and taken.get(key, 0) < len(final_by_pos[key]):
            val = final_by_pos[key][taken.get(key, 0)]
            taken[key] = taken.get(key, 0) + 1
        elif key in ast_by_pos and len(ast_by_pos[key]) == 1:
            val = ast_by_pos[key][0]
        else:
            # No position to go by: placed by alignment with co_consts below.
            unknown.add(arg)
            continue
        if arg in values and const_repr(values[arg]) != const_repr(val):
            return None, f"constant {arg} rebuilt inconsistently"
        values[arg] = val
    if 0 not in values:
        values[0] = co.co_consts[0] if co.co_consts else None
    unknown -= set(values)
    # Loads without a position: align the known constants with the finished
    # co_consts (which keeps codegen's order) and take what lies between.
    final = list(co.co_consts)
    ptr = 0
    for k in range(max(list(values) + list(unknown)) + 1):
        if k in values:
            if ptr < len(final) and const_repr(final[ptr]) == const_repr(values[k]):
                ptr += 1
        elif k in unknown:
            values[k] = final[ptr] if ptr < len(final) else None
            ptr += 1
    n = max(values) + 1
    missing = [k for k in range(n) if k not in values]
    if missing:
        return None, f"constants {missing} never loaded"
    return [values[k] for k in range(n)], None


def cell_order(co):
    cells = list(co.co_cellvars)
    if co.co_flags & 0x1:  # CO_OPTIMIZED: a function, whose cells are all sorted by name
        return sorted(cells)
    regular = sorted(c for c in cells if c not in SPECIAL_CELLS)
    return regular + [c for c in SPECIAL_CELLS if c in cells]


def fmt_loc(loc):
    l, el, c, ec = loc
    if (l, el, c, ec) == (-2, -2, -2, -2):
        return " @next"
    if l < 0 and el < 0 and c < 0 and ec < 0:
        return ""
    return f" @{l}:{c}-{el}:{ec}"


def write_unit(out, seq, co, ast_by_pos, depth=0):
    instrs = seq.get_instructions()
    nested_seqs = seq.get_nested()
    nested_codes = [c for c in co.co_consts if isinstance(c, types.CodeType)]
    consts, why = rebuild_consts(instrs, co, ast_by_pos, nested_codes)
    nparams = co.co_argcount + co.co_kwonlyargcount + bool(co.co_flags & CO_VARARGS) + bool(co.co_flags & CO_VARKEYWORDS)
    out.append(f"unit {co.co_qualname}")
    out.append(f"depth: {depth}")
    out.append(f"name: {co.co_name}")
    out.append(f"firstlineno: {co.co_firstlineno}")
    out.append(f"flags: 0x{co.co_flags:x}")
    out.append(f"args: {co.co_argcount} {co.co_posonlyargcount} {co.co_kwonlyargcount} {nparams}")
    out.append("names: " + const_repr(tuple(co.co_names)))
    out.append("varnames: " + const_repr(tuple(co.co_varnames)))
    out.append("cellvars: " + const_repr(tuple(cell_order(co))))
    out.append("freevars: " + const_repr(tuple(co.co_freevars)))
    has_annotate = any(c.co_name == "__annotate__" for c in nested_codes)
    if why is None and has_annotate and any(op == opmap["ANNOTATIONS_PLACEHOLDER"] for op, *_ in instrs):
        why = "annotations code is not exposed by compiler_codegen"
    if why is not None:
        out.append(f"skip: {why}")
    else:
        for c in consts:
            out.append("const: " + const_repr(c))
        out.append("codegen:")
        for op, arg, *loc in instrs:
            name = OPNAME[op]
            a = "" if arg is None else f" {arg}"
            out.append(f"  {name}{a}{fmt_loc(loc)}")
    out.append("expect:")
    out.append(f"  stacksize: {co.co_stacksize}")
    for c in co.co_consts:
        out.append("  const: " + const_repr(c))
    out.append("  code: " + co.co_code.hex())
    out.append("  linetable: " + co.co_linetable.hex())
    out.append("  exceptiontable: " + co.co_exceptiontable.hex())
    out.append("  varnames: " + " ".join(co.co_varnames))
    out.append("  cellvars: " + " ".join(co.co_cellvars))
    out.append("  freevars: " + " ".join(co.co_freevars))
    out.append("end")
    if len(nested_seqs) == len(nested_codes):
        for s, c in zip(nested_seqs, nested_codes):
            write_unit(out, s, c, ast_by_pos, depth + 1)


WRITTEN = set()


def record(path, out_dir):
    with open(path, "rb") as f:
        src = f.read()
    tree = ast.parse(src, path)
    co = compile(src, path, "exec", dont_inherit=True)
    seq, _ = _testinternalcapi.compiler_codegen(ast.parse(src, path), path, 0)
    out = []
    write_unit(out, seq, co, ast_constants(tree))
    # Files of one name in different packages get their package in front.
    name = os.path.basename(path).removesuffix(".py")
    parts = os.path.normpath(path).removesuffix(".py").split(os.sep)
    depth = 1
    while name in WRITTEN and depth < len(parts):
        depth += 1
        name = ".".join(parts[-depth:])
    WRITTEN.add(name)
    with open(os.path.join(out_dir, name + ".cases"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    # refdump's `code` dump of the same file, for the whole-file comparison.
    with open(os.path.join(out_dir, name + ".code"), "w", encoding="utf-8") as f:
        f.write(refdump.dump_code(src, path))


if __name__ == "__main__":
    out_dir = sys.argv[1]
    for p in sys.argv[2:]:
        try:
            record(p, out_dir)
        except Exception as e:
            print(f"{p}: {type(e).__name__}: {e}", file=sys.stderr)
