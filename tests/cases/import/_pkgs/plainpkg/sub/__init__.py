print('plainpkg.sub: init', __package__)
