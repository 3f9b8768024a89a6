
	....else'}1.5j'