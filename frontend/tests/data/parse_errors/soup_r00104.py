] elif !r = != - ) with = type ) None 
 -> >= ... !r True if ~ ... ; :=