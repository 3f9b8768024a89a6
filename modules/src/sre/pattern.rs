//! `re.Pattern` and `_sre.SRE_Template`: `_sre.compile`, `_sre.template`, and the pattern's match/search/findall/split/sub methods (Modules/_sre/sre.c).

use ouro_objects::args::Args;
use ouro_objects::bytes::Bytes;
use ouro_objects::core::alloc;
use ouro_objects::descr::{GetSetDef, MethodDef, class_getitem};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, runtime_error, type_error};
use ouro_objects::exceptions;
use ouro_objects::list::List;
use ouro_objects::none::{is_none, none, not_implemented};
use ouro_objects::protocol::{self, CompareOp};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{Value, bool as pybool, builtin_type, bytes, int, mappingproxy};

use super::Subject;
use super::charset::SetTables;
use super::constants::{MAXGROUPS, flag};
use super::engine::{EngineError, NO_MARK, State};
use super::matchobj::{self, Match};
use super::validate::validate;

pub struct Pattern {
    pub(crate) code: Box<[u32]>,
    /// The bitmaps of `code`'s sets.
    pub(crate) sets: SetTables,
    pub(crate) pattern: Value,
    pub(crate) flags: i64,
    pub(crate) groups: usize,
    /// The name-to-number dict, when there are named groups.
    pub(crate) groupindex: Option<Value>,
    /// Number-to-name tuple, when there are named groups.
    pub(crate) indexgroup: Option<Value>,
    /// -1 for a `None` pattern (either kind of subject), else 0 or 1.
    pub(crate) isbytes: i8,
}

pub(crate) fn this(v: &Value) -> &Pattern {
    v.downcast::<Pattern>()
        .expect("re.Pattern method on a Pattern")
}

/// `pattern_error`: what an engine failure raises.
pub(crate) fn engine_error(_e: EngineError) -> PyErr {
    runtime_error("internal error in regular expression engine")
}

/// `SRE_STATE`: one run of the engine over one subject.
pub(crate) struct Search {
    pub(crate) subject: Subject,
    pub(crate) string: Value,
    pub(crate) st: State,
    pub(crate) pos: usize,
    pub(crate) endpos: usize,
}

impl Search {
    /// `state_init`: checks the subject's kind and clamps `pos`/`endpos`.
    pub(crate) fn new(
        pat: &Pattern,
        string: &Value,
        pos: isize,
        endpos: isize,
    ) -> PyResult<Search> {
        let subject = Subject::of(string)?;
        if subject.is_bytes() && pat.isbytes == 0 {
            return Err(type_error(
                "cannot use a string pattern on a bytes-like object",
            ));
        }
        if !subject.is_bytes() && pat.isbytes > 0 {
            return Err(type_error(
                "cannot use a bytes pattern on a string-like object",
            ));
        }
        let len = subject.len() as isize;
        let pos = pos.clamp(0, len) as usize;
        let endpos = endpos.clamp(0, len) as usize;
        Ok(Search {
            subject,
            string: string.clone(),
            st: State::new(pos, endpos),
            pos,
            endpos,
        })
    }

    /// One match (`search == false`) or search from `st.start`, after
    /// `state_reset`.
    pub(crate) fn run(&mut self, pat: &Pattern, search: bool) -> PyResult<bool> {
        self.st.reset();
        self.st.ptr = self.st.start;
        self.subject
            .run(&pat.code, &pat.sets, &mut self.st, search)
            .map_err(engine_error)
    }

    /// `getslice` between two positions.
    pub(crate) fn slice(&self, start: usize, end: usize) -> Value {
        self.subject.slice(&self.string, start, end)
    }

    /// `state_getslice`: group `index` (1-based) of the last match, `None`
    /// (or the empty string when `empty`) if it did not take part.
    fn group(&self, index: usize, empty: bool) -> Value {
        let (s, e) = (self.st.mark(2 * index - 2), self.st.mark(2 * index - 1));
        if s == NO_MARK || e == NO_MARK {
            if empty {
                return self.slice(0, 0);
            }
            return none();
        }
        self.slice(s, e)
    }

    /// Moves past the last match (`must_advance` forbids an empty match at
    /// the same place next time).
    pub(crate) fn advance(&mut self) {
        self.st.must_advance = self.st.ptr == self.st.start;
        self.st.start = self.st.ptr;
    }
}

/// The `pos`/`endpos` arguments (clinic's `Py_ssize_t`).
fn ssize_arg(v: Option<Value>, default: isize) -> PyResult<isize> {
    match v {
        Some(v) => protocol::index_as_isize(&v),
        None => Ok(default),
    }
}

/// `(string, pos=0, endpos=sys.maxsize)`.
fn string_pos_endpos(args: &Args, name: &str) -> PyResult<(Value, isize, isize)> {
    let [string, pos, endpos] = args.parse(name, ["string", "pos", "endpos"], 0, 1, 3)?;
    Ok((
        string.expect("required"),
        ssize_arg(pos, 0)?,
        ssize_arg(endpos, isize::MAX)?,
    ))
}

fn run_to_match(v: &Value, args: Args, name: &str, search: bool, match_all: bool) -> PyResult {
    let pat = this(v);
    let (string, pos, endpos) = string_pos_endpos(&args, name)?;
    let mut s = Search::new(pat, &string, pos, endpos)?;
    s.st.match_all = match_all;
    let found = s.run(pat, search)?;
    Ok(if found {
        matchobj::new_match(v, &s)?
    } else {
        none()
    })
}

fn pattern_match(v: &Value, args: Args) -> PyResult {
    run_to_match(v, args, "match", false, false)
}

fn pattern_fullmatch(v: &Value, args: Args) -> PyResult {
    run_to_match(v, args, "fullmatch", false, true)
}

fn pattern_search(v: &Value, args: Args) -> PyResult {
    run_to_match(v, args, "search", true, false)
}

fn pattern_findall(v: &Value, args: Args) -> PyResult {
    let pat = this(v);
    let (string, pos, endpos) = string_pos_endpos(&args, "findall")?;
    let mut s = Search::new(pat, &string, pos, endpos)?;
    let mut out = Vec::new();
    while s.st.start <= s.st.end {
        if !s.run(pat, true)? {
            break;
        }
        let item = match pat.groups {
            0 => s.slice(s.st.start, s.st.ptr),
            1 => s.group(1, true),
            n => Tuple::new((1..=n).map(|i| s.group(i, true)).collect()),
        };
        out.push(item);
        s.advance();
    }
    Ok(List::from_vec(out))
}

fn pattern_scanner(v: &Value, args: Args) -> PyResult {
    let (string, pos, endpos) = string_pos_endpos(&args, "scanner")?;
    matchobj::new_scanner(v, &string, pos, endpos)
}

fn pattern_finditer(v: &Value, args: Args) -> PyResult {
    let (string, pos, endpos) = string_pos_endpos(&args, "finditer")?;
    let scanner = matchobj::new_scanner(v, &string, pos, endpos)?;
    let search = protocol::getattr_str(&scanner, "search")?;
    Ok(ouro_objects::callableiter::new(search, none()))
}

fn pattern_split(v: &Value, args: Args) -> PyResult {
    let pat = this(v);
    let [string, maxsplit] = args.parse("split", ["string", "maxsplit"], 0, 1, 2)?;
    let string = string.expect("required");
    let maxsplit = ssize_arg(maxsplit, 0)?;
    let mut s = Search::new(pat, &string, 0, isize::MAX)?;
    let mut out = Vec::new();
    let mut n = 0;
    let mut last = s.st.start;
    while maxsplit == 0 || n < maxsplit {
        if !s.run(pat, true)? {
            break;
        }
        out.push(s.slice(last, s.st.start));
        for i in 1..=pat.groups {
            out.push(s.group(i, false));
        }
        n += 1;
        s.advance();
        last = s.st.start;
    }
    out.push(s.slice(last, s.endpos));
    Ok(List::from_vec(out))
}

/// How `sub` produces each replacement.
enum Filter {
    Literal(Value),
    Template(Value),
    Callable(Value),
}

fn is_callable(v: &Value) -> bool {
    v.type_obj().payload().slots.call.get().is_some()
}

/// `compile_template`: `re._compile_template(pattern, repl)`, retried with
/// an exact str/bytes copy of an unhashable replacement.
pub(crate) fn compile_template(pattern: &Value, template: &Value) -> PyResult {
    let re = ouro_eval::import::builtin_import(Args::new(&[PyStr::new("re")], None))?;
    let func = protocol::getattr_str(&re, "_compile_template")?;
    let mut result = protocol::call(&func, &[pattern.clone(), template.clone()], None);
    if let Err(e) = &result
        && e.matches(&exceptions::TYPE_ERROR)
    {
        let copy = if let Some(s) = template.downcast::<PyStr>() {
            (template.downcast_exact::<PyStr>().is_none())
                .then(|| PyStr::from_cps(&s.code_points()))
        } else if template.downcast_exact::<Bytes>().is_none() {
            bytes::as_bytes_like(template).map(bytes::new)
        } else {
            None
        };
        if let Some(copy) = copy {
            result = protocol::call(&func, &[pattern.clone(), copy], None);
        }
    }
    let result = result?;
    if result.downcast::<Template>().is_none() {
        return Err(runtime_error(format!(
            "the result of compiling a replacement string is {}",
            protocol::type_name(&result)
        )));
    }
    Ok(result)
}

fn has_backslash(v: &Value) -> Option<bool> {
    if let Some(s) = v.downcast::<PyStr>() {
        return Some(s.chars().any(|c| c == u32::from(b'\\')));
    }
    bytes::as_bytes_like(v).map(|b| b.contains(&b'\\'))
}

/// `PyUnicode_Join`/`PyBytes_Join` of the pieces with the empty joiner.
pub(crate) fn join(pieces: &[Value], isbytes: bool) -> PyResult {
    if isbytes {
        let mut out = Vec::new();
        for (i, p) in pieces.iter().enumerate() {
            match bytes::as_bytes_like(p) {
                Some(b) => out.extend_from_slice(&b),
                None => {
                    return Err(type_error(format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        protocol::type_name(p)
                    )));
                }
            }
        }
        return Ok(bytes::new(out));
    }
    let mut parts = Vec::with_capacity(pieces.len());
    for (i, p) in pieces.iter().enumerate() {
        match p.downcast::<PyStr>() {
            Some(s) => parts.push(s),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    protocol::type_name(p)
                )));
            }
        }
    }
    Ok(ouro_objects::str::concat(&parts))
}

/// `pattern_subx`.
fn subx(v: &Value, args: Args, name: &str, subn: bool) -> PyResult {
    let pat = this(v);
    let [repl, string, count] = args.parse(name, ["repl", "string", "count"], 0, 2, 3)?;
    let (repl, string) = (repl.expect("required"), string.expect("required"));
    let count = ssize_arg(count, 0)?;
    let filter = if is_callable(&repl) {
        Filter::Callable(repl)
    } else if has_backslash(&repl) == Some(false) {
        Filter::Literal(repl)
    } else {
        let t = compile_template(v, &repl)?;
        let tpl = t.downcast::<Template>().expect("checked");
        if tpl.items.is_empty() {
            Filter::Literal(tpl.literal.clone())
        } else {
            Filter::Template(t)
        }
    };
    let mut s = Search::new(pat, &string, 0, isize::MAX)?;
    let mut pieces = Vec::new();
    let mut n: isize = 0;
    let mut i = 0;
    while count == 0 || n < count {
        if !s.run(pat, true)? {
            break;
        }
        let (b, e) = (s.st.start, s.st.ptr);
        if i < b {
            pieces.push(s.slice(i, b));
        }
        let item = match &filter {
            Filter::Literal(l) => l.clone(),
            Filter::Template(t) => {
                let m = matchobj::new_match(v, &s)?;
                expand(t, &m)?
            }
            Filter::Callable(f) => {
                let m = matchobj::new_match(v, &s)?;
                protocol::call1(f, m)?
            }
        };
        if !is_none(&item) {
            pieces.push(item);
        }
        i = e;
        n += 1;
        s.advance();
    }
    if i < s.endpos {
        pieces.push(s.slice(i, s.endpos));
    }
    let isbytes = s.subject.is_bytes();
    let result = if pieces.is_empty() {
        s.slice(0, 0)
    } else {
        join(&pieces, isbytes)?
    };
    Ok(if subn {
        Tuple::new(vec![result, int::from_i64(n as i64)])
    } else {
        result
    })
}

fn pattern_sub(v: &Value, args: Args) -> PyResult {
    subx(v, args, "sub", false)
}

fn pattern_subn(v: &Value, args: Args) -> PyResult {
    subx(v, args, "subn", true)
}

fn pattern_copy(v: &Value, args: Args) -> PyResult {
    args.none("__copy__")?;
    Ok(v.clone())
}

fn pattern_deepcopy(v: &Value, args: Args) -> PyResult {
    args.one("__deepcopy__")?;
    Ok(v.clone())
}

/// `%.NR`: a repr cut to `n` code points.
pub(crate) fn repr_prefix(v: &Value, n: usize) -> PyResult<String> {
    let r = protocol::repr_string(v)?;
    Ok(r.chars().take(n).collect())
}

fn pattern_repr(v: &Value) -> PyResult {
    const NAMES: [(&str, i64); 8] = [
        ("re.IGNORECASE", flag::IGNORECASE),
        ("re.LOCALE", flag::LOCALE),
        ("re.MULTILINE", flag::MULTILINE),
        ("re.DOTALL", flag::DOTALL),
        ("re.UNICODE", flag::UNICODE),
        ("re.VERBOSE", flag::VERBOSE),
        ("re.DEBUG", flag::DEBUG),
        ("re.ASCII", flag::ASCII),
    ];
    let pat = this(v);
    let mut flags = pat.flags as i32 as i64;
    if pat.isbytes == 0 && flags & (flag::LOCALE | flag::UNICODE | flag::ASCII) == flag::UNICODE {
        flags &= !flag::UNICODE;
    }
    let mut items = Vec::new();
    for (name, value) in NAMES {
        if flags & value != 0 {
            items.push(name.to_string());
            flags &= !value;
        }
    }
    if flags != 0 {
        items.push(format!("0x{:x}", flags as i32));
    }
    let shown = repr_prefix(&pat.pattern, 200)?;
    Ok(PyStr::new(&if items.is_empty() {
        format!("re.compile({shown})")
    } else {
        format!("re.compile({shown}, {})", items.join("|"))
    }))
}

fn pattern_hash(v: &Value) -> PyResult<i64> {
    let pat = this(v);
    let mut h = protocol::hash(&pat.pattern)?;
    let code: Vec<u8> = pat.code.iter().flat_map(|c| c.to_le_bytes()).collect();
    h ^= ouro_objects::hash::hash_bytes(&code);
    h ^= pat.flags;
    h ^= i64::from(pat.isbytes);
    h ^= pat.code.len() as i64;
    Ok(if h == -1 { -2 } else { h })
}

fn pattern_richcompare(a: &Value, b: &Value, op: CompareOp) -> PyResult {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) || !std::ptr::eq(b.type_obj(), &PATTERN_TYPE) {
        return Ok(not_implemented());
    }
    let equal = a.is(b) || {
        let (l, r) = (this(a), this(b));
        l.flags == r.flags
            && l.isbytes == r.isbytes
            && l.code == r.code
            && protocol::richcompare_bool(&l.pattern, &r.pattern, CompareOp::Eq)?
    };
    Ok(pybool::py_bool(equal == matches!(op, CompareOp::Eq)))
}

fn pattern_groupindex(v: &Value) -> PyResult {
    Ok(match &this(v).groupindex {
        Some(d) => mappingproxy::new(d.clone()),
        None => Dict::new_value(),
    })
}

builtin_type!(pub static PATTERN_TYPE: Pattern = TypeSpec {
    name: "re.Pattern",
    doc: Some("Compiled regular expression object."),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs {
        repr: Some(pattern_repr),
        hash: Some(pattern_hash),
        richcompare: Some(pattern_richcompare),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("match", pattern_match, "match($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nMatches zero or more characters at the beginning of the string."),
        MethodDef::new("fullmatch", pattern_fullmatch, "fullmatch($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nMatches against all of the string."),
        MethodDef::new("search", pattern_search, "search($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nScan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches."),
        MethodDef::new("sub", pattern_sub, "sub($self, /, repl, string, count=0)\n--\n\nReturn the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."),
        MethodDef::new("subn", pattern_subn, "subn($self, /, repl, string, count=0)\n--\n\nReturn the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."),
        MethodDef::new("findall", pattern_findall, "findall($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nReturn a list of all non-overlapping matches of pattern in string."),
        MethodDef::new("split", pattern_split, "split($self, /, string, maxsplit=0)\n--\n\nSplit string by the occurrences of pattern."),
        MethodDef::new("finditer", pattern_finditer, "finditer($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nReturn an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object."),
        MethodDef::new("scanner", pattern_scanner, "scanner($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\n"),
        MethodDef::new("__copy__", pattern_copy, "__copy__($self, /)\n--\n\n"),
        MethodDef::new("__deepcopy__", pattern_deepcopy, "__deepcopy__($self, memo, /)\n--\n\n"),
        MethodDef::class("__class_getitem__", class_getitem, "See PEP 585"),
    ],
    getsets: &[
        GetSetDef::getter("groupindex", pattern_groupindex).with_doc("A dictionary mapping group names to group numbers."),
        GetSetDef::member("pattern", |v| Ok(this(v).pattern.clone()), None).with_doc("The pattern string from which the RE object was compiled."),
        GetSetDef::member("flags", |v| Ok(int::from_i64(this(v).flags)), None).with_doc("The regex matching flags."),
        GetSetDef::member("groups", |v| Ok(int::from_usize(this(v).groups)), None).with_doc("The number of capturing groups in the pattern."),
    ],
    ..TypeSpec::DEFAULT
});

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
pub fn sre_compile(_m: &Value, args: Args) -> PyResult {
    let [pattern, flags_v, code, groups, groupindex, indexgroup] = args.parse(
        "compile",
        [
            "pattern",
            "flags",
            "code",
            "groups",
            "groupindex",
            "indexgroup",
        ],
        0,
        6,
        6,
    )?;
    let [pattern, flags_v, code, groups, groupindex, indexgroup] =
        [pattern, flags_v, code, groups, groupindex, indexgroup].map(|a| a.expect("required"));
    let flags = i64::from(int::index_as_c_int(&flags_v)?);
    let wrong = |arg: &str, want: &str, v: &Value| {
        type_error(format!(
            "compile() argument '{arg}' must be {want}, not {}",
            ouro_objects::args::arg_type_name(v)
        ))
    };
    let Some(code_list) = code.downcast::<List>() else {
        return Err(wrong("code", "list", &code));
    };
    let groups = protocol::index_as_isize(&groups)?;
    if groupindex.downcast::<Dict>().is_none() {
        return Err(wrong("groupindex", "dict", &groupindex));
    }
    if indexgroup.downcast::<Tuple>().is_none() {
        return Err(wrong("indexgroup", "tuple", &indexgroup));
    }
    let mut words = Vec::with_capacity(code_list.len());
    for item in code_list.to_vec() {
        if !int::is_int(&item) {
            return Err(type_error("an integer is required"));
        }
        let w = item;
        if int::is_negative(&w) {
            return Err(PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "can't convert negative value to unsigned int",
            ));
        }
        let w = int::to_i64(&w).ok_or_else(|| {
            PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "Python int too large to convert to C unsigned long",
            )
        })?;
        let w = u32::try_from(w).map_err(|_| {
            PyErr::new(
                &exceptions::OVERFLOW_ERROR,
                "regular expression code size limit exceeded",
            )
        })?;
        words.push(w);
    }
    let isbytes = if is_none(&pattern) {
        -1
    } else {
        i8::from(Subject::of(&pattern)?.is_bytes())
    };
    let has_names = groupindex.downcast::<Dict>().is_some_and(|d| !d.is_empty());
    let has_index = indexgroup
        .downcast::<Tuple>()
        .is_some_and(|t| !t.is_empty());
    let set_starts = (groups >= 0 && groups as u64 <= u64::from(MAXGROUPS))
        .then(|| validate(&words, groups as usize))
        .flatten();
    let Some(set_starts) = set_starts else {
        return Err(runtime_error("invalid SRE code"));
    };
    Ok(alloc(Pattern {
        sets: SetTables::new(&words, &set_starts),
        code: words.into_boxed_slice(),
        pattern,
        flags,
        groups: groups as usize,
        groupindex: has_names.then_some(groupindex),
        indexgroup: (has_names && has_index).then_some(indexgroup),
        isbytes,
    }))
}

/// `_sre.SRE_Template`: a replacement as a literal then (group, literal) items.
pub struct Template {
    pub(crate) literal: Value,
    pub(crate) items: Vec<(usize, Option<Value>)>,
}

builtin_type!(pub static TEMPLATE_TYPE: Template = TypeSpec {
    name: "_sre.SRE_Template",
    flags: flags::IMMUTABLETYPE,
    ..TypeSpec::DEFAULT
});

/// `_sre.template(pattern, template)`.
pub fn sre_template(_m: &Value, args: Args) -> PyResult {
    let a = args.range("template", "template", 2, 2)?;
    let Some(list) = a[1].downcast::<List>() else {
        return Err(type_error(format!(
            "template() argument 2 must be list, not {}",
            ouro_objects::args::arg_type_name(&a[1])
        )));
    };
    let items = list.to_vec();
    if items.len() % 2 == 0 {
        return Err(type_error("invalid template"));
    }
    let mut chunks = Vec::with_capacity(items.len() / 2);
    for pair in items[1..].chunks(2) {
        if !int::is_int(&pair[0]) {
            return Err(type_error("an integer is required"));
        }
        let index = protocol::index_as_isize(&pair[0])?;
        if index < 0 {
            return Err(type_error("invalid template"));
        }
        let lit = &pair[1];
        let empty = lit.downcast::<PyStr>().is_some_and(PyStr::is_empty)
            || lit.downcast::<Bytes>().is_some_and(|b| b.0.is_empty());
        chunks.push((index as usize, (!empty).then(|| lit.clone())));
    }
    Ok(alloc(Template {
        literal: items[0].clone(),
        items: chunks,
    }))
}

/// `expand_template`: the replacement for match `m`.
pub(crate) fn expand(template: &Value, m: &Value) -> PyResult {
    let tpl = template.downcast::<Template>().expect("a template");
    if tpl.items.is_empty() {
        return Ok(tpl.literal.clone());
    }
    let mobj = m.downcast::<Match>().expect("a match");
    let mut pieces = vec![tpl.literal.clone()];
    for (index, literal) in &tpl.items {
        if *index >= mobj.group_count() {
            return Err(ouro_objects::err::index_error("no such group"));
        }
        let item = mobj.group_slice(*index, &none());
        if !is_none(&item) {
            pieces.push(item);
        }
        if let Some(l) = literal {
            pieces.push(l.clone());
        }
    }
    join(&pieces, tpl.literal.downcast::<PyStr>().is_none())
}
