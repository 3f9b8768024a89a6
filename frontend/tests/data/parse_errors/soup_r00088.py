** except 1 := is , } *a b"x" . < } from await != break not { with !r ; " ~ #c and is 	 
 0x1