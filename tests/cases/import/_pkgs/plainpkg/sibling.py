print('plainpkg.sibling: init')
def helper():
    return 'helper'
