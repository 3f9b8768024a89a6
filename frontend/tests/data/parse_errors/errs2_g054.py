with (a, b,) x: pass
