brft"{x=}"
