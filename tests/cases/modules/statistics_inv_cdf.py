# _statistics._normal_dist_inv_cdf: Wichura's AS241 in all three regions, and its errors.
import _statistics

f = _statistics._normal_dist_inv_cdf
for p in [1e-300, 1e-20, 1e-10, 0.001, 0.02425, 0.074, 0.075, 0.3, 0.5, 0.5 + 1e-12, 0.7, 0.925, 0.926,
          0.999, 0.999999, 1 - 1e-16]:
    print(p, f(p, 0, 1), f(p, 10, 2.5), f(p, -1, -3))
print(f(0.3, 1, 2), f(True * 0.5, 0, 1), f(0.25, 2**10, 1))
for args in [(0, 0, 1), (1, 0, 1), (0.5, 0, 0), (float("nan"), 0, 1), (-0.1, 0, 1), (0.5,), ("a", 0, 1), (0.5, 0, None)]:
    try:
        print(args, f(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
