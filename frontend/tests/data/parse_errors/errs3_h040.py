from .a import *, b
