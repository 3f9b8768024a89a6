x = f'''abc {a}
