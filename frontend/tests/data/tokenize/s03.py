x = f"""abc
{x
  + 1}
def {y:
>10}"""
