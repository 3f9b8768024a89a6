//! `posix` process creation and replacement: `fork` with `register_at_fork` hooks, `execv`/`execve`, `waitid`; mirrors `os_fork_impl`, `os_register_at_fork_impl`, `os_execv_impl`, `os_execve_impl` and `os_waitid_impl` in Modules/posixmodule.c.

use std::cell::RefCell;

use ouro_objects::args::Args;
use ouro_objects::err::{PyResult, type_error, value_error};
use ouro_objects::list::List;
use ouro_objects::none::none;
use ouro_objects::tuple::Tuple;
use ouro_objects::{Value, int, protocol};

use super::files::c_int;
use super::path::{PathSpec, os_error, path_arg, path_error};
use super::sys;

/// The callables `register_at_fork` collected, in registration order.
#[derive(Default)]
struct ForkHooks {
    before: Vec<Value>,
    after_in_child: Vec<Value>,
    after_in_parent: Vec<Value>,
}

ouro_objects::gil_shared! {
    static HOOKS: RefCell<ForkHooks> = RefCell::new(ForkHooks::default());
}

pub fn register_at_fork(_m: &Value, args: Args) -> PyResult {
    let [before, after_in_child, after_in_parent] = args.parse(
        "register_at_fork",
        ["before", "after_in_child", "after_in_parent"],
        0,
        0,
        0,
    )?;
    let given = |v: Option<Value>, name: &str| -> PyResult<Option<Value>> {
        match v {
            Some(f) if f.type_obj().payload().slots.call.get().is_none() => Err(type_error(
                format!("'{name}' must be callable, not {}", protocol::type_name(&f)),
            )),
            other => Ok(other),
        }
    };
    let before = given(before, "before")?;
    let child = given(after_in_child, "after_in_child")?;
    let parent = given(after_in_parent, "after_in_parent")?;
    if before.is_none() && child.is_none() && parent.is_none() {
        return Err(type_error("At least one argument is required."));
    }
    HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        h.before.extend(before);
        h.after_in_child.extend(child);
        h.after_in_parent.extend(parent);
    });
    Ok(none())
}

/// Runs hooks, ignoring their errors as CPython reports and moves past them.
fn run_hooks(hooks: Vec<Value>) {
    for f in hooks {
        let _ = protocol::call(&f, &[], None);
    }
}

/// `PyOS_BeforeFork`: the `before` hooks, last registered first.
pub fn before_fork() {
    let before: Vec<Value> = HOOKS.with(|h| h.borrow().before.iter().rev().cloned().collect());
    run_hooks(before);
}

/// `PyOS_AfterFork_Child` / `PyOS_AfterFork_Parent`: the matching hooks in
/// registration order.
pub fn after_fork(in_child: bool) {
    let after = HOOKS.with(|h| {
        let h = h.borrow();
        if in_child {
            h.after_in_child.clone()
        } else {
            h.after_in_parent.clone()
        }
    });
    run_hooks(after);
}

pub fn fork(_m: &Value, args: Args) -> PyResult {
    args.none("posix.fork")?;
    before_fork();
    let pid = ouro_objects::core::gil::hold_for_fork(sys::fork);
    let pid = pid.map_err(|e| os_error(&e, None, None))?;
    if pid == 0 {
        ouro_eval::thread::after_fork_child();
    }
    after_fork(pid == 0);
    Ok(int::from_i64(i64::from(pid)))
}

/// `execv`'s argument vector: a non-empty tuple or list of paths whose
/// first item is not empty.
fn argv_arg(func: &'static str, v: &Value) -> PyResult<Vec<Vec<u8>>> {
    if v.downcast::<Tuple>().is_none() && v.downcast::<List>().is_none() {
        return Err(type_error(format!(
            "{func}() arg 2 must be a tuple or list"
        )));
    }
    let items = protocol::collect(v)?;
    if items.is_empty() {
        return Err(value_error(format!("{func}() arg 2 must not be empty")));
    }
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        out.push(path_arg(item, PathSpec::new(func, "args"))?.bytes);
    }
    if out[0].is_empty() {
        return Err(value_error(format!(
            "{func}() arg 2 first element cannot be empty"
        )));
    }
    Ok(out)
}

pub fn execv(_m: &Value, args: Args) -> PyResult {
    let a = args.range("execv", "execv", 2, 2)?;
    let path = path_arg(&a[0], PathSpec::new("execv", "path"))?;
    let argv = argv_arg("execv", &a[1])?;
    Err(path_error(&sys::execve(&path.bytes, &argv, None), &path))
}

pub fn execve(_m: &Value, args: Args) -> PyResult {
    let [path, argv, env] = args.parse("execve", ["path", "argv", "env"], 0, 3, 3)?;
    let path = path_arg(&path.expect("required"), PathSpec::new("execve", "path"))?;
    let argv = argv_arg("execve", &argv.expect("required"))?;
    let env = env.expect("required");
    let keys = protocol::call_method(&env, "keys", &[])
        .map_err(|_| type_error("env must be a mapping object"))?;
    let mut vars = Vec::new();
    for key in protocol::collect(&keys)? {
        let value = protocol::getitem(&env, &key)?;
        let k = path_arg(&key, PathSpec::new("execve", "env"))?.bytes;
        if k.is_empty() || k.contains(&b'=') {
            return Err(value_error("illegal environment variable name"));
        }
        let mut var = k;
        var.push(b'=');
        var.extend(path_arg(&value, PathSpec::new("execve", "env"))?.bytes);
        vars.push(var);
    }
    Err(path_error(
        &sys::execve(&path.bytes, &argv, Some(&vars)),
        &path,
    ))
}

pub const WAITID_RESULT: ouro_eval::structseq::StructSeqDesc<'static> =
    ouro_eval::structseq::StructSeqDesc {
        name: "posix.waitid_result",
        doc: "waitid_result: Result from waitid.\n\nThis object may be accessed either as a tuple of\n  (si_pid, si_uid, si_signo, si_status, si_code),\nor via the attributes si_pid, si_uid, and so on.\n\nSee os.waitid for more information.",
        fields: &["si_pid", "si_uid", "si_signo", "si_status", "si_code"],
        n_in_sequence: 5,
    };

pub fn waitid(_m: &Value, args: Args) -> PyResult {
    let a = args.range("waitid", "waitid", 3, 3)?;
    let idtype = c_int(&a[0])? as u32;
    let id = c_int(&a[1])? as u32;
    let options = c_int(&a[2])?;
    match sys::waitid(idtype, id, options).map_err(|e| os_error(&e, None, None))? {
        None => Ok(none()),
        Some(fields) => ouro_eval::structseq::new_instance(
            &super::types().waitid_result,
            fields.iter().map(|&f| int::from_i64(f)).collect(),
        ),
    }
}

/// `(pid, status, resource.struct_rusage(...))`, as `wait3`/`wait4` return.
fn wait_result(pid: i32, options: i32) -> PyResult {
    let (pid, status, usage) = sys::wait4(pid, options).map_err(|e| os_error(&e, None, None))?;
    let import = ouro_objects::module::builtin("__import__")?;
    let resource = protocol::call(&import, &[ouro_objects::str::PyStr::new("resource")], None)?;
    let struct_rusage = protocol::getattr_str(&resource, "struct_rusage")?;
    let fields = usage
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            if i < 2 {
                ouro_objects::float::new(x)
            } else {
                int::from_i64(x as i64)
            }
        })
        .collect();
    let rusage = protocol::call(&struct_rusage, &[Tuple::new(fields)], None)?;
    Ok(Tuple::new(vec![
        int::from_i64(i64::from(pid)),
        int::from_i64(i64::from(status)),
        rusage,
    ]))
}

pub fn wait3(_m: &Value, args: Args) -> PyResult {
    let [options] = args.parse("wait3", ["options"], 0, 1, 1)?;
    wait_result(-1, c_int(&options.expect("required"))?)
}

pub fn wait4(_m: &Value, args: Args) -> PyResult {
    let [pid, options] = args.parse("wait4", ["pid", "options"], 0, 2, 2)?;
    wait_result(
        c_int(&pid.expect("required"))?,
        c_int(&options.expect("required"))?,
    )
}

/// `forkpty()`: `fork` with the child on a new pseudo-terminal; the parent
/// gets (pid, master descriptor), the child (0, -1).
pub fn forkpty(m: &Value, args: Args) -> PyResult {
    args.none("posix.forkpty")?;
    let pair = super::syscalls::openpty(m, Args::new(&[], None))?;
    let fds = protocol::collect(&pair)?;
    let (master, slave) = (c_int(&fds[0])?, c_int(&fds[1])?);
    let pid = fork(m, Args::new(&[], None))?;
    if int::to_i64(&pid) == Some(0) {
        let _ = sys::close(master);
        sys::login_tty(slave).map_err(|e| os_error(&e, None, None))?;
        return Ok(Tuple::new(vec![pid, int::from_i64(-1)]));
    }
    let _ = sys::close(slave);
    Ok(Tuple::new(vec![pid, int::from_i64(i64::from(master))]))
}

/// The environment mapping of `execve`/`posix_spawn` as `NAME=value` strings.
fn env_vars(func: &'static str, env: &Value) -> PyResult<Vec<Vec<u8>>> {
    let keys = protocol::call_method(env, "keys", &[])
        .map_err(|_| type_error(format!("{func}: environment must be a mapping object")))?;
    let mut vars = Vec::new();
    for key in protocol::collect(&keys)? {
        let value = protocol::getitem(env, &key)?;
        let k = path_arg(&key, PathSpec::new(func, "env"))?.bytes;
        if k.is_empty() || k[1..].contains(&b'=') {
            return Err(value_error("illegal environment variable name"));
        }
        let mut var = k;
        var.push(b'=');
        var.extend(path_arg(&value, PathSpec::new(func, "env"))?.bytes);
        vars.push(var);
    }
    Ok(vars)
}

/// `posix_spawn`'s `file_actions`: tuples tagged `POSIX_SPAWN_OPEN`,
/// `_CLOSE`, `_DUP2` or `_CLOSEFROM`.
fn file_actions(func: &'static str, v: &Value) -> PyResult<Vec<sys::SpawnAction>> {
    let mut out = Vec::new();
    for item in protocol::collect(v)? {
        let parts = item
            .downcast::<Tuple>()
            .filter(|t| !t.is_empty())
            .map(|t| t.as_slice().to_vec())
            .ok_or_else(|| type_error("Each file_actions element must be a non-empty tuple"))?;
        let tag = c_int(&parts[0])?;
        let need = |n: usize, what: &str| -> PyResult<()> {
            if parts.len() != n {
                return Err(type_error(format!(
                    "A {what} file_action tuple must have {n} elements"
                )));
            }
            Ok(())
        };
        out.push(match tag {
            0 => {
                need(5, "open")?;
                let path = path_arg(&parts[2], PathSpec::new(func, "path"))?.bytes;
                sys::SpawnAction::Open(
                    c_int(&parts[1])?,
                    path,
                    c_int(&parts[3])?,
                    c_int(&parts[4])? as u32,
                )
            }
            1 => {
                need(2, "close")?;
                sys::SpawnAction::Close(c_int(&parts[1])?)
            }
            2 => {
                need(3, "dup2")?;
                sys::SpawnAction::Dup2(c_int(&parts[1])?, c_int(&parts[2])?)
            }
            3 => {
                need(2, "closefrom")?;
                sys::SpawnAction::CloseFrom(c_int(&parts[1])?)
            }
            _ => return Err(type_error("Unknown file_actions identifier")),
        });
    }
    Ok(out)
}

fn signals(v: &Value) -> PyResult<Vec<i32>> {
    protocol::collect(v)?.iter().map(c_int).collect()
}

fn spawn_common(func: &'static str, args: Args, search_path: bool) -> PyResult {
    let [
        path,
        argv,
        env,
        actions,
        setpgroup,
        resetids,
        setsid,
        setsigmask,
        setsigdef,
        scheduler,
    ] = args.parse(
        func,
        [
            "path",
            "argv",
            "env",
            "file_actions",
            "setpgroup",
            "resetids",
            "setsid",
            "setsigmask",
            "setsigdef",
            "scheduler",
        ],
        3,
        3,
        3,
    )?;
    let path = path_arg(&path.expect("required"), PathSpec::new(func, "path"))?;
    let argv_value = argv.expect("required");
    if argv_value.downcast::<Tuple>().is_none() && argv_value.downcast::<List>().is_none() {
        return Err(type_error(format!("{func}: argv must be a tuple or list")));
    }
    let argv = protocol::collect(&argv_value)?;
    if argv.is_empty() {
        return Err(value_error(format!("{func}: argv must not be empty")));
    }
    let argv = argv
        .iter()
        .map(|a| path_arg(a, PathSpec::new(func, "argv")).map(|p| p.bytes))
        .collect::<PyResult<Vec<_>>>()?;
    // env=None (3.13+): the child gets this process's environment.
    let env = match env.filter(|e| !ouro_objects::none::is_none(e)) {
        Some(e) => env_vars(func, &e)?,
        None => std::env::vars_os()
            .map(|(k, v)| {
                use std::os::unix::ffi::OsStrExt;
                let mut var = k.as_bytes().to_vec();
                var.push(b'=');
                var.extend_from_slice(v.as_bytes());
                var
            })
            .collect(),
    };
    let actions = match actions.filter(|a| !ouro_objects::none::is_none(a)) {
        Some(a) => file_actions(func, &a)?,
        None => Vec::new(),
    };
    let mut attrs = sys::SpawnAttrs {
        setpgroup: setpgroup.as_ref().map(c_int).transpose()?,
        resetids: super::path::flag_arg(resetids.as_ref(), false)?,
        setsid: super::path::flag_arg(setsid.as_ref(), false)?,
        ..sys::SpawnAttrs::default()
    };
    if let Some(m) = setsigmask {
        attrs.sigmask = Some(signals(&m)?);
    }
    if let Some(d) = setsigdef {
        attrs.sigdef = Some(signals(&d)?);
    }
    if let Some(s) = scheduler {
        let parts = protocol::collect(&s)?;
        if parts.len() != 2 {
            return Err(type_error(format!(
                "{func}: scheduler must be a tuple or None"
            )));
        }
        let priority = c_int(&protocol::getattr_str(&parts[1], "sched_priority")?)?;
        attrs.scheduler = Some((c_int(&parts[0])?, priority));
    }
    let pid = sys::spawn(&path.bytes, &argv, &env, search_path, &actions, &attrs)
        .map_err(|e| path_error(&e, &path))?;
    Ok(int::from_i64(i64::from(pid)))
}

pub fn posix_spawn(_m: &Value, args: Args) -> PyResult {
    spawn_common("posix_spawn", args, false)
}

pub fn posix_spawnp(_m: &Value, args: Args) -> PyResult {
    spawn_common("posix_spawnp", args, true)
}
