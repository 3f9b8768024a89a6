x = tf"abc"
