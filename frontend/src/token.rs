//! Token kinds with CPython 3.14's numbers (`Lib/token.py`) and the token record the tokenizer yields.

macro_rules! token_kinds {
    ($($variant:ident = $num:literal, $name:literal $(, $op:literal)?;)*) => {
        /// A token type; the discriminant is CPython's number for it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum TokenKind {
            $($variant = $num,)*
        }

        impl TokenKind {
            /// Every token type, in CPython's numbering order.
            pub const ALL: &'static [TokenKind] = &[$(TokenKind::$variant,)*];

            /// CPython's name for the token type (`token.tok_name`).
            pub fn name(self) -> &'static str {
                match self {
                    $(TokenKind::$variant => $name,)*
                }
            }

            /// The exact text of an operator token (`token.EXACT_TOKEN_TYPES`).
            pub const fn operator_text(self) -> Option<&'static str> {
                match self {
                    $($(TokenKind::$variant => Some($op),)?)*
                    #[allow(unreachable_patterns)]
                    _ => None,
                }
            }

            /// The operator kind spelled exactly `text`, if any.
            pub fn from_operator(text: &str) -> Option<TokenKind> {
                match text {
                    $($($op => Some(TokenKind::$variant),)?)*
                    _ => None,
                }
            }
        }
    };
}

token_kinds! {
    EndMarker = 0, "ENDMARKER";
    Name = 1, "NAME";
    Number = 2, "NUMBER";
    String = 3, "STRING";
    Newline = 4, "NEWLINE";
    Indent = 5, "INDENT";
    Dedent = 6, "DEDENT";
    Lpar = 7, "LPAR", "(";
    Rpar = 8, "RPAR", ")";
    Lsqb = 9, "LSQB", "[";
    Rsqb = 10, "RSQB", "]";
    Colon = 11, "COLON", ":";
    Comma = 12, "COMMA", ",";
    Semi = 13, "SEMI", ";";
    Plus = 14, "PLUS", "+";
    Minus = 15, "MINUS", "-";
    Star = 16, "STAR", "*";
    Slash = 17, "SLASH", "/";
    Vbar = 18, "VBAR", "|";
    Amper = 19, "AMPER", "&";
    Less = 20, "LESS", "<";
    Greater = 21, "GREATER", ">";
    Equal = 22, "EQUAL", "=";
    Dot = 23, "DOT", ".";
    Percent = 24, "PERCENT", "%";
    Lbrace = 25, "LBRACE", "{";
    Rbrace = 26, "RBRACE", "}";
    EqEqual = 27, "EQEQUAL", "==";
    NotEqual = 28, "NOTEQUAL", "!=";
    LessEqual = 29, "LESSEQUAL", "<=";
    GreaterEqual = 30, "GREATEREQUAL", ">=";
    Tilde = 31, "TILDE", "~";
    Circumflex = 32, "CIRCUMFLEX", "^";
    LeftShift = 33, "LEFTSHIFT", "<<";
    RightShift = 34, "RIGHTSHIFT", ">>";
    DoubleStar = 35, "DOUBLESTAR", "**";
    PlusEqual = 36, "PLUSEQUAL", "+=";
    MinEqual = 37, "MINEQUAL", "-=";
    StarEqual = 38, "STAREQUAL", "*=";
    SlashEqual = 39, "SLASHEQUAL", "/=";
    PercentEqual = 40, "PERCENTEQUAL", "%=";
    AmperEqual = 41, "AMPEREQUAL", "&=";
    VbarEqual = 42, "VBAREQUAL", "|=";
    CircumflexEqual = 43, "CIRCUMFLEXEQUAL", "^=";
    LeftShiftEqual = 44, "LEFTSHIFTEQUAL", "<<=";
    RightShiftEqual = 45, "RIGHTSHIFTEQUAL", ">>=";
    DoubleStarEqual = 46, "DOUBLESTAREQUAL", "**=";
    DoubleSlash = 47, "DOUBLESLASH", "//";
    DoubleSlashEqual = 48, "DOUBLESLASHEQUAL", "//=";
    At = 49, "AT", "@";
    AtEqual = 50, "ATEQUAL", "@=";
    Rarrow = 51, "RARROW", "->";
    Ellipsis = 52, "ELLIPSIS", "...";
    ColonEqual = 53, "COLONEQUAL", ":=";
    Exclamation = 54, "EXCLAMATION", "!";
    Op = 55, "OP";
    TypeIgnore = 56, "TYPE_IGNORE";
    TypeComment = 57, "TYPE_COMMENT";
    SoftKeyword = 58, "SOFT_KEYWORD";
    FstringStart = 59, "FSTRING_START";
    FstringMiddle = 60, "FSTRING_MIDDLE";
    FstringEnd = 61, "FSTRING_END";
    TstringStart = 62, "TSTRING_START";
    TstringMiddle = 63, "TSTRING_MIDDLE";
    TstringEnd = 64, "TSTRING_END";
    Comment = 65, "COMMENT";
    Nl = 66, "NL";
    ErrorToken = 67, "ERRORTOKEN";
    Encoding = 68, "ENCODING";
}

/// A position in the source: 1-based line, 0-based UTF-8 byte column within
/// that line (what CPython's tokenizer and `ast` nodes report).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// One token: its kind, the positions of the start and end of its text, and
/// the byte range of that text in the decoded (UTF-8) source.
///
/// The positions are those `tokenize` shows (in bytes). CPython's parser
/// tokens end at the tokenizer's cursor instead, which lies past the text in
/// two cases: NEWLINE (the parser's token ends after the newline, one column
/// on; its text is empty, or without extra tokens the comment before the
/// newline, as CPython's starts at the `#`) and an f-string or t-string
/// middle cut at a doubled brace
/// (`f"a{{"`: text `a{`, the parser's token ends after both braces). The
/// latter is exactly when the next token starts one byte after `range.end`:
/// nothing else leaves a gap after a middle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: Pos,
    pub end: Pos,
    pub range: std::ops::Range<u32>,
    /// A NAME with non-ASCII characters: it needs NFKC normalisation
    /// (`tokenizer::normalize_name`). Always false for other kinds.
    pub non_ascii: bool,
}

impl Token {
    /// The token's source text.
    pub fn text<'s>(&self, source: &'s str) -> &'s str {
        &source[self.range.start as usize..self.range.end as usize]
    }
}
