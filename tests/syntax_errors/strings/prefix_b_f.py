x = bf'{a}'
