# String literal forms: quotes, triple quotes, escapes, adjacency.
print('single', "double", '''triple
single''', """triple
double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab\there", "nl\\n", "bell\a".encode(), "\x41\x42", "\101\102", "\u00e9", "\U0001F600".encode())
print("\N{LATIN SMALL LETTER A WITH GRAVE}", "\N{GREEK SMALL LETTER ALPHA}")
print(len("\0"), len("\377"), repr("\377"), "\1" "\12" "\123")
print("abc" "def", 'x' "y" '''z''')
print("line one \
continued")
print(repr("\r\n\t\v\f\b"))
print(repr('\''), repr("\""), repr('"\''))
print("""a\
b""")
print(len(""), len(''), len(""""""))
s = """
  indented
"""
print(repr(s))
