# re on big inputs: the matcher backtracks over an explicit stack, so long subjects and deep repeats need no recursion.
import re

n = 100000
print(len(re.match('(a|b)*', 'a' * n).group()))
print(re.match('(a|b)*', 'ab' * n).span(1))
print(re.match('(?:a|b)*c', 'ab' * n + 'c').end())
print(re.match('(a|b)*?c', 'ab' * n + 'c').span(1))
print(re.match('((a)|b)*', 'ab' * n).span(2))
print(re.match('(?:(a)|b)+$', 'ba' * n).span(1))
print(re.fullmatch('(x+x+)+y', 'x' * 18) is None)
print(len(re.findall(r'\w+', 'word ' * n)))
print(len(re.split(',', ',' * n)))
print(len(re.sub('a', 'bb', 'a' * n)))
print(re.search('needle', 'hay' * n + 'needle').span())
print(re.search('ne+dle$', 'hay' * n + 'neeeedle').span())
print(re.search(r'(\d+)-(\d+)', 'x' * n + '12-34').groups())
print(re.match('(?:a{1,3}){1000}', 'a' * 3000).end())
print(re.match('a{65535}', 'a' * 70000).end())
print(re.match('(?>a*)*b', 'a' * n + 'b').end())
print(re.match('(?:a*+)*b', 'a' * n + 'b').end())
print(re.match('(a*)+b', 'a' * 1000 + 'b').span(1))
s = 'é' * n + 'Ω' * n + '😀' * n
print(re.search('Ω+', s).span(), re.search('😀+', s).span(), len(re.findall('[éΩ😀]{1000}', s)))
print(re.search('(?i)É+', s).span())
print(len(re.compile('(' * 100 + 'a' + ')' * 100).match('a').groups()))
print(re.compile('|'.join('w%d' % i for i in range(500))).search('xx w499').span())
