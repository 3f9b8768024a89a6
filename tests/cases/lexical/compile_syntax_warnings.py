# The SyntaxWarnings the compiler issues (codegen's literal checks, the
# tuple assert, PEP 765's control flow in finally, the tokenizer's and
# the string parser's), and the SyntaxError each becomes when warnings are
# errors: CPython's message, location and text.
import os
import sys
import tempfile
import warnings

SOURCES = [
    # "is" / "is not" with a literal
    "x is 1", "x is not 'a'", "x is b'a'", "x is 1.5", "x is ()", "x is (1,)",
    "x is -1", "1 is x", "x is not (1,2)", "x is ...", "x is None", "x is True",
    "x is 1j", "x is f'a'", "x is []", "x is {}", "x is (1, y)", "x is (1, -2)",
    "a is 1 is 2", "x.y is 1", "if x is 1 < 2: pass", "if x < 1 is 2: pass",
    "x = 1 if y is 1 else 2", "[y for y in z if y is 1]", "lambda: x is 1",
    "def f(a=x is 1): pass", "class C: x is 1",
    "match x:\n case 1 if y is 1: pass",
    # calling a literal or display
    "'str'()", "1()", "(1,2)()", "[1]()", "{1}()", "{}()", "f'x'()", "None()",
    "...()", "[x for x in y]()", "(x for x in y)()", "{x for x in y}()",
    "{x:1 for x in y}()", "t'x'()", "(lambda: 0)()", "x.y()", "'a'.join(x)",
    # subscripting
    "[1][x]", "[1]['a']", "(1,2)[1.5]", "'abc'[1.5]", "[1][1:2]", "[1][()]",
    "(1,)[...]", "f'a'[1.0]", "b'x'[None]", "[x for x in y][1.5]", "[1][(1,2)]",
    "{1}[0]", "1[0]", "None[0]", "[1][x+1]", "[1][True]", "[1][-1]",
    "[1][lambda: 0]", "(lambda: 0)[0]", "{1:2}['a']", "'abc'[{}]", "'abc'[[1]]",
    "'abc'[(x for x in y)]", "'abc'[f'x']", "'abc'[1.0j]", "(x for x in y)[0]",
    "t'a'[0]", "f'{x}'[1.0]", "del [1]['a']", "[1]['a'] = 3", "[1]['a'] += 3",
    "async def f(): [1][1.5]", "def f(a: 1[0]): pass", "x: 1[0] = 2",
    "from __future__ import annotations\nx: 1[0] = 2", "type X = 1[0]",
    # assert on a tuple
    "assert (x, 'msg')", "assert ()", "assert (1,)",
    # control flow leaving finally
    "def f():\n  try: pass\n  finally: return 1",
    "for a in b:\n try: pass\n finally: break",
    # the tokenizer and the string parser
    "'\\d'", "b'\\d'", "'\\777'", "0in x", "1if x else y", "0x1for x in y",
    "1or 2", "1and 2", "1not in x", "1is 2",
    # order against errors, and several warnings
    "x is 1\nreturn", "return\nx is 1", "x is 1\nnonlocal y", "1[0]\n'a'()",
    "x is 1; x is 1",
    # finally bodies are compiled more than once
    "try: pass\nfinally: x is 1",
    "def f():\n try: return\n finally: x is 1",
    "for a in b:\n try: break\n finally: x is 1",
    "try: pass\nexcept: x is 1\nelse: x is 2\nfinally: x is 3",
    "def f():\n for a in b:\n  try: return 1\n  finally:\n   try: pass\n   finally: x is 1",
    "try: pass\nexcept* E: x is 1\nfinally: x is 3",
    "with a: x is 1", "def f():\n with a: return x is 2",
]


def show(e):
    return (f"{type(e).__name__}: {e.msg} {e.lineno} {e.offset} "
            f"{e.end_lineno} {e.end_offset} {e.text!r} {e.filename}")


for source in SOURCES:
    print(repr(source))
    for optimize in (0, 2):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                compile(source, "<t>", "exec", optimize=optimize)
            except SyntaxError as e:
                print("  ", optimize, show(e))
            for w in caught:
                print("  ", optimize, w.category.__name__, w.message, w.filename, w.lineno)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(source, "<t>", "exec")
        except SyntaxError as e:
            print("   as error:", show(e))

# The error's text is read back from the file the filename names.
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("x = 1\nx is 1\n", __file__, "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, repr(e.text), os.path.basename(e.filename))

# A module whose compilation raises a warning as an error fails to import.
sys.dont_write_bytecode = True
with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "warned_mod.py"), "w") as f:
        f.write("value = 5\nflag = value is 5\n")
    sys.path.insert(0, tmp)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            import warned_mod
        except SyntaxError as e:
            print(e.msg, e.lineno, e.offset, e.end_offset, repr(e.text), os.path.basename(e.filename))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        import warned_mod
        print(warned_mod.flag, [(w.category.__name__, str(w.message), w.lineno) for w in caught])
    sys.path.remove(tmp)

# This program's own compilation warns on stderr.
print(sys.platform is "x")
