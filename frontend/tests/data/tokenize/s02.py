f"{f"{f"{1}"}"}"
f"{'a' if x else "b"}"
f"{x:{y:{z}}}"
