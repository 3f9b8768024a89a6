//! Raw memory, `dlopen`, libffi calls and libffi closures behind `_ctypes`; every unsafe block of the module is here.
//!
//! ctypes hands Python code raw addresses by design (`from_address`,
//! `memmove`, pointers returned by C functions): like CPython's
//! Modules/_ctypes, these functions trust the addresses they are given. The
//! rest of the module only ever computes addresses inside objects it owns or
//! that Python code named explicitly.

use std::ffi::{CStr, CString, c_void};
use std::io;

use libffi_sys as ffi;
use ouro_objects::Value;

/// Memory ctypes allocated itself: zeroed, 16-byte aligned (the strictest
/// alignment of a C scalar here, `long double`).
pub struct Buffer {
    words: Vec<u128>,
}

impl Buffer {
    pub fn new(len: usize) -> io::Result<Buffer> {
        let n = len.div_ceil(16).max(1);
        let mut words = Vec::new();
        words
            .try_reserve_exact(n)
            .map_err(|_| io::Error::from(io::ErrorKind::OutOfMemory))?;
        words.resize(n, 0);
        Ok(Buffer { words })
    }

    pub fn address(&self) -> usize {
        self.words.as_ptr() as usize
    }
}

/// `len` bytes at `addr`.
pub fn read(addr: usize, len: usize) -> Vec<u8> {
    if len == 0 {
        return Vec::new();
    }
    // SAFETY: ctypes' contract: `addr` names `len` readable bytes (memory
    // of a ctypes object, or an address the program supplied).
    unsafe { std::slice::from_raw_parts(addr as *const u8, len) }.to_vec()
}

/// Stores `data` at `addr`.
pub fn write(addr: usize, data: &[u8]) {
    if data.is_empty() {
        return;
    }
    // SAFETY: ctypes' contract, as for `read`, for writable bytes; `data`
    // is a separate Rust buffer, so the ranges do not overlap.
    unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), addr as *mut u8, data.len()) };
}

/// `memmove(dst, src, len)`.
pub fn memmove(dst: usize, src: usize, len: usize) {
    // SAFETY: ctypes' contract, as for `read` and `write`; overlap allowed.
    unsafe { std::ptr::copy(src as *const u8, dst as *mut u8, len) };
}

/// The bytes of the NUL-terminated string at `addr` (without the NUL).
pub fn c_string(addr: usize) -> Vec<u8> {
    // SAFETY: ctypes' contract: `addr` points at a NUL-terminated string.
    unsafe { CStr::from_ptr(addr as *const libc::c_char) }
        .to_bytes()
        .to_vec()
}

/// The `wchar_t`s of the NUL-terminated wide string at `addr`.
pub fn wide_string(addr: usize) -> Vec<u32> {
    let mut out = Vec::new();
    let mut p = addr as *const u32;
    loop {
        // SAFETY: ctypes' contract: `addr` points at a NUL-terminated
        // `wchar_t` string, so every unit up to the NUL is readable.
        let c = unsafe { p.read_unaligned() };
        if c == 0 {
            return out;
        }
        out.push(c);
        // SAFETY: still inside the string (the NUL was not reached).
        p = unsafe { p.add(1) };
    }
}

/// The C library's `errno` of this thread.
pub fn errno() -> i32 {
    // SAFETY: __errno_location returns this thread's errno slot.
    unsafe { *libc::__errno_location() }
}

pub fn set_errno(value: i32) {
    // SAFETY: as for `errno`.
    unsafe { *libc::__errno_location() = value };
}

fn dl_error() -> String {
    // SAFETY: dlerror returns NULL or a NUL-terminated message valid until
    // the next dl* call on this thread.
    let msg = unsafe { libc::dlerror() };
    if msg.is_null() {
        return "dlopen() error".to_string();
    }
    // SAFETY: non-NULL, so a NUL-terminated string (see above).
    unsafe { CStr::from_ptr(msg) }
        .to_string_lossy()
        .into_owned()
}

/// `dlopen(name, mode)` (`None`: the program itself).
pub fn dlopen(name: Option<&[u8]>, mode: i32) -> Result<usize, String> {
    let name = name
        .map(|n| CString::new(n).map_err(|_| "embedded null byte".to_string()))
        .transpose()?;
    let ptr = name.as_ref().map_or(std::ptr::null(), |n| n.as_ptr());
    // SAFETY: `ptr` is NULL or NUL-terminated; loading a library runs its
    // initialisers, which is what the caller asked for.
    let handle = unsafe { libc::dlopen(ptr, mode) };
    if handle.is_null() {
        Err(dl_error())
    } else {
        Ok(handle as usize)
    }
}

/// `dlsym(handle, name)`.
pub fn dlsym(handle: usize, name: &[u8]) -> Result<usize, String> {
    let name = CString::new(name).map_err(|_| "embedded null byte".to_string())?;
    // SAFETY: dlerror clears the pending error; `name` is NUL-terminated
    // and `handle` came from dlopen (or is RTLD_DEFAULT, 0).
    let addr = unsafe {
        libc::dlerror();
        libc::dlsym(handle as *mut c_void, name.as_ptr())
    };
    if addr.is_null() {
        Err(dl_error())
    } else {
        Ok(addr as usize)
    }
}

/// `dlclose(handle)`.
pub fn dlclose(handle: usize) -> Result<(), String> {
    // SAFETY: the caller hands back a handle from dlopen.
    if unsafe { libc::dlclose(handle as *mut c_void) } != 0 {
        Err(dl_error())
    } else {
        Ok(())
    }
}

/// A C type as libffi sees it.
#[derive(Clone, Debug, PartialEq)]
pub enum FfiKind {
    Void,
    U8,
    I8,
    U16,
    I16,
    U32,
    I32,
    U64,
    I64,
    F32,
    F64,
    LongDouble,
    Pointer,
    /// A structure passed by value: its members' kinds in order.
    Struct(Vec<FfiKind>),
}

/// An `ffi_type` tree built for one call or closure; owns the element
/// arrays of structure types.
struct FfiTypes {
    // Boxed so the addresses handed to libffi stay put as the list grows.
    #[allow(clippy::vec_box)]
    structs: Vec<Box<ffi::ffi_type>>,
    elements: Vec<Box<[*mut ffi::ffi_type]>>,
}

impl FfiTypes {
    fn new() -> FfiTypes {
        FfiTypes {
            structs: Vec::new(),
            elements: Vec::new(),
        }
    }

    fn get(&mut self, kind: &FfiKind) -> *mut ffi::ffi_type {
        // Only the addresses of libffi's predefined type descriptors are
        // taken (no access), which needs no unsafe.
        {
            match kind {
                FfiKind::Void => &raw mut ffi::ffi_type_void,
                FfiKind::U8 => &raw mut ffi::ffi_type_uint8,
                FfiKind::I8 => &raw mut ffi::ffi_type_sint8,
                FfiKind::U16 => &raw mut ffi::ffi_type_uint16,
                FfiKind::I16 => &raw mut ffi::ffi_type_sint16,
                FfiKind::U32 => &raw mut ffi::ffi_type_uint32,
                FfiKind::I32 => &raw mut ffi::ffi_type_sint32,
                FfiKind::U64 => &raw mut ffi::ffi_type_uint64,
                FfiKind::I64 => &raw mut ffi::ffi_type_sint64,
                FfiKind::F32 => &raw mut ffi::ffi_type_float,
                FfiKind::F64 => &raw mut ffi::ffi_type_double,
                FfiKind::LongDouble => &raw mut ffi::ffi_type_longdouble,
                FfiKind::Pointer => &raw mut ffi::ffi_type_pointer,
                FfiKind::Struct(members) => self.structure(members),
            }
        }
    }

    fn structure(&mut self, members: &[FfiKind]) -> *mut ffi::ffi_type {
        let mut elements: Vec<*mut ffi::ffi_type> = members.iter().map(|m| self.get(m)).collect();
        elements.push(std::ptr::null_mut());
        let mut elements = elements.into_boxed_slice();
        let mut ty = Box::new(ffi::ffi_type {
            size: 0,
            alignment: 0,
            type_: ffi::FFI_TYPE_STRUCT as u16,
            elements: elements.as_mut_ptr(),
        });
        let ptr: *mut ffi::ffi_type = &mut *ty;
        self.elements.push(elements);
        self.structs.push(ty);
        ptr
    }
}

/// A prepared call interface (`ffi_cif`) with the types it points to.
pub struct Signature {
    cif: Box<ffi::ffi_cif>,
    _args: Box<[*mut ffi::ffi_type]>,
    _types: FfiTypes,
}

impl Signature {
    pub fn new(args: &[FfiKind], ret: &FfiKind) -> Result<Signature, String> {
        let mut types = FfiTypes::new();
        let mut arg_types: Box<[*mut ffi::ffi_type]> = args.iter().map(|a| types.get(a)).collect();
        let rtype = types.get(ret);
        // SAFETY: an all-zero cif is what ffi_prep_cif fills in.
        let mut cif: Box<ffi::ffi_cif> = Box::new(unsafe { std::mem::zeroed() });
        // SAFETY: every pointer handed over lives in `Signature`, which
        // keeps them for as long as the cif is used.
        let status = unsafe {
            ffi::ffi_prep_cif(
                &mut *cif,
                ffi::ffi_abi_FFI_DEFAULT_ABI,
                args.len() as u32,
                rtype,
                arg_types.as_mut_ptr(),
            )
        };
        if status != ffi::ffi_status_FFI_OK {
            return Err("ffi_prep_cif failed".to_string());
        }
        Ok(Signature {
            cif,
            _args: arg_types,
            _types: types,
        })
    }
}

/// Calls the C function at `func` with `args` (each the bytes of one
/// argument, laid out as its C type) and returns `ret_len` bytes of result
/// (at least a machine word is written, as libffi widens small integers).
/// With `use_errno`, ctypes' private errno is swapped in around the call.
pub fn call(
    sig: &Signature,
    func: usize,
    args: &[Vec<u8>],
    ret_len: usize,
    errno_slot: Option<&mut i32>,
) -> Vec<u8> {
    let arg_buffers: Vec<Vec<u128>> = args
        .iter()
        .map(|a| {
            let mut words = vec![0u128; a.len().div_ceil(16).max(1)];
            // SAFETY: `words` has room for `a.len()` bytes.
            unsafe {
                std::ptr::copy_nonoverlapping(a.as_ptr(), words.as_mut_ptr().cast::<u8>(), a.len())
            };
            words
        })
        .collect();
    let mut arg_ptrs: Vec<*mut c_void> = arg_buffers
        .iter()
        .map(|b| b.as_ptr() as *mut c_void)
        .collect();
    let mut ret = vec![0u128; ret_len.max(16).div_ceil(16)];
    // SAFETY: `func` is the address of a C function of this signature
    // (ctypes' contract: the program declared argtypes/restype); every
    // argument pointer addresses a buffer at least as large and aligned as
    // its type, and the result buffer holds at least a word.
    unsafe {
        let code: unsafe extern "C" fn() =
            std::mem::transmute::<usize, unsafe extern "C" fn()>(func);
        let mut cif = *sig.cif;
        if let Some(slot) = errno_slot {
            let saved = errno();
            set_errno(*slot);
            ffi::ffi_call(
                &mut cif,
                Some(code),
                ret.as_mut_ptr().cast(),
                arg_ptrs.as_mut_ptr(),
            );
            *slot = errno();
            set_errno(saved);
        } else {
            ffi::ffi_call(
                &mut cif,
                Some(code),
                ret.as_mut_ptr().cast(),
                arg_ptrs.as_mut_ptr(),
            );
        }
    }
    read(ret.as_ptr() as usize, ret_len)
}

/// What a closure runs: the addresses of its arguments and of the result.
pub type ClosureBody = Box<dyn Fn(&[usize], usize)>;

struct ClosureData {
    body: ClosureBody,
    nargs: usize,
}

/// A C function pointer that runs a Rust body (ctypes' callbacks).
pub struct Closure {
    closure: *mut ffi::ffi_closure,
    code: usize,
    _sig: Signature,
    _data: Box<ClosureData>,
}

unsafe extern "C" fn trampoline(
    _cif: *mut ffi::ffi_cif,
    ret: *mut c_void,
    args: *mut *mut c_void,
    data: *mut c_void,
) {
    // SAFETY: `data` is the ClosureData this closure was prepared with,
    // alive for as long as the closure is.
    let data = unsafe { &*(data as *const ClosureData) };
    let addrs: Vec<usize> = (0..data.nargs)
        // SAFETY: libffi passes `nargs` argument pointers.
        .map(|i| unsafe { *args.add(i) } as usize)
        .collect();
    // A panic must not unwind into C; the result then stays as libffi
    // left it.
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        (data.body)(&addrs, ret as usize)
    }));
}

impl Closure {
    pub fn new(args: &[FfiKind], ret: &FfiKind, body: ClosureBody) -> Result<Closure, String> {
        let mut sig = Signature::new(args, ret)?;
        let data = Box::new(ClosureData {
            body,
            nargs: args.len(),
        });
        let mut code: *mut c_void = std::ptr::null_mut();
        // SAFETY: allocates a closure and its executable trampoline.
        let closure =
            unsafe { ffi::ffi_closure_alloc(std::mem::size_of::<ffi::ffi_closure>(), &mut code) }
                as *mut ffi::ffi_closure;
        if closure.is_null() {
            return Err("ffi_closure_alloc failed".to_string());
        }
        // SAFETY: `closure`/`code` come from ffi_closure_alloc; the cif and
        // the data live in the returned Closure, as long as the closure.
        let status = unsafe {
            ffi::ffi_prep_closure_loc(
                closure,
                &mut *sig.cif,
                Some(trampoline),
                (&*data as *const ClosureData) as *mut c_void,
                code,
            )
        };
        if status != ffi::ffi_status_FFI_OK {
            // SAFETY: allocated above, never used.
            unsafe { ffi::ffi_closure_free(closure.cast()) };
            return Err("ffi_prep_closure failed".to_string());
        }
        Ok(Closure {
            closure,
            code: code as usize,
            _sig: sig,
            _data: data,
        })
    }

    /// The address C code calls.
    pub fn code(&self) -> usize {
        self.code
    }
}

impl Drop for Closure {
    fn drop(&mut self) {
        // SAFETY: allocated by ffi_closure_alloc and freed once.
        unsafe { ffi::ffi_closure_free(self.closure.cast()) };
    }
}

/// The object whose `id()` is `addr` (`PyObj_FromPtr`), trusted as CPython
/// trusts it; `None` for 0.
pub fn object_at(addr: usize) -> Option<Value> {
    // SAFETY: none beyond ctypes' own: like CPython, PyObj_FromPtr takes the
    // caller's word for a live object (a wrong address crashes both).
    unsafe { Value::from_id(addr) }
}
