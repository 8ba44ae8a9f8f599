//! The abstract syntax tree produced by the parser and consumed by the compiler.
//!
//! It mirrors Python's own `ast` module closely (same node names where possible) so
//! that CPython's documentation describes it. Every statement and expression carries
//! the [`Pos`] of its first character; the compiler turns those into the line table.
//! The tree is dropped after compiling.

/// A source position: 1-based line, 0-based column counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Pos {
    /// 1-based line number.
    pub line: u32,
    /// 0-based column, in characters (code points), as CPython reports it + 1 in carets.
    pub col: u32,
}

/// A whole source file.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// The statements of the module, in order.
    pub body: Vec<Stmt>,
}

/// A statement with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// Where the statement starts.
    pub pos: Pos,
    /// What the statement is.
    pub kind: StmtKind,
}

/// The statement forms.
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `def name(args) -> returns: body`, with decorators applied bottom-up.
    FunctionDef(Box<FunctionDef>),
    /// `class name(bases, keywords): body`.
    ClassDef(Box<ClassDef>),
    /// `return [value]`.
    Return(Option<Expr>),
    /// `del a, b[i], c.x`.
    Delete(Vec<Expr>),
    /// `a = b = value`: several targets, assigned left to right.
    Assign { targets: Vec<Expr>, value: Expr },
    /// `target op= value`.
    AugAssign { target: Expr, op: BinOp, value: Expr },
    /// `target: annotation [= value]`. The annotation is parsed and ignored.
    AnnAssign { target: Expr, annotation: Expr, value: Option<Expr> },
    /// `for target in iter: body else: orelse`.
    For { target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    /// `while test: body else: orelse`.
    While { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    /// `if test: body elif ...: else: orelse` (an `elif` is a nested `If` in `orelse`).
    If { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    /// `with a as b, c: body` (Level 2; parsed so it can be reported clearly).
    With { items: Vec<WithItem>, body: Vec<Stmt> },
    /// `raise [exc [from cause]]`.
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    /// `try: body except...: else: finally:`.
    Try { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
    /// `assert test [, msg]`.
    Assert { test: Expr, msg: Option<Expr> },
    /// `import a.b as c, d`.
    Import(Vec<Alias>),
    /// `from module import a as b, c` (`level` counts leading dots; `*` is name `"*"`).
    ImportFrom { module: Option<String>, names: Vec<Alias>, level: u32 },
    /// `global a, b`.
    Global(Vec<String>),
    /// `nonlocal a, b`.
    Nonlocal(Vec<String>),
    /// An expression evaluated for its effect (or, at the end of `Engine::eval`, its value).
    Expr(Expr),
    /// `pass`.
    Pass,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
    /// A statement that parsed but is outside the subset (e.g. `match`, `async def`).
    /// The compiler reports it as `NotImplementedError`/`SyntaxError` naming `feature`.
    Unsupported { feature: String },
}

/// A function definition (`def` statement or the body of a `lambda`).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    /// The function's name (`<lambda>` for lambdas).
    pub name: String,
    /// The parameter list.
    pub args: Arguments,
    /// The statements of the body.
    pub body: Vec<Stmt>,
    /// Decorator expressions, in source order (applied last to first).
    pub decorators: Vec<Expr>,
    /// The `-> annotation`, parsed and ignored.
    pub returns: Option<Expr>,
}

/// A class definition.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    /// The class name.
    pub name: String,
    /// Positional base-class expressions.
    pub bases: Vec<Expr>,
    /// Keyword arguments in the class header (e.g. `metaclass=`).
    pub keywords: Vec<Keyword>,
    /// The class body.
    pub body: Vec<Stmt>,
    /// Decorators, in source order.
    pub decorators: Vec<Expr>,
}

/// A function's parameters, in Python's grouping.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    /// Positional-only parameters (before `/`).
    pub posonlyargs: Vec<Arg>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Arg>,
    /// `*args`, if present.
    pub vararg: Option<Arg>,
    /// Keyword-only parameters (after `*` or `*args`).
    pub kwonlyargs: Vec<Arg>,
    /// Defaults of the keyword-only parameters, `None` where there is no default.
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**kwargs`, if present.
    pub kwarg: Option<Arg>,
    /// Defaults of the last `defaults.len()` positional parameters (posonly + args).
    pub defaults: Vec<Expr>,
}

/// One parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    /// The parameter name.
    pub name: String,
    /// Its annotation, parsed and ignored.
    pub annotation: Option<Expr>,
    /// Where the parameter is written.
    pub pos: Pos,
}

/// `name=value` in a call, or `**value` when `name` is `None`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// The keyword, or `None` for `**mapping`.
    pub name: Option<String>,
    /// The argument value.
    pub value: Expr,
    /// Where the keyword argument is written.
    pub pos: Pos,
}

/// `name as asname` in an import.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// The dotted name imported (`a.b`), or `*`.
    pub name: String,
    /// The `as` name, if any.
    pub asname: Option<String>,
    /// Where the alias is written.
    pub pos: Pos,
}

/// `except [type [as name]]: body`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// Where the `except` keyword is.
    pub pos: Pos,
    /// The exception type expression (a tuple for several), or `None` for bare `except:`.
    pub typ: Option<Expr>,
    /// The `as` name.
    pub name: Option<String>,
    /// The handler body.
    pub body: Vec<Stmt>,
}

/// `expr [as target]` in a `with` statement.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    /// The context manager expression.
    pub context_expr: Expr,
    /// The `as` target.
    pub optional_vars: Option<Expr>,
}

/// An expression with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// Where the expression starts.
    pub pos: Pos,
    /// What the expression is.
    pub kind: ExprKind,
}

/// The expression forms.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` / `a or b or c` (two or more values).
    BoolOp { op: BoolOpKind, values: Vec<Expr> },
    /// `target := value` (Level 2).
    NamedExpr { target: Box<Expr>, value: Box<Expr> },
    /// `left op right`.
    BinOp { left: Box<Expr>, op: BinOp, right: Box<Expr> },
    /// `op operand`.
    UnaryOp { op: UnaryOpKind, operand: Box<Expr> },
    /// `lambda args: body`.
    Lambda { args: Box<Arguments>, body: Box<Expr> },
    /// `body if test else orelse`.
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    /// `{k: v, **m}`: a `None` key means `**value`.
    Dict { keys: Vec<Option<Expr>>, values: Vec<Expr> },
    /// `{a, b}`.
    Set(Vec<Expr>),
    /// `[elt for ...]`.
    ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    /// `{elt for ...}`.
    SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    /// `{key: value for ...}`.
    DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
    /// `(elt for ...)`.
    GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
    /// `yield [value]` (Level 2).
    Yield(Option<Box<Expr>>),
    /// `yield from value` (Level 2).
    YieldFrom(Box<Expr>),
    /// `left op1 c1 op2 c2 ...` (a chain of comparisons).
    Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
    /// `func(args, keywords)`. A `Starred` in `args` is `*iterable`.
    Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
    /// An f-string: the concatenation of its parts.
    JoinedStr(Vec<Expr>),
    /// `{value!conversion:format_spec}` inside an f-string. `conversion` is `'s'`, `'r'`,
    /// `'a'` or `None`; `format_spec` is itself a `JoinedStr` (it may contain fields).
    FormattedValue { value: Box<Expr>, conversion: Option<char>, format_spec: Option<Box<Expr>> },
    /// A literal.
    Constant(Constant),
    /// `value.attr`.
    Attribute { value: Box<Expr>, attr: String },
    /// `value[slice]` (`slice` may be a `Slice` or a `Tuple` of them).
    Subscript { value: Box<Expr>, slice: Box<Expr> },
    /// `*value` in a call, a display or an assignment target.
    Starred(Box<Expr>),
    /// A name.
    Name(String),
    /// `[a, b]`.
    List(Vec<Expr>),
    /// `(a, b)` or `a, b`.
    Tuple(Vec<Expr>),
    /// `lower:upper:step` inside a subscript.
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
}

/// One `for target in iter if cond...` clause of a comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    /// The loop target.
    pub target: Expr,
    /// The iterable.
    pub iter: Expr,
    /// The `if` conditions.
    pub ifs: Vec<Expr>,
}

/// A literal value.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An integer literal that fits in i64.
    Int(i64),
    /// An integer literal too big for i64, as its decimal digits.
    BigInt(String),
    /// A float literal.
    Float(f64),
    /// An imaginary literal such as `2j` (parsed; complex numbers are outside the subset).
    Imaginary(f64),
    /// A string literal (adjacent literals already concatenated).
    Str(String),
    /// A bytes literal (Level 2).
    Bytes(Vec<u8>),
    /// `...`.
    Ellipsis,
}

/// `and` / `or`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOpKind {
    /// `and`
    And,
    /// `or`
    Or,
}

/// Binary operators (also used by augmented assignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mult,
    /// `@`
    MatMult,
    /// `/`
    Div,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
    /// `//`
    FloorDiv,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOpKind {
    /// `~`
    Invert,
    /// `not`
    Not,
    /// `+`
    UAdd,
    /// `-`
    USub,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

impl BinOp {
    /// The operator as written in source (`"+"`, `"//"`, ...), used in error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
            BinOp::FloorDiv => "//",
        }
    }
}
