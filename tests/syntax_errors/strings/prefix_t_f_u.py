tfu"{x=}"
