with a, b,: pass
