lambda - #c é ] None type ) for f" f" async -> yield é except return 1 with finally " None f'{ \
 ,