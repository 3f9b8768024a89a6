//! Types that CPython creates as heap types (`PyType_FromSpec`) carry `__module__` in their own dict, so `dir()` lists it; `list_module_in_dict` gives ours the same.

use ouro_objects::PyObj;
use ouro_objects::dict::Dict;
use ouro_objects::str::PyStr;
use ouro_objects::typeobj::{TypeObject, ready};

/// Readies each type and stores `__module__` (the part of its name before
/// the last dot) in its dict.
pub fn list_module_in_dict(types: &[&'static PyObj<TypeObject>]) {
    for ty in types {
        ready(ty);
        let t = ty.payload();
        let module = t.tp_name().rsplit_once('.').map(|(m, _)| m.to_string());
        if let Some(module) = module {
            let dict = t.dict();
            if let Some(d) = dict.downcast::<Dict>() {
                d.set_str("__module__", PyStr::new(&module));
            }
        }
    }
}
