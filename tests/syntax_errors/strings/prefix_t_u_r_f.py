turf"{x=}"
