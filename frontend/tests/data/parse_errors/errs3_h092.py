match x:
    case f"a{b}":
        pass
