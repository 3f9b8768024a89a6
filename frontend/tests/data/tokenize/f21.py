x = f"{a:{b!r}}" + f"{
