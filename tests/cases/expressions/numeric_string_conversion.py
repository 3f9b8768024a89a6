# int(), float(), complex() parsing of strings: whitespace, underscores, signs, bases and errors.
for s in ["42", " -7 ", "+3", "1_000", "0", "-0", "٣", "１２", "0x1F", "1.0", "", " ", "1__0", "_1", "1e3", "12 3"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s, base in [("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b11", 0), ("z", 36), ("10", 37), ("09", 0), ("0_9", 10)]:
    try:
        print(s, base, int(s, base))
    except ValueError as e:
        print(s, base, type(e).__name__, e)
for s in ["1.5", " -2.5e3 ", "inf", "-Infinity", "nan", "1_0.5", ".5", "5.", "1e", "0x1p3", "1,5", "١.٥"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s in ["1+2j", "(3-4j)", "j", "-j", "1e3j", "2", " 1+1j ", "1 + 1j", "1+2i"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
