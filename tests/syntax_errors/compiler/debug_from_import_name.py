from a import __debug__
