//! Python exceptions as Rust errors.
//!
//! Runtime code returns [`PyResult`]; an error starts *lazy* (a built-in exception kind
//! plus its args) so that raising one costs no class lookup or instance allocation.
//! The interpreter materialises it into an instance only when a handler binds it
//! (`except E as e`) or a host inspects it. Tracebacks accumulate as the error leaves
//! frames.

use std::rc::Rc;

use super::class::Instance;
use super::value::Value;

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

macro_rules! exc_kinds {
    ($( $name:ident : $parent:ident ),* $(,)?) => {
        /// The built-in exception classes, each with its base class.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind {
            /// The root of the hierarchy.
            BaseException,
            $(
                #[doc = concat!("`", stringify!($name), "`")]
                $name,
            )*
        }
        impl ExcKind {
            /// Every kind, parents before children.
            pub const ALL: &'static [ExcKind] = &[ExcKind::BaseException, $(ExcKind::$name),*];
            /// The class name.
            pub fn name(self) -> &'static str {
                match self {
                    ExcKind::BaseException => "BaseException",
                    $(ExcKind::$name => stringify!($name),)*
                }
            }
            /// The base class (`None` for `BaseException`).
            pub fn parent(self) -> Option<ExcKind> {
                match self {
                    ExcKind::BaseException => None,
                    $(ExcKind::$name => Some(ExcKind::$parent),)*
                }
            }
        }
    };
}

exc_kinds! {
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    EOFError: Exception,
    BufferError: Exception,
    ReferenceError: Exception,
    SystemError: Exception,
    StopAsyncIteration: Exception,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    SyntaxWarning: Warning,
    RuntimeWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

impl ExcKind {
    /// Whether `self` is `other` or a subclass of it.
    pub fn is_subclass_of(self, other: ExcKind) -> bool {
        let mut k = Some(self);
        while let Some(c) = k {
            if c == other {
                return true;
            }
            k = c.parent();
        }
        false
    }
}

/// One line of a traceback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TbEntry {
    /// The file name as given to the compiler.
    pub filename: Rc<str>,
    /// 1-based line.
    pub line: u32,
    /// The function name (`<module>` at top level).
    pub func: Rc<str>,
}

/// The exception an error carries: still lazy, or a real instance.
#[derive(Clone)]
pub enum ExcValue {
    /// A built-in exception not yet turned into an object.
    Lazy {
        /// Its class.
        kind: ExcKind,
        /// Its `args`.
        args: Vec<Value>,
    },
    /// An exception instance.
    Object(Rc<Instance>),
}

/// A raised Python exception travelling up the Rust call stack.
pub struct PyErr(pub Box<ErrState>);

/// The contents of a [`PyErr`].
pub struct ErrState {
    /// The exception.
    pub exc: ExcValue,
    /// Frames it has passed through, innermost first.
    pub traceback: Vec<TbEntry>,
    /// Set by a re-raise: the current frame is already in the traceback.
    pub reraised: bool,
    /// Set once the error has left the frame that raised it (its `__context__` is
    /// decided there, from the exception being handled at the raise).
    pub propagating: bool,
    /// The exception that was being handled when this one was raised.
    pub context: Option<Value>,
    /// For a `NameError` or `AttributeError`: what was looked up where, so that an
    /// uncaught traceback can add CPython's "Did you mean" hint.
    pub suggest: Option<Rc<Suggest>>,
}

/// The lookup a `NameError` or `AttributeError` failed, kept for the "Did you mean:
/// 'x'?" hint of an uncaught traceback (computed only when it is printed).
pub enum Suggest {
    /// A name not found in a function's locals, its module's globals or the built-ins.
    Name {
        /// The missing name.
        name: Rc<super::value::PyStr>,
        /// The local variable names of the code that looked it up.
        locals: Vec<Rc<super::value::PyStr>>,
        /// The module whose globals were searched.
        globals: Rc<super::value::Module>,
    },
    /// An attribute missing on an object.
    Attribute {
        /// The object.
        obj: Value,
        /// The missing attribute.
        name: Rc<str>,
    },
}

impl PyErr {
    /// A built-in exception with a message.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(kind, vec![Value::str(msg.into())])
    }
    /// A built-in exception with the given `args`.
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr(Box::new(ErrState {
            exc: ExcValue::Lazy { kind, args },
            traceback: Vec::new(),
            reraised: false,
            propagating: false,
            context: None,
            suggest: None,
        }))
    }
    /// Attaches what a `NameError`/`AttributeError` looked up (for the hint).
    pub fn with_suggest(mut self, s: Suggest) -> PyErr {
        self.0.suggest = Some(Rc::new(s));
        self
    }
    /// An error carrying an existing exception instance.
    pub fn from_instance(inst: Rc<Instance>) -> PyErr {
        let traceback = inst
            .exc_data()
            .map(|d| d.borrow().traceback.clone())
            .unwrap_or_default();
        PyErr(Box::new(ErrState {
            exc: ExcValue::Object(inst),
            traceback,
            reraised: false,
            propagating: false,
            context: None,
            suggest: None,
        }))
    }
    /// The built-in kind of the exception, or of its nearest built-in base class.
    pub fn kind(&self) -> ExcKind {
        match &self.0.exc {
            ExcValue::Lazy { kind, .. } => *kind,
            ExcValue::Object(inst) => inst.class.exc_kind().unwrap_or(ExcKind::Exception),
        }
    }
    /// Whether the exception is an instance of the built-in class `kind`.
    pub fn matches(&self, kind: ExcKind) -> bool {
        self.kind().is_subclass_of(kind)
    }
}

macro_rules! error_ctors {
    ($($fn_name:ident => $kind:ident),* $(,)?) => {
        $(
            #[doc = concat!("A `", stringify!($kind), "` with the given message.")]
            pub fn $fn_name(msg: impl Into<String>) -> PyErr {
                PyErr::new(ExcKind::$kind, msg)
            }
        )*
    };
}

error_ctors! {
    type_error => TypeError,
    value_error => ValueError,
    index_error => IndexError,
    zero_division => ZeroDivisionError,
    attribute_error => AttributeError,
    name_error => NameError,
    overflow_error => OverflowError,
    runtime_error => RuntimeError,
    not_implemented => NotImplementedError,
    recursion_error => RecursionError,
    import_error => ImportError,
    assertion_error => AssertionError,
    unbound_local => UnboundLocalError,
}

/// A `KeyError` for `key` (its `str` is the key's repr, as in CPython).
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(ExcKind::KeyError, vec![key])
}

/// `StopIteration` with no value.
pub fn stop_iteration() -> PyErr {
    PyErr::with_args(ExcKind::StopIteration, vec![])
}

/// The traceback object of a raised exception `exc` (`__traceback__`, the third
/// argument of `__exit__`), or `None` if it has not been raised. Firebrand's
/// traceback objects carry nothing a script can read yet; the frames stay in the
/// exception.
pub fn traceback_of(vm: &crate::interp::Vm, exc: &Value) -> Value {
    let raised = match exc {
        Value::Instance(i) => i
            .exc_data()
            .is_some_and(|d| !d.borrow().traceback.is_empty()),
        _ => false,
    };
    if !raised {
        return Value::None;
    }
    let cls = vm
        .types
        .iterators
        .borrow_mut()
        .entry("traceback")
        .or_insert_with(|| {
            super::types::new_class(
                "traceback",
                super::class::TypeKind::User,
                vec![vm.types.object.clone()],
                "builtins",
            )
        })
        .clone();
    Value::Instance(Rc::new(super::class::Instance::new(cls, None, None)))
}
