print('plainpkg.raiser: running')
raise ValueError('raised during import')
