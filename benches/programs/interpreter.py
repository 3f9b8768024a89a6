"""A tiny language: tokenizer, recursive-descent parser to tuples, and a tree-walking evaluator.

Exercises string scanning, dict dispatch, tuples, exceptions raised and
caught, and recursion. Runs a few programs and prints their results.
"""
import sys

# small size: 3
REPEAT = int(sys.argv[1]) if len(sys.argv) > 1 else 250

PROGRAMS = {
    "sum of squares": """
        let total = 0;
        let i = 1;
        while i <= 300 { total = total + i * i; i = i + 1; }
        total
    """,
    "collatz steps": """
        let longest = 0; let best = 0; let n = 1;
        while n < 60 {
            let x = n; let steps = 0;
            while x != 1 { if x % 2 == 0 { x = x / 2; } else { x = 3 * x + 1; } steps = steps + 1; }
            if steps > longest { longest = steps; best = n; }
            n = n + 1;
        }
        best * 1000 + longest
    """,
    "division by zero": "let a = 10; let b = a - 10; a / b",
    "undefined name": "let a = 1; a + missing",
    "gcd": """
        let a = 1071 * 37; let b = 462 * 37;
        while b != 0 { let t = b; b = a % b; a = t; }
        a
    """,
}


class LangError(Exception):
    pass


def tokenize(source):
    tokens = []
    i = 0
    while i < len(source):
        ch = source[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            start = i
            while i < len(source) and source[i].isdigit():
                i += 1
            tokens.append(("num", int(source[start:i])))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(source) and (source[i].isalnum() or source[i] == "_"):
                i += 1
            word = source[start:i]
            tokens.append(("kw", word) if word in ("let", "while", "if", "else") else ("name", word))
        elif source.startswith(("<=", ">=", "==", "!="), i):
            tokens.append(("op", source[i:i + 2]))
            i += 2
        elif ch in "+-*/%<>=;{}()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise LangError(f"unexpected character {ch!r}")
    tokens.append(("end", None))
    return tokens


class Parser:
    LEVELS = [("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        token = self.tokens[self.pos]
        if (kind and token[0] != kind) or (value and token[1] != value):
            raise LangError(f"expected {value or kind}, found {token[1]!r}")
        self.pos += 1
        return token

    def block(self, closing):
        statements = []
        while self.peek() != closing:
            statements.append(self.statement())
        return ("block", statements)

    def statement(self):
        kind, value = self.peek()
        if (kind, value) == ("kw", "let"):
            self.take()
            name = self.take("name")[1]
            self.take("op", "=")
            expr = self.expression()
            self.take("op", ";")
            return ("let", name, expr)
        if (kind, value) == ("kw", "while"):
            self.take()
            cond = self.expression()
            return ("while", cond, self.braced())
        if (kind, value) == ("kw", "if"):
            self.take()
            cond = self.expression()
            then = self.braced()
            other = ("block", [])
            if self.peek() == ("kw", "else"):
                self.take()
                other = self.braced()
            return ("if", cond, then, other)
        if kind == "name" and self.tokens[self.pos + 1] == ("op", "="):
            self.take()
            self.take()
            expr = self.expression()
            self.take("op", ";")
            return ("set", value, expr)
        expr = self.expression()
        if self.peek() == ("op", ";"):
            self.take()
        return ("expr", expr)

    def braced(self):
        self.take("op", "{")
        body = self.block(("op", "}"))
        self.take("op", "}")
        return body

    def expression(self, level=0):
        if level == len(self.LEVELS):
            return self.atom()
        left = self.expression(level + 1)
        while self.peek()[0] == "op" and self.peek()[1] in self.LEVELS[level]:
            op = self.take()[1]
            left = ("binop", op, left, self.expression(level + 1))
        return left

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            return ("var", value)
        if (kind, value) == ("op", "("):
            inner = self.expression()
            self.take("op", ")")
            return inner
        if (kind, value) == ("op", "-"):
            return ("binop", "-", ("num", 0), self.atom())
        raise LangError(f"unexpected {value!r}")


def divide(a, b):
    if b == 0:
        raise LangError("division by zero")
    return a // b


OPERATORS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": divide, "%": lambda a, b: a % b if b else divide(a, b),
    "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b), "<=": lambda a, b: int(a <= b),
    ">=": lambda a, b: int(a >= b), "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise LangError(f"undefined name {node[1]}") from None
    if kind == "binop":
        return OPERATORS[node[1]](evaluate(node[2], env), evaluate(node[3], env))
    if kind == "block":
        result = None
        for statement in node[1]:
            result = evaluate(statement, env)
        return result
    if kind in ("let", "set"):
        env[node[1]] = evaluate(node[2], env)
        return None
    if kind == "while":
        while evaluate(node[1], env):
            evaluate(node[2], env)
        return None
    if kind == "if":
        return evaluate(node[2] if evaluate(node[1], env) else node[3], env)
    if kind == "expr":
        return evaluate(node[1], env)
    raise LangError(f"bad node {kind}")


def run(source):
    tree = Parser(tokenize(source)).block(("end", None))
    try:
        return f"= {evaluate(tree, {})}"
    except LangError as error:
        return f"error: {error}"


def main():
    results = {}
    for _ in range(REPEAT):
        for name, source in PROGRAMS.items():
            results[name] = run(source)
    for name, result in results.items():
        print(f"{name}: {result}")
    try:
        run("let x = 3 $ 4;")
    except LangError as error:
        print("syntax:", error)
    try:
        run("let = 4;")
    except LangError as error:
        print("syntax:", error)


main()
