match x:
    case C(1, 2, a=3) | D(b=[*_]) | E():
        pass
    case {**kw}:
        pass
