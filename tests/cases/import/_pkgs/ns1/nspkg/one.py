WHERE = 'ns1'
