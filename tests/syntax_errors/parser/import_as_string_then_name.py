import a.b as 'a', a
