//! `_locale` for the locales every system has: `C`/`POSIX` and `C.UTF-8` (Ouro links no C library locale support, so other names are "unsupported"), with glibc's constants; mirrors Modules/_localemodule.c.

use std::cell::RefCell;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, value_error};
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::{Value, int, protocol};

/// glibc's category numbers, in the order `setlocale(LC_ALL)` lists them.
const CATEGORIES: [(&str, i32); 6] = [
    ("LC_CTYPE", 0),
    ("LC_NUMERIC", 1),
    ("LC_TIME", 2),
    ("LC_COLLATE", 3),
    ("LC_MONETARY", 4),
    ("LC_MESSAGES", 5),
];
const LC_ALL: i32 = 6;
const CHAR_MAX: i64 = 127;

/// glibc's `nl_item` values and what the C locale answers for them.
const LANGINFO: [(&str, i64, &str); 55] = [
    ("CODESET", 14, ""),
    ("RADIXCHAR", 0x10000, "."),
    ("THOUSEP", 0x10001, ""),
    ("ABDAY_1", 0x20000, "Sun"),
    ("ABDAY_2", 0x20001, "Mon"),
    ("ABDAY_3", 0x20002, "Tue"),
    ("ABDAY_4", 0x20003, "Wed"),
    ("ABDAY_5", 0x20004, "Thu"),
    ("ABDAY_6", 0x20005, "Fri"),
    ("ABDAY_7", 0x20006, "Sat"),
    ("DAY_1", 0x20007, "Sunday"),
    ("DAY_2", 0x20008, "Monday"),
    ("DAY_3", 0x20009, "Tuesday"),
    ("DAY_4", 0x2000a, "Wednesday"),
    ("DAY_5", 0x2000b, "Thursday"),
    ("DAY_6", 0x2000c, "Friday"),
    ("DAY_7", 0x2000d, "Saturday"),
    ("ABMON_1", 0x2000e, "Jan"),
    ("ABMON_2", 0x2000f, "Feb"),
    ("ABMON_3", 0x20010, "Mar"),
    ("ABMON_4", 0x20011, "Apr"),
    ("ABMON_5", 0x20012, "May"),
    ("ABMON_6", 0x20013, "Jun"),
    ("ABMON_7", 0x20014, "Jul"),
    ("ABMON_8", 0x20015, "Aug"),
    ("ABMON_9", 0x20016, "Sep"),
    ("ABMON_10", 0x20017, "Oct"),
    ("ABMON_11", 0x20018, "Nov"),
    ("ABMON_12", 0x20019, "Dec"),
    ("MON_1", 0x2001a, "January"),
    ("MON_2", 0x2001b, "February"),
    ("MON_3", 0x2001c, "March"),
    ("MON_4", 0x2001d, "April"),
    ("MON_5", 0x2001e, "May"),
    ("MON_6", 0x2001f, "June"),
    ("MON_7", 0x20020, "July"),
    ("MON_8", 0x20021, "August"),
    ("MON_9", 0x20022, "September"),
    ("MON_10", 0x20023, "October"),
    ("MON_11", 0x20024, "November"),
    ("MON_12", 0x20025, "December"),
    ("AM_STR", 0x20026, "AM"),
    ("PM_STR", 0x20027, "PM"),
    ("D_T_FMT", 0x20028, "%a %b %e %H:%M:%S %Y"),
    ("D_FMT", 0x20029, "%m/%d/%y"),
    ("T_FMT", 0x2002a, "%H:%M:%S"),
    ("T_FMT_AMPM", 0x2002b, "%I:%M:%S %p"),
    ("ERA", 0x2002c, ""),
    ("ERA_D_FMT", 0x2002e, ""),
    ("ALT_DIGITS", 0x2002f, ""),
    ("ERA_D_T_FMT", 0x20030, ""),
    ("ERA_T_FMT", 0x20031, ""),
    ("CRNCYSTR", 0x4000f, "-"),
    ("YESEXPR", 0x50000, "^[yY]"),
    ("NOEXPR", 0x50001, "^[nN]"),
];

/// Each category's locale name, and the gettext domain.
struct State {
    locales: [String; 6],
    domain: String,
}

ouro_objects::gil_shared! {
    /// CPython sets LC_CTYPE from the environment at start-up and coerces
    /// the C locale to C.UTF-8 (PEP 538); the others stay "C".
    static STATE: RefCell<State> = RefCell::new(State {
        locales: std::array::from_fn(|i| if i == 0 { "C.UTF-8".into() } else { "C".into() }),
        domain: "messages".into(),
    });
}

fn locale_error(module: &Value, message: &str) -> PyErr {
    match protocol::getattr_str(module, "Error") {
        Ok(error) => match protocol::call1(&error, PyStr::new(message)) {
            Ok(e) => PyErr::from_instance(e),
            Err(e) => e,
        },
        Err(e) => e,
    }
}

/// The locale a name selects, if Ouro has it: `""` reads the environment
/// as `setlocale` does.
fn supported(name: &str, category: &str) -> Option<String> {
    let name = if name.is_empty() {
        ["LC_ALL", category, "LANG"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
            .unwrap_or_else(|| "C".into())
    } else {
        name.to_string()
    };
    match name.as_str() {
        "C" | "POSIX" => Some("C".into()),
        "C.UTF-8" | "C.utf8" | "C.UTF8" | "C.utf-8" => Some(name),
        _ => None,
    }
}

/// `LC_ALL`'s name: one name when all agree, else glibc's list.
fn all_name(locales: &[String; 6]) -> String {
    if locales.iter().all(|l| *l == locales[0]) {
        return locales[0].clone();
    }
    let mut parts: Vec<String> = CATEGORIES
        .iter()
        .zip(locales)
        .map(|((name, _), l)| format!("{name}={l}"))
        .collect();
    for rest in [
        "LC_PAPER",
        "LC_NAME",
        "LC_ADDRESS",
        "LC_TELEPHONE",
        "LC_MEASUREMENT",
        "LC_IDENTIFICATION",
    ] {
        parts.push(format!("{rest}=C"));
    }
    parts.join(";")
}

fn setlocale(module: &Value, args: Args) -> PyResult {
    let args = args.range("setlocale", "setlocale", 1, 2)?;
    let category = int::index_as_c_int(&args[0])?;
    let locale = match args.get(1) {
        None => None,
        Some(l) if is_none(l) => None,
        Some(l) => Some(
            l.downcast::<PyStr>()
                .ok_or_else(|| {
                    ouro_objects::err::type_error(format!(
                        "setlocale() argument 2 must be str or None, not {}",
                        ouro_objects::args::arg_type_name(l)
                    ))
                })?
                .to_string_lossy(),
        ),
    };
    let index = CATEGORIES.iter().position(|&(_, c)| c == category);
    if index.is_none() && category != LC_ALL {
        return Err(locale_error(
            module,
            if locale.is_some() {
                "unsupported locale setting"
            } else {
                "locale query failed"
            },
        ));
    }
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(name) = locale {
            let category_name = index.map_or("LC_ALL", |i| CATEGORIES[i].0);
            let Some(chosen) = supported(&name, category_name) else {
                return Err(locale_error(module, "unsupported locale setting"));
            };
            match index {
                Some(i) => s.locales[i] = chosen,
                None => s.locales = std::array::from_fn(|_| chosen.clone()),
            }
        }
        Ok(PyStr::new(&match index {
            Some(i) => s.locales[i].clone(),
            None => all_name(&s.locales),
        }))
    })
}

fn is_utf8_ctype() -> bool {
    STATE.with(|s| s.borrow().locales[0] != "C")
}

fn localeconv(_m: &Value, args: Args) -> PyResult {
    args.none("localeconv")?;
    let d = Dict::new_value();
    let dict = d.downcast::<Dict>().expect("dict");
    let empty = || PyStr::new("");
    let char_max = || int::from_i64(CHAR_MAX);
    for (key, value) in [
        ("int_curr_symbol", empty()),
        ("currency_symbol", empty()),
        ("mon_decimal_point", empty()),
        ("mon_thousands_sep", empty()),
        ("mon_grouping", List::from_vec(Vec::new())),
        ("positive_sign", empty()),
        ("negative_sign", empty()),
        ("int_frac_digits", char_max()),
        ("frac_digits", char_max()),
        ("p_cs_precedes", char_max()),
        ("p_sep_by_space", char_max()),
        ("n_cs_precedes", char_max()),
        ("n_sep_by_space", char_max()),
        ("p_sign_posn", char_max()),
        ("n_sign_posn", char_max()),
        ("decimal_point", PyStr::new(".")),
        ("thousands_sep", empty()),
        ("grouping", List::from_vec(Vec::new())),
    ] {
        dict.set_str(key, value);
    }
    Ok(d)
}

fn codeset() -> &'static str {
    if is_utf8_ctype() {
        "UTF-8"
    } else {
        "ANSI_X3.4-1968"
    }
}

fn nl_langinfo(_m: &Value, args: Args) -> PyResult {
    let key = int::index_as_c_int(args.one("nl_langinfo")?)?;
    match LANGINFO.iter().find(|&&(_, k, _)| k == i64::from(key)) {
        Some(("CODESET", _, _)) => Ok(PyStr::new(codeset())),
        Some((_, _, value)) => Ok(PyStr::new(value)),
        None => Err(value_error("unsupported langinfo constant")),
    }
}

fn getencoding(_m: &Value, args: Args) -> PyResult {
    args.none("getencoding")?;
    Ok(PyStr::new(codeset()))
}

fn str_arg(fname: &str, pos: usize, v: &Value) -> PyResult<String> {
    v.downcast::<PyStr>()
        .map(PyStr::to_string_lossy)
        .ok_or_else(|| {
            ouro_objects::err::type_error(format!(
                "{fname}() argument {pos} must be str, not {}",
                ouro_objects::args::arg_type_name(v)
            ))
        })
}

/// `strcoll(a, b)`: code point order in the C locales.
fn strcoll(_m: &Value, args: Args) -> PyResult {
    let args = args.range("strcoll", "strcoll", 2, 2)?;
    let a = str_arg("strcoll", 1, &args[0])?;
    let b = str_arg("strcoll", 2, &args[1])?;
    Ok(int::from_i64(a.cmp(&b) as i64))
}

fn strxfrm(_m: &Value, args: Args) -> PyResult {
    let s = args.one("strxfrm")?;
    Ok(PyStr::new(&str_arg("strxfrm", 1, s)?))
}

/// The gettext functions: with no message catalogs, every message is its
/// own translation.
fn gettext(_m: &Value, args: Args) -> PyResult {
    let msg = args.one("gettext")?;
    Ok(PyStr::new(&str_arg("gettext", 1, msg)?))
}

fn dgettext(_m: &Value, args: Args) -> PyResult {
    let args = args.range("dgettext", "dgettext", 2, 2)?;
    Ok(PyStr::new(&str_arg("dgettext", 2, &args[1])?))
}

fn dcgettext(_m: &Value, args: Args) -> PyResult {
    let args = args.range("dcgettext", "dcgettext", 3, 3)?;
    int::index_as_c_int(&args[2])?;
    Ok(PyStr::new(&str_arg("dcgettext", 2, &args[1])?))
}

fn textdomain(_m: &Value, args: Args) -> PyResult {
    let domain = args.one("textdomain")?;
    let domain = if is_none(domain) {
        None
    } else {
        Some(str_arg("textdomain", 1, domain)?)
    };
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(d) = domain {
            s.domain = d;
        }
        Ok(PyStr::new(&s.domain))
    })
}

fn bindtextdomain(_m: &Value, args: Args) -> PyResult {
    let args = args.range("bindtextdomain", "bindtextdomain", 2, 2)?;
    str_arg("bindtextdomain", 1, &args[0])?;
    if is_none(&args[1]) {
        return Ok(PyStr::new("/usr/share/locale"));
    }
    Ok(PyStr::new(&str_arg("bindtextdomain", 2, &args[1])?))
}

fn bind_textdomain_codeset(_m: &Value, args: Args) -> PyResult {
    let args = args.range("bind_textdomain_codeset", "bind_textdomain_codeset", 2, 2)?;
    str_arg("bind_textdomain_codeset", 1, &args[0])?;
    if is_none(&args[1]) {
        return Ok(none());
    }
    Ok(PyStr::new(&str_arg(
        "bind_textdomain_codeset",
        2,
        &args[1],
    )?))
}

/// The constants and `locale.Error`.
fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    for (name, value) in CATEGORIES {
        m.set(name, int::from_i64(i64::from(value)));
    }
    m.set("LC_ALL", int::from_i64(i64::from(LC_ALL)));
    m.set("CHAR_MAX", int::from_i64(CHAR_MAX));
    for (name, value, _) in LANGINFO {
        m.set(name, int::from_i64(value));
    }
    let error = ouro_eval::native_module::exception_class(
        "locale",
        "Error",
        &[&ouro_objects::exceptions::EXCEPTION],
    )?;
    m.set("Error", error);
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_locale",
    doc: "Support for POSIX locales.",
    functions: &[
        MethodDef::new(
            "setlocale",
            setlocale,
            "setlocale($module, category, locale=<unrepresentable>, /)\n--\n\nActivates/queries locale processing.",
        ),
        MethodDef::new(
            "localeconv",
            localeconv,
            "localeconv($module, /)\n--\n\nReturns numeric and monetary locale-specific parameters.",
        ),
        MethodDef::new(
            "strcoll",
            strcoll,
            "strcoll($module, os1, os2, /)\n--\n\nCompares two strings according to the locale.",
        ),
        MethodDef::new(
            "strxfrm",
            strxfrm,
            "strxfrm($module, string, /)\n--\n\nReturn a string that can be used as a key for locale-aware comparisons.",
        ),
        MethodDef::new(
            "nl_langinfo",
            nl_langinfo,
            "nl_langinfo($module, key, /)\n--\n\nReturn the value for the locale information associated with key.",
        ),
        MethodDef::new(
            "gettext",
            gettext,
            "gettext($module, msg, /)\n--\n\ngettext(msg) -> string\n\nReturn translation of msg.",
        ),
        MethodDef::new(
            "dgettext",
            dgettext,
            "dgettext($module, domain, msg, /)\n--\n\ndgettext(domain, msg) -> string\n\nReturn translation of msg in domain.",
        ),
        MethodDef::new(
            "dcgettext",
            dcgettext,
            "dcgettext($module, domain, msg, category, /)\n--\n\nReturn translation of msg in domain and category.",
        ),
        MethodDef::new(
            "textdomain",
            textdomain,
            "textdomain($module, domain, /)\n--\n\nSet the C library's textdmain to domain, returning the new domain.",
        ),
        MethodDef::new(
            "bindtextdomain",
            bindtextdomain,
            "bindtextdomain($module, domain, dir, /)\n--\n\nBind the C library's domain to dir.",
        ),
        MethodDef::new(
            "bind_textdomain_codeset",
            bind_textdomain_codeset,
            "bind_textdomain_codeset($module, domain, codeset, /)\n--\n\nBind the C library's domain to codeset.",
        ),
        MethodDef::new(
            "getencoding",
            getencoding,
            "getencoding($module, /)\n--\n\nGet the current locale encoding.",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};
