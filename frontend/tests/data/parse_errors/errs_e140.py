f"{x:{y!r}}"
