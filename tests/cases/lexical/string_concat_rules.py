# Adjacent literal concatenation: mixing str, f-string, raw, bytes and t-strings.
x = 5
print("a" f"{x}" r"\n" 'b')
print(b"a" rb"\n" B"c")
print(f"{x}" f"{x + 1}" "tail")
print(("implicit"
       " join"
       f" {x}"))
for src in ['"a" b"b"', 'b"a" "b"', 'f"a" b"b"', 't"a" "b"', '"a" t"{1}"', 't"a" t"b"']:
    try:
        v = eval(src)
        print(f"{src!r:14}", type(v).__name__)
    except SyntaxError as e:
        print(f"{src!r:14}", e.msg)
print(len("ab" "cd"), "x" "y" == "xy")
