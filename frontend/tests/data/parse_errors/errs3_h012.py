for x in: pass
