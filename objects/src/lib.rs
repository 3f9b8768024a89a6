//! Ouro's object model: `Value`, the object header, refcounting, types with slots and the built-in types.
//!
//! Vocabulary (fixed; every crate above uses these names):
//!
//! | name            | what it is                                                         |
//! |-----------------|--------------------------------------------------------------------|
//! | `Value`         | an owned reference: inline small int or heap pointer; clone = incref, drop = decref |
//! | `&Value`        | a borrowed reference (valid while the owner lives)                 |
//! | `Ref<T>`        | an owned reference known to have payload `T` (derefs to `T`)       |
//! | `v.downcast::<T>()` | a borrowed `&T` view if `v`'s layout is `T` (its type or a subclass) |
//! | `TypeRef`       | an owned reference to a type object                                |
//! | `PyObj<T>`      | the `#[repr(C)]` header + payload; `static`s of it are immortal objects |
//! | `PyResult<T>`   | `Result<T, PyErr>`; `PyErr` holds the raised exception instance    |
//! | `Args`          | a native call's arguments (positional + keyword values, kwnames)   |
//!
//! Built-in types are declared once with `builtin_type!` (a `TypeSpec`: name,
//! doc, base, flags, slots, methods, getsets); `typeobj::ready` turns the spec
//! into the type's dict (method descriptors, getsets, slot wrappers).
//! Python classes get slots that call their dunders (`heapslots`).

pub mod args;
pub mod buffer;
pub mod bytes_algo;
pub mod bytes_methods;
pub mod codecs;
pub mod core;
pub mod descr;
pub mod err;
pub mod format;
pub mod gc;
pub mod hash;
pub mod heapslots;
pub mod protocol;
pub mod reprguard;
pub mod set_methods;
pub mod str_methods;
pub mod str_text;
pub mod strformat;
pub mod typeobj;
pub mod types;
pub mod warnings;

pub use core::{PyObj, PyPayload, Ref, TypeRef, Value};
pub use err::{PyErr, PyResult};
pub use types::{
    bool, bytearray, bytes, callableiter, code, complex, dict, dictviews, enumerate, exceptions,
    filter, float, functype, genericalias, int, iterators, list, map, mappingproxy, memoryview,
    module, namespace, none, range, reversed, set, slice, str, tuple, union, weakproxy, weakref,
    zip,
};

/// Readies every built-in type (idempotent); the interpreter calls this at start-up.
pub fn init() {
    use typeobj::ready;
    for ty in all_builtin_types() {
        ready(ty);
    }
    exceptions::ready_exception_group();
}

/// Readies the types for a unit test and holds the lock that serialises
/// such tests: objects are not thread-safe (one interpreter lock, issue 6).
#[cfg(test)]
pub fn init_for_test() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    init();
    guard
}

/// Every static type object, in dependency order.
pub fn all_builtin_types() -> Vec<&'static PyObj<typeobj::TypeObject>> {
    let mut v: Vec<&'static PyObj<typeobj::TypeObject>> = vec![
        &typeobj::OBJECT_TYPE,
        &typeobj::TYPE_TYPE,
        &str::STR_TYPE,
        &dict::DICT_TYPE,
        &tuple::TUPLE_TYPE,
        &descr::METHOD_DESCRIPTOR_TYPE,
        &descr::CLASSMETHOD_DESCRIPTOR_TYPE,
        &descr::BUILTIN_FUNCTION_TYPE,
        &descr::WRAPPER_DESCRIPTOR_TYPE,
        &descr::METHOD_WRAPPER_TYPE,
        &descr::GETSET_DESCRIPTOR_TYPE,
        &descr::MEMBER_DESCRIPTOR_TYPE,
        &none::NONE_TYPE,
        &none::NOT_IMPLEMENTED_TYPE,
        &none::ELLIPSIS_TYPE,
        &int::INT_TYPE,
        &bool::BOOL_TYPE,
        &float::FLOAT_TYPE,
        &complex::COMPLEX_TYPE,
        &set::SET_TYPE,
        &set::FROZENSET_TYPE,
        &set_methods::SET_ITER_TYPE,
        &list::LIST_TYPE,
        &bytes::BYTES_TYPE,
        &bytearray::BYTEARRAY_TYPE,
        &memoryview::MEMORYVIEW_TYPE,
        &slice::SLICE_TYPE,
        &range::RANGE_TYPE,
        &range::RANGE_ITER_TYPE,
        &range::LONG_RANGE_ITER_TYPE,
        &enumerate::ENUMERATE_TYPE,
        &zip::ZIP_TYPE,
        &map::MAP_TYPE,
        &filter::FILTER_TYPE,
        &reversed::REVERSED_TYPE,
        &callableiter::CALLABLE_ITER_TYPE,
        &namespace::NAMESPACE_TYPE,
        &union::UNION_TYPE,
        &iterators::SEQ_ITER_TYPE,
        &iterators::LIST_ITER_TYPE,
        &iterators::LIST_REVERSE_ITER_TYPE,
        &iterators::TUPLE_ITER_TYPE,
        &iterators::STR_ITER_TYPE,
        &iterators::STR_ASCII_ITER_TYPE,
        &iterators::BYTES_ITER_TYPE,
        &iterators::BYTEARRAY_ITER_TYPE,
        &iterators::MEMORY_ITER_TYPE,
        &dictviews::DICT_KEYS_TYPE,
        &dictviews::DICT_VALUES_TYPE,
        &dictviews::DICT_ITEMS_TYPE,
        &dictviews::DICT_KEY_ITER_TYPE,
        &dictviews::DICT_VALUE_ITER_TYPE,
        &dictviews::DICT_ITEM_ITER_TYPE,
        &dictviews::DICT_REV_KEY_ITER_TYPE,
        &dictviews::DICT_REV_VALUE_ITER_TYPE,
        &dictviews::DICT_REV_ITEM_ITER_TYPE,
        &code::CODE_TYPE,
        &functype::FUNCTION_TYPE,
        &functype::METHOD_TYPE,
        &functype::CELL_TYPE,
        &functype::STATICMETHOD_TYPE,
        &functype::CLASSMETHOD_TYPE,
        &functype::PROPERTY_TYPE,
        &module::MODULE_TYPE,
        &mappingproxy::MAPPINGPROXY_TYPE,
        &genericalias::GENERIC_ALIAS_TYPE,
        &weakref::WEAKREF_TYPE,
        &weakproxy::PROXY_TYPE,
        &weakproxy::CALLABLE_PROXY_TYPE,
    ];
    v.extend(
        exceptions::all_exception_types()
            .into_iter()
            .filter(|t| !std::ptr::eq(*t, &exceptions::EXCEPTION_GROUP)),
    );
    v
}
