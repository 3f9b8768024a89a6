f"{x # comment
}"
f"""{
  x  # c
  +y}"""
