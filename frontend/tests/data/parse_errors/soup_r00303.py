, "a" nonlocal - lambda  async \
 async | == \N{ pass ( " finally "