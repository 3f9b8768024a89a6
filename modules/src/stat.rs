//! The `_stat` module: file mode constants, the `S_IS*` tests, `S_IMODE`, `S_IFMT` and `filemode`; mirrors Modules/_stat.c (Linux values).

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyErr, PyResult, type_error};
use ouro_objects::module::Module;
use ouro_objects::str::PyStr;
use ouro_objects::{Value, bool as pybool, exceptions, int, protocol};

const S_IFMT: u32 = 0o170000;
const S_IFDIR: u32 = 0o040000;
const S_IFCHR: u32 = 0o020000;
const S_IFBLK: u32 = 0o060000;
const S_IFREG: u32 = 0o100000;
const S_IFIFO: u32 = 0o010000;
const S_IFLNK: u32 = 0o120000;
const S_IFSOCK: u32 = 0o140000;

/// Every integer constant of the module with its Linux value (door, event
/// port and whiteout files do not exist there: 0).
const CONSTANTS: &[(&str, i64)] = &[
    ("S_IFDIR", S_IFDIR as i64),
    ("S_IFCHR", S_IFCHR as i64),
    ("S_IFBLK", S_IFBLK as i64),
    ("S_IFREG", S_IFREG as i64),
    ("S_IFIFO", S_IFIFO as i64),
    ("S_IFLNK", S_IFLNK as i64),
    ("S_IFSOCK", S_IFSOCK as i64),
    ("S_IFDOOR", 0),
    ("S_IFPORT", 0),
    ("S_IFWHT", 0),
    ("S_ISUID", 0o4000),
    ("S_ISGID", 0o2000),
    ("S_ISVTX", 0o1000),
    ("S_ENFMT", 0o2000),
    ("S_IREAD", 0o400),
    ("S_IWRITE", 0o200),
    ("S_IEXEC", 0o100),
    ("S_IRWXU", 0o700),
    ("S_IRUSR", 0o400),
    ("S_IWUSR", 0o200),
    ("S_IXUSR", 0o100),
    ("S_IRWXG", 0o070),
    ("S_IRGRP", 0o040),
    ("S_IWGRP", 0o020),
    ("S_IXGRP", 0o010),
    ("S_IRWXO", 0o007),
    ("S_IROTH", 0o004),
    ("S_IWOTH", 0o002),
    ("S_IXOTH", 0o001),
    ("UF_SETTABLE", 0x0000ffff),
    ("UF_NODUMP", 0x00000001),
    ("UF_IMMUTABLE", 0x00000002),
    ("UF_APPEND", 0x00000004),
    ("UF_OPAQUE", 0x00000008),
    ("UF_NOUNLINK", 0x00000010),
    ("UF_COMPRESSED", 0x00000020),
    ("UF_TRACKED", 0x00000040),
    ("UF_DATAVAULT", 0x00000080),
    ("UF_HIDDEN", 0x00008000),
    ("SF_SETTABLE", 0xffff0000),
    ("SF_ARCHIVED", 0x00010000),
    ("SF_IMMUTABLE", 0x00020000),
    ("SF_APPEND", 0x00040000),
    ("SF_NOUNLINK", 0x00100000),
    ("SF_SNAPSHOT", 0x00200000),
    ("SF_FIRMLINK", 0x00800000),
    ("SF_DATALESS", 0x40000000),
    ("ST_MODE", 0),
    ("ST_INO", 1),
    ("ST_DEV", 2),
    ("ST_NLINK", 3),
    ("ST_UID", 4),
    ("ST_GID", 5),
    ("ST_SIZE", 6),
    ("ST_ATIME", 7),
    ("ST_MTIME", 8),
    ("ST_CTIME", 9),
];

/// `_PyLong_AsMode_t`: an int that fits in a `mode_t`.
fn mode_arg(v: &Value) -> PyResult<u32> {
    if !int::is_int(v) {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            protocol::type_name(v)
        )));
    }
    let overflow = |msg: &str| PyErr::new(&exceptions::OVERFLOW_ERROR, msg.to_string());
    if int::is_negative(v) {
        return Err(overflow("can't convert negative value to unsigned int"));
    }
    // Beyond 64 bits does not fit an unsigned long; beyond 32 not a mode_t.
    let Some(n) = int::as_int(v).and_then(|i| u64::try_from(i.to_bigint().as_ref()).ok()) else {
        return Err(overflow(
            "Python int too large to convert to C unsigned long",
        ));
    };
    u32::try_from(n).map_err(|_| overflow("mode out of range"))
}

fn one_mode(name: &str, args: Args) -> PyResult<u32> {
    mode_arg(args.one(name)?)
}

macro_rules! file_type_tests {
    ($($fname:ident = $name:literal, $bits:expr, $what:literal;)*) => {
        $(
            fn $fname(_m: &Value, args: Args) -> PyResult {
                let mode = one_mode($name, args)?;
                let bits: u32 = $bits;
                Ok(pybool::py_bool(bits != 0 && mode & S_IFMT == bits))
            }
        )*
        static FUNCTIONS: &[MethodDef] = &[
            $(MethodDef::new($name, $fname, concat!($name, "(mode) -> bool\n\nReturn True if mode is from ", $what, "."))),*,
            MethodDef::new("S_IMODE", s_imode, "Return the portion of the file's mode that can be set by os.chmod()."),
            MethodDef::new("S_IFMT", s_ifmt, "Return the portion of the file's mode that describes the file type."),
            MethodDef::new("filemode", filemode, "Convert a file's mode to a string of the form '-rwxrwxrwx'"),
        ];
    };
}

file_type_tests! {
    s_isdir = "S_ISDIR", S_IFDIR, "a directory";
    s_ischr = "S_ISCHR", S_IFCHR, "a character special device file";
    s_isblk = "S_ISBLK", S_IFBLK, "a block special device file";
    s_isreg = "S_ISREG", S_IFREG, "a regular file";
    s_isfifo = "S_ISFIFO", S_IFIFO, "a FIFO (named pipe)";
    s_islnk = "S_ISLNK", S_IFLNK, "a symbolic link";
    s_issock = "S_ISSOCK", S_IFSOCK, "a socket";
    s_isdoor = "S_ISDOOR", 0, "a door";
    s_isport = "S_ISPORT", 0, "an event port";
    s_iswht = "S_ISWHT", 0, "a whiteout";
}

fn s_imode(_m: &Value, args: Args) -> PyResult {
    Ok(int::from_i64(i64::from(
        one_mode("S_IMODE", args)? & 0o7777,
    )))
}

fn s_ifmt(_m: &Value, args: Args) -> PyResult {
    Ok(int::from_i64(i64::from(one_mode("S_IFMT", args)? & S_IFMT)))
}

/// `ls -l`'s mode string.
pub fn mode_string(mode: u32) -> String {
    let kind = match mode & S_IFMT {
        S_IFREG => '-',
        S_IFDIR => 'd',
        S_IFLNK => 'l',
        S_IFBLK => 'b',
        S_IFCHR => 'c',
        S_IFIFO => 'p',
        S_IFSOCK => 's',
        _ => '?',
    };
    let bit = |mask: u32, c: char| if mode & mask != 0 { c } else { '-' };
    let exec =
        |x: u32, special: u32, set: char, unset: char| match (mode & x != 0, mode & special != 0) {
            (true, true) => set,
            (false, true) => unset,
            (true, false) => 'x',
            (false, false) => '-',
        };
    [
        kind,
        bit(0o400, 'r'),
        bit(0o200, 'w'),
        exec(0o100, 0o4000, 's', 'S'),
        bit(0o040, 'r'),
        bit(0o020, 'w'),
        exec(0o010, 0o2000, 's', 'S'),
        bit(0o004, 'r'),
        bit(0o002, 'w'),
        exec(0o001, 0o1000, 't', 'T'),
    ]
    .iter()
    .collect()
}

fn filemode(_m: &Value, args: Args) -> PyResult {
    Ok(PyStr::new(&mode_string(one_mode("filemode", args)?)))
}

fn init(m: &Value) -> PyResult<()> {
    let module = m.downcast::<Module>().expect("module");
    for (name, value) in CONSTANTS {
        module.set(name, int::from_i64(*value));
    }
    Ok(())
}

pub static STAT: ModuleDef = ModuleDef {
    name: "_stat",
    doc: "S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\nS_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\nS_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n\nS_ISUID: set UID bit\nS_ISGID: set GID bit\nS_ENFMT: file locking enforcement\nS_ISVTX: sticky bit\nS_IREAD: Unix V7 synonym for S_IRUSR\nS_IWRITE: Unix V7 synonym for S_IWUSR\nS_IEXEC: Unix V7 synonym for S_IXUSR\nS_IRWXU: mask for owner permissions\nS_IRUSR: read by owner\nS_IWUSR: write by owner\nS_IXUSR: execute by owner\nS_IRWXG: mask for group permissions\nS_IRGRP: read by group\nS_IWGRP: write by group\nS_IXGRP: execute by group\nS_IRWXO: mask for others (not in group) permissions\nS_IROTH: read by others\nS_IWOTH: write by others\nS_IXOTH: execute by others\n\nUF_SETTABLE: mask of owner changable flags\nUF_NODUMP: do not dump file\nUF_IMMUTABLE: file may not be changed\nUF_APPEND: file may only be appended to\nUF_OPAQUE: directory is opaque when viewed through a union stack\nUF_NOUNLINK: file may not be renamed or deleted\nUF_COMPRESSED: macOS: file is hfs-compressed\nUF_TRACKED: used for dealing with document IDs\nUF_DATAVAULT: entitlement required for reading and writing\nUF_HIDDEN: macOS: file should not be displayed\nSF_SETTABLE: mask of super user changeable flags\nSF_ARCHIVED: file may be archived\nSF_IMMUTABLE: file may not be changed\nSF_APPEND: file may only be appended to\nSF_RESTRICTED: entitlement required for writing\nSF_NOUNLINK: file may not be renamed or deleted\nSF_SNAPSHOT: file is a snapshot file\nSF_FIRMLINK: file is a firmlink\nSF_DATALESS: file is a dataless object\n\nOn macOS:\nSF_SUPPORTED: mask of super user supported flags\nSF_SYNTHETIC: mask of read-only synthetic flags\n\nST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\nST_MTIME\nST_CTIME\n\nFILE_ATTRIBUTE_*: Windows file attribute constants\n                   (only present on Windows)\n",
    functions: FUNCTIONS,
    types: ModuleDef::no_types,
    init,
};

#[cfg(test)]
mod tests {
    use super::mode_string;

    #[test]
    fn filemode_like_ls() {
        assert_eq!(mode_string(0o104755), "-rwsr-xr-x");
        assert_eq!(mode_string(0o041777), "drwxrwxrwt");
        assert_eq!(mode_string(0o002644), "?rw-r-Sr--");
        assert_eq!(mode_string(0o120777), "lrwxrwxrwx");
    }
}
