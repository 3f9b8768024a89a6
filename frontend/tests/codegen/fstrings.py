a = f"x{a}y{b!r:>{w}}z" + f"{a=}" + f"" + f"{a}"
b = t"x{a}y{b!s:{w}.2}" t"q{c}"
c = t""
d = t"{a}{b}"
e = f"{'%s' % (a,)}"
def f(a, b, c):
    s1 = f"{a!r}{b!s}{c!a}{a:{b}.{c}}{a=}{b = !s:>10}"
    s2 = f"{a}" f"{b}" "lit" f"{c:{a}{b}}"
    s3 = f"{a:%Y-%m-%d}"
    s4 = f"{'nested' + f'{a}'}"
    s5 = f"{a:{b:{c}}}"
    s6 = t"{a!r:{b}}lit{c=}"
    s7 = t"just text"
    s8 = t"{a}" t"b" t"{c}"
    big = f"{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}"
    return s1, s2, s3, s4, s5, s6, s7, s8, big
x = "%s %r %a %%" % (1, 2, 3)
y = "%-5s|%5.3s|%.2r" % (x, x, x)
z = "%(a)s" % {"a": 1}
w = "%s" % x
v = "%d %s" % (1, 2)
def f(a, b):
    x = '%s-%5r:%-3.2a%%' % (a,
          b, a)
    y = '%d' % (a,)
    z = 'abc' % ()
    return x, __debug__
match a:
    case -1: pass
    case 1+2j: pass
    case -1.5-2j: pass
    case {-1: 0, 2-3j: 1}: pass
