
 pass >= lambda  != return except := -> yield >= break & , 0x1 ; - type def } not < break and async & is } ( . ; None async