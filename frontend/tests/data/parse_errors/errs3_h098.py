x = f'{"a" "b" b"c"}'
