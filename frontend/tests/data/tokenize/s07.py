f"{lambda x: x}" f"{x:=5}" f"{(x:=5)}" f"{x!=y}" f"{a[1:2]}" f"{d['k']}"
