# Carets for a failing subscript in a chain of subscripts: the failing index is marked with ^ and the value with ~
config = {"server": {"ports": [80, 443], "names": {"main": "a"}}}
def lookup(cfg):
    return cfg["server"]["ports"][0] + cfg["server"]["names"]["backup"]
lookup(config)
