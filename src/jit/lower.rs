//! Lowering: a code object's plain instructions to one Cranelift function.
//!
//! The operand stack is abstract at compile time: each slot is a pair of SSA
//! values (tag, payload — a `Value`'s two words), with its tag when known and
//! whether native code owns a reference or borrows it from a local or constant.
//! Locals are Cranelift variables (tag, payload) that native code owns. Ints,
//! floats and bools are computed inline behind tag checks (int overflow, division
//! by zero and every other case fall to the slow path); loops over iterators, jumps
//! on truth values and the frame's locals never leave native code. Any other
//! instruction runs as one interpreter step (`fb_step`), with its operands handed
//! over in the scratch buffer, so native code runs every instruction the
//! interpreter does, with the same results and errors.
//!
//! Exits write the frame back (`fb_exit_copy`) and return a status: a
//! `ReturnValue` (the interpreter returns), an unbound local (the interpreter
//! raises it), or an exception a helper raised.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types::{F64, I8, I64};
use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, Function, InstBuilder, MemFlagsData, SigRef, Signature,
    StackSlotData, StackSlotKind, Value as V,
};
use cranelift_codegen::isa::TargetIsa;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_jit::JITModule;
use cranelift_module::Module;

use super::runtime::{
    self, EXIT_DECLINED, EXIT_POLL, EXIT_RAISED, EXIT_RESUME, EXIT_RETURN, OFF_BUDGET,
    OFF_BUILTINS, OFF_BUILTINS_VERSION, OFF_FAILED, OFF_GLOBALS_VERSION, OFF_RET, OFF_SCRATCH,
};
use super::types::{self, Assumption, LocalType, Speculation, Ty, Types, tag};
use crate::compiler::CodeObject;
use crate::compiler::bytecode::{Instr, binop};
use crate::runtime::iter::InlineIterKind;

/// What the analysis before lowering found: stack depths and block boundaries.
pub(crate) struct Plan {
    /// Entry offsets (0 and every loop header) with their operand-stack depth.
    pub(crate) entries: Vec<(usize, usize)>,
    /// Operand-stack depth before each reachable instruction.
    depth: Vec<Option<usize>>,
    /// Offsets where a basic block starts.
    block_start: Vec<bool>,
    /// The types native code assumes at block starts.
    types: Types,
}

/// Successors of the instruction at `pc` with operand depth `d` before it:
/// (offset, depth there).
fn successors(instr: Instr, pc: usize, d: i64) -> Vec<(usize, i64)> {
    use Instr::*;
    match instr {
        Jump { target } => vec![(target as usize, d)],
        PopJumpIfFalse { target } | PopJumpIfTrue { target } => {
            vec![(pc + 1, d - 1), (target as usize, d - 1)]
        }
        JumpIfFalseOrPop { target } | JumpIfTrueOrPop { target } => {
            vec![(pc + 1, d - 1), (target as usize, d)]
        }
        ForIter { target } => vec![(pc + 1, d + 1), (target as usize, d - 1)],
        YieldFromSend { target } => vec![(pc + 1, d), (target as usize, d - 1)],
        ReturnValue | Raise { .. } | Reraise | PopExceptReraise => vec![],
        other => vec![(pc + 1, d + i64::from(other.stack_effect()))],
    }
}

/// Analyses `code` for lowering, or says why it will not be compiled (`always`:
/// even when it would not gain, see `mostly_runtime_calls`).
pub(crate) fn plan(code: &CodeObject, always: bool, spec: Speculation) -> Result<Plan, String> {
    if code.is_generator {
        return Err("generators are not compiled".into());
    }
    if !matches!(code.kind, crate::compiler::symtable::ScopeKind::Function) {
        return Err("only function bodies are compiled".into());
    }
    let n = code.plain.len();
    if n == 0 || n > 20_000 {
        return Err("code too long to compile".into());
    }
    let mut depth: Vec<Option<usize>> = vec![None; n];
    let mut block_start = vec![false; n];
    let mut work: Vec<(usize, i64)> = vec![(0, 0)];
    block_start[0] = true;
    for h in &code.exc_table {
        work.push((h.handler as usize, i64::from(h.depth) + 1));
        if let Some(b) = block_start.get_mut(h.handler as usize) {
            *b = true;
        }
    }
    while let Some((pc, d)) = work.pop() {
        if pc >= n || d < 0 || d as usize > runtime::SCRATCH - 8 {
            return Err(format!("stack depth {d} at offset {pc} is out of range"));
        }
        match depth[pc] {
            Some(old) if old == d as usize => continue,
            Some(old) => return Err(format!("inconsistent stack depth at {pc}: {old} and {d}")),
            None => depth[pc] = Some(d as usize),
        }
        let instr = code.plain[pc];
        if matches!(instr, Instr::YieldValue) {
            return Err("yield is not compiled".into());
        }
        // Jump targets start blocks, and so does whatever follows an instruction
        // that never falls through (conditional branches and `ForIter` continue in
        // the block they are in).
        if let Some(t) = instr.jump_target()
            && let Some(b) = block_start.get_mut(t as usize)
        {
            *b = true;
        }
        let ends = matches!(
            instr,
            Instr::Jump { .. }
                | Instr::ReturnValue
                | Instr::Raise { .. }
                | Instr::Reraise
                | Instr::PopExceptReraise
        );
        if ends && let Some(b) = block_start.get_mut(pc + 1) {
            *b = true;
        }
        work.extend(successors(instr, pc, d));
    }
    if !always && let Some(reason) = mostly_runtime_calls(code, &depth) {
        return Err(reason);
    }
    let mut entries = vec![(0, 0)];
    for (pc, instr) in code.plain.iter().enumerate() {
        if let Some(t) = instr.jump_target()
            && (t as usize) <= pc
            && let Some(d) = depth[t as usize]
            && depth[pc].is_some()
            && !entries.iter().any(|&(p, _)| p == t as usize)
        {
            entries.push((t as usize, d));
        }
    }
    let types = types::analyse(code, &depth, &block_start, spec);
    Ok(Plan {
        entries,
        depth,
        block_start,
        types,
    })
}

/// Instructions native code runs inline or through a cheap helper (the rest call
/// into the interpreter).
fn runs_inline(instr: Instr) -> bool {
    use Instr::*;
    matches!(
        instr,
        Nop | PopTop
            | DupTop
            | DupTop2
            | RotTwo
            | RotThree
            | RotFour
            | LoadConst { .. }
            | PushUndef
            | LoadFast { .. }
            | StoreFast { .. }
            | DeleteFast { .. }
            | BinaryOp { .. }
            | InplaceOp { .. }
            | CompareOp { .. }
            | UnaryNot
            | UnaryNeg
            | PopJumpIfFalse { .. }
            | PopJumpIfTrue { .. }
            | JumpIfFalseOrPop { .. }
            | JumpIfTrueOrPop { .. }
            | Jump { .. }
            | ForIter { .. }
            | UnpackSequence { .. }
            | ReturnValue
            | LoadGlobal { .. }
            | BinarySubscr
            | StoreSubscr
            | BuildTuple { .. }
    )
}

/// Why compiling would not pay, if it would not: native code wins on loops of
/// arithmetic, comparisons and jumps; a loop that mostly calls into the runtime
/// (calls, attribute and global loads, subscripts) runs as fast in tier 1, whose
/// specialised forms do those without the crossing. So code whose loops (or,
/// without loops, whose body) are more than an eighth runtime calls stays in
/// tier 1.
fn mostly_runtime_calls(code: &CodeObject, depth: &[Option<usize>]) -> Option<String> {
    let mut in_loop = vec![false; code.plain.len()];
    for (pc, instr) in code.plain.iter().enumerate() {
        if let Some(t) = instr.jump_target()
            && (t as usize) <= pc
        {
            in_loop[t as usize..=pc].iter_mut().for_each(|x| *x = true);
        }
    }
    // A function without loops is judged on its whole body: a call of it from
    // tier 1 is a crossing into native code and back, which only pays when its
    // body runs mostly inline (a method that reads attributes and calls is
    // slower compiled than in tier 1).
    let loops = in_loop.iter().zip(depth).any(|(&l, d)| l && d.is_some());
    if !loops {
        in_loop.iter_mut().for_each(|x| *x = true);
    }
    let (mut total, mut calls) = (0usize, 0usize);
    for (pc, instr) in code.plain.iter().enumerate() {
        if in_loop[pc] && depth[pc].is_some() {
            total += 1;
            // A method's lookup and its call are one crossing (a direct helper
            // each), counted at the call; a built-in method tier 1 saw is
            // called directly (`xs.append` inline), which costs less than tier
            // 1's call: its `Call` is taken back off.
            let method = matches!(instr, Instr::LoadMethod { .. });
            calls += usize::from(!runs_inline(*instr) && !method);
            if method && builtin_method_seen(code, pc) && called_positionally(code, depth, pc) {
                calls = calls.saturating_sub(1);
            }
        }
    }
    (total > 0 && calls * 8 > total).then(|| {
        let what = if loops { "its loops are" } else { "it is" };
        format!("{what} mostly calls into the runtime ({calls} of {total} instructions)")
    })
}

/// Whether tier 1 saw a built-in function at the `LoadMethod` at `pc` (what
/// makes it a [`runtime::MethodSite`] if its speculation has not failed).
fn builtin_method_seen(code: &CodeObject, pc: usize) -> bool {
    match code.quick.get(pc).map(|q| q.get()) {
        Some(Instr::LoadMethodInstance { .. } | Instr::LoadMethodModule { .. }) => {
            code.caches[pc].key3.get() == 1
        }
        Some(Instr::LoadMethodBuiltin { .. }) => true,
        _ => false,
    }
}

/// Whether the `LoadMethod` at `pc` never ran before this compilation (an
/// OSR compilation reaches loops that have not started yet): tier 1 has no
/// feedback for it, and its site is lowered on a guess ([`Origin::SiteGuess`]).
fn method_never_ran(code: &CodeObject, pc: usize) -> bool {
    matches!(
        code.quick.get(pc).map(|q| q.get()),
        Some(Instr::LoadMethod { .. })
    ) && code.caches[pc].warmup.get() == 0
}

/// Whether the receiver of the method site at `pc` is a module (called
/// without a self argument): as tier 1 saw it, or for a site that never ran,
/// guessed from a receiver loaded as a global (`heapq.heappush`).
pub(crate) fn site_receiver_is_module(code: &CodeObject, pc: usize) -> bool {
    match code.quick.get(pc).map(|q| q.get()) {
        Some(Instr::LoadMethodModule { .. }) => true,
        _ => {
            method_never_ran(code, pc)
                && pc > 0
                && matches!(code.plain[pc - 1], Instr::LoadGlobal { .. })
        }
    }
}

/// Whether the method loaded at `pc` is called with positional arguments only
/// (a `Call`, which native code makes directly, not a `CallKw`).
fn called_positionally(code: &CodeObject, depth: &[Option<usize>], pc: usize) -> bool {
    // Before the `LoadMethod` the receiver is on top; after it the method and
    // its self slot are. Its call is the first with them under its arguments.
    let Some(d) = depth[pc] else { return false };
    for (at, instr) in code.plain.iter().enumerate().skip(pc + 1) {
        let (argc, positional) = match *instr {
            Instr::Call { argc } => (argc, true),
            Instr::CallKw { argc, .. } => (argc, false),
            _ => continue,
        };
        if depth[at] == Some(d + 1 + argc as usize) {
            return positional;
        }
    }
    false
}

/// The offsets of the `LoadGlobal` instructions (each gets a cache).
pub(crate) fn method_site_pcs(code: &CodeObject) -> Vec<usize> {
    (0..code.plain.len())
        .filter(|&pc| matches!(code.plain[pc], Instr::LoadMethod { .. }))
        .collect()
}

/// The offsets of the `LoadGlobal` instructions (one cache each).
pub(crate) fn global_sites(code: &CodeObject) -> Vec<usize> {
    (0..code.plain.len())
        .filter(|&pc| matches!(code.plain[pc], Instr::LoadGlobal { .. }))
        .collect()
}

/// The signature of the compiled function: `(ctx, frame values, entry) -> status`.
pub(crate) fn entry_signature(module: &JITModule) -> Signature {
    let mut sig = module.make_signature();
    for _ in 0..3 {
        sig.params.push(AbiParam::new(I64));
    }
    sig.returns.push(AbiParam::new(I64));
    sig
}

/// One operand-stack slot at compile time.
#[derive(Clone, Copy)]
struct Slot {
    tag: V,
    pay: V,
    /// The tag, when known at compile time.
    known: Option<u8>,
    /// Whether native code owns a reference (else it borrows one from a local or
    /// a constant).
    owned: bool,
    /// The local it was loaded from, while borrowed from it.
    src: Option<u32>,
    /// A float's value as an `f64` (saves moving it between register files).
    f: Option<V>,
    /// What it is besides its value: see [`Origin`].
    origin: Origin,
}

/// Where a slot came from, when a later instruction can use that.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// Nothing special.
    Value,
    /// Loaded by `LoadGlobal name` (a call of it may be a built-in done inline).
    Global(u32),
    /// Not a value yet: `LoadMethod name` on the list in the slot above, which a
    /// `Call` does inline (`xs.append(x)`). Anything else that needs the slot as a
    /// value first makes it one (`materialize_methods`).
    ListMethod(u32),
    /// The built-in of the [`runtime::MethodSite`] with this index (`LoadMethod`
    /// checked the receiver): a `Call` of it calls it directly.
    Builtin(u32),
    /// The result of a `LoadMethod` that had never run, at the
    /// [`runtime::MethodSite`] with this index: the site's built-in when the
    /// receiver was admitted, else whatever the generic lookup found. A `Call`
    /// checks which at run time.
    SiteGuess(u32),
}

impl Slot {
    /// A value of unknown type, owned or borrowed.
    fn unknown(tag: V, pay: V, owned: bool) -> Slot {
        Slot {
            tag,
            pay,
            known: None,
            owned,
            src: None,
            f: None,
            origin: Origin::Value,
        }
    }

    fn may_be_heap(&self) -> bool {
        !matches!(self.origin, Origin::ListMethod(_))
            && self.known.is_none_or(|t| t >= tag::FIRST_HEAP)
    }
}

struct Lower<'a, 'f> {
    b: FunctionBuilder<'f>,
    code: &'a CodeObject,
    plan: &'a Plan,
    ctx: V,
    locals: Vec<(Variable, Variable)>,
    /// Each local's value as an `f64`, valid while it is known to be a float
    /// (`locals` holds it too, as bits).
    fvars: Vec<Variable>,
    /// The poll counter's address (loaded once, at the start).
    budget: V,
    /// The poll counter while native code runs: read at entry, kept in a
    /// register, written back at every exit (a nested run reads the memory one).
    budget_var: Variable,
    /// The `LoadGlobal` offsets, in order, and the address of their caches
    /// (`runtime::GlobalCache`, one per site, owned by the native code).
    global_sites: Vec<usize>,
    global_caches: usize,
    /// The `LoadMethod` offsets, in order, and the address of their
    /// [`runtime::MethodSite`]s (owned by the native code).
    method_site_pcs: Vec<usize>,
    method_sites: usize,
    /// The frame area: a copy of the locals, written at every store, then room
    /// for the operand stack. Exits move it back to the interpreter's frame, so
    /// they need no SSA value of a local (which then need not stay live).
    area: V,
    /// What is known of each local's tag in the current block: `Some(tag)`,
    /// `Some(tag::BOUND)` (bound, type unknown), `None` (may be unbound).
    known: Vec<Option<u8>>,
    /// For a local that may be unbound: the tag it has if bound, when known.
    if_bound: Vec<Option<u8>>,
    /// Edges whose checks are emitted after the current block's terminator.
    pending: Vec<PendingEdge>,
    stack: Vec<Slot>,
    blocks: Vec<Option<Block>>,
    /// Signatures by number of parameters (all `i64`, one `i64` result).
    sigs: Vec<SigRef>,
    /// Whether the current block still needs its terminator.
    open: bool,
}

/// An edge into a block whose assumptions the lowering could not show where it
/// branched: it goes through a block of its own that checks them.
struct PendingEdge {
    /// The block that checks.
    block: Block,
    /// The target offset.
    target: usize,
    /// The operand stack passed (owned), and the arguments made of it.
    stack: Vec<Slot>,
    args: Vec<BlockArg>,
    /// The lowering's knowledge of the locals at the branch.
    known: Vec<Option<u8>>,
    if_bound: Vec<Option<u8>>,
    /// Whether the edge is a back-edge (which polls).
    poll: bool,
}

/// Lowers `code` into `func` (whose signature is already set).
pub(crate) fn lower(
    code: &CodeObject,
    plan: &Plan,
    global_caches: &[runtime::GlobalCache],
    method_sites: &[runtime::MethodSite],
    func: &mut Function,
    fctx: &mut FunctionBuilderContext,
    isa: &dyn TargetIsa,
) -> Result<(), String> {
    let call_conv = isa.default_call_conv();
    if global_caches.len() != global_sites(code).len() {
        return Err("one global cache per LoadGlobal site is needed".into());
    }
    let global_caches = global_caches.as_ptr() as usize;
    if method_sites.len() != method_site_pcs(code).len() {
        return Err("one method site per LoadMethod is needed".into());
    }
    let method_sites = method_sites.as_ptr() as usize;
    let mut b = FunctionBuilder::new(func, fctx);
    let sigs = (0..8)
        .map(|n| {
            let mut s = Signature::new(call_conv);
            for _ in 0..n {
                s.params.push(AbiParam::new(I64));
            }
            s.returns.push(AbiParam::new(I64));
            b.import_signature(s)
        })
        .collect();
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let locals = (0..code.nlocals())
        .map(|_| (b.declare_var(I64), b.declare_var(I64)))
        .collect();
    let fvars = (0..code.nlocals()).map(|_| b.declare_var(F64)).collect();
    let max_depth = plan.depth.iter().flatten().copied().max().unwrap_or(0);
    let area_size = 16 * (code.nlocals() + max_depth + 1);
    let slot = b.create_sized_stack_slot(StackSlotData::new(
        StackSlotKind::ExplicitSlot,
        u32::try_from(area_size).map_err(|_| "frame too large".to_string())?,
        4,
    ));
    let area = b.ins().stack_addr(I64, slot, 0);
    let budget = b
        .ins()
        .load(I64, MemFlagsData::trusted(), params[0], OFF_BUDGET);
    let budget_var = b.declare_var(I64);
    let budget_now = b.ins().load(I64, MemFlagsData::trusted(), budget, 0);
    b.def_var(budget_var, budget_now);
    let mut blocks = vec![None; code.plain.len()];
    for (pc, start) in plan.block_start.iter().enumerate() {
        if *start && let Some(d) = plan.depth[pc] {
            let blk = b.create_block();
            for _ in 0..2 * d {
                b.append_block_param(blk, I64);
            }
            blocks[pc] = Some(blk);
        }
    }
    let mut l = Lower {
        b,
        code,
        plan,
        ctx: params[0],
        locals,
        fvars,
        budget,
        budget_var,
        global_sites: global_sites(code),
        global_caches,
        method_site_pcs: method_site_pcs(code),
        method_sites,
        area,
        known: vec![None; code.nlocals()],
        if_bound: vec![None; code.nlocals()],
        pending: Vec::new(),
        stack: Vec::new(),
        blocks,
        sigs,
        open: false,
    };
    l.entries(params[1], params[2]);
    l.body()?;
    l.b.seal_all_blocks();
    l.b.finalize(isa.frontend_config());
    Ok(())
}

impl Lower<'_, '_> {
    fn iconst(&mut self, x: i64) -> V {
        self.b.ins().iconst(I64, x)
    }

    fn call(&mut self, f: usize, args: &[V]) -> V {
        let sig = self.sigs[args.len()];
        let callee = self.iconst(f as i64);
        let inst = self.b.ins().call_indirect(sig, callee, args);
        self.b.inst_results(inst)[0]
    }

    /// The entry block: picks the entry, loads the frame into variables and
    /// parameters, and jumps to the entry's block.
    fn entries(&mut self, frame: V, which: V) {
        let entries = self.plan.entries.clone();
        let nlocals = self.locals.len();
        for (k, &(pc, depth)) in entries.iter().enumerate() {
            let load = self.new_block();
            let next = self.new_block();
            let is_k = self.b.ins().icmp_imm_s(IntCC::Equal, which, k as i64);
            self.b.ins().brif(is_k, load, &[], next, &[]);
            self.b.switch_to_block(load);
            // A frame whose locals do not have the types this entry assumes is
            // declined (nothing is written), naming the local.
            let declined = self.new_block();
            self.b.set_cold_block(declined);
            self.b.append_block_param(declined, I64);
            let assumed = self.plan.types.at[pc].clone();
            let mut loaded = Vec::with_capacity(nlocals);
            for i in 0..nlocals {
                let t = self.load(frame, (16 * i) as i32);
                let p = self.load(frame, (16 * i + 8) as i32);
                if let Some(e) = assumed.as_ref().map(|a| a[i])
                    && !(e.maybe_unbound && e.ty == Ty::Any)
                {
                    let ok = self.tag_meets(t, e);
                    let checked = self.new_block();
                    let code = self.iconst(Assumption::Local(i as u32).code() as i64);
                    self.b
                        .ins()
                        .brif(ok, checked, &[], declined, &[code.into()]);
                    self.b.switch_to_block(checked);
                }
                loaded.push((t, p));
            }
            for (i, (t, p)) in loaded.into_iter().enumerate() {
                let (tv, pv) = self.locals[i];
                self.b.def_var(tv, t);
                self.b.def_var(pv, p);
                self.store(t, self.area, (16 * i) as i32);
                self.store(p, self.area, (16 * i + 8) as i32);
                if assumed.as_ref().and_then(|a| a[i].tag_if_bound()) == Some(tag::FLOAT) {
                    let f = self.f64_of(p);
                    self.b.def_var(self.fvars[i], f);
                }
            }
            let mut args = Vec::with_capacity(2 * depth);
            for j in 0..depth {
                let off = 16 * (nlocals + j);
                args.push(self.load(frame, off as i32));
                args.push(self.load(frame, (off + 8) as i32));
            }
            if pc == 0 {
                self.poll(0, Vec::new());
            }
            let target = self.blocks[pc].expect("entry block");
            let args: Vec<BlockArg> = args.into_iter().map(BlockArg::from).collect();
            self.b.ins().jump(target, &args);
            self.b.switch_to_block(declined);
            let code = self.b.block_params(declined)[0];
            self.store(code, self.ctx, OFF_FAILED);
            let status = self.iconst(EXIT_DECLINED as i64);
            self.b.ins().return_(&[status]);
            self.b.switch_to_block(next);
        }
        // No such entry (`enter` checks, so this cannot happen): nothing was read,
        // and the frame is left as it was.
        let status = self.iconst(EXIT_DECLINED as i64);
        self.b.ins().return_(&[status]);
        self.open = false;
    }

    /// Decrements the poll counter; when it runs out, leaves native code for the
    /// runtime (resuming the interpreter at `pc` with operand stack `stack`; not a
    /// deoptimisation). Leaving instead of calling keeps loops free of calls, so
    /// their values stay in registers.
    fn poll(&mut self, pc: usize, stack: Vec<Slot>) {
        let n = self.b.use_var(self.budget_var);
        let n1 = self.b.ins().iadd_imm_s(n, -1);
        self.b.def_var(self.budget_var, n1);
        let out = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, n1, 0);
        self.exit_if(out, pc, EXIT_POLL, stack);
    }

    fn body(&mut self) -> Result<(), String> {
        let n = self.code.plain.len();
        let mut pc = 0;
        while pc < n {
            if let Some(blk) = self.blocks[pc] {
                if self.open {
                    self.jump_to(pc);
                }
                self.b.switch_to_block(blk);
                let params = self.b.block_params(blk).to_vec();
                self.stack.clear();
                for c in params.chunks(2) {
                    self.push_owned(c[0], c[1]);
                }
                self.assume_block_types(pc);
                self.open = true;
            }
            if !self.open || self.plan.depth[pc].is_none() {
                self.open = false;
                pc += 1;
                continue;
            }
            debug_assert_eq!(self.plan.depth[pc], Some(self.stack.len()));
            pc = self.instr(pc)?;
        }
        if self.open {
            // Running off the end cannot happen (code ends in a return).
            self.exit(n.saturating_sub(1), EXIT_RESUME, None);
        }
        Ok(())
    }

    /// Ends the current block with a jump to the block at `pc`, passing the stack
    /// (after checking what the block assumes of the locals).
    fn jump_to(&mut self, pc: usize) {
        let args = self.block_args();
        let stack = self.stack.clone();
        self.check_edge(pc, &stack);
        let blk = self.blocks[pc].expect("jump to a block");
        self.b.ins().jump(blk, &args);
        self.open = false;
    }

    /// What the lowering knows of the locals at the start of the block at `pc`:
    /// what the analysis found there (every edge into it checks that).
    fn assume_block_types(&mut self, pc: usize) {
        let at = self.plan.types.at[pc].clone();
        for i in 0..self.known.len() {
            let l = at.as_ref().map_or(
                LocalType {
                    maybe_unbound: true,
                    ty: Ty::Any,
                },
                |v| v[i],
            );
            (self.known[i], self.if_bound[i]) = match (l.maybe_unbound, l.ty) {
                (false, Ty::Is(t)) => (Some(t), None),
                (false, _) => (Some(tag::BOUND), None),
                (true, Ty::Nothing) => (Some(tag::UNDEF), None),
                (true, Ty::Is(t)) => (None, Some(t)),
                (true, Ty::Any) => (None, None),
            };
            // A known tag is a constant here, so it is not carried into the block.
            if let Some(t) = self.known[i].filter(|&k| k != tag::BOUND) {
                let c = self.iconst(i64::from(t));
                self.b.def_var(self.locals[i].0, c);
            }
        }
    }

    /// Whether local `i` as the lowering knows it meets `e` without a check.
    fn meets(&self, i: usize, e: LocalType) -> bool {
        let k = self.known[i];
        match e.ty {
            _ if e.maybe_unbound && e.ty == Ty::Any => true,
            Ty::Any => k.is_some_and(|k| k != tag::UNDEF),
            Ty::Nothing => k == Some(tag::UNDEF),
            Ty::Is(t) => {
                k == Some(t)
                    || (e.maybe_unbound
                        && (k == Some(tag::UNDEF) || (k.is_none() && self.if_bound[i] == Some(t))))
            }
        }
    }

    /// The locals whose assumptions at the block at `target` need a check on an
    /// edge from here.
    fn edge_checks(&self, target: usize) -> Vec<(usize, LocalType)> {
        let Some(at) = self.plan.types.at[target].as_ref() else {
            return Vec::new();
        };
        at.iter()
            .enumerate()
            .filter(|&(i, &e)| !self.meets(i, e))
            .map(|(i, &e)| (i, e))
            .collect()
    }

    /// Whether the tag `t` of a local meets `e` (an `i8` truth value).
    fn tag_meets(&mut self, t: V, e: LocalType) -> V {
        let is = |l: &mut Self, x: u8| l.b.ins().icmp_imm_s(IntCC::Equal, t, i64::from(x));
        match e.ty {
            Ty::Any => self
                .b
                .ins()
                .icmp_imm_s(IntCC::NotEqual, t, i64::from(tag::UNDEF)),
            Ty::Nothing => is(self, tag::UNDEF),
            Ty::Is(x) => {
                let yes = is(self, x);
                if e.maybe_unbound {
                    let unbound = is(self, tag::UNDEF);
                    self.b.ins().bor(yes, unbound)
                } else {
                    yes
                }
            }
        }
    }

    /// Checks, before a jump to the block at `target` with operand stack `stack`
    /// (owned), what that block assumes of the locals; a local that does not meet
    /// it exits to the interpreter at `target` (and the code is compiled again
    /// without the assumption).
    fn check_edge(&mut self, target: usize, stack: &[Slot]) {
        for (i, e) in self.edge_checks(target) {
            let t = self.b.use_var(self.locals[i].0);
            let ok = self.tag_meets(t, e);
            let bad = self.b.ins().bxor_imm_s(ok, 1);
            self.exit_failing(bad, target, stack.to_vec(), Assumption::Local(i as u32));
            if e.tag_if_bound() == Some(tag::FLOAT) {
                // The block reads a float local from its `f64` variable.
                let p = self.b.use_var(self.locals[i].1);
                let f = self.f64_of(p);
                self.b.def_var(self.fvars[i], f);
            }
        }
    }

    /// The block and arguments for a branch edge to `target` with the current
    /// stack passed as `args`: the target itself, or a block of its own when the
    /// edge needs checks or polls (emitted by `flush_edges` after the branch).
    fn edge(&mut self, target: usize, args: &[BlockArg], poll: bool) -> (Block, Vec<BlockArg>) {
        let blk = self.blocks[target].expect("branch target block");
        if !poll && self.edge_checks(target).is_empty() {
            return (blk, args.to_vec());
        }
        let block = self.new_block();
        self.pending.push(PendingEdge {
            block,
            target,
            stack: self.stack.clone(),
            args: args.to_vec(),
            known: self.known.clone(),
            if_bound: self.if_bound.clone(),
            poll,
        });
        (block, Vec::new())
    }

    /// Emits the edge blocks `edge` made (the current block is terminated).
    fn flush_edges(&mut self) {
        let (known, if_bound) = (self.known.clone(), self.if_bound.clone());
        for e in std::mem::take(&mut self.pending) {
            self.b.switch_to_block(e.block);
            self.known = e.known;
            self.if_bound = e.if_bound;
            if e.poll {
                self.poll(e.target, e.stack.clone());
            }
            self.check_edge(e.target, &e.stack);
            let blk = self.blocks[e.target].expect("branch target block");
            self.b.ins().jump(blk, &e.args);
        }
        self.known = known;
        self.if_bound = if_bound;
    }

    /// The operand stack as block arguments, every slot owned.
    fn block_args(&mut self) -> Vec<BlockArg> {
        let mut stack = std::mem::take(&mut self.stack);
        self.materialize_methods(&mut stack);
        self.stack = stack;
        for i in 0..self.stack.len() {
            self.own(i);
        }
        self.stack
            .iter()
            .flat_map(|s| [BlockArg::from(s.tag), BlockArg::from(s.pay)])
            .collect()
    }

    /// Makes the method slots in `stack` (`Origin::ListMethod`) the values the
    /// interpreter's `LoadMethod` pushes: the method and the receiver.
    fn materialize_methods(&mut self, stack: &mut [Slot]) {
        for i in 0..stack.len() {
            let Origin::ListMethod(name) = stack[i].origin else {
                continue;
            };
            let list = stack[i + 1];
            let namev = self.iconst(i64::from(name));
            let _ = self.call(
                runtime::fb_load_method as *const () as usize,
                &[self.ctx, namev, list.tag, list.pay],
            );
            let scratch = self.load(self.ctx, OFF_SCRATCH);
            let words: Vec<V> = (0..4).map(|k| self.load(scratch, 8 * k)).collect();
            self.release(list);
            stack[i] = Slot::unknown(words[0], words[1], true);
            stack[i + 1] = Slot::unknown(words[2], words[3], true);
        }
    }

    // ----- reference counts --------------------------------------------------

    /// Emits one more (`f` is `fb_incref`) or one less (`fb_decref`) reference
    /// to a value that may hold one, skipping it at run time when the tag says it
    /// does not. With the measured layout the count is changed inline (a value
    /// whose last reference goes is dropped by the helper).
    fn on_heap(&mut self, s: Slot, f: usize) {
        if !s.may_be_heap() {
            return;
        }
        let cont = self.new_block();
        if s.known.is_none() {
            let heap = self.b.ins().icmp_imm_s(
                IntCC::UnsignedGreaterThanOrEqual,
                s.tag,
                i64::from(tag::FIRST_HEAP),
            );
            let call = self.new_block();
            self.b.ins().brif(heap, call, &[], cont, &[]);
            self.b.switch_to_block(call);
        }
        if runtime::layout().is_none() {
            let _ = self.call(f, &[s.tag, s.pay]);
        } else if f == runtime::fb_incref as *const () as usize {
            let n = self.load(s.pay, 0);
            let n1 = self.b.ins().iadd_imm_s(n, 1);
            self.store(n1, s.pay, 0);
        } else {
            let n = self.load(s.pay, 0);
            let last = self.b.ins().icmp_imm_s(IntCC::Equal, n, 1);
            let drop_it = self.new_block();
            let keep = self.new_block();
            self.b.set_cold_block(drop_it);
            self.b.ins().brif(last, drop_it, &[], keep, &[]);
            self.b.switch_to_block(drop_it);
            let _ = self.call(f, &[s.tag, s.pay]);
            self.b.ins().jump(cont, &[]);
            self.b.switch_to_block(keep);
            let n1 = self.b.ins().iadd_imm_s(n, -1);
            self.store(n1, s.pay, 0);
        }
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Makes stack slot `i` owned (one more reference if it was borrowed).
    fn own(&mut self, i: usize) {
        let s = self.stack[i];
        if !s.owned {
            self.on_heap(s, runtime::fb_incref as *const () as usize);
            self.stack[i].owned = true;
            self.stack[i].src = None;
        }
    }

    fn own_slot(&mut self, s: Slot) -> Slot {
        if s.owned {
            return s;
        }
        self.on_heap(s, runtime::fb_incref as *const () as usize);
        Slot {
            owned: true,
            src: None,
            ..s
        }
    }

    /// A new block, cold when made while emitting a cold one: what an exit or
    /// a slow path emits stays out of the hot code's way in the layout.
    fn new_block(&mut self) -> Block {
        let blk = self.b.create_block();
        if let Some(cur) = self.b.current_block()
            && self.b.func.layout.is_cold(cur)
        {
            self.b.set_cold_block(blk);
        }
        blk
    }

    /// Drops a slot popped for good.
    fn release(&mut self, s: Slot) {
        if s.owned {
            self.on_heap(s, runtime::fb_decref as *const () as usize);
        }
    }

    fn pop(&mut self) -> Slot {
        self.stack
            .pop()
            .expect("operand stack underflow at compile time")
    }

    /// Pushes a value native code owns whose tag is known only at run time.
    fn push_owned(&mut self, tag: V, pay: V) {
        self.stack.push(Slot::unknown(tag, pay, true));
    }

    /// Pushes the value a helper left in `ret`.
    fn push_ret(&mut self) {
        let tag = self.load(self.ctx, OFF_RET);
        let pay = self.load(self.ctx, OFF_RET + 8);
        self.push_owned(tag, pay);
    }

    /// A trusted 64-bit load.
    fn load(&mut self, base: V, offset: i32) -> V {
        self.b
            .ins()
            .load(I64, MemFlagsData::trusted(), base, offset)
    }

    /// A trusted 64-bit store.
    fn store(&mut self, x: V, base: V, offset: i32) {
        self.b.ins().store(MemFlagsData::trusted(), x, base, offset);
    }

    /// Takes the `n` top slots (owned) for a helper: stores them in the scratch
    /// buffer, bottom first, and gives its address.
    fn pass_inputs(&mut self, n: usize) -> V {
        self.materialize_inputs(n);
        let base = self.stack.len() - n;
        for i in base..self.stack.len() {
            self.own(i);
        }
        self.lend_inputs(n).0
    }

    /// Stores the `n` top slots in the scratch buffer as they are, owned or
    /// borrowed, for a helper that only borrows them; returns the buffer's
    /// address and the slots (the caller releases the owned ones once the
    /// helper is done).
    fn lend_inputs(&mut self, n: usize) -> (V, Vec<Slot>) {
        self.materialize_inputs(n);
        let base = self.stack.len() - n;
        let inputs: Vec<Slot> = self.stack.drain(base..).collect();
        let scratch = self.load(self.ctx, OFF_SCRATCH);
        for (k, s) in inputs.iter().enumerate() {
            let off = (16 * k) as i32;
            self.store(s.tag, scratch, off);
            self.store(s.pay, scratch, off + 8);
        }
        (scratch, inputs)
    }

    /// Makes the method slots among the `n` top slots (and the one under them,
    /// a method's callee) values, before they are passed to a helper.
    fn materialize_inputs(&mut self, n: usize) {
        let base = self.stack.len() - n;
        if self.stack[base.saturating_sub(1)..]
            .iter()
            .any(|s| matches!(s.origin, Origin::ListMethod(_)))
        {
            let mut stack = std::mem::take(&mut self.stack);
            self.materialize_methods(&mut stack);
            self.stack = stack;
        }
    }

    /// Pushes `n` values a helper left in the scratch buffer at `scratch`.
    fn push_scratch(&mut self, scratch: V, n: usize) {
        for k in 0..n {
            let off = (16 * k) as i32;
            let tag = self.load(scratch, off);
            let pay = self.load(scratch, off + 8);
            self.push_owned(tag, pay);
        }
    }

    fn push_known(&mut self, t: u8, pay: V) {
        let tag = self.iconst(i64::from(t));
        self.stack.push(Slot {
            tag,
            pay,
            known: Some(t),
            owned: true,
            src: None,
            f: None,
            origin: Origin::Value,
        });
    }

    // ----- exits ---------------------------------------------------------------

    /// Writes the frame back and returns `kind` at `pc`. `stack` is the operand
    /// stack to write (the current one when `None`). Ends the current block.
    fn exit(&mut self, pc: usize, kind: u64, stack: Option<Vec<Slot>>) {
        let mut stack = stack.unwrap_or_else(|| self.stack.clone());
        self.materialize_methods(&mut stack);
        let stack: Vec<Slot> = stack.into_iter().map(|s| self.own_slot(s)).collect();
        let nlocals = self.locals.len();
        let budget = self.b.use_var(self.budget_var);
        self.store(budget, self.budget, 0);
        // The locals are in the frame area already; the stack goes after them.
        for (j, s) in stack.iter().enumerate() {
            let off = 16 * (nlocals + j);
            self.store(s.tag, self.area, off as i32);
            self.store(s.pay, self.area, (off + 8) as i32);
        }
        let n = self.iconst((nlocals + stack.len()) as i64);
        let _ = self.call(
            runtime::fb_exit_copy as *const () as usize,
            &[self.ctx, self.area, n],
        );
        let status = self.iconst(((pc as u64) << 2 | kind) as i64);
        self.b.ins().return_(&[status]);
        self.open = false;
    }

    /// Branches to a cold exit when `cond` holds; continues in a new block.
    fn exit_if(&mut self, cond: V, pc: usize, kind: u64, stack: Vec<Slot>) {
        self.exit_if_with(cond, pc, kind, stack, None);
    }

    /// Branches to a cold exit (resuming the interpreter at `pc`) when `cond`
    /// holds because `assumption` failed; continues in a new block.
    fn exit_failing(&mut self, cond: V, pc: usize, stack: Vec<Slot>, assumption: Assumption) {
        self.exit_if_with(cond, pc, EXIT_RESUME, stack, Some(assumption));
    }

    fn exit_if_with(
        &mut self,
        cond: V,
        pc: usize,
        kind: u64,
        stack: Vec<Slot>,
        failed: Option<Assumption>,
    ) {
        let out = self.new_block();
        let cont = self.new_block();
        self.b.set_cold_block(out);
        self.b.ins().brif(cond, out, &[], cont, &[]);
        self.b.switch_to_block(out);
        self.exit_naming(pc, kind, stack, failed);
        self.b.switch_to_block(cont);
        self.open = true;
    }

    /// Fills the current (cold) block with an exit resuming the interpreter at
    /// `pc` with `stack`, naming the assumption that `failed` if one did.
    fn exit_naming(&mut self, pc: usize, kind: u64, stack: Vec<Slot>, failed: Option<Assumption>) {
        if let Some(a) = failed {
            let c = self.iconst(a.code() as i64);
            self.store(c, self.ctx, OFF_FAILED);
        }
        self.exit(pc, kind, Some(stack));
    }

    // ----- instructions --------------------------------------------------------

    /// Lowers the instruction at `pc`; returns the next offset to lower.
    fn instr(&mut self, pc: usize) -> Result<usize, String> {
        use Instr::*;
        let instr = self.code.plain[pc];
        match instr {
            Nop => {}
            PopTop => {
                let s = self.pop();
                self.release(s);
            }
            DupTop => {
                let i = self.stack.len() - 1;
                self.own(i);
                let s = self.stack[i];
                let c = self.own_slot(Slot { owned: false, ..s });
                self.stack.push(c);
            }
            DupTop2 => {
                let n = self.stack.len();
                self.own(n - 2);
                self.own(n - 1);
                for i in [n - 2, n - 1] {
                    let s = self.stack[i];
                    let c = self.own_slot(Slot { owned: false, ..s });
                    self.stack.push(c);
                }
            }
            RotTwo => {
                let n = self.stack.len();
                self.stack.swap(n - 1, n - 2);
            }
            RotThree => {
                let n = self.stack.len();
                self.stack[n - 3..].rotate_right(1);
            }
            RotFour => {
                let n = self.stack.len();
                self.stack[n - 4..].rotate_right(1);
            }
            LoadConst { idx } => self.load_const(idx as usize),
            PushUndef => {
                let z = self.iconst(0);
                self.push_known(tag::UNDEF, z);
            }
            LoadFast { idx } => self.load_fast(pc, idx as usize),
            StoreFast { idx } => {
                let v = self.pop();
                let v = self.guard_store(pc, idx as usize, v);
                self.store_fast(idx as usize, v);
            }
            DeleteFast { idx } => {
                let i = idx as usize;
                self.check_bound(pc, i);
                let z = self.iconst(0);
                self.store_fast(
                    i,
                    Slot {
                        tag: z,
                        pay: z,
                        known: Some(tag::UNDEF),
                        owned: true,
                        src: None,
                        f: None,
                        origin: Origin::Value,
                    },
                );
            }
            BinaryOp { op } | InplaceOp { op } => self.binary(pc, op),
            CompareOp { op } => {
                let fused = match self.code.plain.get(pc + 1) {
                    Some(&PopJumpIfFalse { target }) if !self.plan.block_start[pc + 1] => {
                        Some((target, false))
                    }
                    Some(&PopJumpIfTrue { target }) if !self.plan.block_start[pc + 1] => {
                        Some((target, true))
                    }
                    _ => None,
                };
                if let Some((target, when)) = fused {
                    self.compare(pc, op, Some((pc + 2, target as usize, when)));
                    return Ok(pc + 2);
                }
                self.compare(pc, op, None);
            }
            UnaryNot => {
                let s = self.pop();
                let t = self.truth(pc, s);
                let r = self.b.ins().bxor_imm_s(t, 1);
                let r = self.b.ins().uextend(I64, r);
                self.push_known(tag::BOOL, r);
            }
            UnaryNeg => self.negate(pc),
            BinarySubscr => self.subscr(pc),
            UnpackSequence { n: 2 } => self.unpack_pair(pc)?,
            StoreSubscr => self.store_subscr(pc)?,
            BuildTuple { n: 2 } => self.build_pair(pc),
            GetIter => self.get_iter(pc),
            BuildList { n } if (n as usize) <= runtime::SCRATCH => self.build_list(pc, n as usize),
            LoadMethod { name }
                if self
                    .stack
                    .last()
                    .is_some_and(|s| s.known == Some(tag::LIST))
                    && self.code.names[name as usize].as_str() == "append" =>
            {
                // `xs.append`: nothing to look up (lists' methods are fixed); the
                // `Call` appends inline.
                let list = self.pop();
                let z = self.iconst(0);
                self.stack.push(Slot {
                    tag: z,
                    pay: z,
                    known: None,
                    owned: true,
                    src: None,
                    f: None,
                    origin: Origin::ListMethod(name),
                });
                self.stack.push(list);
            }
            LoadMethod { name } => self.load_method(pc, name),
            Call { argc } => {
                let n = self.stack.len();
                let argc = argc as usize;
                let callee = self.stack[n - argc - 2].origin;
                let name = |k: u32| self.code.names[k as usize].as_str();
                match callee {
                    Origin::Global(g) if argc == 1 && name(g) == "len" => self.len_call(pc),
                    Origin::ListMethod(_) if argc == 1 => self.list_append(pc),
                    Origin::Builtin(k) if argc < runtime::SCRATCH => self.call_builtin(pc, k, argc),
                    Origin::SiteGuess(k) if argc < runtime::SCRATCH => {
                        self.call_site_guess(pc, k, argc)
                    }
                    Origin::Global(g) if (argc == 2 || argc == 3) && name(g) == "min" => {
                        self.min_max(pc, argc, false)
                    }
                    Origin::Global(g) if (argc == 2 || argc == 3) && name(g) == "max" => {
                        self.min_max(pc, argc, true)
                    }
                    _ => self.call_generic(pc, argc),
                }
            }
            LoadGlobal { name } => self.load_global(pc, name),
            PopJumpIfFalse { target } | PopJumpIfTrue { target } => {
                let s = self.pop();
                let t = self.truth(pc, s);
                let when = matches!(instr, PopJumpIfTrue { .. });
                self.branch(pc, t, target as usize, when, pc + 1);
            }
            JumpIfFalseOrPop { target } | JumpIfTrueOrPop { target } => {
                let s = {
                    let i = self.stack.len() - 1;
                    self.own(i);
                    self.stack[i]
                };
                let exit_stack = self.stack.clone();
                let t = self.truth_keep(pc, s, exit_stack);
                let when = matches!(instr, JumpIfTrueOrPop { .. });
                // Jump keeping TOS, or pop it and fall through.
                let args = self.block_args();
                let (jump_blk, jump_args) = self.edge(target as usize, &args, false);
                let pop_blk = self.new_block();
                if when {
                    self.b.ins().brif(t, jump_blk, &jump_args, pop_blk, &[]);
                } else {
                    self.b.ins().brif(t, pop_blk, &[], jump_blk, &jump_args);
                }
                self.flush_edges();
                self.b.switch_to_block(pop_blk);
                let s = self.pop();
                self.release(s);
                self.open = true;
            }
            Jump { target } => {
                if (target as usize) <= pc {
                    let stack = self.stack.clone();
                    self.poll(target as usize, stack);
                }
                self.jump_to(target as usize);
            }
            ForIter { target } => return Ok(self.for_iter(pc, target as usize)),
            ReturnValue => self.exit(pc, EXIT_RETURN, None),
            YieldValue => return Err("yield is not compiled".into()),
            Raise { .. } | Reraise | PopExceptReraise => {
                // Always raises: the step's exit is the way out; the block still
                // needs an end where a fall-through would go.
                self.step(pc, instr)?;
                self.exit(pc + 1, EXIT_RESUME, None);
            }
            other => self.step(pc, other)?,
        }
        Ok(pc + 1)
    }

    /// `LoadGlobal name`: the site's cache when the globals and builtins have
    /// not changed since it was filled, else the runtime (which fills it).
    fn load_global(&mut self, pc: usize, name: u32) {
        let k = self
            .global_sites
            .binary_search(&pc)
            .expect("a cache per LoadGlobal site");
        let cache = self.global_caches + k * std::mem::size_of::<runtime::GlobalCache>();
        let cache = self.iconst(cache as i64);
        // `min`, `max`, `len`: assumed to be the built-ins, which the engine holds
        // for as long as it lives (`JitCtx::builtins`): checked once here, then
        // borrowed without reference counting.
        let builtin = runtime::JIT_BUILTINS
            .iter()
            .position(|b| *b == self.code.names[name as usize].as_str())
            .filter(|_| self.plan.types.spec.op_speculates(pc));
        let before = self.stack.clone();
        let join = self.join_block();
        let check = self.new_block();
        let hit = self.new_block();
        let miss = self.new_block();
        self.b.set_cold_block(miss);
        let seen_at = self.load(cache, runtime::GC_GLOBALS_VERSION);
        let now_at = self.load(self.ctx, OFF_GLOBALS_VERSION);
        let same = self.b.ins().icmp(IntCC::Equal, seen_at, now_at);
        self.b.ins().brif(same, check, &[], miss, &[]);
        self.b.switch_to_block(check);
        let g = self.load(now_at, 0);
        let g_seen = self.load(cache, runtime::GC_GLOBALS_SEEN);
        let bi_at = self.load(self.ctx, OFF_BUILTINS_VERSION);
        let bi = self.load(bi_at, 0);
        let bi_seen = self.load(cache, runtime::GC_BUILTINS_SEEN);
        let g_ok = self.b.ins().icmp(IntCC::Equal, g, g_seen);
        let bi_ok = self.b.ins().icmp(IntCC::Equal, bi, bi_seen);
        let ok = self.b.ins().band(g_ok, bi_ok);
        self.b.ins().brif(ok, hit, &[], miss, &[]);
        self.b.switch_to_block(hit);
        let tag = self.load(cache, runtime::GC_VALUE);
        let pay = self.load(cache, runtime::GC_VALUE + 8);
        let cached = Slot::unknown(tag, pay, false);
        let cached = if builtin.is_some() {
            cached
        } else {
            self.own_slot(cached)
        };
        self.jump_join(join, cached.tag, cached.pay);
        self.b.switch_to_block(miss);
        let pcv = self.iconst(pc as i64);
        let namev = self.iconst(i64::from(name));
        let status = self.call(
            runtime::fb_load_global as *const () as usize,
            &[self.ctx, pcv, namev, cache],
        );
        let stack = self.stack.clone();
        self.exit_if(status, pc, EXIT_RAISED, stack);
        let tag = self.load(self.ctx, OFF_RET);
        let pay = self.load(self.ctx, OFF_RET + 8);
        if builtin.is_some() {
            // The dict it was found in holds it too: dropping this reference
            // frees nothing.
            self.release(Slot::unknown(tag, pay, true));
        }
        self.jump_join(join, tag, pay);
        if let Some(which) = builtin {
            self.b.switch_to_block(join);
            let p = self.b.block_params(join).to_vec();
            let table = self.load(self.ctx, OFF_BUILTINS);
            let expected = self.load(table, (16 * which + 8) as i32);
            let is_builtin = self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, p[0], i64::from(tag::BUILTIN));
            let same = self.b.ins().icmp(IntCC::Equal, p[1], expected);
            let ok = self.b.ins().band(is_builtin, same);
            let bad = self.b.ins().bxor_imm_s(ok, 1);
            self.open = true;
            self.exit_failing(bad, pc, before, Assumption::Op(pc as u32));
            let t = self.iconst(i64::from(tag::BUILTIN));
            self.stack.push(Slot {
                known: Some(tag::BUILTIN),
                origin: Origin::Global(name),
                ..Slot::unknown(t, p[1], false)
            });
            return;
        }
        self.after_join(join);
        if let Some(top) = self.stack.last_mut() {
            top.origin = Origin::Global(name);
        }
    }

    /// `Call argc` through the runtime.
    fn call_generic(&mut self, pc: usize, argc: usize) {
        self.helper_with_inputs(
            pc,
            argc + 2,
            runtime::fb_call as *const () as usize,
            &[pc as i64, argc as i64],
        );
    }

    /// `xs.append(x)` on a list: the item moves into the list; the result is None.
    fn list_append(&mut self, pc: usize) {
        let item = self.pop();
        let item = self.own_slot(item);
        let list = self.pop();
        let _method = self.pop();
        let done = self.new_block();
        let call = self.new_block();
        if let Some(l) = runtime::layout() {
            // Room in the list, not borrowed: the item goes in place.
            let flag = self.load(list.pay, l.list_borrow);
            let free = self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0);
            let len = self.load(list.pay, l.list_len);
            let cap = self.load(list.pay, l.list_cap);
            let room = self.b.ins().icmp(IntCC::UnsignedLessThan, len, cap);
            let ok = self.b.ins().band(free, room);
            let inline = self.new_block();
            self.b.set_cold_block(call);
            self.b.ins().brif(ok, inline, &[], call, &[]);
            self.b.switch_to_block(inline);
            let data = self.load(list.pay, l.list_ptr);
            let off = self.b.ins().ishl_imm_s(len, 4);
            let at = self.b.ins().iadd(data, off);
            self.store(item.tag, at, 0);
            self.store(item.pay, at, 8);
            let len1 = self.b.ins().iadd_imm_s(len, 1);
            self.store(len1, list.pay, l.list_len);
            self.b.ins().jump(done, &[]);
        } else {
            self.b.ins().jump(call, &[]);
        }
        self.b.switch_to_block(call);
        let failed = self.call(
            runtime::fb_list_append as *const () as usize,
            &[list.pay, item.tag, item.pay],
        );
        let stack = self.stack.clone();
        self.exit_if(failed, pc, EXIT_RAISED, stack);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
        self.release(list);
        let z = self.iconst(0);
        self.push_known(tag::NONE, z);
    }

    /// `LoadMethod name` (other than a list's `append`): a direct helper looks the
    /// method up and pushes it and the receiver, as the instruction does.
    fn load_method(&mut self, pc: usize, name: u32) {
        if self.builtin_method_site(pc) {
            return self.load_builtin_method(pc, name, false);
        }
        if self.plan.types.spec.op_speculates(pc) && method_never_ran(self.code, pc) {
            return self.load_builtin_method(pc, name, true);
        }
        self.load_method_generic(pc, name);
    }

    /// `LoadMethod` by the interpreter's lookup: pushes the method and the self
    /// slot.
    fn load_method_generic(&mut self, pc: usize, name: u32) {
        let obj = self.pop();
        let obj = self.own_slot(obj);
        let pcv = self.iconst(pc as i64);
        let namev = self.iconst(i64::from(name));
        let status = self.call(
            runtime::fb_load_method_at as *const () as usize,
            &[self.ctx, pcv, namev, obj.tag, obj.pay],
        );
        let stack = self.stack.clone();
        self.exit_if(status, pc, EXIT_RAISED, stack);
        let scratch = self.load(self.ctx, OFF_SCRATCH);
        self.push_scratch(scratch, 2);
    }

    /// Whether `LoadMethod` at `pc` is to be a [`runtime::MethodSite`]: tier 1
    /// saw a built-in function there.
    fn builtin_method_site(&self, pc: usize) -> bool {
        if !self.plan.types.spec.op_speculates(pc) {
            return false;
        }
        builtin_method_seen(self.code, pc)
    }

    /// The one-character str of the ASCII character `byte` (below 128), from
    /// the engine's table, as an owned slot.
    fn ascii_char(&mut self, byte: V) -> Slot {
        let table = self.load(self.ctx, runtime::OFF_ASCII_CHARS);
        let off = self.b.ins().ishl_imm_s(byte, 3);
        let entry = self.b.ins().iadd(table, off);
        let p = self.load(entry, 0);
        let t = self.iconst(i64::from(tag::STR));
        self.own_slot(Slot {
            known: Some(tag::STR),
            ..Slot::unknown(t, p, false)
        })
    }

    /// `LoadMethod` at a [`runtime::MethodSite`]: the receiver checked by
    /// `fb_method_guard` (another receiver exits, and the code is compiled again
    /// without the site); pushes the site's built-in, borrowed from the site, and
    /// the receiver, or for a module, an empty self slot.
    ///
    /// A `guess` (the instruction never ran, so tier 1 saw nothing) does not
    /// exit: a receiver the guard refuses takes the generic lookup, and the
    /// `Call` tells the two apart ([`Origin::SiteGuess`]).
    fn load_builtin_method(&mut self, pc: usize, name: u32, guess: bool) {
        let k = self
            .method_site_pcs
            .binary_search(&pc)
            .expect("a site per LoadMethod");
        let site = self.site_addr(k);
        let obj = *self.stack.last().expect("receiver");
        let at_entry = self.stack.clone();
        // The quick check first: the receiver the guard admitted last, with its
        // version counter and the class epoch unchanged.
        let (words, guard, admitted) = (self.new_block(), self.new_block(), self.new_block());
        let qtag = self.load(site, runtime::MS_QUICK_TAG);
        let qpay = self.load(site, runtime::MS_QUICK_PAY);
        let same_tag = self.b.ins().icmp(IntCC::Equal, obj.tag, qtag);
        let same_pay = self.b.ins().icmp(IntCC::Equal, obj.pay, qpay);
        let same = self.b.ins().band(same_tag, same_pay);
        self.b.ins().brif(same, words, &[], guard, &[]);
        self.b.switch_to_block(words);
        let watch = self.load(site, runtime::MS_QUICK_WATCH);
        let now = self.load(watch, 0);
        let seen = self.load(site, runtime::MS_QUICK_SEEN);
        let epoch_at = self.load(self.ctx, runtime::OFF_CLASS_EPOCH);
        let epoch = self.load(epoch_at, 0);
        let epoch_seen = self.load(site, runtime::MS_QUICK_EPOCH);
        let same_watch = self.b.ins().icmp(IntCC::Equal, now, seen);
        let same_epoch = self.b.ins().icmp(IntCC::Equal, epoch, epoch_seen);
        let unchanged = self.b.ins().band(same_watch, same_epoch);
        self.b.ins().brif(unchanged, admitted, &[], guard, &[]);
        self.b.switch_to_block(guard);
        let ok = self.call(
            runtime::fb_method_guard as *const () as usize,
            &[self.ctx, site, obj.tag, obj.pay],
        );
        if guess {
            return self.guessed_method(pc, name, k, ok, admitted);
        }
        let bad = self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
        self.exit_failing(bad, pc, at_entry, Assumption::Op(pc as u32));
        self.b.ins().jump(admitted, &[]);
        self.b.switch_to_block(admitted);
        self.push_site_builtin(pc, k);
    }

    /// The address of the [`runtime::MethodSite`] with index `k`, as a value.
    fn site_addr(&mut self, k: usize) -> V {
        let site = self.method_sites + k * std::mem::size_of::<runtime::MethodSite>();
        self.iconst(site as i64)
    }

    /// Replaces the receiver on top (admitted by site `k`'s guard) by the
    /// site's built-in, borrowed from the site, and the self slot: the
    /// receiver, or for a module, an empty one.
    fn push_site_builtin(&mut self, pc: usize, k: usize) {
        let site = self.site_addr(k);
        let obj = self.pop();
        let method = self.load(site, runtime::MS_METHOD);
        let tag = self.iconst(i64::from(tag::BUILTIN));
        self.stack.push(Slot {
            known: Some(tag::BUILTIN),
            origin: Origin::Builtin(k as u32),
            ..Slot::unknown(tag, method, false)
        });
        if site_receiver_is_module(self.code, pc) {
            self.release(obj);
            let z = self.iconst(0);
            self.push_known(tag::UNDEF, z);
        } else {
            let obj = self.own_slot(obj);
            self.stack.push(obj);
        }
    }

    /// The rest of a guessed method site's `LoadMethod` (the guard has run,
    /// `ok` is its answer): the site's built-in and self slot when admitted, the
    /// generic lookup's method and self slot when not; both owned, joined.
    fn guessed_method(&mut self, pc: usize, name: u32, k: usize, ok: V, admitted: Block) {
        let generic = self.new_block();
        let join = self.new_block();
        for _ in 0..4 {
            self.b.append_block_param(join, I64);
        }
        self.b.ins().brif(ok, admitted, &[], generic, &[]);
        let saved = self.stack.clone();
        // Admitted: the built-in (a reference of its own) and the self slot.
        self.b.switch_to_block(admitted);
        self.push_site_builtin(pc, k);
        let recv = self.pop();
        let method = self.pop();
        let method = self.own_slot(method);
        self.jump_join2(join, method, recv);
        // Refused: the interpreter's lookup.
        self.stack = saved;
        self.b.switch_to_block(generic);
        self.load_method_generic(pc, name);
        let recv = self.pop();
        let m = self.pop();
        self.jump_join2(join, m, recv);
        self.b.switch_to_block(join);
        let p = self.b.block_params(join).to_vec();
        self.stack.push(Slot {
            origin: Origin::SiteGuess(k as u32),
            ..Slot::unknown(p[0], p[1], true)
        });
        self.push_owned(p[2], p[3]);
    }

    /// `Call argc` of what a guessed method site pushed: the site's built-in
    /// (tested at run time) is called directly, anything else generically.
    fn call_site_guess(&mut self, pc: usize, k: u32, argc: usize) {
        let n = self.stack.len();
        let callee = self.stack[n - argc - 2];
        let site = self.site_addr(k as usize);
        let expected = self.load(site, runtime::MS_METHOD);
        let is_builtin = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, callee.tag, i64::from(tag::BUILTIN));
        let same = self.b.ins().icmp(IntCC::Equal, callee.pay, expected);
        let direct_ok = self.b.ins().band(is_builtin, same);
        let (direct, generic, join) = (self.new_block(), self.new_block(), self.join_block());
        self.b.ins().brif(direct_ok, direct, &[], generic, &[]);
        let saved = self.stack.clone();
        self.b.switch_to_block(direct);
        self.call_builtin(pc, k, argc);
        let r = self.pop();
        self.jump_join(join, r.tag, r.pay);
        self.stack = saved;
        self.b.switch_to_block(generic);
        self.call_generic(pc, argc);
        let r = self.pop();
        self.jump_join(join, r.tag, r.pay);
        self.b.switch_to_block(join);
        let p = self.b.block_params(join).to_vec();
        self.push_owned(p[0], p[1]);
    }

    /// `Call argc` of a [`runtime::MethodSite`]'s built-in: called directly with
    /// the self slot and the arguments.
    fn call_builtin(&mut self, pc: usize, site: u32, argc: usize) {
        // The inputs are lent: a local or a constant is passed without a
        // reference of its own, and what native code owns is released after.
        let (_, inputs) = self.lend_inputs(argc + 1);
        let callee = self.pop();
        self.release(callee);
        let site = self.site_addr(site as usize);
        let pcv = self.iconst(pc as i64);
        let argcv = self.iconst(argc as i64);
        let status = self.call(
            runtime::fb_call_builtin as *const () as usize,
            &[self.ctx, site, pcv, argcv],
        );
        for s in inputs {
            self.release(s);
        }
        let stack = self.stack.clone();
        self.exit_if(status, pc, EXIT_RAISED, stack);
        self.push_ret();
    }

    /// `len(x)` when `len` is the built-in (checked; another callee exits and the
    /// code is compiled again without the assumption): a list's length read in
    /// place, anything else through the call. Either way the result is an int.
    fn len_call(&mut self, pc: usize) {
        if !self.plan.types.spec.op_speculates(pc) {
            return self.call_generic(pc, 1);
        }
        let n = self.stack.len();
        let callee = self.stack[n - 3];
        let arg = self.stack[n - 1];
        let table = self.load(self.ctx, OFF_BUILTINS);
        let expected = self.load(table, (16 * runtime::BUILTIN_LEN + 8) as i32);
        let builtin = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, callee.tag, i64::from(tag::BUILTIN));
        let same = self.b.ins().icmp(IntCC::Equal, callee.pay, expected);
        let ok = self.b.ins().band(builtin, same);
        let other = self.b.ins().bxor_imm_s(ok, 1);
        let stack = self.stack.clone();
        self.exit_failing(other, pc, stack, Assumption::Op(pc as u32));
        let len = match runtime::layout() {
            Some(l) if arg.known == Some(tag::LIST) => {
                let len = self.load(arg.pay, l.list_len);
                self.stack.truncate(n - 3);
                self.release(arg);
                self.release(callee);
                len
            }
            _ => {
                self.call_generic(pc, 1);
                self.pop().pay
            }
        };
        self.push_known(tag::INT, len);
    }

    /// `min(a, b[, c])` / `max(...)`: ints compared inline when the callee is the
    /// built-in (checked against the engine's table at run time) and every
    /// argument is an int; otherwise a call.
    fn min_max(&mut self, pc: usize, argc: usize, is_max: bool) {
        let n = self.stack.len();
        let args: Vec<Slot> = self.stack[n - argc..].to_vec();
        if args.iter().any(|a| a.known.is_some_and(|k| k != tag::INT)) {
            return self.call_generic(pc, argc);
        }
        let callee = self.stack[n - argc - 2];
        let saved = self.stack.clone();
        // `load_global` already checked a known built-in loaded by name.
        let checked =
            callee.known == Some(tag::BUILTIN) && matches!(callee.origin, Origin::Global(_));
        let mut ok = if checked {
            self.b.ins().iconst(I8, 1)
        } else {
            let builtin =
                self.b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, callee.tag, i64::from(tag::BUILTIN));
            let table = self.load(self.ctx, OFF_BUILTINS);
            let which = if is_max {
                runtime::BUILTIN_MAX
            } else {
                runtime::BUILTIN_MIN
            };
            let expected = self.load(table, (16 * which + 8) as i32);
            let same = self.b.ins().icmp(IntCC::Equal, callee.pay, expected);
            self.b.ins().band(builtin, same)
        };
        let mut tested = !checked;
        for a in &args {
            if let Some(t) = self.tag_is(*a, tag::INT) {
                ok = self.b.ins().band(ok, t);
                tested = true;
            }
        }
        if self.plan.types.spec.op_speculates(pc) {
            // Assumed: the built-in of ints (else an exit, and the code is compiled
            // again with the call): the result is a known int, no join.
            if tested {
                let bad = self.b.ins().bxor_imm_s(ok, 1);
                self.exit_failing(bad, pc, saved, Assumption::Op(pc as u32));
            }
            let r = self.pick_min_max(&args, is_max);
            self.stack.truncate(n - argc - 2);
            self.release(callee);
            self.push_known(tag::INT, r);
            return;
        }
        let join = self.join_block();
        let fast = self.new_block();
        let generic = self.new_block();
        self.b.ins().brif(ok, fast, &[], generic, &[]);
        self.b.switch_to_block(fast);
        let r = self.pick_min_max(&args, is_max);
        self.stack.truncate(n - argc - 2);
        self.release(callee);
        let t = self.iconst(i64::from(tag::INT));
        self.jump_join(join, t, r);
        // Anything else: the call.
        self.b.switch_to_block(generic);
        self.stack = saved;
        self.call_generic(pc, argc);
        let res = self.pop();
        self.jump_join(join, res.tag, res.pay);
        self.after_join(join);
    }

    /// The first of the smallest (largest) of int payloads, as the built-in picks.
    fn pick_min_max(&mut self, args: &[Slot], is_max: bool) -> V {
        let cc = if is_max {
            IntCC::SignedGreaterThan
        } else {
            IntCC::SignedLessThan
        };
        let mut r = args[0].pay;
        for a in &args[1..] {
            let better = self.b.ins().icmp(cc, a.pay, r);
            r = self.b.ins().select(better, a.pay, r);
        }
        r
    }

    fn load_const(&mut self, idx: usize) {
        let v = &self.code.consts[idx];
        let (t, p) = runtime::value_words(v);
        let tag = self.iconst(t as i64);
        let pay = self.iconst(p as i64);
        self.stack.push(Slot {
            tag,
            pay,
            known: Some(t as u8),
            // Constants live as long as the code object, which outlives its
            // native code: borrowed for good.
            owned: t < u64::from(tag::FIRST_HEAP),
            src: None,
            f: None,
            origin: Origin::Value,
        });
    }

    /// Exits (for the interpreter to raise `UnboundLocalError`) unless local `i` is
    /// bound.
    fn check_bound(&mut self, pc: usize, i: usize) {
        if self.known[i].is_some_and(|k| k != tag::UNDEF) {
            return;
        }
        let t = self.b.use_var(self.locals[i].0);
        let unbound = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, t, i64::from(tag::UNDEF));
        let stack = self.stack.clone();
        self.exit_if(unbound, pc, EXIT_RESUME, stack);
        self.known[i] = Some(self.if_bound[i].take().unwrap_or(tag::BOUND));
    }

    /// Local `i`'s two words (a known tag as a constant, a known float from its
    /// `f64` variable), so that only the variables that are needed stay live.
    fn local_words(&mut self, i: usize) -> (V, V) {
        let (tv, pv) = self.locals[i];
        match self.known[i].filter(|&k| k != tag::BOUND) {
            Some(tag::FLOAT) => {
                let f = self.b.use_var(self.fvars[i]);
                (self.iconst(i64::from(tag::FLOAT)), self.bits_of(f))
            }
            Some(tag::UNDEF) => (self.iconst(0), self.iconst(0)),
            Some(t) => (self.iconst(i64::from(t)), self.b.use_var(pv)),
            // Unbound or a float: an unbound value's payload is never read.
            None if self.if_bound[i] == Some(tag::FLOAT) => {
                let f = self.b.use_var(self.fvars[i]);
                (self.b.use_var(tv), self.bits_of(f))
            }
            None => (self.b.use_var(tv), self.b.use_var(pv)),
        }
    }

    fn load_fast(&mut self, pc: usize, i: usize) {
        self.check_bound(pc, i);
        let known = self.known[i].filter(|&k| k != tag::BOUND);
        let f = (known == Some(tag::FLOAT)).then(|| self.b.use_var(self.fvars[i]));
        let (tag, pay) = self.local_words(i);
        self.stack.push(Slot {
            tag,
            pay,
            known,
            owned: known.is_some_and(|k| k < tag::FIRST_HEAP),
            src: Some(i as u32),
            f,
            origin: Origin::Value,
        });
    }

    /// A value of unknown type stored into a local the analysis assumes has one
    /// type (`Types::store_guard`) is checked: another type exits before the store.
    fn guard_store(&mut self, pc: usize, i: usize, v: Slot) -> Slot {
        let Some(t) = self.plan.types.store_guard[i] else {
            return v;
        };
        if v.known.is_some() {
            return v;
        }
        let other = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, v.tag, i64::from(t));
        let mut stack = self.stack.clone();
        stack.push(v);
        self.exit_failing(other, pc, stack, Assumption::Local(i as u32));
        Slot {
            known: Some(t),
            ..v
        }
    }

    fn store_fast(&mut self, i: usize, v: Slot) {
        // Slots borrowing the old value keep it alive on their own now.
        for j in 0..self.stack.len() {
            if self.stack[j].src == Some(i as u32) && !self.stack[j].owned {
                self.own(j);
            }
        }
        let v = self.own_slot(v);
        let (tv, pv) = self.locals[i];
        let old_known = self.known[i].filter(|&k| k != tag::BOUND);
        // Unbound or a value without a reference: nothing to release.
        let no_ref = |k: Option<u8>| k.is_some_and(|k| k < tag::FIRST_HEAP);
        let unbound_or_no_ref = self.known[i].is_none() && no_ref(self.if_bound[i]);
        if old_known.is_none_or(|k| k >= tag::FIRST_HEAP) && !unbound_or_no_ref {
            let old = Slot {
                tag: self.b.use_var(tv),
                pay: self.b.use_var(pv),
                known: old_known,
                owned: true,
                src: None,
                f: None,
                origin: Origin::Value,
            };
            self.release(old);
        }
        self.b.def_var(tv, v.tag);
        self.b.def_var(pv, v.pay);
        // The area holds the local's current value: a tag it already has (known
        // before and after) need not be written again.
        if old_known.is_none() || v.known != old_known {
            self.store(v.tag, self.area, (16 * i) as i32);
        }
        self.store(v.pay, self.area, (16 * i + 8) as i32);
        if v.known == Some(tag::FLOAT) {
            let f = self.float_of(v);
            self.b.def_var(self.fvars[i], f);
        }
        self.known[i] = Some(v.known.unwrap_or(tag::BOUND));
        self.if_bound[i] = None;
    }

    /// Runs the instruction at `pc` as one interpreter step.
    fn step(&mut self, pc: usize, instr: Instr) -> Result<(), String> {
        let n_in = step_inputs(instr, self.stack.len())?;
        let effect = i64::from(instr.stack_effect());
        let n_out = n_in as i64 + effect;
        if n_out < 0 {
            return Err(format!("bad stack effect at {pc}"));
        }
        let scratch = self.pass_inputs(n_in);
        let pcv = self.iconst(pc as i64);
        let nv = self.iconst(n_in as i64);
        let outv = self.iconst(n_out);
        let got = self.call(
            runtime::fb_step as *const () as usize,
            &[self.ctx, pcv, nv, outv],
        );
        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, got, 0);
        let stack = self.stack.clone();
        self.exit_if(failed, pc, EXIT_RAISED, stack);
        self.push_scratch(scratch, n_out as usize);
        Ok(())
    }

    /// An instruction done by helper `f(ctx, consts...)` that takes the `n` top
    /// slots (owned, through the scratch buffer) and gives one result in `ret`, or
    /// a nonzero status when it raised.
    fn helper_with_inputs(&mut self, pc: usize, n: usize, f: usize, consts: &[i64]) {
        if n > 0 {
            self.pass_inputs(n);
        }
        let mut args = vec![self.ctx];
        for &c in consts {
            args.push(self.iconst(c));
        }
        let status = self.call(f, &args);
        let stack = self.stack.clone();
        self.exit_if(status, pc, EXIT_RAISED, stack);
        self.push_ret();
    }

    /// Creates a block joining the paths of an instruction with one result.
    fn join_block(&mut self) -> Block {
        let j = self.new_block();
        self.b.append_block_param(j, I64);
        self.b.append_block_param(j, I64);
        j
    }

    fn jump_join(&mut self, j: Block, tag: V, pay: V) {
        self.b.ins().jump(j, &[tag.into(), pay.into()]);
    }

    /// Jumps to `j` passing two slots' words (a join of two results).
    fn jump_join2(&mut self, j: Block, a: Slot, b: Slot) {
        self.b
            .ins()
            .jump(j, &[a.tag.into(), a.pay.into(), b.tag.into(), b.pay.into()]);
    }

    /// The slow path of a one-result instruction with `inputs` (owned or not) on
    /// top: push them back, step, jump to `join` with the result.
    fn slow_step(&mut self, pc: usize, instr: Instr, inputs: &[Slot], join: Block) {
        for s in inputs {
            self.stack.push(*s);
        }
        let saved_known = self.known.clone();
        if self.step(pc, instr).is_ok() {
            let r = self.pop();
            self.jump_join(join, r.tag, r.pay);
        }
        self.known = saved_known;
    }

    /// Continues after a join block: pushes its result (owned, tag unknown).
    fn after_join(&mut self, j: Block) {
        self.b.switch_to_block(j);
        let p = self.b.block_params(j).to_vec();
        self.push_owned(p[0], p[1]);
        self.open = true;
    }

    /// A test of `s`'s tag against `t` (true when equal); `None` when the tag is
    /// known (the answer is then `s.known == Some(t)`).
    fn tag_is(&mut self, s: Slot, t: u8) -> Option<V> {
        if s.known.is_some() {
            return None;
        }
        Some(self.b.ins().icmp_imm_s(IntCC::Equal, s.tag, i64::from(t)))
    }

    /// Whether both slots may be ints or bools, and the run-time test (`None`:
    /// known).
    fn both_int_like(&mut self, a: Slot, b: Slot) -> Option<Option<V>> {
        let possible = |s: Slot| s.known.is_none_or(|k| k == tag::INT || k == tag::BOOL);
        if !possible(a) || !possible(b) {
            return None;
        }
        let test = |l: &mut Self, s: Slot| {
            s.known.is_none().then(|| {
                let off = l.b.ins().iadd_imm_s(s.tag, -i64::from(tag::BOOL));
                l.b.ins().icmp_imm_s(IntCC::UnsignedLessThanOrEqual, off, 1)
            })
        };
        let (ta, tb) = (test(self, a), test(self, b));
        Some(self.and_tests(ta, tb))
    }

    /// Both run-time tests (`None`: a test known to hold at compile time).
    fn and_tests(&mut self, x: Option<V>, y: Option<V>) -> Option<V> {
        match (x, y) {
            (Some(x), Some(y)) => Some(self.b.ins().band(x, y)),
            (Some(x), None) | (None, Some(x)) => Some(x),
            (None, None) => None,
        }
    }

    /// Whether both slots may hold tag `t`, and the run-time test (`None`: known).
    fn both(&mut self, a: Slot, b: Slot, t: u8) -> Option<Option<V>> {
        self.tags_are(a, t, b, t)
    }

    /// Whether `a` may hold tag `ta` and `b` tag `tb`, and the run-time test of
    /// both (`None`: known at compile time).
    fn tags_are(&mut self, a: Slot, ta: u8, b: Slot, tb: u8) -> Option<Option<V>> {
        let possible = |s: Slot, t: u8| s.known.is_none_or(|k| k == t);
        if !possible(a, ta) || !possible(b, tb) {
            return None;
        }
        let test_a = self.tag_is(a, ta);
        let test_b = self.tag_is(b, tb);
        Some(self.and_tests(test_a, test_b))
    }

    /// Continues in a new block when `test` holds (or unconditionally when `None`),
    /// else goes to the returned block.
    fn guard(&mut self, test: Option<V>) -> Option<Block> {
        let test = test?;
        let yes = self.new_block();
        let no = self.new_block();
        self.b.ins().brif(test, yes, &[], no, &[]);
        self.b.switch_to_block(yes);
        Some(no)
    }

    /// After a fast path: continues in the block its failed test goes to, if it
    /// has one (`true`); `false` when the path was unconditional.
    fn go_on(&mut self, no: Option<Block>) -> bool {
        match no {
            Some(no) => {
                self.b.switch_to_block(no);
                true
            }
            None => false,
        }
    }

    /// A float slot's value as an `f64`.
    fn float_of(&mut self, s: Slot) -> V {
        match s.f {
            Some(f) => f,
            None => self.f64_of(s.pay),
        }
    }

    /// Pushes a float computed as an `f64`.
    fn push_float(&mut self, f: V) {
        let bits = self.bits_of(f);
        self.push_known(tag::FLOAT, bits);
        if let Some(top) = self.stack.last_mut() {
            top.f = Some(f);
        }
    }

    fn f64_of(&mut self, bits: V) -> V {
        self.b.ins().bitcast(F64, MemFlagsData::new(), bits)
    }

    fn bits_of(&mut self, f: V) -> V {
        self.b.ins().bitcast(I64, MemFlagsData::new(), f)
    }

    /// The operand tags, when both are known and native code may compute the
    /// operation at `pc` from them inline (see `types::binary_result`).
    fn known_operands(&self, pc: usize, a: Slot, b: Slot) -> Option<(u8, u8)> {
        let (ta, tb) = (a.known?, b.known?);
        self.plan.types.spec.op_speculates(pc).then_some((ta, tb))
    }

    fn binary(&mut self, pc: usize, op: u32) {
        let b = self.pop();
        let a = self.pop();
        if let Some((ta, tb)) = self.known_operands(pc, a, b)
            && let Some(r) = types::binary_result(op, ta, tb)
        {
            self.binary_known(pc, op, a, b, r);
            return;
        }
        let join = self.join_block();
        let slow = self.new_block();
        self.b.set_cold_block(slow);
        // The ops the known-tag path does, from the same rule.
        let int_op = types::binary_result(op, tag::INT, tag::INT) == Some(tag::INT);
        let float_op = types::binary_result(op, tag::FLOAT, tag::FLOAT) == Some(tag::FLOAT);
        // A chain of fast paths, each behind its tag test: a failed test goes on to
        // the next path, past the last one to the slow path. A path whose tags are
        // known at compile time ends the chain (`open` false).
        let mut open = true;
        // `+ - *` treat bools as the ints 0 and 1 (`n + (a != b)`).
        let arith = matches!(op, binop::ADD | binop::SUB | binop::MULT);
        let int_test = if arith {
            self.both_int_like(a, b)
        } else {
            self.both(a, b, tag::INT)
        };
        if int_op && let Some(test) = int_test {
            let no = self.guard(test);
            let (x, y) = (a.pay, b.pay);
            let r = match op {
                binop::ADD | binop::SUB | binop::MULT => {
                    let (r, ovf) = match op {
                        binop::ADD => self.b.ins().sadd_overflow(x, y),
                        binop::SUB => self.b.ins().ssub_overflow(x, y),
                        _ => self.b.ins().smul_overflow(x, y),
                    };
                    let cont = self.new_block();
                    self.b.ins().brif(ovf, slow, &[], cont, &[]);
                    self.b.switch_to_block(cont);
                    r
                }
                binop::FLOOR_DIV | binop::MOD => {
                    // By zero, or -2**63 // -1: the slow path.
                    let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                    let min = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                    let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                    let big = self.b.ins().band(min, minus_one);
                    let bad = self.b.ins().bor(zero, big);
                    let cont = self.new_block();
                    self.b.ins().brif(bad, slow, &[], cont, &[]);
                    self.b.switch_to_block(cont);
                    self.floor_div_mod(op, x, y)
                }
                binop::BIT_AND => self.b.ins().band(x, y),
                binop::BIT_OR => self.b.ins().bor(x, y),
                _ => self.b.ins().bxor(x, y),
            };
            let t = self.iconst(i64::from(tag::INT));
            self.jump_join(join, t, r);
            open = self.go_on(no);
        }
        if open
            && float_op
            && let Some(test) = self.both(a, b, tag::FLOAT)
        {
            let no = self.guard(test);
            let (x, y) = (self.float_of(a), self.float_of(b));
            self.float_result(op, x, y, join, slow);
            open = self.go_on(no);
        }
        // int / int: exact as floats below 2**53.
        if open
            && op == binop::DIV
            && let Some(test) = self.both(a, b, tag::INT)
        {
            let no = self.guard(test);
            let small = self.small_ints(&[a.pay, b.pay]);
            let cont = self.new_block();
            self.b.ins().brif(small, cont, &[], slow, &[]);
            self.b.switch_to_block(cont);
            let x = self.b.ins().fcvt_from_sint(F64, a.pay);
            let y = self.b.ins().fcvt_from_sint(F64, b.pay);
            self.float_result(op, x, y, join, slow);
            open = self.go_on(no);
        }
        // int op float, float op int
        for (int_first, first, second) in [(true, a, b), (false, b, a)] {
            if !(open && float_op) {
                break;
            }
            let Some(test) = self.tags_are(first, tag::INT, second, tag::FLOAT) else {
                continue;
            };
            let no = self.guard(test);
            let i = self.b.ins().fcvt_from_sint(F64, first.pay);
            let f = self.float_of(second);
            let (x, y) = if int_first { (i, f) } else { (f, i) };
            self.float_result(op, x, y, join, slow);
            open = self.go_on(no);
        }
        if open {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        self.slow_binary(pc, op, a, b, join);
        self.after_join(join);
    }

    /// `a op b` with both tags known and the result's tag `r`: no tests, no join.
    /// An int overflow (or an int division that floats cannot do exactly) exits
    /// to the interpreter, which computes it, and the next compilation does not
    /// assume it again; a division by zero exits for the interpreter to raise.
    fn binary_known(&mut self, pc: usize, op: u32, a: Slot, b: Slot, r: u8) {
        let mut exit_stack = self.stack.clone();
        exit_stack.extend([a, b]);
        let is_int = |s: Slot| s.known == Some(tag::INT);
        if r == tag::INT {
            let (x, y) = (a.pay, b.pay);
            let v = match op {
                binop::ADD | binop::SUB | binop::MULT => {
                    let (v, ovf) = match op {
                        binop::ADD => self.b.ins().sadd_overflow(x, y),
                        binop::SUB => self.b.ins().ssub_overflow(x, y),
                        _ => self.b.ins().smul_overflow(x, y),
                    };
                    self.exit_failing(ovf, pc, exit_stack, Assumption::Op(pc as u32));
                    v
                }
                binop::FLOOR_DIV | binop::MOD => {
                    // By zero the interpreter raises; -2**63 // -1 is a big int.
                    let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                    self.exit_if(zero, pc, EXIT_RESUME, exit_stack.clone());
                    let min = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                    let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                    let big = self.b.ins().band(min, minus_one);
                    self.exit_failing(big, pc, exit_stack, Assumption::Op(pc as u32));
                    self.floor_div_mod(op, x, y)
                }
                binop::BIT_AND => self.b.ins().band(x, y),
                binop::BIT_OR => self.b.ins().bor(x, y),
                _ => self.b.ins().bxor(x, y),
            };
            self.push_known(tag::INT, v);
            return;
        }
        let (x, y) = if is_int(a) && is_int(b) {
            let small = self.small_ints(&[a.pay, b.pay]);
            let big = self.b.ins().bxor_imm_s(small, 1);
            self.exit_failing(big, pc, exit_stack.clone(), Assumption::Op(pc as u32));
            let x = self.b.ins().fcvt_from_sint(F64, a.pay);
            let y = self.b.ins().fcvt_from_sint(F64, b.pay);
            (x, y)
        } else {
            let f = |l: &mut Self, s: Slot| {
                if is_int(s) {
                    l.b.ins().fcvt_from_sint(F64, s.pay)
                } else {
                    l.float_of(s)
                }
            };
            (f(self, a), f(self, b))
        };
        let v = match op {
            binop::ADD => self.b.ins().fadd(x, y),
            binop::SUB => self.b.ins().fsub(x, y),
            binop::MULT => self.b.ins().fmul(x, y),
            _ => {
                let zero = self.b.ins().f64const(0.0);
                let is_zero = self.b.ins().fcmp(FloatCC::Equal, y, zero);
                // The interpreter raises ZeroDivisionError.
                self.exit_if(is_zero, pc, EXIT_RESUME, exit_stack);
                self.b.ins().fdiv(x, y)
            }
        };
        self.push_float(v);
    }

    /// Python's `x // y` or `x % y` of two ints (`y` is not 0 and the quotient
    /// fits): the truncating quotient and remainder, moved towards minus infinity
    /// when the remainder's sign differs from the divisor's.
    fn floor_div_mod(&mut self, op: u32, x: V, y: V) -> V {
        let q = self.b.ins().sdiv(x, y);
        let r = self.b.ins().srem(x, y);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        let signs = self.b.ins().bxor(r, y);
        let differ = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, signs, 0);
        let adjust = self.b.ins().band(nonzero, differ);
        if op == binop::FLOOR_DIV {
            let q1 = self.b.ins().iadd_imm_s(q, -1);
            self.b.ins().select(adjust, q1, q)
        } else {
            let r1 = self.b.ins().iadd(r, y);
            self.b.ins().select(adjust, r1, r)
        }
    }

    fn slow_binary(&mut self, pc: usize, op: u32, a: Slot, b: Slot, join: Block) {
        let instr = self.code.plain[pc];
        // `s += t` stored back into `s`: move the local's value into the step so an
        // unshared str is appended to in place (as the interpreter does).
        if let (Instr::InplaceOp { .. }, true, Some(Instr::StoreFast { idx })) = (
            instr,
            op == binop::ADD,
            self.code.plain.get(pc + 1).copied(),
        ) && a.src == Some(idx)
            && !a.owned
            && !self.stack.iter().any(|s| s.src == Some(idx) && !s.owned)
            && let Some(Some(both_str)) = self.tags_are(a, tag::STR, b, tag::STR)
        {
            // Only for two strs (which cannot fail to concatenate): any other
            // operands may raise, and the local must then still hold its value.
            let steal = self.new_block();
            let keep = self.new_block();
            self.b.ins().brif(both_str, steal, &[], keep, &[]);
            self.b.switch_to_block(keep);
            self.slow_step(pc, instr, &[a, b], join);
            self.b.switch_to_block(steal);
            let z = self.iconst(0);
            let (tv, pv) = self.locals[idx as usize];
            self.b.def_var(tv, z);
            self.b.def_var(pv, z);
            self.store(z, self.area, (16 * idx) as i32);
            let a = Slot {
                owned: true,
                src: None,
                ..a
            };
            self.known[idx as usize] = Some(tag::UNDEF);
            self.slow_step(pc, instr, &[a, b], join);
            // Unbound on the stealing path, unchanged on the others.
            self.known[idx as usize] = None;
            self.if_bound[idx as usize] = None;
            return;
        }
        self.slow_step(pc, instr, &[a, b], join);
    }

    /// Whether every int in `xs` is below 2**53 in magnitude (exact as a float).
    fn small_ints(&mut self, xs: &[V]) -> V {
        let mut acc = None;
        for &x in xs {
            let biased = self.b.ins().iadd_imm_s(x, 1 << 53);
            let ok = self
                .b
                .ins()
                .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, biased, 1 << 54);
            acc = Some(match acc {
                None => ok,
                Some(p) => self.b.ins().band(p, ok),
            });
        }
        acc.expect("at least one int")
    }

    /// Computes a float operation and jumps to `join` (division by zero: `slow`).
    fn float_result(&mut self, op: u32, x: V, y: V, join: Block, slow: Block) {
        let r = match op {
            binop::ADD => self.b.ins().fadd(x, y),
            binop::SUB => self.b.ins().fsub(x, y),
            binop::MULT => self.b.ins().fmul(x, y),
            _ => {
                let zero = self.b.ins().f64const(0.0);
                let is_zero = self.b.ins().fcmp(FloatCC::Equal, y, zero);
                let cont = self.new_block();
                self.b.ins().brif(is_zero, slow, &[], cont, &[]);
                self.b.switch_to_block(cont);
                self.b.ins().fdiv(x, y)
            }
        };
        let bits = self.bits_of(r);
        let t = self.iconst(i64::from(tag::FLOAT));
        self.jump_join(join, t, bits);
    }

    /// `a[i]`: lists and tuples indexed by an int through a helper, the rest (and
    /// errors) as a step.
    fn subscr(&mut self, pc: usize) {
        let i = self.pop();
        let a = self.pop();
        let join = self.join_block();
        let slow = self.new_block();
        self.b.set_cold_block(slow);
        let seq = a.known.is_none_or(|k| k == tag::LIST || k == tag::TUPLE)
            && i.known.is_none_or(|k| k == tag::INT);
        let list_inline = runtime::layout()
            .filter(|_| a.known == Some(tag::LIST) && i.known.is_none_or(|k| k == tag::INT));
        let str_inline = runtime::layout()
            .filter(|_| a.known == Some(tag::STR) && i.known.is_none_or(|k| k == tag::INT));
        if let Some(layout) = list_inline
            && let Some(t) =
                types::subscr_item_tag(self.code, &self.plan.types.spec, pc, a.known, i.known)
        {
            return self.subscr_speculated(pc, a, i, t, layout);
        }
        if let Some(layout) = list_inline {
            // A list known as such and an int (tested when not known): bounds
            // checked, read in place.
            self.require_tag(i, tag::INT, slow);
            let flag = self.load(a.pay, layout.list_borrow);
            let free = self
                .b
                .ins()
                .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, flag, 0);
            let read = self.list_index(a.pay, i.pay, free, &layout, slow);
            self.b.switch_to_block(read);
            let idx = self.b.block_params(read)[0];
            let at = self.list_item_at(a.pay, idx, &layout);
            let tag = self.load(at, 0);
            let pay = self.load(at, 8);
            let item = self.own_slot(Slot::unknown(tag, pay, false));
            self.release(a);
            self.jump_join(join, item.tag, item.pay);
        } else if let Some(layout) = str_inline {
            // An ASCII str (as many bytes as characters) and an int: the byte at
            // the index is the character, whose str is in the engine's table.
            self.require_tag(i, tag::INT, slow);
            let len = self.load(a.pay, layout.str_len);
            let chars = self.load(a.pay, layout.str_chars);
            let ascii = self.b.ins().icmp(IntCC::Equal, len, chars);
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i.pay, 0);
            let from_end = self.b.ins().iadd(i.pay, len);
            let idx = self.b.ins().select(neg, from_end, i.pay);
            let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
            let ok = self.b.ins().band(ascii, inside);
            let read = self.new_block();
            self.b.ins().brif(ok, read, &[], slow, &[]);
            self.b.switch_to_block(read);
            let data = self.load(a.pay, layout.str_ptr);
            let at = self.b.ins().iadd(data, idx);
            let byte = self.b.ins().uload8(I64, MemFlagsData::trusted(), at, 0);
            let item = self.ascii_char(byte);
            self.release(a);
            self.jump_join(join, item.tag, item.pay);
        } else if seq {
            if let Some(test) = self.tag_is(i, tag::INT) {
                let cont = self.new_block();
                self.b.ins().brif(test, cont, &[], slow, &[]);
                self.b.switch_to_block(cont);
            }
            let r = self.call(
                runtime::fb_subscr_int as *const () as usize,
                &[self.ctx, a.tag, a.pay, i.pay],
            );
            let ok = self.new_block();
            self.b.ins().brif(r, slow, &[], ok, &[]);
            self.b.switch_to_block(ok);
            let tag = self.load(self.ctx, OFF_RET);
            let pay = self.load(self.ctx, OFF_RET + 8);
            // The helper's result is a new reference; the operands were not taken.
            self.release(i);
            self.release(a);
            self.jump_join(join, tag, pay);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        // Anything else: the generic subscript by a direct helper.
        self.b.switch_to_block(slow);
        let saved_known = self.known.clone();
        let a = self.own_slot(a);
        let i = self.own_slot(i);
        let pcv = self.iconst(pc as i64);
        let status = self.call(
            runtime::fb_getitem as *const () as usize,
            &[self.ctx, pcv, a.tag, a.pay, i.tag, i.pay],
        );
        let stack = self.stack.clone();
        self.exit_if(status, pc, EXIT_RAISED, stack);
        let tag = self.load(self.ctx, OFF_RET);
        let pay = self.load(self.ctx, OFF_RET + 8);
        self.jump_join(join, tag, pay);
        self.known = saved_known;
        self.after_join(join);
    }

    /// `StoreSubscr` by a direct helper (the three operands on top are taken).
    fn setitem_call(&mut self, pc: usize) {
        self.pass_inputs(3);
        let pcv = self.iconst(pc as i64);
        let status = self.call(runtime::fb_setitem as *const () as usize, &[self.ctx, pcv]);
        let stack = self.stack.clone();
        self.exit_if(status, pc, EXIT_RAISED, stack);
    }

    /// Continues in a new block when `s` has tag `t` (tested only when it is not
    /// known), else goes to `otherwise`.
    fn require_tag(&mut self, s: Slot, t: u8, otherwise: Block) {
        if let Some(test) = self.tag_is(s, t) {
            let yes = self.new_block();
            self.b.ins().brif(test, yes, &[], otherwise, &[]);
            self.b.switch_to_block(yes);
        }
    }

    /// The index check of `list[i]`, the usual case first: when `free` holds and
    /// `0 <= i < len` it branches to the returned block with `i`; a negative `i`
    /// counts from the end in a cold block (`i + len`); anything else, or `free`
    /// false, branches to `outside`. Ends the current block: the caller switches
    /// to the returned one, whose parameter is the index.
    fn list_index(&mut self, list: V, i: V, free: V, l: &runtime::Layout, outside: Block) -> Block {
        let len = self.load(list, l.list_len);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let ok = self.b.ins().band(free, inside);
        let read = self.new_block();
        self.b.append_block_param(read, I64);
        let from_end = self.new_block();
        self.b.set_cold_block(from_end);
        self.b.ins().brif(ok, read, &[i.into()], from_end, &[]);
        self.b.switch_to_block(from_end);
        let idx = self.b.ins().iadd(i, len);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        let ok = self.b.ins().band(free, inside);
        self.b.ins().brif(ok, read, &[idx.into()], outside, &[]);
        read
    }

    /// The address of item `idx` of list `list` (a payload).
    fn list_item_at(&mut self, list: V, idx: V, l: &runtime::Layout) -> V {
        let data = self.load(list, l.list_ptr);
        let off = self.b.ins().ishl_imm_s(idx, 4);
        self.b.ins().iadd(data, off)
    }

    /// `list[int]` where tier 1 saw items of one type only (`t`): read in place
    /// and checked to have that type, so the item is known without a join. A
    /// list borrowed elsewhere, an index out of range or an item of another type
    /// exits before anything changed (the interpreter raises or reads it), and
    /// the code is compiled again without the assumption.
    fn subscr_speculated(&mut self, pc: usize, a: Slot, i: Slot, t: u8, l: runtime::Layout) {
        let stack = [self.stack.as_slice(), &[a, i]].concat();
        let flag = self.load(a.pay, l.list_borrow);
        let free = self
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, flag, 0);
        let out = self.new_block();
        self.b.set_cold_block(out);
        let read = self.list_index(a.pay, i.pay, free, &l, out);
        self.b.switch_to_block(out);
        let failed = Some(Assumption::Op(pc as u32));
        self.exit_naming(pc, EXIT_RESUME, stack.clone(), failed);
        self.b.switch_to_block(read);
        let idx = self.b.block_params(read)[0];
        let at = self.list_item_at(a.pay, idx, &l);
        let tag = self.load(at, 0);
        let other = self.b.ins().icmp_imm_s(IntCC::NotEqual, tag, i64::from(t));
        self.exit_failing(other, pc, stack, Assumption::Op(pc as u32));
        let pay = self.load(at, 8);
        let tag = self.iconst(i64::from(t));
        let item = self.own_slot(Slot {
            known: Some(t),
            ..Slot::unknown(tag, pay, false)
        });
        self.release(a);
        let f = (t == tag::FLOAT).then(|| self.f64_of(item.pay));
        self.stack.push(Slot { f, ..item });
    }

    fn negate(&mut self, pc: usize) {
        let a = self.pop();
        if let Some(t) = a.known
            && self.plan.types.spec.op_speculates(pc)
            && types::negate_result(t).is_some()
        {
            if t == tag::INT {
                let min = self.b.ins().icmp_imm_s(IntCC::Equal, a.pay, i64::MIN);
                let mut stack = self.stack.clone();
                stack.push(a);
                self.exit_failing(min, pc, stack, Assumption::Op(pc as u32));
                let r = self.b.ins().ineg(a.pay);
                self.push_known(tag::INT, r);
            } else {
                let f = self.float_of(a);
                let r = self.b.ins().fneg(f);
                self.push_float(r);
            }
            return;
        }
        let join = self.join_block();
        let slow = self.new_block();
        self.b.set_cold_block(slow);
        let mut open = true;
        if a.known.is_none_or(|k| k == tag::INT) {
            let test = self.tag_is(a, tag::INT);
            let no = self.guard(test);
            let min = self.b.ins().icmp_imm_s(IntCC::Equal, a.pay, i64::MIN);
            let cont = self.new_block();
            self.b.ins().brif(min, slow, &[], cont, &[]);
            self.b.switch_to_block(cont);
            let r = self.b.ins().ineg(a.pay);
            let t = self.iconst(i64::from(tag::INT));
            self.jump_join(join, t, r);
            open = self.go_on(no);
        }
        if open && a.known.is_none_or(|k| k == tag::FLOAT) {
            let test = self.tag_is(a, tag::FLOAT);
            let no = self.guard(test);
            let f = self.float_of(a);
            let r = self.b.ins().fneg(f);
            let bits = self.bits_of(r);
            let t = self.iconst(i64::from(tag::FLOAT));
            self.jump_join(join, t, bits);
            open = self.go_on(no);
        }
        if open {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        self.slow_step(pc, Instr::UnaryNeg, &[a], join);
        self.after_join(join);
    }

    /// `CompareOp op` on the two top slots. With `fused = (next, target, when)` the
    /// comparison is followed by a `PopJumpIf*` whose jump goes to `target` when
    /// the result equals `when`, and falls through to `next`.
    fn compare(&mut self, pc: usize, op: u32, fused: Option<(usize, usize, bool)>) {
        let b = self.pop();
        let a = self.pop();
        let icc = [
            IntCC::Equal,
            IntCC::NotEqual,
            IntCC::SignedLessThan,
            IntCC::SignedLessThanOrEqual,
            IntCC::SignedGreaterThan,
            IntCC::SignedGreaterThanOrEqual,
        ];
        let fcc = [
            FloatCC::Equal,
            FloatCC::NotEqual,
            FloatCC::LessThan,
            FloatCC::LessThanOrEqual,
            FloatCC::GreaterThan,
            FloatCC::GreaterThanOrEqual,
        ];
        let op_i = op as usize;
        if let (Some(ta), Some(tb)) = (a.known, b.known)
            && types::compares_inline(op, ta, tb)
        {
            // Two ints or two floats: one instruction, nothing to release; two
            // strs: their contents compared (inline when short).
            let t = if ta == tag::STR {
                let eq = self.str_equal(a.pay, b.pay);
                self.release(a);
                self.release(b);
                if op_i == 0 {
                    eq
                } else {
                    self.b.ins().bxor_imm_s(eq, 1)
                }
            } else if ta == tag::INT {
                self.b.ins().icmp(icc[op_i], a.pay, b.pay)
            } else {
                let x = self.float_of(a);
                let y = self.float_of(b);
                self.b.ins().fcmp(fcc[op_i], x, y)
            };
            match fused {
                Some((next, target, when)) => self.branch(pc, t, target, when, next),
                None => {
                    let w = self.b.ins().uextend(I64, t);
                    self.push_known(tag::BOOL, w);
                }
            }
            return;
        }
        // The result as an i8 truth value, joined from every path.
        let join = self.new_block();
        self.b.append_block_param(join, I8);
        // Unfused, the slow path's result is the comparison's own value (which
        // need not be a bool): the paths meet in `value_join`.
        let value_join = fused.is_none().then(|| self.join_block());
        let slow = self.new_block();
        self.b.set_cold_block(slow);
        if op_i >= icc.len() {
            self.b.ins().jump(slow, &[]);
        } else {
            let mut open = true;
            if let Some(test) = self.both(a, b, tag::INT) {
                let no = self.guard(test);
                let r = self.b.ins().icmp(icc[op_i], a.pay, b.pay);
                self.b.ins().jump(join, &[r.into()]);
                open = self.go_on(no);
            }
            if open && let Some(test) = self.both(a, b, tag::FLOAT) {
                let no = self.guard(test);
                let x = self.float_of(a);
                let y = self.float_of(b);
                let r = self.b.ins().fcmp(fcc[op_i], x, y);
                self.b.ins().jump(join, &[r.into()]);
                open = self.go_on(no);
            }
            if open
                && op_i < 2
                && let Some(test) = self.both(a, b, tag::STR)
            {
                // Two strs: the same object is equal; otherwise the helper compares
                // their contents (it cannot fail).
                let no = self.guard(test);
                let eq = self.str_equal(a.pay, b.pay);
                let r = if op_i == 0 {
                    eq
                } else {
                    self.b.ins().bxor_imm_s(eq, 1)
                };
                self.release(a);
                self.release(b);
                self.b.ins().jump(join, &[r.into()]);
                open = self.go_on(no);
            }
            if open {
                self.b.ins().jump(slow, &[]);
            }
        }
        // Slow path: the interpreter compares; then the truth of its result.
        self.b.switch_to_block(slow);
        self.stack.push(a);
        self.stack.push(b);
        let saved_known = self.known.clone();
        let instr = Instr::CompareOp { op };
        if self.step(pc, instr).is_ok() {
            let r = self.pop();
            match value_join {
                Some(vj) => self.jump_join(vj, r.tag, r.pay),
                None => {
                    let t = self.truth(pc, r);
                    self.b.ins().jump(join, &[t.into()]);
                }
            }
        }
        self.known = saved_known;
        self.b.switch_to_block(join);
        let t = self.b.block_params(join)[0];
        self.open = true;
        if let Some((next, target, when)) = fused {
            self.branch(pc, t, target, when, next);
        } else if let Some(vj) = value_join {
            let w = self.b.ins().uextend(I64, t);
            let bool_tag = self.iconst(i64::from(tag::BOOL));
            self.jump_join(vj, bool_tag, w);
            self.after_join(vj);
        }
    }

    /// The truth of `s` (consumed) as an i8; exits if `__bool__` raises.
    fn truth(&mut self, pc: usize, s: Slot) -> V {
        // If `__bool__` raises, the value goes back to the interpreter with the
        // stack (which drops it when it unwinds).
        let mut exit_stack = self.stack.clone();
        exit_stack.push(s);
        let t = self.truth_keep(pc, s, exit_stack);
        // The slot is consumed: only an owned heap value needs dropping, after the
        // test (bools, ints and None never do).
        self.release(s);
        t
    }

    /// The truth of `s` (not consumed) as an i8; if `__bool__` raises, exits with
    /// `exit_stack` as the operand stack.
    fn truth_keep(&mut self, pc: usize, s: Slot, exit_stack: Vec<Slot>) -> V {
        match s.known {
            Some(tag::BOOL) | Some(tag::INT) => {
                return self.b.ins().icmp_imm_s(IntCC::NotEqual, s.pay, 0);
            }
            Some(tag::NONE) => return self.b.ins().iconst(I8, 0),
            _ => {}
        }
        let join = self.new_block();
        self.b.append_block_param(join, I8);
        let small =
            self.b
                .ins()
                .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, s.tag, i64::from(tag::INT));
        let fast = self.new_block();
        let slow = self.new_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(small, fast, &[], slow, &[]);
        // Undef never reaches here; None has payload 0 when native code made it,
        // but not necessarily when Rust did: test the tag too.
        self.b.switch_to_block(fast);
        let nz = self.b.ins().icmp_imm_s(IntCC::NotEqual, s.pay, 0);
        let not_none =
            self.b
                .ins()
                .icmp_imm_s(IntCC::UnsignedGreaterThan, s.tag, i64::from(tag::NONE));
        let r = self.b.ins().band(nz, not_none);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(slow);
        let r = self.call(
            runtime::fb_truthy as *const () as usize,
            &[self.ctx, s.tag, s.pay],
        );
        let raised = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
        // `__bool__` raised: the interpreter sees the instruction raise.
        self.exit_if(raised, pc, EXIT_RAISED, exit_stack);
        let r8 = self.b.ins().ireduce(I8, r);
        self.b.ins().jump(join, &[r8.into()]);
        self.b.switch_to_block(join);
        self.open = true;
        self.b.block_params(join)[0]
    }

    /// Ends the block with a branch on `t`: to `target` when `t == when`, else to
    /// `next` (continuing in a new block when `next` does not start one).
    fn branch(&mut self, pc: usize, t: V, target: usize, when: bool, next: usize) {
        let args = self.block_args();
        // A back-edge goes through a block of its own that polls.
        let (taken, taken_args) = self.edge(target, &args, target <= pc);
        let next_is_block = self.blocks.get(next).copied().flatten();
        let (fall, fall_args) = match next_is_block {
            Some(_) => self.edge(next, &args, false),
            None => (self.new_block(), vec![]),
        };
        if when {
            self.b.ins().brif(t, taken, &taken_args, fall, &fall_args);
        } else {
            self.b.ins().brif(t, fall, &fall_args, taken, &taken_args);
        }
        self.flush_edges();
        self.open = next_is_block.is_none();
        if self.open {
            self.b.switch_to_block(fall);
        }
    }

    /// Whether two strs (their payloads) are equal, as an i8: the same object
    /// is; different lengths are not; one character each is compared inline
    /// (with the measured layout); anything else by the helper.
    fn str_equal(&mut self, a: V, b: V) -> V {
        let done = self.new_block();
        self.b.append_block_param(done, I8);
        let same = self.b.ins().icmp(IntCC::Equal, a, b);
        let differ = self.new_block();
        let yes = self.b.ins().iconst(I8, 1);
        self.b.ins().brif(same, done, &[yes.into()], differ, &[]);
        self.b.switch_to_block(differ);
        if let Some(l) = runtime::layout() {
            let la = self.load(a, l.str_len);
            let lb = self.load(b, l.str_len);
            let same_len = self.b.ins().icmp(IntCC::Equal, la, lb);
            let no = self.b.ins().iconst(I8, 0);
            let same_len_blk = self.new_block();
            self.b
                .ins()
                .brif(same_len, same_len_blk, &[], done, &[no.into()]);
            self.b.switch_to_block(same_len_blk);
            let one = self.b.ins().icmp_imm_s(IntCC::Equal, la, 1);
            let one_blk = self.new_block();
            let longer = self.new_block();
            self.b.ins().brif(one, one_blk, &[], longer, &[]);
            self.b.switch_to_block(one_blk);
            let pa = self.load(a, l.str_ptr);
            let pb = self.load(b, l.str_ptr);
            let ca = self.b.ins().uload8(I64, MemFlagsData::trusted(), pa, 0);
            let cb = self.b.ins().uload8(I64, MemFlagsData::trusted(), pb, 0);
            let eq = self.b.ins().icmp(IntCC::Equal, ca, cb);
            self.b.ins().jump(done, &[eq.into()]);
            self.b.switch_to_block(longer);
        }
        let eq = self.call(runtime::fb_str_eq as *const () as usize, &[a, b]);
        let eq = self.b.ins().ireduce(I8, eq);
        self.b.ins().jump(done, &[eq.into()]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    /// `ForIter target` (with the `UnpackSequence 2` after it when there is one);
    /// returns the next offset to lower.
    fn for_iter(&mut self, pc: usize, target: usize) -> usize {
        let pair = types::for_unpacks_pair(self.code, &self.plan.block_start, pc);
        if let Some(kind) =
            types::for_kind(self.code, &self.plan.block_start, &self.plan.types.spec, pc)
            && let Some(layout) = runtime::layout()
            && self
                .stack
                .last()
                .is_some_and(|it| it.known.is_none_or(|k| k == tag::ITER))
        {
            return self.for_iter_inline(pc, target, kind, layout, true);
        }
        // No feedback (the loop had not run when this was compiled): a list is
        // still advanced inline, anything else by the helper.
        if let Some(layout) = runtime::layout()
            && self
                .stack
                .last()
                .is_some_and(|it| it.known.is_none_or(|k| k == tag::ITER))
        {
            let kind = types::ForKind::Plain(InlineIterKind::List);
            return self.for_iter_inline(pc, target, kind, layout, false);
        }
        let it = *self.stack.last().expect("iterator");
        let pairv = self.iconst(i64::from(pair));
        let status = self.call(
            runtime::fb_for_iter as *const () as usize,
            &[self.ctx, it.tag, it.pay, pairv],
        );
        let raised = self.b.ins().icmp_imm_s(IntCC::Equal, status, 2);
        let stack = self.stack.clone();
        self.exit_if(raised, pc, EXIT_RAISED, stack);
        let done = self.b.ins().icmp_imm_s(IntCC::Equal, status, 0);
        let exhausted = self.new_block();
        let more = self.new_block();
        self.b.ins().brif(done, exhausted, &[], more, &[]);
        // Exhausted: drop the iterator and leave the loop.
        self.b.switch_to_block(exhausted);
        let saved = self.stack.clone();
        let it = self.pop();
        self.release(it);
        self.jump_to(target);
        self.stack = saved;
        self.b.switch_to_block(more);
        if pair {
            let scratch = self.load(self.ctx, OFF_SCRATCH);
            self.push_scratch(scratch, 2);
            self.open = true;
            return pc + 2;
        }
        self.push_ret();
        self.open = true;
        pc + 1
    }
}

impl Lower<'_, '_> {
    /// `UnpackSequence 2`: a tuple of two (known by its inline length word, with
    /// the measured layout) is read in place; anything else is a step.
    fn unpack_pair(&mut self, pc: usize) -> Result<(), String> {
        let instr = Instr::UnpackSequence { n: 2 };
        let top_may_be_tuple = self
            .stack
            .last()
            .is_some_and(|s| s.known.is_none_or(|k| k == tag::TUPLE));
        let Some(l) = runtime::layout().filter(|_| top_may_be_tuple) else {
            return self.step(pc, instr);
        };
        let s = self.pop();
        let join = self.new_block();
        for _ in 0..4 {
            self.b.append_block_param(join, I64);
        }
        let slow = self.new_block();
        self.b.set_cold_block(slow);
        self.require_tag(s, tag::TUPLE, slow);
        let len = self.load(s.pay, l.tuple_len);
        let two = self.b.ins().icmp_imm_s(IntCC::Equal, len, 2);
        let fast = self.new_block();
        self.b.ins().brif(two, fast, &[], slow, &[]);
        self.b.switch_to_block(fast);
        let mut items = Vec::with_capacity(2);
        for k in 0..2 {
            let t = self.load(s.pay, l.tuple_items + 16 * k);
            let p = self.load(s.pay, l.tuple_items + 16 * k + 8);
            items.push(self.own_slot(Slot::unknown(t, p, false)));
        }
        self.release(s);
        // The first item ends on top.
        self.jump_join2(join, items[1], items[0]);
        self.b.switch_to_block(slow);
        self.stack.push(s);
        let saved_known = self.known.clone();
        self.step(pc, instr)?;
        let first = self.pop();
        let second = self.pop();
        self.jump_join2(join, second, first);
        self.known = saved_known;
        self.b.switch_to_block(join);
        let p = self.b.block_params(join).to_vec();
        self.push_owned(p[0], p[1]);
        self.push_owned(p[2], p[3]);
        Ok(())
    }

    /// `StoreSubscr` (`container[index] = value`): a list and an int known as
    /// such, the index in range and the list not borrowed, replace the item in
    /// place; anything else is a step.
    fn store_subscr(&mut self, pc: usize) -> Result<(), String> {
        let n = self.stack.len();
        let (v, c, i) = (self.stack[n - 3], self.stack[n - 2], self.stack[n - 1]);
        let Some(l) = runtime::layout()
            .filter(|_| c.known == Some(tag::LIST) && i.known.is_none_or(|k| k == tag::INT))
        else {
            self.setitem_call(pc);
            return Ok(());
        };
        self.stack.truncate(n - 3);
        let done = self.new_block();
        let slow = self.new_block();
        self.b.set_cold_block(slow);
        self.require_tag(i, tag::INT, slow);
        let flag = self.load(c.pay, l.list_borrow);
        let free = self.b.ins().icmp_imm_s(IntCC::Equal, flag, 0);
        let fast = self.list_index(c.pay, i.pay, free, &l, slow);
        self.b.switch_to_block(fast);
        let idx = self.b.block_params(fast)[0];
        let v_owned = self.own_slot(v);
        let at = self.list_item_at(c.pay, idx, &l);
        let old_t = self.load(at, 0);
        let old_p = self.load(at, 8);
        self.store(v_owned.tag, at, 0);
        self.store(v_owned.pay, at, 8);
        self.release(Slot::unknown(old_t, old_p, true));
        self.release(c);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow);
        self.stack.extend([v, c, i]);
        let saved_known = self.known.clone();
        self.setitem_call(pc);
        self.b.ins().jump(done, &[]);
        self.known = saved_known;
        self.b.switch_to_block(done);
        Ok(())
    }

    /// `BuildTuple 2`: the pair made by a direct helper.
    fn build_pair(&mut self, pc: usize) {
        let b = self.pop();
        let a = self.pop();
        let a = self.own_slot(a);
        let b = self.own_slot(b);
        let pay = self.call(
            runtime::fb_tuple2 as *const () as usize,
            &[self.ctx, a.tag, a.pay, b.tag, b.pay],
        );
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, pay, 0);
        let stack = self.stack.clone();
        self.exit_if(failed, pc, EXIT_RAISED, stack);
        self.push_known(tag::TUPLE, pay);
    }

    /// `GetIter`: an iterator is its own (`for x in enumerate(xs)`), anything
    /// else makes one through the interpreter's step.
    fn get_iter(&mut self, pc: usize) {
        let s = self.pop();
        if s.known == Some(tag::ITER) {
            self.stack.push(s);
            return;
        }
        let s = self.own_slot(s);
        let join = self.join_block();
        if let Some(is_iter) = self.tag_is(s, tag::ITER) {
            let fast = self.new_block();
            let slow = self.new_block();
            self.b.ins().brif(is_iter, fast, &[], slow, &[]);
            self.b.switch_to_block(fast);
            self.jump_join(join, s.tag, s.pay);
            self.b.switch_to_block(slow);
        }
        self.slow_step(pc, Instr::GetIter, &[s], join);
        self.after_join(join);
    }

    /// `BuildList n`: the list made by a direct helper from the scratch buffer.
    fn build_list(&mut self, pc: usize, n: usize) {
        if n > 0 {
            self.pass_inputs(n);
        }
        let nv = self.iconst(n as i64);
        let pay = self.call(
            runtime::fb_build_list as *const () as usize,
            &[self.ctx, nv],
        );
        let failed = self.b.ins().icmp_imm_s(IntCC::Equal, pay, 0);
        let stack = self.stack.clone();
        self.exit_if(failed, pc, EXIT_RAISED, stack);
        self.push_known(tag::LIST, pay);
    }

    /// `ForIter` over an iterator of the kind tier 1 saw (`types::for_kind`),
    /// advanced in place: checked to be that kind (else an exit, and the code
    /// is compiled again without the assumption), the item read inline; the end
    /// of the iteration and the cases not done inline (a non-ASCII character, a
    /// list borrowed elsewhere) go through `fb_for_iter`, whose items have the
    /// same types. Returns the next offset to lower.
    ///
    /// Unless `speculate`, nothing is assumed: an iterator of another kind takes
    /// the helper's path (so the items' types are not known either).
    fn for_iter_inline(
        &mut self,
        pc: usize,
        target: usize,
        kind: types::ForKind,
        l: runtime::Layout,
        speculate: bool,
    ) -> usize {
        let it = *self.stack.last().expect("iterator");
        let at_entry = self.stack.clone();
        let flags = MemFlagsData::trusted();
        let slow = self.new_block();
        self.b.set_cold_block(slow);
        // A failed check: an exit (recompiled without the assumption), or the
        // helper's path.
        let check = |me: &mut Self, bad: V| {
            if speculate {
                me.exit_failing(bad, pc, at_entry.clone(), Assumption::Op(pc as u32));
            } else {
                let cont = me.new_block();
                me.b.ins().brif(bad, slow, &[], cont, &[]);
                me.b.switch_to_block(cont);
            }
        };
        // The iterator: a value of tag ITER whose state has the kind's tag and is
        // not borrowed.
        if let Some(bad) = self
            .tag_is(it, tag::ITER)
            .map(|t| self.b.ins().bxor_imm_s(t, 1))
        {
            check(self, bad);
        }
        let (outer, inner) = match kind {
            types::ForKind::Plain(k) => (l.iter_tag(k), k),
            types::ForKind::Enumerate(k) => (l.iter_enumerate, k),
        };
        let state_ok = |me: &mut Self, cell: V, want: u64| {
            let flag = me.load(cell, l.iter_borrow);
            let free = me.b.ins().icmp_imm_s(IntCC::Equal, flag, 0);
            let t = me.load(cell, l.iter_state);
            let is = me.b.ins().icmp_imm_s(IntCC::Equal, t, want as i64);
            me.b.ins().band(free, is)
        };
        let ok = state_ok(self, it.pay, outer);
        let bad = self.b.ins().bxor_imm_s(ok, 1);
        check(self, bad);
        let state = self.b.ins().iadd_imm_s(it.pay, i64::from(l.iter_state));
        let f = runtime::ITER_FIELD;
        // `enumerate`: its inner iterator of the kind, and an int count below the
        // largest (the next would be a big int).
        let inner_state = if matches!(kind, types::ForKind::Enumerate(_)) {
            let inner_tag = self.load(state, f[0]);
            let count_tag = self.load(state, f[2]);
            let count = self.load(state, f[3]);
            let a = self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, inner_tag, i64::from(tag::ITER));
            let b = self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, count_tag, i64::from(tag::INT));
            let c = self.b.ins().icmp_imm_s(IntCC::NotEqual, count, i64::MAX);
            let ab = self.b.ins().band(a, b);
            let abc = self.b.ins().band(ab, c);
            let bad = self.b.ins().bxor_imm_s(abc, 1);
            check(self, bad);
            let inner_cell = self.load(state, f[1]);
            let ok = state_ok(self, inner_cell, l.iter_tag(inner));
            let bad = self.b.ins().bxor_imm_s(ok, 1);
            check(self, bad);
            self.b.ins().iadd_imm_s(inner_cell, i64::from(l.iter_state))
        } else {
            state
        };
        // `for a, b in xs` over a list: the item is pushed whole, for the
        // `UnpackSequence` lowered next.
        let unpack_next = matches!(kind, types::ForKind::Plain(_))
            && types::for_unpacks_pair(self.code, &self.plan.block_start, pc);
        let pair = matches!(kind, types::ForKind::Enumerate(_));
        // `for a, b in pairs` over a list: a tuple of two is unpacked where it
        // lies (the list keeps it alive), without touching its reference count,
        // and the `UnpackSequence` is done here.
        let fused = unpack_next && inner == InlineIterKind::List;
        // `got`: the item (tag, payload) and, for `enumerate`, the index; for
        // `fused`, the tuple's second item then its first.
        let got = self.new_block();
        for _ in 0..if fused {
            4
        } else if pair {
            3
        } else {
            2
        } {
            self.b.append_block_param(got, I64);
        }
        let item = self.new_block();
        self.b.append_block_param(item, I64);
        self.b.append_block_param(item, I64);
        match inner {
            InlineIterKind::Range => {
                let remaining = self.load(inner_state, f[2]);
                let any = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::SignedGreaterThan, remaining, 0);
                let next = self.new_block();
                self.b.ins().brif(any, next, &[], slow, &[]);
                self.b.switch_to_block(next);
                let v = self.load(inner_state, f[0]);
                let step = self.load(inner_state, f[1]);
                let v1 = self.b.ins().iadd(v, step);
                self.store(v1, inner_state, f[0]);
                let r1 = self.b.ins().iadd_imm_s(remaining, -1);
                self.store(r1, inner_state, f[2]);
                let t = self.iconst(i64::from(tag::INT));
                self.b.ins().jump(item, &[t.into(), v.into()]);
            }
            InlineIterKind::List => {
                let list = self.load(inner_state, f[0]);
                let index = self.load(inner_state, f[1]);
                let flag = self.load(list, l.list_borrow);
                let free = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, flag, 0);
                let len = self.load(list, l.list_len);
                let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
                let ok = self.b.ins().band(free, inside);
                let read = self.new_block();
                self.b.ins().brif(ok, read, &[], slow, &[]);
                self.b.switch_to_block(read);
                let data = self.load(list, l.list_ptr);
                let off = self.b.ins().ishl_imm_s(index, 4);
                let at = self.b.ins().iadd(data, off);
                let t = self.load(at, 0);
                let p = self.load(at, 8);
                if fused {
                    // Anything but a tuple of two: the helper advances and unpacks.
                    let is_tuple = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::Equal, t, i64::from(tag::TUPLE));
                    let tuple = self.new_block();
                    self.b.ins().brif(is_tuple, tuple, &[], slow, &[]);
                    self.b.switch_to_block(tuple);
                    let len = self.load(p, l.tuple_len);
                    let two = self.b.ins().icmp_imm_s(IntCC::Equal, len, 2);
                    let unpack = self.new_block();
                    self.b.ins().brif(two, unpack, &[], slow, &[]);
                    self.b.switch_to_block(unpack);
                    let mut args: Vec<BlockArg> = Vec::with_capacity(4);
                    for k in [1, 0] {
                        let t = self.load(p, l.tuple_items + 16 * k);
                        let p = self.load(p, l.tuple_items + 16 * k + 8);
                        let v = self.own_slot(Slot::unknown(t, p, false));
                        args.extend([BlockArg::from(v.tag), BlockArg::from(v.pay)]);
                    }
                    let index1 = self.b.ins().iadd_imm_s(index, 1);
                    self.store(index1, inner_state, f[1]);
                    self.b.ins().jump(got, &args);
                } else {
                    let v = self.own_slot(Slot::unknown(t, p, false));
                    let index1 = self.b.ins().iadd_imm_s(index, 1);
                    self.store(index1, inner_state, f[1]);
                    self.b.ins().jump(item, &[v.tag.into(), v.pay.into()]);
                }
            }
            InlineIterKind::Str => {
                let s = self.load(inner_state, f[0]);
                let pos = self.load(inner_state, f[1]);
                let len = self.load(s, l.str_len);
                let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, pos, len);
                let read = self.new_block();
                self.b.ins().brif(inside, read, &[], slow, &[]);
                self.b.switch_to_block(read);
                let data = self.load(s, l.str_ptr);
                let at = self.b.ins().iadd(data, pos);
                let byte = self.b.ins().uload8(I64, flags, at, 0);
                // An ASCII byte is a whole character, whose str is in the table.
                let ascii = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, byte, 128);
                let table_blk = self.new_block();
                self.b.ins().brif(ascii, table_blk, &[], slow, &[]);
                self.b.switch_to_block(table_blk);
                let v = self.ascii_char(byte);
                let pos1 = self.b.ins().iadd_imm_s(pos, 1);
                self.store(pos1, inner_state, f[1]);
                self.b.ins().jump(item, &[v.tag.into(), v.pay.into()]);
            }
        }
        // An item: for `enumerate`, with the count (moved on).
        if !fused {
            self.b.switch_to_block(item);
            let (t, p) = {
                let ps = self.b.block_params(item);
                (ps[0], ps[1])
            };
            let mut args: Vec<BlockArg> = vec![t.into(), p.into()];
            if pair {
                let count = self.load(state, f[3]);
                let count1 = self.b.ins().iadd_imm_s(count, 1);
                self.store(count1, state, f[3]);
                args.push(count.into());
            }
            self.b.ins().jump(got, &args);
        }
        // The rest: the helper (its items have the types of the inline ones).
        self.b.switch_to_block(slow);
        let pairv = self.iconst(i64::from(pair || fused));
        debug_assert!(!(pair && unpack_next));
        let status = self.call(
            runtime::fb_for_iter as *const () as usize,
            &[self.ctx, it.tag, it.pay, pairv],
        );
        let raised = self.b.ins().icmp_imm_s(IntCC::Equal, status, 2);
        self.exit_if(raised, pc, EXIT_RAISED, at_entry);
        let done = self.b.ins().icmp_imm_s(IntCC::Equal, status, 0);
        let exhausted = self.new_block();
        let more = self.new_block();
        self.b.ins().brif(done, exhausted, &[], more, &[]);
        self.b.switch_to_block(more);
        let mut args: Vec<BlockArg> = Vec::new();
        if fused {
            // The helper leaves the second item, then the first, in the scratch
            // buffer.
            let scratch = self.load(self.ctx, OFF_SCRATCH);
            for off in [0, 8, 16, 24] {
                args.push(self.load(scratch, off).into());
            }
        } else if pair {
            // The helper leaves the item, then the index, in the scratch buffer.
            let scratch = self.load(self.ctx, OFF_SCRATCH);
            args.push(self.load(scratch, 0).into());
            args.push(self.load(scratch, 8).into());
            args.push(self.load(scratch, 24).into());
        } else {
            args.push(self.load(self.ctx, OFF_RET).into());
            args.push(self.load(self.ctx, OFF_RET + 8).into());
        }
        self.b.ins().jump(got, &args);
        // Exhausted: drop the iterator and leave the loop.
        self.b.switch_to_block(exhausted);
        let saved = self.stack.clone();
        let it = self.pop();
        self.release(it);
        self.jump_to(target);
        self.stack = saved;
        // Go on with the item (and index) pushed.
        self.b.switch_to_block(got);
        let ps = self.b.block_params(got).to_vec();
        if fused {
            self.push_owned(ps[0], ps[1]);
            self.push_owned(ps[2], ps[3]);
            self.open = true;
            return pc + 2;
        }
        let item_tag = types::item_tag(inner).filter(|_| speculate);
        let t = match item_tag {
            Some(k) => self.iconst(i64::from(k)),
            None => ps[0],
        };
        self.stack.push(Slot {
            known: item_tag,
            ..Slot::unknown(t, ps[1], true)
        });
        self.open = true;
        if unpack_next {
            return pc + 1;
        }
        if pair {
            self.push_known(tag::INT, ps[2]);
            return pc + 2;
        }
        pc + 1
    }
}

/// How many operand-stack slots (from the top) the instruction reads, for a step;
/// `Err` for instructions a step cannot run.
pub(crate) fn step_inputs(instr: Instr, depth: usize) -> Result<usize, String> {
    use Instr::*;
    let n = match instr {
        Call { argc } | CallKw { argc, .. } => argc as usize + 2,
        CallEx { kwargs } => 3 + kwargs as usize,
        BinaryOp { .. } | InplaceOp { .. } | CompareOp { .. } | IsOp { .. } | ContainsOp { .. } => {
            2
        }
        BinarySubscr | DeleteSubscr | StoreAttr { .. } | PopExceptReraise | CheckExcMatch => 2,
        StoreSubscr => 3,
        UnaryNeg | UnaryPos | UnaryInvert | UnaryNot | LoadAttr { .. } | DeleteAttr { .. } => 1,
        LoadMethod { .. } | StoreGlobal { .. } | StoreName { .. } | StoreDeref { .. } => 1,
        ListToTuple | UnpackSequence { .. } | UnpackEx { .. } | GetIter | ImportFrom { .. } => 1,
        ImportStar | Reraise | PushExcInfo | PopExcept => 1,
        BeforeWith | GetYieldFromIter => 1,
        WithExceptStart => 3,
        LoadGlobal { .. } | LoadName { .. } | LoadDeref { .. } | LoadAssertionError => 0,
        DeleteGlobal { .. } | DeleteName { .. } | DeleteDeref { .. } | ImportName { .. } => 0,
        BuildTuple { n }
        | BuildList { n }
        | BuildSet { n }
        | BuildString { n }
        | BuildSlice { n } => n as usize,
        BuildMap { n } => 2 * n as usize,
        ListAppend { depth: d } | SetAdd { depth: d } | SetUpdate { depth: d } => d as usize + 1,
        ListExtend { depth: d } | DictUpdate { depth: d } => d as usize + 1,
        MapAdd { depth: d } => d as usize + 2,
        DictMerge { depth: d } => d as usize + 4,
        FormatValue { flags } => 1 + usize::from(flags & 4 != 0),
        MakeFunction { flags, .. } => (flags & 1) as usize + ((flags >> 1) & 1) as usize,
        MakeClass { nbases, .. } => nbases as usize,
        Raise { argc } => argc as usize,
        other => return Err(format!("{} is not compiled", other.name())),
    };
    Ok(n.min(depth))
}
