# Malformed pickles raise CPython's exceptions instead of crashing: a memo index far past the
# objects loaded so far (LONG_BINPUT 0xffffffff once aborted on allocation) and text INT/LONG/GET/PUT
# lines that are not UTF-8 (CPython's PyLong_FromString raises UnicodeDecodeError for LONG, GET and
# PUT; INT says ValueError).
import pickle


def show(data):
    try:
        print(repr(pickle.loads(data)))
    except (UnicodeDecodeError, pickle.UnpicklingError) as e:
        print(type(e).__name__, e)
    except Exception as e:
        print(type(e).__name__)


# Far indices work as memo keys: stored, then fetched back. (CPython allocates a slot for every
# index below, so a huge one is a MemoryError there, or not, depending on the machine: the indices
# here stay small enough for any.)
show(b"\x80\x04]\x94(K\x01r\x00\x00\x01\x00h\x00j\x00\x00\x01\x00e.")
show(b"\x80\x04K\x07j\x00\x00\x20\x00.")
show(b"I1\xbe8\n.")
show(b"I12\n.")
show(b"L10\xd7\x03L\n.")
show(b"L123L\n.")
show(b"I1x\n.")
show(b"I00\n.")
show(b"I01\n.")
show(b"(lp0\nI1\nag\x890\n.")
show(b"(lp0\nI1\nag0x\n.")
show(b"(lp0\nI1\nap1\xbe\n.")
show(b"I\xbe\n.")
show(b"\x80\x03}q\x00X\x01\x00\x00\x00aq\xffr\xff\x00\x00\x00K\x01s.")

import io

u = pickle.Unpickler(io.BytesIO(b"\x80\x04K\x05r\x00\x00\x10\x00K\x06r\x03\x00\x00\x00."))
print(u.load(), sorted(u.memo.copy().items()))
