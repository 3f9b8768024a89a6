[}}if)"xf'{rb'1if
  := 