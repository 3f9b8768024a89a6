//! Unicode tables CPython's `str` relies on that Rust's standard library lacks, generated from the reference interpreter.

mod printable;

pub use printable::NON_PRINTABLE;

/// `str.isprintable()` for one code point.
pub fn is_printable(c: u32) -> bool {
    if c < 0x80 {
        return (0x20..0x7f).contains(&c);
    }
    NON_PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

mod decimal;

/// The value of a decimal digit (Unicode category Nd), as `int()` reads it.
pub fn decimal_value(c: u32) -> Option<u32> {
    if c < 0x80 {
        return (0x30..0x3a).contains(&c).then(|| c - 0x30);
    }
    let i = decimal::DECIMAL_RUNS.partition_point(|&(start, _)| start <= c);
    let (start, count) = *decimal::DECIMAL_RUNS.get(i.checked_sub(1)?)?;
    (c - start < count).then(|| c - start)
}
