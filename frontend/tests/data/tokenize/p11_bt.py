x = bt"abc"
