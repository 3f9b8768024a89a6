x = a < > b
