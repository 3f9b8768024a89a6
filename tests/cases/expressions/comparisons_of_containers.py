# Lexicographic comparison of lists, tuples, strings and bytes; equality across container types.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9, 9])
print((1, "a") < (1, "b"), (1, 2) == (1, 2.0), (0,) < (0.5,), ("a",) < ("a", None))
print([[1, 2], [0]] < [[1, 2], [1]], [(1, [2])] == [(1, [2])])
print({1: [1]} == {1: [1]}, {1: 2} != {1: 3}, {1, 2} == frozenset({2, 1}), [1] != (1,))
text = "abc"
print(text == "abc", text is not None, b"abc" == bytearray(b"abc"), "abc" != b"abc")
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max([[1, 2], [1, 10], [0, 99]]))
print(range(0) == range(2, 2), range(0, 3) == range(3), range(0, 4, 2) == range(0, 3, 2), [0, 1] == list(range(2)))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
