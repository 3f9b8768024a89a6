# _csv: odd dialect arguments (surrogates, bool/huge/negative quoting, bad dialect names) and escapes across lines
import _csv
for kw in [dict(delimiter='\ud800'), dict(quotechar='\udfff', strict=True), dict(escapechar='\x00'), dict(lineterminator=''), dict(quoting=True), dict(quoting=2**70), dict(quoting=-1), dict(dialect=1), dict(dialect='nope')]:
    try:
        print(list(_csv.reader(['a\udfffb"c"', '"x\udfff'], **kw)))
    except Exception as e:
        print(type(e).__name__, e)
print(_csv.field_size_limit(-1))
print(list(_csv.reader(['a\\\n', 'b'], escapechar='\\')), list(_csv.reader(['"a\\', 'b"'], escapechar='\\')))
