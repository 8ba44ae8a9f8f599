//! [`CraneliftJit`]: the ISA, one `JITModule` per compiled code object, and the
//! [`NativeCode`] handle that frees it.

use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::Module;

use super::runtime::EntryFn;
use super::{CompileRequest, CompiledCode, Jit, NativeHandle};
use crate::compiler::CodeObject;

/// Compiled native code of one code object: its own `JITModule`, so that its
/// memory is freed when the code object (or the engine's decision to discard it)
/// lets go of it. A run in progress holds an `Rc` to it, so it is never freed
/// under running code.
pub(crate) struct NativeCode {
    module: Option<JITModule>,
    /// The compiled function.
    pub(crate) entry: EntryFn,
    /// Entry offsets (0 and the loop headers) with the operand-stack depth each
    /// expects; the index in this list is what the function is called with.
    entries: Vec<(usize, usize)>,
    /// The caches of its `LoadGlobal` sites (compiled code holds their
    /// addresses).
    _global_caches: Box<[super::runtime::GlobalCache]>,
    /// The sites of its `LoadMethod` instructions (compiled code holds their
    /// addresses).
    _method_sites: Box<[super::runtime::MethodSite]>,
    /// Locals of the code object.
    pub(crate) nlocals: usize,
    /// Bytes of machine code.
    pub(crate) code_size: usize,
}

impl NativeCode {
    /// The entry index for offset `pc`, if native code can be entered there.
    pub(crate) fn entry_index(&self, pc: usize) -> Option<usize> {
        self.entries.iter().position(|&(p, _)| p == pc)
    }
    /// The operand-stack depth entry `index` expects.
    pub(crate) fn entry_depth(&self, index: usize) -> usize {
        self.entries[index].1
    }
}

impl Drop for NativeCode {
    fn drop(&mut self) {
        if let Some(module) = self.module.take() {
            // SAFETY: the only pointer into this module's memory is `entry`, which is
            // dropped with `self`; runs of the code hold an `Rc<NativeCode>`, so
            // none is running now.
            unsafe { module.free_memory() };
        }
    }
}

/// The Cranelift JIT: compiles a code object's plain instructions, with the types
/// its tier-1 feedback and inline checks establish, into native code.
pub struct CraneliftJit {
    isa: Option<OwnedTargetIsa>,
    error: Option<String>,
    /// Compile whatever is offered, even code that would not gain (eager mode,
    /// which tests every lowering).
    always: bool,
}

impl Default for CraneliftJit {
    fn default() -> Self {
        CraneliftJit::new()
    }
}

impl CraneliftJit {
    /// Builds the JIT for the host machine (declining everything if the machine is
    /// not one Cranelift supports).
    pub fn new() -> CraneliftJit {
        match build_isa() {
            Ok(isa) => CraneliftJit {
                isa: Some(isa),
                error: None,
                always: false,
            },
            Err(e) => CraneliftJit {
                isa: None,
                error: Some(e),
                always: false,
            },
        }
    }

    /// A JIT that compiles everything it can, even code whose loops are mostly
    /// calls into the runtime (which tier 1 runs as fast): what the eager setting
    /// (every threshold 0) uses, so that every lowering runs.
    pub fn compiling_everything() -> CraneliftJit {
        CraneliftJit {
            always: true,
            ..CraneliftJit::new()
        }
    }
}

fn build_isa() -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    let set = |flags: &mut settings::Builder, k: &str, v: &str| {
        flags
            .set(k, v)
            .map_err(|e| format!("cranelift setting {k}={v}: {e}"))
    };
    // `speed` gave no gain on these kernels and costs a third more compile time.
    set(&mut flags, "opt_level", "none")?;
    // The verifier rejects IR the lowering got wrong (the function then stays
    // interpreted) instead of letting code generation trip over it. It costs a
    // quarter of the compile time, so it runs where the lowering is tested (debug
    // builds: the test suite runs every corpus script eagerly compiled), as
    // Wasmtime does, and not in release builds.
    let verify = if cfg!(debug_assertions) {
        "true"
    } else {
        "false"
    };
    set(&mut flags, "enable_verifier", verify)?;
    set(&mut flags, "is_pic", "false")?;
    set(&mut flags, "use_colocated_libcalls", "false")?;
    let builder = cranelift_native::builder().map_err(|e| format!("no native ISA: {e}"))?;
    builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| format!("cannot build the ISA: {e}"))
}

impl Jit for CraneliftJit {
    fn name(&self) -> &'static str {
        "cranelift"
    }

    fn compile(
        &mut self,
        code: &CodeObject,
        _request: &CompileRequest,
    ) -> Result<CompiledCode, String> {
        let Some(isa) = self.isa.clone() else {
            return Err(self.error.clone().unwrap_or_default());
        };
        let always = self.always;
        // A bug in code generation must cost the native tier, not the script.
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            compile_code(isa, always, code)
        }))
        .unwrap_or_else(|_| Err("the code generator failed (internal error)".to_string()))
    }
}

fn compile_code(
    isa: OwnedTargetIsa,
    always: bool,
    code: &CodeObject,
) -> Result<CompiledCode, String> {
    {
        let isa = &isa;
        let plan = super::lower::plan(code, always, code.native.speculation())?;
        let mut module = JITModule::new(JITBuilder::with_isa(
            isa.clone(),
            cranelift_module::default_libcall_names(),
        ));
        let mut ctx = module.make_context();
        ctx.func.signature = super::lower::entry_signature(&module);
        let mut fctx = cranelift_frontend::FunctionBuilderContext::new();
        let global_caches =
            super::runtime::GlobalCache::empty(super::lower::global_sites(code).len());
        let method_sites =
            super::runtime::MethodSite::empty(code, &super::lower::method_site_pcs(code));
        super::lower::lower(
            code,
            &plan,
            &global_caches,
            &method_sites,
            &mut ctx.func,
            &mut fctx,
            module.isa(),
        )?;
        let dump = std::env::var_os("FIREBRAND_JIT_DUMP").is_some();
        if dump {
            eprintln!("{}", ctx.func.display());
            ctx.set_disasm(true);
        }
        let id = module
            .declare_anonymous_function(&ctx.func.signature)
            .map_err(|e| format!("declare: {e}"))?;
        module.define_function(id, &mut ctx).map_err(|e| {
            let e = format!("cranelift: {e:?}");
            if dump {
                eprintln!("{e}");
            }
            e
        })?;
        if dump && let Some(vcode) = ctx.compiled_code().and_then(|c| c.vcode.as_ref()) {
            eprintln!("{vcode}");
        }
        let code_size = ctx
            .compiled_code()
            .map_or(0, |c| c.code_info().total_size as usize);
        module.clear_context(&mut ctx);
        module
            .finalize_definitions()
            .map_err(|e| format!("finalize: {e}"))?;
        let ptr = module.get_finalized_function(id);
        // SAFETY: the function was compiled with `entry_signature`, which is the C
        // ABI signature of `EntryFn`.
        let entry = unsafe { std::mem::transmute::<*const u8, EntryFn>(ptr) };
        Ok(CompiledCode {
            code_size,
            native: Some(NativeHandle(std::rc::Rc::new(NativeCode {
                module: Some(module),
                entry,
                entries: plan.entries.clone(),
                _global_caches: global_caches,
                _method_sites: method_sites,
                nlocals: code.nlocals(),
                code_size,
            }))),
        })
    }
}
