 def | } not -> \
 } del in + } ->