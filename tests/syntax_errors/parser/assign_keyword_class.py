class = 'Mammalia'
