match x:
    case {'a': y, 'b': y}:
        pass
