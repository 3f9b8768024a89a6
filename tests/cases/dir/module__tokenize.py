# sorted(dir(_tokenize)), one name per line
import _tokenize

for name in sorted(dir(_tokenize)):
    print('_tokenize', name)
