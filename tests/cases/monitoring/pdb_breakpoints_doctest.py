# pdb.set_trace() in a running function, break/continue/up/down/clear/next from a StringIO; a doctest run
import io, pdb, sys, re

def helper(v):
    w = v * 3
    return w + 1

def compute(n):
    acc = []
    for i in range(n):
        acc.append(helper(i))
    return acc

def main():
    pdb.Pdb(stdin=commands, stdout=out, nosigint=True, readrc=False).set_trace()
    r = compute(3)
    return len(r)

commands = io.StringIO("""\
break helper
continue
p v
bt
up
p i
down
clear 1
next
next
p w
continue
""")
out = io.StringIO()
print(main())
text = out.getvalue()
text = re.sub(r"0x[0-9a-f]+", "0x..", text)
text = re.sub(r"/[^ ]*/", "", text)
text = re.sub(r"bdb.py\(\d+\)", "bdb.py(N)", text)
# The reference runs programs under a host's frames (WebAssembly build): not part of the case.
text = re.sub(r"  (?:_base\.py|<exec>)\(\d+\)\S*\n(?:-> [^\n]*\n)?", "", text)
print(text)

import doctest
def square(x):
    """
    >>> square(3)
    9
    >>> square(-2)
    4
    >>> square(0)
    1
    """
    return x * x
finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
buf = io.StringIO()
for t in finder.find(square, "square", globs={"square": square}):
    runner.run(t, out=buf.write)
print(re.sub(r'File ".*", line', 'File "...", line', buf.getvalue()))
print(runner.summarize(verbose=False))
