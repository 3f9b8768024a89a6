# `-m json.tool` run the way -m runs it (runpy.run_module as __main__ with sys.argv altered): indent, sort keys, compact, json lines, tab, and invalid input
import os
import sys
import runpy
import tempfile

sys.path.insert(0, __file__.rpartition('/')[0] + '/_pkgs')
from run_m import run_m


with tempfile.TemporaryDirectory() as tmp:
    data = os.path.join(tmp, 'data.json')
    with open(data, 'w') as f:
        f.write('{"b": [1, 2.5, null, true], "a": {"z": "\\u00e9", "y": []}}')
    run_m('json.tool', data)
    run_m('json.tool', '--sort-keys', data)
    run_m('json.tool', '--indent', '1', data)
    run_m('json.tool', '--compact', data)
    run_m('json.tool', '--tab', data)
    run_m('json.tool', '--no-ensure-ascii', data)
    lines = os.path.join(tmp, 'lines.json')
    with open(lines, 'w') as f:
        f.write('{"x": 1}\n[2, 3]\n"four"\n')
    run_m('json.tool', '--json-lines', lines)
    out = os.path.join(tmp, 'out.json')
    run_m('json.tool', '--sort-keys', data, out)
    with open(out) as f:
        print(f.read())
    bad = os.path.join(tmp, 'bad.json')
    with open(bad, 'w') as f:
        f.write('{"a": 1,}')
    run_m('json.tool', bad)
    run_m('json.tool', os.path.join(tmp, 'missing.json'))
