//! Native stdlib modules that CPython writes in C (`math`, `_sre`, `itertools`, `posix`, ...), listed once in `MODULES`.

use ouro_eval::native_module::ModuleDef;

mod binascii;
mod cmath;
mod hashes;
mod math;
mod random;
mod statistics;
mod struct_module;
mod zlib;

/// Every module of this crate; the program registers them at start-up.
pub static MODULES: &[&ModuleDef] = &[
    &math::MATH,
    &cmath::CMATH,
    &random::RANDOM,
    &hashes::MD5,
    &hashes::SHA1,
    &hashes::SHA2,
    &hashes::SHA3,
    &hashes::BLAKE2,
    &hashes::HMAC,
    &struct_module::STRUCT,
    &binascii::BINASCII,
    &zlib::ZLIB,
    &statistics::STATISTICS,
];
