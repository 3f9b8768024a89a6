s = "\N{LATIN SMALL LETTER A}" b"\x00" "\u1234"
