# printf-style % formatting of strings and bytes.
print("%s %r %a" % ("x", "x", "é"))
print("%d %i %o %x %X %e %E %f %F %g %G %c %%" % (42, -7, 8, 255, 255, 1234.5, 0.00012, 3.14159, 2.5, 1e-5, 1e20, 65))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%08.2f" % (3.14159, 2.71828, 1.5, -1.5))
print("%10s|%-10s|%.2s" % ("right", "left", "truncate"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%#x %#o %#X" % (255, 8, 255), "%c%c" % ("a", 98))
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),), "%d%%" % 50)
print(b"%s %d %x" % (b"bytes", 5, 255), b"%c" % 65, b"%b" % b"raw")
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 1), ("%c", 1.5), ("%d", None), ("%", ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(f"{fmt!r:10}", type(e).__name__, e)
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%g %g" % (100000, 1000000), "%r" % 1.0)
