//! Character classes and case mappings of the matcher: `sre_category`, `sre_lower_*`/`sre_upper_*` and `char_loc_ignore` in Modules/_sre/sre.c.

use super::constants::category;

/// `Py_ISSPACE` below 128 (`\t\n\v\f\r` and space).
fn ascii_space(c: u32) -> bool {
    matches!(c, 0x09..=0x0d | 0x20)
}

fn ascii_alnum(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphanumeric()
}

/// `SRE_IS_WORD`.
pub fn is_word(c: u32) -> bool {
    ascii_alnum(c) || c == u32::from(b'_')
}

/// `SRE_LOC_IS_WORD`: the C library's `isalnum` in the C and UTF-8 locales
/// Python runs under is ASCII's.
pub fn is_loc_word(c: u32) -> bool {
    is_word(c)
}

/// `Py_UNICODE_ISALNUM(c) || c == '_'`.
pub fn is_uni_word(c: u32) -> bool {
    if c < 0x80 {
        // Below 128 the Unicode classes are ASCII's (\w is the hot category of most patterns).
        return is_word(c);
    }
    c == u32::from(b'_')
        || ouro_unicode::is_alpha(c)
        || ouro_unicode::decimal_value(c).is_some()
        || ouro_unicode::is_digit(c)
        || ouro_unicode::is_numeric(c)
}

/// `Py_UNICODE_ISSPACE`: below 128 also the separators `\x1c`-`\x1f`.
fn is_uni_space(c: u32) -> bool {
    if c < 0x80 {
        return matches!(c, 0x09..=0x0d | 0x1c..=0x20);
    }
    ouro_unicode::is_space(c)
}

/// `Py_UNICODE_ISDECIMAL`.
fn is_uni_digit(c: u32) -> bool {
    if c < 0x80 {
        return (0x30..=0x39).contains(&c);
    }
    ouro_unicode::decimal_value(c).is_some()
}

/// `Py_UNICODE_ISLINEBREAK`: what `str.splitlines` splits on.
pub fn is_uni_linebreak(c: u32) -> bool {
    matches!(
        c,
        0x0a..=0x0d | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029
    )
}

/// `sre_category`.
pub fn in_category(cat: u32, c: u32) -> bool {
    match cat {
        category::DIGIT => (0x30..=0x39).contains(&c),
        category::NOT_DIGIT => !(0x30..=0x39).contains(&c),
        category::SPACE => ascii_space(c),
        category::NOT_SPACE => !ascii_space(c),
        category::WORD => is_word(c),
        category::NOT_WORD => !is_word(c),
        category::LINEBREAK => c == 0x0a,
        category::NOT_LINEBREAK => c != 0x0a,
        category::LOC_WORD => is_loc_word(c),
        category::LOC_NOT_WORD => !is_loc_word(c),
        category::UNI_DIGIT => is_uni_digit(c),
        category::UNI_NOT_DIGIT => !is_uni_digit(c),
        category::UNI_SPACE => is_uni_space(c),
        category::UNI_NOT_SPACE => !is_uni_space(c),
        category::UNI_WORD => is_uni_word(c),
        category::UNI_NOT_WORD => !is_uni_word(c),
        category::UNI_LINEBREAK => is_uni_linebreak(c),
        category::UNI_NOT_LINEBREAK => !is_uni_linebreak(c),
        _ => false,
    }
}

/// `sre_lower_ascii`.
pub fn lower_ascii(c: u32) -> u32 {
    if (0x41..=0x5a).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// `sre_lower_locale`: `tolower` of the C library, ASCII-only in the
/// locales Python runs under.
pub fn lower_locale(c: u32) -> u32 {
    lower_ascii(c)
}

/// `sre_upper_locale`.
pub fn upper_locale(c: u32) -> u32 {
    if (0x61..=0x7a).contains(&c) {
        c - 32
    } else {
        c
    }
}

/// `sre_lower_unicode`.
pub fn lower_unicode(c: u32) -> u32 {
    if c < 0x80 {
        return lower_ascii(c);
    }
    ouro_unicode::to_lower_simple(c)
}

/// `sre_upper_unicode`.
pub fn upper_unicode(c: u32) -> u32 {
    if c < 0x80 {
        return upper_locale(c);
    }
    ouro_unicode::to_upper_simple(c)
}

/// `char_loc_ignore`.
pub fn loc_ignore_eq(pattern: u32, c: u32) -> bool {
    c == pattern || lower_locale(c) == pattern || upper_locale(c) == pattern
}
