# Left-to-right evaluation order across expression kinds.
def t(tag, value=None):
    print("eval", tag)
    return value if value is not None else tag
t("a", 1) + t("b", 2) * t("c", 3)
print("--")
{t("k1"): t("v1"), t("k2"): t("v2")}
print("--")
t("func", lambda *a, **k: None)(t("arg1"), t("arg2"), kw=t("kwarg"))
print("--")
t("obj", [0, 1])[t("index", 1)]
print("--")
t("x", 1) < t("y", 2) < t("z", 3)
print("--")
[t("first"), *t("star", [1]), t("last")]
print("--")
t("cond", True) and t("rhs")
print("--")
t("then") if t("test", True) else t("else")
print("--")
f"{t('f1')}{t('f2')}"
print("--")
t("base", 2) ** t("exp", 3)
print("--")
t("lo", [1, 2, 3])[t("start", 0):t("stop", 2):t("step", 1)]
print("--")
(t("tuple1"), t("tuple2"))
print("--")
x = [t("elem") for _ in t("iterable", [1, 2])]
print("--")
t("callee", print)(t("p1"), sep=t("sep", "-"))
