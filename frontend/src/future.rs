//! `from __future__` imports at the top of a module: which features they enable; mirrors CPython's Python/future.c.

use crate::ast::{Alias, Mod, Range, StmtKind};
use crate::error::SyntaxError;
use crate::symtable::docstring;

/// Features that change how a module compiles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FutureFeatures {
    /// `annotations`: annotations are kept as strings (PEP 563).
    pub annotations: bool,
    /// `barry_as_FLUFL`: `<>` instead of `!=`.
    pub barry_as_flufl: bool,
    /// `PyCF_ALLOW_TOP_LEVEL_AWAIT` from the compile flags.
    pub allow_top_level_await: bool,
    /// Where the last leading `from __future__` import is.
    pub location: Option<Range>,
}

/// Features that are always on, accepted and ignored.
const MANDATORY: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
];

/// Reads the leading `from __future__ import ...` statements (after an optional docstring).
pub fn parse_future(module: &Mod) -> Result<FutureFeatures, SyntaxError> {
    let mut features = FutureFeatures::default();
    let body = match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => body,
        _ => return Ok(features),
    };
    let skip = usize::from(docstring(body).is_some());
    for stmt in &body[skip.min(body.len())..] {
        let StmtKind::ImportFrom {
            module: Some(name),
            names,
            level,
        } = &stmt.kind
        else {
            break;
        };
        if name != "__future__" || level.unwrap_or(0) != 0 {
            break;
        }
        check_features(&mut features, names)?;
        features.location = Some(stmt.range);
    }
    Ok(features)
}

fn check_features(features: &mut FutureFeatures, names: &[Alias]) -> Result<(), SyntaxError> {
    for alias in names {
        match alias.name.as_str() {
            name if MANDATORY.contains(&name) => {}
            "annotations" => features.annotations = true,
            "barry_as_FLUFL" => features.barry_as_flufl = true,
            "braces" => return Err(alias.range.syntax_error("not a chance")),
            other => {
                return Err(alias
                    .range
                    .syntax_error(format!("future feature {other} is not defined")));
            }
        }
    }
    Ok(())
}
