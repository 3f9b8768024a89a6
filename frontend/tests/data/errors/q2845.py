f"lambda y: y'({{#cpass{x
]}}{x=}