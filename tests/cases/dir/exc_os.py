# sorted(dir()) of each exception class in a family (OSError, BlockingIOError, ChildProcessError, ...), one name per line

for cls in (OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,):
    for name in sorted(dir(cls)):
        print(cls.__name__, name)
