try: pass
except TypeError as name: raise from None
