case = 1
match = 2
type = 3
_ = 4
