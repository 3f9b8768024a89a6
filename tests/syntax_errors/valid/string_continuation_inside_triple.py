x = """abc\
"""
