//! The second symbol-table pass: resolves each name's scope; mirrors `analyze_block` and friends in CPython's Python/symtable.c.

use std::rc::Rc;

use rustc_hash::FxHashSet;

use super::flags::*;
use super::{BlockType, Comprehension, EntryId, Scope, Symbol, SymbolTable};
use crate::error::SyntaxError;

/// Names shared with the symbol maps, so copying a set copies no text.
type NameSet = FxHashSet<Rc<str>>;

/// The sets one block's analysis reads and updates (CPython passes them as
/// separate arguments): names bound in enclosing function scopes, names
/// declared global, and names that are type parameters.
#[derive(Clone, Default)]
struct Visible {
    bound: Option<NameSet>,
    global: NameSet,
    type_params: NameSet,
}

/// Resolves every symbol of every scope, starting at the module.
pub(super) fn analyze(table: &mut SymbolTable) -> Result<(), SyntaxError> {
    let mut free = NameSet::default();
    analyze_block(table, SymbolTable::TOP, Visible::default(), &mut free, None)
}

fn analyze_block(
    table: &mut SymbolTable,
    id: EntryId,
    mut visible: Visible,
    free: &mut NameSet,
    class_entry: Option<EntryId>,
) -> Result<(), SyntaxError> {
    let mut local =
        NameSet::with_capacity_and_hasher(table.entries[id].symbols.len(), Default::default());
    let mut scopes: Vec<(Rc<str>, Scope)> = Vec::with_capacity(table.entries[id].symbols.len());
    let mut new_global = NameSet::default();
    let mut new_free = NameSet::default();
    let mut new_bound = NameSet::default();
    let mut inlined_cells = NameSet::default();
    let block_type = table.entries[id].block_type;

    // The sets handed down are only built for a scope with children.
    let has_children = !table.entries[id].children.is_empty();

    // Class bindings are not visible in methods: children see what the
    // class itself saw, captured before its own names are analyzed.
    if has_children && block_type == BlockType::Class {
        new_global.extend(visible.global.iter().cloned());
        if let Some(bound) = &visible.bound {
            new_bound.extend(bound.iter().cloned());
        }
    }

    let names: Vec<(Rc<str>, u16)> = table.entries[id]
        .symbols
        .iter_shared()
        .map(|(name, symbol)| (Rc::clone(name), symbol.flags))
        .collect();
    for (name, flags) in &names {
        let scope = analyze_name(
            table,
            id,
            name,
            *flags,
            &mut visible,
            &mut local,
            free,
            class_entry,
        )?;
        scopes.push((Rc::clone(name), scope));
    }

    if has_children {
        if block_type != BlockType::Class {
            if table.entries[id].is_function_like() {
                new_bound.extend(local.iter().cloned());
            }
            if let Some(bound) = &visible.bound {
                new_bound.extend(bound.iter().cloned());
            }
            new_global.extend(visible.global.iter().cloned());
        } else {
            for implicit in ["__class__", "__classdict__", "__conditional_annotations__"] {
                new_bound.insert(Rc::from(implicit));
            }
        }
    }

    let can_see_class_scope = table.entries[id].can_see_class_scope;
    let children = table.entries[id].children.clone();
    for &child in &children {
        let child_class_entry = if table.entries[child].can_see_class_scope {
            if block_type == BlockType::Class {
                Some(id)
            } else {
                class_entry
            }
        } else {
            None
        };
        let inline_comp = table.entries[child].comprehension != Comprehension::None
            && !table.entries[child].generator
            && !can_see_class_scope;
        let child_visible = Visible {
            bound: Some(new_bound.clone()),
            global: new_global.clone(),
            type_params: visible.type_params.clone(),
        };
        let mut child_free = new_free.clone();
        analyze_block(
            table,
            child,
            child_visible,
            &mut child_free,
            child_class_entry,
        )?;
        if inline_comp {
            inline_comprehension(
                table,
                id,
                child,
                &mut scopes,
                &mut child_free,
                &mut inlined_cells,
            );
            table.entries[child].comp_inlined = true;
        }
        new_free.extend(child_free);
    }

    // An inlined comprehension's own children become this scope's children.
    let mut spliced = Vec::with_capacity(children.len());
    for &child in &children {
        if table.entries[child].comp_inlined {
            spliced.extend(table.entries[child].children.iter().copied());
        } else {
            spliced.push(child);
        }
    }
    table.entries[id].children = spliced;

    if table.entries[id].is_function_like() {
        analyze_cells(&mut scopes, &mut new_free, &inlined_cells);
    } else if block_type == BlockType::Class {
        drop_class_free(table, id, &mut new_free);
    }
    let class_flag = block_type == BlockType::Class || can_see_class_scope;
    update_symbols(
        table,
        id,
        &scopes,
        visible.bound.as_ref(),
        &new_free,
        &inlined_cells,
        class_flag,
    );
    free.extend(new_free);
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    table: &SymbolTable,
    id: EntryId,
    name: &Rc<str>,
    flags: u16,
    visible: &mut Visible,
    local: &mut NameSet,
    free: &mut NameSet,
    class_entry: Option<EntryId>,
) -> Result<Scope, SyntaxError> {
    let entry = &table.entries[id];
    let directive_error = |msg: String| -> SyntaxError {
        let location = entry
            .directives
            .iter()
            .find(|(n, _)| **n == **name)
            .map(|(_, location)| *location)
            .unwrap_or(entry.location);
        location.syntax_error(msg)
    };
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(directive_error(format!(
                "name '{name}' is nonlocal and global"
            )));
        }
        visible.global.insert(Rc::clone(name));
        if let Some(bound) = &mut visible.bound {
            bound.remove(name);
        }
        return Ok(Scope::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(bound) = &visible.bound else {
            return Err(directive_error(
                "nonlocal declaration not allowed at module level".to_string(),
            ));
        };
        if !bound.contains(name) {
            return Err(directive_error(format!(
                "no binding for nonlocal '{name}' found"
            )));
        }
        if visible.type_params.contains(name) {
            return Err(directive_error(format!(
                "nonlocal binding not allowed for type parameter '{name}'"
            )));
        }
        free.insert(Rc::clone(name));
        return Ok(Scope::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(Rc::clone(name));
        visible.global.remove(name);
        if flags & DEF_TYPE_PARAM != 0 {
            visible.type_params.insert(Rc::clone(name));
        } else {
            visible.type_params.remove(name);
        }
        return Ok(Scope::Local);
    }
    // In a scope that can see an enclosing class, a name the class binds is
    // looked up in the class namespace and then the globals.
    if let Some(class_id) = class_entry {
        let class_flags = table.entries[class_id].symbols.flags(name);
        if class_flags & DEF_GLOBAL != 0 {
            return Ok(Scope::GlobalExplicit);
        }
        if class_flags & DEF_BOUND != 0 && class_flags & DEF_NONLOCAL == 0 {
            return Ok(Scope::GlobalImplicit);
        }
    }
    if let Some(bound) = &visible.bound
        && bound.contains(name)
    {
        free.insert(Rc::clone(name));
        return Ok(Scope::Free);
    }
    Ok(Scope::GlobalImplicit)
}

fn is_free_in_any_child(table: &SymbolTable, id: EntryId, name: &str) -> bool {
    table.entries[id]
        .children
        .iter()
        .any(|&child| table.entries[child].symbols.scope(name) == Some(Scope::Free))
}

/// Moves an inlined comprehension's names into the enclosing scope (PEP 709).
fn inline_comprehension(
    table: &mut SymbolTable,
    id: EntryId,
    comp: EntryId,
    scopes: &mut Vec<(Rc<str>, Scope)>,
    comp_free: &mut NameSet,
    inlined_cells: &mut NameSet,
) {
    let mut remove_dunder_class = false;
    let comp_symbols: Vec<(Rc<str>, Symbol)> = table.entries[comp]
        .symbols
        .iter_shared()
        .map(|(name, symbol)| (Rc::clone(name), symbol.clone()))
        .collect();
    let is_class = table.entries[id].block_type == BlockType::Class;
    for (name, symbol) in comp_symbols {
        if symbol.flags & DEF_PARAM != 0 {
            continue; // the comprehension's `.0` argument
        }
        let mut scope = symbol.scope.unwrap_or(Scope::GlobalImplicit);
        if scope == Scope::Cell || symbol.flags & DEF_COMP_CELL != 0 {
            inlined_cells.insert(Rc::clone(&name));
        }
        // `__class__` is never free through a class scope (see drop_class_free).
        if scope == Scope::Free && is_class && &*name == "__class__" {
            scope = Scope::GlobalImplicit;
            comp_free.remove(&name);
            remove_dunder_class = true;
        }
        match table.entries[id].symbols.get(&name).map(|s| s.flags) {
            None => {
                table.entries[id].symbols.insert(
                    &name,
                    Symbol {
                        flags: symbol.flags,
                        scope: None,
                    },
                );
                scopes.push((name, scope));
            }
            Some(outer_flags) => {
                // A free name the outer function binds is simply local now,
                // unless a closure inside the comprehension still needs it.
                if outer_flags & DEF_BOUND != 0
                    && !is_class
                    && !is_free_in_any_child(table, comp, &name)
                {
                    comp_free.remove(&name);
                }
            }
        }
    }
    if remove_dunder_class {
        table.entries[comp].symbols.remove("__class__");
    }
}

/// Locals that a child scope uses freely become cells.
fn analyze_cells(scopes: &mut [(Rc<str>, Scope)], free: &mut NameSet, inlined_cells: &NameSet) {
    for (name, scope) in scopes.iter_mut() {
        if *scope != Scope::Local {
            continue;
        }
        if !free.contains(name) && !inlined_cells.contains(name) {
            continue;
        }
        *scope = Scope::Cell;
        free.remove(name);
    }
}

/// A class provides `__class__`, `__classdict__` and `__conditional_annotations__`
/// to its methods and annotation scopes as implicit cells.
fn drop_class_free(table: &mut SymbolTable, id: EntryId, free: &mut NameSet) {
    let entry = &mut table.entries[id];
    if free.remove("__class__") {
        entry.needs_class_closure = true;
    }
    if free.remove("__classdict__") {
        entry.needs_classdict = true;
    }
    if free.remove("__conditional_annotations__") {
        entry.has_conditional_annotations = true;
    }
}

fn update_symbols(
    table: &mut SymbolTable,
    id: EntryId,
    scopes: &[(Rc<str>, Scope)],
    bound: Option<&NameSet>,
    free: &NameSet,
    inlined_cells: &NameSet,
    class_flag: bool,
) {
    let symbols = &mut table.entries[id].symbols;
    for (name, scope) in scopes {
        if let Some(symbol) = symbols.get_mut(name) {
            if inlined_cells.contains(name) {
                symbol.flags |= DEF_COMP_CELL;
            }
            symbol.scope = Some(*scope);
        }
    }
    // Free names of children that this scope does not define: either passed
    // through (free here too) or globals.
    let mut passed_through: Vec<&Rc<str>> = free.iter().collect();
    passed_through.sort();
    for name in passed_through {
        if let Some(symbol) = symbols.get_mut(name) {
            // A method's free variable that the class also defines.
            if class_flag {
                symbol.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(&**name)) {
            continue;
        }
        symbols.insert(
            name,
            Symbol {
                flags: 0,
                scope: Some(Scope::Free),
            },
        );
    }
}
