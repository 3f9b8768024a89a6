# SyntaxError display through traceback.print_exc: ranges over several characters, end offsets, tabs, an IndentationError, a TabError, a missing filename and an offset past the line
import traceback
sources = [
    "print 'hello'",
    "f(a for a in b, c)",
    "if x:\n\tpass\n        pass",
    "def f():\nreturn 1",
    "x = (1, 2\ny = 3",
    "a = 1 +",
    "'unterminated",
    "x = [1, 2, 3}",
    "del f()",
    "match x:\n    case 1 + 2j + 3: pass",
]
for text in sources:
    try:
        compile(text, "<case>", "exec")
    except SyntaxError:
        traceback.print_exc(limit=0)
err = SyntaxError("hand made", ("fake.py", 2, 4, "  abcdefgh\n", 2, 7))
traceback.print_exception(err)
err = SyntaxError("no location")
traceback.print_exception(err)
err = SyntaxError("offset past end", (None, 1, 40, "short\n"))
traceback.print_exception(err)
raise SyntaxError("raised by hand", ("<hand>", 3, 1, "the line", 3, 4))
