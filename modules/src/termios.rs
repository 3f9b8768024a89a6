//! The `termios` module: terminal attributes (`tcgetattr`/`tcsetattr`), line control and window size, with the Linux constants; mirrors Modules/termios.c.

use std::cell::RefCell;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::dict::Dict;
use ouro_objects::err::{PyErr, PyResult, overflow_error, type_error};
use ouro_objects::list::List;
use ouro_objects::module::Module;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;
use ouro_objects::typeobj::TYPE_TYPE;
use ouro_objects::{TypeRef, Value, bytes, exceptions, int, protocol};

use crate::select::file_descriptor;
use crate::unix::{self, TermControl};

ouro_objects::gil_shared! {
    /// `termios.error`, made when the module is first created.
    static TERMIOS_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// `termios.error(errno, strerror)` for a failed call.
fn error(e: &std::io::Error) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let args = [
        int::from_i64(i64::from(errno)),
        PyStr::new(&crate::posix::strerror(errno)),
    ];
    match TERMIOS_ERROR.with(|c| c.borrow().clone()) {
        Some(cls) => match protocol::call(&cls, &args, None) {
            Ok(exc) => PyErr::from_instance(exc),
            Err(err) => err,
        },
        None => crate::posix::os_error(e),
    }
}

/// A C `long` flag word, kept to the `tcflag_t` bits.
fn long_arg(v: &Value) -> PyResult<i64> {
    let n = protocol::index(v)?;
    int::to_i64(&n).ok_or_else(|| overflow_error("Python int too large to convert to C long"))
}

fn tcgetattr(_m: &Value, args: Args) -> PyResult {
    let a = args.range("tcgetattr", "tcgetattr", 1, 1)?;
    let fd = file_descriptor(&a[0])?;
    let t = unix::tcgetattr(fd).map_err(|e| error(&e))?;
    let (ispeed, ospeed) = unix::speeds(&t);
    let mut cc: Vec<Value> = t.c_cc.iter().map(|&c| bytes::new(vec![c])).collect();
    if t.c_lflag & libc::ICANON == 0 {
        cc[libc::VMIN] = int::from_i64(i64::from(t.c_cc[libc::VMIN]));
        cc[libc::VTIME] = int::from_i64(i64::from(t.c_cc[libc::VTIME]));
    }
    Ok(List::from_vec(vec![
        int::from_i64(i64::from(t.c_iflag)),
        int::from_i64(i64::from(t.c_oflag)),
        int::from_i64(i64::from(t.c_cflag)),
        int::from_i64(i64::from(t.c_lflag)),
        int::from_i64(i64::from(ispeed)),
        int::from_i64(i64::from(ospeed)),
        List::from_vec(cc),
    ]))
}

fn tcsetattr(_m: &Value, args: Args) -> PyResult {
    let a = args.range("tcsetattr", "tcsetattr", 3, 3)?;
    let fd = file_descriptor(&a[0])?;
    let when = int::index_as_c_int(&a[1])?;
    let items = match a[2].downcast::<List>() {
        Some(l) if l.len() == 7 => l.to_vec(),
        _ => return Err(type_error("tcsetattr, arg 3: must be 7 element list")),
    };
    let mut t = unix::tcgetattr(fd).map_err(|e| error(&e))?;
    t.c_iflag = long_arg(&items[0])? as libc::tcflag_t;
    t.c_oflag = long_arg(&items[1])? as libc::tcflag_t;
    t.c_cflag = long_arg(&items[2])? as libc::tcflag_t;
    t.c_lflag = long_arg(&items[3])? as libc::tcflag_t;
    let ispeed = long_arg(&items[4])? as libc::speed_t;
    let ospeed = long_arg(&items[5])? as libc::speed_t;
    let cc = match items[6].downcast::<List>() {
        Some(l) if l.len() == libc::NCCS => l.to_vec(),
        _ => {
            return Err(type_error(format!(
                "tcsetattr: attributes[6] must be {} element list",
                libc::NCCS
            )));
        }
    };
    for (slot, v) in t.c_cc.iter_mut().zip(&cc) {
        *slot = match v.downcast::<bytes::Bytes>() {
            Some(b) if b.0.len() == 1 => b.0[0],
            _ if int::is_int(v) => long_arg(v)? as libc::cc_t,
            _ => {
                return Err(type_error(
                    "tcsetattr: elements of attributes must be characters or integers",
                ));
            }
        };
    }
    unix::tcsetattr(fd, when, t, ispeed, ospeed).map_err(|e| error(&e))?;
    Ok(none())
}

/// The common shape of the line-control functions: `(fd, int)`.
fn control(args: Args, name: &str, make: fn(i32) -> TermControl) -> PyResult {
    let a = args.range(name, name, 2, 2)?;
    let fd = file_descriptor(&a[0])?;
    let n = int::index_as_c_int(&a[1])?;
    unix::term_control(fd, make(n)).map_err(|e| error(&e))?;
    Ok(none())
}

fn tcsendbreak(_m: &Value, args: Args) -> PyResult {
    control(args, "tcsendbreak", TermControl::SendBreak)
}

fn tcflush(_m: &Value, args: Args) -> PyResult {
    control(args, "tcflush", TermControl::Flush)
}

fn tcflow(_m: &Value, args: Args) -> PyResult {
    control(args, "tcflow", TermControl::Flow)
}

fn tcdrain(_m: &Value, args: Args) -> PyResult {
    let a = args.range("tcdrain", "tcdrain", 1, 1)?;
    let fd = file_descriptor(&a[0])?;
    unix::term_control(fd, TermControl::Drain).map_err(|e| error(&e))?;
    Ok(none())
}

fn tcgetwinsize(_m: &Value, args: Args) -> PyResult {
    let a = args.range("tcgetwinsize", "tcgetwinsize", 1, 1)?;
    let fd = file_descriptor(&a[0])?;
    let (rows, cols) = unix::get_winsize(fd).map_err(|e| error(&e))?;
    Ok(Tuple::new(vec![
        int::from_i64(i64::from(rows)),
        int::from_i64(i64::from(cols)),
    ]))
}

fn tcsetwinsize(_m: &Value, args: Args) -> PyResult {
    let a = args.range("tcsetwinsize", "tcsetwinsize", 2, 2)?;
    let fd = file_descriptor(&a[0])?;
    let bad = || type_error("tcsetwinsize, arg 2: must be a two-item sequence");
    let is_seq = a[1].downcast::<List>().is_some() || a[1].downcast::<Tuple>().is_some();
    if !is_seq {
        return Err(bad());
    }
    let items = protocol::collect(&a[1])?;
    if items.len() != 2 {
        return Err(bad());
    }
    let dim = |v: &Value| -> PyResult<u16> {
        let n = long_arg(v)?;
        u16::try_from(n).map_err(|_| overflow_error("winsize value(s) out of range."))
    };
    let (rows, cols) = (dim(&items[0])?, dim(&items[1])?);
    unix::set_winsize(fd, rows, cols).map_err(|e| error(&e))?;
    Ok(none())
}

/// The module's constants with their Linux (x86-64) values.
const CONSTANTS: &[(&str, i64)] = &[
    ("B0", 0),
    ("B1000000", 4104),
    ("B110", 3),
    ("B115200", 4098),
    ("B1152000", 4105),
    ("B1200", 9),
    ("B134", 4),
    ("B150", 5),
    ("B1500000", 4106),
    ("B1800", 10),
    ("B19200", 14),
    ("B200", 6),
    ("B2000000", 4107),
    ("B230400", 4099),
    ("B2400", 11),
    ("B2500000", 4108),
    ("B300", 7),
    ("B3000000", 4109),
    ("B3500000", 4110),
    ("B38400", 15),
    ("B4000000", 4111),
    ("B460800", 4100),
    ("B4800", 12),
    ("B50", 1),
    ("B500000", 4101),
    ("B57600", 4097),
    ("B576000", 4102),
    ("B600", 8),
    ("B75", 2),
    ("B921600", 4103),
    ("B9600", 13),
    ("BRKINT", 2),
    ("BS0", 0),
    ("BS1", 8192),
    ("BSDLY", 8192),
    ("CBAUD", 4111),
    ("CBAUDEX", 4096),
    ("CDSUSP", 25),
    ("CEOF", 4),
    ("CEOL", 0),
    ("CEOT", 4),
    ("CERASE", 127),
    ("CFLUSH", 15),
    ("CIBAUD", 269418496),
    ("CINTR", 3),
    ("CKILL", 21),
    ("CLNEXT", 22),
    ("CLOCAL", 2048),
    ("CQUIT", 28),
    ("CR0", 0),
    ("CR1", 512),
    ("CR2", 1024),
    ("CR3", 1536),
    ("CRDLY", 1536),
    ("CREAD", 128),
    ("CRPRNT", 18),
    ("CRTSCTS", 2147483648),
    ("CS5", 0),
    ("CS6", 16),
    ("CS7", 32),
    ("CS8", 48),
    ("CSIZE", 48),
    ("CSTART", 17),
    ("CSTOP", 19),
    ("CSTOPB", 64),
    ("CSUSP", 26),
    ("CWERASE", 23),
    ("ECHO", 8),
    ("ECHOCTL", 512),
    ("ECHOE", 16),
    ("ECHOK", 32),
    ("ECHOKE", 2048),
    ("ECHONL", 64),
    ("ECHOPRT", 1024),
    ("EXTA", 14),
    ("EXTB", 15),
    ("FF0", 0),
    ("FF1", 32768),
    ("FFDLY", 32768),
    ("FIOASYNC", 21586),
    ("FIOCLEX", 21585),
    ("FIONBIO", 21537),
    ("FIONCLEX", 21584),
    ("FIONREAD", 21531),
    ("FLUSHO", 4096),
    ("HUPCL", 1024),
    ("ICANON", 2),
    ("ICRNL", 256),
    ("IEXTEN", 32768),
    ("IGNBRK", 1),
    ("IGNCR", 128),
    ("IGNPAR", 4),
    ("IMAXBEL", 8192),
    ("INLCR", 64),
    ("INPCK", 16),
    ("IOCSIZE_MASK", 1073676288),
    ("IOCSIZE_SHIFT", 16),
    ("ISIG", 1),
    ("ISTRIP", 32),
    ("IUCLC", 512),
    ("IXANY", 2048),
    ("IXOFF", 4096),
    ("IXON", 1024),
    ("NCC", 8),
    ("NCCS", 32),
    ("NL0", 0),
    ("NL1", 256),
    ("NLDLY", 256),
    ("NOFLSH", 128),
    ("N_MOUSE", 2),
    ("N_PPP", 3),
    ("N_SLIP", 1),
    ("N_STRIP", 4),
    ("N_TTY", 0),
    ("OCRNL", 8),
    ("OFDEL", 128),
    ("OFILL", 64),
    ("OLCUC", 2),
    ("ONLCR", 4),
    ("ONLRET", 32),
    ("ONOCR", 16),
    ("OPOST", 1),
    ("PARENB", 256),
    ("PARMRK", 8),
    ("PARODD", 512),
    ("PENDIN", 16384),
    ("TAB0", 0),
    ("TAB1", 2048),
    ("TAB2", 4096),
    ("TAB3", 6144),
    ("TABDLY", 6144),
    ("TCFLSH", 21515),
    ("TCGETA", 21509),
    ("TCGETS", 21505),
    ("TCIFLUSH", 0),
    ("TCIOFF", 2),
    ("TCIOFLUSH", 2),
    ("TCION", 3),
    ("TCOFLUSH", 1),
    ("TCOOFF", 0),
    ("TCOON", 1),
    ("TCSADRAIN", 1),
    ("TCSAFLUSH", 2),
    ("TCSANOW", 0),
    ("TCSBRK", 21513),
    ("TCSBRKP", 21541),
    ("TCSETA", 21510),
    ("TCSETAF", 21512),
    ("TCSETAW", 21511),
    ("TCSETS", 21506),
    ("TCSETSF", 21508),
    ("TCSETSW", 21507),
    ("TCXONC", 21514),
    ("TIOCCONS", 21533),
    ("TIOCEXCL", 21516),
    ("TIOCGETD", 21540),
    ("TIOCGICOUNT", 21597),
    ("TIOCGLCKTRMIOS", 21590),
    ("TIOCGPGRP", 21519),
    ("TIOCGSERIAL", 21534),
    ("TIOCGSOFTCAR", 21529),
    ("TIOCGWINSZ", 21523),
    ("TIOCINQ", 21531),
    ("TIOCLINUX", 21532),
    ("TIOCMBIC", 21527),
    ("TIOCMBIS", 21526),
    ("TIOCMGET", 21525),
    ("TIOCMIWAIT", 21596),
    ("TIOCMSET", 21528),
    ("TIOCM_CAR", 64),
    ("TIOCM_CD", 64),
    ("TIOCM_CTS", 32),
    ("TIOCM_DSR", 256),
    ("TIOCM_DTR", 2),
    ("TIOCM_LE", 1),
    ("TIOCM_RI", 128),
    ("TIOCM_RNG", 128),
    ("TIOCM_RTS", 4),
    ("TIOCM_SR", 16),
    ("TIOCM_ST", 8),
    ("TIOCNOTTY", 21538),
    ("TIOCNXCL", 21517),
    ("TIOCOUTQ", 21521),
    ("TIOCPKT", 21536),
    ("TIOCPKT_DATA", 0),
    ("TIOCPKT_DOSTOP", 32),
    ("TIOCPKT_FLUSHREAD", 1),
    ("TIOCPKT_FLUSHWRITE", 2),
    ("TIOCPKT_NOSTOP", 16),
    ("TIOCPKT_START", 8),
    ("TIOCPKT_STOP", 4),
    ("TIOCSCTTY", 21518),
    ("TIOCSERCONFIG", 21587),
    ("TIOCSERGETLSR", 21593),
    ("TIOCSERGETMULTI", 21594),
    ("TIOCSERGSTRUCT", 21592),
    ("TIOCSERGWILD", 21588),
    ("TIOCSERSETMULTI", 21595),
    ("TIOCSERSWILD", 21589),
    ("TIOCSER_TEMT", 1),
    ("TIOCSETD", 21539),
    ("TIOCSLCKTRMIOS", 21591),
    ("TIOCSPGRP", 21520),
    ("TIOCSSERIAL", 21535),
    ("TIOCSSOFTCAR", 21530),
    ("TIOCSTI", 21522),
    ("TIOCSWINSZ", 21524),
    ("TOSTOP", 256),
    ("VDISCARD", 13),
    ("VEOF", 4),
    ("VEOL", 11),
    ("VEOL2", 16),
    ("VERASE", 2),
    ("VINTR", 0),
    ("VKILL", 3),
    ("VLNEXT", 15),
    ("VMIN", 6),
    ("VQUIT", 1),
    ("VREPRINT", 12),
    ("VSTART", 8),
    ("VSTOP", 9),
    ("VSUSP", 10),
    ("VSWTC", 7),
    ("VSWTCH", 7),
    ("VT0", 0),
    ("VT1", 16384),
    ("VTDLY", 16384),
    ("VTIME", 5),
    ("VWERASE", 14),
    ("XCASE", 4),
    ("XTABS", 6144),
];

fn init(m: &Value) -> PyResult<()> {
    let module = m.downcast::<Module>().expect("module");
    let ns = Dict::new_value();
    ns.downcast::<Dict>()
        .expect("dict")
        .set_str("__module__", PyStr::new("termios"));
    let cls = protocol::call(
        &TypeRef::from_static(&TYPE_TYPE).into_value(),
        &[
            PyStr::new("error"),
            Tuple::new(vec![
                TypeRef::from_static(&exceptions::EXCEPTION).into_value(),
            ]),
            ns,
        ],
        None,
    )?;
    TERMIOS_ERROR.with(|e| *e.borrow_mut() = Some(cls.clone()));
    module.set("error", cls);
    for &(name, value) in CONSTANTS {
        module.set(name, int::from_i64(value));
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "termios",
    doc: "This module provides an interface to the Posix calls for tty I/O control.\nFor a complete description of these calls, see the Posix or Unix manual\npages. It is only available for those Unix versions that support Posix\ntermios style tty I/O control.\n\nAll functions in this module take a file descriptor fd as their first\nargument. This can be an integer file descriptor, such as returned by\nsys.stdin.fileno(), or a file object, such as sys.stdin itself.",
    functions: &[
        MethodDef::new(
            "tcgetattr",
            tcgetattr,
            "tcgetattr($module, fd, /)\n--\n\nGet the tty attributes for file descriptor fd.",
        ),
        MethodDef::new(
            "tcsetattr",
            tcsetattr,
            "tcsetattr($module, fd, when, attributes, /)\n--\n\nSet the tty attributes for file descriptor fd.",
        ),
        MethodDef::new(
            "tcsendbreak",
            tcsendbreak,
            "tcsendbreak($module, fd, duration, /)\n--\n\nSend a break on file descriptor fd.",
        ),
        MethodDef::new(
            "tcdrain",
            tcdrain,
            "tcdrain($module, fd, /)\n--\n\nWait until all output written to file descriptor fd has been transmitted.",
        ),
        MethodDef::new(
            "tcflush",
            tcflush,
            "tcflush($module, fd, queue, /)\n--\n\nDiscard queued data on file descriptor fd.",
        ),
        MethodDef::new(
            "tcflow",
            tcflow,
            "tcflow($module, fd, action, /)\n--\n\nSuspend or resume input or output on file descriptor fd.",
        ),
        MethodDef::new(
            "tcgetwinsize",
            tcgetwinsize,
            "tcgetwinsize($module, fd, /)\n--\n\nGet the tty winsize for file descriptor fd.\n\nReturns a tuple (ws_row, ws_col).",
        ),
        MethodDef::new(
            "tcsetwinsize",
            tcsetwinsize,
            "tcsetwinsize($module, fd, winsize, /)\n--\n\nSet the tty winsize for file descriptor fd.\n\nThe winsize to be set is taken from the winsize argument, which\nis a two-item tuple (ws_row, ws_col) like the one returned by tcgetwinsize().",
        ),
    ],
    types: ModuleDef::no_types,
    init,
};
