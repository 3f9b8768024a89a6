x = f"{x:%H:%M}" f"{x:{'a'}}" f"{x!r:{w}}"
