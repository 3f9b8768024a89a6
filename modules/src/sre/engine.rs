//! The matcher: `SRE(match)`, `SRE(search)`, `SRE(count)`, `SRE(charset)` and `SRE(at)` of Modules/_sre/sre_lib.h, backtracking over an explicit stack of contexts so deep inputs never grow the Rust stack.
//!
//! Positions are indices into the whole subject (`beginning` is 0); the
//! code is a validated `_sre.compile` code list (see `validate`), read with
//! bounds-checked accessors so that even unvalidated code cannot panic.

use super::chars;
use super::charset::{Set, SetTables};
use super::constants::{MAXREPEAT, at, info, op};

/// An unset group mark (`NULL` in CPython).
pub const NO_MARK: usize = usize::MAX;

/// The engine's failure modes that are not "no match" (`SRE_ERROR_*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EngineError {
    /// An opcode where none may be (`SRE_ERROR_ILLEGAL`).
    Illegal,
    /// `MAX_UNTIL`/`MIN_UNTIL` outside a `REPEAT` (`SRE_ERROR_STATE`).
    State,
}

pub type EngineResult<T> = Result<T, EngineError>;

/// One code unit of a subject: a byte, a UCS-2 or a UCS-4 code point.
pub trait Char: Copy {
    fn code(self) -> u32;
}

impl Char for u8 {
    fn code(self) -> u32 {
        u32::from(self)
    }
}

impl Char for u16 {
    fn code(self) -> u32 {
        u32::from(self)
    }
}

impl Char for u32 {
    fn code(self) -> u32 {
        self
    }
}

/// `SRE_REPEAT`: the state of one active `REPEAT ... MAX_UNTIL/MIN_UNTIL`.
struct Repeat {
    count: isize,
    /// Index of the `REPEAT`'s skip word: `+1` min, `+2` max, `+3` the item.
    pattern: usize,
    prev: Option<usize>,
    last_ptr: usize,
}

/// Where a finished child context returns to (`JUMP_*`).
#[derive(Clone, Copy, Debug)]
enum Jump {
    None,
    MaxUntil1,
    MaxUntil2,
    MaxUntil3,
    MinUntil1,
    MinUntil2,
    MinUntil3,
    Repeat,
    RepeatOne1,
    RepeatOne2,
    MinRepeatOne,
    Branch,
    Assert,
    AssertNot,
    PossRepeat1,
    PossRepeat2,
    AtomicGroup,
}

/// `SRE(match_context)`.
#[derive(Clone, Copy)]
struct Ctx {
    count: isize,
    chr: u32,
    rep: usize,
    lastmark: isize,
    lastindex: isize,
    pattern: usize,
    ptr: usize,
    toplevel: bool,
    jump: Jump,
}

impl Ctx {
    fn new(jump: Jump, toplevel: bool) -> Ctx {
        Ctx {
            count: 0,
            chr: 0,
            rep: 0,
            lastmark: -1,
            lastindex: -1,
            pattern: 0,
            ptr: 0,
            toplevel,
            jump,
        }
    }
}

/// `SRE_STATE` without the subject: the window, the marks and the stacks.
pub struct State {
    pub start: usize,
    pub end: usize,
    pub ptr: usize,
    pub marks: Vec<usize>,
    pub lastmark: isize,
    pub lastindex: isize,
    pub must_advance: bool,
    pub match_all: bool,
    repeat: Option<usize>,
    repeats: Vec<Repeat>,
    /// Saved marks and `last_ptr`s (CPython's data stack minus contexts).
    data: Vec<usize>,
    ctxs: Vec<Ctx>,
}

impl State {
    pub fn new(start: usize, end: usize) -> State {
        State {
            start,
            end,
            ptr: start,
            marks: Vec::new(),
            lastmark: -1,
            lastindex: -1,
            must_advance: false,
            match_all: false,
            repeat: None,
            repeats: Vec::new(),
            data: Vec::new(),
            ctxs: Vec::new(),
        }
    }

    /// `state_reset`.
    pub fn reset(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = None;
        self.repeats.clear();
        self.data.clear();
        self.ctxs.clear();
    }

    /// Mark `i` if it is valid (below `lastmark + 1`), else `NO_MARK`.
    pub fn mark(&self, i: usize) -> usize {
        if (i as isize) <= self.lastmark {
            self.marks.get(i).copied().unwrap_or(NO_MARK)
        } else {
            NO_MARK
        }
    }
}

/// What the dispatch loop does next.
enum Flow {
    /// Start a context at `pattern` (the `entrance` label).
    Enter,
    /// Execute the opcode at `pattern`.
    Next,
    /// Push a child context (`DO_JUMP`).
    Call(Jump, usize, bool),
    /// Finish the current context (`RETURN_SUCCESS`/`RETURN_FAILURE`).
    Ret(bool),
}

/// A subject and a code list bound to a state for one match or search.
pub struct Matcher<'a, T: Char> {
    text: &'a [T],
    code: &'a [u32],
    sets: &'a SetTables,
    st: &'a mut State,
}

impl<'a, T: Char> Matcher<'a, T> {
    pub fn new(
        text: &'a [T],
        code: &'a [u32],
        sets: &'a SetTables,
        st: &'a mut State,
    ) -> Matcher<'a, T> {
        Matcher {
            text,
            code,
            sets,
            st,
        }
    }

    fn c(&self, i: usize) -> u32 {
        self.code.get(i).copied().unwrap_or(op::FAILURE)
    }

    fn cu(&self, i: usize) -> usize {
        self.c(i) as usize
    }

    fn ch(&self, i: usize) -> u32 {
        self.text.get(i).map_or(0, |c| c.code())
    }

    fn top(&mut self) -> &mut Ctx {
        let n = self.st.ctxs.len() - 1;
        &mut self.st.ctxs[n]
    }

    fn at(&self, ptr: usize, code: u32) -> bool {
        let st = &*self.st;
        let end = st.end;
        let word_at = |is_word: fn(u32) -> bool| -> (bool, bool) {
            let before = ptr > 0 && is_word(self.ch(ptr - 1));
            let here = ptr < end && is_word(self.ch(ptr));
            (before, here)
        };
        // Since 3.14 `\B` matches the empty string; `\b` never does.
        let boundary = |is_word: fn(u32) -> bool, want: bool| {
            let (a, b) = word_at(is_word);
            (a != b) == want
        };
        match code {
            at::BEGINNING | at::BEGINNING_STRING => ptr == 0,
            at::BEGINNING_LINE => ptr == 0 || self.ch(ptr - 1) == 0x0a,
            at::END => (end == ptr + 1 && self.ch(ptr) == 0x0a) || ptr == end,
            at::END_LINE => ptr == end || self.ch(ptr) == 0x0a,
            at::END_STRING => ptr == end,
            at::BOUNDARY => boundary(chars::is_word, true),
            at::NON_BOUNDARY => boundary(chars::is_word, false),
            at::LOC_BOUNDARY => boundary(chars::is_loc_word, true),
            at::LOC_NON_BOUNDARY => boundary(chars::is_loc_word, false),
            at::UNI_BOUNDARY => boundary(chars::is_uni_word, true),
            at::UNI_NON_BOUNDARY => boundary(chars::is_uni_word, false),
            _ => false,
        }
    }

    /// The set starting at `code[set]`.
    #[inline]
    fn set(&self, set: usize) -> Set<'a> {
        self.sets.set(self.code, set)
    }

    /// `SRE(charset)`: whether `ch` is in the set starting at `set`.
    #[inline]
    fn charset(&self, set: usize, ch: u32) -> bool {
        self.set(set).contains(ch)
    }

    fn charset_loc_ignore(&self, set: usize, ch: u32) -> bool {
        let lo = chars::lower_locale(ch);
        if self.charset(set, lo) {
            return true;
        }
        let up = chars::upper_locale(ch);
        up != lo && self.charset(set, up)
    }

    /// `SRE(count)`: how many times the one-character item at `pattern`
    /// matches from `st.ptr`, at most `maxcount`.
    fn count(&mut self, pattern: usize, maxcount: u32) -> EngineResult<isize> {
        let start = self.st.ptr;
        let mut ptr = start;
        let mut end = self.st.end.max(start);
        if maxcount != MAXREPEAT && (maxcount as usize) < end - ptr {
            end = ptr + maxcount as usize;
        }
        let chr = self.c(pattern + 1);
        match self.c(pattern) {
            op::IN => ptr = self.count_in_set(ptr, end, pattern + 2, |c| c),
            // CPython matches these one at a time through `SRE(match)`;
            // the item is a single test either way.
            op::IN_IGNORE => ptr = self.count_in_set(ptr, end, pattern + 2, chars::lower_ascii),
            op::IN_UNI_IGNORE => {
                ptr = self.count_in_set(ptr, end, pattern + 2, chars::lower_unicode);
            }
            op::ANY => {
                while ptr < end && self.ch(ptr) != 0x0a {
                    ptr += 1;
                }
            }
            op::ANY_ALL => ptr = end,
            op::LITERAL => {
                while ptr < end && self.ch(ptr) == chr {
                    ptr += 1;
                }
            }
            op::LITERAL_IGNORE => {
                while ptr < end && chars::lower_ascii(self.ch(ptr)) == chr {
                    ptr += 1;
                }
            }
            op::LITERAL_UNI_IGNORE => {
                while ptr < end && chars::lower_unicode(self.ch(ptr)) == chr {
                    ptr += 1;
                }
            }
            op::LITERAL_LOC_IGNORE => {
                while ptr < end && chars::loc_ignore_eq(chr, self.ch(ptr)) {
                    ptr += 1;
                }
            }
            op::NOT_LITERAL => {
                while ptr < end && self.ch(ptr) != chr {
                    ptr += 1;
                }
            }
            op::NOT_LITERAL_IGNORE => {
                while ptr < end && chars::lower_ascii(self.ch(ptr)) != chr {
                    ptr += 1;
                }
            }
            op::NOT_LITERAL_UNI_IGNORE => {
                while ptr < end && chars::lower_unicode(self.ch(ptr)) != chr {
                    ptr += 1;
                }
            }
            op::NOT_LITERAL_LOC_IGNORE => {
                while ptr < end && !chars::loc_ignore_eq(chr, self.ch(ptr)) {
                    ptr += 1;
                }
            }
            _ => {
                while self.st.ptr < end {
                    if !self.run(pattern, false)? {
                        break;
                    }
                }
                return Ok(self.st.ptr as isize - start as isize);
            }
        }
        Ok(ptr as isize - start as isize)
    }

    /// How far from `ptr` (below `end`) the characters, mapped by `fold`,
    /// stay in the set at `set`.
    #[inline]
    fn count_in_set(&self, mut ptr: usize, end: usize, set: usize, fold: fn(u32) -> u32) -> usize {
        let set = self.set(set);
        let text = &self.text[ptr.min(self.text.len())..end.min(self.text.len())];
        for c in text {
            if !set.contains(fold(c.code())) {
                break;
            }
            ptr += 1;
        }
        ptr
    }

    fn lastmark_save(&mut self) {
        let (lm, li) = (self.st.lastmark, self.st.lastindex);
        let ctx = self.top();
        ctx.lastmark = lm;
        ctx.lastindex = li;
    }

    fn lastmark_restore(&mut self) {
        let ctx = *self.top();
        self.st.lastmark = ctx.lastmark;
        self.st.lastindex = ctx.lastindex;
    }

    fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            if self.st.marks.len() < n {
                self.st.marks.resize(n, NO_MARK);
            }
            let st = &mut *self.st;
            st.data.extend_from_slice(&st.marks[..n]);
        }
    }

    fn mark_pop(&mut self, lastmark: isize, discard: bool) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let st = &mut *self.st;
            let base = st.data.len().saturating_sub(n);
            if st.marks.len() < n {
                st.marks.resize(n, NO_MARK);
            }
            let saved = &st.data[base..];
            st.marks[..saved.len()].copy_from_slice(saved);
            if discard {
                st.data.truncate(base);
            }
        }
    }

    fn mark_pop_discard(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            let len = self.st.data.len();
            self.st.data.truncate(len.saturating_sub(n));
        }
    }

    /// Installs a new repeat context as `st.repeat`.
    fn push_repeat(&mut self, pattern: usize) -> usize {
        let idx = self.st.repeats.len();
        self.st.repeats.push(Repeat {
            count: -1,
            pattern,
            prev: self.st.repeat,
            last_ptr: NO_MARK,
        });
        self.st.repeat = Some(idx);
        idx
    }

    /// Removes the repeat context `rep` (the newest) and restores its predecessor.
    fn pop_repeat(&mut self, rep: usize) {
        self.st.repeat = self.st.repeats.get(rep).and_then(|r| r.prev);
        self.st.repeats.truncate(rep);
    }

    fn repeat_min_max(&self, rep: usize) -> (u32, u32) {
        let p = self.st.repeats[rep].pattern;
        (self.c(p + 1), self.c(p + 2))
    }

    /// `SRE(match)`: whether the code at `pattern` matches at `st.ptr`;
    /// on success `st.ptr` is the end of the match.
    pub fn run(&mut self, start_pattern: usize, toplevel: bool) -> EngineResult<bool> {
        let base = self.st.ctxs.len();
        self.st.ctxs.push(Ctx::new(Jump::None, toplevel));
        let mut pattern = start_pattern;
        let mut ptr = self.st.ptr;
        let mut flow = Flow::Enter;
        loop {
            flow = match flow {
                Flow::Enter => {
                    ptr = self.st.ptr;
                    if self.c(pattern) == op::INFO {
                        let min = self.cu(pattern + 3);
                        if min != 0 && self.st.end >= ptr && self.st.end - ptr < min {
                            Flow::Ret(false)
                        } else {
                            pattern += self.cu(pattern + 1) + 1;
                            Flow::Next
                        }
                    } else {
                        Flow::Next
                    }
                }
                Flow::Next => self.step(&mut pattern, &mut ptr)?,
                Flow::Call(jump, next, child_toplevel) => {
                    let ctx = self.top();
                    ctx.pattern = pattern;
                    ctx.ptr = ptr;
                    self.st.ctxs.push(Ctx::new(jump, child_toplevel));
                    pattern = next;
                    Flow::Enter
                }
                Flow::Ret(ret) => {
                    let Some(done) = self.st.ctxs.pop() else {
                        return Err(EngineError::State);
                    };
                    if self.st.ctxs.len() <= base {
                        return Ok(ret);
                    }
                    let ctx = *self.top();
                    pattern = ctx.pattern;
                    ptr = ctx.ptr;
                    self.resume(done.jump, ret, &mut pattern, &mut ptr)?
                }
            }
        }
    }

    /// Executes the opcode at `*pattern`.
    fn step(&mut self, pattern: &mut usize, ptr: &mut usize) -> EngineResult<Flow> {
        let end = self.st.end;
        let o = self.c(*pattern);
        *pattern += 1;
        let p = *pattern;
        let arg = self.c(p);
        let at_end = *ptr >= end;
        let cur = self.ch(*ptr);
        // The one-character tests: advance past the argument and the character.
        let single = |ok: bool| -> Option<bool> { Some(!at_end && ok) };
        let one = match o {
            op::LITERAL => single(cur == arg),
            op::NOT_LITERAL => single(cur != arg),
            op::CATEGORY => single(chars::in_category(arg, cur)),
            op::LITERAL_IGNORE => single(chars::lower_ascii(cur) == arg),
            op::LITERAL_UNI_IGNORE => single(chars::lower_unicode(cur) == arg),
            op::LITERAL_LOC_IGNORE => single(chars::loc_ignore_eq(arg, cur)),
            op::NOT_LITERAL_IGNORE => single(chars::lower_ascii(cur) != arg),
            op::NOT_LITERAL_UNI_IGNORE => single(chars::lower_unicode(cur) != arg),
            op::NOT_LITERAL_LOC_IGNORE => single(!chars::loc_ignore_eq(arg, cur)),
            _ => None,
        };
        if let Some(ok) = one {
            if !ok {
                return Ok(Flow::Ret(false));
            }
            *pattern += 1;
            *ptr += 1;
            return Ok(Flow::Next);
        }
        let flow = match o {
            op::MARK => {
                let i = arg as usize;
                if i & 1 != 0 {
                    self.st.lastindex = (i / 2 + 1) as isize;
                }
                if self.st.marks.len() <= i {
                    self.st.marks.resize(i + 1, NO_MARK);
                }
                if i as isize > self.st.lastmark {
                    let from = (self.st.lastmark + 1) as usize;
                    for m in &mut self.st.marks[from..i] {
                        *m = NO_MARK;
                    }
                    self.st.lastmark = i as isize;
                }
                self.st.marks[i] = *ptr;
                *pattern += 1;
                Flow::Next
            }
            op::SUCCESS => {
                let toplevel = self.top().toplevel;
                if toplevel
                    && ((self.st.match_all && *ptr != end)
                        || (self.st.must_advance && *ptr == self.st.start))
                {
                    return Ok(Flow::Ret(false));
                }
                self.st.ptr = *ptr;
                Flow::Ret(true)
            }
            op::AT => {
                if !self.at(*ptr, arg) {
                    return Ok(Flow::Ret(false));
                }
                *pattern += 1;
                Flow::Next
            }
            op::ANY => {
                if at_end || cur == 0x0a {
                    return Ok(Flow::Ret(false));
                }
                *ptr += 1;
                Flow::Next
            }
            op::ANY_ALL => {
                if at_end {
                    return Ok(Flow::Ret(false));
                }
                *ptr += 1;
                Flow::Next
            }
            op::IN | op::IN_IGNORE | op::IN_UNI_IGNORE | op::IN_LOC_IGNORE => {
                let ok = !at_end
                    && match o {
                        op::IN => self.charset(p + 1, cur),
                        op::IN_IGNORE => self.charset(p + 1, chars::lower_ascii(cur)),
                        op::IN_UNI_IGNORE => self.charset(p + 1, chars::lower_unicode(cur)),
                        _ => self.charset_loc_ignore(p + 1, cur),
                    };
                if !ok {
                    return Ok(Flow::Ret(false));
                }
                *pattern += arg as usize;
                *ptr += 1;
                Flow::Next
            }
            op::JUMP | op::INFO => {
                *pattern += arg as usize;
                Flow::Next
            }
            op::BRANCH => {
                self.lastmark_save();
                if self.st.repeat.is_some() {
                    let lm = self.top().lastmark;
                    self.mark_push(lm);
                }
                self.branch_next(pattern, *ptr)
            }
            op::REPEAT_ONE | op::POSSESSIVE_REPEAT_ONE => {
                let (min, max) = (self.c(p + 1), self.c(p + 2));
                if (min as isize) > end as isize - *ptr as isize {
                    return Ok(Flow::Ret(false));
                }
                self.st.ptr = *ptr;
                let count = self.count(p + 3, max)?;
                self.top().count = count;
                *ptr = (*ptr as isize + count) as usize;
                if count < min as isize {
                    return Ok(Flow::Ret(false));
                }
                let tail = p + self.cu(p);
                let toplevel = self.top().toplevel;
                if self.c(tail) == op::SUCCESS
                    && *ptr == end
                    && !(toplevel && self.st.must_advance && *ptr == self.st.start)
                {
                    self.st.ptr = *ptr;
                    return Ok(Flow::Ret(true));
                }
                if o == op::POSSESSIVE_REPEAT_ONE {
                    *pattern = tail;
                    return Ok(Flow::Next);
                }
                self.lastmark_save();
                if self.st.repeat.is_some() {
                    let lm = self.top().lastmark;
                    self.mark_push(lm);
                }
                if self.c(tail) == op::LITERAL {
                    self.top().chr = self.c(tail + 1);
                    self.repeat_one_literal(p, ptr)
                } else {
                    self.repeat_one_general(p, *ptr)
                }
            }
            op::MIN_REPEAT_ONE => {
                let min = self.c(p + 1);
                if (min as isize) > end as isize - *ptr as isize {
                    return Ok(Flow::Ret(false));
                }
                self.st.ptr = *ptr;
                if min == 0 {
                    self.top().count = 0;
                } else {
                    let count = self.count(p + 3, min)?;
                    if count < min as isize {
                        return Ok(Flow::Ret(false));
                    }
                    self.top().count = count;
                    *ptr = (*ptr as isize + count) as usize;
                }
                let toplevel = self.top().toplevel;
                if self.c(p + self.cu(p)) == op::SUCCESS
                    && !(toplevel
                        && ((self.st.match_all && *ptr != end)
                            || (self.st.must_advance && *ptr == self.st.start)))
                {
                    self.st.ptr = *ptr;
                    return Ok(Flow::Ret(true));
                }
                self.lastmark_save();
                if self.st.repeat.is_some() {
                    let lm = self.top().lastmark;
                    self.mark_push(lm);
                }
                self.min_repeat_one_next(p, *ptr)
            }
            op::REPEAT => {
                let idx = self.push_repeat(p);
                self.top().rep = idx;
                self.st.ptr = *ptr;
                let toplevel = self.top().toplevel;
                Flow::Call(Jump::Repeat, p + arg as usize, toplevel)
            }
            op::MAX_UNTIL => {
                let Some(r) = self.st.repeat else {
                    return Err(EngineError::State);
                };
                self.st.ptr = *ptr;
                let count = self.st.repeats[r].count + 1;
                let toplevel = self.top().toplevel;
                {
                    let ctx = self.top();
                    ctx.rep = r;
                    ctx.count = count;
                }
                let (min, max) = self.repeat_min_max(r);
                let item = self.st.repeats[r].pattern + 3;
                if count < min as isize {
                    self.st.repeats[r].count = count;
                    return Ok(Flow::Call(Jump::MaxUntil1, item, toplevel));
                }
                if (count < max as isize || max == MAXREPEAT)
                    && self.st.ptr != self.st.repeats[r].last_ptr
                {
                    self.st.repeats[r].count = count;
                    self.lastmark_save();
                    let lm = self.top().lastmark;
                    self.mark_push(lm);
                    let last = self.st.repeats[r].last_ptr;
                    self.st.data.push(last);
                    self.st.repeats[r].last_ptr = self.st.ptr;
                    return Ok(Flow::Call(Jump::MaxUntil2, item, toplevel));
                }
                self.st.repeat = self.st.repeats[r].prev;
                Flow::Call(Jump::MaxUntil3, *pattern, toplevel)
            }
            op::MIN_UNTIL => {
                let Some(r) = self.st.repeat else {
                    return Err(EngineError::State);
                };
                self.st.ptr = *ptr;
                let count = self.st.repeats[r].count + 1;
                let toplevel = self.top().toplevel;
                {
                    let ctx = self.top();
                    ctx.rep = r;
                    ctx.count = count;
                }
                let (min, _) = self.repeat_min_max(r);
                if count < min as isize {
                    self.st.repeats[r].count = count;
                    let item = self.st.repeats[r].pattern + 3;
                    return Ok(Flow::Call(Jump::MinUntil1, item, toplevel));
                }
                self.st.repeat = self.st.repeats[r].prev;
                self.lastmark_save();
                if self.st.repeat.is_some() {
                    let lm = self.top().lastmark;
                    self.mark_push(lm);
                }
                Flow::Call(Jump::MinUntil2, *pattern, toplevel)
            }
            op::POSSESSIVE_REPEAT => {
                self.st.ptr = *ptr;
                // A repeat context with no pattern, so that the body's
                // branches and assertions save and restore marks.
                let idx = self.push_repeat(0);
                let ctx = self.top();
                ctx.rep = idx;
                ctx.count = 0;
                self.poss_repeat_min(pattern, ptr)
            }
            op::ATOMIC_GROUP => {
                self.st.ptr = *ptr;
                Flow::Call(Jump::AtomicGroup, p + 1, false)
            }
            op::GROUPREF
            | op::GROUPREF_IGNORE
            | op::GROUPREF_UNI_IGNORE
            | op::GROUPREF_LOC_IGNORE => {
                let Some((mut s, e)) = self.group_span(arg) else {
                    return Ok(Flow::Ret(false));
                };
                let fold: fn(u32) -> u32 = match o {
                    op::GROUPREF => |c| c,
                    op::GROUPREF_IGNORE => chars::lower_ascii,
                    op::GROUPREF_UNI_IGNORE => chars::lower_unicode,
                    _ => chars::lower_locale,
                };
                while s < e {
                    if *ptr >= end || fold(self.ch(*ptr)) != fold(self.ch(s)) {
                        return Ok(Flow::Ret(false));
                    }
                    s += 1;
                    *ptr += 1;
                }
                *pattern += 1;
                Flow::Next
            }
            op::GROUPREF_EXISTS => {
                if self.group_span(arg).is_some() {
                    *pattern += 2;
                } else {
                    *pattern += self.cu(p + 1);
                }
                Flow::Next
            }
            op::ASSERT => {
                let back = self.cu(p + 1);
                if *ptr < back {
                    return Ok(Flow::Ret(false));
                }
                self.st.ptr = *ptr - back;
                Flow::Call(Jump::Assert, p + 2, false)
            }
            op::ASSERT_NOT => {
                let back = self.cu(p + 1);
                if *ptr >= back {
                    self.st.ptr = *ptr - back;
                    self.lastmark_save();
                    if self.st.repeat.is_some() {
                        let lm = self.top().lastmark;
                        self.mark_push(lm);
                    }
                    return Ok(Flow::Call(Jump::AssertNot, p + 2, false));
                }
                *pattern += arg as usize;
                Flow::Next
            }
            op::FAILURE => Flow::Ret(false),
            _ => return Err(EngineError::Illegal),
        };
        Ok(flow)
    }

    /// The span of group `group` if it has matched (for `GROUPREF*`).
    fn group_span(&self, group: u32) -> Option<(usize, usize)> {
        let g = group as usize * 2;
        if g as isize >= self.st.lastmark {
            return None;
        }
        let s = self.st.marks.get(g).copied().unwrap_or(NO_MARK);
        let e = self.st.marks.get(g + 1).copied().unwrap_or(NO_MARK);
        (s != NO_MARK && e != NO_MARK && e >= s).then_some((s, e))
    }

    /// Tries the alternatives of a `BRANCH` from the one at `*pattern`.
    fn branch_next(&mut self, pattern: &mut usize, ptr: usize) -> Flow {
        let end = self.st.end;
        while self.c(*pattern) != 0 {
            let first = self.c(*pattern + 1);
            let skip = (first == op::LITERAL
                && (ptr >= end || self.ch(ptr) != self.c(*pattern + 2)))
                || (first == op::IN && (ptr >= end || !self.charset(*pattern + 3, self.ch(ptr))));
            if !skip {
                self.st.ptr = ptr;
                let toplevel = self.top().toplevel;
                return Flow::Call(Jump::Branch, *pattern + 1, toplevel);
            }
            *pattern += self.cu(*pattern);
        }
        if self.st.repeat.is_some() {
            let lm = self.top().lastmark;
            self.mark_pop_discard(lm);
        }
        Flow::Ret(false)
    }

    /// `REPEAT_ONE` whose tail starts with a literal: only try positions
    /// where that literal follows.
    fn repeat_one_literal(&mut self, p: usize, ptr: &mut usize) -> Flow {
        let min = self.c(p + 1) as isize;
        let end = self.st.end;
        let ctx = *self.top();
        let mut count = ctx.count;
        while count >= min && (*ptr >= end || self.ch(*ptr) != ctx.chr) {
            *ptr = ptr.wrapping_sub(1);
            count -= 1;
        }
        self.top().count = count;
        if count < min {
            if self.st.repeat.is_some() {
                self.mark_pop_discard(ctx.lastmark);
            }
            return Flow::Ret(false);
        }
        self.st.ptr = *ptr;
        Flow::Call(Jump::RepeatOne1, p + self.cu(p), ctx.toplevel)
    }

    fn repeat_one_general(&mut self, p: usize, ptr: usize) -> Flow {
        let ctx = *self.top();
        if ctx.count >= self.c(p + 1) as isize {
            self.st.ptr = ptr;
            return Flow::Call(Jump::RepeatOne2, p + self.cu(p), ctx.toplevel);
        }
        if self.st.repeat.is_some() {
            self.mark_pop_discard(ctx.lastmark);
        }
        Flow::Ret(false)
    }

    fn min_repeat_one_next(&mut self, p: usize, ptr: usize) -> Flow {
        let ctx = *self.top();
        let max = self.c(p + 2);
        if max == MAXREPEAT || ctx.count <= max as isize {
            self.st.ptr = ptr;
            return Flow::Call(Jump::MinRepeatOne, p + self.cu(p), ctx.toplevel);
        }
        if self.st.repeat.is_some() {
            self.mark_pop_discard(ctx.lastmark);
        }
        Flow::Ret(false)
    }

    /// `POSSESSIVE_REPEAT`'s loop up to the minimum; `*pattern` is its skip word.
    fn poss_repeat_min(&mut self, pattern: &mut usize, ptr: &mut usize) -> Flow {
        let p = *pattern;
        if self.top().count < self.c(p + 1) as isize {
            return Flow::Call(Jump::PossRepeat1, p + 3, false);
        }
        *ptr = NO_MARK;
        self.poss_repeat_more(pattern, ptr)
    }

    /// `POSSESSIVE_REPEAT`'s loop past the minimum, stopping at an empty match.
    fn poss_repeat_more(&mut self, pattern: &mut usize, ptr: &mut usize) -> Flow {
        let p = *pattern;
        let max = self.c(p + 2);
        let count = self.top().count;
        if (count < max as isize || max == MAXREPEAT) && self.st.ptr != *ptr {
            self.lastmark_save();
            let lm = self.top().lastmark;
            self.mark_push(lm);
            *ptr = self.st.ptr;
            return Flow::Call(Jump::PossRepeat2, p + 3, false);
        }
        let rep = self.top().rep;
        self.pop_repeat(rep);
        *pattern += self.cu(p) + 1;
        *ptr = self.st.ptr;
        Flow::Next
    }

    /// Continues the operation of the current context after a child
    /// context returned `ret` (the `jump_*` labels).
    fn resume(
        &mut self,
        jump: Jump,
        ret: bool,
        pattern: &mut usize,
        ptr: &mut usize,
    ) -> EngineResult<Flow> {
        let ctx = *self.top();
        let p = *pattern;
        let flow = match jump {
            Jump::None => Flow::Ret(ret),
            Jump::Branch => {
                let lm = ctx.lastmark;
                if ret {
                    if self.st.repeat.is_some() {
                        self.mark_pop_discard(lm);
                    }
                    return Ok(Flow::Ret(true));
                }
                if self.st.repeat.is_some() {
                    self.mark_pop(lm, false);
                }
                self.lastmark_restore();
                *pattern += self.cu(p);
                self.branch_next(pattern, *ptr)
            }
            Jump::RepeatOne1 | Jump::RepeatOne2 | Jump::MinRepeatOne => {
                if ret {
                    if self.st.repeat.is_some() {
                        self.mark_pop_discard(ctx.lastmark);
                    }
                    return Ok(Flow::Ret(true));
                }
                if self.st.repeat.is_some() {
                    self.mark_pop(ctx.lastmark, false);
                }
                self.lastmark_restore();
                match jump {
                    Jump::RepeatOne1 => {
                        *ptr = ptr.wrapping_sub(1);
                        self.top().count -= 1;
                        self.repeat_one_literal(p, ptr)
                    }
                    Jump::RepeatOne2 => {
                        *ptr = ptr.wrapping_sub(1);
                        self.top().count -= 1;
                        self.repeat_one_general(p, *ptr)
                    }
                    _ => {
                        self.st.ptr = *ptr;
                        let n = self.count(p + 3, 1)?;
                        if n == 0 {
                            if self.st.repeat.is_some() {
                                self.mark_pop_discard(ctx.lastmark);
                            }
                            return Ok(Flow::Ret(false));
                        }
                        *ptr += 1;
                        self.top().count += 1;
                        self.min_repeat_one_next(p, *ptr)
                    }
                }
            }
            Jump::Repeat => {
                self.pop_repeat(ctx.rep);
                Flow::Ret(ret)
            }
            Jump::MaxUntil1 | Jump::MinUntil1 => {
                if ret {
                    return Ok(Flow::Ret(true));
                }
                self.st.repeats[ctx.rep].count = ctx.count - 1;
                self.st.ptr = *ptr;
                Flow::Ret(false)
            }
            Jump::MaxUntil2 => {
                let r = ctx.rep;
                self.st.repeats[r].last_ptr = self.st.data.pop().unwrap_or(NO_MARK);
                if ret {
                    self.mark_pop_discard(ctx.lastmark);
                    return Ok(Flow::Ret(true));
                }
                self.mark_pop(ctx.lastmark, true);
                self.lastmark_restore();
                self.st.repeats[r].count = ctx.count - 1;
                self.st.ptr = *ptr;
                self.st.repeat = self.st.repeats[r].prev;
                Flow::Call(Jump::MaxUntil3, p, ctx.toplevel)
            }
            Jump::MaxUntil3 => {
                self.st.repeat = Some(ctx.rep);
                if ret {
                    return Ok(Flow::Ret(true));
                }
                self.st.ptr = *ptr;
                Flow::Ret(false)
            }
            Jump::MinUntil2 => {
                let r = ctx.rep;
                let repeat_of_tail = self.st.repeat;
                self.st.repeat = Some(r);
                if ret {
                    if repeat_of_tail.is_some() {
                        self.mark_pop_discard(ctx.lastmark);
                    }
                    return Ok(Flow::Ret(true));
                }
                if repeat_of_tail.is_some() {
                    self.mark_pop(ctx.lastmark, true);
                }
                self.lastmark_restore();
                self.st.ptr = *ptr;
                let (_, max) = self.repeat_min_max(r);
                if (ctx.count >= max as isize && max != MAXREPEAT)
                    || self.st.ptr == self.st.repeats[r].last_ptr
                {
                    return Ok(Flow::Ret(false));
                }
                self.st.repeats[r].count = ctx.count;
                let last = self.st.repeats[r].last_ptr;
                self.st.data.push(last);
                self.st.repeats[r].last_ptr = self.st.ptr;
                let item = self.st.repeats[r].pattern + 3;
                Flow::Call(Jump::MinUntil3, item, ctx.toplevel)
            }
            Jump::MinUntil3 => {
                let r = ctx.rep;
                self.st.repeats[r].last_ptr = self.st.data.pop().unwrap_or(NO_MARK);
                if ret {
                    return Ok(Flow::Ret(true));
                }
                self.st.repeats[r].count = ctx.count - 1;
                self.st.ptr = *ptr;
                Flow::Ret(false)
            }
            Jump::PossRepeat1 => {
                if !ret {
                    self.st.ptr = *ptr;
                    self.pop_repeat(ctx.rep);
                    return Ok(Flow::Ret(false));
                }
                self.top().count += 1;
                self.poss_repeat_min(pattern, ptr)
            }
            Jump::PossRepeat2 => {
                if ret {
                    self.mark_pop_discard(ctx.lastmark);
                    self.top().count += 1;
                } else {
                    self.mark_pop(ctx.lastmark, true);
                    self.lastmark_restore();
                    self.st.ptr = *ptr;
                    // Leave the loop: the next test sees `st.ptr == ptr`.
                }
                self.poss_repeat_more(pattern, ptr)
            }
            Jump::AtomicGroup => {
                if !ret {
                    self.st.ptr = *ptr;
                    return Ok(Flow::Ret(false));
                }
                *pattern += self.cu(p);
                *ptr = self.st.ptr;
                Flow::Next
            }
            Jump::Assert => {
                if !ret {
                    return Ok(Flow::Ret(false));
                }
                *pattern += self.cu(p);
                Flow::Next
            }
            Jump::AssertNot => {
                if ret {
                    if self.st.repeat.is_some() {
                        self.mark_pop_discard(ctx.lastmark);
                    }
                    return Ok(Flow::Ret(false));
                }
                if self.st.repeat.is_some() {
                    self.mark_pop(ctx.lastmark, true);
                }
                self.lastmark_restore();
                *pattern += self.cu(p);
                Flow::Next
            }
        };
        Ok(flow)
    }

    /// `SRE(search)`: the first match at or after `st.start`; on success
    /// `st.start` and `st.ptr` delimit it.
    pub fn search(&mut self) -> EngineResult<bool> {
        let mut ptr = self.st.start;
        let mut end = self.st.end;
        if ptr > end {
            return Ok(false);
        }
        let mut pattern = 0;
        let mut flags = 0;
        let mut prefix: Option<(usize, usize, usize)> = None;
        let mut charset = None;
        if self.c(0) == op::INFO {
            flags = self.c(2);
            let min = self.cu(3);
            if min != 0 && end - ptr < min {
                return Ok(false);
            }
            if min > 1 {
                end = end.saturating_sub(min - 1);
                if end <= ptr {
                    end = ptr;
                }
            }
            if flags & info::PREFIX != 0 {
                let len = self.cu(5);
                prefix = Some((len, self.cu(6), 7));
            } else if flags & info::CHARSET != 0 {
                charset = Some(5);
            }
            pattern = 1 + self.cu(1);
        }
        if let Some((len, skip, at)) = prefix {
            if len == 1 {
                return self.search_char(ptr, pattern, self.c(at), skip, flags);
            }
            if len > 1 {
                return self.search_prefix(ptr, pattern, len, skip, at, flags);
            }
        }
        if let Some(set) = charset {
            let end = self.st.end;
            let set = self.set(set);
            self.st.must_advance = false;
            loop {
                while ptr < end && !set.contains(self.ch(ptr)) {
                    ptr += 1;
                }
                if ptr >= end {
                    return Ok(false);
                }
                self.st.start = ptr;
                self.st.ptr = ptr;
                if self.run(pattern, false)? {
                    return Ok(true);
                }
                ptr += 1;
                self.st.lastmark = -1;
                self.st.lastindex = -1;
            }
        }
        self.st.start = ptr;
        self.st.ptr = ptr;
        let mut found = self.run(pattern, true)?;
        self.st.must_advance = false;
        if !found
            && self.c(pattern) == op::AT
            && matches!(self.c(pattern + 1), at::BEGINNING | at::BEGINNING_STRING)
        {
            self.st.start = end;
            self.st.ptr = end;
            return Ok(false);
        }
        // A leading `AT` (`\b...`) that fails ends an attempt before it
        // starts: test it here instead of entering the matcher everywhere.
        let leading_at = (self.c(pattern) == op::AT).then(|| self.c(pattern + 1));
        while !found && ptr < end {
            ptr += 1;
            self.st.lastmark = -1;
            self.st.lastindex = -1;
            self.st.start = ptr;
            self.st.ptr = ptr;
            if leading_at.is_some_and(|a| !self.at(ptr, a)) {
                continue;
            }
            found = self.run(pattern, false)?;
        }
        Ok(found)
    }

    fn search_char(
        &mut self,
        mut ptr: usize,
        pattern: usize,
        c: u32,
        skip: usize,
        flags: u32,
    ) -> EngineResult<bool> {
        let end = self.st.end;
        self.st.must_advance = false;
        while ptr < end {
            while self.ch(ptr) != c {
                ptr += 1;
                if ptr >= end {
                    return Ok(false);
                }
            }
            self.st.start = ptr;
            self.st.ptr = ptr + skip;
            if flags & info::LITERAL != 0 {
                return Ok(true);
            }
            if self.run(pattern + 2 * skip, false)? {
                return Ok(true);
            }
            ptr += 1;
            self.st.lastmark = -1;
            self.st.lastindex = -1;
        }
        Ok(false)
    }

    /// The prefix scan with the overlap table (Knuth-Morris-Pratt).
    fn search_prefix(
        &mut self,
        mut ptr: usize,
        pattern: usize,
        len: usize,
        skip: usize,
        prefix: usize,
        flags: u32,
    ) -> EngineResult<bool> {
        let end = self.st.end;
        if len > end - ptr {
            return Ok(false);
        }
        let overlap = prefix + len - 1;
        while ptr < end {
            let c = self.c(prefix);
            loop {
                let here = self.ch(ptr);
                ptr += 1;
                if here == c {
                    break;
                }
                if ptr >= end {
                    return Ok(false);
                }
            }
            if ptr >= end {
                return Ok(false);
            }
            let mut i = 1;
            self.st.must_advance = false;
            loop {
                if self.ch(ptr) == self.c(prefix + i) {
                    i += 1;
                    if i != len {
                        ptr += 1;
                        if ptr >= end {
                            return Ok(false);
                        }
                        continue;
                    }
                    self.st.start = ptr + 1 - len;
                    self.st.ptr = ptr + 1 + skip - len;
                    if flags & info::LITERAL != 0 {
                        return Ok(true);
                    }
                    if self.run(pattern + 2 * skip, false)? {
                        return Ok(true);
                    }
                    ptr += 1;
                    if ptr >= end {
                        return Ok(false);
                    }
                    self.st.lastmark = -1;
                    self.st.lastindex = -1;
                }
                i = self.cu(overlap + i);
                if i == 0 {
                    break;
                }
            }
        }
        Ok(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(a|b)*c` as CPython 3.14's `re._compiler` emits it.
    const ALT_STAR_C: &[u32] = &[
        14,
        4,
        0,
        1,
        0xffff_ffff,
        23,
        13,
        0,
        MAXREPEAT,
        17,
        0,
        13,
        5,
        22,
        97,
        98,
        0,
        17,
        1,
        18,
        16,
        99,
        1,
    ];

    fn search(code: &[u32], text: &[u8]) -> Option<(usize, usize)> {
        let mut st = State::new(0, text.len());
        let found = Matcher::new(text, code, &SetTables::default(), &mut st)
            .search()
            .unwrap();
        found.then_some((st.start, st.ptr))
    }

    #[test]
    fn repeat_with_groups() {
        assert_eq!(search(ALT_STAR_C, b"xxabbac"), Some((2, 7)));
        assert_eq!(search(ALT_STAR_C, b"xxabba"), None);
    }

    #[test]
    fn deep_backtracking_uses_no_rust_stack() {
        let mut text = b"ab".repeat(500_000);
        text.push(b'c');
        assert_eq!(search(ALT_STAR_C, &text), Some((0, text.len())));
    }

    #[test]
    fn until_without_repeat_is_an_error() {
        let mut st = State::new(0, 1);
        let code = [op::MAX_UNTIL, op::SUCCESS];
        assert_eq!(
            Matcher::new(&b"a"[..], &code, &SetTables::default(), &mut st).run(0, true),
            Err(EngineError::State)
        );
    }
}
