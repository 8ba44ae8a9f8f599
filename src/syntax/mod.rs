//! Source text to syntax tree: the lexer, the parser and the syntax errors they report.
//!
//! [`parse_module`] is the entry point. Errors mirror CPython 3.11's messages and
//! positions so that [`SyntaxError::render`] prints what `python3` prints.

pub mod ast;
pub mod lexer;
pub mod parser;
mod strings;
mod unicode_names;

pub use parser::parse_module;

/// A syntax error (or one of its subclasses) found while lexing or parsing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The exception class: `"SyntaxError"`, `"IndentationError"` or `"TabError"`.
    pub kind: &'static str,
    /// CPython's message, e.g. `"invalid syntax"`.
    pub msg: String,
    /// 1-based line of the error.
    pub line: u32,
    /// 0-based character offset of the error start in that line.
    pub col: u32,
    /// 0-based character offset just past the end of the error (at least `col + 1`).
    ///
    /// Exception: an error with no column (CPython's `offset` 0, for errors at the end
    /// of the file) has `col == end_col == 0`; [`SyntaxError::render`] then prints no
    /// caret line. See [`SyntaxError::has_column`].
    pub end_col: u32,
    /// The source line, without its newline.
    pub text: String,
}

impl SyntaxError {
    /// A `SyntaxError` at `line`, spanning `col..end_col` (the text is filled in later).
    pub(crate) fn new(msg: impl Into<String>, line: u32, col: u32, end_col: u32) -> Self {
        SyntaxError {
            kind: "SyntaxError",
            msg: msg.into(),
            line,
            col,
            end_col: if col == 0 && end_col == 0 {
                0
            } else {
                end_col.max(col + 1)
            },
            text: String::new(),
        }
    }

    /// Whether the error points at a column (CPython's `offset` is then `col + 1`;
    /// otherwise it is 0).
    pub fn has_column(&self) -> bool {
        self.col != 0 || self.end_col != 0
    }

    /// The same error with another exception class.
    pub(crate) fn with_kind(mut self, kind: &'static str) -> Self {
        self.kind = kind;
        self
    }

    /// CPython 3.11's display of the error, as printed for an uncaught `SyntaxError`
    /// raised while compiling `filename`. Every line ends with `\n`.
    pub fn render(&self, filename: &str) -> String {
        let mut out = format!("  File \"{}\", line {}\n", filename, self.line);
        // Mirror pythonrun.c's print_error_text: strip the indentation, shift the caret.
        let chars: Vec<char> = self.text.chars().collect();
        let indent = chars
            .iter()
            .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
            .count();
        let stripped: String = chars[indent..].iter().collect();
        // CPython clips the caret run to the line (plus its newline).
        let end_col = self.end_col.min(chars.len() as u32 + 1);
        let mut carets = (end_col.saturating_sub(self.col)).max(1) as usize;
        // CPython underlines only one character for indentation errors.
        if self.kind != "SyntaxError" {
            carets = 1;
        }
        let len = stripped.chars().count() as i64;
        let offset = (self.col as i64 - indent as i64).min(len);
        out.push_str("    ");
        out.push_str(&stripped);
        out.push('\n');
        if offset >= 0 && self.has_column() {
            out.push_str("    ");
            out.push_str(&" ".repeat(offset as usize));
            out.push_str(&"^".repeat(carets));
            out.push('\n');
        }
        out.push_str(self.kind);
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (line {})", self.msg, self.line)
    }
}

impl std::error::Error for SyntaxError {}
