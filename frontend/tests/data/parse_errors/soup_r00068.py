None finally in while ... del y is not 
