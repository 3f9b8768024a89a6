x = fb"{a}"
