def f():
    x = await
