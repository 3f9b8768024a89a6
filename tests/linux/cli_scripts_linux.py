# What the command line runs, which the emscripten reference cannot show (it
# has no processes), run by tests/process_linux.rs: scripts by relative path,
# a directory and a zip file as the script, a zipapp archive, `-m` with a
# package and with the stdlib tools (json.tool, zipapp, calendar, base64,
# zipfile), compiled scripts and scripts that cannot be decoded. The expected stdout (cli_scripts_linux.stdout) is Linux
# CPython's (python3.11; 3.14 prints the same for everything here).
import os
import subprocess
import sys
import tempfile
import zipfile


def run(*args, stdin=None):
    r = subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True, cwd=tmp)
    def clean(text):
        return text.replace(tmp, "<tmp>").replace(sys.executable, "<python>")
    print(f"$ python {' '.join(args)}  -> {r.returncode}")
    print(clean(r.stdout), end="")
    if r.stderr:
        print("stderr:", clean(r.stderr), end="")


MAIN = (
    "import sys\n"
    "import helper\n"
    "print('main', __name__, __file__, __spec__ and __spec__.name, sys.argv, sys.path[0])\n"
)

with tempfile.TemporaryDirectory() as tmp:
    tmp = os.path.realpath(tmp)
    os.mkdir(os.path.join(tmp, "app"))
    with open(os.path.join(tmp, "app", "__main__.py"), "w") as f:
        f.write(MAIN)
    with open(os.path.join(tmp, "app", "helper.py"), "w") as f:
        f.write("print('helper', __file__)\n")
    with zipfile.ZipFile(os.path.join(tmp, "app.zip"), "w") as z:
        z.writestr("__main__.py", MAIN)
        z.writestr("helper.py", "print('zip helper', __file__)\n")
    os.mkdir(os.path.join(tmp, "empty"))
    with open(os.path.join(tmp, "script.py"), "w") as f:
        f.write("import sys\nprint(__file__, sys.argv, sys.path[0])\n")

    run("script.py", "x")
    run("./script.py")
    run("app", "a", "b")
    run("app.zip", "c")
    run("empty")
    os.mkdir(os.path.join(tmp, "pkgapp"))
    with open(os.path.join(tmp, "pkgapp", "__init__.py"), "w") as f:
        f.write("print('pkgapp init', __name__)\n")
    with open(os.path.join(tmp, "pkgapp", "__main__.py"), "w") as f:
        f.write("import sys\nfrom . import part\nprint('pkgapp main', __name__, __package__, __spec__.name, sys.argv, sys.path[0], part.NAME)\n")
    with open(os.path.join(tmp, "pkgapp", "part.py"), "w") as f:
        f.write("NAME = __name__\n")
    run("-m", "pkgapp", "d")
    run("-m", "zipapp", "app", "-o", "built.pyz", "-p", "/usr/bin/env python3")
    run("-m", "zipapp", "built.pyz", "--info")
    run("built.pyz", "e")
    run("-m", "json.tool", "--sort-keys", stdin='{"b": [1, 2.5, null], "a": {"z": "\\u00e9"}}')
    run("-m", "calendar", "2024", "2")
    with open(os.path.join(tmp, "data.bin"), "wb") as f:
        f.write(bytes(range(64)))
    run("-m", "base64", "-e", "data.bin")
    run("-m", "base64", "-d", stdin="aGVsbG8gd29ybGQ=\n")
    info = zipfile.ZipInfo("dated.txt", date_time=(2001, 2, 3, 4, 5, 6))
    with zipfile.ZipFile(os.path.join(tmp, "dated.zip"), "w") as z:
        z.writestr(info, "dated contents\n")
    run("-m", "zipfile", "-l", "dated.zip")
    run("-m", "zipfile", "-t", "dated.zip")
    run("-m", "zipfile", "-c", "made.zip", "script.py", "app")
    with zipfile.ZipFile(os.path.join(tmp, "made.zip")) as z:
        print(sorted(z.namelist()))

    # Compiled scripts, and scripts that cannot run: a garbage .pyc, bytes
    # that are not UTF-8, an unknown coding cookie, a cookie against a BOM.
    run("-c", "import py_compile; py_compile.compile('script.py', cfile='compiled.pyc')")
    run("compiled.pyc", "f")
    for name, data in [("garbage.pyc", b"\x00\xffnot compiled code"), ("latin.py", b'x = "caf\xe9"\n'),
                       ("cookie.py", b"# coding: no-such-codec\nx = 1\n"), ("bom.py", b"\xef\xbb\xbf# coding: latin-1\nx = 1\n")]:
        with open(os.path.join(tmp, name), "wb") as f:
            f.write(data)
        run(name)

