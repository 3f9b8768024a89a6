x = t'{a! r}'
