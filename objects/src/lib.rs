//! Ouro's object model: `Value`, the object header, refcounting, types with slots and the built-in types.
