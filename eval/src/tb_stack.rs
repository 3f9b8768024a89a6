//! The stack part of a printed traceback: one entry per frame with its source lines and `~~~^^^` carets, and the "[Previous line repeated N more times]" cut-off; mirrors `StackSummary.format`, `format_frame_summary`, `_should_show_carets` and `_extract_caret_anchors_from_line_segment` in CPython 3.14's Lib/traceback.py.

use std::collections::HashMap;

use ouro_frontend::ast::{Expr, ExprKind, Mod, Stmt, StmtKind};
use ouro_frontend::parser::{self, Mode};

/// Frames repeated beyond this many in a row are summarized (`_RECURSIVE_CUTOFF`).
const RECURSIVE_CUTOFF: usize = 3;

/// One traceback entry: where a frame was when the exception passed it.
pub struct FrameSummary {
    pub filename: String,
    pub lineno: Option<i64>,
    pub end_lineno: Option<i64>,
    /// 0-based UTF-8 byte columns, from the code's location table.
    pub colno: Option<usize>,
    pub end_colno: Option<usize>,
    pub name: String,
}

/// Source files read while printing one traceback (what `linecache` holds).
#[derive(Default)]
pub struct SourceCache {
    files: HashMap<String, Vec<String>>,
}

impl SourceCache {
    /// Line `lineno` (1-based) of `filename` without its line end, or `""`
    /// (`linecache.getline`).
    pub fn line(&mut self, filename: &str, lineno: i64) -> String {
        let lines = self
            .files
            .entry(filename.to_string())
            .or_insert_with(|| read_lines(filename));
        usize::try_from(lineno)
            .ok()
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| lines.get(i))
            .cloned()
            .unwrap_or_default()
    }
}

/// The lines of a source file, split as a text file's `readlines()` does;
/// nothing for pseudo-files such as `<string>`.
fn read_lines(filename: &str) -> Vec<String> {
    if filename.is_empty() || (filename.starts_with('<') && filename.ends_with('>')) {
        return Vec::new();
    }
    let Ok(bytes) = std::fs::read(filename) else {
        return Vec::new();
    };
    let text = ouro_frontend::source::decode_source(&bytes)
        .unwrap_or_else(|_| String::from_utf8_lossy(&bytes).into_owned());
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => lines.push(std::mem::take(&mut current)),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                lines.push(std::mem::take(&mut current));
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// `str.isspace()` for one character.
pub fn is_space(c: char) -> bool {
    ouro_unicode::is_space(u32::from(c))
}

fn lstrip(s: &[char]) -> &[char] {
    let n = s.iter().take_while(|c| is_space(**c)).count();
    &s[n..]
}

fn rstrip(s: &[char]) -> &[char] {
    let n = s.iter().rev().take_while(|c| is_space(**c)).count();
    &s[..s.len() - n]
}

fn strip(s: &[char]) -> &[char] {
    lstrip(rstrip(s))
}

/// `str.splitlines(keepends)`: splits at every line boundary Python knows.
pub fn splitlines(text: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let boundary = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if !boundary {
            current.push(c);
            continue;
        }
        if keepends {
            current.push(c);
        }
        if c == '\r' && chars.peek() == Some(&'\n') {
            chars.next();
            if keepends {
                current.push('\n');
            }
        }
        out.push(std::mem::take(&mut current));
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// `textwrap.dedent`: removes the leading spaces and tabs all non-blank
/// lines share; blank lines become empty.
pub fn dedent(text: &str) -> String {
    let lines: Vec<Vec<char>> = text.split('\n').map(|l| l.chars().collect()).collect();
    let blank = |l: &[char]| l.iter().all(|c| is_space(*c));
    let non_blank: Vec<&Vec<char>> = lines.iter().filter(|l| !blank(l)).collect();
    let margin = match (non_blank.iter().min(), non_blank.iter().max()) {
        (Some(first), Some(last)) => first
            .iter()
            .zip(last.iter())
            .take_while(|(a, b)| a == b && matches!(a, ' ' | '\t'))
            .count(),
        _ => 0,
    };
    lines
        .iter()
        .map(|l| {
            if !l.is_empty() && blank(l) {
                String::new()
            } else {
                l.iter().skip(margin).collect()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `textwrap.indent(text, prefix, lambda line: True)`.
pub fn indent_all(text: &str, prefix: &str) -> String {
    splitlines(text, true)
        .iter()
        .map(|l| format!("{prefix}{l}"))
        .collect()
}

/// Whether a character takes two columns on a terminal (East Asian Width
/// `W` or `F`), by the Unicode 16 blocks that hold such characters.
fn is_wide(c: char) -> bool {
    const WIDE: &[(u32, u32)] = &[
        (0x1100, 0x115F),
        (0x231A, 0x231B),
        (0x2329, 0x232A),
        (0x23E9, 0x23EC),
        (0x23F0, 0x23F0),
        (0x23F3, 0x23F3),
        (0x25FD, 0x25FE),
        (0x2614, 0x2615),
        (0x2648, 0x2653),
        (0x267F, 0x267F),
        (0x2693, 0x2693),
        (0x26A1, 0x26A1),
        (0x26AA, 0x26AB),
        (0x26BD, 0x26BE),
        (0x26C4, 0x26C5),
        (0x26CE, 0x26CE),
        (0x26D4, 0x26D4),
        (0x26EA, 0x26EA),
        (0x26F2, 0x26F3),
        (0x26F5, 0x26F5),
        (0x26FA, 0x26FA),
        (0x26FD, 0x26FD),
        (0x2705, 0x2705),
        (0x270A, 0x270B),
        (0x2728, 0x2728),
        (0x274C, 0x274C),
        (0x274E, 0x274E),
        (0x2753, 0x2755),
        (0x2757, 0x2757),
        (0x2795, 0x2797),
        (0x27B0, 0x27B0),
        (0x27BF, 0x27BF),
        (0x2B1B, 0x2B1C),
        (0x2B50, 0x2B50),
        (0x2B55, 0x2B55),
        (0x2E80, 0x303E),
        (0x3041, 0x33FF),
        (0x3400, 0x4DBF),
        (0x4E00, 0x9FFF),
        (0xA000, 0xA4CF),
        (0xA960, 0xA97F),
        (0xAC00, 0xD7A3),
        (0xF900, 0xFAFF),
        (0xFE10, 0xFE19),
        (0xFE30, 0xFE6F),
        (0xFF00, 0xFF60),
        (0xFFE0, 0xFFE6),
        (0x16FE0, 0x18CFF),
        (0x1AFF0, 0x1B2FF),
        (0x1F004, 0x1F004),
        (0x1F0CF, 0x1F0CF),
        (0x1F18E, 0x1F18E),
        (0x1F191, 0x1F19A),
        (0x1F200, 0x1F265),
        (0x1F300, 0x1F320),
        (0x1F32D, 0x1F335),
        (0x1F337, 0x1F37C),
        (0x1F37E, 0x1F393),
        (0x1F3A0, 0x1F3CA),
        (0x1F3CF, 0x1F3D3),
        (0x1F3E0, 0x1F3F0),
        (0x1F3F4, 0x1F3F4),
        (0x1F3F8, 0x1F43E),
        (0x1F440, 0x1F440),
        (0x1F442, 0x1F4FC),
        (0x1F4FF, 0x1F53D),
        (0x1F54B, 0x1F54E),
        (0x1F550, 0x1F567),
        (0x1F57A, 0x1F57A),
        (0x1F595, 0x1F596),
        (0x1F5A4, 0x1F5A4),
        (0x1F5FB, 0x1F64F),
        (0x1F680, 0x1F6C5),
        (0x1F6CC, 0x1F6CC),
        (0x1F6D0, 0x1F6D2),
        (0x1F6D5, 0x1F6D7),
        (0x1F6DC, 0x1F6DF),
        (0x1F6EB, 0x1F6EC),
        (0x1F6F4, 0x1F6FC),
        (0x1F7E0, 0x1F7EB),
        (0x1F7F0, 0x1F7F0),
        (0x1F90C, 0x1F93A),
        (0x1F93C, 0x1F945),
        (0x1F947, 0x1F9FF),
        (0x1FA70, 0x1FAFF),
        (0x20000, 0x3FFFD),
    ];
    let c = u32::from(c);
    WIDE.iter().any(|&(lo, hi)| lo <= c && c <= hi)
}

/// `_display_width`: columns the first `offset` characters take on a terminal.
fn display_width(line: &[char], offset: Option<usize>) -> usize {
    let offset = offset.unwrap_or(line.len());
    if line.iter().all(char::is_ascii) {
        return offset;
    }
    line.iter()
        .take(offset)
        .map(|c| if is_wide(*c) { 2 } else { 1 })
        .sum()
}

/// `_byte_offset_to_character_offset`: characters in the first `offset`
/// UTF-8 bytes of `line` (a cut character counts as one).
fn byte_to_char_offset(line: &[char], offset: usize) -> usize {
    let mut bytes = 0;
    let mut chars = 0;
    for c in line {
        if bytes >= offset {
            break;
        }
        bytes += c.len_utf8();
        chars += 1;
    }
    chars
}

/// Where the carets change from `primary` to `secondary` and back
/// (`_Anchors`): line indexes and character offsets within the segment.
struct Anchors {
    left_end_lineno: usize,
    left_end_offset: usize,
    right_start_lineno: usize,
    right_start_offset: usize,
}

/// Character positions inside a source segment, stepped as
/// `_extract_caret_anchors_from_line_segment`'s helpers do; `None` where
/// CPython's version fails (and the traceback shows no anchors).
struct Segment {
    lines: Vec<Vec<char>>,
}

impl Segment {
    fn normalize(&self, lineno: usize, offset: usize) -> Option<usize> {
        Some(byte_to_char_offset(self.lines.get(lineno)?, offset))
    }

    fn next_valid_char(&self, mut lineno: usize, mut col: usize) -> Option<(usize, usize)> {
        while lineno < self.lines.len() && col >= self.lines[lineno].len() {
            col = 0;
            lineno += 1;
        }
        (lineno < self.lines.len()).then_some((lineno, col))
    }

    fn increment_until(
        &self,
        mut lineno: usize,
        mut col: usize,
        stop: impl Fn(char) -> bool,
    ) -> Option<(usize, usize)> {
        loop {
            let ch = *self.lines.get(lineno)?.get(col)?;
            if ch == '\\' || ch == '#' {
                (lineno, col) = self.next_valid_char(lineno + 1, 0)?;
            } else if !stop(ch) {
                (lineno, col) = self.next_valid_char(lineno, col + 1)?;
            } else {
                return Some((lineno, col));
            }
        }
    }

    /// The end of `expr` (lines shifted for the added `(\n`).
    fn end_of(&self, expr: &Expr, force_valid: bool) -> Option<(usize, usize)> {
        let lineno = usize::try_from(expr.range.end_lineno)
            .ok()?
            .checked_sub(2)?;
        let col = self.normalize(lineno, expr.range.end_col_offset as usize)?;
        if force_valid {
            self.next_valid_char(lineno, col)
        } else {
            Some((lineno, col))
        }
    }

    /// The bracket after `inner` up to the end of `outer`: `f(...)`, `a[...]`.
    fn bracket_anchors(&self, outer: &Expr, inner: &Expr, bracket: char) -> Option<Anchors> {
        let (left_lineno, left_col) = self.end_of(inner, true)?;
        let (left_lineno, left_col) =
            self.increment_until(left_lineno, left_col, |c| c == bracket)?;
        let (right_lineno, right_col) = self.end_of(outer, false)?;
        Some(Anchors {
            left_end_lineno: left_lineno,
            left_end_offset: left_col,
            right_start_lineno: right_lineno,
            right_start_offset: right_col,
        })
    }

    /// The operator between `left` and `right` (one or two characters).
    fn binop_anchors(&self, left: &Expr, right: &Expr) -> Option<Anchors> {
        let (lineno, col) = self.end_of(left, true)?;
        let (lineno, col) = self.increment_until(lineno, col, |c| !is_space(c) && c != ')')?;
        let line = &self.lines[lineno];
        let mut right_col = col + 1;
        if right_col < line.len() {
            let right_lineno = usize::try_from(right.range.lineno).ok()?.checked_sub(2)?;
            let before_right = right_lineno > lineno
                || right_col < self.normalize(right_lineno, right.range.col_offset as usize)?;
            let ch = line[right_col];
            if before_right && !is_space(ch) && ch != '\\' && ch != '#' {
                right_col += 1;
            }
        }
        Some(Anchors {
            left_end_lineno: lineno,
            left_end_offset: col,
            right_start_lineno: lineno,
            right_start_offset: right_col,
        })
    }
}

fn parse_body(source: &str) -> Option<Vec<Stmt>> {
    match parser::parse(source, Mode::Exec).ok()?.module {
        Mod::Module { body, .. } => Some(body),
        _ => None,
    }
}

/// `_extract_caret_anchors_from_line_segment`: for a binary operation, a
/// subscript or a call, where its operator or brackets are.
fn caret_anchors(segment: &str) -> Option<Anchors> {
    let body = parse_body(&format!("(\n{segment}\n)"))?;
    let [statement] = body.as_slice() else {
        return None;
    };
    let StmtKind::Expr { value } = &statement.kind else {
        return None;
    };
    let seg = Segment {
        lines: splitlines(segment, false)
            .iter()
            .map(|l| l.chars().collect())
            .collect(),
    };
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => seg.binop_anchors(left, right),
        ExprKind::Subscript { value: inner, .. } => seg.bracket_anchors(value, inner, '['),
        ExprKind::Call { func, .. } => seg.bracket_anchors(value, func, '('),
        _ => None,
    }
}

/// `_should_show_carets`: no carets under a whole line, nor under a plain
/// `return f(...)` or `x = f(...)` that spans the lines shown.
fn should_show_carets(
    start_offset: usize,
    end_offset: usize,
    all_lines: &[Vec<char>],
    anchors: Option<&Anchors>,
) -> bool {
    let joined = all_lines
        .iter()
        .map(|l| l.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("\n");
    if let Some(body) = parse_body(&joined) {
        let Some(statement) = body.first() else {
            return false;
        };
        let call = match &statement.kind {
            StmtKind::Return { value: Some(value) } => match &value.kind {
                ExprKind::Call { func, .. } if matches!(func.kind, ExprKind::Name { .. }) => {
                    Some(value)
                }
                _ => None,
            },
            StmtKind::Assign { targets, value, .. }
                if matches!(value.kind, ExprKind::Call { .. })
                    && matches!(targets.as_slice(), [t] if matches!(t.kind, ExprKind::Name { .. })) =>
            {
                Some(value)
            }
            _ => None,
        };
        if let Some(value) = call {
            let r = value.range;
            let spans_full_line = r.lineno == 1
                && r.end_lineno as usize == all_lines.len()
                && r.col_offset as usize == start_offset
                && r.end_col_offset as usize == end_offset;
            if spans_full_line {
                return false;
            }
        }
    }
    if anchors.is_some() {
        return true;
    }
    let first = &all_lines[0];
    let last = &all_lines[all_lines.len() - 1];
    !lstrip(&first[..start_offset.min(first.len())]).is_empty()
        || !rstrip(&last[end_offset.min(last.len())..]).is_empty()
}

/// The source lines of one entry with their carets (`format_frame_summary`
/// after the `File` line).
fn format_source(
    summary: &FrameSummary,
    lineno: i64,
    end_lineno: i64,
    sources: &mut SourceCache,
) -> String {
    let raw: Vec<String> = (lineno..=end_lineno)
        .map(|n| {
            let line: Vec<char> = sources.line(&summary.filename, n).chars().collect();
            rstrip(&line).iter().collect()
        })
        .collect();
    let original = format!("{}\n", raw.join("\n"));
    let dedented = dedent(&original);
    if dedented.chars().all(is_space) {
        return String::new();
    }
    let (Some(colno), Some(end_colno)) = (summary.colno, summary.end_colno) else {
        let first: Vec<char> = original.split('\n').next().unwrap_or("").chars().collect();
        let first: String = strip(&first).iter().collect();
        return if first.is_empty() {
            "\n".to_string()
        } else {
            format!("    {first}\n")
        };
    };
    let originals: Vec<Vec<char>> = splitlines(&original, false)
        .iter()
        .map(|l| l.chars().collect())
        .collect();
    let span = usize::try_from(end_lineno - lineno).unwrap_or(0);
    let (Some(first_line), Some(last_line)) = (originals.first(), originals.get(span)) else {
        return String::new();
    };
    let start_offset = byte_to_char_offset(first_line, colno);
    let end_offset = byte_to_char_offset(last_line, end_colno);
    let all_lines: Vec<Vec<char>> = splitlines(&dedented, false)
        .iter()
        .take(span + 1)
        .map(|l| l.chars().collect())
        .collect();
    let Some(first_dedented) = all_lines.first() else {
        return String::new();
    };
    let dedent_chars = first_line.len().saturating_sub(first_dedented.len());
    let start_offset = start_offset.saturating_sub(dedent_chars);
    let end_offset = end_offset.saturating_sub(dedent_chars);
    let last_index = all_lines.len() - 1;
    let dp_start_offset = display_width(&all_lines[0], Some(start_offset));
    let dp_end_offset = display_width(&all_lines[last_index], Some(end_offset));

    let joined: Vec<char> = all_lines.join(&'\n');
    let stop = (joined.len() + end_offset)
        .saturating_sub(all_lines[last_index].len())
        .min(joined.len());
    let segment: String = joined[start_offset.min(stop)..stop].iter().collect();
    let anchors = caret_anchors(&segment);
    let show_carets = should_show_carets(start_offset, end_offset, &all_lines, anchors.as_ref());

    let mut significant = vec![0, last_index];
    let (mut primary, mut secondary) = ('^', '^');
    let mut anchor_cols = (0, 0);
    if let Some(a) = &anchors {
        let mut left = a.left_end_offset;
        let mut right = a.right_start_offset;
        if a.left_end_lineno == 0 {
            left += start_offset;
        }
        if a.right_start_lineno == 0 {
            right += start_offset;
        }
        let width_at = |lineno: usize, offset| {
            all_lines
                .get(lineno)
                .map_or(offset, |l| display_width(l, Some(offset)))
        };
        anchor_cols = (
            width_at(a.left_end_lineno, left),
            width_at(a.right_start_lineno, right),
        );
        (primary, secondary) = ('~', '^');
        for center in [a.left_end_lineno, a.right_start_lineno] {
            significant.extend([center.wrapping_sub(1), center, center + 1]);
        }
    }
    significant.retain(|&l| l <= last_index);
    significant.sort_unstable();
    significant.dedup();

    let mut result = String::new();
    let output_line = |lineno: usize, result: &mut String| {
        let line = &all_lines[lineno];
        result.extend(line.iter());
        result.push('\n');
        if !show_carets {
            return;
        }
        let num_spaces = line.len() - lstrip(line).len();
        let num_carets = if lineno == last_index {
            dp_end_offset
        } else {
            display_width(line, None)
        };
        for col in 0..num_carets {
            let within = anchors.as_ref().is_some_and(|a| {
                (lineno > a.left_end_lineno
                    || (lineno == a.left_end_lineno && col >= anchor_cols.0))
                    && (lineno < a.right_start_lineno
                        || (lineno == a.right_start_lineno && col < anchor_cols.1))
            });
            result.push(
                if col < num_spaces || (lineno == 0 && col < dp_start_offset) {
                    ' '
                } else if within {
                    secondary
                } else {
                    primary
                },
            );
        }
        result.push('\n');
    };
    for (i, &lineno) in significant.iter().enumerate() {
        if i > 0 {
            let gap = lineno - significant[i - 1];
            if gap == 2 {
                output_line(lineno - 1, &mut result);
            } else if gap > 2 {
                result.push_str(&format!("...<{} lines>...\n", gap - 1));
            }
        }
        output_line(lineno, &mut result);
    }
    indent_all(&dedent(&result), "    ")
}

/// One entry: the `File` line and the source with carets.
fn format_summary(summary: &FrameSummary, sources: &mut SourceCache) -> String {
    let filename = if summary.filename.starts_with("<stdin-") && summary.filename.ends_with('>') {
        "<stdin>"
    } else {
        &summary.filename
    };
    let lineno = summary
        .lineno
        .map_or_else(|| "None".to_string(), |l| l.to_string());
    let mut row = format!(
        "  File \"{filename}\", line {lineno}, in {}\n",
        summary.name
    );
    if let Some(lineno) = summary.lineno {
        let end_lineno = summary.end_lineno.unwrap_or(lineno);
        row.push_str(&format_source(summary, lineno, end_lineno, sources));
    }
    row
}

fn repeated_line(count: usize) -> String {
    let count = count - RECURSIVE_CUTOFF;
    let plural = if count > 1 { "s" } else { "" };
    format!("  [Previous line repeated {count} more time{plural}]\n")
}

/// `StackSummary.format`: the entries, with long runs of the same frame
/// and line cut to their first three.
pub fn format_stack(stack: &[FrameSummary], sources: &mut SourceCache) -> String {
    let mut out = String::new();
    let mut last: Option<(&str, Option<i64>, &str)> = None;
    let mut count = 0;
    for summary in stack {
        let key = (
            summary.filename.as_str(),
            summary.lineno,
            summary.name.as_str(),
        );
        if last != Some(key) || summary.lineno.is_none() {
            if count > RECURSIVE_CUTOFF {
                out.push_str(&repeated_line(count));
            }
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        out.push_str(&format_summary(summary, sources));
    }
    if count > RECURSIVE_CUTOFF {
        out.push_str(&repeated_line(count));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dedent_removes_the_common_margin_only() {
        assert_eq!(dedent("    a\n      b\n"), "a\n  b\n");
        assert_eq!(dedent("  a\n\tb"), "  a\n\tb");
        assert_eq!(dedent("  a\n   \n  b"), "a\n\nb");
    }

    #[test]
    fn anchors_find_operators_and_brackets() {
        let binop = caret_anchors("a   //   b").expect("binop");
        assert_eq!((binop.left_end_offset, binop.right_start_offset), (4, 6));
        let call = caret_anchors("f(x)(y)").expect("call");
        assert_eq!((call.left_end_offset, call.right_start_offset), (4, 7));
        let subscript = caret_anchors("d[0] [5]").expect("subscript");
        assert_eq!(
            (subscript.left_end_offset, subscript.right_start_offset),
            (5, 8)
        );
        assert!(caret_anchors("x.y").is_none());
        assert!(caret_anchors("x = (").is_none());
    }

    #[test]
    fn byte_columns_become_character_columns() {
        let line: Vec<char> = "ñame[1]".chars().collect();
        assert_eq!(byte_to_char_offset(&line, 5), 4);
        assert_eq!(byte_to_char_offset(&line, 1), 1);
        assert_eq!(display_width(&"数据".chars().collect::<Vec<_>>(), None), 4);
    }
}
