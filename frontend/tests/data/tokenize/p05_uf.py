x = uf"abc"
