match a, *b:
    case [1, *c]:
        pass
