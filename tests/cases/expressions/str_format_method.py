# str.format: positional, keyword, attribute and index fields, conversions, nested specs.
print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{0}{0}".format("x"))
print("{name} is {age}".format(name="Bo", age=3), "{0[1]} {0[k]}".format({1: "one", "k": "kay"}))
class P:
    x = 5
print("{p.x} {l[0]}".format(p=P(), l=[9]), "{!r} {!s} {!a}".format("s", "s", "ü"))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("a", "b", "c", "d"))
print("{:{w}.{p}f}".format(3.14159, w=8, p=2), "{:{}}".format("x", 3) + "|")
print("{:,} {:_} {:b} {:o} {:x} {:#x} {:08.3f} {:+.1e}".format(1234567, 1234567, 5, 8, 255, 255, 3.14159, 12345.678))
print("{{}} {{{}}}".format(1), "{:%}".format(0.5), "{:.1%}".format(1 / 3))
print("{0:d} {0:5} {0:<5}|".format(42), "{:=+8}".format(-3), "{:n}".format(1000))
print(format(1234.5, ",.2f"), format(-0.0, "f"), format(1e100, ".3g"), format(123, "c"), format(True, "d"))
for fmt, args in [("{}", ()), ("{0} {}", (1, 2)), ("{x}", ()), ("{:d}", ("s",)), ("{:s}", (1,)), ("{0[5]}", ([1],)), ("{!z}", (1,)), ("{", ()), ("}", ()), ("{:,s}", ("a",))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(f"{fmt!r:10}", type(e).__name__, e)
print("{0!r:>10}".format("hi"), "{:10.3}|".format("abcdef"), "{:>+10.2f}".format(3.0))
print("{}".format(None), "{:}".format(1.5), "{:g}".format(1e-7), "{:.3}".format(1234.5678))
