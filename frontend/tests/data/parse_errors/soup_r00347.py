type yield y - not t"{x}"      nonlocal } ->  } else global = , True -> 1 @ t"{x}" é ] . < finally try class { match 
 del type None except with