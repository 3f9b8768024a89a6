[
123 fur x
in range(3)
if x
]
