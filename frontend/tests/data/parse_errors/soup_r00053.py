** \
 else 0x1 ** ] é  async if  " -> class < is y & *a case y x