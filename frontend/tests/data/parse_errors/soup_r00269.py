| | is  "a" 0x1 with      f" @ elif is " type \
 ) \
  + True and * * \
 [  await