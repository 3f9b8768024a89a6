//! The `resource` module: resource limits (`getrlimit`, `setrlimit`, `prlimit`), `getrusage` with `struct_rusage`, and `getpagesize`; mirrors Modules/resource.c (Linux).

use std::cell::RefCell;

use ouro_eval::native_module::ModuleDef;
use ouro_eval::structseq::{self, StructSeqDesc};
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, overflow_error, value_error};
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::tuple::Tuple;
use ouro_objects::{TypeRef, Value, exceptions, float, int, protocol};

use crate::posix::os_error;
use crate::unix;

const RUSAGE: StructSeqDesc<'static> = StructSeqDesc {
    name: "resource.struct_rusage",
    doc: "struct_rusage: Result from getrusage.\n\nThis object may be accessed either as a tuple of\n    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\nor via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
    fields: &[
        "ru_utime",
        "ru_stime",
        "ru_maxrss",
        "ru_ixrss",
        "ru_idrss",
        "ru_isrss",
        "ru_minflt",
        "ru_majflt",
        "ru_nswap",
        "ru_inblock",
        "ru_oublock",
        "ru_msgsnd",
        "ru_msgrcv",
        "ru_nsignals",
        "ru_nvcsw",
        "ru_nivcsw",
    ],
    n_in_sequence: 16,
};

ouro_objects::gil_shared! {
    /// `struct_rusage`, made when the module is first created.
    static RUSAGE_TYPE: RefCell<Option<TypeRef>> = const { RefCell::new(None) };
}

/// `RLIM_NLIMITS` on Linux.
const NLIMITS: i32 = 16;

fn resource_arg(v: &Value) -> PyResult<i32> {
    let r = int::index_as_c_int(v)?;
    if !(0..NLIMITS).contains(&r) {
        return Err(value_error("invalid resource specified"));
    }
    Ok(r)
}

/// A limit as CPython returns it: `rlim_t` as a signed long long, so
/// RLIM_INFINITY is -1.
fn limit_value(v: u64) -> Value {
    int::from_i64(v as i64)
}

fn limits_tuple((cur, max): (u64, u64)) -> Value {
    Tuple::new(vec![limit_value(cur), limit_value(max)])
}

/// One limit of a `(soft, hard)` pair (`PyLong_AsLongLong`).
fn limit_arg(v: &Value) -> PyResult<u64> {
    let n = protocol::index(v)?;
    int::to_i64(&n)
        .map(|n| n as u64)
        .ok_or_else(|| overflow_error("Python int too large to convert to C long long"))
}

/// The `(soft, hard)` pair of `setrlimit`/`prlimit`.
fn limits_arg(v: &Value) -> PyResult<(u64, u64)> {
    let items = protocol::collect(v)?;
    if items.len() != 2 {
        return Err(value_error("expected a tuple of 2 integers"));
    }
    Ok((limit_arg(&items[0])?, limit_arg(&items[1])?))
}

/// The ValueErrors CPython gives for EINVAL and EPERM when setting limits.
fn set_error(e: &std::io::Error) -> PyErr {
    match e.raw_os_error() {
        Some(libc::EINVAL) => value_error("current limit exceeds maximum limit"),
        Some(libc::EPERM) => value_error("not allowed to raise maximum limit"),
        _ => os_error(e),
    }
}

fn getrlimit(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getrlimit", "getrlimit", 1, 1)?;
    let r = resource_arg(&a[0])?;
    Ok(limits_tuple(
        unix::prlimit(0, r, None).map_err(|e| os_error(&e))?,
    ))
}

fn setrlimit(_m: &Value, args: Args) -> PyResult {
    let a = args.range("setrlimit", "setrlimit", 2, 2)?;
    let r = resource_arg(&a[0])?;
    let limits = limits_arg(&a[1])?;
    unix::prlimit(0, r, Some(limits)).map_err(|e| set_error(&e))?;
    Ok(none())
}

fn prlimit(_m: &Value, args: Args) -> PyResult {
    let a = args.range("prlimit", "prlimit", 2, 3)?;
    let pid = int::index_as_c_int(&a[0])?;
    let r = resource_arg(&a[1])?;
    let new = match a.get(2).filter(|v| !is_none(v)) {
        Some(v) => Some(limits_arg(v)?),
        None => None,
    };
    let old = unix::prlimit(pid, r, new).map_err(|e| set_error(&e))?;
    Ok(limits_tuple(old))
}

fn getrusage(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getrusage", "getrusage", 1, 1)?;
    let who = int::index_as_c_int(&a[0])?;
    let ru = unix::getrusage(who).map_err(|e| {
        if e.raw_os_error() == Some(libc::EINVAL) {
            value_error("invalid who parameter")
        } else {
            os_error(&e)
        }
    })?;
    let secs = |t: libc::timeval| float::new(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    let mut values = vec![secs(ru.ru_utime), secs(ru.ru_stime)];
    values.extend(
        [
            ru.ru_maxrss,
            ru.ru_ixrss,
            ru.ru_idrss,
            ru.ru_isrss,
            ru.ru_minflt,
            ru.ru_majflt,
            ru.ru_nswap,
            ru.ru_inblock,
            ru.ru_oublock,
            ru.ru_msgsnd,
            ru.ru_msgrcv,
            ru.ru_nsignals,
            ru.ru_nvcsw,
            ru.ru_nivcsw,
        ]
        .into_iter()
        .map(int::from_i64),
    );
    let ty = RUSAGE_TYPE
        .with(|t| t.borrow().clone())
        .expect("struct_rusage made by init");
    structseq::new_instance(&ty, values)
}

fn getpagesize(_m: &Value, args: Args) -> PyResult {
    args.none("getpagesize")?;
    Ok(int::from_i64(unix::page_size()))
}

/// The module's constants with their Linux values.
const CONSTANTS: &[(&str, i64)] = &[
    ("RLIMIT_AS", 9),
    ("RLIMIT_CORE", 4),
    ("RLIMIT_CPU", 0),
    ("RLIMIT_DATA", 2),
    ("RLIMIT_FSIZE", 1),
    ("RLIMIT_MEMLOCK", 8),
    ("RLIMIT_MSGQUEUE", 12),
    ("RLIMIT_NICE", 13),
    ("RLIMIT_NOFILE", 7),
    ("RLIMIT_NPROC", 6),
    ("RLIMIT_OFILE", 7),
    ("RLIMIT_RSS", 5),
    ("RLIMIT_RTPRIO", 14),
    ("RLIMIT_RTTIME", 15),
    ("RLIMIT_SIGPENDING", 11),
    ("RLIMIT_STACK", 3),
    ("RLIM_INFINITY", -1),
    ("RUSAGE_CHILDREN", -1),
    ("RUSAGE_SELF", 0),
    ("RUSAGE_THREAD", 1),
];

fn init(m: &Value) -> PyResult<()> {
    let module = m.downcast::<Module>().expect("module");
    let ty = match RUSAGE_TYPE.with(|t| t.borrow().clone()) {
        Some(t) => t,
        None => {
            let t = structseq::new_type(&RUSAGE)?;
            RUSAGE_TYPE.with(|slot| *slot.borrow_mut() = Some(t.clone()));
            t
        }
    };
    module.set("struct_rusage", ty.into_value());
    module.set(
        "error",
        TypeRef::from_static(&exceptions::OS_ERROR).into_value(),
    );
    for &(name, value) in CONSTANTS {
        module.set(name, int::from_i64(value));
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "resource",
    doc: "",
    functions: &[
        MethodDef::new("getrusage", getrusage, "getrusage($module, who, /)\n--\n\n"),
        MethodDef::new(
            "getrlimit",
            getrlimit,
            "getrlimit($module, resource, /)\n--\n\n",
        ),
        MethodDef::new(
            "setrlimit",
            setrlimit,
            "setrlimit($module, resource, limits, /)\n--\n\n",
        ),
        MethodDef::new(
            "prlimit",
            prlimit,
            "prlimit($module, pid, resource, limits=None, /)\n--\n\n",
        ),
        MethodDef::new(
            "getpagesize",
            getpagesize,
            "getpagesize($module, /)\n--\n\n",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_round_trip_through_prlimit() {
        let nofile = libc::RLIMIT_NOFILE as i32;
        let limits = unix::prlimit(0, nofile, None).expect("getrlimit");
        assert_eq!(
            unix::prlimit(0, nofile, Some(limits)).expect("setrlimit"),
            limits
        );
        assert!(
            unix::getrusage(libc::RUSAGE_SELF)
                .expect("getrusage")
                .ru_maxrss
                > 0
        );
    }
}
