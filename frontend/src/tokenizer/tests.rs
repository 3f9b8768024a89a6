//! Unit tests of the tokenizer; expected values recorded from CPython 3.14 (`tokenize`, `compile`).

use super::{AfterParseError, Options, normalize_name, tokenize, tokenize_extra, tokenize_with};
use crate::token::TokenKind;

/// "KIND text" of each token, space-separated, as the parser sees them.
fn show(tokens: &super::Tokens, src: &str) -> String {
    let parts: Vec<String> = tokens
        .tokens
        .iter()
        .map(|t| {
            let text = t.text(src);
            if text.is_empty() {
                t.kind.name().to_string()
            } else {
                format!("{}:{}", t.kind.name(), text)
            }
        })
        .collect();
    parts.join(" ")
}

fn parser_tokens(src: &str) -> String {
    let tokens = tokenize(src);
    assert_eq!(tokens.error, None, "unexpected error for {src:?}");
    show(&tokens, src)
}

fn error(src: &str) -> String {
    tokenize(src)
        .error
        .map(|e| e.to_string())
        .unwrap_or_default()
}

/// Start and end of every token as "line,col-line,col".
fn positions(src: &str) -> Vec<String> {
    tokenize_extra(src)
        .tokens
        .iter()
        .map(|t| {
            format!(
                "{},{}-{},{}",
                t.start.line, t.start.col, t.end.line, t.end.col
            )
        })
        .collect()
}

#[test]
fn simple_statement() {
    assert_eq!(
        parser_tokens("x = 1\n"),
        "NAME:x EQUAL:= NUMBER:1 NEWLINE ENDMARKER"
    );
    assert_eq!(
        positions("x = 1\n"),
        ["1,0-1,1", "1,2-1,3", "1,4-1,5", "1,5-1,5", "2,0-2,0"]
    );
}

#[test]
fn implicit_newline_at_end_of_file() {
    assert_eq!(parser_tokens("x"), "NAME:x NEWLINE ENDMARKER");
    assert_eq!(positions("x"), ["1,0-1,1", "1,1-1,1", "2,0-2,0"]);
    assert_eq!(parser_tokens(""), "ENDMARKER");
}

#[test]
fn eval_input_has_no_implied_newline() {
    let eval = |src: &str| {
        tokenize_with(
            src,
            Options {
                exec_input: false,
                extra_tokens: false,
                type_comments: false,
            },
        )
    };
    assert_eq!(show(&eval("1 # c"), "1 # c"), "NUMBER:1 ENDMARKER");
    let error = |src: &str| eval(src).error.map(|e| e.to_string()).unwrap_or_default();
    assert_eq!(
        error("1 + \\"),
        "SyntaxError: unexpected character after line continuation character @1:5-1:0"
    );
    // A last line of blanks is indentation when no newline ends it.
    assert_eq!(
        show(&eval("1\n  "), "1\n  "),
        "NUMBER:1 NEWLINE INDENT:   ENDMARKER"
    );
}

#[test]
fn indentation() {
    let src = "if x:\n    y\n\n  # c\n    z\nw\n";
    assert_eq!(
        parser_tokens(src),
        "NAME:if NAME:x COLON:: NEWLINE INDENT:     NAME:y NEWLINE NAME:z NEWLINE DEDENT NAME:w NEWLINE ENDMARKER"
    );
    // DEDENTs at the end of the file sit on the line after the last.
    assert_eq!(
        positions("if x:\n  y")[6..],
        ["2,3-2,3", "3,0-3,0", "3,0-3,0"]
    );
}

#[test]
fn extra_tokens() {
    let src = "# c\nx = (1,  # d\n  2)\n";
    let tokens = tokenize_extra(src);
    assert_eq!(
        show(&tokens, src),
        "COMMENT:# c NL:\n NAME:x EQUAL:= LPAR:( NUMBER:1 COMMA:, COMMENT:# d NL:\n NUMBER:2 RPAR:) NEWLINE ENDMARKER"
    );
}

#[test]
fn line_joining() {
    assert_eq!(
        parser_tokens("x = (1,\n 2)\n"),
        "NAME:x EQUAL:= LPAR:( NUMBER:1 COMMA:, NUMBER:2 RPAR:) NEWLINE ENDMARKER"
    );
    assert_eq!(
        parser_tokens("x = 1 + \\\n  2\n"),
        "NAME:x EQUAL:= NUMBER:1 PLUS:+ NUMBER:2 NEWLINE ENDMARKER"
    );
}

#[test]
fn operators() {
    assert_eq!(
        parser_tokens("a **= b // c -> d := e ... f != g <> h\n"),
        "NAME:a DOUBLESTAREQUAL:**= NAME:b DOUBLESLASH:// NAME:c RARROW:-> NAME:d COLONEQUAL::= NAME:e \
         ELLIPSIS:... NAME:f NOTEQUAL:!= NAME:g NOTEQUAL:<> NAME:h NEWLINE ENDMARKER"
    );
    assert_eq!(parser_tokens("$\n"), "OP:$ NEWLINE ENDMARKER");
}

#[test]
fn string_prefixes() {
    assert_eq!(
        parser_tokens("b'x' Rb\"y\" u'z' rb'''w''' '\\''\n"),
        "STRING:b'x' STRING:Rb\"y\" STRING:u'z' STRING:rb'''w''' STRING:'\\'' NEWLINE ENDMARKER"
    );
    // A letter twice ends the prefix: a name, then a string.
    assert_eq!(
        parser_tokens("bb''\n"),
        "NAME:bb STRING:'' NEWLINE ENDMARKER"
    );
    assert_eq!(
        error("x = rBu''\n"),
        "SyntaxError: 'u' and 'b' prefixes are incompatible @1:5-1:8"
    );
    assert_eq!(
        error("x = tF''\n"),
        "SyntaxError: 'f' and 't' prefixes are incompatible @1:5-1:7"
    );
}

#[test]
fn numbers() {
    for number in [
        "0",
        "00",
        "0_0",
        "1_000",
        "0x_ff",
        "0o17",
        "0b1_0",
        "1.",
        ".5",
        "1e-5",
        "1.5J",
        "09.5",
        "1_0.0_1e1_0j",
    ] {
        assert_eq!(
            parser_tokens(&format!("{number}\n")),
            format!("NUMBER:{number} NEWLINE ENDMARKER")
        );
    }
    // A keyword right after a number: valid with a warning.
    let tokens = tokenize("0if 1else 2\n");
    assert_eq!(
        show(&tokens, "0if 1else 2\n"),
        "NUMBER:0 NAME:if NUMBER:1 NAME:else NUMBER:2 NEWLINE ENDMARKER"
    );
    // Issued while reading the numbers, tokens 0 and 2.
    assert_eq!(
        tokens.warnings.iter().map(|w| w.token).collect::<Vec<_>>(),
        [0, 2]
    );
    let warnings: Vec<String> = tokens
        .warnings
        .iter()
        .map(|w| w.as_error.to_string())
        .collect();
    assert_eq!(
        warnings,
        [
            "SyntaxError: invalid decimal literal @1:1-1:1",
            "SyntaxError: invalid decimal literal @1:5-1:5"
        ]
    );
}

#[test]
fn escaped_brace_warning() {
    let tokens = tokenize("x = f\"ab\\{6}\"\n");
    let warning = &tokens.warnings[0];
    assert_eq!(
        warning.message,
        "\"\\{\" is an invalid escape sequence. Such sequences will not work in the future. \
         Did you mean \"\\\\{\"? A raw string is also an option."
    );
    assert_eq!(
        warning.as_error.to_string(),
        "SyntaxError: \"\\{\" is an invalid escape sequence. Did you mean \"\\\\{\"? A raw string is also an option. @1:10-1:10"
    );
    assert!(tokenize("x = rf\"ab\\{6}\"\n").warnings.is_empty());
}

#[test]
fn fstrings() {
    assert_eq!(
        parser_tokens("f\"a{{b{x!r:>{w}}}}\"\n"),
        "FSTRING_START:f\" FSTRING_MIDDLE:a{ FSTRING_MIDDLE:b LBRACE:{ NAME:x EXCLAMATION:! NAME:r COLON:: \
         FSTRING_MIDDLE:> LBRACE:{ NAME:w RBRACE:} FSTRING_MIDDLE RBRACE:} FSTRING_MIDDLE:} FSTRING_END:\" NEWLINE ENDMARKER"
    );
    // PEP 701: the same quotes inside the replacement field.
    assert_eq!(
        parser_tokens("f\"{f\"{x}\"}\"\n"),
        "FSTRING_START:f\" LBRACE:{ FSTRING_START:f\" LBRACE:{ NAME:x RBRACE:} FSTRING_END:\" RBRACE:} FSTRING_END:\" \
         NEWLINE ENDMARKER"
    );
    assert_eq!(
        parser_tokens("f\"{x=}\" f\"{x:=5}\"\n"),
        "FSTRING_START:f\" LBRACE:{ NAME:x EQUAL:= RBRACE:} FSTRING_END:\" FSTRING_START:f\" LBRACE:{ NAME:x COLON:: \
         FSTRING_MIDDLE:=5 RBRACE:} FSTRING_END:\" NEWLINE ENDMARKER"
    );
    assert_eq!(
        parser_tokens("f'\\N{DASH} {x}'\n"),
        "FSTRING_START:f' FSTRING_MIDDLE:\\N{DASH} FSTRING_MIDDLE:  LBRACE:{ NAME:x RBRACE:} FSTRING_END:' NEWLINE ENDMARKER"
    );
    // A middle cut at a doubled brace is followed by a one-byte gap (the
    // skipped brace), and no other middle is.
    let gaps = |src: &str| -> Vec<bool> {
        let tokens = tokenize(src).tokens;
        tokens
            .windows(2)
            .filter(|w| w[0].kind == TokenKind::FstringMiddle)
            .map(|w| w[1].range.start > w[0].range.end)
            .collect()
    };
    assert_eq!(gaps("f\"a{{b}}c{x}\"\n"), [true, true, false]);
    assert_eq!(gaps("f\"\\N{DASH}}}\"\n"), [false, true]);
    // A multi-line middle starts on the line of its first character.
    assert_eq!(positions("f\"\"\"a\nb{x}\"\"\"\n")[1], "1,4-2,1");
}

#[test]
fn tstrings() {
    assert_eq!(
        parser_tokens("t\"a{b}\" Tr'{c}'\n"),
        "TSTRING_START:t\" TSTRING_MIDDLE:a LBRACE:{ NAME:b RBRACE:} TSTRING_END:\" TSTRING_START:Tr' LBRACE:{ NAME:c \
         RBRACE:} TSTRING_END:' NEWLINE ENDMARKER"
    );
    assert_eq!(
        error("t\"}\"\n"),
        "SyntaxError: t-string: single '}' is not allowed @1:3-1:3"
    );
}

#[test]
fn identifiers() {
    let src = "ñ = ﬁ\n";
    let tokens = tokenize(src);
    assert_eq!(
        show(&tokens, src),
        "NAME:ñ EQUAL:= NAME:ﬁ NEWLINE ENDMARKER"
    );
    assert!(tokens.tokens[0].non_ascii);
    assert_eq!(tokens.tokens[2].start.col, 5);
    assert_eq!(normalize_name("ﬁ"), "fi");
    assert_eq!(normalize_name("abc"), "abc");
    assert_eq!(
        error("x = ab€c\n"),
        "SyntaxError: invalid character '€' (U+20AC) @1:7-1:7"
    );
    assert_eq!(
        error("x = a\u{a0}b\n"),
        "SyntaxError: invalid non-printable character U+00A0 @1:6-1:6"
    );
    // The tokenize module does not check identifiers.
    assert_eq!(tokenize_extra("a€b\n").error, None);
}

/// Errors and their locations, as `compile()` reports them.
#[test]
fn errors() {
    let cases = [
        (
            "x = \"abc\n",
            "SyntaxError: unterminated string literal (detected at line 1) @1:5-1:5",
        ),
        (
            "x = \"abc\\\"\n",
            "SyntaxError: unterminated string literal (detected at line 1); perhaps you escaped the end quote? @1:5-1:5",
        ),
        (
            "x = \"\"\"abc\n\ny = 1\n",
            "SyntaxError: unterminated triple-quoted string literal (detected at line 3) @1:5-1:5",
        ),
        (
            "x = f\"abc\n",
            "SyntaxError: unterminated f-string literal (detected at line 1) @1:5-1:5",
        ),
        (
            "x = f\"\"\"abc {x}\n\n",
            "SyntaxError: unterminated triple-quoted f-string literal (detected at line 2) @1:5-1:5",
        ),
        ("x = 1_\n", "SyntaxError: invalid decimal literal @1:6-1:6"),
        (
            "x = 0x\n",
            "SyntaxError: invalid hexadecimal literal @1:6-1:6",
        ),
        (
            "x = 0777\n",
            "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers @1:5-1:6",
        ),
        (
            "x = 0o8\n",
            "SyntaxError: invalid digit '8' in octal literal @1:7-1:7",
        ),
        ("x = 0b1_\n", "SyntaxError: invalid binary literal @1:8-1:8"),
        ("x = 1e\n", "SyntaxError: invalid decimal literal @1:5-1:5"),
        (
            "x = 1.5j_\n",
            "SyntaxError: invalid imaginary literal @1:8-1:8",
        ),
        (
            "x = 1 \\ y\n",
            "SyntaxError: unexpected character after line continuation character @1:8-1:0",
        ),
        (
            "x = (\n  1 + \\ 2)\n",
            "SyntaxError: unexpected character after line continuation character @2:8-2:0",
        ),
        (
            "x = (1 + \\\n",
            "SyntaxError: '(' was never closed @1:5-1:0",
        ),
        ("x = 1)\n", "SyntaxError: unmatched ')' @1:6-1:6"),
        (
            "x = (1]\n",
            "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1:7-1:7",
        ),
        (
            "x = (1,\n2]\n",
            "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 @2:2-2:2",
        ),
        (
            "if x:\n\ty\n        z\n",
            "TabError: inconsistent use of tabs and spaces in indentation @3:1-3:0",
        ),
        (
            "x = f\"{a\"\n",
            "SyntaxError: f-string: expecting '}' @1:9-1:9",
        ),
        (
            "x = f\"{\n\"\n",
            "SyntaxError: f-string: expecting '}' @2:1-2:1",
        ),
        (
            "x = f\"}\"\n",
            "SyntaxError: f-string: single '}' is not allowed @1:7-1:7",
        ),
        (
            "x = f\"{a)}\"\n",
            "SyntaxError: f-string: unmatched ')' @1:9-1:9",
        ),
        (
            "x = f\"{a:{b:{c:{d}}}}\"\n",
            "SyntaxError: f-string: expressions nested too deeply @1:15-1:15",
        ),
        (
            "x = f\"{a:b\n}\"\n",
            "SyntaxError: f-string: newlines are not allowed in format specifiers for single quoted f-strings @1:11-1:11",
        ),
        (
            "x = 1\n\u{b}\n",
            "SyntaxError: invalid non-printable character U+000B @2:1-2:1",
        ),
    ];
    for (src, expected) in cases {
        assert_eq!(error(src), expected, "for {src:?}");
    }
}

/// Errors CPython reports at column -1 (kept as `None` here).
#[test]
fn errors_with_unknown_end() {
    assert_eq!(
        error("x = 1 + \\\n"),
        "SyntaxError: unexpected EOF while parsing @1:10-1:None"
    );
    assert_eq!(
        error("if x:\n    y\n  z\n"),
        "IndentationError: unindent does not match any outer indentation level @3:4-3:None"
    );
}

#[test]
fn errors_at_the_end_of_input() {
    let at_eof = |src: &str| tokenize(src).error_at_eof;
    assert!(at_eof("x = (1,\n"));
    assert!(at_eof("x = 1 + \\\n"));
    assert!(at_eof("x = '''abc\n"));
    // The newline implied after the last line ends the string first.
    assert!(!at_eof("x = 'abc"));
    let single = Options {
        exec_input: false,
        extra_tokens: false,
        type_comments: false,
    };
    assert!(tokenize_with("x = 'abc", single).error_at_eof);
    assert!(at_eof("x = f'''{a}\n"));
    assert!(!at_eof("x = 'abc\ny = 1\n"));
    assert!(!at_eof("x = f'abc"));
    assert!(!at_eof("x = 1)\n"));
    assert!(!at_eof("x = 1\n"));
}

#[test]
fn type_comments() {
    let options = Options {
        exec_input: true,
        extra_tokens: false,
        type_comments: true,
    };
    let kinds = |src: &str| show(&tokenize_with(src, options), src);
    assert_eq!(
        kinds("x = 1  #type:int\n"),
        "NAME:x EQUAL:= NUMBER:1 TYPE_COMMENT:int NEWLINE ENDMARKER"
    );
    assert_eq!(
        kinds("x = 1  # type:   List[int]  \n"),
        "NAME:x EQUAL:= NUMBER:1 TYPE_COMMENT:List[int]   NEWLINE ENDMARKER"
    );
    assert_eq!(
        kinds("import os  # type: ignore[attr]\n"),
        "NAME:import NAME:os TYPE_IGNORE:[attr] NEWLINE ENDMARKER"
    );
    assert_eq!(
        kinds("x = 1 # type: ignored\n"),
        "NAME:x EQUAL:= NUMBER:1 TYPE_COMMENT:ignored NEWLINE ENDMARKER"
    );
    // Alone on its line, `# type: ignore` takes the newline.
    assert_eq!(
        kinds("# type: ignore\nx = 1\n"),
        "TYPE_IGNORE:\n NAME:x EQUAL:= NUMBER:1 NEWLINE ENDMARKER"
    );
    assert_eq!(
        kinds("x = 1 # types: int\n"),
        "NAME:x EQUAL:= NUMBER:1 NEWLINE:# types: int ENDMARKER"
    );
    // Without the option they are comments, which the parser's NEWLINE
    // starts with, as in CPython (its errors at such a NEWLINE point at '#').
    assert_eq!(
        parser_tokens("x = 1  # type: int\n"),
        "NAME:x EQUAL:= NUMBER:1 NEWLINE:# type: int ENDMARKER"
    );
}

#[test]
fn limits() {
    let deep = format!("{}\n", "(".repeat(201));
    assert_eq!(
        error(&deep),
        "SyntaxError: too many nested parentheses @1:201-1:201"
    );
    let fstrings = format!("x = {}{}\n", "f\"{".repeat(150), "}\"".repeat(150));
    assert_eq!(
        error(&fstrings),
        "SyntaxError: too many nested f-strings or t-strings @1:453-1:453"
    );
    let mut nested = String::new();
    for depth in 0..101 {
        nested.push_str(&format!("{}if x:\n", " ".repeat(depth)));
    }
    assert_eq!(
        error(&nested),
        "IndentationError: too many levels of indentation @101:1-101:0"
    );
}

#[test]
fn error_order_after_a_parse_error() {
    // A raised error replaces an earlier parser error.
    let tokens = tokenize("a b\nc = \"abc\n");
    assert_eq!(tokens.after_parse_error, AfterParseError::Replace);
    assert!(tokens.error_after_parse_error(1).is_some());
    // An unclosed bracket replaces a parser error on a later line only.
    let tokens = tokenize("a = (\nb c\n");
    assert_eq!(
        tokens
            .error_after_parse_error(2)
            .map(|e| e.to_string())
            .as_deref(),
        Some("SyntaxError: '(' was never closed @1:5-1:0")
    );
    assert_eq!(tokens.error_after_parse_error(1), None);
    // Errors in f-strings leave the parser's error alone.
    assert_eq!(tokenize("a b\nf\"{a\"\n").error_after_parse_error(1), None);
}

#[test]
fn null_bytes() {
    let tokens = tokenize("x = 1\ny\0 = 2\n");
    assert_eq!(
        tokens.tokens.last().map(|t| t.kind),
        Some(TokenKind::Newline)
    );
    assert_eq!(
        tokens.error.map(|e| e.to_string()).as_deref(),
        Some("SyntaxError: source code cannot contain null bytes @2:0-2:0")
    );
}

/// Random sources built from Python fragments never panic, and every token
/// lies on character boundaries with its start before its end.
#[test]
fn random_sources_are_tokenized_safely() {
    const PIECES: &[&str] = &[
        "x", "é", "€", "_1", " ", "  ", "\t", "\x0c", "\n", "\r\n", "\r", "\\", "\\\n", "#",
        "# c\n", "'", "\"", "'''", "\"\"\"", "f'", "f\"", "t'", "rb'", "Rf\"\"\"", "{", "}", "{{",
        "}}", "(", ")", "[", "]", ":", "!", "=", "!=", ":=", "0", "1_0", "0x", "0o7", "0b", "1e",
        "1.5j", ".", "...", "\\N{", "if", "else", "\u{a0}", "\u{200b}", "# type: ", "ignore",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..5000 {
        let len = (next() % 40) as usize;
        let src: String = (0..len)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let eval_with_type_comments = Options {
            exec_input: false,
            extra_tokens: false,
            type_comments: true,
        };
        for tokens in [
            tokenize(&src),
            tokenize_extra(&src),
            tokenize_with(&src, eval_with_type_comments),
        ] {
            for tok in &tokens.tokens {
                assert!(
                    src.get(tok.range.start as usize..tok.range.end as usize)
                        .is_some(),
                    "{src:?}: {tok:?}"
                );
                assert!(
                    tok.start <= tok.end || tok.kind == TokenKind::Newline,
                    "{src:?}: {tok:?}"
                );
            }
            let ended = tokens
                .tokens
                .last()
                .is_some_and(|t| t.kind == TokenKind::EndMarker);
            assert!(
                ended != tokens.error.is_some(),
                "{src:?}: end or error, not both"
            );
        }
    }
}
