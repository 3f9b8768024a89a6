yield { else for } } ] f" { await import b"x" is nonlocal ** ( try = def *a @ ; case x class case *a ) . 
 : nonlocal try None