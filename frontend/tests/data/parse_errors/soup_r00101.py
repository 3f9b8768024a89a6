 "a" class *a \N{ ; async global finally def #c "a" async t"{x}" del else elif := < ''' in await 1 [      while while async \
