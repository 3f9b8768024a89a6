//! `posix` directory calls: getcwd, chdir, listdir, and `scandir` with its `DirEntry` and `ScandirIterator` types; mirrors Modules/posixmodule.c's `os_listdir_impl`, `os_scandir_impl` and `DirEntry_*`.

use std::cell::RefCell;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::DirEntryExt;

use ouro_objects::args::Args;
use ouro_objects::builtin_type;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::list::List;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::{SlotDefs, flags};
use ouro_objects::{TypeRef, Value, bool as pybool, bytes, exceptions, int, protocol};

use super::files::do_stat;
use super::path::{PathArg, PathSpec, flag_arg, os_error, path_arg, path_error};
use super::sys;

pub fn getcwd(_m: &Value, args: Args) -> PyResult {
    args.none("getcwd")?;
    let dir = std::env::current_dir().map_err(|e| os_error(&e, None, None))?;
    Ok(super::path::fsdecode(dir.as_os_str().as_bytes()))
}

pub fn getcwdb(_m: &Value, args: Args) -> PyResult {
    args.none("getcwdb")?;
    let dir = std::env::current_dir().map_err(|e| os_error(&e, None, None))?;
    Ok(bytes::new(dir.as_os_str().as_bytes().to_vec()))
}

pub fn chdir(_m: &Value, args: Args) -> PyResult {
    let [path] = args.parse("chdir", ["path"], 0, 1, 1)?;
    let path = path_arg(
        &path.expect("required"),
        PathSpec::new("chdir", "path").fd(),
    )?;
    let r = match path.fd {
        Some(fd) => sys::fchdir(fd),
        None => std::env::set_current_dir(OsStr::from_bytes(&path.bytes)),
    };
    r.map_err(|e| path_error(&e, &path))?;
    Ok(none())
}

pub fn fchdir(_m: &Value, args: Args) -> PyResult {
    let [fd] = args.parse("fchdir", ["fd"], 0, 1, 1)?;
    let fd = super::path::fd_value(&fd.expect("required"))?;
    sys::fchdir(fd).map_err(|e| os_error(&e, None, None))?;
    Ok(none())
}

/// The entry names of a directory given by path (without `.` and `..`).
fn read_names(path: &PathArg) -> std::io::Result<Vec<Vec<u8>>> {
    if let Some(fd) = path.fd {
        return sys::listdir_fd(fd);
    }
    std::fs::read_dir(OsStr::from_bytes(&path.bytes))?
        .map(|e| e.map(|e| e.file_name().as_bytes().to_vec()))
        .collect()
}

pub fn listdir(_m: &Value, args: Args) -> PyResult {
    let [path] = args.parse("listdir", ["path"], 0, 0, 1)?;
    let path = path_arg(
        &path.unwrap_or_else(none),
        PathSpec::new("listdir", "path").fd().nullable(),
    )?;
    let names = read_names(&path).map_err(|e| path_error(&e, &path))?;
    Ok(List::from_vec(names.iter().map(|n| path.wrap(n)).collect()))
}

/// What a directory entry's `d_type` said, if it said anything.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Dir,
    File,
    Symlink,
    Other,
    Unknown,
}

/// `os.DirEntry`: one entry of a `scandir`, with its stat results cached.
pub struct DirEntry {
    name: Value,
    path: Value,
    path_bytes: Vec<u8>,
    is_bytes: bool,
    dir_fd: Option<i32>,
    kind: Kind,
    ino: u64,
    stat: RefCell<Option<Value>>,
    lstat: RefCell<Option<Value>>,
}

fn entry(v: &Value) -> PyResult<&DirEntry> {
    v.downcast::<DirEntry>()
        .ok_or_else(|| type_error("descriptor requires a 'posix.DirEntry' object"))
}

impl DirEntry {
    /// The name to stat: the entry name relative to `dir_fd`, or its path.
    fn stat_arg(&self) -> PathArg {
        PathArg {
            object: self.path.clone(),
            bytes: self.path_bytes.clone(),
            is_bytes: self.is_bytes,
            fd: None,
        }
    }

    fn lstat(&self) -> PyResult {
        if let Some(st) = self.lstat.borrow().clone() {
            return Ok(st);
        }
        let st = do_stat(
            &self.stat_arg(),
            self.dir_fd.unwrap_or(sys::AT_FDCWD),
            false,
        )?;
        *self.lstat.borrow_mut() = Some(st.clone());
        Ok(st)
    }

    fn is_symlink(&self) -> PyResult<bool> {
        match self.kind {
            Kind::Unknown => Ok(mode_of(&self.lstat()?)? & libc::S_IFMT == libc::S_IFLNK),
            kind => Ok(kind == Kind::Symlink),
        }
    }

    fn stat(&self, follow: bool) -> PyResult {
        if !follow || !self.is_symlink()? {
            return self.lstat();
        }
        if let Some(st) = self.stat.borrow().clone() {
            return Ok(st);
        }
        let st = do_stat(&self.stat_arg(), self.dir_fd.unwrap_or(sys::AT_FDCWD), true)?;
        *self.stat.borrow_mut() = Some(st.clone());
        Ok(st)
    }

    /// `DirEntry_test_mode`: whether the entry is of file type `mode_bits`,
    /// from `d_type` when it is enough, else from (l)stat; a vanished file
    /// is "no".
    fn test_mode(&self, follow: bool, mode_bits: u32) -> PyResult<bool> {
        let need_stat = self.kind == Kind::Unknown || (follow && self.kind == Kind::Symlink);
        if need_stat {
            return match self.stat(follow) {
                Ok(st) => Ok(mode_of(&st)? & libc::S_IFMT == mode_bits),
                Err(e) if e.matches(&exceptions::FILE_NOT_FOUND_ERROR) => Ok(false),
                Err(e) => Err(e),
            };
        }
        Ok(match mode_bits {
            libc::S_IFDIR => self.kind == Kind::Dir,
            _ => self.kind == Kind::File,
        })
    }
}

fn mode_of(st: &Value) -> PyResult<u32> {
    let m = protocol::getattr_str(st, "st_mode")?;
    Ok(int::to_i64(&m).unwrap_or(0) as u32)
}

fn follow_kw(name: &str, args: Args) -> PyResult<bool> {
    let [follow] = args.parse(name, ["follow_symlinks"], 0, 0, 0)?;
    flag_arg(follow.as_ref(), true)
}

fn entry_is_dir(v: &Value, args: Args) -> PyResult {
    let follow = follow_kw("is_dir", args)?;
    Ok(pybool::py_bool(entry(v)?.test_mode(follow, libc::S_IFDIR)?))
}

fn entry_is_file(v: &Value, args: Args) -> PyResult {
    let follow = follow_kw("is_file", args)?;
    Ok(pybool::py_bool(entry(v)?.test_mode(follow, libc::S_IFREG)?))
}

fn entry_is_symlink(v: &Value, args: Args) -> PyResult {
    args.none("is_symlink")?;
    Ok(pybool::py_bool(entry(v)?.is_symlink()?))
}

fn entry_is_junction(v: &Value, args: Args) -> PyResult {
    args.none("is_junction")?;
    entry(v)?;
    Ok(pybool::py_bool(false))
}

fn entry_stat(v: &Value, args: Args) -> PyResult {
    let follow = follow_kw("stat", args)?;
    entry(v)?.stat(follow)
}

fn entry_inode(v: &Value, args: Args) -> PyResult {
    args.none("inode")?;
    Ok(int::from_i128(i128::from(entry(v)?.ino)))
}

fn entry_fspath(v: &Value, args: Args) -> PyResult {
    args.none("__fspath__")?;
    Ok(entry(v)?.path.clone())
}

fn entry_repr(v: &Value) -> PyResult {
    Ok(PyStr::new(&format!(
        "<DirEntry {}>",
        protocol::repr_string(&entry(v)?.name)?
    )))
}

fn entry_class_getitem(cls: &Value, args: Args) -> PyResult {
    let item = args.one("__class_getitem__")?;
    ouro_objects::genericalias::new(cls.clone(), item.clone())
}

builtin_type!(pub static DIR_ENTRY_TYPE: DirEntry = TypeSpec {
    name: "posix.DirEntry",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { repr: Some(entry_repr), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("is_dir", entry_is_dir, "is_dir($self, /, *, follow_symlinks=True)\n--\n\nReturn True if the entry is a directory; cached per entry."),
        MethodDef::new("is_file", entry_is_file, "is_file($self, /, *, follow_symlinks=True)\n--\n\nReturn True if the entry is a file; cached per entry."),
        MethodDef::new("is_symlink", entry_is_symlink, "is_symlink($self, /)\n--\n\nReturn True if the entry is a symbolic link; cached per entry."),
        MethodDef::new("is_junction", entry_is_junction, "is_junction($self, /)\n--\n\nReturn True if the entry is a junction; cached per entry."),
        MethodDef::new("stat", entry_stat, "stat($self, /, *, follow_symlinks=True)\n--\n\nReturn stat_result object for the entry; cached per entry."),
        MethodDef::new("inode", entry_inode, "inode($self, /)\n--\n\nReturn inode of the entry; cached per entry."),
        MethodDef::new("__fspath__", entry_fspath, "__fspath__($self, /)\n--\n\nReturns the path for the entry."),
        MethodDef::class("__class_getitem__", entry_class_getitem, "See PEP 585"),
    ],
    getsets: &[
        GetSetDef::member("name", |v| Ok(entry(v)?.name.clone()), None).with_doc("the entry's base filename, relative to scandir() \"path\" argument"),
        GetSetDef::member("path", |v| Ok(entry(v)?.path.clone()), None).with_doc("the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)"),
    ],
    ..TypeSpec::DEFAULT
});

/// What a `ScandirIterator` still has to yield.
enum Source {
    Dir(std::fs::ReadDir),
    Names(std::vec::IntoIter<Vec<u8>>),
    Closed,
}

/// `os.scandir()`'s iterator (and context manager).
pub struct ScandirIterator {
    source: RefCell<Source>,
    /// The directory's path bytes, None when listing "." implicitly or a descriptor.
    base: Option<Vec<u8>>,
    is_bytes: bool,
    dir_fd: Option<i32>,
}

fn scandir_this(v: &Value) -> PyResult<&ScandirIterator> {
    v.downcast::<ScandirIterator>()
        .ok_or_else(|| type_error("expected a ScandirIterator"))
}

pub fn scandir(_m: &Value, args: Args) -> PyResult {
    let [path] = args.parse("scandir", ["path"], 0, 0, 1)?;
    let given = path.filter(|p| !ouro_objects::none::is_none(p));
    let path = path_arg(
        &given.clone().unwrap_or_else(none),
        PathSpec::new("scandir", "path").fd().nullable(),
    )?;
    let source = match path.fd {
        Some(fd) => Source::Names(
            sys::listdir_fd(fd)
                .map_err(|e| path_error(&e, &path))?
                .into_iter(),
        ),
        None => Source::Dir(
            std::fs::read_dir(OsStr::from_bytes(&path.bytes)).map_err(|e| path_error(&e, &path))?,
        ),
    };
    let base = match (&given, path.fd) {
        (Some(_), None) => Some(path.bytes.clone()),
        _ => None,
    };
    Ok(alloc_typed(
        &TypeRef::from_static(&SCANDIR_ITERATOR_TYPE),
        ScandirIterator {
            source: RefCell::new(source),
            base,
            is_bytes: path.is_bytes,
            dir_fd: path.fd,
        },
    ))
}

impl ScandirIterator {
    fn make_entry(&self, name: &[u8], kind: Kind, ino: u64) -> Value {
        let path_bytes = match &self.base {
            Some(base) if self.dir_fd.is_none() => {
                let mut p = base.clone();
                if !p.is_empty() && !p.ends_with(b"/") {
                    p.push(b'/');
                }
                p.extend_from_slice(name);
                p
            }
            _ if self.dir_fd.is_some() => name.to_vec(),
            _ => [b"./".as_slice(), name].concat(),
        };
        let wrap = |b: &[u8]| {
            if self.is_bytes {
                bytes::new(b.to_vec())
            } else {
                super::path::fsdecode(b)
            }
        };
        alloc_typed(
            &TypeRef::from_static(&DIR_ENTRY_TYPE),
            DirEntry {
                name: wrap(name),
                path: wrap(&path_bytes),
                path_bytes,
                is_bytes: self.is_bytes,
                dir_fd: self.dir_fd,
                kind,
                ino,
                stat: RefCell::new(None),
                lstat: RefCell::new(None),
            },
        )
    }
}

fn scandir_next(v: &Value) -> PyResult<Option<Value>> {
    let it = scandir_this(v)?;
    let mut source = it.source.borrow_mut();
    match &mut *source {
        Source::Closed => Ok(None),
        Source::Names(names) => match names.next() {
            Some(name) => Ok(Some(it.make_entry(&name, Kind::Unknown, 0))),
            None => {
                *source = Source::Closed;
                Ok(None)
            }
        },
        Source::Dir(dir) => match dir.next() {
            None => {
                *source = Source::Closed;
                Ok(None)
            }
            Some(Err(e)) => Err(os_error(&e, None, None)),
            Some(Ok(e)) => {
                let kind = match e.file_type() {
                    Ok(t) if t.is_dir() => Kind::Dir,
                    Ok(t) if t.is_file() => Kind::File,
                    Ok(t) if t.is_symlink() => Kind::Symlink,
                    Ok(_) => Kind::Other,
                    Err(_) => Kind::Unknown,
                };
                Ok(Some(it.make_entry(e.file_name().as_bytes(), kind, e.ino())))
            }
        },
    }
}

fn scandir_close(v: &Value, args: Args) -> PyResult {
    args.none("close")?;
    *scandir_this(v)?.source.borrow_mut() = Source::Closed;
    Ok(none())
}

fn scandir_enter(v: &Value, args: Args) -> PyResult {
    args.none("__enter__")?;
    Ok(v.clone())
}

fn scandir_exit(v: &Value, _args: Args) -> PyResult {
    *scandir_this(v)?.source.borrow_mut() = Source::Closed;
    Ok(none())
}

fn scandir_iter(v: &Value) -> PyResult {
    Ok(v.clone())
}

builtin_type!(pub static SCANDIR_ITERATOR_TYPE: ScandirIterator = TypeSpec {
    name: "posix.ScandirIterator",
    flags: flags::IMMUTABLETYPE,
    slots: SlotDefs { iter: Some(scandir_iter), iternext: Some(scandir_next), ..SlotDefs::NONE },
    methods: &[
        MethodDef::new("close", scandir_close, "close($self, /)\n--\n\n"),
        MethodDef::new("__enter__", scandir_enter, "__enter__($self, /)\n--\n\n"),
        MethodDef::new("__exit__", scandir_exit, "__exit__($self, *args, /)\n--\n\n"),
    ],
    ..TypeSpec::DEFAULT
});
