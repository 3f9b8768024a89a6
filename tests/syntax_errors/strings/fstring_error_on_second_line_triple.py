x = f'''abc
{a b}
'''
