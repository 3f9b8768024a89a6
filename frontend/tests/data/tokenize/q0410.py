lambda y: y

,,f"{#c\N{DASH}f",pass