//! The [`Jit`] trait: what turns hot code into native code (tier 2).
//!
//! The profiler decides *when* a function or loop is offered; the JIT decides
//! whether it can compile it. Until the Cranelift JIT lands, the engine uses
//! [`NullJit`], which declines everything, so all code stays in tiers 0 and 1.

use crate::compiler::CodeObject;
use crate::profile::Site;

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
