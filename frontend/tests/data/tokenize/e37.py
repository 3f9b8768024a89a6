a b
c = "abc
