//! Entering and leaving native code, and the `extern "C"` helpers it calls.
//!
//! # The protocol
//!
//! Native code runs a frame that the interpreter set up: its locals and operand
//! stack are `Vm::stack[base..]`. On entry ([`enter`]) native code takes them over
//! (the stack is cut back to `base`, and native code reads the values from the
//! buffer and owns them), so while it runs, calls it makes push their frames from
//! `base` on as usual. Native code keeps a copy of the locals in a frame area of
//! its own, written at every store; every way out goes through [`fb_exit_copy`],
//! which moves that area (locals, then operand stack) back to `stack[base..]`, and
//! returns a status: resume the interpreter at an offset, or an exception raised at one.
//!
//! Helpers never unwind (a panic is caught and becomes a `RuntimeError`); an error
//! is a status, with the exception left in [`JitCtx::error`]. Values cross as their
//! two 64-bit words (`Value` is `#[repr(C, u64)]`: tag, payload); a helper's value
//! result goes to [`JitCtx::ret`], several values through the scratch buffer.

use std::mem::MaybeUninit;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::rc::Rc;

use super::cranelift::NativeCode;
use super::types::tag::{BUILTIN, LIST, STR};
use crate::interp::Vm;
use crate::interp::specialize::ReceiverKey;
use crate::runtime::exceptions::{PyErr, runtime_error};
use crate::runtime::value::Value;

/// Values the scratch buffer holds: no code with a deeper operand stack is
/// compiled.
pub(crate) const SCRATCH: usize = 256;

/// Back-edges and calls between two polls of the runtime (native code leaves
/// when its counter runs out; [`enter`] then polls).
pub(crate) const POLL_INTERVAL: i64 = 1 << 16;

/// What native code shares with its helpers. Native code reads and writes the
/// fields before `vm` at fixed offsets (the `OFF_*` constants).
#[repr(C)]
pub(crate) struct JitCtx {
    /// A helper's value result.
    pub ret: MaybeUninit<Value>,
    /// The engine's poll counter (`Vm::jit_budget`), decremented by native code.
    pub budget: *mut i64,
    /// Start of the scratch buffer (`SCRATCH` values).
    pub scratch: *mut MaybeUninit<Value>,
    /// Set by native code at an exit whose check failed: the failed assumption
    /// (`types::Assumption::code`), 0 for none.
    pub failed: u64,
    /// The built-ins native code recognises (`Vm::jit_builtins`, indexed by
    /// `BUILTIN_*`), to check a callee against.
    pub builtins: *const Value,
    /// The version counter of the running frame's globals, and of the builtins
    /// (what [`GlobalCache`] entries are checked against).
    pub globals_version: *const u64,
    pub builtins_version: *const u64,
    /// The one-character strs of the ASCII characters (`Vm::ascii_chars`): a
    /// `for` over a str takes its items from here.
    pub ascii_chars: *const Rc<crate::runtime::value::PyStr>,
    /// `Vm::class_epoch` (moved on by any change to a class), which method
    /// sites' quick checks compare.
    pub class_epoch: *const u64,
    /// The interpreter.
    pub vm: *mut Vm,
    /// Index of the frame's local 0 in `Vm::stack`.
    pub base: usize,
    /// Values native code wrote back at its exit.
    pub exit_len: usize,
    /// The exception a helper raised.
    pub error: Option<PyErr>,
}

/// Offset of [`JitCtx::ret`] (the tag; the payload follows).
pub(crate) const OFF_RET: i32 = 0;
/// Offset of [`JitCtx::budget`].
pub(crate) const OFF_BUDGET: i32 = 16;
/// Offset of [`JitCtx::scratch`].
pub(crate) const OFF_SCRATCH: i32 = 24;
/// Offset of [`JitCtx::failed`].
pub(crate) const OFF_FAILED: i32 = 32;
/// Offset of [`JitCtx::builtins`].
pub(crate) const OFF_BUILTINS: i32 = 40;
/// Offset of [`JitCtx::globals_version`].
pub(crate) const OFF_GLOBALS_VERSION: i32 = 48;
/// Offset of [`JitCtx::builtins_version`].
pub(crate) const OFF_BUILTINS_VERSION: i32 = 56;
/// Offset of [`JitCtx::ascii_chars`].
pub(crate) const OFF_ASCII_CHARS: i32 = 64;
/// Offset of [`JitCtx::class_epoch`].
pub(crate) const OFF_CLASS_EPOCH: i32 = 72;

/// What one `LoadGlobal` site of native code found last: the value, valid while
/// the globals it was found in and the builtins have the versions seen then
/// (any store to either moves its version on). Native code reads the fields at
/// the `GC_*` offsets.
///
/// The cache owns nothing that could make a reference cycle (a function's code
/// would otherwise keep its own module alive): the value's words are not a
/// reference — while both versions are unchanged the dict it came from still
/// holds it — and the dicts are held weakly, which keeps their allocations (so a
/// counter's address never becomes another dict's while the cache compares it).
#[repr(C)]
pub(crate) struct GlobalCache {
    /// The version counter of the globals the value was found in (null: empty).
    globals_version: *const u64,
    globals_seen: u64,
    /// The builtins' version then (native code compares it with
    /// `JitCtx::builtins_version`: one builtins per engine).
    builtins_seen: u64,
    /// The value's two words (borrowed from the dict that holds it).
    value: [u64; 2],
    /// The globals, weakly.
    keep: Option<std::rc::Weak<crate::runtime::value::Dict>>,
}

/// Offsets in [`GlobalCache`].
pub(crate) const GC_GLOBALS_VERSION: i32 = 0;
pub(crate) const GC_GLOBALS_SEEN: i32 = 8;
pub(crate) const GC_BUILTINS_SEEN: i32 = 16;
pub(crate) const GC_VALUE: i32 = 24;

impl GlobalCache {
    /// `n` empty caches.
    pub(crate) fn empty(n: usize) -> Box<[GlobalCache]> {
        (0..n)
            .map(|_| GlobalCache {
                globals_version: std::ptr::null(),
                globals_seen: 0,
                builtins_seen: 0,
                value: [0; 2],
                keep: None,
            })
            .collect()
    }
}

/// A `LoadMethod` site whose method native code calls directly: tier 1 saw a
/// built-in function there (`rng.randrange`, `heapq.heappush`, `d.get`). The
/// first run fills it with what the receiver was ([`ReceiverKey`]) and the
/// built-in found; later runs check the receiver against that key
/// ([`fb_method_guard`]) and a mismatch exits (the code is then compiled again
/// without the direct call). The site holds the built-in, so native code can
/// borrow it, and the object the key names, so that its address stays its own.
#[repr(C)]
pub(crate) struct MethodSite {
    /// The built-in's payload word, once filled (read by native code at
    /// [`MS_METHOD`]).
    method_pay: std::cell::Cell<u64>,
    /// The quick check native code makes before calling [`fb_method_guard`]:
    /// the last receiver admitted (its tag and payload words; `u64::MAX`: none),
    /// a version counter of it and the value it had then (its dict's key-set
    /// version for an instance, its globals' version for a module), and
    /// `Vm::class_epoch` then. All equal: the guard would admit it again.
    quick_tag: std::cell::Cell<u64>,
    quick_pay: std::cell::Cell<u64>,
    quick_watch: std::cell::Cell<u64>,
    quick_seen: std::cell::Cell<u64>,
    quick_epoch: std::cell::Cell<u64>,
    /// The quick receiver, held weakly: its allocation (and so its address)
    /// stays its own while the site compares it, without keeping it alive.
    quick_keep: std::cell::RefCell<Option<std::rc::Weak<dyn std::any::Any>>>,
    /// Whether the receiver is a module (no self argument), as tier 1 saw.
    module: bool,
    /// The method's name.
    name: Rc<crate::runtime::value::PyStr>,
    /// The built-in's positional-only entry, once filled, if it has one and is
    /// not bound (what `fb_call_builtin` calls without looking further).
    fast: std::cell::Cell<Option<crate::runtime::value::FastFn>>,
    /// Set when the first receiver had no built-in of the kind the site expects
    /// (only sites lowered without tier-1 feedback, which fall back to the
    /// generic lookup): later runs are refused without looking.
    dead: std::cell::Cell<bool>,
    /// The receiver's key, the built-in, and the object the key names.
    filled: std::cell::RefCell<Option<(ReceiverKey, Value, Value)>>,
    /// An instance dict key-set version known not to shadow the name.
    verified: std::cell::Cell<u64>,
}

/// Offset of the built-in's payload in [`MethodSite`].
pub(crate) const MS_METHOD: i32 = 0;
/// Offsets of [`MethodSite`]'s quick check words.
pub(crate) const MS_QUICK_TAG: i32 = 8;
pub(crate) const MS_QUICK_PAY: i32 = 16;
pub(crate) const MS_QUICK_WATCH: i32 = 24;
pub(crate) const MS_QUICK_SEEN: i32 = 32;
pub(crate) const MS_QUICK_EPOCH: i32 = 40;

impl MethodSite {
    /// The sites of `code`'s `LoadMethod` instructions at `pcs`, empty.
    pub(crate) fn empty(code: &crate::compiler::CodeObject, pcs: &[usize]) -> Box<[MethodSite]> {
        pcs.iter()
            .map(|&pc| {
                let (name, module) = match code.plain[pc] {
                    crate::compiler::bytecode::Instr::LoadMethod { name } => (
                        code.names[name as usize].clone(),
                        super::lower::site_receiver_is_module(code, pc),
                    ),
                    _ => (
                        Rc::new(crate::runtime::value::PyStr::new(String::new())),
                        false,
                    ),
                };
                MethodSite {
                    method_pay: std::cell::Cell::new(0),
                    quick_tag: std::cell::Cell::new(u64::MAX),
                    quick_pay: std::cell::Cell::new(0),
                    quick_watch: std::cell::Cell::new(0),
                    quick_seen: std::cell::Cell::new(0),
                    quick_epoch: std::cell::Cell::new(0),
                    quick_keep: std::cell::RefCell::new(None),
                    module,
                    name,
                    fast: std::cell::Cell::new(None),
                    dead: std::cell::Cell::new(false),
                    filled: std::cell::RefCell::new(None),
                    verified: std::cell::Cell::new(u64::MAX),
                }
            })
            .collect()
    }

    /// Whether `obj.name` is the site's built-in (filling the site on its first
    /// run, when `obj.name` is a built-in of the receiver kind tier 1 saw).
    fn admits(&self, vm: &Vm, obj: &Value) -> bool {
        if self.dead.get() {
            return false;
        }
        let Ok(mut filled) = self.filled.try_borrow_mut() else {
            return false;
        };
        if let Some((key, _, _)) = &*filled {
            let ok = vm.receiver_matches(obj, *key, &self.name, &self.verified);
            if ok {
                self.arm_quick(vm, obj);
            }
            return ok;
        }
        match vm.builtin_method_of(obj, &self.name) {
            Some((key, m, keep)) if matches!(key, ReceiverKey::Module { .. }) == self.module => {
                self.method_pay.set(value_words(&m).1);
                if let Value::Builtin(b) = &m
                    && b.bound.is_none()
                {
                    self.fast.set(b.fast);
                }
                *filled = Some((key, m, keep));
                self.arm_quick(vm, obj);
                true
            }
            _ => {
                self.dead.set(true);
                false
            }
        }
    }

    /// Makes `obj`, just admitted, the receiver of the quick check.
    fn arm_quick(&self, vm: &Vm, obj: &Value) {
        let (watch, seen, keep) = match obj {
            Value::Instance(i) => {
                let Ok(d) = i.dict.try_borrow() else {
                    return self.quick_tag.set(u64::MAX);
                };
                (
                    d.keys_version_addr(),
                    d.keys_version(),
                    Rc::downgrade(i) as std::rc::Weak<dyn std::any::Any>,
                )
            }
            Value::Module(m) => {
                let Ok(d) = m.dict.table.try_borrow() else {
                    return self.quick_tag.set(u64::MAX);
                };
                let keep = Rc::downgrade(m) as std::rc::Weak<dyn std::any::Any>;
                (d.version_addr(), d.version(), keep)
            }
            _ => return self.quick_tag.set(u64::MAX),
        };
        let Ok(mut k) = self.quick_keep.try_borrow_mut() else {
            return self.quick_tag.set(u64::MAX);
        };
        *k = Some(keep);
        let (tag, pay) = value_words(obj);
        self.quick_tag.set(tag);
        self.quick_pay.set(pay);
        self.quick_watch.set(watch as u64);
        self.quick_seen.set(seen);
        self.quick_epoch.set(vm.class_epoch);
    }
}

/// `LoadMethod` at a [`MethodSite`] (`site` is its address) on the value
/// `tag`/`pay` (borrowed): 1 when the site's built-in is the method, else 0.
pub(crate) extern "C" fn fb_method_guard(ctx: *mut JitCtx, site: u64, tag: u64, pay: u64) -> u64 {
    // SAFETY: native code passes one of its own sites (which live as long as
    // it) and a value it holds.
    let (site, obj) = unsafe { (&*(site as *const MethodSite), borrowed(tag, pay)) };
    with_vm(ctx, |vm, _| Ok(site.admits(vm, &obj))).map_or(0, u64::from)
}

/// `Call argc` at `pc` of the built-in of the filled [`MethodSite`] at `site`:
/// the self slot and the `argc` arguments are in the scratch buffer, lent (native
/// code keeps its references and releases them after the call). 0 with the
/// result in `ret`, or 1 when the call raised.
pub(crate) extern "C" fn fb_call_builtin(ctx: *mut JitCtx, site: u64, pc: u64, argc: u64) -> u64 {
    // SAFETY: as for `fb_method_guard`.
    let site = unsafe { &*(site as *const MethodSite) };
    with_vm(ctx, |vm, ctx| {
        let n = argc as usize + 1;
        // An unbound built-in with a positional-only entry: called with the
        // inputs copied out of the scratch buffer first (the call may run native
        // code, a Python `__lt__` under `heappush`, that uses the buffer again).
        if n <= FEW_INPUTS
            && let Some(fast) = site.fast.get()
        {
            // SAFETY: native code stored the self slot and `argc` values in the
            // scratch buffer (`SCRATCH >= FEW_INPUTS` slots) and keeps them alive
            // until the call returns.
            let inputs = unsafe { LentInputs::copy(ctx.scratch, n) };
            let args = inputs.as_slice();
            // An `Undef` self slot: a module's function, called without one.
            let first = usize::from(matches!(args[0], Value::Undef));
            let r = vm.call_fast_for_native(pc as usize, fast, &args[first..])?;
            ctx.ret.write(r);
            return Ok(0);
        }
        // SAFETY: native code stored the self slot and `argc` values in the
        // scratch buffer (`SCRATCH` long, checked at compile time) and keeps them
        // alive until the call returns: the general path takes references of
        // its own before it calls.
        let inputs =
            (0..=argc as usize).map(|k| unsafe { (*ctx.scratch.add(k)).assume_init_ref().clone() });
        let builtin = match &*site.filled.borrow() {
            Some((_, Value::Builtin(b), _)) => b.clone(),
            _ => {
                return Err(runtime_error(
                    "internal error: an unfilled method site was called",
                ));
            }
        };
        let r = vm.call_builtin_for_native(pc as usize, &builtin, |pos| {
            for (k, v) in inputs.enumerate() {
                // An `Undef` self slot: a module's function, called without one.
                if k > 0 || !matches!(v, Value::Undef) {
                    pos.push(v);
                }
            }
        })?;
        ctx.ret.write(r);
        Ok(0)
    })
    .unwrap_or(1)
}

/// How many inputs (self slot included) [`LentInputs`] holds.
const FEW_INPUTS: usize = 4;
const _: () = assert!(SCRATCH >= FEW_INPUTS);

/// A call's inputs, lent by native code, copied out of the scratch buffer onto
/// the native stack; never dropped (native code still owns what it owned).
struct LentInputs {
    vals: [MaybeUninit<Value>; FEW_INPUTS],
    len: usize,
}

impl LentInputs {
    /// # Safety
    /// `src` must be a buffer of at least `FEW_INPUTS` slots whose first
    /// `len <= FEW_INPUTS` hold initialised values that stay alive while the
    /// result is used.
    unsafe fn copy(src: *const MaybeUninit<Value>, len: usize) -> LentInputs {
        let mut vals = [const { MaybeUninit::uninit() }; FEW_INPUTS];
        // SAFETY: the caller guarantees `FEW_INPUTS` slots (the ones past `len`
        // are copied as the uninitialised bytes they are, never read as values);
        // a copy of constant length is a few moves, not a `memcpy` call.
        unsafe { std::ptr::copy_nonoverlapping(src, vals.as_mut_ptr(), FEW_INPUTS) };
        LentInputs { vals, len }
    }

    fn as_slice(&self) -> &[Value] {
        // SAFETY: the first `len` slots are initialised (`copy`); they are bit
        // copies of values the caller keeps alive, used by reference only.
        unsafe { std::slice::from_raw_parts(self.vals.as_ptr().cast::<Value>(), self.len) }
    }
}

/// Index of `min` in [`JitCtx::builtins`].
pub(crate) const BUILTIN_MIN: usize = 0;
/// Index of `max` in [`JitCtx::builtins`].
pub(crate) const BUILTIN_MAX: usize = 1;
/// Index of `len` in [`JitCtx::builtins`].
pub(crate) const BUILTIN_LEN: usize = 2;
/// The names of the built-ins in [`JitCtx::builtins`], in index order.
pub(crate) const JIT_BUILTINS: [&str; 3] = ["min", "max", "len"];

const _: () = {
    assert!(std::mem::offset_of!(JitCtx, ret) == OFF_RET as usize);
    assert!(std::mem::offset_of!(JitCtx, budget) == OFF_BUDGET as usize);
    assert!(std::mem::offset_of!(JitCtx, scratch) == OFF_SCRATCH as usize);
    assert!(std::mem::offset_of!(JitCtx, failed) == OFF_FAILED as usize);
    assert!(std::mem::offset_of!(JitCtx, builtins) == OFF_BUILTINS as usize);
    assert!(std::mem::offset_of!(JitCtx, globals_version) == OFF_GLOBALS_VERSION as usize);
    assert!(std::mem::offset_of!(JitCtx, builtins_version) == OFF_BUILTINS_VERSION as usize);
    assert!(std::mem::offset_of!(JitCtx, ascii_chars) == OFF_ASCII_CHARS as usize);
    assert!(std::mem::offset_of!(JitCtx, class_epoch) == OFF_CLASS_EPOCH as usize);
    assert!(std::mem::offset_of!(MethodSite, quick_tag) == MS_QUICK_TAG as usize);
    assert!(std::mem::offset_of!(MethodSite, quick_pay) == MS_QUICK_PAY as usize);
    assert!(std::mem::offset_of!(MethodSite, quick_watch) == MS_QUICK_WATCH as usize);
    assert!(std::mem::offset_of!(MethodSite, quick_seen) == MS_QUICK_SEEN as usize);
    assert!(std::mem::offset_of!(MethodSite, quick_epoch) == MS_QUICK_EPOCH as usize);
    // The table holds each str as its payload word.
    assert!(std::mem::size_of::<Rc<crate::runtime::value::PyStr>>() == 8);
    assert!(std::mem::offset_of!(GlobalCache, globals_version) == GC_GLOBALS_VERSION as usize);
    assert!(std::mem::offset_of!(GlobalCache, globals_seen) == GC_GLOBALS_SEEN as usize);
    assert!(std::mem::offset_of!(GlobalCache, builtins_seen) == GC_BUILTINS_SEEN as usize);
    assert!(std::mem::offset_of!(GlobalCache, value) == GC_VALUE as usize);
    assert!(std::mem::size_of::<Value>() == 16);
};

/// Status bits of what native code returns: the offset is `status >> 2`.
pub(crate) const EXIT_RESUME: u64 = 0;
/// The instruction at the offset raised `JitCtx::error`.
pub(crate) const EXIT_RAISED: u64 = 1;
/// Resume at the offset, which is a `ReturnValue` (not a deoptimisation).
pub(crate) const EXIT_RETURN: u64 = 2;
/// Resume at the offset because the poll counter ran out (not a
/// deoptimisation either: `enter` does the runtime's part of the poll).
pub(crate) const EXIT_POLL: u64 = EXIT_RETURN;
/// Not entered: the frame is untouched.
pub(crate) const EXIT_DECLINED: u64 = 3;

/// How a run of native code ended, with the assumption that failed if a check did.
pub(crate) struct NativeRun {
    /// Where the run ended.
    pub exit: NativeExit,
    /// The assumption whose check failed (the code should be compiled again
    /// without it).
    pub failed: Option<super::types::Assumption>,
}

/// Where a run of native code ended.
pub(crate) enum NativeExit {
    /// Native code was not entered (no entry here, or the stack is not as compiled).
    Declined,
    /// The interpreter continues at this offset; `deopt` when it is not a return.
    Resume { pc: usize, deopt: bool },
    /// The instruction at this offset raised.
    Raised { pc: usize, err: PyErr },
}

/// The signature of compiled code: context, the frame's values, entry index.
pub(crate) type EntryFn = unsafe extern "C" fn(*mut JitCtx, *mut Value, u64) -> u64;

/// Runs `native` in the innermost frame of `vm`, entering at offset `at`.
pub(crate) fn enter(vm: &mut Vm, native: &Rc<NativeCode>, at: usize) -> NativeRun {
    let declined = NativeRun {
        exit: NativeExit::Declined,
        failed: None,
    };
    let Some(entry) = native.entry_index(at) else {
        return declined;
    };
    let Some(frame) = vm.frames.last() else {
        return declined;
    };
    let base = frame.base;
    let expected = base + native.nlocals + native.entry_depth(entry);
    if vm.stack.len() != expected || vm.native_stack_exhausted() {
        return declined;
    }
    if vm.jit_scratch.len() < SCRATCH {
        vm.jit_scratch = (0..SCRATCH).map(|_| MaybeUninit::uninit()).collect();
    }
    let mut ctx = JitCtx {
        ret: MaybeUninit::uninit(),
        budget: &mut vm.jit_budget,
        scratch: vm.jit_scratch.as_mut_ptr(),
        failed: 0,
        builtins: vm.jit_builtins.as_ptr(),
        globals_version: frame.globals.dict.table.borrow().version_addr(),
        builtins_version: vm.builtins.dict.table.borrow().version_addr(),
        ascii_chars: vm.ascii_chars.as_ptr(),
        class_epoch: &vm.class_epoch,
        vm: std::ptr::null_mut(),
        base,
        // What the frame holds now: an exit replaces it (`fb_exit_copy`).
        exit_len: expected - base,
        error: None,
    };
    vm.native_depth += 1;
    let frame_values = vm.stack.as_mut_ptr().wrapping_add(base);
    ctx.vm = vm;
    // SAFETY: `stack[base..expected]` holds initialised values; cutting the length
    // back to `base` hands their ownership to native code, which reads them before
    // it calls any helper (so before anything can push over them). The compiled
    // code was made for this code object (its `NativeState`), with `nlocals` locals
    // and this entry's operand depth, which were just checked. Until it returns,
    // `vm` is only used through `ctx.vm` (by the helpers). Every exit moves
    // `ctx.exit_len` initialised values to `stack[base..]` (`fb_exit_copy`), so restoring the length makes them the stack's again.
    let status = unsafe {
        let vm = &mut *ctx.vm;
        vm.stack.set_len(base);
        let status = (native.entry)(&mut ctx, frame_values, entry as u64);
        vm.stack.set_len(base + ctx.exit_len);
        status
    };
    vm.native_depth -= 1;
    if vm.jit_budget <= 0 {
        poll(vm);
    }
    let pc = (status >> 2) as usize;
    let exit = match status & 3 {
        EXIT_RAISED => NativeExit::Raised {
            pc,
            err: ctx
                .error
                .take()
                .unwrap_or_else(|| runtime_error("internal error: native code lost its exception")),
        },
        EXIT_RETURN => NativeExit::Resume { pc, deopt: false },
        EXIT_DECLINED => NativeExit::Declined,
        _ => NativeExit::Resume { pc, deopt: true },
    };
    NativeRun {
        exit,
        failed: super::types::Assumption::from_code(ctx.failed),
    }
}

/// Where native code finds the fields it reads inline, measured on this build
/// (Rust does not fix the layout of `Vec` or `RefCell`): offsets from a heap
/// value's payload word (the address of its `Rc` allocation).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Layout {
    /// A list's `RefCell` borrow flag, element pointer, length and capacity.
    pub list_borrow: i32,
    pub list_ptr: i32,
    pub list_len: i32,
    pub list_cap: i32,
    /// A tuple's length word while its items are in its own allocation (it
    /// reads 0, 1 or 2 then; more means the items are elsewhere) and its first
    /// item there (the second follows).
    pub tuple_len: i32,
    pub tuple_items: i32,
    /// A str's byte pointer, byte length and length in characters (equal for
    /// an ASCII str, whose bytes are its characters).
    pub str_ptr: i32,
    pub str_len: i32,
    pub str_chars: i32,
    /// An iterator's `RefCell` borrow flag and its `IterState` (whose fields are
    /// at fixed offsets: `IterState` is `repr(C, u64)`, see [`ITER_FIELD`]).
    pub iter_borrow: i32,
    pub iter_state: i32,
    /// The tag words of the `IterState` variants native code advances.
    pub iter_range: u64,
    pub iter_list: u64,
    pub iter_str: u64,
    pub iter_enumerate: u64,
}

/// Offsets inside an `IterState` (`repr(C, u64)`: the tag word, then the
/// variant's fields in declaration order): `Range { next, step, remaining }`,
/// `List { list, index }`, `Str { s, pos }`, `Enumerate { inner, count }` (two
/// words each). [`measure_layout`] checks them.
pub(crate) const ITER_FIELD: [i32; 4] = [8, 16, 24, 32];

impl Layout {
    /// The tag word of the `IterState` variant of `kind`.
    pub(crate) fn iter_tag(&self, kind: crate::runtime::iter::InlineIterKind) -> u64 {
        use crate::runtime::iter::InlineIterKind as K;
        match kind {
            K::Range => self.iter_range,
            K::List => self.iter_list,
            K::Str => self.iter_str,
        }
    }
}

/// The layout, measured once (`None` if the measurement does not come out
/// unambiguous: native code then uses helpers).
pub(crate) fn layout() -> Option<Layout> {
    static LAYOUT: std::sync::OnceLock<Option<Layout>> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(measure_layout)
}

fn measure_layout() -> Option<Layout> {
    use crate::runtime::value::List;
    // The reference count: `Rc`'s allocation starts with the strong count
    // (`RcInner` is `repr(C)`), which native code increments and decrements.
    let rc = Rc::new(List {
        items: std::cell::RefCell::new({
            let mut v = Vec::with_capacity(11);
            v.extend([Value::Int(1), Value::Int(2), Value::Int(3)]);
            v
        }),
    });
    let value = Value::List(rc.clone());
    let (_, pay) = value_words(&value);
    // Only addresses inside the live allocation of `rc` are read.
    let word = read_word;
    let strong_before = word(pay as usize);
    let extra = rc.clone();
    let counts_ok = strong_before == 2 && word(pay as usize) == 3;
    drop(extra);
    if !counts_ok || Rc::strong_count(&rc) != 2 {
        return None;
    }
    let cell = std::ptr::from_ref(&rc.items) as usize;
    let cell_size = std::mem::size_of::<std::cell::RefCell<Vec<Value>>>();
    let vec_at = rc.items.as_ptr() as usize;
    let data = rc.items.borrow().as_ptr() as usize;
    let words = |from: usize, n: usize| (0..n).map(move |k| from + 8 * k);
    let find = |from: usize, n: usize, want: usize| {
        let hits: Vec<usize> = words(from, n).filter(|&a| word(a) == want).collect();
        (hits.len() == 1).then(|| hits[0])
    };
    let ptr_at = find(vec_at, 3, data)?;
    let len_at = find(vec_at, 3, 3)?;
    let cap_at = find(vec_at, 3, 11)?;
    // The borrow flag: the word of the cell outside the `Vec` that reads 1 while
    // a shared borrow is held and 0 otherwise.
    let flag_at = {
        let guard = rc.items.borrow();
        let hits: Vec<usize> = words(cell, cell_size / 8)
            .filter(|&a| !(vec_at..vec_at + 24).contains(&a) && word(a) == 1)
            .collect();
        drop(guard);
        (hits.len() == 1 && word(hits[0]) == 0).then(|| hits[0])?
    };
    let off = |a: usize| i32::try_from(a.checked_sub(pay as usize)?).ok();
    let (str_ptr, str_len, str_chars) = measure_str()?;
    let (tuple_len, tuple_items) = measure_tuple()?;
    let iters = measure_iters(&rc)?;
    Some(Layout {
        list_borrow: off(flag_at)?,
        list_ptr: off(ptr_at)?,
        list_len: off(len_at)?,
        list_cap: off(cap_at)?,
        tuple_len,
        tuple_items,
        str_ptr,
        str_len,
        str_chars,
        iter_borrow: iters.0,
        iter_state: iters.1,
        iter_range: iters.2[0],
        iter_list: iters.2[1],
        iter_str: iters.2[2],
        iter_enumerate: iters.2[3],
    })
}

/// Reads the word at `addr`, which must lie inside a live allocation the
/// caller holds (each caller checks its addresses against the allocation).
fn read_word(addr: usize) -> usize {
    // SAFETY: see above: only addresses inside a live allocation are passed.
    unsafe { (addr as *const usize).read() }
}

/// The offsets of a str's byte pointer and byte length from its payload.
fn measure_str() -> Option<(i32, i32, i32)> {
    use crate::runtime::value::PyStr;
    // Not ASCII, so that the byte length (12) differs from the length in
    // characters (11) the str also keeps.
    let mut text = String::with_capacity(37);
    text.push_str("abcd\u{e9}fghijk");
    let rc = Rc::new(PyStr::new(text));
    // Every word of the str is initialised once its hash is cached (a fixed
    // value: SipHash of this text).
    let _ = rc.hash();
    let value = Value::Str(rc.clone());
    let (_, pay) = value_words(&value);
    // `RcInner` is `repr(C)`: two counts, then the `PyStr`.
    let start = pay as usize + 16;
    let n = std::mem::size_of::<PyStr>() / 8;
    let find = |want: usize| {
        let hits: Vec<usize> = (0..n)
            .map(|k| start + 8 * k)
            .filter(|&a| read_word(a) == want)
            .collect();
        (hits.len() == 1).then(|| hits[0])
    };
    let ptr_at = find(rc.as_str().as_ptr() as usize)?;
    let len_at = find(rc.as_str().len())?;
    let chars_at = find(rc.char_len())?;
    let off = |a: usize| i32::try_from(a - pay as usize).ok();
    Some((off(ptr_at)?, off(len_at)?, off(chars_at)?))
}

/// The offsets of a tuple's inline length word and first item (a pair lives
/// in the tuple's own allocation).
fn measure_tuple() -> Option<(i32, i32)> {
    use crate::runtime::value::Tuple;
    let pair = Value::Tuple(Rc::new(Tuple {
        items: smallvec::smallvec![Value::Int(0x7a7a_7a7a), Value::Int(0x7b7b_7b7b)],
    }));
    let single = Value::Tuple(Rc::new(Tuple {
        items: smallvec::smallvec![Value::Int(0x7c7c_7c7c)],
    }));
    let n = std::mem::size_of::<Tuple>() / 8;
    let words = |v: &Value| {
        let (_, pay) = value_words(v);
        (0..n).map(move |k| (pay as usize + 16 + 8 * k, pay as usize))
    };
    let only = |v: &Value, want: usize| {
        let hits: Vec<(usize, usize)> = words(v).filter(|&(a, _)| read_word(a) == want).collect();
        (hits.len() == 1).then(|| hits[0].0 - hits[0].1)
    };
    let first = only(&pair, 0x7a7a_7a7a)?.checked_sub(8)?;
    let second = only(&pair, 0x7b7b_7b7b)?.checked_sub(8)?;
    let len = only(&pair, 2)?;
    // The same places in a tuple of one (whose second item's words are not
    // initialised, so only the expected words are read).
    let at = |v: &Value, off: usize| read_word(value_words(v).1 as usize + off);
    let ok = second == first + 16 && at(&single, first + 8) == 0x7c7c_7c7c && at(&single, len) == 1;
    let off = |x: usize| i32::try_from(x).ok();
    ok.then_some((off(len)?, off(first)?))
}

/// An iterator's borrow flag and state offsets, and the tag words of the
/// `Range`, `List`, `Str` and `Enumerate` states (checking [`ITER_FIELD`]).
fn measure_iters(list: &Rc<crate::runtime::value::List>) -> Option<(i32, i32, [u64; 4])> {
    use crate::runtime::iter::IterState;
    use crate::runtime::value::PyStr;
    use std::cell::RefCell;
    let s = Rc::new(PyStr::new("xyz"));
    let inner = Value::Iter(Rc::new(RefCell::new(IterState::Range {
        next: 0,
        step: 1,
        remaining: 0,
    })));
    let (inner_tag, inner_pay) = value_words(&inner);
    let list_pay = value_words(&Value::List(list.clone())).1 as usize;
    let str_pay = value_words(&Value::Str(s.clone())).1 as usize;
    let samples = [
        (
            IterState::Range {
                next: 0x1234_5678,
                step: 0x2345_6789,
                remaining: 0x3456_789a,
            },
            vec![(0, 0x1234_5678), (1, 0x2345_6789), (2, 0x3456_789a)],
        ),
        (
            IterState::List {
                list: list.clone(),
                index: 0x4567_89ab,
            },
            vec![(0, list_pay), (1, 0x4567_89ab)],
        ),
        (
            IterState::Str {
                s: s.clone(),
                pos: 0x5678_9abc,
            },
            vec![(0, str_pay), (1, 0x5678_9abc)],
        ),
        (
            IterState::Enumerate {
                inner: inner.clone(),
                count: Value::Int(0x6789_abcd),
            },
            vec![
                (0, inner_tag as usize),
                (1, inner_pay as usize),
                (2, usize::from(super::types::tag::INT)),
                (3, 0x6789_abcd),
            ],
        ),
    ];
    let mut tags = [0u64; 4];
    let mut offsets = None;
    for (k, (state, fields)) in samples.into_iter().enumerate() {
        let it = Value::Iter(Rc::new(RefCell::new(state)));
        let Value::Iter(cell) = &it else { return None };
        let (_, pay) = value_words(&it);
        let size = 16 + std::mem::size_of::<RefCell<IterState>>();
        let state_at = cell.as_ptr() as usize;
        let inside = |a: usize| a >= pay as usize && a + 8 <= pay as usize + size;
        for (f, want) in fields {
            let at = state_at + ITER_FIELD[f] as usize;
            if !inside(at) || read_word(at) != want {
                return None;
            }
        }
        tags[k] = read_word(state_at) as u64;
        // The borrow flag: the word outside the state that reads 1 while a
        // shared borrow is held and 0 otherwise.
        let state_size = std::mem::size_of::<IterState>();
        let flag_at = {
            let guard = cell.borrow();
            let hits: Vec<usize> = (0..size / 8)
                .map(|w| pay as usize + 8 * w)
                .filter(|&a| a >= pay as usize + 16)
                .filter(|&a| !(state_at..state_at + state_size).contains(&a) && read_word(a) == 1)
                .collect();
            drop(guard);
            (hits.len() == 1 && read_word(hits[0]) == 0).then(|| hits[0])?
        };
        let off = |a: usize| i32::try_from(a - pay as usize).ok();
        let pair = (off(flag_at)?, off(state_at)?);
        if offsets.is_some_and(|o| o != pair) {
            return None;
        }
        offsets = Some(pair);
    }
    let (flag, state) = offsets?;
    let distinct = tags.iter().enumerate().all(|(i, t)| !tags[..i].contains(t));
    distinct.then_some((flag, state, tags))
}

/// Runs `f` with the interpreter, turning a panic into an exception.
fn with_vm<T>(
    ctx: *mut JitCtx,
    f: impl FnOnce(&mut Vm, &mut JitCtx) -> Result<T, PyErr>,
) -> Option<T> {
    // SAFETY: native code passes the context `enter` made, which lives on
    // `enter`'s stack frame for the whole run and points at the running `Vm`.
    let ctx = unsafe { &mut *ctx };
    // SAFETY: as above: `ctx.vm` is the `Vm` `enter` was called with, not used
    // elsewhere while native code runs.
    let vm = unsafe { &mut *ctx.vm };
    match catch_unwind(AssertUnwindSafe(|| f(vm, ctx))) {
        Ok(Ok(v)) => Some(v),
        Ok(Err(e)) => {
            ctx.error = Some(e);
            None
        }
        Err(_) => {
            ctx.error = Some(runtime_error("internal error in a native-code helper"));
            None
        }
    }
}

/// Rebuilds a value native code holds, without taking ownership.
///
/// # Safety
/// `tag`/`pay` must be the two words of a live value.
unsafe fn borrowed(tag: u64, pay: u64) -> std::mem::ManuallyDrop<Value> {
    // SAFETY: `Value` is `#[repr(C, u64)]` of 16 bytes, tag then payload; the
    // caller guarantees the words are a live value's, and `ManuallyDrop` keeps the
    // reference count untouched.
    unsafe { std::mem::ManuallyDrop::new(std::mem::transmute::<[u64; 2], Value>([tag, pay])) }
}

/// The two words of a value (payload 0 for `None` and the unbound marker, whose
/// payload bytes are not initialised).
pub(crate) fn value_words(v: &Value) -> (u64, u64) {
    let tag = u64::from(crate::runtime::value::tag_of(v));
    if tag <= 1 {
        return (tag, 0);
    }
    // SAFETY: `Value` is `#[repr(C, u64)]`: every variant with a tag above 1
    // stores an initialised 8-byte payload after the tag word.
    (tag, unsafe {
        std::ptr::from_ref(v).cast::<u64>().add(1).read()
    })
}

/// `Value::clone` for native code: one more reference to a heap value.
pub(crate) extern "C" fn fb_incref(tag: u64, pay: u64) -> u64 {
    // SAFETY: native code passes the words of a value it holds.
    let v = unsafe { borrowed(tag, pay) };
    std::mem::forget(Value::clone(&v));
    0
}

/// Drops one reference native code holds.
pub(crate) extern "C" fn fb_decref(tag: u64, pay: u64) -> u64 {
    // SAFETY: native code passes the words of a value it owns and forgets it.
    let v = unsafe { borrowed(tag, pay) };
    let _ = catch_unwind(AssertUnwindSafe(|| {
        drop(std::mem::ManuallyDrop::into_inner(v))
    }));
    0
}

/// Moves the `n` owned values native code stored in the scratch buffer onto the
/// interpreter's stack.
fn take_scratch(vm: &mut Vm, ctx: &JitCtx, n: usize) {
    for k in 0..n {
        // SAFETY: native code stored `n` owned values in the scratch buffer
        // (`SCRATCH` long, checked at compile time) and gives them up here.
        vm.stack
            .push(unsafe { ctx.scratch.add(k).read().assume_init() });
    }
}

/// Runs the plain instruction at `pc` in the interpreter: its `n_in` operands are
/// in the scratch buffer (owned, bottom first) and its results replace them there.
/// Returns the number of results, or -1 when it raised.
pub(crate) extern "C" fn fb_step(ctx: *mut JitCtx, pc: u64, n_in: u64, n_out: u64) -> i64 {
    with_vm(ctx, |vm, ctx| {
        let start = vm.stack.len();
        take_scratch(vm, ctx, n_in as usize);
        match vm.step_plain(pc as usize) {
            Ok(_) => {
                let got = vm.stack.len().saturating_sub(start);
                if got != n_out as usize || got > SCRATCH {
                    // Native code reads exactly `n_out` values: anything else would
                    // be a bug in the lowering, reported rather than trusted.
                    vm.stack.truncate(start);
                    return Err(runtime_error(format!(
                        "internal error: a native step at offset {pc} left {got} values, not {n_out}"
                    )));
                }
                let n_out = got;
                for (k, v) in vm.stack.drain(start..).enumerate() {
                    // SAFETY: within the scratch buffer; native code takes the values.
                    unsafe { ctx.scratch.add(k).write(MaybeUninit::new(v)) };
                }
                Ok(n_out as i64)
            }
            Err(e) => {
                vm.stack.truncate(start);
                Err(e)
            }
        }
    })
    .unwrap_or(-1)
}

/// The next item of the iterator native code holds: 0 exhausted, 1 an item in
/// `ret`, 2 raised. With `pair` set, the item is unpacked into two values (the
/// `UnpackSequence 2` after a `for a, b in ...`), which go to the scratch buffer
/// (first item on top, as the unpacking leaves them): `enumerate` hands out its
/// pairs without building them.
pub(crate) extern "C" fn fb_for_iter(ctx: *mut JitCtx, tag: u64, pay: u64, pair: u64) -> u64 {
    with_vm(ctx, |vm, ctx| {
        // SAFETY: native code passes the iterator it holds on its operand stack.
        let it = unsafe { borrowed(tag, pay) };
        if pair != 0
            && let Value::Iter(state) = &*it
            && let Some(step) = crate::runtime::ops::fast_enumerate_next(vm, state)
        {
            return Ok(match step {
                Some((index, item)) => {
                    // SAFETY: the scratch buffer has room for two values.
                    unsafe {
                        ctx.scratch.write(MaybeUninit::new(item));
                        ctx.scratch
                            .add(1)
                            .write(MaybeUninit::new(Value::Int(index)));
                    }
                    1
                }
                None => 0,
            });
        }
        let fast = match &*it {
            Value::Iter(state) => crate::runtime::ops::fast_iter_next(vm, state),
            _ => None,
        };
        let next = match fast {
            Some(n) => n,
            None => crate::runtime::ops::iter_next(vm, &it)?,
        };
        let Some(item) = next else { return Ok(0) };
        if pair != 0 {
            let items = match &item {
                Value::Tuple(t) if t.items.len() == 2 => {
                    vec![t.items[0].clone(), t.items[1].clone()]
                }
                _ => crate::runtime::ops::unpack(vm, &item, 2)?,
            };
            let mut items = items.into_iter();
            let (a, b) = (
                items.next().unwrap_or_default(),
                items.next().unwrap_or_default(),
            );
            // SAFETY: the scratch buffer has room for two values.
            unsafe {
                ctx.scratch.write(MaybeUninit::new(b));
                ctx.scratch.add(1).write(MaybeUninit::new(a));
            }
        } else {
            ctx.ret.write(item);
        }
        Ok(1)
    })
    .unwrap_or(2)
}

/// `container[index]` for a list or tuple and an int index in range: 0 with the
/// item in `ret`, 1 when another case (the step does it, raising if need be).
pub(crate) extern "C" fn fb_subscr_int(ctx: *mut JitCtx, tag: u64, pay: u64, index: i64) -> u64 {
    // SAFETY: native code passes the context and a container it holds.
    let (ctx, container) = unsafe { (&mut *ctx, borrowed(tag, pay)) };
    let item = |items: &[Value]| {
        let i = if index < 0 {
            index + items.len() as i64
        } else {
            index
        };
        usize::try_from(i).ok().and_then(|i| items.get(i).cloned())
    };
    let v = match &*container {
        Value::List(l) => l.items.try_borrow().ok().and_then(|items| item(&items)),
        Value::Tuple(t) => item(&t.items),
        _ => None,
    };
    match v {
        Some(v) => {
            ctx.ret.write(v);
            0
        }
        None => 1,
    }
}

/// `Call argc` at `pc`: the callable, self slot and arguments are in the scratch
/// buffer (owned, given up); the result goes to `ret`. 0, or 1 when it raised.
pub(crate) extern "C" fn fb_call(ctx: *mut JitCtx, pc: u64, argc: u64) -> u64 {
    with_vm(ctx, |vm, ctx| {
        // SAFETY: the scratch buffer holds the callable, the self slot and the
        // arguments (owned); the callable's first word is its tag.
        if unsafe { ctx.scratch.cast::<u64>().read() } == u64::from(BUILTIN) {
            // A built-in: called straight from the buffer, not through the
            // interpreter's stack and call instruction.
            // SAFETY: as above; these values are given up here.
            let mut inputs =
                (0..argc as usize + 2).map(|k| unsafe { ctx.scratch.add(k).read().assume_init() });
            let Some(Value::Builtin(b)) = inputs.next() else {
                unreachable!("the tag said built-in")
            };
            let r = vm.call_builtin_for_native(pc as usize, &b, |pos| {
                for (k, v) in inputs.enumerate() {
                    if k > 0 || !matches!(v, Value::Undef) {
                        pos.push(v);
                    }
                }
            })?;
            ctx.ret.write(r);
            return Ok(0);
        }
        let start = vm.stack.len();
        take_scratch(vm, ctx, argc as usize + 2);
        match vm.call_for_native(pc as usize, argc as usize) {
            Ok(v) => {
                vm.stack.truncate(start);
                ctx.ret.write(v);
                Ok(0)
            }
            Err(e) => {
                vm.stack.truncate(start);
                Err(e)
            }
        }
    })
    .unwrap_or(1)
}

/// `LoadGlobal name` at `pc`, when its cache (`cache`, owned by the native code)
/// did not hold: the value in `ret`, and in the cache; 0, or 1 when it raised
/// (`NameError`).
pub(crate) extern "C" fn fb_load_global(
    ctx: *mut JitCtx,
    pc: u64,
    name: u64,
    cache: *mut GlobalCache,
) -> u64 {
    with_vm(ctx, |vm, ctx| {
        let v = vm.load_global_for_native(pc as usize, name as usize)?;
        if let Some(frame) = vm.frames.last() {
            let globals = &frame.globals.dict;
            // SAFETY: `cache` is an entry of the running native code's caches,
            // which it owns and only this helper writes.
            let cache = unsafe { &mut *cache };
            cache.globals_version = ctx.globals_version;
            cache.globals_seen = globals.table.borrow().version();
            cache.builtins_seen = vm.builtins.dict.table.borrow().version();
            let (tag, pay) = value_words(&v);
            cache.value = [tag, pay];
            cache.keep = Some(Rc::downgrade(globals));
        }
        ctx.ret.write(v);
        Ok(0)
    })
    .unwrap_or(1)
}

/// Takes ownership of a value native code gives up.
///
/// # Safety
/// `tag`/`pay` must be the two words of a live value whose reference native
/// code owns and does not use again.
unsafe fn owned(tag: u64, pay: u64) -> Value {
    // SAFETY: as for `borrowed`; the caller hands over its reference.
    unsafe { std::mem::transmute::<[u64; 2], Value>([tag, pay]) }
}

/// `LoadMethod name` on a value native code holds (borrowed): the method and
/// the receiver go to the scratch buffer (None twice if the lookup raised, which
/// it cannot for the list methods native code asks for).
pub(crate) extern "C" fn fb_load_method(ctx: *mut JitCtx, name: u64, tag: u64, pay: u64) -> u64 {
    let found = with_vm(ctx, |vm, _| {
        // SAFETY: native code passes a value it holds.
        let obj = unsafe { borrowed(tag, pay) };
        let code = vm
            .frames
            .last()
            .map(|f| f.code.clone())
            .ok_or_else(|| runtime_error("no frame"))?;
        let name = code.names[name as usize].clone();
        crate::runtime::ops::load_method(vm, (*obj).clone(), &name)
    });
    let (m, recv) = found.unwrap_or((Value::None, Value::None));
    // SAFETY: the context of the running native code; its scratch buffer holds
    // `SCRATCH` values.
    unsafe {
        let scratch = (*ctx).scratch;
        (*scratch).write(m);
        (*scratch.add(1)).write(recv);
    }
    0
}

/// `container[key]` at `pc` of two values native code gives up: the item in
/// `ret`; 0, or 1 when it raised.
pub(crate) extern "C" fn fb_getitem(
    ctx: *mut JitCtx,
    pc: u64,
    ct: u64,
    cp: u64,
    kt: u64,
    kp: u64,
) -> u64 {
    // SAFETY: native code passes two values it owns and gives them up.
    let (container, key) = unsafe { (owned(ct, cp), owned(kt, kp)) };
    with_vm(ctx, move |vm, ctx| {
        let v = vm.getitem_for_native(pc as usize, &container, &key)?;
        ctx.ret.write(v);
        Ok(0)
    })
    .unwrap_or(1)
}

/// `container[key] = value` at `pc`, the three values (value, container, key)
/// in the scratch buffer, given up; 0, or 1 when it raised.
pub(crate) extern "C" fn fb_setitem(ctx: *mut JitCtx, pc: u64) -> u64 {
    with_vm(ctx, |vm, ctx| {
        // SAFETY: native code stored three values it gives up in the scratch
        // buffer (`pass_inputs`).
        let (value, container, key) = unsafe {
            (
                ctx.scratch.read().assume_init(),
                ctx.scratch.add(1).read().assume_init(),
                ctx.scratch.add(2).read().assume_init(),
            )
        };
        vm.setitem_for_native(pc as usize, &container, key, value)?;
        Ok(0)
    })
    .unwrap_or(1)
}

/// `LoadMethod name` at `pc` on a value native code gives up: the method and the
/// receiver (or `Undef`) go to the scratch buffer; 0, or 1 when the lookup raised.
pub(crate) extern "C" fn fb_load_method_at(
    ctx: *mut JitCtx,
    pc: u64,
    name: u64,
    tag: u64,
    pay: u64,
) -> u64 {
    // SAFETY: native code passes a value it owns and gives it up.
    let obj = unsafe { owned(tag, pay) };
    with_vm(ctx, move |vm, ctx| {
        let (m, recv) = vm.load_method_for_native(pc as usize, name as usize, obj)?;
        // SAFETY: the scratch buffer holds `SCRATCH` values; native code takes
        // these two.
        unsafe {
            ctx.scratch.write(MaybeUninit::new(m));
            ctx.scratch.add(1).write(MaybeUninit::new(recv));
        }
        Ok(0)
    })
    .unwrap_or(1)
}

/// `xs.append(item)`: `list` is a list's payload (borrowed), the item is given
/// up to the list. 0, or 1 if the list was in use (never expected).
pub(crate) extern "C" fn fb_list_append(list: u64, tag: u64, pay: u64) -> u64 {
    // SAFETY: native code passes a list it holds and an item it gives up.
    let (list, item) = unsafe { (borrowed(u64::from(LIST), list), owned(tag, pay)) };
    match &*list {
        Value::List(l) => match l.items.try_borrow_mut() {
            Ok(mut items) => {
                crate::runtime::value::push_item(&mut items, item);
                0
            }
            Err(_) => 1,
        },
        _ => 1,
    }
}

/// A new tuple of the two values native code gives up: its payload word (0 if
/// making it failed, with the error in the context).
pub(crate) extern "C" fn fb_tuple2(ctx: *mut JitCtx, at: u64, ap: u64, bt: u64, bp: u64) -> u64 {
    // SAFETY: native code passes two values it owns and gives them up.
    let (a, b) = unsafe { (owned(at, ap), owned(bt, bp)) };
    with_vm(ctx, move |_, _| {
        let t = Value::pair(a, b);
        let (_, pay) = value_words(&t);
        std::mem::forget(t);
        Ok(pay)
    })
    .unwrap_or(0)
}

/// `BuildList n`: a list of the `n` values native code left in the scratch
/// buffer (given up to the list); its payload, or 0 if the run failed.
pub(crate) extern "C" fn fb_build_list(ctx: *mut JitCtx, n: u64) -> u64 {
    with_vm(ctx, move |_, ctx| {
        let items: Vec<Value> = (0..n as usize)
            // SAFETY: native code stored `n` owned values in the scratch buffer
            // (`SCRATCH` long, checked at compile time) and gives them up here.
            .map(|k| unsafe { ctx.scratch.add(k).read().assume_init() })
            .collect();
        let l = Value::list(items);
        let (_, pay) = value_words(&l);
        std::mem::forget(l);
        Ok(pay)
    })
    .unwrap_or(0)
}

/// Whether two strs (their payload words) are equal: 1 or 0.
pub(crate) extern "C" fn fb_str_eq(a: u64, b: u64) -> u64 {
    // SAFETY: native code passes the payloads of two str values it holds.
    let (a, b) = unsafe { (borrowed(u64::from(STR), a), borrowed(u64::from(STR), b)) };
    match (&*a, &*b) {
        // Byte by byte: the strs compared in loops are short (often one
        // character), where a call of `memcmp` costs more than the comparison.
        (Value::Str(x), Value::Str(y)) => {
            let (x, y) = (x.as_str().as_bytes(), y.as_str().as_bytes());
            u64::from(x.len() == y.len() && x.iter().zip(y).all(|(a, b)| a == b))
        }
        _ => 0,
    }
}

/// The truth of a value native code holds: 0, 1, or 2 when `__bool__` raised.
pub(crate) extern "C" fn fb_truthy(ctx: *mut JitCtx, tag: u64, pay: u64) -> u64 {
    with_vm(ctx, |vm, _| {
        // SAFETY: native code passes a value it holds.
        let v = unsafe { borrowed(tag, pay) };
        crate::runtime::ops::truthy(vm, &v).map(u64::from)
    })
    .unwrap_or(2)
}

/// Moves the `n` values native code keeps at `values` (the frame's locals, then
/// its operand stack) back to `stack[base..]`, at an exit.
pub(crate) extern "C" fn fb_exit_copy(ctx: *mut JitCtx, values: *const Value, n: u64) -> u64 {
    // SAFETY: the context and `Vm` of the running native code (see `with_vm`).
    let ctx = unsafe { &mut *ctx };
    // SAFETY: as above.
    let vm = unsafe { &mut *ctx.vm };
    let n = n as usize;
    vm.stack.truncate(ctx.base);
    vm.stack.reserve(n);
    ctx.exit_len = n;
    let dst = vm.stack.as_mut_ptr().wrapping_add(ctx.base);
    // SAFETY: `values` is native code's frame area, holding `n` initialised values
    // it owns and never reads again (it returns right after); `dst` has room for
    // `n` values (just reserved) and does not overlap it (the area is on the
    // native stack). `enter` sets the length afterwards.
    unsafe { std::ptr::copy_nonoverlapping(values, dst, n) };
    0
}

/// The runtime's part of a poll, when native code's counter ran out: the hook
/// for instruction budgets and interrupts (for now it refills the counter).
fn poll(vm: &mut Vm) {
    vm.jit_budget = POLL_INTERVAL;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_measured() {
        assert!(measure_str().is_some(), "str layout");
        assert!(measure_tuple().is_some(), "tuple layout");
        let list = Rc::new(crate::runtime::value::List {
            items: std::cell::RefCell::new(vec![Value::Int(1)]),
        });
        assert!(measure_iters(&list).is_some(), "iterator layout");
        let l = layout().expect("layout");
        assert_ne!(l.list_len, l.list_cap);
    }
}
