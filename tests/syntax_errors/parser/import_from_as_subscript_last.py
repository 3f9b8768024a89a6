from a import b, с as d[e]
