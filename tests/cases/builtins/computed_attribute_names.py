# Strings built at run time that equal built-in method names hash like the literals (getattr, dict keys, sets).
name = ''.join(['app', 'end'])
print(name == 'append', hash(name) == hash('append'))
print(getattr([], name).__name__, {'append': 1}.get(name), name in {'append'})
for parts in (['__', 'len', '__'], ['ke', 'ys'], ['__init', '__'], ['split', 'lines']):
    n = ''.join(parts)
    print(n, hash(n) == hash(n[:]), n in dir(str) or n in dir(dict) or n in dir(list), hasattr({}, n) or hasattr('', n))
