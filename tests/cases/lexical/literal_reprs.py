# repr() round-trips of literals of every type.
values = [0, -1, 10 ** 25, 0.5, -0.0, 1e100, 1j, (1 + 2j), "", "'", '"', "'\"", "\n\t\\", "é☃🐍", "\x00\x7f",
          b"", b"'", b"\x00\xff", [], [1, [2]], (), (1,), (1, 2), {}, {"a": [1]}, set(), {1}, frozenset(), frozenset({2}),
          None, True, False, ..., range(3), range(1, 10, 2), slice(1, None), bytearray(b"x")]
for v in values:
    r = repr(v)
    print(r, eval(r) == v)
