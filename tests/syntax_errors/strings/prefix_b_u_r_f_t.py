burft"{x=}"
