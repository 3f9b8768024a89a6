# SyntaxError messages for malformed f-strings.
sources = [
    'f"{}"', 'f"{ }"', 'f"{x!}"', 'f"{x!z}"', 'f"{x=!}"', 'f"{"', 'f"}"', 'f"{x:{y:{z:{w}}}}"',
    'f"{x!r=}"', 'f"{lambda x: 1}"', 'f"{yield}"', 'f"{*x}"', 'f"{x:}"', 'f"{x!r:}"', "f'{a['b']}'",
    'f"{#}"', 'f"{x #comment}"', 'f"{\\n}"', 'f"{1:{2:{3}}}"', 't"{}"',
]
for src in sources:
    try:
        compile(src, "<case>", "eval")
        print(f"{src!r:24} compiled")
    except SyntaxError as e:
        print(f"{src!r:24} {e.msg}")
