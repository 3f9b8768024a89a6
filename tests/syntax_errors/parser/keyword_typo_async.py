asynch def fetch_data():
  pass
