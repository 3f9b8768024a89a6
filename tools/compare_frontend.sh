#!/bin/sh
# Compare Ouro's front-end dumps with CPython 3.14's over the stdlib (or the
# files given) and print the share of identical dumps and the first differing
# files.  Usage, from the repository root after `cargo build -p ouro`:
#     tools/compare_frontend.sh ast|errors [FILE...]
set -eu
mode=$1; shift
if [ $# -eq 0 ]; then
    stdlib=${STDLIB:-/tmp/stdlib314}
    set -- $(find "$stdlib" -name '*.py' -not -path '*pyodide*' | sort)
fi
ref=$(mktemp -d); ours=$(mktemp -d)
../shared/tools/cpython3.14 ../shared/tools/refdump.py "$mode" --out "$ref" "$@" >/dev/null 2>&1 || true
target/debug/ouro --dump "$mode" --out "$ours" "$@" >/dev/null 2>&1 || true
same=0; total=0; differing=""
for f in "$@"; do
    dump="${f#/}.$mode"
    total=$((total + 1))
    if cmp -s "$ref/$dump" "$ours/$dump"; then
        same=$((same + 1))
    else
        differing="$differing $f"
    fi
done
echo "$same of $total dumps identical"
for f in $(echo "$differing" | tr ' ' '\n' | head -20); do echo "differs: $f"; done
rm -rf "$ref" "$ours"
