WHERE = 'ns2'
