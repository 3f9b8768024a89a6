x = t'\x4{a}'
