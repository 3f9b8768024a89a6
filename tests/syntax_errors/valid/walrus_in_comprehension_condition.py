x = [z for z in w if (y := z)]
