//! The `grp` module: the group database (`getgrgid`, `getgrnam`, `getgrall`) as `struct_group` entries; mirrors Modules/grpmodule.c.

use std::cell::RefCell;

use ouro_eval::native_module::ModuleDef;

use crate::pwd::{id_arg, key_error, name_arg};
use ouro_eval::structseq::{self, StructSeqDesc};
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::PyResult;
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::{TypeRef, Value, int, protocol};

use crate::posix::fsdecode;
use crate::unix::{self, Group};

const STRUCT_GROUP: StructSeqDesc<'static> = StructSeqDesc {
    name: "grp.struct_group",
    doc: "grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.",
    fields: &["gr_name", "gr_passwd", "gr_gid", "gr_mem"],
    n_in_sequence: 4,
};

ouro_objects::gil_shared! {
    /// `struct_group`, made when the module is first created.
    static GROUP_TYPE: RefCell<Option<TypeRef>> = const { RefCell::new(None) };
}

fn entry(g: Group) -> PyResult {
    let ty = GROUP_TYPE
        .with(|t| t.borrow().clone())
        .expect("struct_group made by init");
    structseq::new_instance(
        &ty,
        vec![
            fsdecode(&g.name),
            fsdecode(&g.passwd),
            int::from_i64(i64::from(g.gid)),
            List::from_vec(g.members.iter().map(|m| fsdecode(m)).collect()),
        ],
    )
}

fn getgrgid(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getgrgid", "getgrgid", 1, 1)?;
    let (gid, shown) = id_arg(&a[0], "gid")?;
    match gid.and_then(unix::getgrgid) {
        Some(p) => entry(p),
        None => Err(key_error(format!("getgrgid(): gid not found: {shown}"))),
    }
}

fn getgrnam(_m: &Value, args: Args) -> PyResult {
    let a = args.range("getgrnam", "getgrnam", 1, 1)?;
    let name = name_arg(&a[0], "getgrnam() argument 'name' must be str, not ")?;
    match unix::getgrnam(&name.to_wtf8()) {
        Some(p) => entry(p),
        None => Err(key_error(format!(
            "getgrnam(): name not found: {}",
            protocol::str_lossy(&protocol::repr(&a[0])?)
        ))),
    }
}

fn getgrall(_m: &Value, args: Args) -> PyResult {
    args.none("getgrall")?;
    let entries = unix::getgrall()
        .into_iter()
        .map(entry)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(List::from_vec(entries))
}

fn init(m: &Value) -> PyResult<()> {
    let module = m.downcast::<Module>().expect("module");
    let ty = match GROUP_TYPE.with(|t| t.borrow().clone()) {
        Some(t) => t,
        None => {
            let t = structseq::new_type(&STRUCT_GROUP)?;
            GROUP_TYPE.with(|slot| *slot.borrow_mut() = Some(t.clone()));
            t
        }
    };
    module.set("struct_group", ty.into_value());
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "grp",
    doc: "Access to the Unix group database.

Group entries are reported as 4-tuples containing the following fields
from the group database, in order:

  gr_name   - name of the group
  gr_passwd - group password (encrypted); often empty
  gr_gid    - numeric ID of the group
  gr_mem    - list of members

The gid is an integer, name and password are strings.  (Note that most
users are not explicitly listed as members of the groups they are in
according to the password database.  Check both databases to get
complete membership information.)",
    functions: &[
        MethodDef::new(
            "getgrgid",
            getgrgid,
            "getgrgid($module, /, id)\n--\n\nReturn the group database entry for the given numeric group ID.\n\nIf id is not valid, raise KeyError.",
        ),
        MethodDef::new(
            "getgrnam",
            getgrnam,
            "getgrnam($module, /, name)\n--\n\nReturn the group database entry for the given group name.\n\nIf name is not valid, raise KeyError.",
        ),
        MethodDef::new(
            "getgrall",
            getgrall,
            "getgrall($module, /)\n--\n\nReturn a list of all available group entries, in arbitrary order.\n\nAn entry whose name starts with '+' or '-' represents an instruction\nto use YP/NIS and may not be accessible via getgrnam or getgrgid.",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};
