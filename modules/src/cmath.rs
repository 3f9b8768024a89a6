//! `cmath`: complex functions with C99 Annex G special values and CPython's overflow-avoiding formulas; mirrors Modules/cmathmodule.c.

use std::f64::consts::{E, LN_2, LN_10, PI};

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::complex::{self, as_complex};
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, overflow_error, value_error};
use ouro_objects::float::{self, float_of};
use ouro_objects::module::Module;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, bool as pybool};

type C = (f64, f64);

/// CPython's `errno` after a complex function: none, EDOM or ERANGE.
#[derive(Clone, Copy, PartialEq)]
enum Errno {
    Ok,
    Domain,
    Range,
}

const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
const P: f64 = PI;
const P14: f64 = 0.25 * PI;
const P12: f64 = 0.5 * PI;
const P34: f64 = 0.75 * PI;
/// Cells of the tables that finite arguments never reach.
const U: f64 = -9.542_631_940_771_103e33;

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
/// Subnormal arguments are scaled by 2**SCALE_UP before a square root.
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -(SCALE_UP + 1) / 2;

fn sqrt_large_double() -> f64 {
    LARGE_DOUBLE.sqrt()
}

fn log_large_double() -> f64 {
    LARGE_DOUBLE.ln()
}

/// The row or column of a special-value table for `d`: -inf, negative,
/// -0, +0, positive, +inf, nan.
fn special_type(d: f64) -> usize {
    if d.is_nan() {
        6
    } else if d.is_infinite() {
        if d > 0.0 { 5 } else { 0 }
    } else if d != 0.0 {
        if d > 0.0 { 4 } else { 1 }
    } else if d.is_sign_positive() {
        3
    } else {
        2
    }
}

type Table = [[C; 7]; 7];

fn special(table: &Table, z: C) -> C {
    table[special_type(z.0)][special_type(z.1)]
}

/// Annex G's values for non-finite arguments, by (real, imag) special type.
const ACOS_SV: Table = [
    [
        (P34, INF),
        (P, INF),
        (P, INF),
        (P, -INF),
        (P, -INF),
        (P34, -INF),
        (N, INF),
    ],
    [
        (P12, INF),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (P12, -INF),
        (N, N),
    ],
    [
        (P12, INF),
        (U, U),
        (P12, 0.),
        (P12, -0.),
        (U, U),
        (P12, -INF),
        (P12, N),
    ],
    [
        (P12, INF),
        (U, U),
        (P12, 0.),
        (P12, -0.),
        (U, U),
        (P12, -INF),
        (P12, N),
    ],
    [
        (P12, INF),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (P12, -INF),
        (N, N),
    ],
    [
        (P14, INF),
        (0., INF),
        (0., INF),
        (0., -INF),
        (0., -INF),
        (P14, -INF),
        (N, INF),
    ],
    [(N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N)],
];

const ACOSH_SV: Table = [
    [
        (INF, -P34),
        (INF, -P),
        (INF, -P),
        (INF, P),
        (INF, P),
        (INF, P34),
        (INF, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (0., -P12),
        (0., P12),
        (U, U),
        (INF, P12),
        (N, P12),
    ],
    [
        (INF, -P12),
        (U, U),
        (0., -P12),
        (0., P12),
        (U, U),
        (INF, P12),
        (N, P12),
    ],
    [
        (INF, -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P14),
        (INF, -0.),
        (INF, -0.),
        (INF, 0.),
        (INF, 0.),
        (INF, P14),
        (INF, N),
    ],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

const ASINH_SV: Table = [
    [
        (-INF, -P14),
        (-INF, -0.),
        (-INF, -0.),
        (-INF, 0.),
        (-INF, 0.),
        (-INF, P14),
        (-INF, N),
    ],
    [
        (-INF, -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (-INF, P12),
        (N, N),
    ],
    [
        (-INF, -P12),
        (U, U),
        (-0., -0.),
        (-0., 0.),
        (U, U),
        (-INF, P12),
        (N, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (0., -0.),
        (0., 0.),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P14),
        (INF, -0.),
        (INF, -0.),
        (INF, 0.),
        (INF, 0.),
        (INF, P14),
        (INF, N),
    ],
    [
        (INF, N),
        (N, N),
        (N, -0.),
        (N, 0.),
        (N, N),
        (INF, N),
        (N, N),
    ],
];

const ATANH_SV: Table = [
    [
        (-0., -P12),
        (-0., -P12),
        (-0., -P12),
        (-0., P12),
        (-0., P12),
        (-0., P12),
        (-0., N),
    ],
    [
        (-0., -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (-0., P12),
        (N, N),
    ],
    [
        (-0., -P12),
        (U, U),
        (-0., -0.),
        (-0., 0.),
        (U, U),
        (-0., P12),
        (-0., N),
    ],
    [
        (0., -P12),
        (U, U),
        (0., -0.),
        (0., 0.),
        (U, U),
        (0., P12),
        (0., N),
    ],
    [
        (0., -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (0., P12),
        (N, N),
    ],
    [
        (0., -P12),
        (0., -P12),
        (0., -P12),
        (0., P12),
        (0., P12),
        (0., P12),
        (0., N),
    ],
    [
        (0., -P12),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (0., P12),
        (N, N),
    ],
];

const COSH_SV: Table = [
    [
        (INF, N),
        (U, U),
        (INF, 0.),
        (INF, -0.),
        (U, U),
        (INF, N),
        (INF, N),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (N, 0.),
        (U, U),
        (1., 0.),
        (1., -0.),
        (U, U),
        (N, 0.),
        (N, 0.),
    ],
    [
        (N, 0.),
        (U, U),
        (1., -0.),
        (1., 0.),
        (U, U),
        (N, 0.),
        (N, 0.),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (INF, N),
        (U, U),
        (INF, -0.),
        (INF, 0.),
        (U, U),
        (INF, N),
        (INF, N),
    ],
    [(N, N), (N, N), (N, 0.), (N, 0.), (N, N), (N, N), (N, N)],
];

const EXP_SV: Table = [
    [
        (0., 0.),
        (U, U),
        (0., -0.),
        (0., 0.),
        (U, U),
        (0., 0.),
        (0., 0.),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (1., -0.), (1., 0.), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (1., -0.), (1., 0.), (U, U), (N, N), (N, N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (INF, N),
        (U, U),
        (INF, -0.),
        (INF, 0.),
        (U, U),
        (INF, N),
        (INF, N),
    ],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

const LOG_SV: Table = [
    [
        (INF, -P34),
        (INF, -P),
        (INF, -P),
        (INF, P),
        (INF, P),
        (INF, P34),
        (INF, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (-INF, -P),
        (-INF, P),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (-INF, -0.),
        (-INF, 0.),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P12),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (INF, P12),
        (N, N),
    ],
    [
        (INF, -P14),
        (INF, -0.),
        (INF, -0.),
        (INF, 0.),
        (INF, 0.),
        (INF, P14),
        (INF, N),
    ],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];

const SINH_SV: Table = [
    [
        (INF, N),
        (U, U),
        (-INF, -0.),
        (-INF, 0.),
        (U, U),
        (INF, N),
        (INF, N),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (0., N),
        (U, U),
        (-0., -0.),
        (-0., 0.),
        (U, U),
        (0., N),
        (0., N),
    ],
    [
        (0., N),
        (U, U),
        (0., -0.),
        (0., 0.),
        (U, U),
        (0., N),
        (0., N),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (INF, N),
        (U, U),
        (INF, -0.),
        (INF, 0.),
        (U, U),
        (INF, N),
        (INF, N),
    ],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

const SQRT_SV: Table = [
    [
        (INF, -INF),
        (0., -INF),
        (0., -INF),
        (0., INF),
        (0., INF),
        (INF, INF),
        (N, INF),
    ],
    [
        (INF, -INF),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (INF, INF),
        (N, N),
    ],
    [
        (INF, -INF),
        (U, U),
        (0., -0.),
        (0., 0.),
        (U, U),
        (INF, INF),
        (N, N),
    ],
    [
        (INF, -INF),
        (U, U),
        (0., -0.),
        (0., 0.),
        (U, U),
        (INF, INF),
        (N, N),
    ],
    [
        (INF, -INF),
        (U, U),
        (U, U),
        (U, U),
        (U, U),
        (INF, INF),
        (N, N),
    ],
    [
        (INF, -INF),
        (INF, -0.),
        (INF, -0.),
        (INF, 0.),
        (INF, 0.),
        (INF, INF),
        (INF, N),
    ],
    [
        (INF, -INF),
        (N, N),
        (N, N),
        (N, N),
        (N, N),
        (INF, INF),
        (N, N),
    ],
];

const TANH_SV: Table = [
    [
        (-1., 0.),
        (U, U),
        (-1., -0.),
        (-1., 0.),
        (U, U),
        (-1., 0.),
        (-1., 0.),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (N, N),
        (U, U),
        (-0., -0.),
        (-0., 0.),
        (U, U),
        (N, N),
        (-0., N),
    ],
    [(N, N), (U, U), (0., -0.), (0., 0.), (U, U), (N, N), (0., N)],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (1., 0.),
        (U, U),
        (1., -0.),
        (1., 0.),
        (U, U),
        (1., 0.),
        (1., 0.),
    ],
    [(N, N), (N, N), (N, -0.), (N, 0.), (N, N), (N, N), (N, N)],
];

const RECT_SV: Table = [
    [
        (INF, N),
        (U, U),
        (-INF, 0.),
        (-INF, -0.),
        (U, U),
        (INF, N),
        (INF, N),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (0., 0.),
        (U, U),
        (-0., 0.),
        (-0., -0.),
        (U, U),
        (0., 0.),
        (0., 0.),
    ],
    [
        (0., 0.),
        (U, U),
        (0., -0.),
        (0., 0.),
        (U, U),
        (0., 0.),
        (0., 0.),
    ],
    [(N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N)],
    [
        (INF, N),
        (U, U),
        (INF, -0.),
        (INF, 0.),
        (U, U),
        (INF, N),
        (INF, N),
    ],
    [(N, N), (N, N), (N, 0.), (N, 0.), (N, N), (N, N), (N, N)],
];

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

fn c_sqrt(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(&SQRT_SV, z), Errno::Ok);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return ((0.0, z.1), Errno::Ok);
    }
    let (mut ax, ay) = (z.0.abs(), z.1.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: scale up first.
        ax = libm::ldexp(ax, SCALE_UP);
        libm::ldexp(
            (ax + ax.hypot(libm::ldexp(ay, SCALE_UP))).sqrt(),
            SCALE_DOWN,
        )
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        ((s, d.copysign(z.1)), Errno::Ok)
    } else {
        ((d, s.copysign(z.1)), Errno::Ok)
    }
}

fn c_acos(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(&ACOS_SV, z), Errno::Ok);
    }
    let r = if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let re = z.1.abs().atan2(z.0);
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0;
        let im = if z.0 < 0.0 {
            -l.copysign(z.1)
        } else {
            l.copysign(-z.1)
        };
        (re, im)
    } else {
        let s1 = c_sqrt((1.0 - z.0, -z.1)).0;
        let s2 = c_sqrt((1.0 + z.0, z.1)).0;
        (
            2.0 * s1.0.atan2(s2.0),
            libm::asinh(s2.0 * s1.1 - s2.1 * s1.0),
        )
    };
    (r, Errno::Ok)
}

fn c_acosh(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(&ACOSH_SV, z), Errno::Ok);
    }
    let r = if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        (
            (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0,
            z.1.atan2(z.0),
        )
    } else {
        let s1 = c_sqrt((z.0 - 1.0, z.1)).0;
        let s2 = c_sqrt((z.0 + 1.0, z.1)).0;
        (
            libm::asinh(s1.0 * s2.0 + s1.1 * s2.1),
            2.0 * s1.1.atan2(s2.0),
        )
    };
    (r, Errno::Ok)
}

fn c_asinh(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(&ASINH_SV, z), Errno::Ok);
    }
    let r = if z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE {
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN_2 * 2.0;
        let re = if z.1 >= 0.0 {
            l.copysign(z.0)
        } else {
            -l.copysign(-z.0)
        };
        (re, z.1.atan2(z.0.abs()))
    } else {
        let s1 = c_sqrt((1.0 + z.1, -z.0)).0;
        let s2 = c_sqrt((1.0 - z.1, z.0)).0;
        (
            libm::asinh(s1.0 * s2.1 - s2.0 * s1.1),
            z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1),
        )
    };
    (r, Errno::Ok)
}

/// f(iz) rotated back by -i: asin from asinh, atan from atanh, ...
fn rotated(z: C, f: fn(C) -> (C, Errno)) -> (C, Errno) {
    let ((re, im), e) = f((-z.1, z.0));
    ((im, -re), e)
}

fn c_asin(z: C) -> (C, Errno) {
    rotated(z, c_asinh)
}

fn c_atanh(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(&ATANH_SV, z), Errno::Ok);
    }
    if z.0 < 0.0 {
        let ((re, im), e) = c_atanh((-z.0, -z.1));
        return ((-re, -im), e);
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large_double() || ay > sqrt_large_double() {
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        ((z.0 / 4.0 / h / h, -(P12.copysign(-z.1))), Errno::Ok)
    } else if z.0 == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            ((INF, z.1), Errno::Domain)
        } else {
            let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
            ((re, (2.0f64.atan2(-ay) / 2.0).copysign(z.1)), Errno::Ok)
        }
    } else {
        let re = (4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)).ln_1p() / 4.0;
        let im = -(-2.0 * z.1).atan2((1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0;
        ((re, im), Errno::Ok)
    }
}

fn c_atan(z: C) -> (C, Errno) {
    rotated(z, c_atanh)
}

/// The overflow check after cosh, sinh and exp.
fn range_checked(r: C) -> (C, Errno) {
    if r.0.is_infinite() || r.1.is_infinite() {
        (r, Errno::Range)
    } else {
        (r, Errno::Ok)
    }
}

fn c_cosh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let im = INF.copysign(z.1.sin());
            (INF.copysign(z.1.cos()), if z.0 > 0.0 { im } else { -im })
        } else {
            special(&COSH_SV, z)
        };
        let e = if z.1.is_infinite() && !z.0.is_nan() {
            Errno::Domain
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0.abs() > log_large_double() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (z.1.cos() * x1.cosh() * E, z.1.sin() * x1.sinh() * E)
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    };
    range_checked(r)
}

fn c_cos(z: C) -> (C, Errno) {
    c_cosh((-z.1, z.0))
}

fn c_sinh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let re = INF.copysign(z.1.cos());
            (if z.0 > 0.0 { re } else { -re }, INF.copysign(z.1.sin()))
        } else {
            special(&SINH_SV, z)
        };
        let e = if z.1.is_infinite() && !z.0.is_nan() {
            Errno::Domain
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0.abs() > log_large_double() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        (z.1.cos() * x1.sinh() * E, z.1.sin() * x1.cosh() * E)
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    };
    range_checked(r)
}

fn c_sin(z: C) -> (C, Errno) {
    rotated(z, c_sinh)
}

fn c_tanh(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            let im = 0.0f64.copysign(2.0 * z.1.sin() * z.1.cos());
            (if z.0 > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            special(&TANH_SV, z)
        };
        let e = if z.1.is_infinite() && z.0.is_finite() {
            Errno::Domain
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0.abs() > log_large_double() {
        (
            1.0f64.copysign(z.0),
            4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp(),
        )
    } else {
        let tx = z.0.tanh();
        let ty = z.1.tan();
        let cx = 1.0 / z.0.cosh();
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Errno::Ok)
}

fn c_tan(z: C) -> (C, Errno) {
    rotated(z, c_tanh)
}

fn c_exp(z: C) -> (C, Errno) {
    if !finite(z) {
        let r = if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
            if z.0 > 0.0 {
                (INF.copysign(z.1.cos()), INF.copysign(z.1.sin()))
            } else {
                (0.0f64.copysign(z.1.cos()), 0.0f64.copysign(z.1.sin()))
            }
        } else {
            special(&EXP_SV, z)
        };
        let e = if z.1.is_infinite() && (z.0.is_finite() || (z.0.is_infinite() && z.0 > 0.0)) {
            Errno::Domain
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.0 > log_large_double() {
        let l = (z.0 - 1.0).exp();
        (l * z.1.cos() * E, l * z.1.sin() * E)
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    };
    range_checked(r)
}

fn c_log(z: C) -> (C, Errno) {
    if !finite(z) {
        return (special(&LOG_SV, z), Errno::Ok);
    }
    let (ax, ay) = (z.0.abs(), z.1.abs());
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // hypot(ax, ay) would be subnormal: scale up first.
            libm::ldexp(ax, 53).hypot(libm::ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            return ((-INF, z.1.atan2(z.0)), Errno::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ((re, z.1.atan2(z.0)), Errno::Ok)
}

fn c_log10(z: C) -> (C, Errno) {
    let ((re, im), e) = c_log(z);
    ((re / LN_10, im / LN_10), e)
}

fn math_error(e: Errno) -> PyErr {
    if e == Errno::Range {
        overflow_error("math range error")
    } else {
        value_error("math domain error")
    }
}

fn finish(r: (C, Errno)) -> PyResult {
    match r {
        (z, Errno::Ok) => Ok(complex::new(z.0, z.1)),
        (_, e) => Err(math_error(e)),
    }
}

macro_rules! unary_functions {
    ($($name:ident, $func:ident, $doc:expr;)*) => {
        $(fn $name(_m: &Value, args: Args) -> PyResult {
            let z = as_complex(args.one(concat!("cmath.", stringify!($name)))?)?;
            finish($func(z))
        })*
        const UNARY: &[MethodDef] = &[$(MethodDef::new(stringify!($name), $name, $doc),)*];
    };
}

unary_functions! {
    acos, c_acos, "acos($module, z, /)\n--\n\nReturn the arc cosine of z.";
    acosh, c_acosh, "acosh($module, z, /)\n--\n\nReturn the inverse hyperbolic cosine of z.";
    asin, c_asin, "asin($module, z, /)\n--\n\nReturn the arc sine of z.";
    asinh, c_asinh, "asinh($module, z, /)\n--\n\nReturn the inverse hyperbolic sine of z.";
    atan, c_atan, "atan($module, z, /)\n--\n\nReturn the arc tangent of z.";
    atanh, c_atanh, "atanh($module, z, /)\n--\n\nReturn the inverse hyperbolic tangent of z.";
    cos, c_cos, "cos($module, z, /)\n--\n\nReturn the cosine of z.";
    cosh, c_cosh, "cosh($module, z, /)\n--\n\nReturn the hyperbolic cosine of z.";
    exp, c_exp, "exp($module, z, /)\n--\n\nReturn the exponential value e**z.";
    log10, c_log10, "log10($module, z, /)\n--\n\nReturn the base-10 logarithm of z.";
    sin, c_sin, "sin($module, z, /)\n--\n\nReturn the sine of z.";
    sinh, c_sinh, "sinh($module, z, /)\n--\n\nReturn the hyperbolic sine of z.";
    sqrt, c_sqrt, "sqrt($module, z, /)\n--\n\nReturn the square root of z.";
    tan, c_tan, "tan($module, z, /)\n--\n\nReturn the tangent of z.";
    tanh, c_tanh, "tanh($module, z, /)\n--\n\nReturn the hyperbolic tangent of z.";
}

/// `cmath.log(x, base)`: like CPython, the error state is the last step's
/// (so log(0, 2) is -inf+nanj, log(1, 1) a domain error).
fn log(_m: &Value, args: Args) -> PyResult {
    let a = args.range("cmath.log", "log", 1, 2)?;
    let x = as_complex(&a[0])?;
    let (lx, mut e) = c_log(x);
    let mut r = lx;
    if let Some(base) = a.get(1) {
        let (ly, ey) = c_log(as_complex(base)?);
        e = ey;
        match complex::divide(lx, ly) {
            Ok(q) => r = q,
            Err(_) => e = Errno::Domain,
        }
    }
    finish((r, e))
}

/// `c_atan2`: atan2 with Annex G's infinities, NaN for any NaN.
fn phase_of(z: C) -> f64 {
    if z.0.is_nan() || z.1.is_nan() {
        return N;
    }
    if z.1.is_infinite() {
        if z.0.is_infinite() {
            return if z.0 > 0.0 {
                P14.copysign(z.1)
            } else {
                P34.copysign(z.1)
            };
        }
        return P12.copysign(z.1);
    }
    if z.0.is_infinite() || z.1 == 0.0 {
        return if z.0.is_sign_positive() {
            0.0f64.copysign(z.1)
        } else {
            P.copysign(z.1)
        };
    }
    z.1.atan2(z.0)
}

fn phase(_m: &Value, args: Args) -> PyResult {
    Ok(float::new(phase_of(as_complex(args.one("cmath.phase")?)?)))
}

/// `_Py_c_abs`: hypot with infinities winning over NaNs, overflow an error.
fn abs_of(z: C) -> PyResult<f64> {
    if !finite(z) {
        return Ok(if z.0.is_infinite() || z.1.is_infinite() {
            INF
        } else {
            N
        });
    }
    let r = z.0.hypot(z.1);
    if r.is_infinite() {
        return Err(overflow_error("math range error"));
    }
    Ok(r)
}

fn polar(_m: &Value, args: Args) -> PyResult {
    let z = as_complex(args.one("cmath.polar")?)?;
    let phi = phase_of(z);
    let r = abs_of(z)?;
    Ok(Tuple::new(vec![float::new(r), float::new(phi)]))
}

fn rect(_m: &Value, args: Args) -> PyResult {
    let a = args.range("cmath.rect", "rect", 2, 2)?;
    let (r, phi) = (float_of(&a[0])?, float_of(&a[1])?);
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let z = (INF.copysign(phi.cos()), INF.copysign(phi.sin()));
            if r > 0.0 { z } else { (-z.0, -z.1) }
        } else {
            special(&RECT_SV, (r, phi))
        };
        let e = if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            Errno::Domain
        } else {
            Errno::Ok
        };
        return finish((z, e));
    }
    if phi == 0.0 {
        return Ok(complex::new(r, r * phi));
    }
    Ok(complex::new(r * phi.cos(), r * phi.sin()))
}

fn isfinite(_m: &Value, args: Args) -> PyResult {
    Ok(pybool::py_bool(finite(as_complex(
        args.one("cmath.isfinite")?,
    )?)))
}

fn isinf(_m: &Value, args: Args) -> PyResult {
    let z = as_complex(args.one("cmath.isinf")?)?;
    Ok(pybool::py_bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn isnan(_m: &Value, args: Args) -> PyResult {
    let z = as_complex(args.one("cmath.isnan")?)?;
    Ok(pybool::py_bool(z.0.is_nan() || z.1.is_nan()))
}

fn isclose(_m: &Value, args: Args) -> PyResult {
    let [a, b, rel, abs] = args.parse("isclose", ["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?;
    let a = as_complex(a.as_ref().expect("required"))?;
    let b = as_complex(b.as_ref().expect("required"))?;
    let rel_tol = rel.as_ref().map_or(Ok(1e-9), float_of)?;
    let abs_tol = abs.as_ref().map_or(Ok(0.0), float_of)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(pybool::py_bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(pybool::py_bool(false));
    }
    let diff = abs_of((a.0 - b.0, a.1 - b.1))?;
    let close = diff <= rel_tol * abs_of(b)? || diff <= rel_tol * abs_of(a)? || diff <= abs_tol;
    Ok(pybool::py_bool(close))
}

const OTHER: &[MethodDef] = &[
    MethodDef::new(
        "isclose",
        isclose,
        "isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\nDetermine whether two complex numbers are close in value.",
    ),
    MethodDef::new(
        "isfinite",
        isfinite,
        "isfinite($module, z, /)\n--\n\nReturn True if both the real and imaginary parts of z are finite, else False.",
    ),
    MethodDef::new(
        "isinf",
        isinf,
        "isinf($module, z, /)\n--\n\nChecks if the real or imaginary part of z is infinite.",
    ),
    MethodDef::new(
        "isnan",
        isnan,
        "isnan($module, z, /)\n--\n\nChecks if the real or imaginary part of z not a number (NaN).",
    ),
    MethodDef::new(
        "log",
        log,
        "log($module, z, base=<unrepresentable>, /)\n--\n\nlog(z[, base]) -> the logarithm of z to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e) of z.",
    ),
    MethodDef::new(
        "phase",
        phase,
        "phase($module, z, /)\n--\n\nReturn argument, also known as the phase angle, of a complex.",
    ),
    MethodDef::new(
        "polar",
        polar,
        "polar($module, z, /)\n--\n\nConvert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle.",
    ),
    MethodDef::new(
        "rect",
        rect,
        "rect($module, r, phi, /)\n--\n\nConvert from polar coordinates to rectangular coordinates.",
    ),
];

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    let name = ouro_objects::str::PyStr::new("cmath");
    for f in [UNARY, OTHER].into_iter().flatten() {
        m.set(
            f.name,
            ouro_objects::descr::BuiltinFunction::module_function(f, module.clone(), name.clone()),
        );
    }
    m.set("pi", float::new(PI));
    m.set("e", float::new(E));
    m.set("tau", float::new(std::f64::consts::TAU));
    m.set("inf", float::new(INF));
    m.set("infj", complex::new(0.0, INF));
    m.set("nan", float::new(N));
    m.set("nanj", complex::new(0.0, N));
    Ok(())
}

pub static CMATH: ModuleDef = ModuleDef {
    name: "cmath",
    doc: "This module provides access to mathematical functions for complex\nnumbers.",
    functions: &[],
    types: ModuleDef::no_types,
    init,
};
