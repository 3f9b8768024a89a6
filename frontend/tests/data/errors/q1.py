x = ub + bu
