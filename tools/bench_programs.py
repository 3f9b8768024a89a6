"""The benchmark programs of benches/programs, for tools/bench-vs-cpython and tools/check-bench-programs.

Each program takes an optional size as its first argument and names a small
one in a `# small size: N` line (the criterion and iai-callgrind benches and
the reference check run that); its output at the default size is recorded in
<name>.expected beside it.
"""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS_DIR = ROOT / "benches" / "programs"
SMALL_SIZE = re.compile(r"^# small size: (\d+)$", re.MULTILINE)


class Program:
    def __init__(self, path):
        self.path = path
        self.name = path.stem
        self.expected_path = path.with_suffix(".expected")
        found = SMALL_SIZE.search(path.read_text())
        if found is None:
            sys.exit(f"{path}: no '# small size: N' line")
        self.small_size = found.group(1)

    def expected(self):
        return self.expected_path.read_text() if self.expected_path.exists() else None


def programs(names):
    """The programs called `names` (file names or stems), or all of them when `names` is empty."""
    if not names:
        return [Program(path) for path in sorted(PROGRAMS_DIR.glob("*.py"))]
    chosen = []
    for name in names:
        path = PROGRAMS_DIR / (Path(name).stem + ".py")
        if not path.exists():
            sys.exit(f"no benchmark program {path}")
        chosen.append(Program(path))
    return chosen


def real_python(command):
    """The executable behind `command`, so a pyenv shim's start-up is not timed."""
    try:
        result = subprocess.run([command, "-c", "import sys; print(sys.executable)"],
                                capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        sys.exit(f"cannot run {command}: {error}")
    return result.stdout.strip()
