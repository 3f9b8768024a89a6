

# coding: latin-1
