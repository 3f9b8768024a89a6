x = '''line
\x'''
