//! The methods of `bytes` and the `bytes(...)` constructor's argument forms; mirrors Objects/bytesobject.c and bytes_methods.c.

use crate::args::Args;
use crate::bytes_algo::{self, Kind};
use std::borrow::Cow;

use crate::core::{PyObj, Value};
use crate::descr::MethodDef;
use crate::err::{PyResult, type_error, value_error};
use crate::protocol;
use crate::str::PyStr;
use crate::typeobj::TypeObject;

fn this(v: &Value) -> &[u8] {
    &v.downcast::<crate::bytes::Bytes>().expect("bytes").0
}

/// A type whose instances take the shared byte-string methods: how to read
/// an instance's bytes and which [`Kind`] its results are.
pub trait ByteString {
    const KIND: Kind;
    /// The exact built-in type (`fromhex` on a subclass calls the subclass).
    fn exact_type() -> &'static PyObj<TypeObject>;
    /// The receiver's bytes (a copy for mutable types, so no borrow is held
    /// while an argument's methods run).
    fn data(v: &Value) -> Cow<'_, [u8]>;
}

pub struct BytesReceiver;

impl ByteString for BytesReceiver {
    const KIND: Kind = Kind {
        name: "bytes",
        make: crate::bytes::new,
    };
    fn exact_type() -> &'static PyObj<TypeObject> {
        &crate::bytes::BYTES_TYPE
    }
    fn data(v: &Value) -> Cow<'_, [u8]> {
        Cow::Borrowed(this(v))
    }
}

/// The shared methods, each the byte-string algorithm applied to the receiver.
macro_rules! shared_methods {
    ($($name:ident),* $(,)?) => {
        $(pub fn $name<R: ByteString>(v: &Value, args: Args) -> PyResult {
            bytes_algo::$name(&R::data(v), args, R::KIND)
        })*
    };
}

shared_methods!(
    capitalize,
    center,
    count,
    endswith,
    expandtabs,
    find,
    index,
    isalnum,
    isalpha,
    isascii,
    isdigit,
    islower,
    isspace,
    istitle,
    isupper,
    join,
    ljust,
    lower,
    lstrip,
    partition,
    removeprefix,
    removesuffix,
    replace,
    rfind,
    rindex,
    rjust,
    rpartition,
    rsplit,
    rstrip,
    split,
    splitlines,
    startswith,
    strip,
    swapcase,
    title,
    translate,
    upper,
    zfill,
    hex,
);

pub fn maketrans<R: ByteString>(_cls: &Value, args: Args) -> PyResult {
    bytes_algo::maketrans(args, R::KIND)
}

pub fn fromhex<R: ByteString>(cls: &Value, args: Args) -> PyResult {
    let data = bytes_algo::fromhex(args.one(format_args!("{}.fromhex", R::KIND.name))?)?;
    let result = (R::KIND.make)(data);
    if cls.is(&R::exact_type().value()) {
        return Ok(result);
    }
    protocol::call1(cls, result)
}

fn dunder_bytes(v: &Value, args: Args) -> PyResult {
    args.none("bytes.__bytes__")?;
    if v.downcast_exact::<crate::bytes::Bytes>().is_some() {
        return Ok(v.clone());
    }
    Ok(crate::bytes::new(this(v).to_vec()))
}

/// `PyObject_Bytes`: `__bytes__`, else `PyBytes_FromObject` (buffers and
/// iterables of ints; never str or int).
pub fn object_bytes(x: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = dunder_bytes_of(x)? {
        return Ok(b);
    }
    if let Some(data) = crate::buffer::export(x) {
        return data;
    }
    if let Some(data) = crate::bytes::as_bytes_like(x) {
        return Ok(data);
    }
    let cannot = || {
        type_error(format!(
            "cannot convert '{}' object to bytes",
            protocol::type_name(x)
        ))
    };
    if x.downcast::<PyStr>().is_some() {
        return Err(cannot());
    }
    let it = protocol::iter(x).map_err(|_| cannot())?;
    ints_of_iterator(&it)
}

/// The result of `x.__bytes__()` if `x`'s type defines it.
fn dunder_bytes_of(x: &Value) -> PyResult<Option<Vec<u8>>> {
    let Some(r) = protocol::call_dunder(x, "__bytes__", &[])? else {
        return Ok(None);
    };
    match r.downcast::<crate::bytes::Bytes>() {
        Some(b) => Ok(Some(b.0.to_vec())),
        None => Err(type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            protocol::type_name(&r)
        ))),
    }
}

/// The bytes an iterator of ints in range(256) yields.
fn ints_of_iterator(it: &Value) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    while let Some(x) = protocol::next(it)? {
        let i = protocol::index(&x).map_err(|_| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                protocol::type_name(&x)
            ))
        })?;
        match crate::int::to_i64(&i).filter(|b| (0..256).contains(b)) {
            Some(b) => out.push(b as u8),
            None => return Err(value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// `bytes(source, encoding, errors)`: the byte string each form builds.
pub fn bytes_from_constructor_args(
    source: Option<Value>,
    encoding: Option<Value>,
    errors: Option<Value>,
    name: &str,
) -> PyResult<Vec<u8>> {
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            return Err(type_error(if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = source.downcast::<PyStr>() {
        let Some(enc) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let enc = protocol::str_lossy(&enc);
        let errors = errors.map_or("strict".to_string(), |e| protocol::str_lossy(&e));
        return crate::codecs::encode(s, &source, &enc, &errors);
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    if name == "bytes"
        && let Some(data) = dunder_bytes_of(&source)?
    {
        return Ok(data);
    }
    if let Some(data) = crate::buffer::export(&source) {
        return data;
    }
    if let Some(data) = crate::bytes::as_bytes_like(&source) {
        return Ok(data);
    }
    if protocol::has_index(&source) {
        let n = protocol::index_as_isize(&source)?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    let it = protocol::iter(&source).map_err(|_| {
        type_error(format!(
            "cannot convert '{}' object to {name}",
            protocol::type_name(&source)
        ))
    })?;
    ints_of_iterator(&it)
}

pub fn decode<R: ByteString>(v: &Value, args: Args) -> PyResult {
    let [encoding, errors] = args.parse("decode", ["encoding", "errors"], 0, 0, 2)?;
    let text = |x: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match x {
            None => Ok(default.to_string()),
            Some(y) => y
                .downcast::<PyStr>()
                .map(PyStr::to_string_lossy)
                .ok_or_else(|| {
                    type_error(format!(
                        "decode() argument '{what}' must be str, not {}",
                        crate::args::arg_type_name(&y)
                    ))
                }),
        }
    };
    let encoding = text(encoding, "utf-8", "encoding")?;
    let errors = text(errors, "strict", "errors")?;
    crate::codecs::decode(&R::data(v), &encoding, &errors, v)
}

/// `__buffer__(flags)`: a memoryview of the receiver.
pub fn dunder_buffer(v: &Value, args: Args) -> PyResult {
    let flags = args.one("__buffer__")?;
    protocol::index(flags)?;
    crate::memoryview::from_object(v)
}

fn bytes_getnewargs(v: &Value, args: Args) -> PyResult {
    args.none("bytes.__getnewargs__")?;
    Ok(crate::tuple::Tuple::new(vec![crate::bytes::new(
        this(v).to_vec(),
    )]))
}

/// The method table of a byte-string type: the shared methods for receiver
/// `$r`, then the type's own.
macro_rules! byte_string_methods {
    ($r:ty, [$($own:expr),* $(,)?]) => {
        &[
            MethodDef::new(
                "capitalize",
                crate::bytes_methods::capitalize::<$r>,
                "capitalize($self, /)\n--\n\nB.capitalize() -> copy of B\n\nReturn a copy of B with only its first character capitalized (ASCII)\nand the rest lower-cased.",
            ),
            MethodDef::new(
                "center",
                crate::bytes_methods::center::<$r>,
                "center($self, width, fillchar=b' ', /)\n--\n\nReturn a centered string of length width.\n\nPadding is done using the specified fill character.",
            ),
            MethodDef::new(
                "count",
                crate::bytes_methods::count::<$r>,
                "count($self, sub[, start[, end]], /)\n--\n\nReturn the number of non-overlapping occurrences of subsection 'sub' in bytes B[start:end].\n\n  start\n    Optional start position. Default: start of the bytes.\n  end\n    Optional stop position. Default: end of the bytes.",
            ),
            MethodDef::new(
                "endswith",
                crate::bytes_methods::endswith::<$r>,
                "endswith($self, suffix[, start[, end]], /)\n--\n\nReturn True if the bytes ends with the specified suffix, False otherwise.\n\n  suffix\n    A bytes or a tuple of bytes to try.\n  start\n    Optional start position. Default: start of the bytes.\n  end\n    Optional stop position. Default: end of the bytes.",
            ),
            MethodDef::new(
                "expandtabs",
                crate::bytes_methods::expandtabs::<$r>,
                "expandtabs($self, /, tabsize=8)\n--\n\nReturn a copy where all tab characters are expanded using spaces.\n\nIf tabsize is not given, a tab size of 8 characters is assumed.",
            ),
            MethodDef::new(
                "find",
                crate::bytes_methods::find::<$r>,
                "find($self, sub[, start[, end]], /)\n--\n\nReturn the lowest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start,end].\n\n  start\n    Optional start position. Default: start of the bytes.\n  end\n    Optional stop position. Default: end of the bytes.\n\nReturn -1 on failure.",
            ),
            MethodDef::new(
                "index",
                crate::bytes_methods::index::<$r>,
                "index($self, sub[, start[, end]], /)\n--\n\nReturn the lowest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start,end].\n\n  start\n    Optional start position. Default: start of the bytes.\n  end\n    Optional stop position. Default: end of the bytes.\n\nRaise ValueError if the subsection is not found.",
            ),
            MethodDef::new(
                "isalnum",
                crate::bytes_methods::isalnum::<$r>,
                "isalnum($self, /)\n--\n\nB.isalnum() -> bool\n\nReturn True if all characters in B are alphanumeric\nand there is at least one character in B, False otherwise.",
            ),
            MethodDef::new(
                "isalpha",
                crate::bytes_methods::isalpha::<$r>,
                "isalpha($self, /)\n--\n\nB.isalpha() -> bool\n\nReturn True if all characters in B are alphabetic\nand there is at least one character in B, False otherwise.",
            ),
            MethodDef::new(
                "isascii",
                crate::bytes_methods::isascii::<$r>,
                "isascii($self, /)\n--\n\nB.isascii() -> bool\n\nReturn True if B is empty or all characters in B are ASCII,\nFalse otherwise.",
            ),
            MethodDef::new(
                "isdigit",
                crate::bytes_methods::isdigit::<$r>,
                "isdigit($self, /)\n--\n\nB.isdigit() -> bool\n\nReturn True if all characters in B are digits\nand there is at least one character in B, False otherwise.",
            ),
            MethodDef::new(
                "islower",
                crate::bytes_methods::islower::<$r>,
                "islower($self, /)\n--\n\nB.islower() -> bool\n\nReturn True if all cased characters in B are lowercase and there is\nat least one cased character in B, False otherwise.",
            ),
            MethodDef::new(
                "isspace",
                crate::bytes_methods::isspace::<$r>,
                "isspace($self, /)\n--\n\nB.isspace() -> bool\n\nReturn True if all characters in B are whitespace\nand there is at least one character in B, False otherwise.",
            ),
            MethodDef::new(
                "istitle",
                crate::bytes_methods::istitle::<$r>,
                "istitle($self, /)\n--\n\nB.istitle() -> bool\n\nReturn True if B is a titlecased string and there is at least one\ncharacter in B, i.e. uppercase characters may only follow uncased\ncharacters and lowercase characters only cased ones. Return False\notherwise.",
            ),
            MethodDef::new(
                "isupper",
                crate::bytes_methods::isupper::<$r>,
                "isupper($self, /)\n--\n\nB.isupper() -> bool\n\nReturn True if all cased characters in B are uppercase and there is\nat least one cased character in B, False otherwise.",
            ),
            MethodDef::new(
                "join",
                crate::bytes_methods::join::<$r>,
                "join($self, iterable_of_bytes, /)\n--\n\nConcatenate any number of bytes objects.\n\nThe bytes whose method is called is inserted in between each pair.\n\nThe result is returned as a new bytes object.\n\nExample: b'.'.join([b'ab', b'pq', b'rs']) -> b'ab.pq.rs'.",
            ),
            MethodDef::new(
                "ljust",
                crate::bytes_methods::ljust::<$r>,
                "ljust($self, width, fillchar=b' ', /)\n--\n\nReturn a left-justified string of length width.\n\nPadding is done using the specified fill character.",
            ),
            MethodDef::new(
                "lower",
                crate::bytes_methods::lower::<$r>,
                "lower($self, /)\n--\n\nB.lower() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to lowercase.",
            ),
            MethodDef::new(
                "lstrip",
                crate::bytes_methods::lstrip::<$r>,
                "lstrip($self, bytes=None, /)\n--\n\nStrip leading bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading  ASCII whitespace.",
            ),
            MethodDef::new(
                "partition",
                crate::bytes_methods::partition::<$r>,
                "partition($self, sep, /)\n--\n\nPartition the bytes into three parts using the given separator.\n\nThis will search for the separator sep in the bytes. If the separator is found,\nreturns a 3-tuple containing the part before the separator, the separator\nitself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing the original bytes\nobject and two empty bytes objects.",
            ),
            MethodDef::new(
                "removeprefix",
                crate::bytes_methods::removeprefix::<$r>,
                "removeprefix($self, prefix, /)\n--\n\nReturn a bytes object with the given prefix string removed if present.\n\nIf the bytes starts with the prefix string, return bytes[len(prefix):].\nOtherwise, return a copy of the original bytes.",
            ),
            MethodDef::new(
                "removesuffix",
                crate::bytes_methods::removesuffix::<$r>,
                "removesuffix($self, suffix, /)\n--\n\nReturn a bytes object with the given suffix string removed if present.\n\nIf the bytes ends with the suffix string and that suffix is not empty,\nreturn bytes[:-len(prefix)].  Otherwise, return a copy of the original\nbytes.",
            ),
            MethodDef::new(
                "replace",
                crate::bytes_methods::replace::<$r>,
                "replace($self, old, new, count=-1, /)\n--\n\nReturn a copy with all occurrences of substring old replaced by new.\n\n  count\n    Maximum number of occurrences to replace.\n    -1 (the default value) means replace all occurrences.\n\nIf the optional argument count is given, only the first count occurrences are\nreplaced.",
            ),
            MethodDef::new(
                "rfind",
                crate::bytes_methods::rfind::<$r>,
                "rfind($self, sub[, start[, end]], /)\n--\n\nReturn the highest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start,end].\n\n  start\n    Optional start position. Default: start of the bytes.\n  end\n    Optional stop position. Default: end of the bytes.\n\nReturn -1 on failure.",
            ),
            MethodDef::new(
                "rindex",
                crate::bytes_methods::rindex::<$r>,
                "rindex($self, sub[, start[, end]], /)\n--\n\nReturn the highest index in B where subsection 'sub' is found, such that 'sub' is contained within B[start,end].\n\n  start\n    Optional start position. Default: start of the bytes.\n  end\n    Optional stop position. Default: end of the bytes.\n\nRaise ValueError if the subsection is not found.",
            ),
            MethodDef::new(
                "rjust",
                crate::bytes_methods::rjust::<$r>,
                "rjust($self, width, fillchar=b' ', /)\n--\n\nReturn a right-justified string of length width.\n\nPadding is done using the specified fill character.",
            ),
            MethodDef::new(
                "rpartition",
                crate::bytes_methods::rpartition::<$r>,
                "rpartition($self, sep, /)\n--\n\nPartition the bytes into three parts using the given separator.\n\nThis will search for the separator sep in the bytes, starting at the end. If\nthe separator is found, returns a 3-tuple containing the part before the\nseparator, the separator itself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing two empty bytes\nobjects and the original bytes object.",
            ),
            MethodDef::new(
                "rsplit",
                crate::bytes_methods::rsplit::<$r>,
                "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the sections in the bytes, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytes.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit.\n\nSplitting is done starting at the end of the bytes and working to the front.",
            ),
            MethodDef::new(
                "rstrip",
                crate::bytes_methods::rstrip::<$r>,
                "rstrip($self, bytes=None, /)\n--\n\nStrip trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip trailing ASCII whitespace.",
            ),
            MethodDef::new(
                "split",
                crate::bytes_methods::split::<$r>,
                "split($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the sections in the bytes, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytes.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit.",
            ),
            MethodDef::new(
                "splitlines",
                crate::bytes_methods::splitlines::<$r>,
                "splitlines($self, /, keepends=False)\n--\n\nReturn a list of the lines in the bytes, breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless keepends is given and\ntrue.",
            ),
            MethodDef::new(
                "startswith",
                crate::bytes_methods::startswith::<$r>,
                "startswith($self, prefix[, start[, end]], /)\n--\n\nReturn True if the bytes starts with the specified prefix, False otherwise.\n\n  prefix\n    A bytes or a tuple of bytes to try.\n  start\n    Optional start position. Default: start of the bytes.\n  end\n    Optional stop position. Default: end of the bytes.",
            ),
            MethodDef::new(
                "strip",
                crate::bytes_methods::strip::<$r>,
                "strip($self, bytes=None, /)\n--\n\nStrip leading and trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading and trailing ASCII whitespace.",
            ),
            MethodDef::new(
                "swapcase",
                crate::bytes_methods::swapcase::<$r>,
                "swapcase($self, /)\n--\n\nB.swapcase() -> copy of B\n\nReturn a copy of B with uppercase ASCII characters converted\nto lowercase ASCII and vice versa.",
            ),
            MethodDef::new(
                "title",
                crate::bytes_methods::title::<$r>,
                "title($self, /)\n--\n\nB.title() -> copy of B\n\nReturn a titlecased version of B, i.e. ASCII words start with uppercase\ncharacters, all remaining cased characters have lowercase.",
            ),
            MethodDef::new(
                "translate",
                crate::bytes_methods::translate::<$r>,
                "translate($self, table, /, delete=b'')\n--\n\nReturn a copy with each character mapped by the given translation table.\n\n  table\n    Translation table, which must be a bytes object of length 256.\n\nAll characters occurring in the optional argument delete are removed.\nThe remaining characters are mapped through the given translation table.",
            ),
            MethodDef::new(
                "upper",
                crate::bytes_methods::upper::<$r>,
                "upper($self, /)\n--\n\nB.upper() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to uppercase.",
            ),
            MethodDef::new(
                "zfill",
                crate::bytes_methods::zfill::<$r>,
                "zfill($self, width, /)\n--\n\nPad a numeric string with zeros on the left, to fill a field of the given width.\n\nThe original string is never truncated.",
            ),
            MethodDef::new(
                "hex",
                crate::bytes_methods::hex::<$r>,
                "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nCreate a string of hexadecimal numbers from a bytes object.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nExample:\n>>> value = b'\\xb9\\x01\\xef'\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'",
            ),
            MethodDef::static_(
                "maketrans",
                crate::bytes_methods::maketrans::<$r>,
                "maketrans(frm, to, /)\n--\n\nReturn a translation table usable for the bytes or bytearray translate method.\n\nThe returned table will be one where each byte in frm is mapped to the byte at\nthe same position in to.\n\nThe bytes objects frm and to must be of the same length.",
            ),
            MethodDef::class(
                "fromhex",
                crate::bytes_methods::fromhex::<$r>,
                "fromhex($type, string, /)\n--\n\nCreate a bytes object from a string of hexadecimal numbers.\n\nSpaces between two numbers are accepted.\nExample: bytes.fromhex('B9 01EF') -> b'\\\\xb9\\\\x01\\\\xef'.",
            ),
            MethodDef::new(
                "decode",
                crate::bytes_methods::decode::<$r>,
                "decode($self, /, encoding='utf-8', errors='strict')\n--\n\nDecode the bytes using the codec registered for encoding.\n\n  encoding\n    The encoding with which to decode the bytes.\n  errors\n    The error handling scheme to use for the handling of decoding errors.\n    The default is 'strict' meaning that decoding errors raise a\n    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'\n    as well as any other name registered with codecs.register_error that\n    can handle UnicodeDecodeErrors.",
            ),
            MethodDef::new(
                "__buffer__",
                crate::bytes_methods::dunder_buffer,
                "__buffer__($self, flags, /)\n--\n\nReturn a buffer object that exposes the underlying memory of the object.",
            ),
            $($own,)*
        ]
    };
}
pub(crate) use byte_string_methods;

pub const BYTES_METHODS: &[MethodDef] = byte_string_methods!(
    BytesReceiver,
    [
        MethodDef::new(
            "__bytes__",
            dunder_bytes,
            "__bytes__($self, /)\n--\n\nConvert this value to exact type bytes.",
        ),
        MethodDef::new(
            "__getnewargs__",
            bytes_getnewargs,
            "__getnewargs__($self, /)\n--\n\n",
        ),
    ]
);
