x = "hello" name "world"
