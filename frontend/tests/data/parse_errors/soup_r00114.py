& with True ) " as < \
  . * else elif t"{x}" < . * >= , 	 = await type