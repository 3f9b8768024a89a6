//! Unicode normalization (NFC, NFD, NFKC, NFKD) and its quick check, step for step as CPython's
//! `nfd_nfkd`, `nfc_nfkc` and `is_normalized_quickcheck` in Modules/unicodedata.c do it.

use crate::ucd::{
    self, L_BASE, L_COUNT, N_COUNT, S_BASE, S_COUNT, T_BASE, T_COUNT, V_BASE, V_COUNT, Version,
};
use crate::ucd_tables::COMPOSITIONS;

/// A normal form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Nfc,
    Nfkc,
    Nfd,
    Nfkd,
}

impl Form {
    /// The form named `"NFC"`, `"NFKC"`, `"NFD"` or `"NFKD"`.
    pub fn from_name(name: &str) -> Option<Form> {
        match name {
            "NFC" => Some(Form::Nfc),
            "NFKC" => Some(Form::Nfkc),
            "NFD" => Some(Form::Nfd),
            "NFKD" => Some(Form::Nfkd),
            _ => None,
        }
    }

    fn composes(self) -> bool {
        matches!(self, Form::Nfc | Form::Nfkc)
    }

    fn compatibility(self) -> bool {
        matches!(self, Form::Nfkc | Form::Nfkd)
    }
}

/// A quick check's verdict (UAX #15).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuickCheck {
    Yes,
    Maybe,
    No,
}

/// CPython's `is_normalized_quickcheck`: `yes_only` stops at the first character that is not a
/// certain yes. The 3.2.0 view has no quick-check data, so it always says maybe.
pub fn quick_check(version: Version, form: Form, s: &[u32], yes_only: bool) -> QuickCheck {
    if version == Version::V3_2_0 {
        return QuickCheck::Maybe;
    }
    if s.iter().all(|&c| c < 0x80) {
        return QuickCheck::Yes;
    }
    let shift = if form.composes() { 4 } else { 0 } + if form.compatibility() { 2 } else { 0 };
    let mut result = QuickCheck::Yes;
    let mut prev_combining = 0;
    for &c in s {
        let props = ucd::props(c);
        let combining = props.combining();
        if combining != 0 && prev_combining > combining {
            return QuickCheck::No;
        }
        prev_combining = combining;
        match props.quick_check_bits(shift) {
            0 => {}
            _ if yes_only => return QuickCheck::Maybe,
            1 => result = QuickCheck::Maybe,
            _ => return QuickCheck::No,
        }
    }
    result
}

/// `s` in normal form `form`.
pub fn normalize(version: Version, form: Form, s: &[u32]) -> Vec<u32> {
    let decomposed = decompose(version, s, form.compatibility());
    if form.composes() {
        compose(&decomposed)
    } else {
        decomposed
    }
}

/// Whether `s` is in normal form `form` (`unicodedata.is_normalized`).
pub fn is_normalized(version: Version, form: Form, s: &[u32]) -> bool {
    match quick_check(version, form, s, false) {
        QuickCheck::Yes => true,
        QuickCheck::No => false,
        QuickCheck::Maybe => normalize(version, form, s) == s,
    }
}

/// Full (canonical or compatibility) decomposition, then the canonical ordering.
fn decompose(version: Version, s: &[u32], compatibility: bool) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len() + s.len().min(10));
    let mut stack = Vec::new();
    for &c in s {
        stack.push(c);
        while let Some(code) = stack.pop() {
            if let Some(index) = code.checked_sub(S_BASE).filter(|&i| i < S_COUNT) {
                out.push(L_BASE + index / N_COUNT);
                out.push(V_BASE + (index % N_COUNT) / T_COUNT);
                if index % T_COUNT != 0 {
                    out.push(T_BASE + index % T_COUNT);
                }
                continue;
            }
            if let Some(old) = version.old_mapping(code) {
                stack.push(old);
                continue;
            }
            match version.decomposition(code) {
                Some(d) if d.tag.is_empty() || compatibility => {
                    stack.extend(d.code_points.iter().rev())
                }
                _ => out.push(code),
            }
        }
    }
    canonical_order(&mut out);
    out
}

/// Sorts each run of combining marks by combining class, keeping equal classes in order
/// (always by Unicode 16.0's classes, as CPython does for both views).
fn canonical_order(s: &mut [u32]) {
    let class = |c: u32| ucd::props(c).combining();
    for i in 1..s.len() {
        let cur = class(s[i]);
        if cur == 0 {
            continue;
        }
        let mut j = i;
        while j > 0 {
            let prev = class(s[j - 1]);
            if prev == 0 || prev <= cur {
                break;
            }
            s.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Whether `c` starts some primary composite.
fn composes_forward(c: u32) -> bool {
    let i = composition_index(c, 0);
    i < COMPOSITIONS.len() / 3 && COMPOSITIONS[3 * i] == c
}

/// The first triple of `COMPOSITIONS` at or after the pair (first, second).
fn composition_index(first: u32, second: u32) -> usize {
    let (mut lo, mut hi) = (0, COMPOSITIONS.len() / 3);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if (COMPOSITIONS[3 * mid], COMPOSITIONS[3 * mid + 1]) < (first, second) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

fn composite(first: u32, second: u32) -> Option<u32> {
    let i = composition_index(first, second);
    (i < COMPOSITIONS.len() / 3
        && COMPOSITIONS[3 * i] == first
        && COMPOSITIONS[3 * i + 1] == second)
        .then(|| COMPOSITIONS[3 * i + 2])
}

/// Canonical composition of a decomposed string (CPython's `nfc_nfkc` after its `nfd_nfkd`).
fn compose(s: &[u32]) -> Vec<u32> {
    let class = |c: u32| ucd::props(c).combining();
    let mut out = Vec::with_capacity(s.len());
    let mut skipped = vec![false; s.len()];
    let mut i = 0;
    while i < s.len() {
        if skipped[i] {
            i += 1;
            continue;
        }
        let code = s[i];
        // Hangul: a leading consonant and a vowel, then maybe a trailing consonant.
        if (L_BASE..L_BASE + L_COUNT).contains(&code)
            && i + 1 < s.len()
            && (V_BASE..V_BASE + V_COUNT).contains(&s[i + 1])
        {
            let mut syllable = S_BASE + ((code - L_BASE) * V_COUNT + (s[i + 1] - V_BASE)) * T_COUNT;
            i += 2;
            if i < s.len() && T_BASE < s[i] && s[i] < T_BASE + T_COUNT {
                syllable += s[i] - T_BASE;
                i += 1;
            }
            out.push(syllable);
            continue;
        }
        if !composes_forward(code) {
            out.push(code);
            i += 1;
            continue;
        }
        let mut base = code;
        let mut blocking_class = 0;
        let mut j = i + 1;
        while j < s.len() {
            let next = s[j];
            let next_class = class(next);
            if blocking_class != 0 {
                if next_class == 0 {
                    break;
                }
                if blocking_class >= next_class {
                    j += 1;
                    continue;
                }
            }
            match composite(base, next) {
                Some(c) => {
                    base = c;
                    skipped[j] = true;
                    j += 1;
                    if !composes_forward(base) {
                        break;
                    }
                }
                None => {
                    if next_class == 0 {
                        break;
                    }
                    blocking_class = next_class;
                    j += 1;
                }
            }
        }
        out.push(base);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nf(form: Form, s: &str) -> String {
        let cps: Vec<u32> = s.chars().map(u32::from).collect();
        normalize(Version::Current, form, &cps)
            .into_iter()
            .map(|c| char::from_u32(c).unwrap())
            .collect()
    }

    #[test]
    fn the_four_forms() {
        assert_eq!(
            nf(Form::Nfd, "\u{1E9B}\u{0323}"),
            "\u{017F}\u{0323}\u{0307}"
        );
        assert_eq!(nf(Form::Nfc, "\u{1E9B}\u{0323}"), "\u{1E9B}\u{0323}");
        assert_eq!(nf(Form::Nfkd, "\u{1E9B}\u{0323}"), "s\u{0323}\u{0307}");
        assert_eq!(nf(Form::Nfkc, "\u{1E9B}\u{0323}"), "\u{1E69}");
        assert_eq!(nf(Form::Nfc, "\u{1100}\u{1161}\u{11A8}"), "\u{AC01}");
        assert_eq!(nf(Form::Nfd, "\u{AC01}"), "\u{1100}\u{1161}\u{11A8}");
        assert_eq!(nf(Form::Nfc, "\u{0958}"), "\u{0915}\u{093C}");
    }

    #[test]
    fn quick_check_and_3_2_0_corrections() {
        let marks = [0x61, 0x301, 0x323];
        assert_eq!(
            quick_check(Version::Current, Form::Nfd, &marks, false),
            QuickCheck::No
        );
        assert!(!is_normalized(Version::Current, Form::Nfc, &marks));
        assert_eq!(
            quick_check(Version::Current, Form::Nfc, &[0x61, 0x301], false),
            QuickCheck::Maybe
        );
        assert_eq!(normalize(Version::V3_2_0, Form::Nfc, &[0x2F874]), [0x5F33]);
        assert_eq!(normalize(Version::Current, Form::Nfc, &[0x2F874]), [0x5F53]);
    }
}
