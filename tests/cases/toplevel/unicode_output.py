# Non-ASCII text written to stdout and stderr is encoded as UTF-8.
import sys
print("héllo wörld ☃ 🐍 日本")
print("é" * 3, "\u00e9" == "é", len("🐍"))
print("stderr: ünïcödé ✓", file=sys.stderr)
print("\u200b|zero width|\u200b")
print("tab\tand\nnewline")
