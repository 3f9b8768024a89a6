x = "\N{latin_small_letter_a}"
