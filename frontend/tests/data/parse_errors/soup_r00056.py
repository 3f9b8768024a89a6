!r for }  await del , & [ nonlocal ~ { 0x1 else as import match def pass . break + break != class t"{x}" import \
 ... del !r