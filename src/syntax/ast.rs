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
    Assign {
        /// The assignment targets, leftmost first (each gets the same value).
        targets: Vec<Expr>,
        /// The right-hand side, evaluated once.
        value: Expr,
    },
    /// `target op= value`.
    AugAssign {
        /// The single target updated in place (a name, attribute or subscript).
        target: Expr,
        /// The binary operator (`Add` for `+=`, and so on).
        op: BinOp,
        /// The right-hand operand.
        value: Expr,
    },
    /// `target: annotation [= value]`. The annotation is parsed and ignored.
    AnnAssign {
        /// The annotated target (a name, attribute or subscript).
        target: Expr,
        /// The annotation expression (parsed and ignored).
        annotation: Expr,
        /// The assigned value, or `None` for a bare annotation such as `x: int`.
        value: Option<Expr>,
    },
    /// `for target in iter: body else: orelse`.
    For {
        /// The loop variable(s) assigned on each iteration (a tuple for `for a, b in ...`).
        target: Expr,
        /// The iterable being looped over.
        iter: Expr,
        /// The loop body.
        body: Vec<Stmt>,
        /// The `else:` block, run when the loop ends without `break`.
        orelse: Vec<Stmt>,
    },
    /// `while test: body else: orelse`.
    While {
        /// The condition tested before each iteration.
        test: Expr,
        /// The loop body.
        body: Vec<Stmt>,
        /// The `else:` block, run when the condition becomes false (not after `break`).
        orelse: Vec<Stmt>,
    },
    /// `if test: body elif ...: else: orelse` (an `elif` is a nested `If` in `orelse`).
    If {
        /// The condition.
        test: Expr,
        /// The block run when the condition is true.
        body: Vec<Stmt>,
        /// The `elif`/`else:` branch (empty if there is none).
        orelse: Vec<Stmt>,
    },
    /// `with a as b, c: body` (Level 2; parsed so it can be reported clearly).
    With {
        /// The context managers, each with its optional `as` target, in order.
        items: Vec<WithItem>,
        /// The block run inside the context managers.
        body: Vec<Stmt>,
    },
    /// `raise [exc [from cause]]`.
    Raise {
        /// The exception (class or instance) to raise, or `None` for a bare `raise` (re-raise).
        exc: Option<Expr>,
        /// The `from` expression, set as the exception's `__cause__`.
        cause: Option<Expr>,
    },
    /// `try: body except...: else: finally:`.
    Try {
        /// The `try:` block.
        body: Vec<Stmt>,
        /// The `except` clauses, tried in order.
        handlers: Vec<ExceptHandler>,
        /// The `else:` block, run when the `try:` block raised no exception.
        orelse: Vec<Stmt>,
        /// The `finally:` block, always run on the way out.
        finalbody: Vec<Stmt>,
    },
    /// `assert test [, msg]`.
    Assert {
        /// The condition asserted to be true.
        test: Expr,
        /// The message passed to `AssertionError` when the condition is false.
        msg: Option<Expr>,
    },
    /// `import a.b as c, d`.
    Import(Vec<Alias>),
    /// `from module import a as b, c` (`level` counts leading dots; `*` is name `"*"`).
    ImportFrom {
        /// The dotted module name, or `None` for `from . import x`.
        module: Option<String>,
        /// The names imported, each with its optional `as` name.
        names: Vec<Alias>,
        /// The number of leading dots (0 for an absolute import).
        level: u32,
    },
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
    Unsupported {
        /// A description of the unsupported construct (e.g. `"match statement"`).
        feature: String,
    },
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
    BoolOp {
        /// Which operator: `and` or `or`.
        op: BoolOpKind,
        /// The operands, left to right (two or more).
        values: Vec<Expr>,
    },
    /// `target := value` (Level 2).
    NamedExpr {
        /// The name being bound.
        target: Box<Expr>,
        /// The value assigned and produced by the expression.
        value: Box<Expr>,
    },
    /// `left op right`.
    BinOp {
        /// The left operand.
        left: Box<Expr>,
        /// The operator.
        op: BinOp,
        /// The right operand.
        right: Box<Expr>,
    },
    /// `op operand`.
    UnaryOp {
        /// The operator.
        op: UnaryOpKind,
        /// The operand.
        operand: Box<Expr>,
    },
    /// `lambda args: body`.
    Lambda {
        /// The parameters.
        args: Box<Arguments>,
        /// The single expression whose value is returned.
        body: Box<Expr>,
    },
    /// `body if test else orelse`.
    IfExp {
        /// The condition.
        test: Box<Expr>,
        /// The value when the condition is true.
        body: Box<Expr>,
        /// The value when the condition is false.
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`: a `None` key means `**value`.
    Dict {
        /// The keys, parallel to `values`; `None` marks a `**mapping` entry.
        keys: Vec<Option<Expr>>,
        /// The values, parallel to `keys` (the mapping itself for a `**` entry).
        values: Vec<Expr>,
    },
    /// `{a, b}`.
    Set(Vec<Expr>),
    /// `[elt for ...]`.
    ListComp {
        /// The element expression evaluated for each item.
        elt: Box<Expr>,
        /// The `for`/`if` clauses, outermost first.
        generators: Vec<Comprehension>,
    },
    /// `{elt for ...}`.
    SetComp {
        /// The element expression evaluated for each item.
        elt: Box<Expr>,
        /// The `for`/`if` clauses, outermost first.
        generators: Vec<Comprehension>,
    },
    /// `{key: value for ...}`.
    DictComp {
        /// The key expression evaluated for each item.
        key: Box<Expr>,
        /// The value expression evaluated for each item.
        value: Box<Expr>,
        /// The `for`/`if` clauses, outermost first.
        generators: Vec<Comprehension>,
    },
    /// `(elt for ...)`.
    GeneratorExp {
        /// The element expression yielded for each item.
        elt: Box<Expr>,
        /// The `for`/`if` clauses, outermost first.
        generators: Vec<Comprehension>,
    },
    /// `yield [value]` (Level 2).
    Yield(Option<Box<Expr>>),
    /// `yield from value` (Level 2).
    YieldFrom(Box<Expr>),
    /// `left op1 c1 op2 c2 ...` (a chain of comparisons).
    Compare {
        /// The leftmost operand.
        left: Box<Expr>,
        /// The comparison operators, left to right.
        ops: Vec<CmpOp>,
        /// The operands after each operator, parallel to `ops`.
        comparators: Vec<Expr>,
    },
    /// `func(args, keywords)`. A `Starred` in `args` is `*iterable`.
    Call {
        /// The callable being called.
        func: Box<Expr>,
        /// The positional arguments, in order (a `Starred` is `*iterable`).
        args: Vec<Expr>,
        /// The keyword arguments and `**mapping` arguments, in order.
        keywords: Vec<Keyword>,
    },
    /// An f-string: the concatenation of its parts.
    JoinedStr(Vec<Expr>),
    /// `{value!conversion:format_spec}` inside an f-string. `conversion` is `'s'`, `'r'`,
    /// `'a'` or `None`; `format_spec` is itself a `JoinedStr` (it may contain fields).
    FormattedValue {
        /// The expression whose value is formatted.
        value: Box<Expr>,
        /// The `!s`, `!r` or `!a` conversion, as `'s'`, `'r'` or `'a'`, if any.
        conversion: Option<char>,
        /// The format spec after `:`, as a `JoinedStr`, if any.
        format_spec: Option<Box<Expr>>,
    },
    /// A literal.
    Constant(Constant),
    /// `value.attr`.
    Attribute {
        /// The object whose attribute is accessed.
        value: Box<Expr>,
        /// The attribute name.
        attr: String,
    },
    /// `value[slice]` (`slice` may be a `Slice` or a `Tuple` of them).
    Subscript {
        /// The object being subscripted.
        value: Box<Expr>,
        /// The index or key: an expression, a `Slice`, or a `Tuple` of them.
        slice: Box<Expr>,
    },
    /// `*value` in a call, a display or an assignment target.
    Starred(Box<Expr>),
    /// A name.
    Name(String),
    /// `[a, b]`.
    List(Vec<Expr>),
    /// `(a, b)` or `a, b`.
    Tuple(Vec<Expr>),
    /// `lower:upper:step` inside a subscript.
    Slice {
        /// The start bound, or `None` if omitted.
        lower: Option<Box<Expr>>,
        /// The stop bound, or `None` if omitted.
        upper: Option<Box<Expr>>,
        /// The step, or `None` if omitted.
        step: Option<Box<Expr>>,
    },
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
