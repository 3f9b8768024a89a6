//! `posix._path_normpath` and `posix._path_splitroot_ex`, the native halves of `posixpath.normpath`/`splitroot`; mirrors `_Py_normpath_and_size` and `_Py_skiproot` in Python/fileutils.c for POSIX.

use ouro_objects::Value;
use ouro_objects::args::Args;
use ouro_objects::bytes::{self, Bytes};
use ouro_objects::err::PyResult;
use ouro_objects::str::PyStr;
use ouro_objects::tuple::Tuple;

/// The argument as text (WTF-8 for str, so lone surrogates survive) and
/// whether it was bytes.
fn text_arg(v: &Value) -> PyResult<(Vec<u8>, bool)> {
    let p = super::path::fspath(v)?;
    if let Some(b) = p.downcast::<Bytes>() {
        return Ok((b.0.to_vec(), true));
    }
    let s = p.downcast::<PyStr>().expect("fspath gives str or bytes");
    Ok((s.to_wtf8(), false))
}

fn result(text: &[u8], is_bytes: bool) -> Value {
    if is_bytes {
        bytes::new(text.to_vec())
    } else {
        PyStr::from_wtf8(text)
    }
}

/// How many leading slashes form the root: 0, 1 or 2 (POSIX keeps exactly
/// two, and folds three or more into one).
fn root_len(p: &[u8]) -> usize {
    match p {
        [b'/', b'/', b'/', ..] => 1,
        [b'/', b'/', ..] => 2,
        [b'/', ..] => 1,
        _ => 0,
    }
}

/// `posixpath.normpath` on bytes.
pub fn normpath(p: &[u8]) -> Vec<u8> {
    if p.is_empty() {
        return b".".to_vec();
    }
    let root = root_len(p);
    let mut parts: Vec<&[u8]> = Vec::new();
    for part in p.split(|&c| c == b'/') {
        match part {
            b"" | b"." => {}
            b".." => {
                if parts.last().is_some_and(|last| *last != b"..") {
                    parts.pop();
                } else if root == 0 {
                    parts.push(part);
                }
            }
            _ => parts.push(part),
        }
    }
    let mut out = vec![b'/'; root];
    out.extend(parts.join(&b'/'));
    if out.is_empty() {
        out.push(b'.');
    }
    out
}

pub fn path_normpath(_m: &Value, args: Args) -> PyResult {
    let [path] = args.parse("_path_normpath", ["path"], 0, 1, 1)?;
    let (text, is_bytes) = text_arg(&path.expect("required"))?;
    Ok(result(&normpath(&text), is_bytes))
}

pub fn path_splitroot_ex(_m: &Value, args: Args) -> PyResult {
    let [p] = args.parse("_path_splitroot_ex", ["p"], 0, 1, 1)?;
    let p = p.expect("required");
    let (text, is_bytes) = text_arg(&p)?;
    let root = root_len(&text);
    Ok(Tuple::new(vec![
        result(b"", is_bytes),
        result(&text[..root], is_bytes),
        result(&text[root..], is_bytes),
    ]))
}

#[cfg(test)]
mod tests {
    use super::normpath;

    #[test]
    fn normpath_like_posixpath() {
        for (input, want) in [
            ("", "."),
            ("/", "/"),
            ("//", "//"),
            ("///", "/"),
            ("a/../..", ".."),
            ("/a/../..", "/"),
            ("a//b/./c/", "a/b/c"),
            ("../a/b/../c", "../a/c"),
            ("//a/..", "//"),
        ] {
            assert_eq!(normpath(input.as_bytes()), want.as_bytes(), "{input}");
        }
    }
}
