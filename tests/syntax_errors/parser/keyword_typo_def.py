defn calculate_sum(a, b):
  return a + b
