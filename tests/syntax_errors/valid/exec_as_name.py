exec = 1
print = exec
