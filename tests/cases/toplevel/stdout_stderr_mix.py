# Output written to both streams, then an uncaught exception: streams are kept separate.
import sys
for i in range(3):
    print("out", i)
    print("err", i, file=sys.stderr)
sys.stderr.write("no newline at end of stderr")
sys.stdout.write("no newline at end of stdout")
