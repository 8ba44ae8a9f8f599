//! The parser: tokens to [`ast::Module`], by recursive descent over Python 3.11's grammar.
//!
//! Generic failures are reported as "invalid syntax" at the furthest token the parser
//! looked at, as CPython's PEG parser does; the common special cases (CPython's
//! `invalid_*` rules) get CPython's own messages.

use std::collections::HashSet;

use super::SyntaxError;
use super::ast::{self, Constant, Expr, ExprKind, Pos, Stmt, StmtKind};
use super::lexer::{self, LexError, StrTok, TokKind, Token};
use super::strings;

mod errors;
mod expr;
mod fstring;
mod stmt;

use errors::{TargetKind, expr_name};

/// Deepest expression nesting the parser accepts; it bounds the Rust stack used.
const MAX_DEPTH: u32 = 200;
/// Longest left-nested chain (`a+b+...`, `a.b.c...`) the parser accepts, so that the
/// tree stays shallow enough to compile and drop recursively (CPython's compiler
/// refuses such chains too).
const MAX_CHAIN: u32 = 3000;
/// Stack reserved for parsing (debug builds use large frames); untouched pages cost
/// nothing.
const PARSER_STACK: usize = 256 << 20;

type PResult<T> = Result<T, Box<SyntaxError>>;

/// Parses a whole module.
///
/// A UTF-8 byte-order mark is skipped and `\r\n` / `\r` newlines are accepted. On
/// failure the error carries CPython 3.11's message and position.
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    // Recursive descent needs stack in proportion to nesting: run on a thread whose
    // stack is known to be large enough for the nesting limits, whatever the caller's.
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("fbparse".into())
            .stack_size(PARSER_STACK)
            .spawn_scoped(scope, || parse_here(source));
        match worker {
            Ok(handle) => handle.join().unwrap_or_else(|_| parse_here(source)),
            Err(_) => parse_here(source),
        }
    })
}

/// [`parse_module`] on the current thread.
fn parse_here(source: &str) -> Result<ast::Module, SyntaxError> {
    let text = source.strip_prefix('\u{feff}').unwrap_or(source);
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    if normalized.contains('\0') {
        let e = SyntaxError::new("source code cannot contain null bytes", 1, 0, 1);
        return Err(with_text(e, &normalized));
    }
    let chars: Vec<char> = normalized.chars().collect();
    let lexed = lexer::tokenize(&chars);
    let mut parser = Parser::new(&chars, lexed.tokens);
    match parser.file() {
        Ok(body) => Ok(ast::Module { body }),
        Err(e) => {
            let e = parser.resolve(*e, lexed.error);
            Err(with_text(e, &normalized))
        }
    }
}

/// Attaches the text of the error's line.
fn with_text(mut e: SyntaxError, source: &str) -> SyntaxError {
    let index = e.line.saturating_sub(1) as usize;
    e.text = source.split('\n').nth(index).unwrap_or("").to_string();
    e
}

/// The parser state over one token stream.
pub(crate) struct Parser<'a> {
    src: &'a [char],
    toks: Vec<Token>,
    pos: usize,
    /// The furthest token looked at: where generic errors are reported.
    furthest: usize,
    depth: u32,
    /// Length of the left-nested chains being built (bounds the tree's depth).
    chain: u32,
    /// How many `def`/`lambda` bodies enclose the current point.
    func_depth: u32,
    /// Positions of parenthesized expressions (the grammar treats them as atoms).
    parenthesized: HashSet<(u32, u32)>,
    /// Parsing an f-string expression: prefix error messages with "f-string: ".
    in_fstring: bool,
    /// The parser looked at the tokenizer's error token (CPython raises it then).
    saw_error_token: bool,
}

impl<'a> Parser<'a> {
    fn new(src: &'a [char], mut toks: Vec<Token>) -> Self {
        if toks.is_empty() {
            toks.push(Token {
                kind: TokKind::EndMarker,
                line: 1,
                col: 0,
                end_line: 1,
                end_col: 0,
            });
        }
        Parser {
            src,
            toks,
            pos: 0,
            furthest: 0,
            depth: 0,
            chain: 0,
            func_depth: 0,
            parenthesized: HashSet::new(),
            in_fstring: false,
            saw_error_token: false,
        }
    }

    /// Decides, as CPython does, whether the tokenizer's error or the parser's wins.
    fn resolve(&self, parse_error: SyntaxError, lex_error: Option<LexError>) -> SyntaxError {
        let Some(lex) = lex_error else {
            return parse_error;
        };
        if self.saw_error_token
            || lex.direct
            || (lex.eof_in_brackets && parse_error.line > lex.error.line)
        {
            lex.error
        } else {
            parse_error
        }
    }

    // ----- token access -----

    fn tok_at(&self, i: usize) -> &Token {
        let last = self.toks.len() - 1;
        &self.toks[i.min(last)]
    }

    fn tok(&mut self) -> &Token {
        self.look_at(self.pos);
        self.tok_at(self.pos)
    }

    /// Records that token `i` was looked at.
    fn look_at(&mut self, i: usize) {
        self.furthest = self.furthest.max(i);
        if matches!(self.tok_at(i).kind, TokKind::Error) {
            self.saw_error_token = true;
        }
    }

    fn kind(&mut self) -> &TokKind {
        &self.tok().kind
    }

    /// The kind of the token `k` places ahead (also counts as looked at).
    fn kind_ahead(&mut self, k: usize) -> &TokKind {
        let i = (self.pos + k).min(self.toks.len() - 1);
        self.look_at(i);
        &self.toks[i].kind
    }

    fn here(&mut self) -> Pos {
        let t = self.tok();
        Pos {
            line: t.line,
            col: t.col,
        }
    }

    fn bump(&mut self) {
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
    }

    fn at_op(&mut self, op: &str) -> bool {
        matches!(self.kind(), TokKind::Op(o) if *o == op)
    }

    fn at_kw(&mut self, kw: &str) -> bool {
        matches!(self.kind(), TokKind::Name(n) if n == kw)
    }

    fn at_newline(&mut self) -> bool {
        matches!(self.kind(), TokKind::Newline)
    }

    fn eat_op(&mut self, op: &str) -> bool {
        let found = self.at_op(op);
        if found {
            self.bump();
        }
        found
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        let found = self.at_kw(kw);
        if found {
            self.bump();
        }
        found
    }

    fn expect_op(&mut self, op: &str) -> PResult<()> {
        if self.eat_op(op) {
            Ok(())
        } else {
            Err(self.invalid_syntax())
        }
    }

    /// `&&'x'` in CPython's grammar: a missing token is reported by name.
    fn expect_forced(&mut self, op: &str) -> PResult<()> {
        if self.eat_op(op) {
            return Ok(());
        }
        let t = self.tok().clone();
        Err(self.error_at(&format!("expected '{op}'"), t.line, t.col, t.end_col))
    }

    /// A non-keyword name at the cursor, consumed.
    fn name(&mut self) -> PResult<String> {
        if let TokKind::Name(n) = self.kind()
            && !is_keyword(n)
        {
            let n = n.clone();
            self.bump();
            return Ok(n);
        }
        Err(self.invalid_syntax())
    }

    /// The end (line, column) of the last consumed token.
    fn prev_end(&self) -> (u32, u32) {
        let t = self.tok_at(self.pos.saturating_sub(1));
        (t.end_line, t.end_col)
    }

    /// Enters one level of nesting, failing once the nesting gets too deep.
    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let t = self.tok().clone();
            return Err(self.error_at("too many nested parentheses", t.line, t.col, t.end_col));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Extends a left-nested chain by one node, failing once it gets too long.
    fn extend_chain(&mut self) -> PResult<()> {
        self.chain += 1;
        if self.chain > MAX_CHAIN {
            let t = self.tok().clone();
            return Err(self.error_at("expression too complex", t.line, t.col, t.end_col));
        }
        Ok(())
    }
}

/// Python's hard keywords.
pub(crate) fn is_keyword(name: &str) -> bool {
    matches!(
        name,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}

fn mk(pos: Pos, kind: ExprKind) -> Expr {
    Expr { pos, kind }
}

fn stmt(pos: Pos, kind: StmtKind) -> Stmt {
    Stmt { pos, kind }
}

#[cfg(test)]
mod tests;
