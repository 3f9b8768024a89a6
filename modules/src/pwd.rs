//! The `pwd` module: the password database (`getpwuid`, `getpwnam`, `getpwall`) as `struct_passwd` entries; mirrors Modules/pwdmodule.c.

use std::cell::RefCell;

use ouro_eval::native_module::ModuleDef;
use ouro_eval::structseq::{self, StructSeqDesc};
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, type_error};
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::str::PyStr;
use ouro_objects::{TypeRef, Value, exceptions, int, protocol};

use crate::posix::fsdecode;
use crate::unix::{self, Passwd};

const STRUCT_PASSWD: StructSeqDesc<'static> = StructSeqDesc {
    name: "pwd.struct_passwd",
    doc: "pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.",
    fields: &[
        "pw_name",
        "pw_passwd",
        "pw_uid",
        "pw_gid",
        "pw_gecos",
        "pw_dir",
        "pw_shell",
    ],
    n_in_sequence: 7,
};

ouro_objects::gil_shared! {
    /// `struct_passwd`, made when the module is first created.
    static PASSWD_TYPE: RefCell<Option<TypeRef>> = const { RefCell::new(None) };
}

fn entry(p: Passwd) -> PyResult {
    let ty = PASSWD_TYPE
        .with(|t| t.borrow().clone())
        .expect("struct_passwd made by init");
    structseq::new_instance(
        &ty,
        vec![
            fsdecode(&p.name),
            fsdecode(&p.passwd),
            int::from_i64(i64::from(p.uid)),
            int::from_i64(i64::from(p.gid)),
            fsdecode(&p.gecos),
            fsdecode(&p.dir),
            fsdecode(&p.shell),
        ],
    )
}

pub(crate) fn key_error(msg: String) -> PyErr {
    ouro_objects::err::key_error(PyStr::new(&msg))
}

/// A uid or gid argument (`what` names it in the TypeError): the id, `None`
/// when no id can have that value (-1 is the all-ones id), and its decimal
/// text for the "not found" KeyError.
pub(crate) fn id_arg(v: &Value, what: &str) -> PyResult<(Option<u32>, String)> {
    if !int::is_int(v) {
        return Err(type_error(format!(
            "{what} should be integer, not {}",
            protocol::type_name(v)
        )));
    }
    let id = protocol::index(v)?;
    let shown = int::as_int(&id).expect("an int").to_bigint().to_string();
    let found = int::to_i64(&id).and_then(|n| {
        u32::try_from(n)
            .ok()
            .or(if n == -1 { Some(u32::MAX) } else { None })
    });
    Ok((found, shown))
}

/// A user or group name argument: a str without NUL characters (`not_str`
/// is the TypeError's text before the type name).
pub(crate) fn name_arg<'a>(v: &'a Value, not_str: &str) -> PyResult<&'a PyStr> {
    let Some(name) = v.downcast::<PyStr>() else {
        return Err(type_error(format!("{not_str}{}", protocol::type_name(v))));
    };
    if name.chars().any(|c| c == 0) {
        return Err(PyErr::new(
            &exceptions::VALUE_ERROR,
            "embedded null character",
        ));
    }
    Ok(name)
}

fn getpwuid(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getpwuid", "getpwuid", 1, 1)?;
    let (uid, shown) = id_arg(&a[0], "uid")?;
    match uid.and_then(unix::getpwuid) {
        Some(p) => entry(p),
        None => Err(key_error(format!("getpwuid(): uid not found: {shown}"))),
    }
}

fn getpwnam(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getpwnam", "getpwnam", 1, 1)?;
    let name = name_arg(&a[0], "getpwnam() argument must be str, not ")?;
    match unix::getpwnam(&name.to_wtf8()) {
        Some(p) => entry(p),
        None => Err(key_error(format!(
            "getpwnam(): name not found: {}",
            protocol::str_lossy(&protocol::repr(&a[0])?)
        ))),
    }
}

fn getpwall(_m: &Value, args: Args) -> PyResult {
    args.none("getpwall")?;
    let entries = unix::getpwall()
        .into_iter()
        .map(entry)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(List::from_vec(entries))
}

fn init(m: &Value) -> PyResult<()> {
    let module = m.downcast::<Module>().expect("module");
    let ty = match PASSWD_TYPE.with(|t| t.borrow().clone()) {
        Some(t) => t,
        None => {
            let t = structseq::new_type(&STRUCT_PASSWD)?;
            PASSWD_TYPE.with(|slot| *slot.borrow_mut() = Some(t.clone()));
            t
        }
    };
    module.set("struct_passwd", ty.into_value());
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "pwd",
    doc: "This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found.",
    functions: &[
        MethodDef::new(
            "getpwuid",
            getpwuid,
            "getpwuid($module, uidobj, /)\n--\n\nReturn the password database entry for the given numeric user ID.\n\nSee `help(pwd)` for more on password database entries.",
        ),
        MethodDef::new(
            "getpwnam",
            getpwnam,
            "getpwnam($module, name, /)\n--\n\nReturn the password database entry for the given user name.\n\nSee `help(pwd)` for more on password database entries.",
        ),
        MethodDef::new(
            "getpwall",
            getpwall,
            "getpwall($module, /)\n--\n\nList all available password database entries, in arbitrary order.\n\nSee help(pwd) for more on password database entries.",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn root_is_uid_zero_by_id_and_name() {
        let root = unix::getpwuid(0).expect("uid 0 exists");
        assert_eq!(root.uid, 0);
        assert_eq!(unix::getpwnam(&root.name).map(|p| p.uid), Some(0));
        assert!(unix::getpwnam(b"no\0such").is_none());
    }
}
