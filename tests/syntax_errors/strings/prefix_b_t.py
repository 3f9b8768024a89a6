x = bt'{a}'
