_ = 1
match x:
    case _:
        pass
