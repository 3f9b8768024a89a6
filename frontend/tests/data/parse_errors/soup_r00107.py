!r \
 =  1 break if 
 x def import def : not #c } with del case else await async try