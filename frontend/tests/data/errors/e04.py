x = f"""abc {x}

