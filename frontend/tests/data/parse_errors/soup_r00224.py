( nonlocal return while      async < for é !r ''' ( x class except \
 ** ; - , pass None * { t"{x}"