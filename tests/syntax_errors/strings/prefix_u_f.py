x = uf'{a}'
