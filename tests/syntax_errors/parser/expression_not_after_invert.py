x = ~not a
