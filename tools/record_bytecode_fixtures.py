"""Record what CPython 3.14 says about its bytecode, for ouro-bytecode's tests.

Run through tools/record-bytecode-fixtures (which runs this under the reference
interpreter).  Writes two plain-text files into the directory given as argv[1]:

opcodes.txt   one line per fact, space-separated, '-' for "no value":
                op <num> <opname> valid=<0|1> flags=<arg,const,name,jump,free,local,exc|->
                effect <num> <oparg> <jump=None> <jump=True> <jump=False>   (int or 'err')
                cache <OPNAME> <field>:<size>...        dis._cache_format, in order
                family <OPNAME> <SPECIALIZED>...        opcode._specializations, in order
                nb_op <i> <name> <symbol>
                intrinsic1 <i> <desc> / intrinsic2 <i> <desc>
                special <i> <name> / common_constant <i> <argrepr>
                have_argument <n> / min_instrumented <n>
tables.txt    per code object (compiled from stdlib files named on the command line):
                code <file> <qualname> first=<co_firstlineno>
                co_code <hex> / linetable <hex> / exctable <hex>
                names <count> <n1> <n2>...     co_names (a name may be empty)
                varnames <count> <n1> <n2>...  co._varname_from_oparg(i) for every i
                positions <line>:<endline>:<col>:<endcol>[*<repeat>] ... ('-' for None)
                lines <start>-<end>:<line or ->, ...
                branches <source>:<not taken>:<taken> ...   co_branches()
                exc <start> <end> <target> <depth> <lasti>
                ins <offset> <start_offset> <opname> <arg or -> <jump target or -> <argrepr...>
                end
"""
import _opcode
import _opcode_metadata
import dis
import opcode
import os
import sys
import types

EFFECT_ARGS = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 31, 32, 255, 256, 257, 258, 511, 1000, 0x1234, 65535, 65536 + 7)
FLAGS = ("arg", "const", "name", "jump", "free", "local", "exc")


def effect(op, arg, **jump):
    try:
        return str(_opcode.stack_effect(op, arg, **jump))
    except ValueError:
        return "err"


def record_opcodes(out):
    out.append(f"have_argument {opcode.HAVE_ARGUMENT}")
    out.append(f"min_instrumented {_opcode_metadata.MIN_INSTRUMENTED_OPCODE}")
    names = dict(enumerate(dis._all_opname))
    for op in range(512):
        flags = [f for f in FLAGS if getattr(_opcode, "has_" + f)(op)]
        out.append(f"op {op} {names.get(op, '-')} valid={int(_opcode.is_valid(op))} "
                   f"flags={','.join(flags) or '-'}")
    for op in range(300):
        for arg in EFFECT_ARGS:
            out.append(f"effect {op} {arg} {effect(op, arg)} {effect(op, arg, jump=True)} {effect(op, arg, jump=False)}")
    for name, fields in opcode._cache_format.items():
        out.append(f"cache {name} " + " ".join(f"{k}:{v}" for k, v in fields.items()))
    for name, family in opcode._specializations.items():
        out.append(f"family {name} " + " ".join(family))
    for i, (name, symbol) in enumerate(opcode._nb_ops):
        out.append(f"nb_op {i} {name} {symbol}")
    for i, desc in enumerate(opcode._intrinsic_1_descs):
        out.append(f"intrinsic1 {i} {desc}")
    for i, desc in enumerate(opcode._intrinsic_2_descs):
        out.append(f"intrinsic2 {i} {desc}")
    for i, name in enumerate(opcode._special_method_names):
        out.append(f"special {i} {name}")
    for i, obj in enumerate(opcode._common_constants):
        out.append(f"common_constant {i} {obj.__name__ if isinstance(obj, type) else repr(obj)}")


def fmt(v):
    return "-" if v is None else str(v)


def const_repr(c):
    """A constant as refdump.py shows it: code objects by qualname (their repr
    holds an address), frozensets sorted (their order follows str hashes)."""
    if isinstance(c, types.CodeType):
        return f"<code {c.co_qualname}>"
    if isinstance(c, frozenset):
        return "frozenset({" + ", ".join(sorted(const_repr(x) for x in c)) + "})"
    if isinstance(c, tuple):
        inner = ", ".join(const_repr(x) for x in c)
        return f"({inner}{',' if len(c) == 1 else ''})"
    return repr(c)


def run_length(items):
    """'a a a b' -> ['a*3', 'b']: positions repeat over each instruction's caches."""
    runs = []
    for item in items:
        if runs and runs[-1][0] == item:
            runs[-1][1] += 1
        else:
            runs.append([item, 1])
    return [item if n == 1 else f"{item}*{n}" for item, n in runs]


def varnames(co):
    result = []
    while True:
        try:
            result.append(co._varname_from_oparg(len(result)))
        except (IndexError, ValueError):
            return result


def record_code(co, path, out):
    out.append(f"code {path} {co.co_qualname} first={co.co_firstlineno}")
    out.append(f"co_code {co.co_code.hex()}")
    out.append(f"linetable {co.co_linetable.hex()}")
    out.append(f"exctable {co.co_exceptiontable.hex()}")
    out.append(f"names {len(co.co_names)} " + " ".join(co.co_names))
    out.append(f"varnames {len(varnames(co))} " + " ".join(varnames(co)))
    out.append("positions " + " ".join(run_length(":".join(fmt(x) for x in p) for p in co.co_positions())))
    out.append("lines " + ", ".join(f"{s}-{e}:{fmt(l)}" for s, e, l in co.co_lines()))
    out.append("branches " + " ".join(f"{a}:{b}:{c}" for a, b, c in co.co_branches()))
    for e in dis._parse_exception_table(co):
        out.append(f"exc {e.start} {e.end} {e.target} {e.depth} {int(e.lasti)}")
    for ins in dis.get_instructions(co):
        target = ins.argval if (ins.opcode in dis.hasjump) else None
        argrepr = const_repr(ins.argval) if ins.opcode in dis.hasconst else ins.argrepr
        out.append(f"ins {ins.offset} {ins.start_offset} {ins.opname} {fmt(ins.arg)} {fmt(target)} {argrepr}".rstrip())
    out.append("end")
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            record_code(c, path, out)


def main(argv):
    out_dir, files = argv[0], argv[1:]
    out = ["# CPython 3.14 opcode metadata, recorded by tools/record-bytecode-fixtures; do not edit."]
    record_opcodes(out)
    with open(os.path.join(out_dir, "opcodes.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    out = ["# CPython 3.14 code tables, recorded by tools/record-bytecode-fixtures; do not edit."]
    for path in files:
        with open(path, "rb") as f:
            src = f.read()
        record_code(compile(src, os.path.basename(path), "exec", dont_inherit=True), os.path.basename(path), out)
    with open(os.path.join(out_dir, "tables.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
