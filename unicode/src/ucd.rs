//! The Unicode Character Database as CPython 3.14's `unicodedata` reads it (Modules/unicodedata.c):
//! per-code-point properties, decompositions and names for Unicode 16.0.0 and the 3.2.0 view
//! (`ucd_3_2_0`, for IDNA and stringprep), over the tables in `ucd_tables`.

use crate::ucd_tables as t;

/// Which database: the current one or the frozen Unicode 3.2.0 view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    /// Unicode 16.0.0, `unicodedata`'s module-level functions.
    Current,
    /// Unicode 3.2.0, `unicodedata.ucd_3_2_0`.
    V3_2_0,
}

/// One code point's properties.
#[derive(Clone, Copy, Debug)]
pub struct Props([u8; 8]);

const NO_VALUE: u8 = 15;

/// An unassigned code point's properties (the tables list Cn, no bidirectional class and
/// width N first).
const UNASSIGNED: Props = Props([0, 0, 0, 0, 0, 0, 0, NO_VALUE << 4 | NO_VALUE]);

impl Props {
    pub fn category(self) -> &'static str {
        t::CATEGORY_NAMES[usize::from(self.0[0])]
    }

    /// The bidirectional class, `""` where none is defined.
    pub fn bidirectional(self) -> &'static str {
        t::BIDI_NAMES[usize::from(self.0[1])]
    }

    pub fn east_asian_width(self) -> &'static str {
        t::EAW_NAMES[usize::from(self.0[2])]
    }

    pub fn mirrored(self) -> bool {
        self.0[3] != 0
    }

    /// The canonical combining class.
    pub fn combining(self) -> u8 {
        self.0[4]
    }

    /// The two quick-check bits of one normal form (see `normalize::QuickCheck`).
    pub(crate) fn quick_check_bits(self, shift: u32) -> u8 {
        (self.0[5] >> shift) & 3
    }

    pub fn numeric(self) -> Option<f64> {
        let i = usize::from(self.0[6]);
        (i != 0).then(|| t::NUMERIC_VALUES[i - 1])
    }

    pub fn decimal(self) -> Option<u32> {
        let d = self.0[7] >> 4;
        (d != NO_VALUE).then_some(u32::from(d))
    }

    pub fn digit(self) -> Option<u32> {
        let d = self.0[7] & 15;
        (d != NO_VALUE).then_some(u32::from(d))
    }

    /// What CPython reports for a code point Unicode 16.0 assigns and 3.2.0 did not: category
    /// Cn, East Asian width N, no other property but the (unversioned) digit value.
    fn unassigned_in_3_2_0(self) -> Props {
        Props([0, 0, 0, 0, 0, 0, 0, NO_VALUE << 4 | (self.0[7] & 15)])
    }
}

/// Looks `c` up in a three-level table: top -> group of blocks -> block of values.
fn three_level(
    c: u32,
    shift: u32,
    group_shift: u32,
    top: &[u16],
    groups: &[u16],
    blocks: &[u16],
) -> usize {
    let c = c as usize;
    let group = usize::from(top[c >> (shift + group_shift)]);
    let block =
        usize::from(groups[(group << group_shift) | ((c >> shift) & ((1 << group_shift) - 1))]);
    usize::from(blocks[(block << shift) | (c & ((1 << shift) - 1))])
}

/// Whether `c` lies in one of the inclusive (first, last) ranges, flattened and sorted.
fn in_ranges(ranges: &[u32], c: u32) -> bool {
    let (mut lo, mut hi) = (0, ranges.len() / 2);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if ranges[2 * mid + 1] < c {
            lo = mid + 1;
        } else if ranges[2 * mid] > c {
            hi = mid;
        } else {
            return true;
        }
    }
    false
}

/// `c`'s entry in a sorted table of (code point, value) pairs.
fn pair_lookup(pairs: &[u32], c: u32) -> Option<u32> {
    let n = pairs.len() / 2;
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        match pairs[2 * mid].cmp(&c) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(pairs[2 * mid + 1]),
        }
    }
    None
}

/// Unicode 16.0.0's properties of `c`; code points past U+10FFFF read as unassigned.
pub fn props(c: u32) -> Props {
    if c > 0x10FFFF {
        return UNASSIGNED;
    }
    let i = three_level(
        c,
        t::RECORD_SHIFT,
        t::RECORD_GROUP_SHIFT,
        &t::RECORD_TOP,
        &t::RECORD_GROUPS,
        &t::RECORD_BLOCKS,
    );
    Props(t::RECORDS[i])
}

/// Whether Unicode 16.0 assigns `c` and 3.2.0 did not (CPython's `category_changed == 0`).
fn new_since_3_2_0(c: u32) -> bool {
    in_ranges(&t::UNASSIGNED_3_2_0, c)
}

/// A decomposition mapping: its tag (`""` for canonical, `"<compat>"`, `"<font>"`, ...) and code points.
#[derive(Clone, Copy, Debug)]
pub struct Decomposition {
    pub tag: &'static str,
    pub code_points: &'static [u32],
}

impl Version {
    /// `unidata_version`.
    pub fn unidata_version(self) -> &'static str {
        match self {
            Version::Current => "16.0.0",
            Version::V3_2_0 => "3.2.0",
        }
    }

    pub fn props(self, c: u32) -> Props {
        let current = props(c);
        match self {
            Version::Current => current,
            Version::V3_2_0 => match pair_lookup(&t::CHANGED_3_2_0, c) {
                Some(i) => Props(t::RECORDS[i as usize]),
                None if new_since_3_2_0(c) => current.unassigned_in_3_2_0(),
                None => current,
            },
        }
    }

    /// The decomposition mapping `unicodedata.decomposition` shows (none for Hangul syllables,
    /// whose decomposition is algorithmic).
    pub fn decomposition(self, c: u32) -> Option<Decomposition> {
        if c > 0x10FFFF || (self == Version::V3_2_0 && new_since_3_2_0(c)) {
            return None;
        }
        let i = three_level(
            c,
            t::DECOMP_SHIFT,
            t::DECOMP_GROUP_SHIFT,
            &t::DECOMP_TOP,
            &t::DECOMP_GROUPS,
            &t::DECOMP_BLOCKS,
        );
        if i == 0 {
            return None;
        }
        let header = t::DECOMP_DATA[i];
        let len = (header >> 8) as usize;
        Some(Decomposition {
            tag: t::DECOMP_TAGS[(header & 0xff) as usize],
            code_points: &t::DECOMP_DATA[i + 1..i + 1 + len],
        })
    }

    /// Unicode 3.2.0's own decomposition of the few characters corrected since (CPython's
    /// `normalization_3_2_0`), as the one code point it maps to.
    pub(crate) fn old_mapping(self, c: u32) -> Option<u32> {
        match self {
            Version::Current => None,
            Version::V3_2_0 => pair_lookup(&t::CORRECTIONS_3_2_0, c),
        }
    }

    /// The character's name (`unicodedata.name`), `None` where it has none.
    pub fn name(self, c: u32) -> Option<String> {
        let props = self.props(c);
        let exceptions: &[u32] = match self {
            Version::Current => &t::NAME_EXCEPTIONS,
            Version::V3_2_0 => &t::NAME_EXCEPTIONS_3_2_0,
        };
        let usual = !matches!(props.category(), "Cn" | "Cc" | "Co" | "Cs");
        if usual == in_ranges(exceptions, c) {
            return None;
        }
        if let Some(name) = hangul_syllable_name(c) {
            return Some(name);
        }
        if is_unified_ideograph(c) {
            return Some(format!("CJK UNIFIED IDEOGRAPH-{c:X}"));
        }
        char::from_u32(c)
            .and_then(unicode_names2::name)
            .map(|n| n.to_string())
    }

    /// `unicodedata.lookup`: the character or named sequence called `name`. Names, aliases and
    /// sequences match without regard to ASCII case; the algorithmic Hangul syllable and CJK
    /// names only in upper case, as CPython's `_getcode` has it. The 3.2.0 view knows neither
    /// aliases nor sequences but, like CPython's, finds characters assigned since.
    pub fn lookup(self, name: &[u8]) -> Option<Named> {
        if let Some(rest) = name.strip_prefix(b"HANGUL SYLLABLE ") {
            return hangul_syllable_by_name(rest).map(Named::Char);
        }
        if let Some(hex) = name.strip_prefix(b"CJK UNIFIED IDEOGRAPH-") {
            if !(4..=5).contains(&hex.len())
                || !hex
                    .iter()
                    .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(b))
            {
                return None;
            }
            let c = u32::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?;
            return is_unified_ideograph(c).then_some(Named::Char(c));
        }
        let upper = std::str::from_utf8(name).ok()?.to_ascii_uppercase();
        if self == Version::Current {
            if let Ok(i) = t::ALIASES.binary_search_by_key(&upper.as_str(), |&(n, _)| n) {
                return Some(Named::Char(t::ALIASES[i].1));
            }
            if let Ok(i) = t::NAMED_SEQUENCES.binary_search_by_key(&upper.as_str(), |&(n, _)| n) {
                return Some(Named::Sequence(t::NAMED_SEQUENCES[i].1));
            }
        }
        // Every name starts with a letter and holds only letters, digits, spaces and hyphens;
        // anything else never reaches `unicode_names2`, whose loose matching would also
        // underflow on a leading hyphen.
        let well_formed = upper
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_alphabetic)
            && upper
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-');
        if !well_formed {
            return None;
        }
        let c = u32::from(unicode_names2::character(&upper)?);
        if hangul_syllable_name(c).is_some() || is_unified_ideograph(c) {
            return None;
        }
        (Version::Current.name(c).as_deref() == Some(upper.as_str())).then_some(Named::Char(c))
    }
}

/// What a name stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Named {
    Char(u32),
    Sequence(&'static [u32]),
}

/// The longest name `lookup` accepts (CPython's `NAME_MAXLEN`).
pub const NAME_MAXLEN: usize = 256;

fn is_unified_ideograph(c: u32) -> bool {
    in_ranges(&t::CJK_UNIFIED, c)
}

pub(crate) const S_BASE: u32 = 0xAC00;
pub(crate) const L_BASE: u32 = 0x1100;
pub(crate) const V_BASE: u32 = 0x1161;
pub(crate) const T_BASE: u32 = 0x11A7;
pub(crate) const L_COUNT: u32 = 19;
pub(crate) const V_COUNT: u32 = 21;
pub(crate) const T_COUNT: u32 = 28;
pub(crate) const N_COUNT: u32 = V_COUNT * T_COUNT;
pub(crate) const S_COUNT: u32 = L_COUNT * N_COUNT;

/// The Jamo short names that spell Hangul syllable names (UAX #15's algorithm).
const JAMO_L: [&str; L_COUNT as usize] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; V_COUNT as usize] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; T_COUNT as usize] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

fn hangul_syllable_name(c: u32) -> Option<String> {
    let s = c.checked_sub(S_BASE).filter(|&s| s < S_COUNT)?;
    let (l, v, t) = (s / N_COUNT, (s % N_COUNT) / T_COUNT, s % T_COUNT);
    Some(format!(
        "HANGUL SYLLABLE {}{}{}",
        JAMO_L[l as usize], JAMO_V[v as usize], JAMO_T[t as usize]
    ))
}

/// The index of the longest jamo name that starts `s`, and its length (CPython's `find_syllable`).
fn longest_jamo(s: &[u8], names: &[&str]) -> Option<(u32, usize)> {
    let mut best: Option<(u32, usize)> = None;
    for (i, name) in names.iter().enumerate() {
        if s.starts_with(name.as_bytes()) && best.is_none_or(|(_, len)| name.len() > len) {
            best = Some((i as u32, name.len()));
        }
    }
    best
}

fn hangul_syllable_by_name(s: &[u8]) -> Option<u32> {
    let (l, n) = longest_jamo(s, &JAMO_L)?;
    let s = &s[n..];
    let (v, n) = longest_jamo(s, &JAMO_V)?;
    let s = &s[n..];
    let (t, n) = longest_jamo(s, &JAMO_T)?;
    (n == s.len()).then_some(S_BASE + (l * V_COUNT + v) * T_COUNT + t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_of_both_versions() {
        let euro = Version::Current.props(0x20AC);
        assert_eq!(
            (
                euro.category(),
                euro.bidirectional(),
                euro.east_asian_width()
            ),
            ("Sc", "ET", "A")
        );
        let old = Version::V3_2_0.props(0x0221);
        assert_eq!(
            (old.category(), old.bidirectional(), old.east_asian_width()),
            ("Cn", "", "N")
        );
        assert_eq!(Version::Current.props(0x0221).category(), "Ll");
        assert_eq!(Version::Current.props(0x00BD).numeric(), Some(0.5));
        assert_eq!(Version::Current.props(0x00B2).digit(), Some(2));
        assert_eq!(Version::Current.props(0x00B2).decimal(), None);
        assert_eq!(props(0x110000).category(), "Cn");
    }

    #[test]
    fn names_and_lookups() {
        assert_eq!(
            Version::Current.name(0xAC01).as_deref(),
            Some("HANGUL SYLLABLE GAG")
        );
        assert_eq!(
            Version::Current.name(0x4E00).as_deref(),
            Some("CJK UNIFIED IDEOGRAPH-4E00")
        );
        assert_eq!(Version::Current.name(0x17000), None);
        assert_eq!(Version::V3_2_0.name(0x0221), None);
        assert_eq!(
            Version::Current.lookup(b"latin small letter a"),
            Some(Named::Char(0x61))
        );
        assert_eq!(Version::Current.lookup(b"hangul syllable gag"), None);
        assert_eq!(
            Version::Current.lookup(b"HANGUL SYLLABLE GAG"),
            Some(Named::Char(0xAC01))
        );
        assert_eq!(
            Version::Current.lookup(b"CJK UNIFIED IDEOGRAPH-04E00"),
            Some(Named::Char(0x4E00))
        );
        assert_eq!(Version::Current.lookup(b"BOM"), Some(Named::Char(0xFEFF)));
        assert_eq!(Version::V3_2_0.lookup(b"BOM"), None);
        assert_eq!(
            Version::Current.lookup(b"LATIN SMALL LETTER R WITH TILDE"),
            Some(Named::Sequence(&[0x72, 0x303]))
        );
        assert_eq!(Version::Current.lookup(b"LATIN SMALL LETTER_A"), None);
        assert_eq!(Version::Current.lookup(b"-A"), None);
        assert_eq!(Version::Current.lookup(b"A -"), None);
    }
}
