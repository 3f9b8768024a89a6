from a import с as d[e], b
