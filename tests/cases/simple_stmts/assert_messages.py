# AssertionError messages of every shape, and assert with side effects in the test.
calls = []
def check(v):
    calls.append(v)
    return v
assert check(True)
for message in ["text", 42, None, ["list"], ("tuple",), ValueError("exc as message")]:
    try:
        assert check(False), message
    except AssertionError as e:
        print(repr(e), e.args, repr(str(e)))
print(calls)
try:
    assert 1 == 2, f"{1} != {2}"
except AssertionError as e:
    print(e)
