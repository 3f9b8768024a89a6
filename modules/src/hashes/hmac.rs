//! `_hmac`: HMAC (RFC 2104) over the built-in hash states, with one-shot `compute_*` helpers; mirrors Modules/hmacmodule.c.

use std::cell::RefCell;

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::core::alloc_typed;
use ouro_objects::descr::{GetSetDef, MethodDef};
use ouro_objects::err::{PyErr, PyResult, type_error};
use ouro_objects::module::Module;
use ouro_objects::none::{is_none, none};
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::SlotDefs;
use ouro_objects::{TypeRef, Value, builtin_type, bytes, exceptions, int, protocol};

use super::{State, data_bytes, state_for};

ouro_objects::gil_shared! {
    /// `_hmac.UnknownHashError`, made when the module is first created.
    static UNKNOWN_HASH_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn unknown_hash(digestmod: &Value) -> PyErr {
    let shown = match digestmod.downcast::<PyStr>() {
        Some(_) => protocol::repr_string(digestmod),
        None => protocol::str_string(digestmod),
    }
    .unwrap_or_default();
    let msg = format!("unsupported hash type: {shown}");
    match UNKNOWN_HASH_ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => match protocol::call1(&cls, PyStr::new(&msg)) {
            Ok(e) => PyErr::from_instance(e),
            Err(e) => e,
        },
        None => ouro_objects::err::value_error(msg),
    }
}

/// An HMAC in progress: the inner hash fed with the message, the outer
/// hash already fed with the outer padded key.
struct Mac {
    name: &'static str,
    inner: State,
    outer: State,
    digest_size: usize,
    block_size: usize,
}

impl Mac {
    fn new(digestmod: &Value, key: &[u8]) -> PyResult<Mac> {
        let found = digestmod
            .downcast::<PyStr>()
            .and_then(|s| state_for(&s.to_string_lossy()));
        let Some((name, fresh, digest_size, block_size)) = found else {
            return Err(unknown_hash(digestmod));
        };
        let mut key = key.to_vec();
        if key.len() > block_size {
            let mut h = fresh.clone();
            h.update(&key);
            key = h.digest(digest_size);
        }
        key.resize(block_size, 0);
        let (mut inner, mut outer) = (fresh.clone(), fresh);
        inner.update(&key.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
        outer.update(&key.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
        Ok(Mac {
            name,
            inner,
            outer,
            digest_size,
            block_size,
        })
    }

    fn digest(&self) -> Vec<u8> {
        let mut outer = self.outer.clone();
        outer.update(&self.inner.digest(self.digest_size));
        outer.digest(self.digest_size)
    }
}

impl Clone for Mac {
    fn clone(&self) -> Mac {
        Mac {
            name: self.name,
            inner: self.inner.clone(),
            outer: self.outer.clone(),
            digest_size: self.digest_size,
            block_size: self.block_size,
        }
    }
}

pub struct HmacObject {
    mac: RefCell<Mac>,
}

fn this(v: &Value) -> &HmacObject {
    v.downcast::<HmacObject>().expect("HMAC method on an HMAC")
}

fn new_object(mac: Mac) -> Value {
    alloc_typed(
        &TypeRef::from_static(&HMAC_TYPE),
        HmacObject {
            mac: RefCell::new(mac),
        },
    )
}

fn hmac_new(_m: &Value, args: Args) -> PyResult {
    let [key, msg, digestmod] = args.parse("new", ["key", "msg", "digestmod"], 0, 1, 3)?;
    let key = data_bytes(key.as_ref().expect("required"))?;
    let Some(digestmod) = digestmod.filter(|d| !is_none(d)) else {
        return Err(type_error("new() missing 1 required argument 'digestmod'"));
    };
    let mut mac = Mac::new(&digestmod, &key)?;
    if let Some(m) = msg.filter(|m| !is_none(m)) {
        mac.inner.update(&data_bytes(&m)?);
    }
    Ok(new_object(mac))
}

fn hmac_update(v: &Value, args: Args) -> PyResult {
    let [msg] = args.parse("update", ["msg"], 0, 1, 1)?;
    let data = data_bytes(msg.as_ref().expect("required"))?;
    this(v).mac.borrow_mut().inner.update(&data);
    Ok(none())
}

fn hmac_digest(v: &Value, args: Args) -> PyResult {
    args.none("HMAC.digest")?;
    Ok(bytes::new(this(v).mac.borrow().digest()))
}

fn hmac_hexdigest(v: &Value, args: Args) -> PyResult {
    args.none("HMAC.hexdigest")?;
    let hex: String = this(v)
        .mac
        .borrow()
        .digest()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(PyStr::new(&hex))
}

fn hmac_copy(v: &Value, args: Args) -> PyResult {
    args.none("HMAC.copy")?;
    Ok(new_object(this(v).mac.borrow().clone()))
}

fn hmac_repr(v: &Value) -> PyResult {
    Ok(PyStr::new(&format!(
        "<{} HMAC object @ {:#x}>",
        this(v).mac.borrow().name,
        v.word()
    )))
}

fn hmac_no_new(_ty: &TypeRef, _args: &[Value], _kwnames: Option<&Value>) -> PyResult {
    Err(type_error("cannot create '_hmac.HMAC' instances"))
}

builtin_type!(pub static HMAC_TYPE: HmacObject = TypeSpec {
    name: "_hmac.HMAC",
    slots: SlotDefs {
        new: Some(hmac_no_new),
        repr: Some(hmac_repr),
        ..SlotDefs::NONE
    },
    methods: &[
        MethodDef::new("copy", hmac_copy, "copy($self, /)\n--\n\nReturn a copy (\"clone\") of the HMAC object."),
        MethodDef::new("digest", hmac_digest, "digest($self, /)\n--\n\nReturn the digest of the bytes passed to the update() method so far."),
        MethodDef::new("hexdigest", hmac_hexdigest, "hexdigest($self, /)\n--\n\nReturn hexadecimal digest of the bytes passed to the update() method so far."),
        MethodDef::new("update", hmac_update, "update($self, /, msg)\n--\n\nUpdate the HMAC object with the given message."),
    ],
    getsets: &[
        GetSetDef::getter("name", |v| Ok(PyStr::new(&format!("hmac-{}", this(v).mac.borrow().name)))),
        GetSetDef::getter("digest_size", |v| Ok(int::from_usize(this(v).mac.borrow().digest_size))),
        GetSetDef::getter("block_size", |v| Ok(int::from_usize(this(v).mac.borrow().block_size))),
    ],
    ..TypeSpec::DEFAULT
});

/// One-shot HMAC of `key` and `msg` with the hash named `name`.
fn compute(key: &Value, msg: &Value, digestmod: &Value) -> PyResult {
    let key = data_bytes(key)?;
    let msg = data_bytes(msg)?;
    let mut mac = Mac::new(digestmod, &key)?;
    mac.inner.update(&msg);
    Ok(bytes::new(mac.digest()))
}

fn compute_digest(_m: &Value, args: Args) -> PyResult {
    let [key, msg, digest] = args.parse("compute_digest", ["key", "msg", "digest"], 0, 3, 3)?;
    compute(
        key.as_ref().expect("required"),
        msg.as_ref().expect("required"),
        digest.as_ref().expect("required"),
    )
}

/// Declares the `compute_<hash>(key, msg, /)` helpers.
macro_rules! compute_functions {
    ($($func:ident, $hash:expr;)*) => {
        $(fn $func(_m: &Value, args: Args) -> PyResult {
            let a = args.range(stringify!($func), stringify!($func), 2, 2)?;
            compute(&a[0], &a[1], &PyStr::new($hash))
        })*
        const COMPUTE: &[MethodDef] = &[
            $(MethodDef::new(stringify!($func), $func, concat!(stringify!($func), "($module, key, msg, /)\n--\n\n")),)*
        ];
    };
}

compute_functions! {
    compute_md5, "md5";
    compute_sha1, "sha1";
    compute_sha224, "sha224";
    compute_sha256, "sha256";
    compute_sha384, "sha384";
    compute_sha512, "sha512";
    compute_sha3_224, "sha3_224";
    compute_sha3_256, "sha3_256";
    compute_sha3_384, "sha3_384";
    compute_sha3_512, "sha3_512";
    compute_blake2b_32, "blake2b";
    compute_blake2s_32, "blake2s";
}

fn init(module: &Value) -> PyResult<()> {
    let m = module.downcast::<Module>().expect("module");
    let name = PyStr::new("_hmac");
    for f in COMPUTE {
        m.set(
            f.name,
            ouro_objects::descr::BuiltinFunction::module_function(f, module.clone(), name.clone()),
        );
    }
    let cls = ouro_eval::native_module::exception_class(
        "_hmac",
        "UnknownHashError",
        &[&exceptions::VALUE_ERROR],
    )?;
    UNKNOWN_HASH_ERROR.with(|e| *e.borrow_mut() = Some(cls.clone()));
    m.set("UnknownHashError", cls);
    m.set("_GIL_MINSIZE", int::from_i64(2048));
    Ok(())
}

pub static HMAC_MODULE: ModuleDef = ModuleDef {
    name: "_hmac",
    doc: "",
    functions: &[
        MethodDef::new(
            "compute_digest",
            compute_digest,
            "compute_digest($module, /, key, msg, digest)\n--\n\n",
        ),
        MethodDef::new(
            "new",
            hmac_new,
            "new($module, /, key, msg=None, digestmod=None)\n--\n\nReturn a new HMAC object.",
        ),
    ],
    types: || vec![&HMAC_TYPE],
    init,
};
