match x:
    case C(1, a=1, b, c):
        pass
