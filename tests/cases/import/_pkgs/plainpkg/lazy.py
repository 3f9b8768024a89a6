"""PEP 562: module __getattr__ and __dir__."""
_calls = []

def __getattr__(name):
    _calls.append(name)
    if name == 'computed':
        return 42
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__():
    return ['computed', 'extra']
