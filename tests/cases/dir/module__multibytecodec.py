# sorted(dir()) of _multibytecodec and of its types, one name per line
import _codecs_jp
import _multibytecodec

for name in sorted(dir(_multibytecodec)):
    print(name)
codec = _codecs_jp.getcodec("shift_jis")
for t in (type(codec), _multibytecodec.MultibyteIncrementalEncoder, _multibytecodec.MultibyteIncrementalDecoder,
          _multibytecodec.MultibyteStreamReader, _multibytecodec.MultibyteStreamWriter):
    print("---", t.__name__, t.__module__)
    for name in sorted(dir(t)):
        print(name)
