# deliberately ends with an uncaught exception: output printed before it must appear, then the traceback goes to stderr and the exit status is 1
def fail(depth):
    if depth == 0:
        raise ValueError('uncaught at the end')
    fail(depth - 1)

print('before the failure')
for i in range(3):
    print('line', i)
fail(2)
print('never printed')
