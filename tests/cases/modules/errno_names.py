# errno: names and errorcode agree (numbers are platform-specific and not printed).
import errno

names = ['EPERM', 'ENOENT', 'ESRCH', 'EINTR', 'EIO', 'EBADF', 'ECHILD', 'EAGAIN', 'ENOMEM', 'EACCES',
         'EEXIST', 'ENOTDIR', 'EISDIR', 'EINVAL', 'ENOSPC', 'EPIPE', 'ERANGE', 'ENOTEMPTY',
         'ETIMEDOUT', 'ECONNREFUSED', 'EINPROGRESS', 'ENOSYS']
for n in names:
    print(n, errno.errorcode[getattr(errno, n)] == n)
print(errno.EWOULDBLOCK == errno.EAGAIN, type(errno.errorcode), all(type(k) is int for k in errno.errorcode))
print(all(getattr(errno, v) == k for k, v in errno.errorcode.items()))
for n, exc in [('ENOENT', FileNotFoundError), ('EEXIST', FileExistsError), ('EACCES', PermissionError),
               ('ENOTDIR', NotADirectoryError), ('EISDIR', IsADirectoryError), ('EAGAIN', BlockingIOError),
               ('ECHILD', ChildProcessError), ('EPIPE', BrokenPipeError), ('ESRCH', ProcessLookupError),
               ('ETIMEDOUT', TimeoutError), ('EINTR', InterruptedError), ('ECONNREFUSED', ConnectionRefusedError)]:
    e = OSError(getattr(errno, n), 'msg', 'file')
    print(n, type(e) is exc, e.strerror, e.filename)
