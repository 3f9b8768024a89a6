elif *a elif , def 	 rb"\d" \N{ := \
 from f'{ -> t"{x}" global : del ] return True in *     