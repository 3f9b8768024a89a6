f('abc' x 'def')
