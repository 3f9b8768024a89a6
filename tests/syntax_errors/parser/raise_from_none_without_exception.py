raise from None
