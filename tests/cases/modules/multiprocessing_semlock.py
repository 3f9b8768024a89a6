# _multiprocessing.SemLock: a recursive mutex and a counting semaphore on POSIX named semaphores. The reference
# (emscripten) build has no _multiprocessing: the expected output was recorded with CPython 3.11 on Linux.
import os
import _multiprocessing
from _multiprocessing import SemLock

RECURSIVE_MUTEX, SEMAPHORE = 0, 1
name = "/ouro-case-%d" % os.getpid()

lock = SemLock(RECURSIVE_MUTEX, 1, 1, name, True)
print(lock.kind, lock.maxvalue, lock.name, type(lock.handle).__name__)
print(lock._count(), lock._is_mine(), lock._get_value(), lock._is_zero())
print(lock.acquire(), lock.acquire(), lock._count(), lock._is_mine(), lock._is_zero())
lock.release()
lock.release()
print(lock._count(), lock._is_mine(), lock._get_value())
try:
    lock.release()
except AssertionError as e:
    print("AssertionError:", e)
with lock:
    print("inside", lock._count())
print("after", lock._count())

sem = SemLock(SEMAPHORE, 2, 3, name, False)
print(sem.name == name, sem._get_value())
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(True, 0.05), sem.acquire(timeout=-1))
print(sem._count(), sem._is_zero())
sem.release()
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
print(sem._get_value())
sem._after_fork()
print(sem._count())

again = SemLock._rebuild(0, SEMAPHORE, 3, name)
print(type(again).__name__, again.kind, again.maxvalue, again._get_value())
try:
    SemLock(SEMAPHORE, 1, 1, name, False)
except FileExistsError as e:
    print("FileExistsError", e.errno)
_multiprocessing.sem_unlink(name)
try:
    _multiprocessing.sem_unlink(name)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    SemLock(5, 1, 1, name, True)
except ValueError as e:
    print("ValueError:", e)
print(SemLock.SEM_VALUE_MAX, SemLock.__module__, SemLock.__doc__)
