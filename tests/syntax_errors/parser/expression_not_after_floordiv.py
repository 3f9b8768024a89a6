x = a // not b
