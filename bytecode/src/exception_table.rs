//! The exception table `co_exceptiontable` (mirrors `assemble_exception_table` in
//! Python/assemble.c, `get_exception_handler` in Python/ceval.c and
//! `dis._parse_exception_table`; format in InternalDocs/exception_handling.md).
//!
//! Each entry is four numbers: start, size, target (all in code units) and
//! `depth << 1 | lasti`. Each number is written in 6-bit chunks, most
//! significant first, bit 6 set on every chunk but the last; the first byte
//! of an entry has bit 7 set.

/// One handler range, offsets in code units (dis shows them in bytes).
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct ExceptionTableEntry {
    /// First covered code unit.
    pub start: u32,
    /// First code unit past the range.
    pub end: u32,
    /// The handler's first code unit.
    pub target: u32,
    /// Stack depth to unwind to before pushing the exception.
    pub depth: u32,
    /// Whether the offset of the raising instruction is pushed too.
    pub lasti: bool,
}

/// Why an exception table cannot be written or read.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ExceptionTableError {
    /// An entry ends before it starts, or `depth << 1 | lasti` needs more than 32 bits.
    BadEntry(ExceptionTableEntry),
    /// The table ends in the middle of an entry.
    Truncated,
    /// A number needs more than 32 bits.
    Overflow,
}

const ENTRY_START: u8 = 0x80;
const CONTINUATION: u8 = 0x40;
const CHUNK: u32 = 0x3f;

fn write_number(out: &mut Vec<u8>, value: u32, mut entry_start: u8) {
    // The number of 6-bit chunks the value needs (at least one).
    let chunks = (32 - value.leading_zeros()).div_ceil(6).max(1);
    for chunk in (0..chunks).rev() {
        let bits = ((value >> (6 * chunk)) & CHUNK) as u8;
        let more = if chunk > 0 { CONTINUATION } else { 0 };
        out.push(bits | more | entry_start);
        entry_start = 0;
    }
}

/// Writes `entries`, in order, as `co_exceptiontable` bytes.
pub fn encode(entries: &[ExceptionTableEntry]) -> Result<Vec<u8>, ExceptionTableError> {
    let mut out = Vec::new();
    for entry in entries {
        let bad = || ExceptionTableError::BadEntry(*entry);
        let size = entry.end.checked_sub(entry.start).ok_or_else(bad)?;
        let depth_lasti = entry.depth.checked_mul(2).ok_or_else(bad)? | u32::from(entry.lasti);
        write_number(&mut out, entry.start, ENTRY_START);
        write_number(&mut out, size, 0);
        write_number(&mut out, entry.target, 0);
        write_number(&mut out, depth_lasti, 0);
    }
    Ok(out)
}

/// Where an instruction's exceptions go: the handler's first code unit, the
/// stack depth to unwind to, and whether the raising offset is pushed.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Handler {
    /// The handler's first code unit.
    pub target: u32,
    /// Stack depth to unwind to.
    pub depth: u32,
    /// Whether the offset of the raising instruction is pushed too.
    pub lasti: bool,
}

/// Builds the entries from each instruction's handler, in code order: one
/// entry per run of consecutive instructions with the same handler (CPython's
/// `assemble_exception_table`).
#[derive(Clone, Debug, Default)]
pub struct ExceptionTableBuilder {
    entries: Vec<ExceptionTableEntry>,
    offset: u32,
    current: Option<(u32, Handler)>,
}

impl ExceptionTableBuilder {
    /// An empty table starting at code unit 0.
    pub fn new() -> ExceptionTableBuilder {
        ExceptionTableBuilder::default()
    }

    /// Adds the next instruction: `units` code units (prefixes and caches
    /// included) whose exceptions go to `handler`.
    pub fn push(&mut self, units: u32, handler: Option<Handler>) {
        if self.current.map(|(_, h)| h) != handler {
            self.close();
            self.current = handler.map(|h| (self.offset, h));
        }
        self.offset = self.offset.saturating_add(units);
    }

    fn close(&mut self) {
        if let Some((start, h)) = self.current.take() {
            let end = self.offset;
            self.entries.push(ExceptionTableEntry {
                start,
                end,
                target: h.target,
                depth: h.depth,
                lasti: h.lasti,
            });
        }
    }

    /// The finished entries.
    pub fn finish(mut self) -> Vec<ExceptionTableEntry> {
        self.close();
        self.entries
    }
}

/// Reads the entries of a `co_exceptiontable`.
pub fn decode(table: &[u8]) -> Result<Vec<ExceptionTableEntry>, ExceptionTableError> {
    entries(table).collect()
}

/// Iterator over the entries of a `co_exceptiontable`; stops after an error.
#[derive(Clone, Debug)]
pub struct Entries<'a> {
    bytes: std::slice::Iter<'a, u8>,
    failed: bool,
}

/// Iterates over the entries of a `co_exceptiontable`.
pub fn entries(table: &[u8]) -> Entries<'_> {
    Entries {
        bytes: table.iter(),
        failed: false,
    }
}

impl Entries<'_> {
    fn number(&mut self) -> Result<u32, ExceptionTableError> {
        let mut value = 0u32;
        loop {
            let byte = *self.bytes.next().ok_or(ExceptionTableError::Truncated)?;
            if value > u32::MAX >> 6 {
                return Err(ExceptionTableError::Overflow);
            }
            value = (value << 6) | (u32::from(byte) & CHUNK);
            if byte & CONTINUATION == 0 {
                return Ok(value);
            }
        }
    }

    fn entry(&mut self) -> Result<ExceptionTableEntry, ExceptionTableError> {
        let start = self.number()?;
        let size = self.number()?;
        let target = self.number()?;
        let depth_lasti = self.number()?;
        let end = start
            .checked_add(size)
            .ok_or(ExceptionTableError::Overflow)?;
        Ok(ExceptionTableEntry {
            start,
            end,
            target,
            depth: depth_lasti >> 1,
            lasti: depth_lasti & 1 == 1,
        })
    }
}

impl Iterator for Entries<'_> {
    type Item = Result<ExceptionTableEntry, ExceptionTableError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.bytes.as_slice().is_empty() {
            return None;
        }
        let entry = self.entry();
        self.failed = entry.is_err();
        Some(entry)
    }
}

/// The entry whose range holds code unit `index`, if any: where an exception
/// raised there is handled (CPython's `get_exception_handler`). Entries are
/// sorted by start, so the scan stops at the first one starting after `index`.
pub fn find_handler(
    table: &[u8],
    index: u32,
) -> Result<Option<ExceptionTableEntry>, ExceptionTableError> {
    for entry in entries(table) {
        let entry = entry?;
        if entry.start > index {
            break;
        }
        if index < entry.end {
            return Ok(Some(entry));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn entry(
        start: u32,
        end: u32,
        target: u32,
        depth: u32,
        lasti: bool,
    ) -> ExceptionTableEntry {
        ExceptionTableEntry {
            start,
            end,
            target,
            depth,
            lasti,
        }
    }

    #[test]
    fn encodes_the_documented_example() {
        // InternalDocs/exception_handling.md: start 20, end 28, target 100, depth 3.
        let bytes = encode(&[entry(20, 28, 100, 3, false)]).unwrap();
        assert_eq!(bytes, [148, 8, 65, 36, 6]);
        assert_eq!(decode(&bytes), Ok(vec![entry(20, 28, 100, 3, false)]));
    }

    #[test]
    fn round_trips_numbers_of_every_width() {
        let entries: Vec<ExceptionTableEntry> = [
            0u32,
            1,
            63,
            64,
            4095,
            4096,
            1 << 18,
            1 << 24,
            1 << 30,
            u32::MAX >> 1,
        ]
        .iter()
        .map(|&n| entry(n, n.saturating_add(5), n, n >> 1, n % 2 == 1))
        .collect();
        let bytes = encode(&entries).unwrap();
        assert_eq!(decode(&bytes), Ok(entries));
    }

    #[test]
    fn finds_the_innermost_handler_in_order() {
        let table = encode(&[entry(2, 6, 20, 0, false), entry(6, 10, 30, 1, true)]).unwrap();
        assert_eq!(find_handler(&table, 1), Ok(None));
        assert_eq!(find_handler(&table, 5).unwrap().map(|e| e.target), Some(20));
        assert_eq!(find_handler(&table, 6).unwrap().map(|e| e.target), Some(30));
        assert_eq!(find_handler(&table, 10), Ok(None));
    }

    #[test]
    fn builder_merges_runs_of_one_handler() {
        let outer = Handler {
            target: 40,
            depth: 1,
            lasti: false,
        };
        let inner = Handler {
            target: 50,
            depth: 2,
            lasti: true,
        };
        let mut builder = ExceptionTableBuilder::new();
        for (units, handler) in [
            (1, None),
            (2, Some(outer)),
            (4, Some(outer)),
            (1, Some(inner)),
            (1, None),
            (1, Some(outer)),
        ] {
            builder.push(units, handler);
        }
        assert_eq!(
            builder.finish(),
            [
                entry(1, 7, 40, 1, false),
                entry(7, 8, 50, 2, true),
                entry(9, 10, 40, 1, false)
            ]
        );
    }

    #[test]
    fn bad_tables_are_errors() {
        assert_eq!(decode(&[0x80, 0x02]), Err(ExceptionTableError::Truncated));
        assert_eq!(
            decode(&[0xc0, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x01]),
            Err(ExceptionTableError::Overflow)
        );
        let backwards = entry(5, 4, 0, 0, false);
        assert_eq!(
            encode(&[backwards]),
            Err(ExceptionTableError::BadEntry(backwards))
        );
    }
}
