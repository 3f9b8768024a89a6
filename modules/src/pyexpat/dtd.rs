//! The document type declaration: `<!DOCTYPE` with its internal subset (ENTITY, ATTLIST, ELEMENT, NOTATION,
//! comments, PIs), read as expat's prolog state machine (xmlrole.c) reads it, into events and the entity and
//! default-attribute tables content parsing uses.

use std::collections::HashMap;

use super::tokens::*;

#[derive(Clone)]
pub struct Entity {
    /// Replacement text of an internal entity; `None` for an external one.
    pub value: Option<String>,
    pub system_id: Option<String>,
    pub notation: Option<String>,
}

#[derive(Default, Clone)]
pub struct Dtd {
    pub entities: HashMap<String, Entity>,
    pub param_entities: HashMap<String, Entity>,
    /// Default attribute values per element, in declaration order.
    pub defaults: HashMap<String, Vec<(String, String)>>,
    /// An external subset or parameter entity references: undefined entities are then not errors.
    pub has_param_refs: bool,
}

/// An element content model as pyexpat hands it over: (type, quantifier, name, children).
pub struct Model {
    pub kind: u32,
    pub quant: u32,
    pub name: Option<String>,
    pub children: Vec<Model>,
}

pub enum Decl {
    /// A token of the DOCTYPE header, which the default handler sees when no StartDoctypeDeclHandler is set.
    Piece(String),
    /// White space between declarations of the internal subset.
    Space(String),
    StartDoctype {
        name: String,
        system_id: Option<String>,
        public_id: Option<String>,
        internal: bool,
    },
    EndDoctype,
    Entity {
        name: String,
        is_param: bool,
        value: Option<String>,
        system_id: Option<String>,
        public_id: Option<String>,
        notation: Option<String>,
        raw: String,
    },
    Notation {
        name: String,
        system_id: Option<String>,
        public_id: Option<String>,
        raw: String,
    },
    Element {
        name: String,
        model: Model,
        raw: String,
    },
    Attlist {
        element: String,
        attr: String,
        kind: String,
        default: Option<String>,
        required: bool,
    },
    Comment(String),
    Pi(String, String),
}

/// Where an external ID ends, its system literal and its public literal.
type ExternalId = (usize, Option<String>, Option<String>);

struct Reader<'a> {
    s: &'a [char],
}

impl Reader<'_> {
    fn expect_space(&self, i: usize) -> TokResult<usize> {
        match self.s.get(i) {
            None => Err(Fail::Partial),
            Some(&c) if is_space(c) => Ok(skip_space(self.s, i)),
            Some(_) => Err(Fail::At(E_SYNTAX, i)),
        }
    }

    fn keyword(&self, i: usize) -> TokResult<(usize, String)> {
        let mut j = i;
        while self
            .s
            .get(j)
            .is_some_and(|c| c.is_ascii_uppercase() || *c == '#')
        {
            j += 1;
        }
        if j == self.s.len() {
            return Err(Fail::Partial);
        }
        Ok((j, text(self.s, i, j)))
    }

    /// `SYSTEM literal` or `PUBLIC literal [literal]` at `i`; `None` if neither keyword is there.
    fn external_id(&self, i: usize, system_optional: bool) -> TokResult<Option<ExternalId>> {
        let (k, kw) = self.keyword(i)?;
        match kw.as_str() {
            "SYSTEM" => {
                let j = self.expect_space(k)?;
                let (e, sys) = literal(self.s, j)?;
                Ok(Some((e, Some(sys), None)))
            }
            "PUBLIC" => {
                let j = self.expect_space(k)?;
                let (e, public) = literal(self.s, j)?;
                let j2 = skip_space(self.s, e);
                match self.s.get(j2) {
                    None => Err(Fail::Partial),
                    Some('"' | '\'') if j2 > e => {
                        let (e2, sys) = literal(self.s, j2)?;
                        Ok(Some((e2, Some(sys), Some(public))))
                    }
                    Some(_) if system_optional => Ok(Some((e, None, Some(public)))),
                    Some(_) => Err(Fail::At(E_SYNTAX, j2)),
                }
            }
            _ => Ok(None),
        }
    }

    fn close(&self, i: usize) -> TokResult<usize> {
        let j = skip_space(self.s, i);
        match self.s.get(j) {
            None => Err(Fail::Partial),
            Some('>') => Ok(j + 1),
            Some(_) => Err(Fail::At(E_SYNTAX, j)),
        }
    }
}

/// An entity value literal with character references and internal parameter entities replaced (general
/// entity references stay as written).
fn entity_value(raw: &str, dtd: &Dtd, at: usize) -> TokResult<String> {
    let s: Vec<char> = raw.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            '&' => match reference(&s, i) {
                Ok((e, Ref::Char(c))) => {
                    out.push(c);
                    i = e;
                }
                Ok((e, Ref::Entity(_))) => {
                    out.extend(&s[i..e]);
                    i = e;
                }
                Err(Fail::At(E_INVALID_TOKEN, p)) => return Err(Fail::At(IN_LITERAL, at + 1 + p)),
                Err(Fail::At(code, p)) => return Err(Fail::At(code, at + 1 + p)),
                Err(Fail::Partial) => return Err(Fail::At(IN_LITERAL, at + 2 + i)),
            },
            '%' => {
                let e = name_end(&s, i + 1).map_err(|_| Fail::At(IN_LITERAL, at + 1 + i))?;
                if s.get(e) != Some(&';') {
                    return Err(Fail::At(IN_LITERAL, at + 1 + i));
                }
                let name = text(&s, i + 1, e);
                if let Some(v) = dtd.param_entities.get(&name).and_then(|p| p.value.clone()) {
                    out.push_str(&v);
                }
                i = e + 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out)
}

fn content_model(s: &[char], i: usize) -> TokResult<(usize, Model)> {
    let quant_at = |j: usize| match s.get(j) {
        Some('?') => (j + 1, 1),
        Some('*') => (j + 1, 2),
        Some('+') => (j + 1, 3),
        _ => (j, 0),
    };
    if s.get(i) != Some(&'(') {
        let ne = name_end(s, i)?;
        let (e, q) = quant_at(ne);
        return Ok((
            e,
            Model {
                kind: 4,
                quant: q,
                name: Some(text(s, i, ne)),
                children: Vec::new(),
            },
        ));
    }
    let mut j = skip_space(s, i + 1);
    if starts_with(s, j, "#PCDATA")? {
        j = skip_space(s, j + 7);
        let mut children = Vec::new();
        while s.get(j) == Some(&'|') {
            j = skip_space(s, j + 1);
            let e = name_end(s, j)?;
            children.push(Model {
                kind: 4,
                quant: 0,
                name: Some(text(s, j, e)),
                children: Vec::new(),
            });
            j = skip_space(s, e);
        }
        match s.get(j) {
            None => return Err(Fail::Partial),
            Some(')') => {}
            Some(_) => return Err(Fail::At(E_SYNTAX, j)),
        }
        let (e, q) = quant_at(j + 1);
        return Ok((
            e,
            Model {
                kind: 3,
                quant: q,
                name: None,
                children,
            },
        ));
    }
    let mut children = Vec::new();
    let mut sep = None;
    loop {
        let (e, child) = content_model(s, j)?;
        children.push(child);
        j = skip_space(s, e);
        match s.get(j) {
            None => return Err(Fail::Partial),
            Some(')') => break,
            Some(&c @ ('|' | ',')) if sep.is_none() || sep == Some(c) => {
                sep = Some(c);
                j = skip_space(s, j + 1);
            }
            Some(_) => return Err(Fail::At(E_SYNTAX, j)),
        }
    }
    let (e, q) = quant_at(j + 1);
    let kind = if sep == Some('|') { 5 } else { 6 };
    Ok((
        e,
        Model {
            kind,
            quant: q,
            name: None,
            children,
        },
    ))
}

/// An invalid token inside a literal: reported where it is, not reclassified.
const IN_LITERAL: u32 = 1000 + E_INVALID_TOKEN;

/// Whether the error at `k` is a syntax error (a well-formed prolog token in the wrong place) or an invalid
/// token, and where expat's prolog tokenizer (xmltok_impl.c `prologTok`) reports it.
fn classify(s: &[char], k: usize) -> Fail {
    let Some(&c) = s.get(k) else {
        return Fail::Partial;
    };
    let next = s.get(k + 1).copied();
    // What may follow a name or a literal for it to be a token.
    let ends_token = |e: usize| match s.get(e) {
        None => Fail::Partial,
        Some(&n)
            if is_space(n)
                || matches!(n, '>' | ')' | '|' | ',' | '[' | ']' | '%' | '?' | '*' | '+') =>
        {
            Fail::At(E_SYNTAX, k)
        }
        Some(_) => Fail::At(E_INVALID_TOKEN, e),
    };
    let terminator = |n: char| {
        is_space(n) || matches!(n, '>' | ')' | '|' | ',' | '[' | ']' | '%' | '?' | '*' | '+')
    };
    // A name running straight into something that cannot follow it is an invalid token there.
    if k > 0 && is_name_char(s[k - 1]) && !is_name_char(c) && !terminator(c) {
        return Fail::At(E_INVALID_TOKEN, k);
    }
    match c {
        _ if is_space(c) => Fail::At(E_SYNTAX, k),
        _ if is_name_char(c) => {
            let mut e = k;
            while s.get(e).is_some_and(|&n| is_name_char(n)) {
                e += 1;
            }
            ends_token(e)
        }
        '"' | '\'' => match s[k + 1..].iter().position(|&n| n == c) {
            Some(p) => ends_token(k + 2 + p),
            None => Fail::Partial,
        },
        '(' | ')' | '|' | ',' | '[' | ']' | '>' => Fail::At(E_SYNTAX, k),
        '%' => match next {
            None => Fail::Partial,
            Some(n) if is_space(n) => Fail::At(E_SYNTAX, k),
            Some(n) if is_name_start(n) => {
                let mut e = k + 1;
                while s.get(e).is_some_and(|&n| is_name_char(n)) {
                    e += 1;
                }
                match s.get(e) {
                    None => Fail::Partial,
                    Some(';') => Fail::At(E_SYNTAX, k),
                    Some(_) => Fail::At(E_INVALID_TOKEN, e),
                }
            }
            Some(_) => Fail::At(E_INVALID_TOKEN, k + 1),
        },
        '#' => match next {
            None => Fail::Partial,
            Some(n) if is_name_start(n) => Fail::At(E_SYNTAX, k),
            Some(_) => Fail::At(E_INVALID_TOKEN, k + 1),
        },
        '<' => match next {
            None => Fail::Partial,
            Some(n) if n == '!' || n == '?' || is_name_start(n) => Fail::At(E_SYNTAX, k),
            Some(_) => Fail::At(E_INVALID_TOKEN, k + 1),
        },
        _ => Fail::At(E_INVALID_TOKEN, k),
    }
}

/// The whole `<!DOCTYPE ...>` at `lt`: its end and its declarations in order.
pub fn doctype(s: &[char], lt: usize, dtd: &mut Dtd) -> TokResult<(usize, Vec<(usize, Decl)>)> {
    match doctype_decls(s, lt, dtd) {
        Err(Fail::At(E_SYNTAX | E_INVALID_TOKEN, k)) => Err(classify(s, k)),
        Err(Fail::At(IN_LITERAL, k)) => Err(Fail::At(E_INVALID_TOKEN, k)),
        other => other,
    }
}

fn doctype_decls(s: &[char], lt: usize, dtd: &mut Dtd) -> TokResult<(usize, Vec<(usize, Decl)>)> {
    let r = Reader { s };
    let mut out = vec![(lt, Decl::Piece("<!DOCTYPE".into()))];
    let mut i = lt + 9;
    if s.get(i).is_some_and(|&c| is_name_char(c)) {
        return Err(Fail::At(E_SYNTAX, lt));
    }
    let j = r.expect_space(i)?;
    out.push((i, Decl::Piece(text(s, i, j))));
    i = j;
    let ne = name_end(s, i)?;
    let name = text(s, i, ne);
    out.push((i, Decl::Piece(name.clone())));
    i = ne;
    let mut system_id = None;
    let mut public_id = None;
    let j = skip_space(s, i);
    if j > i {
        out.push((i, Decl::Piece(text(s, i, j))));
    }
    if let Some((e, sys, public)) = r.external_id(j, false)? {
        let kw_end = j + 6;
        out.push((j, Decl::Piece(text(s, j, kw_end))));
        let mut k = kw_end;
        for lit in [public.as_ref(), sys.as_ref()].into_iter().flatten() {
            let ls = skip_space(s, k);
            out.push((k, Decl::Piece(text(s, k, ls))));
            let (le, _) = literal(s, ls)?;
            out.push((ls, Decl::Piece(text(s, ls, le))));
            k = le;
            let _ = lit;
        }
        system_id = sys;
        public_id = public;
        dtd.has_param_refs |= system_id.is_some();
        i = e;
        let j = skip_space(s, i);
        if j > i {
            out.push((i, Decl::Piece(text(s, i, j))));
        }
        i = j;
    } else {
        i = j;
    }
    match s.get(i) {
        None => return Err(Fail::Partial),
        Some('>') => {
            out.push((
                i,
                Decl::StartDoctype {
                    name,
                    system_id,
                    public_id,
                    internal: false,
                },
            ));
            out.push((i, Decl::Piece(">".into())));
            out.push((i, Decl::EndDoctype));
            return Ok((i + 1, out));
        }
        Some('[') => out.push((
            i,
            Decl::StartDoctype {
                name,
                system_id,
                public_id,
                internal: true,
            },
        )),
        Some(_) => return Err(Fail::At(E_SYNTAX, i)),
    }
    i += 1;
    loop {
        let j = skip_space(s, i);
        if j > i {
            out.push((i, Decl::Space(text(s, i, j))));
        }
        i = j;
        match s.get(i) {
            None => return Err(Fail::Partial),
            Some(']') => {
                let e = r.close(i + 1)?;
                out.push((i + 1, Decl::EndDoctype));
                return Ok((e, out));
            }
            Some('%') => {
                let e = name_end(s, i + 1)?;
                match s.get(e) {
                    None => return Err(Fail::Partial),
                    Some(';') => {}
                    Some(_) => return Err(Fail::At(E_INVALID_TOKEN, e)),
                }
                dtd.has_param_refs = true;
                out.push((i, Decl::Piece(text(s, i, e + 1))));
                i = e + 1;
            }
            Some('<') => {
                let (e, decl) = markup_decl(&r, i, dtd)?;
                out.extend(decl);
                i = e;
            }
            Some(_) => return Err(Fail::At(E_INVALID_TOKEN, i)),
        }
    }
}

fn markup_decl(r: &Reader, lt: usize, dtd: &mut Dtd) -> TokResult<(usize, Vec<(usize, Decl)>)> {
    let s = r.s;
    if starts_with(s, lt, "<!--")? {
        let (e, t) = comment(s, lt)?;
        return Ok((e, vec![(lt, Decl::Comment(t))]));
    }
    if starts_with(s, lt, "<?")? {
        let (e, target, data) = pi(s, lt)?;
        return Ok((e, vec![(lt, Decl::Pi(target, data))]));
    }
    if !starts_with(s, lt, "<!")? {
        return Err(Fail::At(E_INVALID_TOKEN, lt));
    }
    let (k, kw) = r.keyword(lt + 2)?;
    let known = matches!(kw.as_str(), "ENTITY" | "NOTATION" | "ELEMENT" | "ATTLIST");
    if !known || s.get(k).is_some_and(|&c| is_name_char(c)) {
        let mut e = k;
        while s.get(e).is_some_and(|&c| is_name_char(c)) {
            e += 1;
        }
        return match s.get(e) {
            None => Err(Fail::Partial),
            Some(&c) if is_space(c) || matches!(c, '>' | '[' | '%') => Err(Fail::At(E_SYNTAX, lt)),
            Some(_) => Err(Fail::At(IN_LITERAL, e)),
        };
    }
    let mut i = r.expect_space(k)?;
    match kw.as_str() {
        "ENTITY" => {
            let is_param = s.get(i) == Some(&'%');
            if is_param {
                i = r.expect_space(i + 1)?;
            }
            let ne = name_end(s, i)?;
            let name = text(s, i, ne);
            i = r.expect_space(ne)?;
            let mut report_at = None;
            let (value, system_id, public_id, notation, e) = match s.get(i) {
                None => return Err(Fail::Partial),
                Some('"' | '\'') => {
                    let (e, raw) = literal(s, i)?;
                    report_at = Some(i);
                    (Some(entity_value(&raw, dtd, i)?), None, None, None, e)
                }
                Some(_) => {
                    let Some((e, sys, public)) = r.external_id(i, false)? else {
                        return Err(Fail::At(E_SYNTAX, i));
                    };
                    let j = skip_space(s, e);
                    let (e, notation) = if j > e && !is_param && starts_with(s, j, "NDATA")? {
                        let n = r.expect_space(j + 5)?;
                        let ne = name_end(s, n)?;
                        report_at = Some(n);
                        (ne, Some(text(s, n, ne)))
                    } else {
                        (e, None)
                    };
                    (None, sys, public, notation, e)
                }
            };
            let end = r.close(e)?;
            let table = if is_param {
                &mut dtd.param_entities
            } else {
                &mut dtd.entities
            };
            table.entry(name.clone()).or_insert(Entity {
                value: value.clone(),
                system_id: system_id.clone(),
                notation: notation.clone(),
            });
            let raw = text(s, lt, end);
            Ok((
                end,
                vec![(
                    report_at.unwrap_or(end - 1),
                    Decl::Entity {
                        name,
                        is_param,
                        value,
                        system_id,
                        public_id,
                        notation,
                        raw,
                    },
                )],
            ))
        }
        "NOTATION" => {
            let ne = name_end(s, i)?;
            let name = text(s, i, ne);
            let j = r.expect_space(ne)?;
            let Some((e, sys, public)) = r.external_id(j, true)? else {
                return Err(Fail::At(E_SYNTAX, j));
            };
            let last_literal = (j..e)
                .rev()
                .find(|&k| matches!(s[k], '"' | '\'') && s[k - 1].is_whitespace())
                .unwrap_or(e);
            let end = r.close(e)?;
            Ok((
                end,
                vec![(
                    last_literal,
                    Decl::Notation {
                        name,
                        system_id: sys,
                        public_id: public,
                        raw: text(s, lt, end),
                    },
                )],
            ))
        }
        "ELEMENT" => {
            let ne = name_end(s, i)?;
            let name = text(s, i, ne);
            let j = r.expect_space(ne)?;
            let model_at = j;
            let (e, model) = if s.get(j) == Some(&'(') {
                content_model(s, j)?
            } else {
                let (e, kw) = r.keyword(j)?;
                match kw.as_str() {
                    "EMPTY" => (
                        e,
                        Model {
                            kind: 1,
                            quant: 0,
                            name: None,
                            children: Vec::new(),
                        },
                    ),
                    "ANY" => (
                        e,
                        Model {
                            kind: 2,
                            quant: 0,
                            name: None,
                            children: Vec::new(),
                        },
                    ),
                    _ => return Err(Fail::At(E_SYNTAX, j)),
                }
            };
            let model_at = if s[model_at] == '(' {
                if s[e - 1] == ')' { e - 1 } else { e - 2 }
            } else {
                model_at
            };
            let end = r.close(e)?;
            Ok((
                end,
                vec![(
                    model_at,
                    Decl::Element {
                        name,
                        model,
                        raw: text(s, lt, end),
                    },
                )],
            ))
        }
        "ATTLIST" => {
            let ne = name_end(s, i)?;
            let element = text(s, i, ne);
            let mut out = Vec::new();
            let mut j = ne;
            loop {
                let k = skip_space(s, j);
                match s.get(k) {
                    None => return Err(Fail::Partial),
                    Some('>') => return Ok((k + 1, out)),
                    Some(_) if k == j => return Err(Fail::At(E_SYNTAX, k)),
                    Some(_) => {}
                }
                let ae = name_end(s, k)?;
                let attr = text(s, k, ae);
                let t = r.expect_space(ae)?;
                let (te, kind) = if s.get(t) == Some(&'(') {
                    enumeration(s, t)?
                } else {
                    let (te, kw) = r.keyword(t)?;
                    if kw == "NOTATION" {
                        let p = r.expect_space(te)?;
                        let (pe, list) = enumeration(s, p)?;
                        (pe, format!("NOTATION{list}"))
                    } else if matches!(
                        kw.as_str(),
                        "CDATA"
                            | "ID"
                            | "IDREF"
                            | "IDREFS"
                            | "ENTITY"
                            | "ENTITIES"
                            | "NMTOKEN"
                            | "NMTOKENS"
                    ) {
                        (te, kw)
                    } else {
                        return Err(Fail::At(E_SYNTAX, t));
                    }
                };
                let d = r.expect_space(te)?;
                let mut report_at = d;
                let (de, default, required) = if s.get(d) == Some(&'#') {
                    let (ke, kw) = r.keyword(d)?;
                    match kw.as_str() {
                        "#REQUIRED" => (ke, None, true),
                        "#IMPLIED" => (ke, None, false),
                        "#FIXED" => {
                            let l = r.expect_space(ke)?;
                            let (le, v) = literal(s, l)?;
                            report_at = l;
                            (le, Some(v), true)
                        }
                        _ => return Err(Fail::At(E_SYNTAX, d)),
                    }
                } else {
                    let (le, v) = literal(s, d)?;
                    (le, Some(v), false)
                };
                if let Some(v) = &default {
                    check_attr_literal(v, report_at + 1)?;
                }
                let default = default.map(|v| v.replace(['\t', '\n', '\r'], " "));
                if let Some(v) = &default {
                    let list = dtd.defaults.entry(element.clone()).or_default();
                    if !list.iter().any(|(n, _)| *n == attr) {
                        list.push((attr.clone(), v.clone()));
                    }
                }
                out.push((
                    report_at,
                    Decl::Attlist {
                        element: element.clone(),
                        attr,
                        kind,
                        default,
                        required,
                    },
                ));
                j = de;
            }
        }
        _ => Err(Fail::At(E_SYNTAX, lt)),
    }
}

/// `(a|b|c)` at `i`, returned without whitespace as expat reports attribute types.
fn enumeration(s: &[char], i: usize) -> TokResult<(usize, String)> {
    let mut out = String::from("(");
    let mut j = i + 1;
    loop {
        j = skip_space(s, j);
        let mut e = j;
        while s.get(e).is_some_and(|&c| is_name_char(c)) {
            e += 1;
        }
        if e == s.len() {
            return Err(Fail::Partial);
        }
        if e == j {
            return Err(Fail::At(E_SYNTAX, j));
        }
        out.push_str(&text(s, j, e));
        j = skip_space(s, e);
        match s.get(j) {
            None => return Err(Fail::Partial),
            Some('|') => {
                out.push('|');
                j += 1;
            }
            Some(')') => {
                out.push(')');
                return Ok((j + 1, out));
            }
            Some(_) => return Err(Fail::At(E_SYNTAX, j)),
        }
    }
}

/// A default attribute value may hold references but no `<` or bare `&` (expat's attribute value token).
fn check_attr_literal(v: &str, start: usize) -> TokResult<()> {
    let s: Vec<char> = v.chars().collect();
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            '<' => return Err(Fail::At(IN_LITERAL, start + i)),
            '&' => match reference(&s, i) {
                Ok((e, _)) => i = e,
                Err(Fail::At(E_INVALID_TOKEN, p)) => return Err(Fail::At(IN_LITERAL, start + p)),
                Err(Fail::At(code, p)) => return Err(Fail::At(code, start + p)),
                Err(Fail::Partial) => return Err(Fail::At(IN_LITERAL, start + i)),
            },
            _ => i += 1,
        }
    }
    Ok(())
}

/// Where the input ends inside a prolog token of the DOCTYPE starting at `lt` (the token's start), or `None`
/// when it ends between tokens; expat reports "unclosed token" at that start, else "no element found".
pub fn unfinished_token(s: &[char], lt: usize) -> Option<usize> {
    let mut i = lt;
    while i < s.len() {
        let start = i;
        let c = s[i];
        let end = if is_space(c) {
            Some(skip_space(s, i))
        } else if is_name_char(c) || c == '#' || c == '%' {
            let mut e = i + 1;
            while s.get(e).is_some_and(|&n| is_name_char(n)) {
                e += 1;
            }
            if c == '%' && s.get(e) == Some(&';') {
                e += 1;
            }
            (e < s.len()).then_some(e)
        } else if c == '"' || c == '\'' {
            s[i + 1..].iter().position(|&n| n == c).map(|p| i + p + 2)
        } else if starts_with(s, i, "<!--") == Ok(true) {
            comment(s, i).ok().map(|(e, _)| e)
        } else if starts_with(s, i, "<?") == Ok(true) {
            pi(s, i).ok().map(|(e, _, _)| e)
        } else if c == '<' {
            let mut e = i + 1;
            if s.get(e) == Some(&'!') {
                e += 1;
            }
            while s.get(e).is_some_and(|&n| is_name_char(n)) {
                e += 1;
            }
            (e < s.len()).then_some(e)
        } else {
            Some(i + 1)
        };
        match end {
            Some(e) => i = e.max(start + 1),
            None => return Some(start),
        }
    }
    None
}
