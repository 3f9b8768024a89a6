//! `_zoneinfo`: the `ZoneInfo` tzinfo over TZif data read by `zoneinfo._common.load_data`,
//! with POSIX TZ strings for times after the last transition and the two-level cache;
//! mirrors Modules/_zoneinfo.c.

use std::cell::RefCell;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, runtime_error, type_error, value_error};
use ouro_objects::none::{is_none, none};
use ouro_objects::protocol;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type, int};

use crate::datetime::{DATETIME_TYPE, TZINFO_TYPE, date_fields, new_timedelta, ymd_to_ord};

/// `ymd_to_ord(1970, 1, 1)`.
const EPOCH_ORDINAL: i64 = 719_163;
const STRONG_CACHE_SIZE: usize = 8;

/// One local time type: offsets as timedeltas plus the UTC offset in seconds.
#[derive(Clone)]
struct TtInfo {
    utcoff: Value,
    dstoff: Value,
    tzname: Value,
    utcoff_seconds: i64,
}

impl TtInfo {
    fn new(utcoff: i64, dstoff: i64, tzname: Value) -> PyResult<TtInfo> {
        Ok(TtInfo {
            utcoff: new_timedelta(utcoff)?,
            dstoff: new_timedelta(dstoff)?,
            tzname,
            utcoff_seconds: utcoff,
        })
    }

    fn none() -> TtInfo {
        TtInfo {
            utcoff: none(),
            dstoff: none(),
            tzname: none(),
            utcoff_seconds: 0,
        }
    }

    fn same(&self, other: &TtInfo) -> PyResult<bool> {
        Ok(protocol::eq(&self.utcoff, &other.utcoff)?
            && protocol::eq(&self.dstoff, &other.dstoff)?
            && protocol::eq(&self.tzname, &other.tzname)?)
    }
}

/// A POSIX TZ string date rule: `Mm.w.d`, `Jn` (no leap day) or `n` (zero-based).
#[derive(Clone, Copy)]
enum DateRule {
    Calendar { month: i32, week: i32, day: i32 },
    Julian { day: i64, no_leap: bool },
}

#[derive(Clone, Copy)]
struct TransitionRule {
    date: DateRule,
    /// Seconds after local midnight (may be negative or beyond a day).
    time: i64,
}

impl TransitionRule {
    /// Local seconds since the epoch at which the rule fires in `year`.
    fn year_to_timestamp(&self, year: i32) -> i64 {
        let days = match self.date {
            DateRule::Calendar { month, week, day } => {
                let first_day = (ymd_to_ord(year, month, 1) + 6) % 7;
                let dim = crate::datetime::days_in_month(year, month);
                let mut month_day = (day - (first_day + 1)).rem_euclid(7) + 1;
                month_day += (week - 1) * 7;
                if month_day > dim {
                    month_day -= 7;
                }
                i64::from(ymd_to_ord(year, month, month_day)) - EPOCH_ORDINAL
            }
            DateRule::Julian { day, no_leap } => {
                let mut d = day;
                if no_leap {
                    d -= 1;
                    if crate::datetime::is_leap(year) && d >= 59 {
                        d += 1;
                    }
                }
                i64::from(ymd_to_ord(year, 1, 1)) - EPOCH_ORDINAL + d
            }
        };
        days * 86_400 + self.time
    }
}

/// What applies after the last transition (`_tzrule`).
struct TzRule {
    std: TtInfo,
    dst: TtInfo,
    dst_diff: i64,
    rules: Option<(TransitionRule, TransitionRule)>,
}

impl TzRule {
    fn fixed(std: TtInfo) -> TzRule {
        TzRule {
            dst: std.clone(),
            std,
            dst_diff: 0,
            rules: None,
        }
    }

    /// Local start and end of DST in `year` (`tzrule_transitions`).
    fn transitions(&self, (start, end): (TransitionRule, TransitionRule), year: i32) -> (i64, i64) {
        (start.year_to_timestamp(year), end.year_to_timestamp(year))
    }

    fn for_local(&self, ts: i64, fold: bool, year: i32) -> &TtInfo {
        let Some(rules) = self.rules else {
            return &self.std;
        };
        let (mut start, mut end) = self.transitions(rules, year);
        if fold == (self.dst_diff >= 0) {
            end -= self.dst_diff;
        } else {
            start += self.dst_diff;
        }
        let isdst = if start < end {
            ts >= start && ts < end
        } else {
            ts < end || ts >= start
        };
        if isdst { &self.dst } else { &self.std }
    }

    fn for_utc(&self, ts: i64, year: i32) -> (&TtInfo, bool) {
        let Some(rules) = self.rules else {
            return (&self.std, false);
        };
        let (mut start, mut end) = self.transitions(rules, year);
        start -= self.std.utcoff_seconds;
        end -= self.dst.utcoff_seconds;
        let isdst = if start < end {
            ts >= start && ts < end
        } else {
            ts < end || ts >= start
        };
        let (ambig_start, ambig_end) = if self.dst_diff > 0 {
            (end, end + self.dst_diff)
        } else {
            (start, start - self.dst_diff)
        };
        let fold = ts >= ambig_start && ts < ambig_end;
        (if isdst { &self.dst } else { &self.std }, fold)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    Cache,
    NoCache,
    File,
}

struct ZoneData {
    trans_utc: Vec<i64>,
    /// Local transition times for fold 0 and fold 1.
    trans_wall: [Vec<i64>; 2],
    ttinfos: Vec<TtInfo>,
    trans_idx: Vec<usize>,
    before: Option<usize>,
    after: TzRule,
    fixed_offset: bool,
}

pub struct ZoneInfo {
    key: Value,
    file_repr: Option<Value>,
    source: Source,
    data: ZoneData,
}

builtin_type!(pub static ZONEINFO_TYPE: ZoneInfo = TypeSpec {
    name: "zoneinfo.ZoneInfo",
    base: Some(&TZINFO_TYPE),
    flags: flags::BASETYPE | flags::WEAKREFABLE,
    slots: SlotDefs {
        new: Some(zoneinfo_new),
        repr: Some(zoneinfo_repr),
        str: Some(|v| {
            let z = this(v);
            if is_none(&z.key) { zoneinfo_repr(v) } else { Ok(z.key.clone()) }
        }),
        ..SlotDefs::NONE
    },
    methods: METHODS,
    getsets: &[GetSetDef::member("key", |v| Ok(this(v).key.clone()), None)],
    ..TypeSpec::DEFAULT
});

static METHODS: &[MethodDef] = &[
    MethodDef::class(
        "no_cache",
        |cls, a| {
            let [key] = a.parse("no_cache", ["key"], 0, 1, 1)?;
            new_instance(cls, &key.expect("required"), Source::NoCache)
        },
        "no_cache($type, /, key)\n--\n\nGet a new instance of ZoneInfo, bypassing the cache.",
    ),
    MethodDef::class(
        "from_file",
        from_file,
        "from_file($type, file_obj, /, key=None)\n--\n\nCreate a ZoneInfo file from a file object.",
    ),
    MethodDef::class(
        "clear_cache",
        clear_cache,
        "clear_cache($type, /, *, only_keys=None)\n--\n\nClear the ZoneInfo cache.",
    ),
    MethodDef::new(
        "utcoffset",
        |v, a| Ok(find_ttinfo(v, a.one("utcoffset")?)?.utcoff),
        "utcoffset($self, dt, /)\n--\n\nRetrieve a timedelta representing the UTC offset in a zone at the given datetime.",
    ),
    MethodDef::new(
        "dst",
        |v, a| Ok(find_ttinfo(v, a.one("dst")?)?.dstoff),
        "dst($self, dt, /)\n--\n\nRetrieve a timedelta representing the amount of DST applied in a zone at the given datetime.",
    ),
    MethodDef::new(
        "tzname",
        |v, a| Ok(find_ttinfo(v, a.one("tzname")?)?.tzname),
        "tzname($self, dt, /)\n--\n\nRetrieve a string containing the abbreviation for the time zone that applies in a zone at a given datetime.",
    ),
    MethodDef::new(
        "fromutc",
        fromutc,
        "fromutc($self, object, /)\n--\n\nGiven a datetime with local time in UTC, retrieve an adjusted datetime in local time.",
    ),
    MethodDef::new(
        "__reduce__",
        zoneinfo_reduce,
        "__reduce__($self, /)\n--\n\nFunction for serialization with the pickle protocol.",
    ),
    MethodDef::class(
        "_unpickle",
        |cls, a| {
            let args = a.range("_unpickle", "_unpickle", 2, 2)?;
            let from_cache = protocol::index(&args[1])?;
            if int::to_i64(&from_cache).is_some_and(|c| c != 0) {
                cached(cls, &args[0])
            } else {
                new_instance(cls, &args[0], Source::NoCache)
            }
        },
        "_unpickle($type, key, from_cache, /)\n--\n\nPrivate method used in unpickling.",
    ),
    MethodDef::class(
        "__init_subclass__",
        |cls, _a| {
            protocol::setattr(cls, &PyStr::new("_weak_cache"), Some(&new_weak_cache()?))?;
            Ok(none())
        },
        "Function to initialize subclasses.",
    ),
];

fn this(v: &Value) -> &ZoneInfo {
    v.downcast::<ZoneInfo>()
        .expect("ZoneInfo method on a ZoneInfo")
}

/// The Python helpers and caches of the module (`zoneinfo_state`).
struct State {
    find_tzfile: Value,
    load_data: Value,
    load_tzdata: Value,
    io_open: Value,
    weak_cache: Value,
    /// Most recently used first.
    strong_cache: Vec<(Value, Value)>,
}

ouro_objects::gil_shared! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> PyResult<R> {
    STATE.with(|s| match s.borrow_mut().as_mut() {
        Some(state) => Ok(f(state)),
        None => Err(runtime_error("_zoneinfo is not initialized")),
    })
}

fn new_weak_cache() -> PyResult {
    let weakref = protocol::import_module("weakref")?;
    protocol::call0(&protocol::getattr_str(&weakref, "WeakValueDictionary")?)
}

fn is_base(cls: &Value) -> bool {
    cls.is(&ZONEINFO_TYPE.value())
}

fn weak_cache(cls: &Value) -> PyResult {
    if is_base(cls) {
        with_state(|s| s.weak_cache.clone())
    } else {
        protocol::getattr_str(cls, "_weak_cache")
    }
}

fn zoneinfo_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let [key] = Args::new(args, kwnames).parse("ZoneInfo", ["key"], 0, 1, 1)?;
    cached(ty.value(), &key.expect("required"))
}

/// `zoneinfo_new_impl`: strong cache, then weak cache, then a new instance.
fn cached(cls: &Value, key: &Value) -> PyResult {
    if is_base(cls) {
        let mut found = None;
        for (i, (k, _)) in with_state(|s| s.strong_cache.clone())?.iter().enumerate() {
            if protocol::eq(k, key)? {
                found = Some(i);
                break;
            }
        }
        if let Some(i) = found {
            return with_state(|s| {
                let entry = s.strong_cache.remove(i);
                let v = entry.1.clone();
                s.strong_cache.insert(0, entry);
                v
            });
        }
    }
    let weak = weak_cache(cls)?;
    let mut instance = protocol::call_method(&weak, "get", &[key.clone(), none()])?;
    if is_none(&instance) {
        let fresh = new_instance(cls, key, Source::Cache)?;
        instance = protocol::call_method(&weak, "setdefault", &[key.clone(), fresh])?;
    }
    if is_base(cls) {
        with_state(|s| {
            s.strong_cache.insert(0, (key.clone(), instance.clone()));
            s.strong_cache.truncate(STRONG_CACHE_SIZE);
        })?;
    }
    Ok(instance)
}

/// `zoneinfo_new_instance`: finds the key's file (or tzdata resource) and loads it.
fn new_instance(cls: &Value, key: &Value, source: Source) -> PyResult {
    let (find, load_tzdata, open) = with_state(|s| {
        (
            s.find_tzfile.clone(),
            s.load_tzdata.clone(),
            s.io_open.clone(),
        )
    })?;
    let path = protocol::call1(&find, key.clone())?;
    let file = if is_none(&path) {
        protocol::call1(&load_tzdata, key.clone())?
    } else {
        protocol::call(&open, &[path, PyStr::new("rb")], None)?
    };
    let data = load_data(&file);
    let closed = protocol::call_method(&file, "close", &[]);
    let data = data?;
    closed?;
    let ty = TypeRef::from_value(cls).ok_or_else(|| type_error("ZoneInfo class expected"))?;
    Ok(alloc_typed(
        &ty,
        ZoneInfo {
            key: key.clone(),
            file_repr: None,
            source,
            data,
        },
    ))
}

fn from_file(cls: &Value, a: Args) -> PyResult {
    let [file, key] = a.parse("from_file", ["file_obj", "key"], 1, 1, 2)?;
    let file = file.expect("required");
    let file_repr = protocol::repr(&file)?;
    let data = load_data(&file)?;
    let ty = TypeRef::from_value(cls).ok_or_else(|| type_error("ZoneInfo class expected"))?;
    Ok(alloc_typed(
        &ty,
        ZoneInfo {
            key: key.unwrap_or_else(none),
            file_repr: Some(file_repr),
            source: Source::File,
            data,
        },
    ))
}

fn clear_cache(cls: &Value, a: Args) -> PyResult {
    let [only_keys] = a.parse("clear_cache", ["only_keys"], 0, 0, 0)?;
    let weak = weak_cache(cls)?;
    match only_keys.filter(|k| !is_none(k)) {
        None => {
            protocol::call_method(&weak, "clear", &[])?;
            if is_base(cls) {
                with_state(|s| s.strong_cache.clear())?;
            }
        }
        Some(keys) => {
            for key in protocol::collect(&keys)? {
                if is_base(cls) {
                    let entries = with_state(|s| s.strong_cache.clone())?;
                    let mut position = None;
                    for (i, (k, _)) in entries.iter().enumerate() {
                        if protocol::eq(k, &key)? {
                            position = Some(i);
                            break;
                        }
                    }
                    if let Some(i) = position {
                        with_state(|s| s.strong_cache.remove(i))?;
                    }
                }
                protocol::call_method(&weak, "pop", &[key, none()])?;
            }
        }
    }
    Ok(none())
}

fn zoneinfo_repr(v: &Value) -> PyResult {
    let z = this(v);
    let name = crate::datetime::tp_name(v);
    if !is_none(&z.key) {
        return Ok(PyStr::new(&format!(
            "{name}(key={})",
            protocol::repr_string(&z.key)?
        )));
    }
    let file = z
        .file_repr
        .as_ref()
        .map(protocol::str_lossy)
        .unwrap_or_default();
    Ok(PyStr::new(&format!("{name}.from_file({file})")))
}

fn zoneinfo_reduce(v: &Value, a: Args) -> PyResult {
    a.none("__reduce__")?;
    let z = this(v);
    if z.source == Source::File {
        let pickle = protocol::import_module("pickle")?;
        let error = protocol::getattr_str(&pickle, "PicklingError")?;
        let exc = protocol::call1(
            &error,
            PyStr::new("Cannot pickle a ZoneInfo file from a file stream."),
        )?;
        return Err(PyErr::from_instance(exc));
    }
    let constructor = protocol::getattr_str(v, "_unpickle")?;
    let from_cache = int::from_i64(i64::from(z.source == Source::Cache));
    Ok(Tuple::new(vec![
        constructor,
        Tuple::new(vec![z.key.clone(), from_cache]),
    ]))
}

/// Seconds since the epoch of a datetime's wall time, its year and fold (`get_local_timestamp`).
/// An exact datetime is read directly; anything else through its `toordinal()`, `hour`,
/// `minute` and `second`, as CPython does.
fn local_timestamp(dt: &Value) -> PyResult<(i64, i32, bool)> {
    if let Some((y, m, d, secs, fold)) = date_fields(dt, true) {
        let days = i64::from(ymd_to_ord(y, m, d)) - EPOCH_ORDINAL;
        return Ok((days * 86_400 + i64::from(secs), y, fold));
    }
    let attr = |name: &str| -> PyResult<i64> {
        let v = protocol::getattr_str(dt, name)?;
        int::to_i64(&protocol::index(&v)?).ok_or_else(|| {
            ouro_objects::err::overflow_error("Python int too large to convert to C int")
        })
    };
    let ordinal = int::to_i64(&protocol::index(&protocol::call_method(
        dt,
        "toordinal",
        &[],
    )?)?)
    .ok_or_else(|| ouro_objects::err::overflow_error("Python int too large to convert to C int"))?;
    let secs = attr("hour")? * 3600 + attr("minute")? * 60 + attr("second")?;
    let (year, fold) = match date_fields(dt, false) {
        Some((y, _, _, _, fold)) => (y, fold),
        None => (attr("year")? as i32, false),
    };
    Ok(((ordinal - EPOCH_ORDINAL) * 86_400 + secs, year, fold))
}

/// `find_ttinfo`: the local time type in effect at a datetime (None: fixed zones only).
fn find_ttinfo(v: &Value, dt: &Value) -> PyResult<TtInfo> {
    let z = &this(v).data;
    if is_none(dt) {
        return Ok(if z.fixed_offset {
            z.after.std.clone()
        } else {
            TtInfo::none()
        });
    }
    let (ts, year, fold) = local_timestamp(dt)?;
    let wall = &z.trans_wall[usize::from(fold)];
    let n = z.trans_utc.len();
    if n > 0 && ts < wall[0] {
        return Ok(z.ttinfos[z.before.unwrap_or(0)].clone());
    }
    if n == 0 || ts > wall[n - 1] {
        return Ok(z.after.for_local(ts, fold, year).clone());
    }
    let idx = wall.partition_point(|&t| t <= ts).saturating_sub(1);
    Ok(z.ttinfos[z.trans_idx[idx]].clone())
}

fn fromutc(v: &Value, a: Args) -> PyResult {
    let dt = a.one("fromutc")?;
    if !crate::datetime::is_a(dt, &DATETIME_TYPE) {
        return Err(type_error("fromutc: argument must be a datetime"));
    }
    if !crate::datetime::tzinfo_of(dt).is_some_and(|tz| tz.is(v)) {
        return Err(value_error("fromutc: dt.tzinfo is not self"));
    }
    let z = &this(v).data;
    let (ts, year, _) = local_timestamp(dt)?;
    let n = z.trans_utc.len();
    let before = || &z.ttinfos[z.before.unwrap_or(0)];
    let (tti, fold) = if n >= 1 && ts < z.trans_utc[0] {
        (before().clone(), false)
    } else if n == 0 || ts > z.trans_utc[n - 1] {
        let (tti, mut fold) = z.after.for_utc(ts, year);
        if n > 0 {
            let prev = if n == 1 {
                before()
            } else {
                &z.ttinfos[z.trans_idx[n - 2]]
            };
            let diff = prev.utcoff_seconds - tti.utcoff_seconds;
            if diff > 0 && ts < z.trans_utc[n - 1] + diff {
                fold = true;
            }
        }
        (tti.clone(), fold)
    } else {
        let idx = z.trans_utc.partition_point(|&t| t <= ts).max(1);
        let (prev, tti) = if idx >= 2 {
            (
                &z.ttinfos[z.trans_idx[idx - 2]],
                &z.ttinfos[z.trans_idx[idx - 1]],
            )
        } else {
            (before(), &z.ttinfos[z.trans_idx[0]])
        };
        let shift = prev.utcoff_seconds - tti.utcoff_seconds;
        (tti.clone(), shift > ts - z.trans_utc[idx - 1])
    };
    let shifted = protocol::binary_op(dt, &tti.utcoff, ouro_objects::typeobj::NbOp::Add)?;
    if !fold {
        return Ok(shifted);
    }
    let replace = protocol::getattr_str(&shifted, "replace")?;
    let kw = Tuple::new(vec![PyStr::new("fold")]);
    protocol::call(&replace, &[int::from_i64(1)], Some(&kw))
}

fn ints_of(v: &Value) -> PyResult<Vec<i64>> {
    protocol::collect(v)?
        .iter()
        .map(|x| {
            int::to_i64(&protocol::index(x)?).ok_or_else(|| {
                ouro_objects::err::overflow_error("Python int too large to convert to C long")
            })
        })
        .collect()
}

/// `load_data`: `_common.load_data(fobj)` turned into transitions, local time types and the
/// rule after the last transition.
fn load_data(file: &Value) -> PyResult<ZoneData> {
    let loader = with_state(|s| s.load_data.clone())?;
    let result = protocol::call1(&loader, file.clone())?;
    let Some(parts) = result.downcast::<Tuple>().map(|t| t.as_slice().to_vec()) else {
        return Err(type_error(format!(
            "Invalid data result type: {}",
            protocol::repr_string(&result)?
        )));
    };
    let [trans_idx, trans_utc, utcoff, isdst, abbr, tz_str] = parts.as_slice() else {
        return Err(value_error("Invalid data result"));
    };
    let trans_utc = ints_of(trans_utc)?;
    let utcoff = ints_of(utcoff)?;
    let n_tt = utcoff.len();
    let trans_idx: Vec<usize> = ints_of(trans_idx)?
        .into_iter()
        .map(|i| {
            usize::try_from(i)
                .ok()
                .filter(|&i| i < n_tt)
                .ok_or_else(|| {
                    value_error(format!(
                        "Invalid transition index found while reading TZif: {i}"
                    ))
                })
        })
        .collect::<PyResult<_>>()?;
    let isdst: Vec<bool> = protocol::collect(isdst)?
        .iter()
        .map(protocol::is_true)
        .collect::<PyResult<_>>()?;
    let abbr = protocol::collect(abbr)?;
    if isdst.len() != n_tt || abbr.len() != n_tt {
        return Err(value_error("Invalid data result"));
    }
    let dstoff = utcoff_to_dstoff(&trans_idx, &utcoff, &isdst);
    let trans_wall = ts_to_local(&trans_idx, &trans_utc, &utcoff);
    let ttinfos = (0..n_tt)
        .map(|i| {
            TtInfo::new(
                utcoff[i],
                dstoff[i],
                abbr.get(i).cloned().unwrap_or_else(none),
            )
        })
        .collect::<PyResult<Vec<_>>>()?;
    let before = isdst.iter().position(|d| !d).or((n_tt > 0).then_some(0));
    let tz_text = if is_none(tz_str) || !protocol::is_true(tz_str)? {
        None
    } else {
        Some(tz_str.clone())
    };
    let after = match tz_text {
        Some(text) => parse_tz_str(&text)?,
        None => {
            if n_tt == 0 {
                return Err(value_error("No time zone information found."));
            }
            let idx = trans_idx.last().copied().unwrap_or(n_tt - 1);
            let tti = &ttinfos[idx];
            TzRule::fixed(TtInfo::new(tti.utcoff_seconds, 0, tti.tzname.clone())?)
        }
    };
    let fixed_offset = if n_tt > 1 || after.rules.is_some() {
        false
    } else if n_tt == 0 {
        true
    } else {
        ttinfos[0].same(&after.std)?
    };
    Ok(ZoneData {
        trans_utc,
        trans_wall,
        ttinfos,
        trans_idx,
        before,
        after,
        fixed_offset,
    })
}

/// `utcoff_to_dstoff`: DST amounts guessed from the neighbouring standard offsets.
fn utcoff_to_dstoff(trans_idx: &[usize], utcoff: &[i64], isdst: &[bool]) -> Vec<i64> {
    let mut dstoff = vec![0i64; utcoff.len()];
    let n = trans_idx.len();
    for i in 1..n {
        let idx = trans_idx[i];
        if !isdst[idx] || dstoff[idx] != 0 {
            continue;
        }
        let mut off = 0;
        let prev = trans_idx[i - 1];
        if !isdst[prev] {
            off = utcoff[idx] - utcoff[prev];
        }
        if off == 0 && i + 1 < n {
            let next = trans_idx[i + 1];
            if !isdst[next] {
                off = utcoff[idx] - utcoff[next];
            }
        }
        if off != 0 {
            dstoff[idx] = off;
        }
    }
    for (i, d) in dstoff.iter_mut().enumerate() {
        if isdst[i] && *d == 0 {
            *d = 3600;
        }
    }
    dstoff
}

/// `ts_to_local`: each transition in wall time for fold 0 (the smaller offset) and fold 1.
fn ts_to_local(trans_idx: &[usize], trans_utc: &[i64], utcoff: &[i64]) -> [Vec<i64>; 2] {
    let mut wall = [trans_utc.to_vec(), trans_utc.to_vec()];
    for i in 0..trans_utc.len() {
        let (mut a, mut b) = if i == 0 {
            if utcoff.len() > 1 {
                (utcoff[0], utcoff[trans_idx[0]])
            } else {
                (utcoff[0], utcoff[0])
            }
        } else {
            (utcoff[trans_idx[i - 1]], utcoff[trans_idx[i]])
        };
        if b > a {
            std::mem::swap(&mut a, &mut b);
        }
        wall[0][i] += a;
        wall[1][i] += b;
    }
    wall
}

/// A byte of the TZ string, NUL past the end.
fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

/// `parse_abbr`: `<...>` or a run of letters.
fn parse_abbr(s: &[u8], p: &mut usize) -> Option<Value> {
    let (start, end);
    if at(s, *p) == b'<' {
        *p += 1;
        start = *p;
        while at(s, *p) != b'>' {
            let c = at(s, *p);
            if !(c.is_ascii_alphanumeric() || c == b'+' || c == b'-') {
                return None;
            }
            *p += 1;
        }
        end = *p;
        *p += 1;
    } else {
        start = *p;
        while at(s, *p).is_ascii_alphabetic() {
            *p += 1;
        }
        end = *p;
        if end == start {
            return None;
        }
    }
    Some(PyStr::new(&String::from_utf8_lossy(&s[start..end])))
}

/// Up to `max` digits (at least one).
fn parse_number(s: &[u8], p: &mut usize, max: usize) -> Option<i64> {
    let mut v = 0;
    for i in 0..max {
        let c = at(s, *p);
        if !c.is_ascii_digit() {
            if i == 0 {
                return None;
            }
            break;
        }
        v = v * 10 + i64::from(c - b'0');
        *p += 1;
    }
    Some(v)
}

/// `[:mm[:ss]]` after the hours.
fn parse_minutes_seconds(s: &[u8], p: &mut usize) -> Option<(i64, i64)> {
    let mut out = [0i64; 2];
    for slot in &mut out {
        if at(s, *p) != b':' {
            break;
        }
        *p += 1;
        for _ in 0..2 {
            let c = at(s, *p);
            if !c.is_ascii_digit() {
                return None;
            }
            *slot = *slot * 10 + i64::from(c - b'0');
            *p += 1;
        }
    }
    Some((out[0], out[1]))
}

/// `parse_tz_delta`: a POSIX offset (west positive) as seconds east of UTC.
fn parse_tz_delta(s: &[u8], p: &mut usize) -> Option<i64> {
    let mut sign = -1;
    match at(s, *p) {
        b'-' => {
            sign = 1;
            *p += 1;
        }
        b'+' => *p += 1,
        _ => {}
    }
    let hours = parse_number(s, p, 2)?;
    if hours > 24 {
        return None;
    }
    let (m, sec) = parse_minutes_seconds(s, p)?;
    Some(sign * (hours * 3600 + m * 60 + sec))
}

/// `parse_transition_time`: signed hours up to 167, then `[:mm[:ss]]`.
fn parse_transition_time(s: &[u8], p: &mut usize) -> Option<i64> {
    let mut sign = 1;
    match at(s, *p) {
        b'-' => {
            sign = -1;
            *p += 1;
        }
        b'+' => *p += 1,
        _ => {}
    }
    let hours = parse_number(s, p, 3)?;
    let (m, sec) = parse_minutes_seconds(s, p)?;
    Some(sign * (hours * 3600 + m * 60 + sec))
}

/// `parse_transition_rule`: `Mm.w.d`, `Jn` or `n`, then an optional `/time`.
fn parse_transition_rule(s: &[u8], p: &mut usize) -> Option<TransitionRule> {
    let date = if at(s, *p) == b'M' {
        *p += 1;
        let month = parse_number(s, p, 2)?;
        let mut rest = [0i64; 2];
        for slot in &mut rest {
            if at(s, *p) != b'.' {
                return None;
            }
            *p += 1;
            let c = at(s, *p);
            if !c.is_ascii_digit() {
                return None;
            }
            *slot = i64::from(c - b'0');
            *p += 1;
        }
        let [week, day] = rest;
        if !(1..=12).contains(&month) || !(1..=5).contains(&week) || day > 6 {
            return None;
        }
        DateRule::Calendar {
            month: month as i32,
            week: week as i32,
            day: day as i32,
        }
    } else {
        let no_leap = at(s, *p) == b'J';
        if no_leap {
            *p += 1;
        }
        let day = parse_number(s, p, 3)?;
        if (no_leap && !(1..=365).contains(&day)) || day > 365 {
            return None;
        }
        DateRule::Julian { day, no_leap }
    };
    let mut time = 2 * 3600;
    if at(s, *p) == b'/' {
        *p += 1;
        match parse_transition_time(s, p) {
            Some(t) => time = t,
            None => return None,
        }
    }
    Some(TransitionRule { date, time })
}

/// `parse_tz_str`: `std offset [dst [offset] [,start[/time],end[/time]]]`.
fn parse_tz_str(text: &Value) -> PyResult<TzRule> {
    let bytes = match text.downcast::<ouro_objects::bytes::Bytes>() {
        Some(b) => b.0.to_vec(),
        None => protocol::str_string(text)?.into_bytes(),
    };
    let s = bytes.as_slice();
    let err = |what: &str| -> PyResult<PyErr> {
        Ok(value_error(format!(
            "{what} {}",
            protocol::repr_string(text)?
        )))
    };
    let mut p = 0;
    let Some(std_abbr) = parse_abbr(s, &mut p) else {
        return Err(err("Invalid STD format in")?);
    };
    let Some(std_offset) = parse_tz_delta(s, &mut p) else {
        return Err(err("Invalid STD offset in")?);
    };
    let std = TtInfo::new(std_offset, 0, std_abbr)?;
    if p >= s.len() {
        return Ok(TzRule::fixed(std));
    }
    let Some(dst_abbr) = parse_abbr(s, &mut p) else {
        return Err(err("Invalid DST format in")?);
    };
    let dst_offset = if at(s, p) == b',' {
        std_offset + 3600
    } else {
        match parse_tz_delta(s, &mut p) {
            Some(o) => o,
            None => return Err(err("Invalid DST offset in")?),
        }
    };
    let mut rules = Vec::with_capacity(2);
    for _ in 0..2 {
        if at(s, p) != b',' {
            return Err(err("Missing transition rules in TZ string:")?);
        }
        p += 1;
        match parse_transition_rule(s, &mut p) {
            Some(r) => rules.push(r),
            None => return Err(err("Malformed transition rule in TZ string:")?),
        }
    }
    if p < s.len() {
        return Err(err("Extraneous characters at end of TZ string:")?);
    }
    let dst_diff = dst_offset - std_offset;
    Ok(TzRule {
        std,
        dst: TtInfo::new(dst_offset, dst_diff, dst_abbr)?,
        dst_diff,
        rules: Some((rules[0], rules[1])),
    })
}

fn init(_module: &Value) -> PyResult<()> {
    crate::heaptype::list_module_in_dict(&[&ZONEINFO_TYPE]);
    let tzpath = protocol::import_module("zoneinfo._tzpath")?;
    let common = protocol::import_module("zoneinfo._common")?;
    let io = protocol::import_module("io")?;
    let state = State {
        find_tzfile: protocol::getattr_str(&tzpath, "find_tzfile")?,
        load_data: protocol::getattr_str(&common, "load_data")?,
        load_tzdata: protocol::getattr_str(&common, "load_tzdata")?,
        io_open: protocol::getattr_str(&io, "open")?,
        weak_cache: new_weak_cache()?,
        strong_cache: Vec::new(),
    };
    STATE.with(|s| *s.borrow_mut() = Some(state));
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_zoneinfo",
    doc: "C implementation of the zoneinfo module",
    functions: &[],
    types: || vec![&ZONEINFO_TYPE],
    init,
};
