finally := \
 f'{ @ x lambda >= for == >= break as ... with != } [ is { for & in }