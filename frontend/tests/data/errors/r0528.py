t'1if0_09(é\N{ 0o7\
rf"x( 