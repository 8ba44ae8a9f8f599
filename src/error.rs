//! Errors a host receives from the engine.

use std::fmt;

/// One frame of a Python traceback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TracebackFrame {
    /// The file name (`<string>` for `Engine::eval`).
    pub filename: String,
    /// 1-based line number.
    pub line: u32,
    /// The function name (`<module>` at top level).
    pub function: String,
}

/// A Python exception that escaped to the host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exception {
    /// The exception's class name, e.g. `"ZeroDivisionError"`.
    pub type_name: String,
    /// `str()` of the exception, e.g. `"division by zero"`.
    pub message: String,
    /// The frames it passed through, outermost first (as CPython prints them).
    pub traceback: Vec<TracebackFrame>,
    /// The whole traceback as CPython prints it to stderr, chained exceptions included.
    pub rendered: String,
    /// For `SystemExit` (`raise SystemExit(n)`, `exit(n)`): the process exit status
    /// CPython would end with — 0 for no code or `None`, the int code, else 1 (and
    /// `rendered` is then just the code's `str()`, which CPython prints). `None` for
    /// every other exception.
    pub exit_status: Option<i32>,
}

/// A syntax error found while parsing or compiling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxErrorInfo {
    /// `"SyntaxError"`, `"IndentationError"` or `"TabError"`.
    pub kind: String,
    /// The message, e.g. `"invalid syntax"`.
    pub message: String,
    /// The file name.
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 0-based column (in characters).
    pub column: u32,
    /// The error as CPython prints it (file, line, source line, caret, message).
    pub rendered: String,
}

/// Everything that can go wrong when a host runs a script.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The source does not parse (or uses syntax outside the subset).
    #[error("{}", .0.rendered.trim_end())]
    Syntax(SyntaxErrorInfo),
    /// The script raised an exception that nothing caught.
    #[error("{}", .0.rendered.trim_end())]
    Exception(Exception),
    /// A bad engine configuration (e.g. an unparsable environment variable).
    #[error("configuration error: {0}")]
    Config(String),
    /// A value could not be converted between Python and Rust.
    #[error("conversion error: {0}")]
    Conversion(String),
}

impl Error {
    /// The Python exception class name (`"SyntaxError"` for syntax errors).
    pub fn type_name(&self) -> &str {
        match self {
            Error::Syntax(s) => &s.kind,
            Error::Exception(e) => &e.type_name,
            Error::Config(_) => "ValueError",
            Error::Conversion(_) => "TypeError",
        }
    }
    /// The message without the traceback.
    pub fn message(&self) -> String {
        match self {
            Error::Syntax(s) => s.message.clone(),
            Error::Exception(e) => e.message.clone(),
            Error::Config(m) | Error::Conversion(m) => m.clone(),
        }
    }
    /// The text CPython would print to stderr for this error.
    pub fn rendered(&self) -> String {
        match self {
            Error::Syntax(s) => s.rendered.clone(),
            Error::Exception(e) => e.rendered.clone(),
            Error::Config(m) | Error::Conversion(m) => format!("{}: {m}\n", self.type_name()),
        }
    }
    /// A Python-style exception a host function can return: `type_name` should be a
    /// built-in exception class name (unknown names become `RuntimeError`).
    pub fn exception(type_name: &str, message: impl Into<String>) -> Error {
        let message = message.into();
        Error::Exception(Exception {
            type_name: type_name.to_string(),
            rendered: format!("{type_name}: {message}\n"),
            message,
            traceback: Vec::new(),
            exit_status: None,
        })
    }
    /// The exit status the script asked for with `SystemExit` (see
    /// [`Exception::exit_status`]).
    pub fn exit_status(&self) -> Option<i32> {
        match self {
            Error::Exception(e) => e.exit_status,
            _ => None,
        }
    }
}

impl fmt::Display for TracebackFrame {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "File \"{}\", line {}, in {}",
            self.filename, self.line, self.function
        )
    }
}
