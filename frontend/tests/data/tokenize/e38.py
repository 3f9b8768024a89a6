a = (
b c
