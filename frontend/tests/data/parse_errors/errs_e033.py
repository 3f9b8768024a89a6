x.y: int, z
