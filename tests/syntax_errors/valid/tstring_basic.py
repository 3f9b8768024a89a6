x = t'{a!r:>{w}} and {b=}'
