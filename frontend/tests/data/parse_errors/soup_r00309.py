\
 is \
 } if del "a" 
 global rb"\d" 1 try await , lambda finally - def in !=