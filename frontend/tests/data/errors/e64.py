x = f"{a:b
}"
