a, b


