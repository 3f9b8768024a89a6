t'lambda{f"f'f"
    :  