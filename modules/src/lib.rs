//! Native stdlib modules that CPython writes in C (`math`, `_sre`, `itertools`, `posix`, ...), listed once in `MODULES`.

use ouro_eval::native_module::ModuleDef;

mod abc;
mod array;
mod asyncio;
mod atexit;
mod binascii;
mod bisect;
mod bz2;
mod cjk;
mod cmath;
mod codecs_module;
mod collections;
mod contextvars;
mod csv;
mod ctypes;
mod datetime;
mod decimal;
#[cfg(test)]
mod dir_parity;
mod elementtree;
pub mod errno;
mod faulthandler;
mod fcntl;
mod functools;
mod gc;
mod grp;
mod hashes;
mod heapq;
mod heaptype;
mod itertools;
mod json;
mod locale;
mod lsprof;
mod lzma;
mod math;
mod mmap;
mod multiprocessing;
mod opcode;
mod operator;
mod pickle;
pub mod posix;
mod posixsubprocess;
mod pwd;
mod pyexpat;
mod queue;
mod random;
mod resource;
mod select;
pub mod signal;
mod socket;
mod sqlite3;
mod sre;
pub mod stat;
mod statistics;
mod string_module;
mod struct_module;
mod suggestions;
mod symtable;
mod sysconfig;
mod termios;
pub mod time;
mod tokenize;
mod tracemalloc;
mod types_module;
mod typing_module;
mod unicodedata;
mod unix;
mod weakref;
mod xxsubtype;
mod zlib;
mod zoneinfo;
mod zstd;

/// Every module of this crate; the program registers them at start-up.
/// Registers what clears each module's per-thread state when a thread ends.
pub fn register_thread_exit_hooks() {
    ouro_eval::thread::at_thread_exit(contextvars::clear_thread_context);
    ouro_eval::thread::at_thread_exit(asyncio::clear_thread_state);
}

pub static MODULES: &[&ModuleDef] = &[
    &lsprof::MODULE,
    &posix::POSIX,
    &errno::ERRNO,
    &stat::STAT,
    &atexit::MODULE,
    &gc::MODULE,
    &weakref::MODULE,
    &time::TIME,
    &itertools::MODULE,
    &collections::MODULE,
    &functools::MODULE,
    &operator::MODULE,
    &heapq::MODULE,
    &bisect::MODULE,
    &abc::MODULE,
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
    &socket::MODULE,
    &bz2::BZ2,
    &lzma::LZMA,
    &statistics::STATISTICS,
    &codecs_module::MODULE,
    &contextvars::MODULE,
    &json::MODULE,
    &locale::MODULE,
    &opcode::MODULE,
    &string_module::MODULE,
    &suggestions::MODULE,
    &symtable::MODULE,
    &tokenize::MODULE,
    &types_module::MODULE,
    &typing_module::MODULE,
    &sre::MODULE,
    &array::MODULE,
    &queue::MODULE,
    &csv::MODULE,
    &signal::MODULE,
    &select::MODULE,
    &fcntl::MODULE,
    &termios::MODULE,
    &resource::MODULE,
    &pwd::MODULE,
    &grp::MODULE,
    &posixsubprocess::MODULE,
    &mmap::MODULE,
    &pickle::MODULE,
    &faulthandler::MODULE,
    &sysconfig::MODULE,
    &xxsubtype::MODULE,
    &unicodedata::MODULE,
    &zstd::MODULE,
    &sqlite3::MODULE,
    &pyexpat::MODULE,
    &decimal::MODULE,
    &datetime::MODULE,
    &zoneinfo::MODULE,
    &cjk::multibytecodec::MODULE,
    &cjk::CODECS_CN,
    &cjk::CODECS_HK,
    &cjk::CODECS_ISO2022,
    &cjk::CODECS_JP,
    &cjk::CODECS_KR,
    &cjk::CODECS_TW,
    &elementtree::MODULE,
    &asyncio::MODULE,
    &tracemalloc::MODULE,
    &multiprocessing::MODULE,
    &ctypes::MODULE,
    &multiprocessing::posixshmem::MODULE,
];
