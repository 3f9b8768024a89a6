# assert statements: messages, evaluation of the message only on failure.
assert True
assert 1 == 1, "never shown"
def msg():
    print("message evaluated")
    return "custom message"
assert 2 > 1, msg()
try:
    assert 1 > 2, msg()
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert []
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
try:
    assert 0, None
except AssertionError as e:
    print(e.args)
def check(n):
    assert n >= 0, f"negative: {n}"
    return n
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(e)
print(__debug__)
try:
    assert (False, "always true tuple") and False
except AssertionError:
    print("parenthesized expression asserted")
