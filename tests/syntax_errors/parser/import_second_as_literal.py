import a, a.b as 1
