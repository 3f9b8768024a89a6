x = tfr"abc"
