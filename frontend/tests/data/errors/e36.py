a b )
