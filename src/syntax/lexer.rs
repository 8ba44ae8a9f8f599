//! The tokenizer: characters to tokens, following CPython 3.11's `tokenizer.c`.
//!
//! The whole source is tokenized up front. When the tokenizer hits an error it stops,
//! appends a [`TokKind::Error`] token and records the error in [`Lexed::error`]; the
//! parser then decides, as CPython does, whether that error or its own wins.

use super::SyntaxError;
use super::ast::Constant;

/// Deepest bracket nesting the tokenizer accepts (CPython's `MAXLEVEL`).
const MAX_BRACKETS: usize = 200;
/// Deepest indentation the tokenizer accepts (CPython's `MAXINDENT`).
const MAX_INDENT: usize = 100;

/// What a token is.
#[derive(Clone, Debug, PartialEq)]
pub enum TokKind {
    /// An identifier or keyword.
    Name(String),
    /// A numeric literal, already converted.
    Number(Constant),
    /// A string literal, still undecoded.
    Str(StrTok),
    /// An operator or delimiter, e.g. `"+="` or `"("`.
    Op(&'static str),
    /// The end of a logical line.
    Newline,
    /// The start of an indented block.
    Indent,
    /// The end of an indented block.
    Dedent,
    /// The end of the input.
    EndMarker,
    /// A character that starts no token, such as `$` or `?`; it matches nothing.
    Unknown(char),
    /// Where the tokenizer stopped with an error (see [`Lexed::error`]).
    Error,
}

/// A string literal token: where its body lies in the source, and how to read it.
#[derive(Clone, Debug, PartialEq)]
pub struct StrTok {
    /// The prefix, lower-cased (`""`, `"r"`, `"b"`, `"rb"`, `"f"`, `"rf"`, `"u"`, ...).
    pub prefix: String,
    /// The quote character.
    pub quote: char,
    /// Whether the literal is triple-quoted.
    pub triple: bool,
    /// Index (in characters) of the body's first character in the source.
    pub body_start: usize,
    /// Index just past the body's last character.
    pub body_end: usize,
    /// Line of the body's first character.
    pub line: u32,
    /// Index of the first character of that line.
    pub line_start: usize,
}

impl StrTok {
    /// Whether the literal has an `r` prefix.
    pub fn is_raw(&self) -> bool {
        self.prefix.contains('r')
    }
    /// Whether the literal is a bytes literal.
    pub fn is_bytes(&self) -> bool {
        self.prefix.contains('b')
    }
    /// Whether the literal is an f-string.
    pub fn is_fstring(&self) -> bool {
        self.prefix.contains('f')
    }
}

/// A token with its span (lines 1-based, columns 0-based in characters).
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    /// What the token is.
    pub kind: TokKind,
    /// Line of the first character.
    pub line: u32,
    /// Column of the first character.
    pub col: u32,
    /// Line of the end.
    pub end_line: u32,
    /// Column just past the last character.
    pub end_col: u32,
}

/// A tokenizer error and how it competes with parser errors.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    /// The error to report.
    pub error: SyntaxError,
    /// CPython raises these at once and re-tokenizes the whole file after a parser
    /// error to find them, so they win over any parser error.
    pub direct: bool,
    /// The input ended inside brackets: the error is "'(' was never closed".
    pub eof_in_brackets: bool,
}

/// The result of tokenizing a source.
#[derive(Clone, Debug, PartialEq)]
pub struct Lexed {
    /// The tokens; they end with `EndMarker`, or with `Error` when `error` is set.
    pub tokens: Vec<Token>,
    /// The tokenizer error, if any.
    pub error: Option<LexError>,
}

/// The tokenizer state.
pub struct Lexer<'a> {
    src: &'a [char],
    i: usize,
    end: usize,
    line: u32,
    line_start: usize,
    indents: Vec<(u32, u32)>,
    brackets: Vec<(char, u32, u32)>,
    tokens: Vec<Token>,
    atbol: bool,
    blank_line: bool,
    /// Tokenizing an f-string expression: behave as if inside parentheses.
    nested: bool,
}

type LexResult<T> = Result<T, LexError>;

/// Tokenizes a whole source (already newline-normalized, as characters).
pub fn tokenize(src: &[char]) -> Lexed {
    Lexer::new(src, 0, src.len(), 1, 0, false).run()
}

/// Tokenizes `src[start..end]`, an f-string expression, as if parenthesized.
pub fn tokenize_nested(
    src: &[char],
    start: usize,
    end: usize,
    line: u32,
    line_start: usize,
) -> Lexed {
    Lexer::new(src, start, end, line, line_start, true).run()
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
}

/// Operators, longest first so that the first match is the longest.
const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "!=", "**", "//", ">>", "<<", "<=", ">=", "==", "->", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=", "+", "-", "*", "/", "%", "@", "&", "|",
    "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=",
];

impl<'a> Lexer<'a> {
    fn new(
        src: &'a [char],
        start: usize,
        end: usize,
        line: u32,
        line_start: usize,
        nested: bool,
    ) -> Self {
        Lexer {
            src,
            i: start,
            end: end.min(src.len()),
            line,
            line_start,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            tokens: Vec::new(),
            atbol: !nested,
            blank_line: false,
            nested,
        }
    }

    fn run(mut self) -> Lexed {
        loop {
            match self.next_token() {
                Ok(true) => {}
                Ok(false) => {
                    return Lexed {
                        tokens: self.tokens,
                        error: None,
                    };
                }
                Err(e) => {
                    let (line, col) = self.here();
                    self.push(TokKind::Error, line, col, line, col);
                    return Lexed {
                        tokens: self.tokens,
                        error: Some(e),
                    };
                }
            }
        }
    }

    fn here(&self) -> (u32, u32) {
        (self.line, self.col_of(self.i))
    }

    fn col_of(&self, i: usize) -> u32 {
        i.saturating_sub(self.line_start) as u32
    }

    fn peek(&self) -> char {
        self.peek_at(0)
    }

    fn peek_at(&self, k: usize) -> char {
        let j = self.i + k;
        if j < self.end { self.src[j] } else { '\0' }
    }

    /// Reads one character; `'\0'` at the end (without advancing), like C's `EOF`.
    fn nextc(&mut self) -> char {
        let c = self.peek();
        if c != '\0' {
            self.i += 1;
        }
        c
    }

    fn backup(&mut self, c: char) {
        if c != '\0' {
            self.i -= 1;
        }
    }

    fn push(&mut self, kind: TokKind, line: u32, col: u32, end_line: u32, end_col: u32) {
        self.tokens.push(Token {
            kind,
            line,
            col,
            end_line,
            end_col,
        });
    }

    /// An error reported the way CPython's `syntaxerror()` does: at the character
    /// before the cursor.
    fn err_at_cursor(&self, msg: impl Into<String>) -> LexError {
        let col = self.col_of(self.i).saturating_sub(1);
        direct(SyntaxError::new(msg, self.line, col, col + 1))
    }

    fn newline_consumed(&mut self) {
        self.line += 1;
        self.line_start = self.i;
    }

    /// Produces the next token(s); `Ok(false)` once `EndMarker` is pushed.
    fn next_token(&mut self) -> LexResult<bool> {
        if self.atbol {
            self.atbol = false;
            self.indentation()?;
        }
        while matches!(self.peek(), ' ' | '\t' | '\x0c') {
            self.i += 1;
        }
        if self.peek() == '#' {
            while self.i < self.end && self.src[self.i] != '\n' {
                self.i += 1;
            }
        }
        if self.i >= self.end {
            return self.at_eof();
        }
        let c = self.src[self.i];
        let (line, col) = self.here();
        if c == '\n' {
            self.i += 1;
            let logical = !self.nested && self.brackets.is_empty() && !self.blank_line;
            if logical {
                self.push(TokKind::Newline, line, col, line, col + 1);
            }
            self.newline_consumed();
            self.atbol = !self.nested && self.brackets.is_empty();
            self.blank_line = false;
            return Ok(true);
        }
        if c == '\\' {
            return self.continuation();
        }
        if is_ident_start(c) {
            return self.name_or_string();
        }
        if c.is_ascii_digit() || (c == '.' && self.peek_at(1).is_ascii_digit()) {
            return self.number();
        }
        if c == '\'' || c == '"' {
            let start = self.i;
            return self.string(start, String::new());
        }
        if let Some(op) = OPERATORS.iter().find(|op| self.starts_with(op)) {
            self.i += op.chars().count();
            self.bracket(op)?;
            self.push(TokKind::Op(op), line, col, line, self.col_of(self.i));
            return Ok(true);
        }
        self.i += 1;
        if c.is_ascii_graphic() {
            self.push(TokKind::Unknown(c), line, col, line, col + 1);
            return Ok(true);
        }
        if c.is_control() {
            Err(self.err_at_cursor(format!(
                "invalid non-printable character U+{:04X}",
                c as u32
            )))
        } else {
            Err(self.err_at_cursor(format!("invalid character '{}' (U+{:04X})", c, c as u32)))
        }
    }

    fn starts_with(&self, op: &str) -> bool {
        op.chars().enumerate().all(|(k, c)| self.peek_at(k) == c)
    }

    /// Keeps the bracket stack, reporting unmatched and mismatched closers.
    fn bracket(&mut self, op: &str) -> LexResult<()> {
        let c = op.chars().next().unwrap_or(' ');
        match c {
            '(' | '[' | '{' => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(self.err_at_cursor("too many nested parentheses"));
                }
                let col = self.col_of(self.i) - 1;
                self.brackets.push((c, self.line, col));
            }
            ')' | ']' | '}' => {
                let Some((open, line, _)) = self.brackets.pop() else {
                    return Err(self.err_at_cursor(format!("unmatched '{c}'")));
                };
                let expected = match open {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if c != expected {
                    let msg = if line != self.line {
                        format!(
                            "closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {line}"
                        )
                    } else {
                        format!(
                            "closing parenthesis '{c}' does not match opening parenthesis '{open}'"
                        )
                    };
                    return Err(self.err_at_cursor(msg));
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn at_eof(&mut self) -> LexResult<bool> {
        let (line, col) = self.here();
        if self.nested {
            self.push(TokKind::EndMarker, line, col, line, col);
            return Ok(false);
        }
        if let Some(&(open, bline, bcol)) = self.brackets.last() {
            let error =
                SyntaxError::new(format!("'{open}' was never closed"), bline, bcol, bcol + 1);
            return Err(LexError {
                error,
                direct: false,
                eof_in_brackets: true,
            });
        }
        let needs_newline = !matches!(
            self.tokens.last().map(|t| &t.kind),
            None | Some(TokKind::Newline) | Some(TokKind::Dedent)
        );
        if needs_newline {
            self.push(TokKind::Newline, line, col, line, col + 1);
        }
        // The DEDENTs and the end marker sit on the last line read, with no column:
        // CPython reports errors there with offset 0.
        let eline = if self.i == self.line_start && line > 1 {
            line - 1
        } else {
            line
        };
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(TokKind::Dedent, eline, 0, eline, 0);
        }
        self.push(TokKind::EndMarker, eline, 0, eline, 0);
        Ok(false)
    }

    /// A backslash: joins the next line to this one.
    fn continuation(&mut self) -> LexResult<bool> {
        self.i += 1;
        let c = self.nextc();
        if c != '\n' {
            // CPython reports the character after the backslash.
            let col = self.col_of(self.i).saturating_sub(1);
            let e = SyntaxError::new(
                "unexpected character after line continuation character",
                self.line,
                col,
                col + 1,
            );
            return Err(if c == '\0' {
                let col = self.col_of(self.i);
                indirect(SyntaxError::new(
                    "unexpected EOF while parsing",
                    self.line,
                    col,
                    col + 1,
                ))
            } else {
                indirect(e)
            });
        }
        if self.i >= self.end {
            let col = self.col_of(self.i - 1);
            return Err(indirect(SyntaxError::new(
                "unexpected EOF while parsing",
                self.line,
                col,
                col + 1,
            )));
        }
        self.newline_consumed();
        Ok(true)
    }

    /// Measures the indentation of a new line and emits INDENT/DEDENT tokens.
    fn indentation(&mut self) -> LexResult<()> {
        let (mut col, mut altcol) = (0u32, 0u32);
        loop {
            match self.peek() {
                ' ' => {
                    col += 1;
                    altcol += 1;
                }
                '\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                '\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.i += 1;
        }
        let c = self.peek();
        self.blank_line = c == '#' || c == '\n' || self.i >= self.end;
        if self.blank_line || !self.brackets.is_empty() {
            return Ok(());
        }
        let line = self.line;
        let here = self.col_of(self.i);
        let tab_error = || {
            indirect(
                SyntaxError::new(
                    "inconsistent use of tabs and spaces in indentation",
                    line,
                    0,
                    1,
                )
                .with_kind("TabError"),
            )
        };
        let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top {
            if altcol != alttop {
                return Err(tab_error());
            }
        } else if col > top {
            if altcol <= alttop {
                return Err(tab_error());
            }
            if self.indents.len() >= MAX_INDENT {
                return Err(indirect(
                    SyntaxError::new("too many levels of indentation", line, 0, 1)
                        .with_kind("IndentationError"),
                ));
            }
            self.indents.push((col, altcol));
            self.push(TokKind::Indent, line, 0, line, here);
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |t| t.0) {
                self.indents.pop();
                self.push(TokKind::Dedent, line, here, line, here);
            }
            let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                // CPython points just past the end of the line.
                let len = self.src[self.line_start..self.end]
                    .iter()
                    .take_while(|&&c| c != '\n')
                    .count() as u32;
                return Err(indirect(
                    SyntaxError::new(
                        "unindent does not match any outer indentation level",
                        line,
                        len,
                        len + 1,
                    )
                    .with_kind("IndentationError"),
                ));
            }
            if altcol != alttop {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn name_or_string(&mut self) -> LexResult<bool> {
        let start = self.i;
        let (line, col) = self.here();
        while self.i < self.end && is_ident_char(self.src[self.i]) {
            self.i += 1;
        }
        let name: String = self.src[start..self.i].iter().collect();
        let quote = self.peek();
        if quote == '\'' || quote == '"' {
            let prefix = name.to_ascii_lowercase();
            if matches!(
                prefix.as_str(),
                "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf"
            ) {
                return self.string(start, prefix);
            }
        }
        let end_col = self.col_of(self.i);
        self.push(TokKind::Name(name), line, col, line, end_col);
        Ok(true)
    }

    /// A string literal whose prefix starts at `start`; the cursor is on the quote.
    fn string(&mut self, start: usize, prefix: String) -> LexResult<bool> {
        let (first_line, first_line_start) = (self.line, self.line_start);
        let col = self.col_of(start);
        let quote = self.nextc();
        let triple = self.peek() == quote && self.peek_at(1) == quote;
        if triple {
            self.i += 2;
        }
        let body_start = self.i;
        let (body_line, body_line_start) = (self.line, self.line_start);
        let body_end;
        loop {
            let c = self.nextc();
            if c == '\0' || (c == '\n' && !triple) {
                let detected = if c == '\n' || self.i == self.line_start {
                    // At a newline (or EOF right after one) the line is the last one read.
                    if c == '\n' { self.line } else { self.line - 1 }
                } else {
                    self.line
                };
                let what = if triple {
                    "unterminated triple-quoted string literal"
                } else {
                    "unterminated string literal"
                };
                self.line = first_line;
                self.line_start = first_line_start;
                let msg = format!("{what} (detected at line {detected})");
                return Err(direct(SyntaxError::new(msg, first_line, col, col + 1)));
            }
            if c == quote && (!triple || (self.peek() == quote && self.peek_at(1) == quote)) {
                body_end = self.i - 1;
                if triple {
                    self.i += 2;
                }
                break;
            }
            if c == '\n' {
                self.newline_consumed();
            } else if c == '\\' {
                let d = self.nextc();
                if d == '\n' {
                    self.newline_consumed();
                }
            }
        }
        let tok = StrTok {
            prefix,
            quote,
            triple,
            body_start,
            body_end,
            line: body_line,
            line_start: body_line_start,
        };
        let end_col = self.col_of(self.i);
        self.push(TokKind::Str(tok), first_line, col, self.line, end_col);
        Ok(true)
    }

    /// A numeric literal, validated exactly like CPython's tokenizer does.
    fn number(&mut self) -> LexResult<bool> {
        let start = self.i;
        let (line, col) = self.here();
        let radix = self.scan_number()?;
        let text: String = self.src[start..self.i]
            .iter()
            .filter(|&&c| c != '_')
            .collect();
        let value = number_constant(&text, radix);
        let end_col = self.col_of(self.i);
        self.push(TokKind::Number(value), line, col, line, end_col);
        Ok(true)
    }

    /// Advances over a number; returns its radix (10 also for floats).
    fn scan_number(&mut self) -> LexResult<u32> {
        let start_col = self.col_of(self.i);
        let mut c = self.nextc();
        if c == '.' {
            c = self.nextc();
            return self.fraction(c).map(|_| 10);
        }
        if c != '0' {
            let c = self.decimal_tail()?;
            return self.after_integer_part(c).map(|_| 10);
        }
        c = self.nextc();
        let (radix, kind) = match c {
            'x' | 'X' => (16, "hexadecimal"),
            'o' | 'O' => (8, "octal"),
            'b' | 'B' => (2, "binary"),
            _ => return self.zero_prefixed(c, start_col).map(|_| 10),
        };
        c = self.nextc();
        loop {
            if c == '_' {
                c = self.nextc();
            }
            if !c.is_digit(radix) {
                if radix < 10 && c.is_ascii_digit() {
                    return Err(
                        self.err_at_cursor(format!("invalid digit '{c}' in {kind} literal"))
                    );
                }
                self.backup(c);
                return Err(self.err_at_cursor(format!("invalid {kind} literal")));
            }
            while c.is_digit(radix) {
                c = self.nextc();
            }
            if c != '_' {
                break;
            }
        }
        if radix < 10 && c.is_ascii_digit() {
            return Err(self.err_at_cursor(format!("invalid digit '{c}' in {kind} literal")));
        }
        self.verify_end(c, kind)?;
        self.backup(c);
        Ok(radix)
    }

    /// `0`, `00`, `0_0`, `0.5`, `0e1`, `0j`, and the forbidden `0777`.
    fn zero_prefixed(&mut self, mut c: char, start_col: u32) -> LexResult<()> {
        loop {
            if c == '_' {
                c = self.nextc();
                if !c.is_ascii_digit() {
                    self.backup(c);
                    return Err(self.err_at_cursor("invalid decimal literal"));
                }
            }
            if c != '0' {
                break;
            }
            c = self.nextc();
        }
        let zeros_end = self.col_of(self.i).saturating_sub(1);
        let nonzero = c.is_ascii_digit();
        if nonzero {
            c = self.decimal_tail()?;
        }
        if c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J' {
            return self.after_integer_part(c);
        }
        if nonzero {
            return Err(direct(SyntaxError::new(
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
                self.line,
                start_col,
                zeros_end.max(start_col + 1),
            )));
        }
        self.verify_end(c, "decimal")?;
        self.backup(c);
        Ok(())
    }

    /// Digits and underscores after a first digit; returns the character after them.
    fn decimal_tail(&mut self) -> LexResult<char> {
        loop {
            let mut c = self.nextc();
            while c.is_ascii_digit() {
                c = self.nextc();
            }
            if c != '_' {
                return Ok(c);
            }
            c = self.nextc();
            if !c.is_ascii_digit() {
                self.backup(c);
                return Err(self.err_at_cursor("invalid decimal literal"));
            }
        }
    }

    /// After the integer digits of a decimal number: fraction, exponent, `j`.
    fn after_integer_part(&mut self, c: char) -> LexResult<()> {
        if c == '.' {
            let c = self.nextc();
            return self.fraction(c);
        }
        self.exponent_and_suffix(c)
    }

    fn fraction(&mut self, mut c: char) -> LexResult<()> {
        if c.is_ascii_digit() {
            c = self.decimal_tail()?;
        }
        self.exponent_and_suffix(c)
    }

    fn exponent_and_suffix(&mut self, mut c: char) -> LexResult<()> {
        if c == 'e' || c == 'E' {
            let e = c;
            c = self.nextc();
            if c == '+' || c == '-' {
                c = self.nextc();
                if !c.is_ascii_digit() {
                    self.backup(c);
                    return Err(self.err_at_cursor("invalid decimal literal"));
                }
            } else if !c.is_ascii_digit() {
                // `1else`: the `e` belongs to the next token.
                self.backup(c);
                self.verify_end(e, "decimal")?;
                self.backup(e);
                return Ok(());
            }
            c = self.decimal_tail()?;
        }
        if c == 'j' || c == 'J' {
            c = self.nextc();
            self.verify_end(c, "imaginary")?;
        } else {
            self.verify_end(c, "decimal")?;
        }
        self.backup(c);
        Ok(())
    }

    /// Rejects a number glued to a name (`1abc`), except before the keywords that may
    /// follow a number in valid code (`1if x else 2`), as CPython does.
    fn verify_end(&mut self, c: char, kind: &str) -> LexResult<()> {
        let keyword_follows = match c {
            'a' => self.starts_with("nd"),
            'e' => self.starts_with("lse"),
            'f' => self.starts_with("or"),
            'i' => matches!(self.peek(), 'f' | 'n' | 's'),
            'o' => self.starts_with("r"),
            'n' => self.starts_with("ot"),
            _ => false,
        };
        if !keyword_follows && (is_ident_char(c) || (!c.is_ascii() && c != '\0')) {
            self.backup(c);
            return Err(self.err_at_cursor(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}

fn direct(error: SyntaxError) -> LexError {
    LexError {
        error,
        direct: true,
        eof_in_brackets: false,
    }
}

fn indirect(error: SyntaxError) -> LexError {
    LexError {
        error,
        direct: false,
        eof_in_brackets: false,
    }
}

/// Converts validated literal text (underscores removed) to a constant.
fn number_constant(text: &str, radix: u32) -> Constant {
    if radix == 10 {
        if let Some(body) = text.strip_suffix(['j', 'J']) {
            return Constant::Imaginary(body.parse().unwrap_or(0.0));
        }
        if text.contains(['.', 'e', 'E']) {
            return Constant::Float(text.parse().unwrap_or(0.0));
        }
        let digits = text.trim_start_matches('0');
        if digits.is_empty() {
            return Constant::Int(0);
        }
        return match digits.parse::<i64>() {
            Ok(v) => Constant::Int(v),
            Err(_) => Constant::BigInt(digits.to_string()),
        };
    }
    let digits = text.get(2..).unwrap_or("");
    let decimal = radix_to_decimal(digits, radix);
    match decimal.parse::<i64>() {
        Ok(v) => Constant::Int(v),
        Err(_) => Constant::BigInt(decimal),
    }
}

/// Converts digits in `radix` to decimal digits, using base-10^9 limbs.
pub fn radix_to_decimal(digits: &str, radix: u32) -> String {
    const LIMB: u64 = 1_000_000_000;
    // Little-endian limbs of the value.
    let mut limbs: Vec<u64> = vec![0];
    for d in digits.chars().filter_map(|c| c.to_digit(radix)) {
        let mut carry = d as u64;
        for limb in limbs.iter_mut() {
            let v = *limb * radix as u64 + carry;
            *limb = v % LIMB;
            carry = v / LIMB;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    let mut out = String::new();
    for (k, limb) in limbs.iter().rev().enumerate() {
        if k == 0 {
            out.push_str(&limb.to_string());
        } else {
            out.push_str(&format!("{limb:09}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<TokKind> {
        let chars: Vec<char> = src.chars().collect();
        let lexed = tokenize(&chars);
        assert!(lexed.error.is_none(), "{src:?}: {:?}", lexed.error);
        lexed.tokens.into_iter().map(|t| t.kind).collect()
    }

    /// A short textual form of the token stream.
    fn show(src: &str) -> String {
        kinds(src)
            .iter()
            .map(|k| match k {
                TokKind::Name(n) => n.clone(),
                TokKind::Number(c) => format!("{c:?}"),
                TokKind::Str(s) => format!("S{}", s.prefix),
                TokKind::Op(o) => o.to_string(),
                TokKind::Newline => "NL".into(),
                TokKind::Indent => "IN".into(),
                TokKind::Dedent => "DE".into(),
                TokKind::EndMarker => "END".into(),
                TokKind::Unknown(c) => format!("?{c}"),
                TokKind::Error => "ERR".into(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn error(src: &str) -> LexError {
        let chars: Vec<char> = src.chars().collect();
        tokenize(&chars).error.expect("an error")
    }

    fn number(src: &str) -> Constant {
        match kinds(src).into_iter().next() {
            Some(TokKind::Number(c)) => c,
            other => panic!("{src:?}: {other:?}"),
        }
    }

    #[test]
    fn operators_and_names() {
        assert_eq!(show("a **= b // c"), "a **= b // c NL END");
        assert_eq!(show("x->y:=z...w"), "x -> y := z ... w NL END");
        assert_eq!(show("a!=b<=c>>=d"), "a != b <= c >>= d NL END");
        assert_eq!(show("é_1 = $"), "é_1 = ?$ NL END");
        assert_eq!(show("a ! b"), "a ?! b NL END");
    }

    #[test]
    fn indentation() {
        assert_eq!(show("if x:\n    y\nz\n"), "if x : NL IN y NL DE z NL END");
        assert_eq!(
            show("if x:\n  if y:\n    a\n\n  # c\nb"),
            "if x : NL IN if y : NL IN a NL DE DE b NL END"
        );
        assert_eq!(show("if x:\n\ty\n\tz\n"), "if x : NL IN y NL z NL DE END");
        assert_eq!(show("x = (1,\n  2)\n"), "x = ( Int(1) , Int(2) ) NL END");
        assert_eq!(show("x = 1 + \\\n 2"), "x = Int(1) + Int(2) NL END");
        assert_eq!(show("\n\n  # only a comment\n"), "END");
        assert_eq!(
            show("def f():\n    pass"),
            "def f ( ) : NL IN pass NL DE END"
        );
    }

    #[test]
    fn indentation_errors() {
        let e = error("if x:\n    a\n  b\n");
        assert_eq!(
            e.error.msg,
            "unindent does not match any outer indentation level"
        );
        assert_eq!((e.error.kind, e.error.line), ("IndentationError", 3));
        assert!(!e.direct);
        // A tab counts as 8 columns but as 1 for the consistency check.
        let e = error("if x:\n\ta\n        b\n");
        assert_eq!(e.error.kind, "TabError");
        let e = error("if x:\n        a\n\tb\n");
        assert_eq!(e.error.kind, "TabError");
    }

    #[test]
    fn numbers() {
        assert_eq!(number("0"), Constant::Int(0));
        assert_eq!(number("0_0"), Constant::Int(0));
        assert_eq!(number("1_000"), Constant::Int(1000));
        assert_eq!(number("0xDEAD_beef"), Constant::Int(0xDEAD_BEEF));
        assert_eq!(number("0O777"), Constant::Int(0o777));
        assert_eq!(number("0b_1010"), Constant::Int(10));
        assert_eq!(number("9223372036854775807"), Constant::Int(i64::MAX));
        assert_eq!(
            number("9223372036854775808"),
            Constant::BigInt("9223372036854775808".into())
        );
        assert_eq!(
            number("0x8000000000000000"),
            Constant::BigInt("9223372036854775808".into())
        );
        assert_eq!(
            number(
                "0b".to_string()
                    .chars()
                    .chain(std::iter::repeat_n('1', 70))
                    .collect::<String>()
                    .as_str()
            ),
            Constant::BigInt("1180591620717411303423".into())
        );
        assert_eq!(number("000123.5"), Constant::Float(123.5));
        assert_eq!(number("1."), Constant::Float(1.0));
        assert_eq!(number(".5"), Constant::Float(0.5));
        assert_eq!(number("1e10"), Constant::Float(1e10));
        assert_eq!(number("1E+1_0"), Constant::Float(1e10));
        assert_eq!(number("1_0.2_5e-1"), Constant::Float(1.025));
        assert_eq!(number("1e999"), Constant::Float(f64::INFINITY));
        assert_eq!(number("2j"), Constant::Imaginary(2.0));
        assert_eq!(number("1.5J"), Constant::Imaginary(1.5));
        assert_eq!(number("0j"), Constant::Imaginary(0.0));
        // A keyword glued to a number is allowed (with a warning in CPython).
        assert_eq!(show("1if x else 2"), "Int(1) if x else Int(2) NL END");
        assert_eq!(show("0x1for"), "Int(31) or NL END"); // as in CPython
    }

    #[test]
    fn number_errors() {
        for (src, msg) in [
            ("1abc", "invalid decimal literal"),
            ("1__0", "invalid decimal literal"),
            ("1_", "invalid decimal literal"),
            ("0x", "invalid hexadecimal literal"),
            ("0xg", "invalid hexadecimal literal"),
            ("0o8", "invalid digit '8' in octal literal"),
            ("0b2", "invalid digit '2' in binary literal"),
            ("0b", "invalid binary literal"),
            ("1e+", "invalid decimal literal"),
            ("1jx", "invalid imaginary literal"),
            (
                "0123",
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            ),
        ] {
            let e = error(src);
            assert_eq!(e.error.msg, msg, "{src}");
            assert!(e.direct);
        }
    }

    #[test]
    fn strings() {
        assert_eq!(
            show("'a' \"b\" r'c' Rb'd' BR\"e\" f'g' rF'h' U'i'"),
            "S S Sr Srb Sbr Sf Srf Su NL END"
        );
        let toks = kinds("'''a\n'b'\n''' x");
        let TokKind::Str(s) = &toks[0] else { panic!() };
        assert!(s.triple);
        assert_eq!(s.body_end - s.body_start, 6);
        assert_eq!(toks[1], TokKind::Name("x".into()));
        // An escaped quote and an escaped newline stay inside the literal.
        assert_eq!(show("'a\\'b' 'c\\\nd'"), "S S NL END");
        // A non-prefix name before a quote is a separate token.
        assert_eq!(show("ab'c'"), "ab S NL END");
    }

    #[test]
    fn string_errors() {
        let e = error("x = 'abc\ny");
        assert_eq!(
            e.error.msg,
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!((e.error.line, e.error.col), (1, 4));
        let e = error("x = f'''abc\n\ndef");
        assert_eq!(
            e.error.msg,
            "unterminated triple-quoted string literal (detected at line 3)"
        );
        assert_eq!((e.error.line, e.error.col), (1, 4));
    }

    #[test]
    fn bracket_errors() {
        let e = error("x = (1,\n2]");
        assert_eq!(
            e.error.msg,
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        assert_eq!(error(")").error.msg, "unmatched ')'");
        let e = error("f(\n");
        assert!(e.eof_in_brackets);
        assert_eq!(e.error.msg, "'(' was never closed");
        assert_eq!(
            error(&"(".repeat(201)).error.msg,
            "too many nested parentheses"
        );
        let e = error("x = \\ y");
        assert_eq!(
            e.error.msg,
            "unexpected character after line continuation character"
        );
        assert_eq!(error("x = €").error.msg, "invalid character '€' (U+20AC)");
        assert_eq!(
            error("x = \u{1}").error.msg,
            "invalid non-printable character U+0001"
        );
    }

    #[test]
    fn positions() {
        let chars: Vec<char> = "if é:\n  xy = 'z'\n".chars().collect();
        let toks = tokenize(&chars).tokens;
        let at = |k: usize| (toks[k].line, toks[k].col, toks[k].end_col);
        assert_eq!(at(1), (1, 3, 4)); // é counts as one column
        assert_eq!(at(3), (1, 5, 6)); // NEWLINE at the end of the line
        assert_eq!(at(5), (2, 2, 4));
        assert_eq!(at(7), (2, 7, 10));
    }

    #[test]
    fn radix_conversion() {
        assert_eq!(radix_to_decimal("ff", 16), "255");
        assert_eq!(radix_to_decimal("", 16), "0");
        assert_eq!(
            radix_to_decimal("10000000000000000000000", 16),
            "309485009821345068724781056"
        );
    }
}
