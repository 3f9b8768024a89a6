t"{x}" " 
 finally await try await  break 1 f'{ 	 import "