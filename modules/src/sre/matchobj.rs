//! `re.Match` and `_sre.SRE_Scanner` (`pattern_new_match`, `match_*` and `scanner_*` in Modules/_sre/sre.c).

use std::cell::{Cell, RefCell};

use ouro_objects::args::Args;
use ouro_objects::core::alloc;
use ouro_objects::descr::{GetSetDef, MethodDef, class_getitem};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyResult, index_error, value_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{Value, builtin_type, int, protocol};

use super::Subject;
use super::engine::NO_MARK;
use super::pattern::{self, Pattern, Search, repr_prefix};

pub struct Match {
    string: Value,
    pattern: Value,
    /// Start and end of each group, group 0 first; -1 where unset.
    marks: Vec<isize>,
    pos: usize,
    endpos: usize,
    lastindex: isize,
    regs: RefCell<Option<Value>>,
}

fn this(v: &Value) -> &Match {
    v.downcast::<Match>().expect("re.Match method on a Match")
}

/// `pattern_new_match` after a successful run of `s`.
pub(crate) fn new_match(pattern: &Value, s: &Search) -> PyResult {
    let pat = pattern::this(pattern);
    let mut marks = Vec::new();
    marks
        .try_reserve_exact(2 * (pat.groups + 1))
        .map_err(|_| ouro_objects::err::PyErr::empty(&ouro_objects::exceptions::MEMORY_ERROR))?;
    marks.push(s.st.start as isize);
    marks.push(s.st.ptr as isize);
    for g in 0..pat.groups {
        let (a, b) = (s.st.mark(2 * g), s.st.mark(2 * g + 1));
        if a == NO_MARK || b == NO_MARK {
            marks.extend([-1, -1]);
        } else {
            if a > b {
                return Err(ouro_objects::err::PyErr::new(
                    &ouro_objects::exceptions::SYSTEM_ERROR,
                    "The span of capturing group is wrong, please report a bug for the re module.",
                ));
            }
            marks.extend([a as isize, b as isize]);
        }
    }
    Ok(alloc(Match {
        string: s.string.clone(),
        pattern: pattern.clone(),
        marks,
        pos: s.pos,
        endpos: s.endpos,
        lastindex: s.st.lastindex,
        regs: RefCell::new(None),
    }))
}

impl Match {
    /// The number of groups including group 0.
    pub(crate) fn group_count(&self) -> usize {
        self.marks.len() / 2
    }

    fn span(&self, i: usize) -> (isize, isize) {
        (self.marks[2 * i], self.marks[2 * i + 1])
    }

    /// `match_getslice_by_index`.
    pub(crate) fn group_slice(&self, i: usize, default: &Value) -> Value {
        let (a, b) = self.span(i);
        if a < 0 || is_none(&self.string) {
            return default.clone();
        }
        match Subject::of(&self.string) {
            Ok(subject) => {
                let len = subject.len();
                subject.slice(&self.string, (a as usize).min(len), (b as usize).min(len))
            }
            Err(_) => default.clone(),
        }
    }

    /// `match_getindex`: a group number or name, `IndexError` otherwise.
    fn index(&self, group: Option<&Value>) -> PyResult<usize> {
        let Some(group) = group else {
            return Ok(0);
        };
        let i = if protocol::has_index(group) {
            protocol::index_as_isize_clamped(group)?
        } else {
            let pat = pattern::this(&self.pattern);
            match pat.groupindex.as_ref().and_then(|d| d.downcast::<Dict>()) {
                Some(d) => match d.get_item_opt(group)? {
                    Some(n) if int::is_int(&n) => int::to_isize(&n).unwrap_or(-1),
                    _ => -1,
                },
                None => -1,
            }
        };
        if i < 0 || i as usize >= self.group_count() {
            return Err(index_error("no such group"));
        }
        Ok(i as usize)
    }

    fn get(&self, group: Option<&Value>, default: &Value) -> PyResult {
        Ok(self.group_slice(self.index(group)?, default))
    }
}

fn match_group(v: &Value, args: Args) -> PyResult {
    args.no_keywords("group")?;
    let m = this(v);
    match args.values {
        [] => m.get(None, &none()),
        [g] => m.get(Some(g), &none()),
        many => Ok(Tuple::new(
            many.iter()
                .map(|g| m.get(Some(g), &none()))
                .collect::<PyResult<_>>()?,
        )),
    }
}

fn match_getitem(v: &Value, key: &Value) -> PyResult {
    this(v).get(Some(key), &none())
}

fn default_arg(args: &Args, name: &str) -> PyResult<Value> {
    let [default] = args.parse(name, ["default"], 0, 0, 1)?;
    Ok(default.unwrap_or_else(none))
}

fn match_groups(v: &Value, args: Args) -> PyResult {
    let default = default_arg(&args, "groups")?;
    let m = this(v);
    Ok(Tuple::new(
        (1..m.group_count())
            .map(|i| m.group_slice(i, &default))
            .collect(),
    ))
}

fn match_groupdict(v: &Value, args: Args) -> PyResult {
    let default = default_arg(&args, "groupdict")?;
    let m = this(v);
    let result = Dict::new_value();
    let pat = pattern::this(&m.pattern);
    if let Some(d) = pat.groupindex.as_ref().and_then(|d| d.downcast::<Dict>()) {
        let out = result.downcast::<Dict>().expect("dict");
        for key in d.keys() {
            let value = m.get(Some(&key), &default)?;
            out.set_item(key, value)?;
        }
    }
    Ok(result)
}

fn group_arg<'a>(args: &'a Args, name: &str) -> PyResult<Option<&'a Value>> {
    let a = args.range(name, name, 0, 1)?;
    Ok(a.first())
}

fn match_start(v: &Value, args: Args) -> PyResult {
    let m = this(v);
    let i = m.index(group_arg(&args, "start")?)?;
    Ok(int::from_i64(m.span(i).0 as i64))
}

fn match_end(v: &Value, args: Args) -> PyResult {
    let m = this(v);
    let i = m.index(group_arg(&args, "end")?)?;
    Ok(int::from_i64(m.span(i).1 as i64))
}

fn pair(span: (isize, isize)) -> Value {
    Tuple::new(vec![
        int::from_i64(span.0 as i64),
        int::from_i64(span.1 as i64),
    ])
}

fn match_span(v: &Value, args: Args) -> PyResult {
    let m = this(v);
    let i = m.index(group_arg(&args, "span")?)?;
    Ok(pair(m.span(i)))
}

fn match_regs(v: &Value) -> PyResult {
    let m = this(v);
    if let Some(r) = m.regs.borrow().as_ref() {
        return Ok(r.clone());
    }
    let regs = Tuple::new((0..m.group_count()).map(|i| pair(m.span(i))).collect());
    *m.regs.borrow_mut() = Some(regs.clone());
    Ok(regs)
}

fn match_expand(v: &Value, args: Args) -> PyResult {
    let [template] = args.parse("expand", ["template"], 0, 1, 1)?;
    let template = template.expect("required");
    let m = this(v);
    let filter = pattern::compile_template(&m.pattern, &template)?;
    pattern::expand(&filter, v)
}

fn match_lastgroup(v: &Value) -> PyResult {
    let m = this(v);
    let pat = pattern::this(&m.pattern);
    if let Some(t) = pat.indexgroup.as_ref().and_then(|t| t.downcast::<Tuple>())
        && m.lastindex >= 0
        && let Some(name) = t.get(m.lastindex as usize)
    {
        return Ok(name.clone());
    }
    Ok(none())
}

fn match_repr(v: &Value) -> PyResult {
    let m = this(v);
    let group0 = m.group_slice(0, &none());
    Ok(PyStr::new(&format!(
        "<{} object; span=({}, {}), match={}>",
        "re.Match",
        m.marks[0],
        m.marks[1],
        repr_prefix(&group0, 50)?
    )))
}

fn same(v: &Value, args: Args) -> PyResult {
    args.none("__copy__")?;
    Ok(v.clone())
}

fn same_memo(v: &Value, args: Args) -> PyResult {
    args.one("__deepcopy__")?;
    Ok(v.clone())
}

builtin_type!(pub static MATCH_TYPE: Match = TypeSpec {
    name: "re.Match",
    doc: Some("The result of re.match() and re.search().\nMatch objects always have a boolean value of True."),
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs {
        repr: Some(match_repr),
        getitem: Some(match_getitem),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("group", match_group, "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match."),
        MethodDef::new("start", match_start, "start($self, group=0, /)\n--\n\nReturn index of the start of the substring matched by group."),
        MethodDef::new("end", match_end, "end($self, group=0, /)\n--\n\nReturn index of the end of the substring matched by group."),
        MethodDef::new("span", match_span, "span($self, group=0, /)\n--\n\nFor match object m, return the 2-tuple (m.start(group), m.end(group))."),
        MethodDef::new("groups", match_groups, "groups($self, /, default=None)\n--\n\nReturn a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match."),
        MethodDef::new("groupdict", match_groupdict, "groupdict($self, /, default=None)\n--\n\nReturn a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match."),
        MethodDef::new("expand", match_expand, "expand($self, /, template)\n--\n\nReturn the string obtained by doing backslash substitution on the string template, as done by the sub() method."),
        MethodDef::new("__copy__", same, "__copy__($self, /)\n--\n\n"),
        MethodDef::new("__deepcopy__", same_memo, "__deepcopy__($self, memo, /)\n--\n\n"),
        MethodDef::class("__class_getitem__", class_getitem, "See PEP 585"),
    ],
    getsets: &[
        GetSetDef::getter("lastindex", |v| { let m = this(v); Ok(if m.lastindex >= 0 { int::from_i64(m.lastindex as i64) } else { none() }) }).with_doc("The integer index of the last matched capturing group."),
        GetSetDef::getter("lastgroup", match_lastgroup).with_doc("The name of the last matched capturing group."),
        GetSetDef::getter("regs", match_regs),
        GetSetDef::member("string", |v| Ok(this(v).string.clone()), None).with_doc("The string passed to match() or search()."),
        GetSetDef::member("re", |v| Ok(this(v).pattern.clone()), None).with_doc("The regular expression object."),
        GetSetDef::member("pos", |v| Ok(int::from_usize(this(v).pos)), None).with_doc("The index into the string at which the RE engine started looking for a match."),
        GetSetDef::member("endpos", |v| Ok(int::from_usize(this(v).endpos)), None).with_doc("The index into the string beyond which the RE engine will not go."),
    ],
    ..TypeSpec::DEFAULT
});

/// `_sre.SRE_Scanner`: successive matches over one subject.
pub struct Scanner {
    pattern: Value,
    search: RefCell<Search>,
    /// Set once a run found nothing (`state->start = NULL`).
    done: Cell<bool>,
    executing: Cell<bool>,
}

pub(crate) fn new_scanner(pattern: &Value, string: &Value, pos: isize, endpos: isize) -> PyResult {
    let pat: &Pattern = pattern::this(pattern);
    let search = Search::new(pat, string, pos, endpos)?;
    Ok(alloc(Scanner {
        pattern: pattern.clone(),
        search: RefCell::new(search),
        done: Cell::new(false),
        executing: Cell::new(false),
    }))
}

fn scanner_step(v: &Value, args: Args, name: &str, search: bool) -> PyResult {
    args.none(name)?;
    let sc = v.downcast::<Scanner>().expect("SRE_Scanner");
    if sc.executing.get() {
        return Err(value_error("regular expression scanner already executing"));
    }
    if sc.done.get() {
        return Ok(none());
    }
    sc.executing.set(true);
    let result = (|| {
        let pat = pattern::this(&sc.pattern);
        let mut s = sc.search.borrow_mut();
        let found = s.run(pat, search)?;
        if !found {
            sc.done.set(true);
            return Ok(none());
        }
        let m = new_match(&sc.pattern, &s)?;
        s.advance();
        Ok(m)
    })();
    sc.executing.set(false);
    result
}

builtin_type!(pub static SCANNER_TYPE: Scanner = TypeSpec {
    name: "_sre.SRE_Scanner",
    flags: flags::IMMUTABLETYPE,
    methods: &[
        MethodDef::new("match", |v, a| scanner_step(v, a, "match", false), "match($self, /)\n--\n\n"),
        MethodDef::new("search", |v, a| scanner_step(v, a, "search", true), "search($self, /)\n--\n\n"),
    ],
    getsets: &[
        GetSetDef::member("pattern", |v| Ok(v.downcast::<Scanner>().expect("SRE_Scanner").pattern.clone()), None),
    ],
    ..TypeSpec::DEFAULT
});
