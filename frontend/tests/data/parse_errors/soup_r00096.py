** \N{ elif x 
 case else [ 0x1 with *a yield from yield yield x \N{ < while f'{ try f" "a" type True >= .  -> type 1 del != not = =