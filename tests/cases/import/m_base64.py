# `-m base64`: encode and decode a file, the default (encode), and a missing file
import os
import sys
import tempfile

sys.path.insert(0, __file__.rpartition('/')[0] + '/_pkgs')
from run_m import run_m


with tempfile.TemporaryDirectory() as tmp:
    plain = os.path.join(tmp, 'plain.bin')
    with open(plain, 'wb') as f:
        f.write(bytes(range(256)) + b'The quick brown fox jumps over the lazy dog\n' * 3)
    run_m('base64', '-e', plain)
    run_m('base64', plain)
    encoded = os.path.join(tmp, 'encoded.txt')
    with open(encoded, 'w') as f:
        f.write('aGVsbG8sIHdvcmxkIQpzZWNvbmQgbGluZQo=\n')
    run_m('base64', '-d', encoded)
    run_m('base64', '-u', encoded)
    run_m('base64', os.path.join(tmp, 'missing'))
    run_m('base64', '-x')
