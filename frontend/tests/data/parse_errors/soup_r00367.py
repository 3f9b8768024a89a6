except ,  } | if , match y -> await rb"\d" type match [ not != if := & except y is \
 ; := as "