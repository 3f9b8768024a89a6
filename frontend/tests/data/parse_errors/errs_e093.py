for x in y:
    continue
else:
  break
