import io, pdb, sys

def compute(n):
    total = 0
    for i in range(n):
        total += i
    return total

def main():
    x = compute(3)
    y = x * 2
    return y

commands = io.StringIO("""\
step
step
where
next
p total
p n
until 7
p total
return
continue
""")
out = io.StringIO()
p = pdb.Pdb(stdin=commands, stdout=out, nosigint=True, readrc=False)
p.use_rawinput = False
result = p.runcall(main)
print(result)
import re
text = out.getvalue()
text = re.sub(r"0x[0-9a-f]+", "0x..", text)
text = re.sub(r"/[^ ]*/", "", text)
print(text)
