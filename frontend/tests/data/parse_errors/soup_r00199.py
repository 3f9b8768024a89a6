b"x" == f" \
 *a ~ *a ~ match ** in } ... True ** await t"{x}" await while " if b"x" @ async t"{x}"  f'{ !r try finally