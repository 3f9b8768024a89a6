//! `_multiprocessing`: `SemLock` (POSIX named semaphores for `multiprocessing.synchronize`), `sem_unlink` and `flags`; mirrors Modules/_multiprocessing/multiprocessing.c and semaphore.c (Unix build). `posixshmem` is `_posixshmem` from the same directory.

pub mod posixshmem;
mod sys;

use std::cell::Cell;
use std::time::{Duration, SystemTime};

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::bool::py_bool;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, type_error, value_error};
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, builtin_type, exceptions, float, int, protocol};

use crate::posix;
use sys::{Semaphore, Wait};

const RECURSIVE_MUTEX: i32 = 0;
const SEMAPHORE: i32 = 1;

/// `SEM_VALUE_MAX` on Linux (glibc's `INT_MAX`).
const SEM_VALUE_MAX: i64 = i32::MAX as i64;

pub struct SemLock {
    sem: Semaphore,
    /// The thread that last acquired it (`PyThread_get_thread_ident`).
    last_tid: Cell<u64>,
    /// Acquisitions minus releases by this process.
    count: Cell<i32>,
    maxvalue: i32,
    kind: i32,
    /// The semaphore's name while it is not unlinked (so a spawned child
    /// can `sem_open` it), else `None`.
    name: Option<String>,
}

impl SemLock {
    /// A lock over `sem` that no thread of this process holds yet.
    fn new(sem: Semaphore, kind: i32, maxvalue: i32, name: Option<String>) -> SemLock {
        SemLock {
            sem,
            last_tid: Cell::new(0),
            count: Cell::new(0),
            maxvalue,
            kind,
            name,
        }
    }
}

fn this(v: &Value) -> &SemLock {
    v.downcast::<SemLock>().expect("SemLock")
}

impl SemLock {
    /// `ISMINE`.
    fn is_mine(&self) -> bool {
        self.count.get() > 0 && self.last_tid.get() == ouro_eval::thread::ident()
    }
}

/// A `str` argument as UTF-8 (clinic's `str` converter).
pub(crate) fn str_arg(fname: &str, what: &str, v: &Value) -> PyResult<String> {
    let s = v.downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "{fname}() argument '{what}' must be str, not {}",
            protocol::type_name(v)
        ))
    })?;
    s.to_str().ok_or_else(|| {
        PyErr::new(
            &exceptions::UNICODE_ENCODE_ERROR,
            "'utf-8' codec can't encode characters: surrogates not allowed",
        )
    })
}

fn int_arg(v: &Value) -> PyResult<i32> {
    posix::c_int(v)
}

fn semlock_new(ty: &TypeRef, args: &[Value], kwnames: Option<&Value>) -> PyResult {
    let a = Args::new(args, kwnames);
    let [kind, value, maxvalue, name, unlink] = a.parse(
        "SemLock",
        ["kind", "value", "maxvalue", "name", "unlink"],
        0,
        5,
        5,
    )?;
    let kind = int_arg(&kind.expect("required"))?;
    let value = int_arg(&value.expect("required"))?;
    let maxvalue = int_arg(&maxvalue.expect("required"))?;
    let name = str_arg("SemLock", "name", &name.expect("required"))?;
    let unlink = protocol::is_true(&unlink.expect("required"))?;
    if kind != RECURSIVE_MUTEX && kind != SEMAPHORE {
        return Err(value_error("unrecognized kind"));
    }
    let value =
        u32::try_from(value).map_err(|_| posix::os_error_errno(libc::EINVAL, None, None))?;
    let sem = Semaphore::create(&name, value).map_err(|e| posix::os_error(&e))?;
    if unlink {
        sys::sem_unlink(&name).map_err(|e| posix::os_error(&e))?;
    }
    Ok(alloc_typed(
        ty,
        SemLock::new(sem, kind, maxvalue, (!unlink).then_some(name)),
    ))
}

/// Retries `wait` while it is interrupted by a signal whose handler does
/// not raise.
fn wait_retrying(mut wait: impl FnMut() -> std::io::Result<Wait>) -> PyResult<bool> {
    loop {
        match wait().map_err(|e| posix::os_error(&e))? {
            Wait::Acquired => return Ok(true),
            Wait::TimedOut => return Ok(false),
            Wait::Interrupted => ouro_eval::signals::check()?,
        }
    }
}

/// `acquire(block=True, timeout=None)`. A blocking wait holds the thread in
/// `sem_wait`/`sem_timedwait`.
fn semlock_acquire(v: &Value, args: Args) -> PyResult {
    let [block, timeout] = args.parse("acquire", ["block", "timeout"], 0, 0, 2)?;
    let blocking = match block {
        Some(b) => protocol::is_true(&b)?,
        None => true,
    };
    let s = this(v);
    if s.kind == RECURSIVE_MUTEX && s.is_mine() {
        s.count.set(s.count.get() + 1);
        return Ok(py_bool(true));
    }
    let deadline = match timeout.filter(|t| !is_none(t)) {
        Some(t) => {
            let secs = float::float_of(&t)?.max(0.0);
            // A deadline past what the clock can hold waits forever.
            Duration::try_from_secs_f64(secs)
                .ok()
                .and_then(|wait| SystemTime::now().checked_add(wait))
        }
        None => None,
    };
    let mut acquired = wait_retrying(|| s.sem.try_wait())?;
    if !acquired && blocking {
        acquired =
            wait_retrying(|| ouro_objects::core::gil::allow_threads(|| s.sem.wait(deadline)))?;
    }
    if !acquired {
        return Ok(py_bool(false));
    }
    s.count.set(s.count.get() + 1);
    s.last_tid.set(ouro_eval::thread::ident());
    Ok(py_bool(true))
}

fn semlock_enter(v: &Value, args: Args) -> PyResult {
    args.none("__enter__")?;
    semlock_acquire(v, Args::new(&[], None))
}

fn semlock_release(v: &Value, args: Args) -> PyResult {
    args.none("release")?;
    let s = this(v);
    if s.kind == RECURSIVE_MUTEX {
        if !s.is_mine() {
            return Err(PyErr::new(
                &exceptions::ASSERTION_ERROR,
                "attempt to release recursive lock not owned by thread",
            ));
        }
        if s.count.get() > 1 {
            s.count.set(s.count.get() - 1);
            return Ok(none());
        }
    } else {
        // Not an absolute guarantee that the value stays under maxvalue
        // (another process may release at the same time), as in CPython.
        let value = s.sem.value().map_err(|e| posix::os_error(&e))?;
        if value >= s.maxvalue {
            return Err(value_error("semaphore or lock released too many times"));
        }
    }
    s.sem.post().map_err(|e| posix::os_error(&e))?;
    s.count.set(s.count.get() - 1);
    Ok(none())
}

fn semlock_exit(v: &Value, args: Args) -> PyResult {
    args.range("__exit__", "__exit__", 0, 3)?;
    semlock_release(v, Args::new(&[], None))
}

/// `_rebuild(handle, kind, maxvalue, name)`: the SemLock a child process
/// unpickles; a named semaphore is opened again, an unnamed one is the
/// handle inherited through fork.
fn semlock_rebuild(cls: &Value, args: Args) -> PyResult {
    let a = args.range("_rebuild", "_rebuild", 4, 4)?;
    let handle = int::to_i64(&protocol::index(&a[0])?).ok_or_else(|| {
        PyErr::new(
            &exceptions::OVERFLOW_ERROR,
            "Python int too large to convert to C long",
        )
    })?;
    let kind = int_arg(&a[1])?;
    let maxvalue = int_arg(&a[2])?;
    let name = if is_none(&a[3]) {
        None
    } else {
        Some(str_arg("_rebuild", "name", &a[3])?)
    };
    let sem = match &name {
        Some(n) => Semaphore::open(n).map_err(|e| posix::os_error(&e))?,
        None => Semaphore::from_inherited(handle as usize)
            .ok_or_else(|| value_error("invalid semaphore handle"))?,
    };
    let ty = TypeRef::from_value(cls).ok_or_else(|| type_error("SemLock class expected"))?;
    Ok(alloc_typed(&ty, SemLock::new(sem, kind, maxvalue, name)))
}

fn semlock_count(v: &Value, args: Args) -> PyResult {
    args.none("_count")?;
    Ok(int::from_i64(i64::from(this(v).count.get())))
}

fn semlock_is_mine(v: &Value, args: Args) -> PyResult {
    args.none("_is_mine")?;
    Ok(py_bool(this(v).is_mine()))
}

fn semlock_get_value(v: &Value, args: Args) -> PyResult {
    args.none("_get_value")?;
    let value = this(v).sem.value().map_err(|e| posix::os_error(&e))?;
    // Some systems count waiters as a negative value.
    Ok(int::from_i64(i64::from(value.max(0))))
}

fn semlock_is_zero(v: &Value, args: Args) -> PyResult {
    args.none("_is_zero")?;
    let value = this(v).sem.value().map_err(|e| posix::os_error(&e))?;
    Ok(py_bool(value == 0))
}

fn semlock_after_fork(v: &Value, args: Args) -> PyResult {
    args.none("_after_fork")?;
    this(v).count.set(0);
    Ok(none())
}

fn get_handle(v: &Value) -> PyResult {
    Ok(int::from_usize(this(v).sem.address()))
}

fn get_kind(v: &Value) -> PyResult {
    Ok(int::from_i64(i64::from(this(v).kind)))
}

fn get_maxvalue(v: &Value) -> PyResult {
    Ok(int::from_i64(i64::from(this(v).maxvalue)))
}

fn get_name(v: &Value) -> PyResult {
    Ok(this(v).name.as_deref().map_or_else(none, PyStr::new))
}

const ACQUIRE_DOC: &str =
    "acquire($self, /, block=True, timeout=None)\n--\n\nAcquire the semaphore/lock.";

builtin_type!(pub static SEMLOCK_TYPE: SemLock = TypeSpec {
    name: "_multiprocessing.SemLock",
    doc: Some("Semaphore/Mutex type"),
    flags: flags::BASETYPE,
    slots: SlotDefs { new: Some(semlock_new), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("acquire", semlock_acquire, ACQUIRE_DOC),
        MethodDef::new("release", semlock_release, "release($self, /)\n--\n\nRelease the semaphore/lock."),
        MethodDef::new("__enter__", semlock_enter, "__enter__($self, /)\n--\n\nEnter the semaphore/lock."),
        MethodDef::new("__exit__", semlock_exit, "__exit__($self, exc_type=None, exc_value=None, exc_tb=None, /)\n--\n\nExit the semaphore/lock."),
        MethodDef::new("_count", semlock_count, "_count($self, /)\n--\n\nNum of `acquire()`s minus num of `release()`s for this process."),
        MethodDef::new("_is_mine", semlock_is_mine, "_is_mine($self, /)\n--\n\nWhether the lock is owned by this thread."),
        MethodDef::new("_get_value", semlock_get_value, "_get_value($self, /)\n--\n\nGet the value of the semaphore."),
        MethodDef::new("_is_zero", semlock_is_zero, "_is_zero($self, /)\n--\n\nReturn whether semaphore has value zero."),
        MethodDef::class("_rebuild", semlock_rebuild, ""),
        MethodDef::new("_after_fork", semlock_after_fork, "_after_fork($self, /)\n--\n\nRezero the net acquisition count after fork()."),
    ],
    getsets: &[
        GetSetDef::member("handle", get_handle, None),
        GetSetDef::member("kind", get_kind, None),
        GetSetDef::member("maxvalue", get_maxvalue, None),
        GetSetDef::member("name", get_name, None),
    ],
    ..TypeSpec::DEFAULT
});

/// `sem_unlink(name, /)`.
fn sem_unlink(_m: &Value, args: Args) -> PyResult {
    let a = args.range("sem_unlink", "sem_unlink", 1, 1)?;
    let name = str_arg("sem_unlink", "argument", &a[0])?;
    sys::sem_unlink(&name).map_err(|e| posix::os_error(&e))?;
    Ok(none())
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    crate::heaptype::list_module_in_dict(&[&SEMLOCK_TYPE]);
    if let Some(d) = SEMLOCK_TYPE.payload().dict().downcast::<Dict>() {
        d.set_str("SEM_VALUE_MAX", int::from_i64(SEM_VALUE_MAX));
    }
    let flag_dict = Dict::new_value();
    let d = flag_dict.downcast::<Dict>().expect("dict");
    d.set_str("HAVE_SEM_OPEN", int::from_i64(1));
    d.set_str("HAVE_SEM_TIMEDWAIT", int::from_i64(1));
    m.set("flags", flag_dict);
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_multiprocessing",
    doc: "",
    functions: &[MethodDef::new(
        "sem_unlink",
        sem_unlink,
        "sem_unlink($module, name, /)\n--\n\n",
    )],
    types: || vec![&SEMLOCK_TYPE],
    init,
};
