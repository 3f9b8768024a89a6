x = urb"abc"
