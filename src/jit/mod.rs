//! Tier 2: the [`Jit`] trait, and the Cranelift JIT behind it ([`CraneliftJit`]).
//!
//! The profiler decides *when* a function or loop is offered; the JIT decides
//! whether it can compile it. [`CraneliftJit`] compiles a whole code object (its
//! plain instructions, `CodeObject::plain`) into one native function with an entry
//! at offset 0 and at every loop header, so a call starts in native code and a
//! running loop moves into it at its next back-edge (on-stack replacement).
//!
//! - `types.rs`: the types native code assumes for each local at each block start
//!   (speculated from what the frame held), the iterator kinds of `for` loops and
//!   the item types of list subscripts (from tier 1's feedback), and the
//!   assumptions that failed.
//! - `lower.rs`: bytecode to Cranelift IR, one instruction at a time; ints, floats
//!   and bools are computed inline (without tag tests where the types are known),
//!   `for` loops over ranges, lists, strs and `enumerate`, list reads, stores and
//!   appends, pair unpacking and common built-ins too; method lookups, calls and
//!   generic subscripts go through direct helpers; everything else runs as one
//!   interpreter step.
//! - `runtime.rs`: entering native code, the `extern "C"` helpers it calls, and
//!   leaving it (every exit writes the frame back for the interpreter).
//! - `cranelift.rs`: the ISA, one `JITModule` per compiled code object (freed with
//!   it), and [`CraneliftJit`] itself.

mod cranelift;
mod lower;
pub(crate) mod runtime;
pub(crate) mod types;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub use cranelift::CraneliftJit;

use crate::compiler::CodeObject;
use crate::profile::Site;

/// The frame offset native code leaves in a frame that raised: past the end of any
/// code, so the interpreter's fetch fails and it unwinds `Vm::native_error`.
pub(crate) const RAISED: usize = usize::MAX >> 1;

/// What the engine offers a JIT.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompileRequest {
    /// A whole function, entered at offset 0.
    Function(Site),
    /// A loop, entered at its header (the `site` offset) from a running frame.
    Loop(Site),
}

/// Native code a JIT produced, as the engine keeps track of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompiledCode {
    /// Size of the machine code in bytes.
    pub code_size: usize,
    /// The code the engine can run (only this crate's JIT makes it): a host JIT
    /// returns `None`, and the code stays interpreted but is counted as compiled.
    pub(crate) native: Option<NativeHandle>,
}

impl CompiledCode {
    /// A compilation result without runnable code (for a host's own [`Jit`]).
    pub fn new(code_size: usize) -> CompiledCode {
        CompiledCode {
            code_size,
            native: None,
        }
    }
}

/// Shared ownership of compiled native code, compared by identity.
#[derive(Clone)]
pub(crate) struct NativeHandle(pub(crate) Rc<cranelift::NativeCode>);

impl PartialEq for NativeHandle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
impl Eq for NativeHandle {}
impl std::fmt::Debug for NativeHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NativeHandle({} bytes)", self.0.code_size)
    }
}

/// Tier 2's state of one code object: its native code while it has some, and the
/// counts `Engine::stats` reports. Native code is dropped (and its memory freed)
/// with the code object, or when it exits to the interpreter too often.
#[derive(Default)]
pub struct NativeState {
    /// The native code, if compiled and still trusted.
    code: RefCell<Option<Rc<cranelift::NativeCode>>>,
    /// Whether `code` has an entry at offset 0 (read on every call).
    pub(crate) at_entry: Cell<bool>,
    /// Set when the JIT declined or the code was thrown away: not offered again.
    pub(crate) given_up: Cell<bool>,
    /// Times compiled.
    pub(crate) compilations: Cell<u64>,
    /// Exits to the interpreter other than returns (failed assumptions,
    /// instructions native code does not run, exceptions).
    pub(crate) deopts: Cell<u64>,
    /// Exits since the current code was compiled (decides throwing it away).
    pub(crate) recent_deopts: Cell<u64>,
    /// Entries into native code.
    pub(crate) entries: Cell<u64>,
    /// Microseconds spent compiling.
    pub(crate) compile_micros: Cell<u64>,
    /// Bytes of machine code now.
    pub(crate) code_size: Cell<usize>,
    /// The tag of each local when the code was last offered (what the next
    /// compilation speculates on).
    pub(crate) observed: RefCell<Vec<u8>>,
    /// Assumptions whose checks failed: later compilations do without them.
    pub(crate) failed: RefCell<Vec<types::Assumption>>,
}

impl NativeState {
    /// The native code to enter, if any.
    pub(crate) fn get(&self) -> Option<Rc<cranelift::NativeCode>> {
        self.code.borrow().clone()
    }
    /// Whether there is native code to enter.
    pub(crate) fn has_code(&self) -> bool {
        self.code.borrow().is_some()
    }
    /// Whether native code exists (runnable or a host JIT's).
    pub(crate) fn is_compiled(&self) -> bool {
        self.code_size.get() > 0 || self.code.borrow().is_some()
    }
    /// Installs newly compiled code.
    pub(crate) fn install(&self, compiled: CompiledCode, micros: u64) {
        self.compilations.set(self.compilations.get() + 1);
        self.compile_micros.set(self.compile_micros.get() + micros);
        self.code_size.set(compiled.code_size);
        self.recent_deopts.set(0);
        let native = compiled.native.map(|h| h.0);
        self.at_entry
            .set(native.as_ref().is_some_and(|n| n.entry_index(0).is_some()));
        *self.code.borrow_mut() = native;
    }
    /// Drops the native code (its memory is freed once no call is running in it)
    /// and stops offering this code to the JIT.
    pub(crate) fn discard(&self) {
        self.retire();
        self.given_up.set(true);
    }
    /// Drops the native code, to be compiled again when next offered.
    fn retire(&self) {
        self.at_entry.set(false);
        self.code_size.set(0);
        *self.code.borrow_mut() = None;
    }
    /// A check of `assumption` failed: the code is compiled again without it when
    /// next offered (or stays in tier 1 after `MAX_COMPILATIONS`). Returns whether
    /// the code stays in tier 1 for good.
    pub(crate) fn assumption_failed(&self, assumption: types::Assumption) -> bool {
        {
            let mut failed = self.failed.borrow_mut();
            if !failed.contains(&assumption) {
                failed.push(assumption);
            }
        }
        if self.compilations.get() >= MAX_COMPILATIONS {
            self.discard();
            return true;
        }
        self.retire();
        false
    }
    /// What the next compilation may speculate on.
    pub(crate) fn speculation(&self) -> types::Speculation {
        types::Speculation {
            observed: self.observed.borrow().clone(),
            failed: self.failed.borrow().clone(),
        }
    }
    /// Times compiled so far.
    pub fn compilations(&self) -> u64 {
        self.compilations.get()
    }
    /// Exits to the interpreter other than returns so far.
    pub fn deoptimizations(&self) -> u64 {
        self.deopts.get()
    }
    /// Microseconds spent compiling so far.
    pub fn compile_micros(&self) -> u64 {
        self.compile_micros.get()
    }
    /// Bytes of machine code now.
    pub fn code_size(&self) -> usize {
        self.code_size.get()
    }
}

/// Compiles code objects plus their tier-1 feedback into native code, or says why
/// it will not.
pub trait Jit {
    /// A short name for reports (`"cranelift"`, `"null"`).
    fn name(&self) -> &'static str;
    /// Compiles what `request` names in `code`, or returns the reason it declines.
    /// The feedback is `code.quick`: the specialised forms tier 1 chose, which say
    /// what types each site has seen.
    fn compile(
        &mut self,
        code: &CodeObject,
        request: &CompileRequest,
    ) -> Result<CompiledCode, String>;
}

/// A JIT that compiles nothing: everything stays interpreted.
#[derive(Clone, Copy, Debug, Default)]
pub struct NullJit;

impl Jit for NullJit {
    fn name(&self) -> &'static str {
        "null"
    }
    fn compile(
        &mut self,
        _code: &CodeObject,
        _request: &CompileRequest,
    ) -> Result<CompiledCode, String> {
        Err("no native-code tier in this build (NullJit)".to_string())
    }
}

/// How often one code object is compiled (each time with fewer assumptions)
/// before it stays in tier 1.
pub(crate) const MAX_COMPILATIONS: u64 = 8;

/// How often native code may exit to the interpreter (other than by returning)
/// before it is thrown away and the code stays in tier 1.
pub(crate) const MAX_DEOPTS: u64 = 2000;
