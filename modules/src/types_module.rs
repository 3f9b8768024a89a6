//! `_types`: the built-in types `types.py` names (`FunctionType`, `CodeType`, `FrameType`, ...), bound under those names; mirrors Modules/_typesmodule.c, plus the `PyCapsule` type it exports as `CapsuleType`.

use ouro_eval::native_module::ModuleDef;
use ouro_objects::err::PyResult;
use ouro_objects::module::Module;
use ouro_objects::{PyObj, TypeRef, Value, builtin_type, descr, functype, none};

/// Capsules wrap C pointers for extension modules; Ouro has no C API, so a
/// capsule holds only its name (`unicodedata._ucnhash_CAPI` keeps its place
/// in the module), and the type exists for `types.CapsuleType`.
pub struct Capsule {
    pub name: &'static str,
}

fn capsule_repr(v: &Value) -> PyResult {
    let capsule = v.downcast::<Capsule>().expect("capsule");
    Ok(ouro_objects::str::PyStr::new(&format!(
        "<capsule object \"{}\" at {:#x}>",
        capsule.name,
        v.word()
    )))
}

builtin_type!(pub static CAPSULE_TYPE: Capsule = TypeSpec {
    name: "PyCapsule",
    slots: ouro_objects::typeobj::SlotDefs { repr: Some(capsule_repr), ..ouro_objects::typeobj::SlotDefs::NONE },
    doc: Some("Capsule objects let you wrap a C \"void *\" pointer in a Python\nobject.  They're a way of passing data through the Python interpreter\nwithout creating your own custom type.\n\nCapsules are used for communication between extension modules.\nThey provide a way for an extension module to export a C interface\nto other extension modules, so that extension modules can use the\nPython import mechanism to link to one another.\n"),
    ..TypeSpec::DEFAULT
});

fn init(module: &Value) -> PyResult<()> {
    use ouro_eval::{frame, generator};
    let m = module.downcast::<Module>().expect("module");
    let types: [(&str, &'static PyObj<ouro_objects::typeobj::TypeObject>); 27] = [
        ("AsyncGeneratorType", &generator::ASYNC_GENERATOR_TYPE),
        ("BuiltinFunctionType", &descr::BUILTIN_FUNCTION_TYPE),
        ("BuiltinMethodType", &descr::BUILTIN_FUNCTION_TYPE),
        ("CapsuleType", &CAPSULE_TYPE),
        ("CellType", &functype::CELL_TYPE),
        (
            "ClassMethodDescriptorType",
            &descr::CLASSMETHOD_DESCRIPTOR_TYPE,
        ),
        ("CodeType", &ouro_objects::code::CODE_TYPE),
        ("CoroutineType", &generator::COROUTINE_TYPE),
        ("EllipsisType", &none::ELLIPSIS_TYPE),
        ("FrameType", &frame::FRAME_TYPE),
        ("FunctionType", &functype::FUNCTION_TYPE),
        ("GeneratorType", &generator::GENERATOR_TYPE),
        (
            "GenericAlias",
            &ouro_objects::genericalias::GENERIC_ALIAS_TYPE,
        ),
        ("GetSetDescriptorType", &descr::GETSET_DESCRIPTOR_TYPE),
        ("LambdaType", &functype::FUNCTION_TYPE),
        (
            "MappingProxyType",
            &ouro_objects::mappingproxy::MAPPINGPROXY_TYPE,
        ),
        ("MemberDescriptorType", &descr::MEMBER_DESCRIPTOR_TYPE),
        ("MethodDescriptorType", &descr::METHOD_DESCRIPTOR_TYPE),
        ("MethodType", &functype::METHOD_TYPE),
        ("MethodWrapperType", &descr::METHOD_WRAPPER_TYPE),
        ("ModuleType", &ouro_objects::module::MODULE_TYPE),
        ("NoneType", &none::NONE_TYPE),
        ("NotImplementedType", &none::NOT_IMPLEMENTED_TYPE),
        ("SimpleNamespace", &ouro_objects::namespace::NAMESPACE_TYPE),
        ("TracebackType", &frame::TRACEBACK_TYPE),
        ("UnionType", &ouro_objects::union::UNION_TYPE),
        ("WrapperDescriptorType", &descr::WRAPPER_DESCRIPTOR_TYPE),
    ];
    ouro_objects::typeobj::ready(&CAPSULE_TYPE);
    for (name, ty) in types {
        m.set(name, TypeRef::from_static(ty).into_value());
    }
    Ok(())
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_types",
    doc: "Define names for built-in types.",
    functions: &[],
    types: ModuleDef::no_types,
    init,
};
