raise x from y from z
