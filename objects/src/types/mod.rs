//! The built-in types, one file each.

pub mod bool;
pub mod bytes;
pub mod code;
pub mod complex;
pub mod dict;
pub mod dictviews;
pub mod exceptions;
pub mod float;
pub mod functype;
pub mod genericalias;
pub mod int;
pub mod iterators;
pub mod list;
pub mod mappingproxy;
pub mod module;
pub mod none;
pub mod range;
pub mod object;
pub mod set;
pub mod slice;
pub mod str;
pub mod tuple;
pub mod typetype;
