# The built-in exception hierarchy: bases of every common exception.
names = ["BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError", "FloatingPointError",
         "LookupError", "IndexError", "KeyError", "ValueError", "UnicodeError", "UnicodeDecodeError", "TypeError",
         "NameError", "UnboundLocalError", "AttributeError", "RuntimeError", "RecursionError", "NotImplementedError",
         "StopIteration", "StopAsyncIteration", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "OSError",
         "FileNotFoundError", "PermissionError", "TimeoutError", "ConnectionError", "BrokenPipeError", "ImportError",
         "ModuleNotFoundError", "SyntaxError", "IndentationError", "TabError", "AssertionError", "EOFError",
         "MemoryError", "BufferError", "ReferenceError", "Warning", "DeprecationWarning", "SyntaxWarning",
         "UserWarning", "BaseExceptionGroup", "ExceptionGroup", "PythonFinalizationError"]
import sys
for name in names:
    cls = eval(name)
    print(name, "<-", ", ".join(b.__name__ for b in cls.__bases__))
print(EnvironmentError is OSError, IOError is OSError)
