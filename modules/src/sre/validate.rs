//! The code check `_sre.compile` makes before a pattern may run (`_validate` in Modules/_sre/sre.c): every op well-formed, every skip inside its block, every jump forward.

use super::constants::{MAXREPEAT, at, category, info, op};

/// Nesting deeper than `re`'s parser can produce (its recursion stops near
/// 500 levels) is refused, so hand-made code cannot exhaust the Rust stack.
const MAX_DEPTH: usize = 5000;

/// Whether `code` is a well-formed program for a pattern with `groups`
/// groups: if so, where its sets start (for the matcher's bitmaps).
pub fn validate(code: &[u32], groups: usize) -> Option<Vec<usize>> {
    if code.last() != Some(&op::SUCCESS) {
        return None;
    }
    let mut sets = Vec::new();
    let outcome = inner(code, 0, code.len() - 1, groups, 0, &mut sets)?;
    (outcome == Outcome::Done).then_some(sets)
}

/// How a block ended: at its end, or on a final `JUMP` (a branch arm).
#[derive(PartialEq)]
enum Outcome {
    Done,
    Jump,
}

/// Reads code words from `pos` while staying below `end`.
struct Reader<'a> {
    code: &'a [u32],
    pos: usize,
    end: usize,
}

impl Reader<'_> {
    fn word(&mut self) -> Option<u32> {
        if self.pos >= self.end {
            return None;
        }
        let w = self.code[self.pos];
        self.pos += 1;
        Some(w)
    }

    /// A skip counted from its own position, `adj` words of slack allowed.
    fn skip(&mut self, adj: usize) -> Option<usize> {
        if self.pos >= self.end {
            return None;
        }
        let skip = self.code[self.pos] as usize;
        if skip.checked_sub(adj)? > self.end - self.pos {
            return None;
        }
        self.pos += 1;
        Some(skip)
    }
}

/// Checks the set at `code[pos..end]` and records where it starts.
fn charset(code: &[u32], pos: usize, end: usize, sets: &mut Vec<usize>) -> Option<()> {
    sets.push(pos);
    let mut r = Reader { code, pos, end };
    while r.pos < end {
        match r.word()? {
            op::NEGATE => {}
            op::LITERAL => {
                r.word()?;
            }
            op::RANGE | op::RANGE_UNI_IGNORE => {
                r.word()?;
                r.word()?;
            }
            op::CHARSET => {
                if 8 > end - r.pos {
                    return None;
                }
                r.pos += 8;
            }
            op::BIGCHARSET => {
                let blocks = r.word()?;
                if 64 > end - r.pos {
                    return None;
                }
                for w in &code[r.pos..r.pos + 64] {
                    if w.to_le_bytes().iter().any(|&b| u32::from(b) >= blocks) {
                        return None;
                    }
                }
                r.pos += 64;
                let bitmaps = blocks as usize * 8;
                if bitmaps > end - r.pos {
                    return None;
                }
                r.pos += bitmaps;
            }
            op::CATEGORY => {
                if r.word()? >= category::COUNT {
                    return None;
                }
            }
            _ => return None,
        }
    }
    Some(())
}

/// A block that must not end on a `JUMP`.
fn block(
    code: &[u32],
    pos: usize,
    end: usize,
    groups: usize,
    depth: usize,
    sets: &mut Vec<usize>,
) -> Option<()> {
    (inner(code, pos, end, groups, depth, sets)? == Outcome::Done).then_some(())
}

/// `_validate_inner` over `code[pos..end]`.
fn inner(
    code: &[u32],
    pos: usize,
    end: usize,
    groups: usize,
    depth: usize,
    sets: &mut Vec<usize>,
) -> Option<Outcome> {
    if pos > end || end > code.len() || depth > MAX_DEPTH {
        return None;
    }
    let mut r = Reader { code, pos, end };
    while r.pos < end {
        match r.word()? {
            op::MARK => {
                if r.word()? as usize > 2 * groups + 1 {
                    return None;
                }
            }
            op::LITERAL
            | op::NOT_LITERAL
            | op::LITERAL_IGNORE
            | op::NOT_LITERAL_IGNORE
            | op::LITERAL_UNI_IGNORE
            | op::NOT_LITERAL_UNI_IGNORE
            | op::LITERAL_LOC_IGNORE
            | op::NOT_LITERAL_LOC_IGNORE => {
                r.word()?;
            }
            op::SUCCESS | op::FAILURE | op::ANY | op::ANY_ALL => {}
            op::AT => {
                if r.word()? > at::UNI_NON_BOUNDARY {
                    return None;
                }
            }
            op::IN | op::IN_IGNORE | op::IN_UNI_IGNORE | op::IN_LOC_IGNORE => {
                let skip = r.skip(0)?;
                if skip < 2 {
                    return None;
                }
                charset(code, r.pos, r.pos + skip - 2, sets)?;
                if code.get(r.pos + skip - 2) != Some(&op::FAILURE) {
                    return None;
                }
                r.pos += skip - 1;
            }
            op::INFO => {
                let skip = r.skip(0)?;
                if skip < 1 {
                    return None;
                }
                let newcode = r.pos + skip - 1;
                let flags = r.word()?;
                r.word()?;
                r.word()?;
                if flags & !(info::PREFIX | info::LITERAL | info::CHARSET) != 0
                    || (flags & info::PREFIX != 0 && flags & info::CHARSET != 0)
                    || (flags & info::LITERAL != 0 && flags & info::PREFIX == 0)
                {
                    return None;
                }
                if flags & info::PREFIX != 0 {
                    let len = r.word()? as usize;
                    r.word()?;
                    if len > newcode.checked_sub(r.pos)? {
                        return None;
                    }
                    r.pos += len;
                    if len > newcode.checked_sub(r.pos)? {
                        return None;
                    }
                    if code[r.pos..r.pos + len].iter().any(|&o| o as usize >= len) {
                        return None;
                    }
                    r.pos += len;
                }
                if flags & info::CHARSET != 0 {
                    if newcode < r.pos + 1 {
                        return None;
                    }
                    charset(code, r.pos, newcode - 1, sets)?;
                    if code.get(newcode - 1) != Some(&op::FAILURE) {
                        return None;
                    }
                    r.pos = newcode;
                } else if r.pos != newcode {
                    return None;
                }
            }
            op::BRANCH => {
                let mut target = None;
                loop {
                    let skip = r.skip(0)?;
                    if skip == 0 {
                        break;
                    }
                    if skip < 3 {
                        return None;
                    }
                    block(code, r.pos, r.pos + skip - 3, groups, depth + 1, sets)?;
                    r.pos += skip - 3;
                    if r.word()? != op::JUMP {
                        return None;
                    }
                    let skip = r.skip(0)?;
                    if skip < 1 {
                        return None;
                    }
                    let t = r.pos + skip - 1;
                    match target {
                        None => target = Some(t),
                        Some(prev) if prev != t => return None,
                        Some(_) => {}
                    }
                }
                if target != Some(r.pos) {
                    return None;
                }
            }
            op::REPEAT_ONE | op::MIN_REPEAT_ONE | op::POSSESSIVE_REPEAT_ONE => {
                let skip = r.skip(0)?;
                let (min, max) = (r.word()?, r.word()?);
                if min > max || max > MAXREPEAT || skip < 4 {
                    return None;
                }
                block(code, r.pos, r.pos + skip - 4, groups, depth + 1, sets)?;
                r.pos += skip - 4;
                if r.word()? != op::SUCCESS {
                    return None;
                }
            }
            o @ (op::REPEAT | op::POSSESSIVE_REPEAT) => {
                let skip = r.skip(0)?;
                let (min, max) = (r.word()?, r.word()?);
                if min > max || max > MAXREPEAT || skip < 3 {
                    return None;
                }
                block(code, r.pos, r.pos + skip - 3, groups, depth + 1, sets)?;
                r.pos += skip - 3;
                let last = r.word()?;
                let ok = if o == op::POSSESSIVE_REPEAT {
                    last == op::SUCCESS
                } else {
                    last == op::MAX_UNTIL || last == op::MIN_UNTIL
                };
                if !ok {
                    return None;
                }
            }
            op::ATOMIC_GROUP => {
                let skip = r.skip(0)?;
                if skip < 2 {
                    return None;
                }
                block(code, r.pos, r.pos + skip - 2, groups, depth + 1, sets)?;
                r.pos += skip - 2;
                if r.word()? != op::SUCCESS {
                    return None;
                }
            }
            op::GROUPREF
            | op::GROUPREF_IGNORE
            | op::GROUPREF_UNI_IGNORE
            | op::GROUPREF_LOC_IGNORE => {
                if r.word()? as usize >= groups {
                    return None;
                }
            }
            op::GROUPREF_EXISTS => {
                if r.word()? as usize >= groups {
                    return None;
                }
                let skip = r.skip(1)?;
                // The skip counts from the group word, one before it.
                r.pos -= 1;
                if skip < 2 {
                    return None;
                }
                let mut skip = skip;
                let mut outcome =
                    inner(code, r.pos + 1, r.pos + skip - 1, groups, depth + 1, sets)?;
                if outcome == Outcome::Jump {
                    r.pos += skip - 2;
                    skip = r.skip(0)?;
                    if skip < 1 {
                        return None;
                    }
                    outcome = inner(code, r.pos, r.pos + skip - 1, groups, depth + 1, sets)?;
                }
                if outcome != Outcome::Done {
                    return None;
                }
                r.pos += skip - 1;
            }
            op::ASSERT | op::ASSERT_NOT => {
                let skip = r.skip(0)?;
                r.word()?;
                r.pos -= 1;
                if skip < 2 {
                    return None;
                }
                block(code, r.pos + 1, r.pos + skip - 2, groups, depth + 1, sets)?;
                r.pos += skip - 2;
                if r.word()? != op::SUCCESS {
                    return None;
                }
            }
            op::JUMP => {
                if r.pos + 1 != end {
                    return None;
                }
                return Some(Outcome::Jump);
            }
            _ => return None,
        }
    }
    Some(Outcome::Done)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn validate_ok(code: &[u32], groups: usize) -> bool {
        validate(code, groups).is_some()
    }

    #[test]
    fn accepts_compiled_code_and_rejects_damage() {
        // `a+b` from CPython 3.14's re._compiler.
        let code = [
            14,
            4,
            0,
            2,
            0xffff_ffff,
            24,
            6,
            1,
            MAXREPEAT,
            16,
            97,
            1,
            16,
            98,
            1,
        ];
        assert!(validate_ok(&code, 0));
        assert!(!validate_ok(&code[..code.len() - 1], 0));
        let mut bad_skip = code;
        bad_skip[6] = 60;
        assert!(!validate_ok(&bad_skip, 0));
        assert!(!validate_ok(&[op::MARK, 2, op::SUCCESS], 0));
        assert!(validate_ok(&[op::MARK, 1, op::SUCCESS], 0));
    }

    /// `depth` atomic groups around the literal `a`.
    fn nested(depth: usize) -> Vec<u32> {
        let mut body = vec![op::LITERAL, 97];
        for _ in 0..depth {
            let mut outer = vec![op::ATOMIC_GROUP, body.len() as u32 + 2];
            outer.extend(body);
            outer.push(op::SUCCESS);
            body = outer;
        }
        body.push(op::SUCCESS);
        body
    }

    #[test]
    fn refuses_nesting_past_the_limit() {
        assert!(validate_ok(&nested(3), 0));
        assert!(!validate_ok(&nested(MAX_DEPTH + 10), 0));
    }
}
