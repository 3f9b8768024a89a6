//! `_suggestions`: `_generate_suggestions(candidates, item)`, the "Did you mean" search `traceback` uses; mirrors Modules/_suggestions.c over `ouro_eval::suggestions::closest`.

use ouro_eval::native_module::ModuleDef;
use ouro_objects::args::Args;
use ouro_objects::descr::MethodDef;
use ouro_objects::err::{PyResult, type_error};
use ouro_objects::list::List;
use ouro_objects::none::none;
use ouro_objects::str::PyStr;
use ouro_objects::{Value, protocol};

fn generate_suggestions(_m: &Value, args: Args) -> PyResult {
    let args = args.range("_generate_suggestions", "_generate_suggestions", 2, 2)?;
    let item = args[1].downcast::<PyStr>().ok_or_else(|| {
        type_error(format!(
            "_generate_suggestions() argument 2 must be str, not {}",
            protocol::type_name(&args[1])
        ))
    })?;
    let Some(list) = args[0].downcast_exact::<List>() else {
        return Err(type_error("candidates must be a list"));
    };
    let candidates = list.to_vec();
    let mut names = Vec::with_capacity(candidates.len());
    for c in &candidates {
        match c.downcast::<PyStr>() {
            Some(s) => names.push(s.to_string_lossy()),
            None => {
                return Err(type_error("all elements in 'candidates' must be strings"));
            }
        }
    }
    Ok(
        match ouro_eval::suggestions::closest(&names, &item.to_string_lossy()) {
            Some(name) => PyStr::new(&name),
            None => none(),
        },
    )
}

pub static MODULE: ModuleDef = ModuleDef {
    name: "_suggestions",
    doc: "",
    functions: &[MethodDef::new(
        "_generate_suggestions",
        generate_suggestions,
        "_generate_suggestions($module, candidates, item, /)\n--\n\nReturns the candidate in candidates that's closest to item",
    )],
    types: ModuleDef::no_types,
    init: ModuleDef::no_init,
};
