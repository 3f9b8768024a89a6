x: int: str
