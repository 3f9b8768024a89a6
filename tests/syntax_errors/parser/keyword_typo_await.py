async def foo():
  awaid fetch_data()
