x = (rb'a', Rb'a', bR'a', BR'a', fr'{a}', Rf'{a}', tr'{a}', rT'{a}', u'a', U'a')
