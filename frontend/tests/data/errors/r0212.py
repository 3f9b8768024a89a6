\
...f'{lambda)  0o71.5jx=