# multiprocessing with the fork start method: Process, Pipe, Lock and a Value and an Array in shared
# memory. The reference (emscripten) build cannot start processes: the expected output was recorded with CPython
# 3.11 on Linux.
import multiprocessing as mp


def worker(conn, lock, value, array, n):
    with lock:
        value.value += n
        for i in range(len(array)):
            array[i] = array[i] * 2
        conn.send(("hello", n, mp.current_process().name.split("-")[0]))
    conn.close()


def run(method):
    ctx = mp.get_context(method)
    parent, child = ctx.Pipe()
    lock = ctx.Lock()
    value = ctx.Value("i", 10)
    array = ctx.Array("d", [1.0, 2.5, 4.0])
    p = ctx.Process(target=worker, args=(child, lock, value, array, 42))
    p.start()
    print(method, parent.recv())
    p.join()
    print(method, "exitcode", p.exitcode, "value", value.value, "array", array[:])


if __name__ == "__main__":
    run("fork")
