< f'{ f" async if b"x" : & - None elif t"{x}" while [ f'{ match ''' : * ) } #c return type def except \
 async match nonlocal True !=