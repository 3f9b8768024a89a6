//! The location table `co_linetable` (PEP 626/657; mirrors `write_location_info_entry`
//! in Python/assemble.c and `advance`, `positionsiter_next`, `lineiter_next` in
//! Objects/codeobject.c; format in InternalDocs/code_objects.md).
//!
//! Each entry covers 1 to 8 code units. Its first byte is `1cccclll`: bit 7
//! set, a 4-bit kind `c`, and the length minus one `l`. Kinds 0-9 are the short
//! form (same line, columns in one more byte), 10-12 the one-line form (line
//! delta 0-2, two column bytes), 13 a line without columns, 14 the long form,
//! 15 no location. Varints here are 6-bit chunks, least significant first, bit
//! 6 set on every chunk but the last; signed ones keep the sign in bit 0.

/// A source position, as `co_positions()` yields it (`None` where CPython has
/// `None`; columns are 0-based UTF-8 byte offsets).
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct Position {
    /// Start line.
    pub line: Option<i32>,
    /// End line.
    pub end_line: Option<i32>,
    /// Start column.
    pub col: Option<i32>,
    /// End column.
    pub end_col: Option<i32>,
}

impl Position {
    /// No location at all (artificial instructions).
    pub const NONE: Position = Position {
        line: None,
        end_line: None,
        col: None,
        end_col: None,
    };
}

/// One table entry: a position shared by `length` consecutive code units.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct LocationEntry {
    /// Number of code units covered (1 to 8 in an encoded table).
    pub length: u32,
    /// Their position.
    pub position: Position,
}

/// Why a location table cannot be written or read.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum LocationTableError {
    /// The format cannot express this position (an end line before its start
    /// line, a missing end line with columns, a column below -1).
    Unrepresentable(Position),
    /// The table ends in the middle of an entry.
    Truncated,
    /// A byte where an entry should start lacks bit 7.
    NotEntryStart(usize),
    /// A number or line does not fit in 32 bits.
    Overflow,
}

const SHORT_FORMS: u8 = 0; // 0..=9: column / 8
const ONE_LINE: u8 = 10; // 10..=12: line delta 0..=2
const NO_COLUMNS: u8 = 13;
const LONG: u8 = 14;
const NO_LOCATION: u8 = 15;
const MAX_ENTRY_LENGTH: u32 = 8;

/// `None` as CPython's -1, the way the assembler holds a location.
fn raw(value: Option<i32>) -> i32 {
    value.unwrap_or(-1)
}

fn write_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 64 {
        out.push(0x40 | (value & 0x3f) as u8);
        value >>= 6;
    }
    out.push(value as u8);
}

fn write_signed_varint(out: &mut Vec<u8>, value: i32) {
    let magnitude = value.unsigned_abs();
    write_varint(
        out,
        if value < 0 {
            (magnitude << 1) | 1
        } else {
            magnitude << 1
        },
    );
}

/// Location-table writer state: the line the next delta is counted from.
struct Writer {
    out: Vec<u8>,
    line: i32,
}

impl Writer {
    fn first_byte(&mut self, kind: u8, length: u32) {
        self.out.push(0x80 | (kind << 3) | (length - 1) as u8);
    }

    /// One entry of 1..=8 units (CPython's `write_location_info_entry`).
    fn entry(&mut self, position: Position, length: u32) -> Result<(), LocationTableError> {
        let (line, end_line) = (raw(position.line), raw(position.end_line));
        let (col, end_col) = (raw(position.col), raw(position.end_col));
        if line < 0 {
            self.first_byte(NO_LOCATION, length);
            return Ok(());
        }
        let line_delta = line
            .checked_sub(self.line)
            .ok_or(LocationTableError::Overflow)?;
        if col < 0 || end_col < 0 {
            if end_line == line || end_line < 0 {
                self.first_byte(NO_COLUMNS, length);
                write_signed_varint(&mut self.out, line_delta);
                self.line = line;
                return Ok(());
            }
        } else if end_line == line {
            if line_delta == 0 && col < 80 && end_col >= col && end_col - col < 16 {
                self.first_byte(SHORT_FORMS + (col >> 3) as u8, length);
                self.out.push((((col & 7) << 4) | (end_col - col)) as u8);
                return Ok(());
            }
            if (0..3).contains(&line_delta) && col < 128 && end_col < 128 {
                self.first_byte(ONE_LINE + line_delta as u8, length);
                self.out.push(col as u8);
                self.out.push(end_col as u8);
                self.line = line;
                return Ok(());
            }
        }
        let unrepresentable = LocationTableError::Unrepresentable(position);
        let end_delta = end_line
            .checked_sub(line)
            .and_then(|d| u32::try_from(d).ok());
        let end_delta = end_delta.ok_or(unrepresentable)?;
        // Columns are stored plus one so that 0 means None (-1).
        let stored = |column: i32| column.checked_add(1).and_then(|c| u32::try_from(c).ok());
        let (col, end_col) = (
            stored(col).ok_or(unrepresentable)?,
            stored(end_col).ok_or(unrepresentable)?,
        );
        self.first_byte(LONG, length);
        write_signed_varint(&mut self.out, line_delta);
        write_varint(&mut self.out, end_delta);
        write_varint(&mut self.out, col);
        write_varint(&mut self.out, end_col);
        self.line = line;
        Ok(())
    }
}

/// Writes `co_linetable` for a code object starting at `first_line`, given each
/// instruction's position and length in code units (its caches included).
/// Consecutive runs with one position share entries, split every 8 units,
/// as CPython's assembler writes them.
pub fn encode(
    first_line: i32,
    runs: impl IntoIterator<Item = (Position, u32)>,
) -> Result<Vec<u8>, LocationTableError> {
    let runs = runs.into_iter();
    let mut writer = Writer {
        // Most runs take one entry of one or two bytes.
        out: Vec::with_capacity(2 * runs.size_hint().0),
        line: first_line,
    };
    let mut pending: Option<(Position, u32)> = None;
    let flush = |writer: &mut Writer, (position, mut length): (Position, u32)| {
        while length > 0 {
            let chunk = length.min(MAX_ENTRY_LENGTH);
            writer.entry(position, chunk)?;
            length -= chunk;
        }
        Ok(())
    };
    for (position, length) in runs {
        match &mut pending {
            Some((current, total)) if *current == position => {
                *total = total
                    .checked_add(length)
                    .ok_or(LocationTableError::Overflow)?;
            }
            _ => {
                if let Some(run) = pending.replace((position, length)) {
                    flush(&mut writer, run)?;
                }
            }
        }
    }
    if let Some(run) = pending {
        flush(&mut writer, run)?;
    }
    Ok(writer.out)
}

/// Reads `co_linetable` of a code object starting at `first_line`.
pub fn decode(first_line: i32, table: &[u8]) -> Result<Vec<LocationEntry>, LocationTableError> {
    let mut reader = Reader { table, at: 0 };
    let mut line = first_line;
    let mut entries = Vec::new();
    while reader.at < table.len() {
        let start = reader.at;
        let first = reader.byte()?;
        if first & 0x80 == 0 {
            return Err(LocationTableError::NotEntryStart(start));
        }
        let kind = (first >> 3) & 0x0f;
        let length = u32::from(first & 7) + 1;
        let position = match kind {
            NO_LOCATION => Position::NONE,
            NO_COLUMNS => {
                line = add_line(line, reader.signed_varint()?)?;
                Position {
                    line: real(line),
                    end_line: real(line),
                    col: None,
                    end_col: None,
                }
            }
            LONG => {
                line = add_line(line, reader.signed_varint()?)?;
                let end_delta =
                    i32::try_from(reader.varint()?).map_err(|_| LocationTableError::Overflow)?;
                let end_line = add_line(line, end_delta)?;
                let col = column(reader.varint()?)?;
                let end_col = column(reader.varint()?)?;
                Position {
                    line: real(line),
                    end_line: real(end_line),
                    col,
                    end_col,
                }
            }
            ONE_LINE..=12 => {
                line = add_line(line, i32::from(kind - ONE_LINE))?;
                let col = i32::from(reader.byte()?);
                let end_col = i32::from(reader.byte()?);
                Position {
                    line: real(line),
                    end_line: real(line),
                    col: Some(col),
                    end_col: Some(end_col),
                }
            }
            _ => {
                let second = reader.byte()?;
                let col = i32::from(kind) * 8 + i32::from((second >> 4) & 7);
                let end_col = col + i32::from(second & 15);
                Position {
                    line: real(line),
                    end_line: real(line),
                    col: Some(col),
                    end_col: Some(end_col),
                }
            }
        };
        entries.push(LocationEntry { length, position });
    }
    Ok(entries)
}

/// CPython's -1 ("no value") as `None`, as `co_positions()` converts it.
fn real(value: i32) -> Option<i32> {
    (value != -1).then_some(value)
}

fn add_line(line: i32, delta: i32) -> Result<i32, LocationTableError> {
    line.checked_add(delta).ok_or(LocationTableError::Overflow)
}

/// A long-form column: stored plus one, 0 meaning none.
fn column(stored: u32) -> Result<Option<i32>, LocationTableError> {
    let value = i32::try_from(stored).map_err(|_| LocationTableError::Overflow)? - 1;
    Ok(real(value))
}

struct Reader<'a> {
    table: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, LocationTableError> {
        let byte = *self
            .table
            .get(self.at)
            .ok_or(LocationTableError::Truncated)?;
        self.at += 1;
        Ok(byte)
    }

    fn varint(&mut self) -> Result<u32, LocationTableError> {
        let mut value = 0u32;
        let mut shift = 0;
        loop {
            let byte = self.byte()?;
            let chunk = u32::from(byte & 0x3f);
            if shift >= 32 || (chunk << shift) >> shift != chunk {
                return Err(LocationTableError::Overflow);
            }
            value |= chunk << shift;
            shift += 6;
            if byte & 0x40 == 0 {
                return Ok(value);
            }
        }
    }

    fn signed_varint(&mut self) -> Result<i32, LocationTableError> {
        let value = self.varint()?;
        let magnitude = i32::try_from(value >> 1).map_err(|_| LocationTableError::Overflow)?;
        Ok(if value & 1 == 1 {
            -magnitude
        } else {
            magnitude
        })
    }
}

/// `co_positions()`: one position per code unit the table covers.
pub fn positions(entries: &[LocationEntry]) -> impl Iterator<Item = Position> + '_ {
    entries
        .iter()
        .flat_map(|entry| std::iter::repeat_n(entry.position, entry.length as usize))
}

/// One `co_lines()` range: byte offsets `start..end` on `line`.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct LineRange {
    /// First byte offset.
    pub start: usize,
    /// Byte offset past the range.
    pub end: usize,
    /// The line, `None` for code without one.
    pub line: Option<i32>,
}

/// `co_lines()`: byte ranges per line, consecutive entries on the same line
/// merged into one range (CPython's `lineiter_next`).
pub fn lines(entries: &[LocationEntry]) -> Vec<LineRange> {
    let mut ranges: Vec<LineRange> = Vec::new();
    let mut offset = 0usize;
    for entry in entries {
        let end = offset.saturating_add(2 * entry.length as usize);
        match ranges.last_mut() {
            Some(last) if last.line == entry.position.line => last.end = end,
            _ => ranges.push(LineRange {
                start: offset,
                end,
                line: entry.position.line,
            }),
        }
        offset = end;
    }
    ranges
}

/// The position of code unit `index` (what a traceback shows for an
/// instruction; CPython's `PyCode_Addr2Location`). `None` past the table.
pub fn position_at(entries: &[LocationEntry], index: usize) -> Option<Position> {
    let mut start = 0usize;
    for entry in entries {
        let end = start.saturating_add(entry.length as usize);
        if index < end {
            return Some(entry.position);
        }
        start = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: i32, end_line: i32, col: i32, end_col: i32) -> Position {
        Position {
            line: Some(line),
            end_line: Some(end_line),
            col: Some(col),
            end_col: Some(end_col),
        }
    }

    #[test]
    fn each_form_round_trips() {
        let runs = [
            (at(1, 1, 0, 0), 1),     // short form
            (at(1, 1, 79, 94), 3),   // short form, last column group
            (at(3, 3, 4, 127), 1),   // one-line form, delta 2
            (Position::NONE, 2),     // no location
            (at(3, 3, 200, 210), 1), // long form (wide columns)
            (
                Position {
                    col: None,
                    end_col: None,
                    ..at(2, 2, 0, 0)
                },
                1,
            ), // no columns, backwards
            (at(40, 45, 4, 2), 9),   // long form across lines, split at 8
            (
                Position {
                    end_col: None,
                    ..at(40, 41, 4, 0)
                },
                1,
            ), // long form, missing end column
        ];
        let bytes = encode(1, runs.iter().copied()).unwrap();
        let entries = decode(1, &bytes).unwrap();
        let expanded: Vec<Position> = runs
            .iter()
            .flat_map(|&(p, n)| std::iter::repeat_n(p, n as usize))
            .collect();
        assert_eq!(positions(&entries).collect::<Vec<_>>(), expanded);
        assert_eq!(
            entries.iter().map(|e| e.length).collect::<Vec<_>>(),
            [1, 3, 1, 2, 1, 1, 8, 1, 1]
        );
        assert_eq!(bytes[0], 0x80);
        let lines: Vec<(usize, usize, Option<i32>)> = lines(&entries)
            .iter()
            .map(|r| (r.start, r.end, r.line))
            .collect();
        assert_eq!(
            lines,
            [
                (0, 8, Some(1)),
                (8, 10, Some(3)),
                (10, 14, None),
                (14, 16, Some(3)),
                (16, 18, Some(2)),
                (18, 38, Some(40))
            ]
        );
        assert_eq!(position_at(&entries, 4), Some(at(3, 3, 4, 127)));
        assert_eq!(position_at(&entries, 19), None);
    }

    #[test]
    fn unrepresentable_and_malformed_tables_are_errors() {
        let backwards = at(5, 4, 0, 1);
        assert_eq!(
            encode(1, [(backwards, 1)]),
            Err(LocationTableError::Unrepresentable(backwards))
        );
        assert_eq!(decode(1, &[0x80]), Err(LocationTableError::Truncated));
        assert_eq!(
            decode(1, &[0x01]),
            Err(LocationTableError::NotEntryStart(0))
        );
        assert_eq!(
            decode(1, &[0xf0, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x01]),
            Err(LocationTableError::Overflow)
        );
    }
}
