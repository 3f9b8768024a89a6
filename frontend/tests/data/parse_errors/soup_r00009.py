\
 def with [ =