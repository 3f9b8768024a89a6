t"hello {name}!" tr"raw {x}\{" Rt'{x!r}' T"""a
{b}"""
