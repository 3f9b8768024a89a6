x = r'''abc
