# An ExceptionGroup with more than 15 members: the first 15 are printed, then "and N more exceptions"
errors = [ValueError(f"error {i}") for i in range(20)]
raise ExceptionGroup("many errors", errors)
