x = [i for i in y if (i := 1)]
