x = f"{"a"
