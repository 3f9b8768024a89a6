//! hashlib's built-in algorithms: `_md5`, `_sha1`, `_sha2`, `_sha3` (RustCrypto digests) and `_blake2`; mirrors Modules/md5module.c, sha1module.c, sha2module.c, sha3module.c and blake2module.c.
//!
//! Every algorithm's objects share one payload (`Hash`, its state an enum
//! over the algorithms) and one set of methods; each algorithm has its own
//! type, named as CPython names it.

mod blake2;
mod hmac;

pub use hmac::HMAC_MODULE as HMAC;

use std::cell::RefCell;

use md5::Digest;
use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyResult, overflow_error, type_error, value_error};
use ouro_objects::int::{self, as_int};
use ouro_objects::module::Module;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::SlotDefs;
use ouro_objects::typeobj::TypeObject;
use ouro_objects::{PyObj, TypeRef, Value, builtin_subtype, builtin_type, bytes, protocol};
use sha3::digest::{ExtendableOutput, Update, XofReader};

use blake2::{Blake2b, Blake2s, Params};

/// An algorithm's running state.
#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Blake2b),
    Blake2s(Blake2s),
}

impl State {
    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => Digest::update(h, data),
            State::Sha1(h) => Digest::update(h, data),
            State::Sha224(h) => Digest::update(h, data),
            State::Sha256(h) => Digest::update(h, data),
            State::Sha384(h) => Digest::update(h, data),
            State::Sha512(h) => Digest::update(h, data),
            State::Sha3_224(h) => Digest::update(h, data),
            State::Sha3_256(h) => Digest::update(h, data),
            State::Sha3_384(h) => Digest::update(h, data),
            State::Sha3_512(h) => Digest::update(h, data),
            State::Shake128(h) => Update::update(h, data),
            State::Shake256(h) => Update::update(h, data),
            State::Blake2b(h) => h.update(data),
            State::Blake2s(h) => h.update(data),
        }
    }

    /// The digest of what was fed so far (`length` bytes for the XOFs).
    fn digest(&self, length: usize) -> Vec<u8> {
        fn xof(reader: &mut impl XofReader, length: usize) -> Vec<u8> {
            let mut out = vec![0u8; length];
            reader.read(&mut out);
            out
        }
        match self.clone() {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
            State::Sha3_224(h) => h.finalize().to_vec(),
            State::Sha3_256(h) => h.finalize().to_vec(),
            State::Sha3_384(h) => h.finalize().to_vec(),
            State::Sha3_512(h) => h.finalize().to_vec(),
            State::Shake128(h) => xof(&mut h.finalize_xof(), length),
            State::Shake256(h) => xof(&mut h.finalize_xof(), length),
            State::Blake2b(h) => h.digest(),
            State::Blake2s(h) => h.digest(),
        }
    }

    fn is_xof(&self) -> bool {
        matches!(self, State::Shake128(_) | State::Shake256(_))
    }
}

/// A hash object of any algorithm: its `name` and sizes, and its state.
pub struct Hash {
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    state: RefCell<State>,
}

fn this(v: &Value) -> &Hash {
    v.downcast::<Hash>().expect("hash method on a hash object")
}

/// The bytes of a data argument, with hashlib's messages for str and
/// non-buffers.
fn data_bytes(v: &Value) -> PyResult<Vec<u8>> {
    if v.downcast::<PyStr>().is_some() {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    bytes::as_bytes_like(v).ok_or_else(|| type_error("object supporting the buffer API required"))
}

fn type_name(v: &Value) -> String {
    v.type_obj().payload().name()
}

fn hash_update(v: &Value, args: Args) -> PyResult {
    let data = data_bytes(args.one(format_args!("{}.update", type_name(v)))?)?;
    this(v).state.borrow_mut().update(&data);
    Ok(ouro_objects::none::none())
}

/// The digest length: the fixed size, or the XOF's `length` argument.
fn digest_length(v: &Value, args: Args, method: &str) -> PyResult<usize> {
    let h = this(v);
    if !h.state.borrow().is_xof() {
        args.none(format_args!("{}.{method}", type_name(v)))?;
        return Ok(h.digest_size);
    }
    let [length] = args.parse(method, ["length"], 0, 1, 1)?;
    let n = protocol::index(length.as_ref().expect("required"))?;
    if int::is_negative(&n) {
        return Err(value_error("Cannot convert negative int"));
    }
    match as_int(&n).and_then(|i| i.to_i64()) {
        Some(n) if n < 1 << 29 => Ok(n as usize),
        _ => Err(value_error("length is too large")),
    }
}

fn hash_digest(v: &Value, args: Args) -> PyResult {
    let n = digest_length(v, args, "digest")?;
    Ok(bytes::new(this(v).state.borrow().digest(n)))
}

fn hash_hexdigest(v: &Value, args: Args) -> PyResult {
    let n = digest_length(v, args, "hexdigest")?;
    let hex: String = this(v)
        .state
        .borrow()
        .digest(n)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(PyStr::new(&hex))
}

fn hash_copy(v: &Value, args: Args) -> PyResult {
    args.none(format_args!("{}.copy", type_name(v)))?;
    let h = this(v);
    Ok(alloc_typed(
        &TypeRef::from_value(&v.type_value()).expect("a type"),
        Hash {
            name: h.name,
            digest_size: h.digest_size,
            block_size: h.block_size,
            state: RefCell::new(h.state.borrow().clone()),
        },
    ))
}

const METHODS: &[MethodDef] = &[
    MethodDef::new(
        "copy",
        hash_copy,
        "copy($self, /)\n--\n\nReturn a copy of the hash object.",
    ),
    MethodDef::new(
        "digest",
        hash_digest,
        "digest($self, /)\n--\n\nReturn the digest value as a bytes object.",
    ),
    MethodDef::new(
        "hexdigest",
        hash_hexdigest,
        "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.",
    ),
    MethodDef::new(
        "update",
        hash_update,
        "update($self, obj, /)\n--\n\nUpdate this hash object's state with the provided string.",
    ),
];

const GETSETS: &[GetSetDef] = &[
    GetSetDef::getter("name", |v| Ok(PyStr::new(this(v).name))),
    GetSetDef::getter("digest_size", |v| Ok(int::from_usize(this(v).digest_size))),
    GetSetDef::getter("block_size", |v| Ok(int::from_usize(this(v).block_size))),
];

/// Keccak's parameters for `_sha3`'s private attributes.
fn sha3_capacity_bits(v: &Value) -> usize {
    1600 - 8 * this(v).block_size
}

const SHA3_GETSETS: &[GetSetDef] = &[
    GetSetDef::getter("name", |v| Ok(PyStr::new(this(v).name))),
    GetSetDef::getter("digest_size", |v| Ok(int::from_usize(this(v).digest_size))),
    GetSetDef::getter("block_size", |v| Ok(int::from_usize(this(v).block_size))),
    GetSetDef::getter("_capacity_bits", |v| {
        Ok(int::from_usize(sha3_capacity_bits(v)))
    }),
    GetSetDef::getter("_rate_bits", |v| {
        Ok(int::from_usize(8 * this(v).block_size))
    }),
    GetSetDef::getter("_suffix", |v| {
        let xof = this(v).state.borrow().is_xof();
        Ok(bytes::new(vec![if xof { 0x1f } else { 0x06 }]))
    }),
];

builtin_type!(pub static MD5_TYPE: Hash = TypeSpec {
    name: "_md5.md5",
    methods: METHODS,
    getsets: GETSETS,
    ..TypeSpec::DEFAULT
});

/// Declares the hash types after the first, all with `Hash`'s layout.
macro_rules! hash_types {
    ($($ty:ident, $name:expr, $getsets:expr, $new:expr;)*) => {
        $(builtin_subtype!(pub static $ty: Hash as MD5_TYPE = TypeSpec {
            name: $name,
            methods: METHODS,
            getsets: $getsets,
            slots: SlotDefs { new: $new, ..SlotDefs::NONE },
            ..TypeSpec::DEFAULT
        });)*
    };
}

hash_types! {
    SHA1_TYPE, "_sha1.sha1", GETSETS, None;
    SHA224_TYPE, "_sha2.SHA224Type", GETSETS, None;
    SHA256_TYPE, "_sha2.SHA256Type", GETSETS, None;
    SHA384_TYPE, "_sha2.SHA384Type", GETSETS, None;
    SHA512_TYPE, "_sha2.SHA512Type", GETSETS, None;
    SHA3_224_TYPE, "_sha3.sha3_224", SHA3_GETSETS, Some(|_, a, k| sha3_224_new(&none(), Args::new(a, k)));
    SHA3_256_TYPE, "_sha3.sha3_256", SHA3_GETSETS, Some(|_, a, k| sha3_256_new(&none(), Args::new(a, k)));
    SHA3_384_TYPE, "_sha3.sha3_384", SHA3_GETSETS, Some(|_, a, k| sha3_384_new(&none(), Args::new(a, k)));
    SHA3_512_TYPE, "_sha3.sha3_512", SHA3_GETSETS, Some(|_, a, k| sha3_512_new(&none(), Args::new(a, k)));
    SHAKE128_TYPE, "_sha3.shake_128", SHA3_GETSETS, Some(|_, a, k| shake_128_new(&none(), Args::new(a, k)));
    SHAKE256_TYPE, "_sha3.shake_256", SHA3_GETSETS, Some(|_, a, k| shake_256_new(&none(), Args::new(a, k)));
    BLAKE2B_TYPE, "_blake2.blake2b", GETSETS, Some(|_, a, k| blake2b_new(&none(), Args::new(a, k)));
    BLAKE2S_TYPE, "_blake2.blake2s", GETSETS, Some(|_, a, k| blake2s_new(&none(), Args::new(a, k)));
}

/// A new hash object of `ty` fed with `data`.
fn new_hash(
    ty: &'static PyObj<TypeObject>,
    name: &'static str,
    (digest_size, block_size): (usize, usize),
    state: State,
    data: Option<Vec<u8>>,
) -> Value {
    let mut state = state;
    if let Some(d) = data {
        state.update(&d);
    }
    alloc_typed(
        &TypeRef::from_static(ty),
        Hash {
            name,
            digest_size,
            block_size,
            state: RefCell::new(state),
        },
    )
}

/// The `data` / deprecated `string` argument of the constructors.
fn initial_data(data: Option<Value>, string: Option<Value>) -> PyResult<Option<Vec<u8>>> {
    match (data, string) {
        (Some(_), Some(_)) => Err(type_error(
            "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.",
        )),
        (Some(d), None) | (None, Some(d)) => data_bytes(&d).map(Some),
        (None, None) => Ok(None),
    }
}

/// Declares the simple constructors: `name(data=b'', *, usedforsecurity=True, string=None)`.
macro_rules! constructors {
    ($($func:ident, $name:expr, $ty:ident, $sizes:expr, $state:expr;)*) => {
        $(fn $func(_m: &Value, args: Args) -> PyResult {
            let [data, _usedforsecurity, string] =
                args.parse($name, ["data", "usedforsecurity", "string"], 0, 0, 1)?;
            let data = initial_data(data, string)?;
            Ok(new_hash(&$ty, $name, $sizes, $state, data))
        })*
    };
}

constructors! {
    md5_new, "md5", MD5_TYPE, (16, 64), State::Md5(md5::Md5::new());
    sha1_new, "sha1", SHA1_TYPE, (20, 64), State::Sha1(sha1::Sha1::new());
    sha224_new, "sha224", SHA224_TYPE, (28, 64), State::Sha224(sha2::Sha224::new());
    sha256_new, "sha256", SHA256_TYPE, (32, 64), State::Sha256(sha2::Sha256::new());
    sha384_new, "sha384", SHA384_TYPE, (48, 128), State::Sha384(sha2::Sha384::new());
    sha512_new, "sha512", SHA512_TYPE, (64, 128), State::Sha512(sha2::Sha512::new());
    sha3_224_new, "sha3_224", SHA3_224_TYPE, (28, 144), State::Sha3_224(sha3::Sha3_224::new());
    sha3_256_new, "sha3_256", SHA3_256_TYPE, (32, 136), State::Sha3_256(sha3::Sha3_256::new());
    sha3_384_new, "sha3_384", SHA3_384_TYPE, (48, 104), State::Sha3_384(sha3::Sha3_384::new());
    sha3_512_new, "sha3_512", SHA3_512_TYPE, (64, 72), State::Sha3_512(sha3::Sha3_512::new());
    shake_128_new, "shake_128", SHAKE128_TYPE, (0, 168), State::Shake128(sha3::Shake128::default());
    shake_256_new, "shake_256", SHAKE256_TYPE, (0, 136), State::Shake256(sha3::Shake256::default());
}

/// A fresh state for a hash name as `_hmac` names them (case-insensitive):
/// the canonical name, the state, its digest and block sizes.
fn state_for(name: &str) -> Option<(&'static str, State, usize, usize)> {
    let plain = |digest_size| Params {
        digest_size,
        fanout: 1,
        depth: 1,
        ..Params::default()
    };
    Some(match name.to_ascii_lowercase().as_str() {
        "md5" => ("md5", State::Md5(md5::Md5::new()), 16, 64),
        "sha1" => ("sha1", State::Sha1(sha1::Sha1::new()), 20, 64),
        "sha224" => ("sha224", State::Sha224(sha2::Sha224::new()), 28, 64),
        "sha256" => ("sha256", State::Sha256(sha2::Sha256::new()), 32, 64),
        "sha384" => ("sha384", State::Sha384(sha2::Sha384::new()), 48, 128),
        "sha512" => ("sha512", State::Sha512(sha2::Sha512::new()), 64, 128),
        "sha3_224" => ("sha3_224", State::Sha3_224(sha3::Sha3_224::new()), 28, 144),
        "sha3_256" => ("sha3_256", State::Sha3_256(sha3::Sha3_256::new()), 32, 136),
        "sha3_384" => ("sha3_384", State::Sha3_384(sha3::Sha3_384::new()), 48, 104),
        "sha3_512" => ("sha3_512", State::Sha3_512(sha3::Sha3_512::new()), 64, 72),
        "blake2b" | "blake2b_32" => ("blake2b", State::Blake2b(Blake2b::new(&plain(64))), 64, 128),
        "blake2s" | "blake2s_32" => ("blake2s", State::Blake2s(Blake2s::new(&plain(32))), 32, 64),
        _ => return None,
    })
}

/// A small non-negative int parameter of blake2 (`0..=max`).
fn blake2_byte(v: Option<Value>, default: u8, name: &str, min: i64) -> PyResult<u8> {
    let Some(v) = v else { return Ok(default) };
    let n = protocol::index_as_isize(&v)? as i64;
    if !(min..=255).contains(&n) {
        return Err(value_error(format!("{name} must be between {min} and 255")));
    }
    Ok(n as u8)
}

/// An unsigned blake2 parameter (`leaf_size`, `node_offset`).
fn blake2_unsigned(v: Option<Value>) -> PyResult<Option<u64>> {
    let Some(v) = v else { return Ok(None) };
    let n = protocol::index(&v)?;
    if int::is_negative(&n) {
        return Err(value_error("Cannot convert negative int"));
    }
    let big = as_int(&n).expect("int").to_bigint().into_owned();
    Ok(Some(u64::try_from(big).unwrap_or(u64::MAX)))
}

fn blake2_params(
    args: Args,
    fname: &str,
    max_digest: usize,
) -> PyResult<(Params, Option<Vec<u8>>)> {
    let max_salt = max_digest / 4;
    let [
        data,
        digest_size,
        key,
        salt,
        person,
        fanout,
        depth,
        leaf_size,
        node_offset,
        node_depth,
        inner_size,
        last_node,
        _usedforsecurity,
        string,
    ] = args.parse(
        fname,
        [
            "data",
            "digest_size",
            "key",
            "salt",
            "person",
            "fanout",
            "depth",
            "leaf_size",
            "node_offset",
            "node_depth",
            "inner_size",
            "last_node",
            "usedforsecurity",
            "string",
        ],
        0,
        0,
        1,
    )?;
    let variant = if max_digest == 64 {
        "Blake2b"
    } else {
        "Blake2s"
    };
    let digest_size = match digest_size {
        None => max_digest,
        Some(d) => {
            let n = protocol::index_as_isize(&d)?;
            if !(1..=max_digest as isize).contains(&n) {
                return Err(value_error(format!(
                    "digest_size for {variant} must be between 1 and {max_digest} bytes, here it is {n}"
                )));
            }
            n as usize
        }
    };
    let buffer = |v: Option<Value>, what: &str, max: usize| -> PyResult<Vec<u8>> {
        let b = match v {
            None => Vec::new(),
            Some(v) => data_bytes(&v)?,
        };
        if b.len() > max {
            return Err(value_error(format!("maximum {what} length is {max} bytes")));
        }
        Ok(b)
    };
    let key = buffer(key, "key", max_digest)?;
    let salt = buffer(salt, "salt", max_salt)?;
    let person = buffer(person, "person", max_salt)?;
    let fanout = blake2_byte(fanout, 1, "fanout", 0)?;
    let depth = blake2_byte(depth, 1, "depth", 1)?;
    let leaf_size = match blake2_unsigned(leaf_size)? {
        None => 0,
        Some(n) => u32::try_from(n)
            .map_err(|_| overflow_error("Python int too large for C unsigned long"))?,
    };
    let node_offset = blake2_unsigned(node_offset)?.unwrap_or(0);
    if max_digest == 32 && node_offset >= 1 << 48 {
        return Err(overflow_error("node_offset is too large"));
    }
    let node_depth = blake2_byte(node_depth, 0, "node_depth", 0)?;
    let inner_size = match inner_size {
        None => 0,
        Some(v) => {
            let n = protocol::index_as_isize(&v)?;
            if !(0..=max_digest as isize).contains(&n) {
                return Err(value_error(format!(
                    "inner_size must be between 0 and is {max_digest}"
                )));
            }
            n as u8
        }
    };
    let last_node = match last_node {
        None => false,
        Some(v) => protocol::is_true(&v)?,
    };
    let data = initial_data(data, string)?;
    Ok((
        Params {
            digest_size,
            key,
            salt,
            person,
            fanout,
            depth,
            leaf_size,
            node_offset,
            node_depth,
            inner_size,
            last_node,
        },
        data,
    ))
}

fn blake2b_new(_m: &Value, args: Args) -> PyResult {
    let (p, data) = blake2_params(args, "blake2b", 64)?;
    let state = State::Blake2b(Blake2b::new(&p));
    Ok(new_hash(
        &BLAKE2B_TYPE,
        "blake2b",
        (p.digest_size, Blake2b::BLOCK),
        state,
        data,
    ))
}

fn blake2s_new(_m: &Value, args: Args) -> PyResult {
    let (p, data) = blake2_params(args, "blake2s", 32)?;
    let state = State::Blake2s(Blake2s::new(&p));
    Ok(new_hash(
        &BLAKE2S_TYPE,
        "blake2s",
        (p.digest_size, Blake2s::BLOCK),
        state,
        data,
    ))
}

/// Binds a module's types under CPython's names and sets `_GIL_MINSIZE`.
fn bind_types(module: &Value, types: &[(&str, &'static PyObj<TypeObject>)]) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    for (name, ty) in types {
        ouro_objects::typeobj::ready(ty);
        m.set(name, TypeRef::from_static(ty).into_value());
    }
    m.set("_GIL_MINSIZE", int::from_i64(2048));
    Ok(())
}

pub static MD5: ModuleDef = ModuleDef {
    name: "_md5",
    doc: "",
    functions: &[MethodDef::new(
        "md5",
        md5_new,
        "md5($module, data=b'', *, usedforsecurity=True, string=None)\n--\n\nReturn a new MD5 hash object; optionally initialized with a string.",
    )],
    types: ModuleDef::no_types,
    init: |m| bind_types(m, &[("MD5Type", &MD5_TYPE)]),
};

pub static SHA1: ModuleDef = ModuleDef {
    name: "_sha1",
    doc: "",
    functions: &[MethodDef::new(
        "sha1",
        sha1_new,
        "sha1($module, data=b'', *, usedforsecurity=True, string=None)\n--\n\nReturn a new SHA1 hash object; optionally initialized with a string.",
    )],
    types: ModuleDef::no_types,
    init: |m| bind_types(m, &[("SHA1Type", &SHA1_TYPE)]),
};

pub static SHA2: ModuleDef = ModuleDef {
    name: "_sha2",
    doc: "",
    functions: &[
        MethodDef::new(
            "sha224",
            sha224_new,
            "sha224($module, data=b'', *, usedforsecurity=True, string=None)\n--\n\nReturn a new SHA-224 hash object; optionally initialized with a string.",
        ),
        MethodDef::new(
            "sha256",
            sha256_new,
            "sha256($module, data=b'', *, usedforsecurity=True, string=None)\n--\n\nReturn a new SHA-256 hash object; optionally initialized with a string.",
        ),
        MethodDef::new(
            "sha384",
            sha384_new,
            "sha384($module, data=b'', *, usedforsecurity=True, string=None)\n--\n\nReturn a new SHA-384 hash object; optionally initialized with a string.",
        ),
        MethodDef::new(
            "sha512",
            sha512_new,
            "sha512($module, data=b'', *, usedforsecurity=True, string=None)\n--\n\nReturn a new SHA-512 hash object; optionally initialized with a string.",
        ),
    ],
    types: ModuleDef::no_types,
    init: |m| {
        bind_types(
            m,
            &[
                ("SHA224Type", &SHA224_TYPE),
                ("SHA256Type", &SHA256_TYPE),
                ("SHA384Type", &SHA384_TYPE),
                ("SHA512Type", &SHA512_TYPE),
            ],
        )
    },
};

pub static SHA3: ModuleDef = ModuleDef {
    name: "_sha3",
    doc: "",
    functions: &[],
    types: ModuleDef::no_types,
    init: |m| {
        bind_types(
            m,
            &[
                ("sha3_224", &SHA3_224_TYPE),
                ("sha3_256", &SHA3_256_TYPE),
                ("sha3_384", &SHA3_384_TYPE),
                ("sha3_512", &SHA3_512_TYPE),
                ("shake_128", &SHAKE128_TYPE),
                ("shake_256", &SHAKE256_TYPE),
            ],
        )?;
        let module = m.downcast::<Module>().expect("module");
        module.set("implementation", PyStr::new("HACL"));
        Ok(())
    },
};

/// The class constants of blake2b and blake2s, also module constants.
fn blake2_constants(module: &Value) -> PyResult<()> {
    bind_types(
        module,
        &[("blake2b", &BLAKE2B_TYPE), ("blake2s", &BLAKE2S_TYPE)],
    )?;
    let m = module.downcast::<Module>().expect("module");
    for (ty, prefix, digest) in [
        (&BLAKE2B_TYPE, "BLAKE2B", 64),
        (&BLAKE2S_TYPE, "BLAKE2S", 32),
    ] {
        let t = TypeRef::from_static(ty);
        let dict = t.payload().dict();
        let d = dict
            .downcast::<ouro_objects::dict::Dict>()
            .expect("type dict");
        for (name, value) in [
            ("SALT_SIZE", digest / 4),
            ("PERSON_SIZE", digest / 4),
            ("MAX_KEY_SIZE", digest),
            ("MAX_DIGEST_SIZE", digest),
        ] {
            d.set_str(name, int::from_i64(value));
            m.set(&format!("{prefix}_{name}"), int::from_i64(value));
        }
        t.payload().modified();
    }
    Ok(())
}

pub static BLAKE2: ModuleDef = ModuleDef {
    name: "_blake2",
    doc: "",
    functions: &[],
    types: ModuleDef::no_types,
    init: blake2_constants,
};
