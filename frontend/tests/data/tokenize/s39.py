  # indented comment first
x = 1
