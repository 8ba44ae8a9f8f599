//! The dispatch loop and the call protocol.
//!
//! `run` executes frames until the entry frame returns. Each instruction arm yields a
//! `PyResult<()>`; an error unwinds through the exception tables of the frames (see
//! `unwind`). Arithmetic on inline ints and floats is done right here; everything
//! else goes through `runtime::ops`. The match has one arm per instruction: generic
//! ones (the specialisable among them start with `warm!`, counting towards tier 1),
//! superinstructions (which compute the int/float case inline and otherwise run as
//! their first instruction), and tier 1's specialised forms (which check their guard
//! first and `deopt!` back to the generic form when it fails).

use std::rc::Rc;

use super::specialize::{STORE_BY_INSERT, class_key, find_str, is_cacheable_method, key_is};
use super::{Frame, Vm};
use crate::compiler::bytecode::{Cmp, Instr};
use crate::runtime::class::Instance;
use crate::runtime::class::TypeKind;
use crate::runtime::class_ops;
use crate::runtime::exceptions::{
    ExcKind, ExcValue, PyErr, PyResult, TbEntry, name_error, runtime_error, type_error,
    unbound_local,
};
use crate::runtime::iter::IterState;
use crate::runtime::ops::{self, type_name};
use crate::runtime::value::{Args, Function, NativeFn, PyCell, PyStr, Value, discard};

/// A specialised instruction's guard failed: put the generic form back and run it.
macro_rules! deopt {
    ($label:lifetime, $self:ident, $code:ident, $pc:ident) => {{
        $self.despecialize(&$code, $pc - 1);
        $pc -= 1;
        break $label Ok(());
    }};
}

/// At the top of a specialisable generic instruction: count the execution and, if
/// it was just specialised, dispatch again to run the specialised form.
macro_rules! warm {
    ($label:lifetime, $self:ident, $code:ident, $pc:ident, $instr:ident) => {
        // A single step for native code (`STEP`) runs the generic form as it is.
        if !STEP && $self.warm_up(&$code, $pc - 1, $instr) {
            $pc -= 1;
            break $label Ok(());
        }
    };
}

/// A specialised `CompareOp*`: compare the two top items as operand kind `$kind`
/// (one of the `CMP_*` constants), or despecialise.
macro_rules! spec_compare_op {
    ($label:lifetime, $self:ident, $code:ident, $pc:ident, $kind:ident, $op:ident) => {{
        let Some(r) = $self.spec_compare::<$kind>($op) else {
            deopt!($label, $self, $code, $pc)
        };
        $self.replace_top2(Value::bool(r));
    }};
}

/// A specialised `CompareJump*`: compare as `spec_compare_op!` does and jump on the
/// result (bit 3 of `$op`: jump when true), or despecialise.
macro_rules! spec_compare_jump {
    ($label:lifetime, $self:ident, $code:ident, $pc:ident, $kind:ident, $op:ident, $target:ident) => {{
        let Some(r) = $self.spec_compare::<$kind>($op & 7) else {
            deopt!($label, $self, $code, $pc)
        };
        $self.pop2();
        $pc = $self.branch(&$code, $pc, $target, r == ($op & 8 != 0), 1);
    }};
}

macro_rules! t {
    ($label:lifetime, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(err) => break $label Err(err),
        }
    };
}

impl Vm {
    /// Runs until the innermost `is_entry` frame (the one on top when called) returns.
    pub(crate) fn run(&mut self) -> PyResult<Value> {
        self.run_loop::<false>()
    }

    /// Runs the one plain (unfused, generic) instruction at `pc` of the innermost
    /// frame, for native code: its operands are on top of `stack`, and its results
    /// are left there. A Python frame the instruction starts (a call) is run to its
    /// return here. Gives the offset of the next instruction; errors are returned,
    /// not unwound (the native code exits and the interpreter unwinds).
    pub(crate) fn step_plain(&mut self, pc: usize) -> PyResult<usize> {
        if let Some(f) = self.frames.last_mut() {
            f.pc = pc;
        }
        let depth = self.frames.len();
        let mut next = self.run_loop::<true>()?;
        if matches!(next, Value::Int(n) if n as usize == pc) {
            // A specialised form's guard failed and put the generic form back
            // without running anything: run that.
            next = self.run_loop::<true>()?;
        }
        if self.frames.len() > depth {
            // A call pushed a Python frame: run it to completion from here.
            let v = self.run_pushed_frame()?;
            self.stack.push(v);
        }
        Ok(match next {
            Value::Int(n) => n as usize,
            _ => 0,
        })
    }

    /// `Call argc` for native code: the callable, the self slot and the arguments
    /// are on top of `stack`; gives the call's result (a Python callee runs to its
    /// return here).
    pub(crate) fn call_for_native(&mut self, pc: usize, argc: usize) -> PyResult<Value> {
        self.save_pc(pc + 1);
        match self.call_instr(argc, None)? {
            CallOutcome::Pushed => Ok(self.pop()),
            CallOutcome::NewFrame => self.run_pushed_frame(),
        }
    }

    /// `Call argc` at `pc` of the built-in `b` (native code resolved it): its
    /// arguments are `b`'s bound receiver, if any, then what `take` pushes (the
    /// self slot's value, if any, and the call's arguments).
    pub(crate) fn call_builtin_for_native(
        &mut self,
        pc: usize,
        b: &crate::runtime::value::Builtin,
        take: impl FnOnce(&mut Vec<Value>),
    ) -> PyResult<Value> {
        self.save_pc(pc + 1);
        // Argument vectors are recycled, as `call_builtin_positional` does.
        let mut pos = self.arg_vecs.pop().unwrap_or_default();
        if let Some(recv) = &b.bound {
            pos.push(recv.clone());
        }
        take(&mut pos);
        let mut args = Args {
            pos,
            kw: Vec::new(),
        };
        let r = (b.func)(self, &mut args);
        let Args { mut pos, kw } = args;
        // Empty unless the built-in filled it: skip the out-of-line drop.
        if kw.capacity() != 0 {
            drop(kw);
        } else {
            std::mem::forget(kw);
        }
        while let Some(v) = pos.pop() {
            discard(v);
        }
        if self.arg_vecs.len() < 16 {
            self.arg_vecs.push(pos);
        }
        r
    }

    /// A built-in's positional-only entry called at `pc` from native code.
    pub(crate) fn call_fast_for_native(
        &mut self,
        pc: usize,
        fast: crate::runtime::value::FastFn,
        args: &[Value],
    ) -> PyResult<Value> {
        self.save_pc(pc + 1);
        fast(self, args)
    }

    /// `container[key]` at `pc` for native code.
    pub(crate) fn getitem_for_native(
        &mut self,
        pc: usize,
        container: &Value,
        key: &Value,
    ) -> PyResult<Value> {
        self.save_pc(pc + 1);
        ops::getitem(self, container, key)
    }

    /// `container[key] = value` at `pc` for native code.
    pub(crate) fn setitem_for_native(
        &mut self,
        pc: usize,
        container: &Value,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        self.save_pc(pc + 1);
        ops::setitem(self, container, key, value)
    }

    /// `LoadMethod name` at `pc` for native code: the method and the receiver
    /// (`Undef` when the attribute is not a method), as the instruction pushes
    /// them; from tier 1's caches when they hold.
    pub(crate) fn load_method_for_native(
        &mut self,
        pc: usize,
        name: usize,
        obj: Value,
    ) -> PyResult<(Value, Value)> {
        let Some(code) = self.frames.last().map(|f| f.code.clone()) else {
            return Err(runtime_error("internal error: no frame"));
        };
        let cached = match &obj {
            Value::Instance(_) => self.cached_instance_method(&code, pc, name as u32, &obj),
            _ => {
                let kind = std::mem::discriminant(&obj);
                match code.method_cache.borrow().get(name) {
                    Some(Some((k, m))) if *k == kind => Some(m.clone()),
                    _ => None,
                }
            }
        };
        if let Some(m) = cached {
            return Ok((m, obj));
        }
        self.save_pc(pc + 1);
        ops::load_method(self, obj, &code.names[name])
    }

    /// The method `name` of instance `obj` from the `LoadMethodInstance` cache of
    /// the instruction at `at`, when it still holds (same class and class epoch,
    /// not shadowed by the instance's dict).
    fn cached_instance_method(
        &self,
        code: &crate::compiler::CodeObject,
        at: usize,
        name: u32,
        obj: &Value,
    ) -> Option<Value> {
        let cache = &code.caches[at];
        let Value::Instance(inst) = obj else {
            return None;
        };
        if class_key(inst) != cache.key.get() || self.class_epoch != cache.key2.get() {
            return None;
        }
        let key = &code.names[name as usize];
        let shadowed = inst
            .dict
            .try_borrow()
            .map_or(true, |d| !d.is_empty() && find_str(&d, key).is_some());
        let packed = cache.index.get();
        let (pos, i) = ((packed >> 16) as usize, (packed & 0xFFFF) as usize);
        let mro = inst.class.mro.borrow();
        mro.get(pos).filter(|_| !shadowed).and_then(|c| {
            let d = c.dict.try_borrow().ok()?;
            let e = d.entry_at(i)?;
            (key_is(&e.key, key) && is_cacheable_method(&e.value)).then(|| e.value.clone())
        })
    }

    /// Runs the frame a call just pushed to its return, as a native entry (for
    /// native code, which cannot continue in the callee the way the loop does).
    fn run_pushed_frame(&mut self) -> PyResult<Value> {
        if self.native_stack_exhausted() {
            // A Python call from native code: to the script this is Python-level
            // recursion, which CPython reports without "while calling ...".
            if let Some(f) = self.frames.pop() {
                self.stack.truncate(f.ret_to);
            }
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        if let Some(f) = self.frames.last_mut() {
            f.is_entry = true;
        }
        self.run_entry()
    }

    /// `LoadGlobal name` at `pc` for native code: through tier 1's inline cache
    /// when the site is specialised and the cache still holds.
    pub(crate) fn load_global_for_native(&mut self, pc: usize, name: usize) -> PyResult<Value> {
        let code = self.frame().code.clone();
        let cached = match code.quick.get(pc).map(std::cell::Cell::get) {
            Some(Instr::LoadGlobalModule { .. }) => self.cached_module_global(&code.caches[pc]),
            Some(Instr::LoadGlobalBuiltin { .. }) => self.cached_builtin_global(&code.caches[pc]),
            _ => None,
        };
        match cached {
            Some(v) => Ok(v),
            None => self.load_global(&code.names[name]),
        }
    }

    /// The value `LoadGlobalModule`'s cache names, if the module's keys have not
    /// changed since it was filled.
    #[inline]
    fn cached_module_global(&self, cache: &crate::compiler::InlineCache) -> Option<Value> {
        let globals = &self.frame().globals.dict;
        (Rc::as_ptr(globals) as usize as u64 == cache.key2.get())
            .then(|| globals.table.try_borrow().ok())
            .flatten()
            .filter(|t| t.keys_version() == cache.key.get())
            .and_then(|t| {
                t.entry_at(cache.index.get() as usize)
                    .map(|e| e.value.clone())
            })
    }

    /// The value `LoadGlobalBuiltin`'s cache names, if neither the module's nor
    /// the builtins' keys have changed since it was filled.
    #[inline]
    fn cached_builtin_global(&self, cache: &crate::compiler::InlineCache) -> Option<Value> {
        let globals = &self.frame().globals.dict;
        let unchanged = Rc::as_ptr(globals) as usize as u64 == cache.key2.get()
            && globals
                .table
                .try_borrow()
                .is_ok_and(|t| t.keys_version() == cache.key.get());
        self.builtins
            .dict
            .table
            .try_borrow()
            .ok()
            .filter(|t| unchanged && t.keys_version() == cache.key3.get())
            .and_then(|t| {
                t.entry_at(cache.index.get() as usize)
                    .map(|e| e.value.clone())
            })
    }

    /// The dispatch loop. `STEP`: run one instruction of `code.plain` (see
    /// [`Vm::step_plain`]) and return the next offset as an int.
    fn run_loop<const STEP: bool>(&mut self) -> PyResult<Value> {
        let (mut code, mut pc, mut base) = {
            let f = self.frames.last().expect("run needs a frame");
            (f.code.clone(), f.pc, f.base)
        };
        loop {
            let fetched = if STEP {
                // The specialised form tier 1 chose, when it stands for exactly this
                // instruction; else the plain one.
                let quick = code.quick.get(pc).map(std::cell::Cell::get);
                match quick {
                    Some(q) if q.specializes().is_some() && steps_alone(q) => Some(q),
                    _ => code.plain.get(pc).copied(),
                }
            } else {
                code.quick.get(pc).map(std::cell::Cell::get)
            };
            let Some(instr) = fetched else {
                // Native code that raised leaves its frame's offset past the end
                // (`jit::RAISED`) and the exception here: unwind it as if the
                // instruction had raised it.
                if let Some((err, at)) = self.native_error.take() {
                    self.save_pc(at);
                    match self.unwind(err) {
                        Ok(()) => {
                            let f = self.frames.last().expect("handler frame");
                            (code, pc, base) = (f.code.clone(), f.pc, f.base);
                            continue;
                        }
                        Err(err) => return Err(err),
                    }
                }
                break Err(runtime_error("internal error: ran off the end of the code"));
            };
            pc += 1;
            let res: PyResult<()> = 'instr: {
                match instr {
                    Instr::Nop => {}
                    Instr::PopTop => {
                        let v = self.pop();
                        discard(v);
                    }
                    Instr::DupTop => {
                        let v = self.top().clone();
                        self.stack.push(v);
                    }
                    Instr::DupTop2 => {
                        let n = self.stack.len();
                        let a = self.stack[n - 2].clone();
                        let b = self.stack[n - 1].clone();
                        self.stack.push(a);
                        self.stack.push(b);
                    }
                    Instr::RotTwo => {
                        let n = self.stack.len();
                        self.stack.swap(n - 1, n - 2);
                    }
                    Instr::RotThree => {
                        let n = self.stack.len();
                        self.stack[n - 3..].rotate_right(1);
                    }
                    Instr::RotFour => {
                        let n = self.stack.len();
                        self.stack[n - 4..].rotate_right(1);
                    }
                    Instr::LoadConst { idx } => {
                        self.stack.push(code.consts[idx as usize].clone());
                    }
                    Instr::PushUndef => self.stack.push(Value::Undef),
                    Instr::LoadFast { idx } => {
                        t!('instr, self.load_fast(&code, base, idx as usize));
                    }
                    Instr::LoadFastPair { a, b } => {
                        let va = self.stack[base + a as usize].clone();
                        let vb = self.stack[base + b as usize].clone();
                        if let Value::Undef = va {
                            break 'instr Err(unbound_local_error(&code, a));
                        }
                        if let Value::Undef = vb {
                            break 'instr Err(unbound_local_error(&code, b));
                        }
                        self.stack.push(va);
                        self.stack.push(vb);
                        pc += 1;
                    }
                    Instr::BinaryFastFast { locals, op } => {
                        let (a, b) = ((locals >> 16) as usize, (locals & 0xFFFF) as usize);
                        if let Some(r) =
                            fast_binary(op, &self.stack[base + a], &self.stack[base + b])
                        {
                            self.stack.push(r);
                            pc += 2;
                            break 'instr Ok(());
                        }
                        // Not the inline case: run as the plain `LoadFast a`.
                        t!('instr, self.load_fast(&code, base, a));
                    }
                    Instr::BinaryFastConst { operands, op } => {
                        let (a, k) = ((operands >> 16) as usize, (operands & 0xFFFF) as usize);
                        if let Some(r) = fast_binary(op, &self.stack[base + a], &code.consts[k]) {
                            self.stack.push(r);
                            pc += 2;
                            break 'instr Ok(());
                        }
                        t!('instr, self.load_fast(&code, base, a));
                    }
                    Instr::BinaryTosFastFast { locals, ops } => {
                        let (a, b) = ((locals >> 16) as usize, (locals & 0xFFFF) as usize);
                        let n = self.stack.len();
                        let r = fast_binary(ops & 15, &self.stack[base + a], &self.stack[base + b])
                            .and_then(|inner| {
                                let r = fast_binary(ops >> 4, &self.stack[n - 1], &inner);
                                discard(inner);
                                r
                            });
                        if let Some(r) = r {
                            discard(std::mem::replace(&mut self.stack[n - 1], r));
                            pc += 3;
                            break 'instr Ok(());
                        }
                        t!('instr, self.load_fast(&code, base, a));
                    }
                    Instr::BinaryTosFastTosFast { locals, ops } => {
                        let (a, b) = ((locals >> 16) as usize, (locals & 0xFFFF) as usize);
                        let n = self.stack.len();
                        let r = fast_binary(ops & 15, &self.stack[n - 1], &self.stack[base + a])
                            .and_then(|t| {
                                let r = fast_binary(ops >> 4, &t, &self.stack[base + b]);
                                discard(t);
                                r
                            });
                        if let Some(r) = r {
                            discard(std::mem::replace(&mut self.stack[n - 1], r));
                            pc += 3;
                            break 'instr Ok(());
                        }
                        t!('instr, self.load_fast(&code, base, a));
                    }
                    Instr::SubscrFastFast { a, b } => {
                        let v = fast_subscr(
                            &self.stack[base + a as usize],
                            &self.stack[base + b as usize],
                        );
                        if let Some(v) = v {
                            note_item_tag(&code.caches[pc + 1], &v);
                            self.stack.push(v);
                            pc += 2;
                            break 'instr Ok(());
                        }
                        t!('instr, self.load_fast(&code, base, a as usize));
                    }
                    Instr::SubscrFastOffset { operands, op_k } => {
                        let (a, i) = ((operands >> 16) as usize, (operands & 0xFFFF) as usize);
                        let v = match (&self.stack[base + i], &code.consts[(op_k >> 4) as usize]) {
                            (Value::Int(i), Value::Int(k)) => {
                                let index = if op_k & 15 == crate::compiler::bytecode::binop::ADD {
                                    i.checked_add(*k)
                                } else {
                                    i.checked_sub(*k)
                                };
                                index.and_then(|index| {
                                    fast_subscr(&self.stack[base + a], &Value::Int(index))
                                })
                            }
                            _ => None,
                        };
                        if let Some(v) = v {
                            note_item_tag(&code.caches[pc + 3], &v);
                            self.stack.push(v);
                            pc += 4;
                            break 'instr Ok(());
                        }
                        t!('instr, self.load_fast(&code, base, a));
                    }
                    Instr::CompareFastFast { locals, op } => {
                        let (a, b) = ((locals >> 16) as usize, (locals & 0xFFFF) as usize);
                        let (x, y) = (&self.stack[base + a], &self.stack[base + b]);
                        let r = match fast_compare(op, x, y) {
                            Some(r) => Some(r),
                            None => match (x, y) {
                                (Value::Str(x), Value::Str(y)) => {
                                    Some(str_compare(Cmp::from_index(op), x, y))
                                }
                                _ => None,
                            },
                        };
                        if let Some(r) = r {
                            self.stack.push(Value::bool(r));
                            pc += 2;
                            break 'instr Ok(());
                        }
                        t!('instr, self.load_fast(&code, base, a));
                    }
                    Instr::BinaryConstFast { operands, op } => {
                        let (k, a) = ((operands >> 16) as usize, (operands & 0xFFFF) as usize);
                        if let Some(r) = fast_binary(op, &code.consts[k], &self.stack[base + a]) {
                            self.stack.push(r);
                            pc += 2;
                            break 'instr Ok(());
                        }
                        self.stack.push(code.consts[k].clone());
                    }
                    Instr::BinaryFastFastStore { operands, op_dst } => {
                        let (a, b) = ((operands >> 16) as usize, (operands & 0xFFFF) as usize);
                        if let Some(r) =
                            fast_binary(op_dst & 15, &self.stack[base + a], &self.stack[base + b])
                        {
                            let dst = base + (op_dst >> 4) as usize;
                            discard(std::mem::replace(&mut self.stack[dst], r));
                            pc += 3;
                            break 'instr Ok(());
                        }
                        t!('instr, self.load_fast(&code, base, a));
                    }
                    Instr::BinaryFastConstStore { operands, op_dst } => {
                        let (a, k) = ((operands >> 16) as usize, (operands & 0xFFFF) as usize);
                        if let Some(r) =
                            fast_binary(op_dst & 15, &self.stack[base + a], &code.consts[k])
                        {
                            let dst = base + (op_dst >> 4) as usize;
                            discard(std::mem::replace(&mut self.stack[dst], r));
                            pc += 3;
                            break 'instr Ok(());
                        }
                        t!('instr, self.load_fast(&code, base, a));
                    }
                    Instr::StoreFastSwapped { a, b } => {
                        // In the unfused order: `a` first, so `x, x = 1, 2` leaves 2.
                        let vb = self.pop();
                        let va = self.pop();
                        discard(std::mem::replace(&mut self.stack[base + a as usize], va));
                        discard(std::mem::replace(&mut self.stack[base + b as usize], vb));
                        pc += 2;
                    }
                    Instr::BinaryTosFast { idx, op } => {
                        let n = self.stack.len();
                        if let Some(r) =
                            fast_binary(op, &self.stack[n - 1], &self.stack[base + idx as usize])
                        {
                            discard(std::mem::replace(&mut self.stack[n - 1], r));
                            pc += 1;
                            break 'instr Ok(());
                        }
                        t!('instr, self.load_fast(&code, base, idx as usize));
                    }
                    Instr::BinaryTosConst { konst, op } => {
                        let n = self.stack.len();
                        if let Some(r) =
                            fast_binary(op, &self.stack[n - 1], &code.consts[konst as usize])
                        {
                            discard(std::mem::replace(&mut self.stack[n - 1], r));
                            pc += 1;
                            break 'instr Ok(());
                        }
                        self.stack.push(code.consts[konst as usize].clone());
                    }
                    Instr::CompareFastFastJump { operands, target } => {
                        let (a, b) = ((operands >> 16) as usize, (operands >> 4 & 0xFFF) as usize);
                        if let Some(r) =
                            fast_compare(operands & 7, &self.stack[base + a], &self.stack[base + b])
                        {
                            pc = self.branch(&code, pc, target, r == (operands & 8 != 0), 3);
                            break 'instr Ok(());
                        }
                        t!('instr, self.load_fast(&code, base, a));
                    }
                    Instr::CompareFastConstJump { operands, target } => {
                        let (a, k) = ((operands >> 16) as usize, (operands >> 4 & 0xFFF) as usize);
                        if let Some(r) =
                            fast_compare(operands & 7, &self.stack[base + a], &code.consts[k])
                        {
                            pc = self.branch(&code, pc, target, r == (operands & 8 != 0), 3);
                            break 'instr Ok(());
                        }
                        t!('instr, self.load_fast(&code, base, a));
                    }
                    Instr::CompareTosFastJump { operands, target } => {
                        let (idx, n) = ((operands >> 4) as usize, self.stack.len());
                        if let Some(r) =
                            fast_compare(operands & 7, &self.stack[n - 1], &self.stack[base + idx])
                        {
                            discard(self.pop());
                            pc = self.branch(&code, pc, target, r == (operands & 8 != 0), 2);
                            break 'instr Ok(());
                        }
                        t!('instr, self.load_fast(&code, base, idx));
                    }
                    Instr::CompareTosConstJump { operands, target } => {
                        let (k, n) = ((operands >> 4) as usize, self.stack.len());
                        if let Some(r) =
                            fast_compare(operands & 7, &self.stack[n - 1], &code.consts[k])
                        {
                            discard(self.pop());
                            pc = self.branch(&code, pc, target, r == (operands & 8 != 0), 2);
                            break 'instr Ok(());
                        }
                        self.stack.push(code.consts[k].clone());
                    }
                    Instr::LoadFastConst { idx, konst } => {
                        t!('instr, self.load_fast(&code, base, idx as usize));
                        self.stack.push(code.consts[konst as usize].clone());
                        pc += 1;
                    }
                    Instr::StoreFastPair { a, b } => {
                        let va = self.pop();
                        discard(std::mem::replace(&mut self.stack[base + a as usize], va));
                        let vb = self.pop();
                        discard(std::mem::replace(&mut self.stack[base + b as usize], vb));
                        pc += 1;
                    }
                    Instr::StoreFast { idx } => {
                        let v = self.pop();
                        let old = std::mem::replace(&mut self.stack[base + idx as usize], v);
                        discard(old);
                    }
                    Instr::DeleteFast { idx } => {
                        let old = std::mem::take(&mut self.stack[base + idx as usize]);
                        if let Value::Undef = old {
                            break 'instr Err(unbound_local(format!(
                                "cannot access local variable '{}' where it is not associated with a value",
                                code.varnames[idx as usize].as_str()
                            )));
                        }
                    }
                    Instr::LoadDeref { idx } => {
                        let v = self.cell(idx).value.borrow().clone();
                        if let Value::Undef = v {
                            let name = self.cell_name(&code, idx);
                            break 'instr Err(if (idx as usize) < code.cellvars.len() {
                                unbound_local(format!(
                                    "cannot access local variable '{name}' where it is not associated with a value"
                                ))
                            } else {
                                name_error(format!(
                                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                                ))
                            });
                        }
                        self.stack.push(v);
                    }
                    Instr::StoreDeref { idx } => {
                        let v = self.pop();
                        let cell = self.cell(idx);
                        *cell.value.borrow_mut() = v;
                    }
                    Instr::DeleteDeref { idx } => {
                        let cell = self.cell(idx);
                        let _old = std::mem::take(&mut *cell.value.borrow_mut());
                    }
                    Instr::LoadGlobal { name } => {
                        warm!('instr, self, code, pc, instr);
                        let v = t!('instr, self.load_global(&code.names[name as usize]));
                        self.stack.push(v);
                    }
                    Instr::StoreGlobal { name } => {
                        let v = self.pop();
                        let globals = self.frame().globals.dict.clone();
                        t!('instr, ops::dict_set_pystr(&globals, &code.names[name as usize], v));
                    }
                    Instr::DeleteGlobal { name } => {
                        let globals = self.frame().globals.dict.clone();
                        let n = &code.names[name as usize];
                        if !t!('instr, ops::dict_del_pystr(&globals, n)) {
                            break 'instr Err(name_error(format!(
                                "name '{}' is not defined",
                                n.as_str()
                            )));
                        }
                    }
                    Instr::LoadName { name } => {
                        let n = &code.names[name as usize];
                        let ns = self.frame().namespace.clone();
                        if let Some(ns) = ns
                            && let Some(v) = ops::dict_get_pystr(&ns, n)
                        {
                            self.stack.push(v);
                            break 'instr Ok(());
                        }
                        let v = t!('instr, self.load_global(n));
                        self.stack.push(v);
                    }
                    Instr::StoreName { name } => {
                        let v = self.pop();
                        let n = &code.names[name as usize];
                        let target = match &self.frame().namespace {
                            Some(ns) => ns.clone(),
                            None => self.frame().globals.dict.clone(),
                        };
                        t!('instr, ops::dict_set_pystr(&target, n, v));
                    }
                    Instr::DeleteName { name } => {
                        let n = &code.names[name as usize];
                        let target = match &self.frame().namespace {
                            Some(ns) => ns.clone(),
                            None => self.frame().globals.dict.clone(),
                        };
                        if !t!('instr, ops::dict_del_pystr(&target, n)) {
                            break 'instr Err(name_error(format!(
                                "name '{}' is not defined",
                                n.as_str()
                            )));
                        }
                    }
                    Instr::LoadAttr { name } => {
                        warm!('instr, self, code, pc, instr);
                        let obj = self.pop();
                        self.save_pc(pc);
                        let v = t!('instr, ops::get_attr(self, &obj, &code.names[name as usize]));
                        self.stack.push(v);
                    }
                    Instr::StoreAttr { name } => {
                        warm!('instr, self, code, pc, instr);
                        let obj = self.pop();
                        let v = self.pop();
                        self.save_pc(pc);
                        t!('instr, ops::set_attr(self, &obj, &code.names[name as usize], v));
                    }
                    Instr::DeleteAttr { name } => {
                        let obj = self.pop();
                        self.save_pc(pc);
                        t!('instr, ops::del_attr(self, &obj, &code.names[name as usize]));
                    }
                    Instr::LoadMethod { name } => {
                        warm!('instr, self, code, pc, instr);
                        let obj = self.pop();
                        self.save_pc(pc);
                        let (m, recv) =
                            t!('instr, ops::load_method(self, obj, &code.names[name as usize]));
                        self.stack.push(m);
                        self.stack.push(recv);
                    }
                    Instr::BinaryOp { op } | Instr::InplaceOp { op } => {
                        warm!('instr, self, code, pc, instr);
                        let b = self.pop();
                        let a = self.pop();
                        let r = match fast_binary(op, &a, &b) {
                            Some(r) => {
                                discard(a);
                                discard(b);
                                r
                            }
                            None => {
                                let inplace = matches!(instr, Instr::InplaceOp { .. });
                                let a = if inplace {
                                    match self.inplace_str_concat(
                                        &code,
                                        pc,
                                        (!STEP).then_some(base),
                                        op,
                                        a,
                                        &b,
                                    ) {
                                        Ok(r) => {
                                            self.stack.push(r);
                                            break 'instr Ok(());
                                        }
                                        Err(a) => a,
                                    }
                                } else {
                                    a
                                };
                                self.save_pc(pc);
                                t!('instr, ops::binary_op(self, op, a, b, inplace))
                            }
                        };
                        self.stack.push(r);
                    }
                    Instr::CompareOp { op } => {
                        warm!('instr, self, code, pc, instr);
                        let b = self.pop();
                        let a = self.pop();
                        let r = t!('instr, self.compare(op, a, b, pc));
                        self.stack.push(r);
                    }
                    Instr::CompareJumpIfFalse { op, target }
                    | Instr::CompareJumpIfTrue { op, target } => {
                        warm!('instr, self, code, pc, instr);
                        let b = self.pop();
                        let a = self.pop();
                        let truth = match t!('instr, self.compare(op, a, b, pc)) {
                            Value::Bool(b) => b.get(),
                            other => {
                                self.save_pc(pc);
                                t!('instr, ops::truthy(self, &other))
                            }
                        };
                        let jump_when = matches!(instr, Instr::CompareJumpIfTrue { .. });
                        // Past the fused PopJumpIf* when not jumping.
                        pc = self.branch(&code, pc, target, truth == jump_when, 1);
                    }
                    Instr::IsOp { invert } => {
                        let b = self.pop();
                        let a = self.pop();
                        self.stack.push(Value::bool(a.is(&b) != (invert != 0)));
                    }
                    Instr::ContainsOp { invert } => {
                        let container = self.pop();
                        let item = self.pop();
                        self.save_pc(pc);
                        let r = t!('instr, ops::contains(self, &container, &item));
                        self.stack.push(Value::bool(r != (invert != 0)));
                    }
                    Instr::UnaryNeg => {
                        let v = self.pop();
                        let r = match v {
                            Value::Int(i) if i != i64::MIN => Value::Int(-i),
                            Value::Float(f) => Value::float(-f.get()),
                            other => {
                                self.save_pc(pc);
                                t!('instr, ops::unary_neg(self, other))
                            }
                        };
                        self.stack.push(r);
                    }
                    Instr::UnaryPos => {
                        let v = self.pop();
                        self.save_pc(pc);
                        let r = t!('instr, ops::unary_pos(self, v));
                        self.stack.push(r);
                    }
                    Instr::UnaryInvert => {
                        let v = self.pop();
                        self.save_pc(pc);
                        let r = t!('instr, ops::unary_invert(self, v));
                        self.stack.push(r);
                    }
                    Instr::UnaryNot => {
                        let v = self.pop();
                        let b = match v {
                            Value::Bool(b) => b.get(),
                            other => {
                                self.save_pc(pc);
                                t!('instr, ops::truthy(self, &other))
                            }
                        };
                        self.stack.push(Value::bool(!b));
                    }
                    Instr::BinarySubscr => {
                        warm!('instr, self, code, pc, instr);
                        let key = self.pop();
                        let container = self.pop();
                        let r = match (&container, &key) {
                            (Value::List(l), Value::Int(i)) => {
                                let items = l.items.borrow();
                                let n = items.len() as i64;
                                let j = if *i < 0 { *i + n } else { *i };
                                if j >= 0 && j < n {
                                    let v = items[j as usize].clone();
                                    note_item_tag(&code.caches[pc - 1], &v);
                                    v
                                } else {
                                    drop(items);
                                    break 'instr Err(crate::runtime::exceptions::index_error(
                                        "list index out of range",
                                    ));
                                }
                            }
                            _ => {
                                self.save_pc(pc);
                                t!('instr, ops::getitem(self, &container, &key))
                            }
                        };
                        self.stack.push(r);
                    }
                    Instr::StoreSubscr => {
                        warm!('instr, self, code, pc, instr);
                        let key = self.pop();
                        let container = self.pop();
                        let v = self.pop();
                        if let (Value::List(l), Value::Int(i)) = (&container, &key) {
                            let mut items = l.items.borrow_mut();
                            let n = items.len() as i64;
                            let j = if *i < 0 { *i + n } else { *i };
                            if j >= 0 && j < n {
                                let _old = std::mem::replace(&mut items[j as usize], v);
                                break 'instr Ok(());
                            }
                            drop(items);
                            break 'instr Err(crate::runtime::exceptions::index_error(
                                "list assignment index out of range",
                            ));
                        }
                        self.save_pc(pc);
                        t!('instr, ops::setitem(self, &container, key, v));
                    }
                    Instr::DeleteSubscr => {
                        let key = self.pop();
                        let container = self.pop();
                        self.save_pc(pc);
                        t!('instr, ops::delitem(self, &container, &key));
                    }
                    Instr::BuildSlice { n } => {
                        let step = if n == 3 { self.pop() } else { Value::None };
                        let stop = self.pop();
                        let start = self.pop();
                        self.stack
                            .push(Value::Slice(Rc::new(crate::runtime::value::Slice {
                                start,
                                stop,
                                step,
                            })));
                    }
                    Instr::BuildTuple { n: 2 } => {
                        let b = self.pop();
                        let a = self.pop();
                        self.stack.push(Value::pair(a, b));
                    }
                    Instr::BuildTuple { n } => {
                        let at = self.stack.len() - n as usize;
                        let items: smallvec::SmallVec<[Value; 2]> =
                            self.stack.drain(at..).collect();
                        self.stack.push(Value::tuple_from(items));
                    }
                    Instr::BuildList { n } => {
                        let items = self.pop_n(n as usize);
                        self.stack.push(Value::list(items));
                    }
                    Instr::BuildSet { n } => {
                        let items = self.pop_n(n as usize);
                        self.save_pc(pc);
                        let s = t!('instr, ops::new_set_from(self, items));
                        self.stack.push(s);
                    }
                    Instr::BuildMap { n } => {
                        let items = self.pop_n(2 * n as usize);
                        self.save_pc(pc);
                        let d = t!('instr, ops::new_dict_from_pairs(self, items));
                        self.stack.push(d);
                    }
                    Instr::BuildString { n } => {
                        let parts = self.pop_n(n as usize);
                        let mut s = String::new();
                        for p in &parts {
                            if let Value::Str(p) = p {
                                s.push_str(p.as_str());
                            }
                        }
                        self.stack.push(Value::str(s));
                    }
                    Instr::ListAppend { depth } => {
                        let v = self.pop();
                        let n = self.stack.len();
                        if let Value::List(l) = &self.stack[n - depth as usize] {
                            crate::runtime::value::push_item(&mut l.items.borrow_mut(), v);
                        }
                    }
                    Instr::SetAdd { depth }
                    | Instr::SetUpdate { depth }
                    | Instr::ListExtend { depth }
                    | Instr::DictUpdate { depth } => {
                        let v = self.pop();
                        let n = self.stack.len();
                        let target = self.stack[n - depth as usize].clone();
                        self.save_pc(pc);
                        t!('instr, ops::collection_add(self, instr, &target, v));
                    }
                    Instr::DictMerge { depth } => {
                        // `f(**v)`: the stack is callable, self slot, args, kwargs.
                        let v = self.pop();
                        let n = self.stack.len();
                        let target = self.stack[n - depth as usize].clone();
                        let desc = ops::function_str(self, &self.stack[n - depth as usize - 3]);
                        self.save_pc(pc);
                        if let Value::Dict(d) = &target {
                            t!('instr, ops::call_kwargs_merge(self, d, &v, &desc));
                        }
                    }
                    Instr::MapAdd { depth } => {
                        let v = self.pop();
                        let k = self.pop();
                        let n = self.stack.len();
                        let target = self.stack[n - depth as usize].clone();
                        self.save_pc(pc);
                        if let Value::Dict(d) = &target {
                            t!('instr, ops::dict_set(self, d, k, v));
                        }
                    }
                    Instr::ListToTuple => {
                        let v = self.pop();
                        let t = match v {
                            Value::List(l) => {
                                Value::tuple(std::mem::take(&mut *l.items.borrow_mut()))
                            }
                            other => other,
                        };
                        self.stack.push(t);
                    }
                    Instr::FormatValue { flags } => {
                        let spec = if flags & 4 != 0 {
                            Some(self.pop())
                        } else {
                            None
                        };
                        let v = self.pop();
                        self.save_pc(pc);
                        let s = t!('instr, ops::format_value(self, v, flags & 3, spec));
                        self.stack.push(s);
                    }
                    Instr::UnpackSequence { n } => {
                        warm!('instr, self, code, pc, instr);
                        let v = self.pop();
                        if let Value::Tuple(t) = &v
                            && t.items.len() == n as usize
                        {
                            self.stack.extend(t.items.iter().rev().cloned());
                            break 'instr Ok(());
                        }
                        self.save_pc(pc);
                        let items = t!('instr, ops::unpack(self, &v, n as usize));
                        self.stack.extend(items.into_iter().rev());
                    }
                    Instr::UnpackEx { before, after } => {
                        let v = self.pop();
                        self.save_pc(pc);
                        let items =
                            t!('instr, ops::unpack_ex(self, &v, before as usize, after as usize));
                        self.stack.extend(items.into_iter().rev());
                    }
                    Instr::GetIter => {
                        let v = self.pop();
                        self.save_pc(pc);
                        let it = t!('instr, ops::get_iter(self, v));
                        self.stack.push(it);
                    }
                    Instr::ForIter { target } => {
                        warm!('instr, self, code, pc, instr);
                        // `for i, x in enumerate(seq)`: hand out the pair without building
                        // the tuple that the UnpackSequence after us would take apart.
                        if let Some(Instr::UnpackSequence { n: 2 }) = code.instrs.get(pc)
                            && let Value::Iter(state) = self.top()
                            && let Some(step) = ops::fast_enumerate_next(self, state)
                        {
                            match step {
                                Some((index, item)) => {
                                    self.stack.push(item);
                                    self.stack.push(Value::Int(index));
                                    pc += 1;
                                }
                                None => {
                                    self.stack.pop();
                                    pc = target as usize;
                                }
                            }
                            break 'instr Ok(());
                        }
                        let next = {
                            let it = self.top();
                            match it {
                                Value::Iter(state) => ops::fast_iter_next(self, state),
                                _ => None,
                            }
                        };
                        let next = match next {
                            Some(n) => n,
                            None => {
                                let it = self.top().clone();
                                self.save_pc(pc);
                                t!('instr, ops::iter_next(self, &it))
                            }
                        };
                        match next {
                            Some(v) => self.stack.push(v),
                            None => {
                                self.stack.pop();
                                pc = target as usize;
                            }
                        }
                    }
                    Instr::Jump { target } => pc = self.jump_target(&code, pc, target),
                    Instr::PopJumpIfFalse { target } => {
                        let v = self.pop();
                        let b = match v {
                            Value::Bool(b) => b.get(),
                            Value::Int(i) => i != 0,
                            other => {
                                self.save_pc(pc);
                                t!('instr, ops::truthy(self, &other))
                            }
                        };
                        if !b {
                            pc = self.jump_target(&code, pc, target);
                        }
                    }
                    Instr::PopJumpIfTrue { target } => {
                        let v = self.pop();
                        let b = match v {
                            Value::Bool(b) => b.get(),
                            Value::Int(i) => i != 0,
                            other => {
                                self.save_pc(pc);
                                t!('instr, ops::truthy(self, &other))
                            }
                        };
                        if b {
                            pc = self.jump_target(&code, pc, target);
                        }
                    }
                    Instr::JumpIfFalseOrPop { target } | Instr::JumpIfTrueOrPop { target } => {
                        let v = self.top().clone();
                        let b = match v {
                            Value::Bool(b) => b.get(),
                            other => {
                                self.save_pc(pc);
                                t!('instr, ops::truthy(self, &other))
                            }
                        };
                        let jump_when = matches!(instr, Instr::JumpIfTrueOrPop { .. });
                        if b == jump_when {
                            pc = target as usize;
                        } else {
                            self.stack.pop();
                        }
                    }
                    Instr::Call { argc } => {
                        warm!('instr, self, code, pc, instr);
                        self.save_pc(pc);
                        match t!('instr, self.call_instr(argc as usize, None)) {
                            CallOutcome::Pushed => {}
                            CallOutcome::NewFrame => {
                                let f = self.frames.last().expect("frame");
                                code = f.code.clone();
                                pc = f.pc;
                                base = f.base;
                            }
                        }
                    }
                    Instr::CallKw { argc, kwnames } => {
                        self.save_pc(pc);
                        let names = code.consts[kwnames as usize].clone();
                        match t!('instr, self.call_instr(argc as usize, Some(names))) {
                            CallOutcome::Pushed => {}
                            CallOutcome::NewFrame => {
                                let f = self.frames.last().expect("frame");
                                code = f.code.clone();
                                pc = f.pc;
                                base = f.base;
                            }
                        }
                    }
                    Instr::CallEx { kwargs } => {
                        self.save_pc(pc);
                        let kw = if kwargs != 0 { Some(self.pop()) } else { None };
                        let args = self.pop();
                        let _undef = self.pop();
                        let callable = self.pop();
                        let mut a = Args::default();
                        match &args {
                            Value::Tuple(t) => a.pos.extend(t.items.iter().cloned()),
                            // `f(*v)` alone passes `v` itself.
                            other if ops::is_iterable(self, other) => {
                                a.pos = t!('instr, ops::collect_iterable(self, other));
                            }
                            other => {
                                break 'instr Err(type_error(format!(
                                    "{} argument after * must be an iterable, not {}",
                                    ops::function_str(self, &callable),
                                    type_name(self, other)
                                )));
                            }
                        }
                        if let Some(Value::Dict(d)) = &kw {
                            for e in d.table.borrow().iter() {
                                if let Value::Str(k) = &e.key {
                                    a.kw.push((k.clone(), e.value.clone()));
                                } else {
                                    break 'instr Err(type_error("keywords must be strings"));
                                }
                            }
                        }
                        let r = t!('instr, self.call_with(&callable, a));
                        self.stack.push(r);
                    }
                    Instr::YieldValue => {
                        let v = self.pop();
                        let frame = self.frames.pop().expect("generator frame");
                        // Generator frames are always entered from `resume_generator`.
                        debug_assert!(frame.is_entry);
                        let saved: Vec<Value> = self.stack.drain(frame.base..).collect();
                        self.stack.truncate(frame.ret_to);
                        self.suspended = Some(Box::new(crate::runtime::iter::Suspended {
                            code: frame.code,
                            pc,
                            saved,
                            cells: frame.cells,
                            globals: frame.globals,
                            started: true,
                        }));
                        return Ok(v);
                    }
                    Instr::BeforeWith => {
                        let mgr = self.pop();
                        self.save_pc(pc);
                        let (exit, entered) = t!('instr, self.enter_context(mgr));
                        self.stack.push(exit);
                        self.stack.push(entered);
                    }
                    Instr::WithExceptStart => {
                        let n = self.stack.len();
                        let exc = self.stack[n - 1].clone();
                        let exit = self.stack[n - 3].clone();
                        let typ = Value::Class(self.class_of(&exc));
                        let tb = crate::runtime::exceptions::traceback_of(self, &exc);
                        self.save_pc(pc);
                        let r = t!('instr, self.call(&exit, &[typ, exc, tb]));
                        self.stack.push(r);
                    }
                    Instr::GetYieldFromIter => {
                        let v = self.pop();
                        self.save_pc(pc);
                        let it = t!('instr, ops::get_iter(self, v));
                        self.stack.push(it);
                    }
                    Instr::YieldFromSend { target } => {
                        let v = self.pop();
                        let sub = self.top().clone();
                        self.save_pc(pc);
                        match t!('instr, self.yield_from_send(&sub, v)) {
                            super::generators::GenOutput::Yielded(item) => self.stack.push(item),
                            super::generators::GenOutput::Returned(result) => {
                                discard(self.pop());
                                self.stack.push(result);
                                pc = target as usize;
                            }
                        }
                    }
                    Instr::ReturnValue => {
                        let mut v = self.pop();
                        let frame = self.frames.pop().expect("frame");
                        self.stack.truncate(frame.ret_to);
                        if let Some(inst) = frame.init_instance {
                            if !v.is_none() {
                                let err = type_error(format!(
                                    "__init__() should return None, not '{}'",
                                    type_name(self, &v)
                                ));
                                if frame.is_entry {
                                    // The caller (native code or a helper) is not
                                    // this loop's: it raises the error at its call.
                                    return Err(err);
                                }
                                // Report from the caller's line, as CPython does.
                                let f = self.frames.last().expect("caller frame");
                                (code, pc, base) = (f.code.clone(), f.pc, f.base);
                                break 'instr Err(err);
                            }
                            v = inst;
                        }
                        if frame.is_entry {
                            return Ok(v);
                        }
                        self.stack.push(v);
                        let f = self.frames.last().expect("caller frame");
                        code = f.code.clone();
                        pc = f.pc;
                        base = f.base;
                    }
                    Instr::MakeFunction { code: ci, flags } => {
                        let kwdefaults = if flags & 2 != 0 {
                            Some(self.pop())
                        } else {
                            None
                        };
                        let defaults = if flags & 1 != 0 {
                            Some(self.pop())
                        } else {
                            None
                        };
                        let f = self.make_function(&code, ci as usize, defaults, kwdefaults);
                        self.stack.push(f);
                    }
                    Instr::MakeClass { code: ci, nbases } => {
                        let bases = self.pop_n(nbases as usize);
                        self.save_pc(pc);
                        let child = code.children[ci as usize].clone();
                        let cells: Vec<Rc<PyCell>> = {
                            let f = self.frame();
                            let mut cells: Vec<Rc<PyCell>> = (0..child.cellvars.len())
                                .map(|_| PyCell::new_tracked())
                                .collect();
                            for &src in &code.child_closures[ci as usize] {
                                cells.push(f.cells[src as usize].clone());
                            }
                            cells
                        };
                        let globals = self.frame().globals.clone();
                        let cls = t!('instr, crate::runtime::class_ops::make_class(self, child, globals, bases, cells));
                        // A new class may reuse a freed one's address: caches keyed on
                        // the address must not match it.
                        self.class_epoch += 1;
                        self.stack.push(cls);
                    }
                    Instr::ImportName { name } => {
                        self.save_pc(pc);
                        let m = t!('instr, crate::engine::import_module(self, code.names[name as usize].as_str()));
                        self.stack.push(m);
                    }
                    Instr::ImportFrom { name } => {
                        let m = self.top().clone();
                        let n = &code.names[name as usize];
                        self.save_pc(pc);
                        let v = match ops::get_attr(self, &m, n) {
                            Ok(v) => v,
                            // A name firebrand's module lacks says so.
                            Err(e) if e.matches(ExcKind::NotImplementedError) => {
                                break 'instr Err(e);
                            }
                            Err(_) => {
                                let mname = match &m {
                                    Value::Module(m) => m.name.as_str().to_string(),
                                    _ => "?".into(),
                                };
                                break 'instr Err(crate::runtime::exceptions::import_error(
                                    format!(
                                        "cannot import name '{}' from '{}' (unknown location)",
                                        n.as_str(),
                                        mname
                                    ),
                                ));
                            }
                        };
                        self.stack.push(v);
                    }
                    Instr::ImportStar => {
                        let m = self.pop();
                        if let Value::Module(m) = m {
                            let globals = self.frame().globals.dict.clone();
                            let entries: Vec<_> = m
                                .dict
                                .table
                                .borrow()
                                .iter()
                                .map(|e| (e.key.clone(), e.value.clone()))
                                .collect();
                            for (k, v) in entries {
                                if let Value::Str(s) = &k
                                    && !s.as_str().starts_with('_')
                                {
                                    t!('instr, ops::dict_set_pystr(&globals, s, v));
                                }
                            }
                        }
                    }
                    Instr::Raise { argc } => {
                        self.save_pc(pc);
                        break 'instr Err(self.raise_instr(argc));
                    }
                    Instr::Reraise => {
                        let exc = self.pop();
                        break 'instr Err(reraise(exc));
                    }
                    Instr::PushExcInfo => {
                        let exc = self.pop();
                        let prev = std::mem::replace(&mut self.handled_exc, exc.clone());
                        self.stack.push(prev);
                        self.stack.push(exc);
                    }
                    Instr::PopExcept => {
                        let prev = self.pop();
                        self.handled_exc = prev;
                    }
                    Instr::PopExceptReraise => {
                        let exc = self.pop();
                        let prev = self.pop();
                        self.handled_exc = prev;
                        break 'instr Err(reraise(exc));
                    }
                    Instr::CheckExcMatch => {
                        let typ = self.pop();
                        let exc = self.top().clone();
                        let r = t!('instr, crate::runtime::class_ops::exception_matches(self, &exc, &typ));
                        self.stack.push(Value::bool(r));
                    }
                    Instr::LoadAssertionError => {
                        let c = self.types.exc_class(ExcKind::AssertionError);
                        self.stack.push(Value::Class(c));
                    }

                    // ----- Tier 1: the specialised forms (see `specialize.rs`) -----
                    Instr::BinaryOpInt { op } => {
                        let n = self.stack.len();
                        // bool is an int: `n + (a != b)` stays on this path, but two
                        // bools under `&`, `|`, `^` give a bool, so they leave it.
                        let (x, y) = match (&self.stack[n - 2], &self.stack[n - 1]) {
                            (Value::Int(x), Value::Int(y)) => (*x, *y),
                            (Value::Int(x), Value::Bool(y)) => (*x, y.get() as i64),
                            (Value::Bool(x), Value::Int(y)) => (x.get() as i64, *y),
                            _ => deopt!('instr, self, code, pc),
                        };
                        match fast_int_op(op, x, y) {
                            Some(r) => self.replace_top2(r),
                            None => t!('instr, self.binary_slow(op, pc)),
                        }
                    }
                    Instr::BinaryOpFloat { op } => {
                        let n = self.stack.len();
                        let (Value::Float(x), Value::Float(y)) =
                            (&self.stack[n - 2], &self.stack[n - 1])
                        else {
                            deopt!('instr, self, code, pc)
                        };
                        match float_op(op, x.get(), y.get()) {
                            Some(r) => self.replace_top2(r),
                            None => t!('instr, self.binary_slow(op, pc)),
                        }
                    }
                    Instr::BinaryOpMixed { op } => {
                        let n = self.stack.len();
                        let (x, y) = match (&self.stack[n - 2], &self.stack[n - 1]) {
                            (Value::Int(x), Value::Float(y)) => (*x, y.get()),
                            (Value::Float(x), Value::Int(y)) => (*y, x.get()),
                            _ => deopt!('instr, self, code, pc),
                        };
                        let int_first = matches!(self.stack[n - 2], Value::Int(_));
                        let r = if x.unsigned_abs() < (1 << 53) {
                            let (a, b) = if int_first {
                                (x as f64, y)
                            } else {
                                (y, x as f64)
                            };
                            float_op(op, a, b)
                        } else {
                            None
                        };
                        match r {
                            Some(r) => self.replace_top2(r),
                            None => t!('instr, self.binary_slow(op, pc)),
                        }
                    }
                    Instr::BinaryAddStr { .. } => {
                        let n = self.stack.len();
                        let (Value::Str(x), Value::Str(y)) =
                            (&self.stack[n - 2], &self.stack[n - 1])
                        else {
                            deopt!('instr, self, code, pc)
                        };
                        let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                        s.push_str(x.as_str());
                        s.push_str(y.as_str());
                        self.replace_top2(Value::str(s));
                    }
                    Instr::CompareOpInt { op } => {
                        spec_compare_op!('instr, self, code, pc, CMP_INT, op)
                    }
                    Instr::CompareOpFloat { op } => {
                        spec_compare_op!('instr, self, code, pc, CMP_FLOAT, op)
                    }
                    Instr::CompareOpMixed { op } => {
                        spec_compare_op!('instr, self, code, pc, CMP_MIXED, op)
                    }
                    Instr::CompareOpStr { op } => {
                        spec_compare_op!('instr, self, code, pc, CMP_STR, op)
                    }
                    Instr::CompareJumpInt { op, target } => {
                        spec_compare_jump!('instr, self, code, pc, CMP_INT, op, target)
                    }
                    Instr::CompareJumpFloat { op, target } => {
                        spec_compare_jump!('instr, self, code, pc, CMP_FLOAT, op, target)
                    }
                    Instr::CompareJumpMixed { op, target } => {
                        spec_compare_jump!('instr, self, code, pc, CMP_MIXED, op, target)
                    }
                    Instr::CompareJumpStr { op, target } => {
                        spec_compare_jump!('instr, self, code, pc, CMP_STR, op, target)
                    }
                    Instr::LoadGlobalModule { .. } => {
                        match self.cached_module_global(&code.caches[pc - 1]) {
                            Some(v) => {
                                self.stack.push(v);
                                if !STEP {
                                    self.push_undef_if_next(&code, &mut pc);
                                }
                            }
                            None => deopt!('instr, self, code, pc),
                        }
                    }
                    Instr::LoadGlobalBuiltin { .. } => {
                        match self.cached_builtin_global(&code.caches[pc - 1]) {
                            Some(v) => {
                                self.stack.push(v);
                                if !STEP {
                                    self.push_undef_if_next(&code, &mut pc);
                                }
                            }
                            None => deopt!('instr, self, code, pc),
                        }
                    }
                    Instr::LoadAttrModule { .. } | Instr::LoadMethodModule { .. } => {
                        let cache = &code.caches[pc - 1];
                        let v = match self.top() {
                            Value::Module(m)
                                if Rc::as_ptr(&m.dict) as usize as u64 == cache.key2.get() =>
                            {
                                m.dict
                                    .table
                                    .try_borrow()
                                    .ok()
                                    .filter(|t| t.keys_version() == cache.key.get())
                                    .and_then(|t| {
                                        t.entry_at(cache.index.get() as usize)
                                            .map(|e| e.value.clone())
                                    })
                            }
                            _ => None,
                        };
                        match v {
                            Some(v) => {
                                let top = self.stack.len() - 1;
                                self.stack[top] = v;
                                if let Instr::LoadMethodModule { .. } = instr {
                                    self.stack.push(Value::Undef);
                                }
                            }
                            None => deopt!('instr, self, code, pc),
                        }
                    }
                    Instr::LoadAttrInstance { name } => {
                        let cache = &code.caches[pc - 1];
                        let v = match self.top() {
                            Value::Instance(inst)
                                if class_key(inst) == cache.key.get()
                                    && self.class_epoch == cache.key2.get() =>
                            {
                                inst.dict.try_borrow().ok().and_then(|d| {
                                    let e = d.entry_at(cache.index.get() as usize)?;
                                    key_is(&e.key, &code.names[name as usize])
                                        .then(|| e.value.clone())
                                })
                            }
                            _ => None,
                        };
                        match v {
                            Some(v) => {
                                let top = self.stack.len() - 1;
                                self.stack[top] = v;
                            }
                            None => deopt!('instr, self, code, pc),
                        }
                    }
                    Instr::StoreAttrInstance { name } => {
                        let cache = &code.caches[pc - 1];
                        let by_insert = cache.index.get() == STORE_BY_INSERT;
                        let i = cache.index.get() as usize;
                        let inst = match self.top() {
                            Value::Instance(inst)
                                if class_key(inst) == cache.key.get()
                                    && self.class_epoch == cache.key2.get()
                                    && inst.dict.try_borrow().is_ok_and(|d| {
                                        by_insert
                                            || d.entry_at(i).is_some_and(|e| {
                                                key_is(&e.key, &code.names[name as usize])
                                            })
                                    }) =>
                            {
                                inst.clone()
                            }
                            _ => deopt!('instr, self, code, pc),
                        };
                        discard(self.pop());
                        let v = self.pop();
                        let old = if by_insert {
                            let key = &code.names[name as usize];
                            let mut d = inst.dict.borrow_mut();
                            // Str keys compare without calling back into Python.
                            d.insert(key.hash(), Value::Str(key.clone()), v, &mut |_, _| {
                                Ok(false)
                            })
                            .ok()
                            .flatten()
                            .unwrap_or(Value::None)
                        } else {
                            inst.dict.borrow_mut().replace_value_at(i, v)
                        };
                        discard(old);
                    }
                    Instr::LoadMethodInstance { name } => {
                        let m = self.cached_instance_method(&code, pc - 1, name, self.top());
                        match m {
                            Some(m) => {
                                let obj = self.pop();
                                self.stack.push(m);
                                self.stack.push(obj);
                            }
                            None => deopt!('instr, self, code, pc),
                        }
                    }
                    Instr::LoadMethodBuiltin { name } => {
                        let kind = std::mem::discriminant(self.top());
                        let m = match code.method_cache.borrow().get(name as usize) {
                            Some(Some((k, m))) if *k == kind => Some(m.clone()),
                            _ => None,
                        };
                        match m {
                            Some(m) => {
                                let obj = self.pop();
                                self.stack.push(m);
                                self.stack.push(obj);
                            }
                            None => deopt!('instr, self, code, pc),
                        }
                    }
                    Instr::CallPyExact { argc } | Instr::CallPyWithDefaults { argc } => {
                        let callable_idx = self.stack.len() - argc as usize - 2;
                        let has_self = !matches!(self.stack[callable_idx + 1], Value::Undef);
                        let nargs = argc as usize + has_self as usize;
                        let exact = matches!(instr, Instr::CallPyExact { .. });
                        let f = match &self.stack[callable_idx] {
                            Value::Function(f)
                                if Rc::as_ptr(&f.code) as usize as u64
                                    == code.caches[pc - 1].key.get()
                                    && (nargs == f.code.argcount as usize) == exact
                                    && takes_positional(f, nargs) =>
                            {
                                f.clone()
                            }
                            _ => deopt!('instr, self, code, pc),
                        };
                        self.save_pc(pc);
                        base = t!('instr, self.enter_py_function(&f, callable_idx, has_self, nargs, None));
                        code = f.code.clone();
                        // Native code may have run the new frame already (`push_frame`).
                        pc = self.frames.last().map_or(0, |f| f.pc);
                    }
                    Instr::CallClassInit { argc } => {
                        let callable_idx = self.stack.len() - argc as usize - 2;
                        let cache = &code.caches[pc - 1];
                        let nargs = argc as usize + 1;
                        let found = match (&self.stack[callable_idx], &self.stack[callable_idx + 1])
                        {
                            (Value::Class(cls), Value::Undef)
                                if Rc::as_ptr(cls) as usize as u64 == cache.key.get()
                                    && self.class_epoch == cache.key2.get() =>
                            {
                                let packed = cache.index.get();
                                let (pos, i) =
                                    ((packed >> 16) as usize, (packed & 0xFFFF) as usize);
                                let init = cls.mro.borrow().get(pos).and_then(|c| {
                                    let d = c.dict.try_borrow().ok()?;
                                    let e = d.entry_at(i)?;
                                    match &e.value {
                                        Value::Function(f) if key_is(&e.key, &self.init_name) => {
                                            Some(f.clone())
                                        }
                                        _ => None,
                                    }
                                });
                                init.filter(|f| takes_positional(f, nargs))
                                    .map(|f| (cls.clone(), f))
                            }
                            _ => None,
                        };
                        let Some((cls, init)) = found else {
                            deopt!('instr, self, code, pc)
                        };
                        self.save_pc(pc);
                        let inst = class_ops::new_plain_instance(&cls);
                        self.stack[callable_idx] = Value::Function(init.clone());
                        self.stack[callable_idx + 1] = inst.clone();
                        base = t!('instr, self.enter_py_function(&init, callable_idx, true, nargs, Some(inst)));
                        code = init.code.clone();
                        pc = self.frames.last().map_or(0, |f| f.pc);
                    }
                    Instr::CallBuiltin { argc } => {
                        let callable_idx = self.stack.len() - argc as usize - 2;
                        let Some(func) = self.cached_builtin(&code, pc, callable_idx) else {
                            deopt!('instr, self, code, pc)
                        };
                        self.save_pc(pc);
                        t!('instr, self.call_builtin_positional(func, None, callable_idx));
                    }
                    Instr::CallLen { .. } => {
                        let n = self.stack.len();
                        let is_len = self.cached_builtin(&code, pc, n - 3).is_some()
                            && matches!(self.stack[n - 2], Value::Undef);
                        if !is_len {
                            deopt!('instr, self, code, pc)
                        }
                        let len = match &self.stack[n - 1] {
                            Value::List(l) => Some(l.items.borrow().len()),
                            Value::Tuple(t) => Some(t.items.len()),
                            Value::Str(s) => Some(s.char_len()),
                            _ => None,
                        };
                        self.save_pc(pc);
                        match len {
                            Some(len) => {
                                self.drop_to(n - 3);
                                self.stack.push(Value::Int(len as i64));
                            }
                            None => {
                                t!(
                                    'instr,
                                    self.call_builtin_positional(
                                        crate::runtime::builtins::bi_len,
                                        None,
                                        n - 3
                                    )
                                );
                            }
                        }
                    }
                    Instr::CallMinMax { argc } => {
                        let n = self.stack.len();
                        let callable_idx = n - argc as usize - 2;
                        let Some(func) = self.cached_builtin(&code, pc, callable_idx) else {
                            deopt!('instr, self, code, pc)
                        };
                        let is_min =
                            func as usize == crate::runtime::builtins::bi_min as NativeFn as usize;
                        let mut best: Option<i64> = None;
                        for v in &self.stack[callable_idx + 2..] {
                            let Value::Int(i) = *v else {
                                best = None;
                                break;
                            };
                            best = Some(match best {
                                None => i,
                                Some(b) if is_min => b.min(i),
                                Some(b) => b.max(i),
                            });
                        }
                        match best {
                            Some(b) => {
                                // Drops the callable; the int arguments need no release.
                                self.drop_to(callable_idx);
                                self.stack.push(Value::Int(b));
                            }
                            None => {
                                self.save_pc(pc);
                                t!('instr, self.call_builtin_positional(func, None, callable_idx));
                            }
                        }
                    }
                    Instr::CallListAppend { .. } => {
                        let n = self.stack.len();
                        let ok = self.cached_builtin(&code, pc, n - 3).is_some()
                            && matches!(self.stack[n - 2], Value::List(_));
                        if !ok {
                            deopt!('instr, self, code, pc)
                        }
                        let item = self.pop();
                        if let Value::List(l) = &self.stack[n - 2] {
                            crate::runtime::value::push_item(&mut l.items.borrow_mut(), item);
                        }
                        self.drop_to(n - 3);
                        // `xs.append(x)` as a statement: its `PopTop` would drop the None.
                        if let Some(Instr::PopTop) = code.instrs.get(pc) {
                            pc += 1;
                        } else {
                            self.stack.push(Value::None);
                        }
                    }
                    Instr::ForIterRange { target } => {
                        let step = match self.top() {
                            Value::Iter(state) => match &mut *state.borrow_mut() {
                                IterState::Range {
                                    next,
                                    step,
                                    remaining,
                                } => Some(if *remaining <= 0 {
                                    None
                                } else {
                                    let v = *next;
                                    *next = next.wrapping_add(*step);
                                    *remaining -= 1;
                                    Some(v)
                                }),
                                _ => None,
                            },
                            _ => None,
                        };
                        match step {
                            Some(Some(v)) => {
                                self.push_or_store_next(&code, &mut pc, base, Value::Int(v))
                            }
                            Some(None) => {
                                self.stack.pop();
                                pc = target as usize;
                            }
                            None => deopt!('instr, self, code, pc),
                        }
                    }
                    Instr::ForIterEnumerate { target } => {
                        // `for i, x in enumerate(...)`: the pair goes straight to the
                        // `UnpackSequence 2` after us, without a tuple.
                        let step = match self.top() {
                            Value::Iter(state) => ops::fast_enumerate_next(self, state),
                            _ => None,
                        };
                        match step {
                            Some(Some((index, item))) => {
                                // `for i, x in enumerate(...)` into two locals: straight
                                // there, past the unpacking and the two stores.
                                if let Some(Instr::StoreFastPair { a, b }) = code.instrs.get(pc + 1)
                                {
                                    let (a, b) = (base + *a as usize, base + *b as usize);
                                    discard(std::mem::replace(
                                        &mut self.stack[a],
                                        Value::Int(index),
                                    ));
                                    discard(std::mem::replace(&mut self.stack[b], item));
                                    pc += 3;
                                } else {
                                    self.stack.push(item);
                                    self.stack.push(Value::Int(index));
                                    pc += 1;
                                }
                            }
                            Some(None) => {
                                self.stack.pop();
                                pc = target as usize;
                            }
                            None => deopt!('instr, self, code, pc),
                        }
                    }
                    Instr::ForIterList { target }
                    | Instr::ForIterTuple { target }
                    | Instr::ForIterStr { target } => {
                        let next = match self.top() {
                            Value::Iter(state) if iter_kind_matches(instr, state) => {
                                ops::fast_iter_next(self, state)
                            }
                            _ => None,
                        };
                        match next {
                            Some(Some(v)) => self.push_or_store_next(&code, &mut pc, base, v),
                            Some(None) => {
                                self.stack.pop();
                                pc = target as usize;
                            }
                            None => deopt!('instr, self, code, pc),
                        }
                    }
                    Instr::BinarySubscrListInt => {
                        let n = self.stack.len();
                        let (Value::List(l), Value::Int(i)) =
                            (&self.stack[n - 2], &self.stack[n - 1])
                        else {
                            deopt!('instr, self, code, pc)
                        };
                        let v = {
                            let items = l.items.borrow();
                            let j = if *i < 0 { *i + items.len() as i64 } else { *i };
                            usize::try_from(j).ok().and_then(|j| items.get(j).cloned())
                        };
                        match v {
                            Some(v) => {
                                note_item_tag(&code.caches[pc - 1], &v);
                                self.replace_top2(v)
                            }
                            None => t!('instr, self.subscr_slow(pc)),
                        }
                    }
                    Instr::BinarySubscrTupleInt => {
                        let n = self.stack.len();
                        let (Value::Tuple(t), Value::Int(i)) =
                            (&self.stack[n - 2], &self.stack[n - 1])
                        else {
                            deopt!('instr, self, code, pc)
                        };
                        let j = if *i < 0 {
                            *i + t.items.len() as i64
                        } else {
                            *i
                        };
                        match usize::try_from(j)
                            .ok()
                            .and_then(|j| t.items.get(j).cloned())
                        {
                            Some(v) => self.replace_top2(v),
                            None => t!('instr, self.subscr_slow(pc)),
                        }
                    }
                    Instr::BinarySubscrStrInt => {
                        let n = self.stack.len();
                        let (Value::Str(s), Value::Int(i)) =
                            (&self.stack[n - 2], &self.stack[n - 1])
                        else {
                            deopt!('instr, self, code, pc)
                        };
                        // ASCII strings index by byte; the rest take the generic path.
                        let bytes = s.as_str().as_bytes();
                        let j = if *i < 0 { *i + bytes.len() as i64 } else { *i };
                        let c = (s.char_len() == bytes.len())
                            .then(|| usize::try_from(j).ok().and_then(|j| bytes.get(j).copied()))
                            .flatten();
                        match c {
                            Some(b) => {
                                let v = self.char_value(b as char);
                                self.replace_top2(v);
                            }
                            None => t!('instr, self.subscr_slow(pc)),
                        }
                    }
                    Instr::BinarySubscrDict => {
                        let n = self.stack.len();
                        if !matches!(self.stack[n - 2], Value::Dict(_)) {
                            deopt!('instr, self, code, pc)
                        }
                        t!('instr, self.subscr_slow(pc));
                    }
                    Instr::StoreSubscrListInt => {
                        let n = self.stack.len();
                        let (Value::List(l), Value::Int(i)) =
                            (&self.stack[n - 2], &self.stack[n - 1])
                        else {
                            deopt!('instr, self, code, pc)
                        };
                        let (l, i) = (l.clone(), *i);
                        let mut items = l.items.borrow_mut();
                        let j = if i < 0 { i + items.len() as i64 } else { i };
                        match usize::try_from(j).ok().filter(|&j| j < items.len()) {
                            Some(j) => {
                                self.stack.truncate(n - 2);
                                let v = self.pop();
                                let _old = std::mem::replace(&mut items[j], v);
                            }
                            None => {
                                drop(items);
                                t!('instr, self.store_subscr_slow(pc));
                            }
                        }
                    }
                    Instr::StoreSubscrDict => {
                        let n = self.stack.len();
                        if !matches!(self.stack[n - 2], Value::Dict(_)) {
                            deopt!('instr, self, code, pc)
                        }
                        t!('instr, self.store_subscr_slow(pc));
                    }
                    Instr::UnpackTuple2 { .. } => {
                        let (a, b) = match self.top() {
                            Value::Tuple(t) if t.items.len() == 2 => {
                                (t.items[0].clone(), t.items[1].clone())
                            }
                            _ => deopt!('instr, self, code, pc),
                        };
                        let top = self.stack.len() - 1;
                        self.stack[top] = b;
                        self.stack.push(a);
                    }
                    Instr::UnpackTuple3 { .. } => {
                        let (a, b, c) = match self.top() {
                            Value::Tuple(t) if t.items.len() == 3 => {
                                (t.items[0].clone(), t.items[1].clone(), t.items[2].clone())
                            }
                            _ => deopt!('instr, self, code, pc),
                        };
                        let top = self.stack.len() - 1;
                        self.stack[top] = c;
                        self.stack.push(b);
                        self.stack.push(a);
                    }
                }
                Ok(())
            };
            if STEP {
                // One instruction only; a frame it pushed is run by `step_plain`.
                return res.map(|()| Value::Int(pc as i64));
            }
            if let Err(err) = res {
                self.save_pc(pc);
                match self.unwind(err) {
                    Ok(()) => {
                        let f = self.frames.last().expect("handler frame");
                        code = f.code.clone();
                        pc = f.pc;
                        base = f.base;
                    }
                    Err(err) => return Err(err),
                }
            }
        }
    }

    #[inline]
    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or_default()
    }

    /// `LoadFast idx`: pushes local `idx` (what the fused forms fall back to).
    #[inline(always)]
    fn load_fast(
        &mut self,
        code: &crate::compiler::CodeObject,
        base: usize,
        idx: usize,
    ) -> PyResult<()> {
        let v = self.stack[base + idx].clone();
        if let Value::Undef = v {
            return Err(unbound_local_error(code, idx as u32));
        }
        self.stack.push(v);
        Ok(())
    }

    /// Enters a Python function whose `nargs` positional arguments (its receiver
    /// first, if `has_self`) are on the stack after the callable and self slot at
    /// `callable_idx`; the missing ones come from its defaults (`takes_positional`
    /// must hold). Returns the new frame's base.
    #[inline(always)]
    fn enter_py_function(
        &mut self,
        f: &Rc<Function>,
        callable_idx: usize,
        has_self: bool,
        nargs: usize,
        init_instance: Option<Value>,
    ) -> PyResult<usize> {
        let argcount = f.code.argcount as usize;
        if nargs < argcount {
            let skip = f.defaults.len() - (argcount - nargs);
            self.stack.extend(f.defaults[skip..].iter().cloned());
        }
        for _ in argcount..f.code.nlocals() {
            self.stack.push(Value::Undef);
        }
        let fbase = callable_idx + 1 + !has_self as usize;
        let mut frame = self.function_frame(f, fbase, callable_idx, false);
        frame.init_instance = init_instance;
        self.push_frame(frame)?;
        Ok(fbase)
    }

    /// Where a taken jump from the instruction before `pc` goes; a jump backwards is
    /// a loop back-edge and is counted (`while` loops test at the bottom, so their
    /// back-edge is a conditional jump).
    #[inline(always)]
    fn jump_target(&mut self, code: &crate::compiler::CodeObject, pc: usize, target: u32) -> usize {
        let target = target as usize;
        if target < pc
            && let Some(resume) = self.back_edge(code, pc - 1, target)
        {
            return resume;
        }
        target
    }

    /// The end of a fused or specialised compare-and-jump at `pc - 1`: the jump
    /// target when `taken`, else past the `skip` instructions it stands for.
    #[inline(always)]
    fn branch(
        &mut self,
        code: &crate::compiler::CodeObject,
        pc: usize,
        target: u32,
        taken: bool,
        skip: usize,
    ) -> usize {
        if taken {
            self.jump_target(code, pc, target)
        } else {
            pc + skip
        }
    }

    /// The built-in function at stack slot `at` if it is the one the inline cache of
    /// the call at `pc - 1` was specialised for (unbound), else `None`.
    #[inline(always)]
    fn cached_builtin(
        &self,
        code: &crate::compiler::CodeObject,
        pc: usize,
        at: usize,
    ) -> Option<NativeFn> {
        match &self.stack[at] {
            Value::Builtin(b)
                if b.func as usize as u64 == code.caches[pc - 1].key.get() && b.bound.is_none() =>
            {
                Some(b.func)
            }
            _ => None,
        }
    }

    /// The next item of a specialised `for`: when the loop variable is a plain local
    /// (a `StoreFast` follows), stored there directly, saving the push and the
    /// `StoreFast` dispatch.
    #[inline(always)]
    fn push_or_store_next(
        &mut self,
        code: &crate::compiler::CodeObject,
        pc: &mut usize,
        base: usize,
        v: Value,
    ) {
        if let Some(Instr::StoreFast { idx }) = code.instrs.get(*pc) {
            discard(std::mem::replace(&mut self.stack[base + *idx as usize], v));
            *pc += 1;
        } else {
            self.stack.push(v);
        }
    }

    /// After a specialised global load: the `PushUndef` of a call that usually
    /// follows is done here, saving its dispatch.
    #[inline(always)]
    fn push_undef_if_next(&mut self, code: &crate::compiler::CodeObject, pc: &mut usize) {
        if let Some(Instr::PushUndef) = code.instrs.get(*pc) {
            self.stack.push(Value::Undef);
            *pc += 1;
        }
    }

    /// Pops down to `len` items, releasing them with the inline fast paths of
    /// `discard` (a `truncate` calls the out-of-line drop glue for each).
    #[inline(always)]
    fn drop_to(&mut self, len: usize) {
        while self.stack.len() > len {
            let v = self.pop();
            discard(v);
        }
    }

    /// Replaces the two top items with `v`.
    #[inline(always)]
    fn replace_top2(&mut self, v: Value) {
        let n = self.stack.len();
        let old = self.stack.pop();
        discard(old.unwrap_or_default());
        discard(std::mem::replace(&mut self.stack[n - 2], v));
    }

    /// Drops the two top items.
    #[inline(always)]
    fn pop2(&mut self) {
        let b = self.pop();
        let a = self.pop();
        discard(b);
        discard(a);
    }

    /// The comparison of a specialised compare (`K`: which operand types it is
    /// specialised for) on the two top items, or `None` when they are not those types.
    #[inline(always)]
    fn spec_compare<const K: u8>(&self, op: u32) -> Option<bool> {
        let n = self.stack.len();
        let cmp = Cmp::from_index(op);
        let (a, b) = (&self.stack[n - 2], &self.stack[n - 1]);
        Some(match (K, a, b) {
            (CMP_INT, Value::Int(x), Value::Int(y)) => cmp.test(x.cmp(y)),
            (CMP_FLOAT, Value::Float(x), Value::Float(y)) => float_cmp(cmp, x.get(), y.get()),
            (CMP_MIXED, Value::Int(x), Value::Float(y)) => ops::cmp_int_float(cmp, *x, y.get()),
            (CMP_MIXED, Value::Float(x), Value::Int(y)) => {
                ops::cmp_int_float(cmp.swapped(), *y, x.get())
            }
            (CMP_STR, Value::Str(x), Value::Str(y)) => str_compare(cmp, x, y),
            _ => return None,
        })
    }

    /// The generic binary operation on the two top items (for the cases a specialised
    /// form leaves to it: overflow into big ints, division by zero).
    #[cold]
    fn binary_slow(&mut self, op: u32, pc: usize) -> PyResult<()> {
        let b = self.pop();
        let a = self.pop();
        self.save_pc(pc);
        let r = ops::binary_op(self, op, a, b, false)?;
        self.stack.push(r);
        Ok(())
    }

    /// The generic `container[key]` on the two top items.
    fn subscr_slow(&mut self, pc: usize) -> PyResult<()> {
        let key = self.pop();
        let container = self.pop();
        self.save_pc(pc);
        let r = ops::getitem(self, &container, &key)?;
        self.stack.push(r);
        Ok(())
    }

    /// The generic `container[key] = value` with stack `value container key`.
    fn store_subscr_slow(&mut self, pc: usize) -> PyResult<()> {
        let key = self.pop();
        let container = self.pop();
        let v = self.pop();
        self.save_pc(pc);
        ops::setitem(self, &container, key, v)
    }

    #[inline]
    fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::Undef)
    }

    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len() - n;
        self.stack.split_off(at)
    }

    #[inline]
    fn frame(&self) -> &Frame {
        self.frames.last().expect("a running frame")
    }

    /// `a <op> b`, with the int and float cases inline.
    #[inline(always)]
    fn compare(&mut self, op: u32, a: Value, b: Value, pc: usize) -> PyResult<Value> {
        let cmp = Cmp::from_index(op);
        let r = match (&a, &b) {
            (Value::Int(x), Value::Int(y)) => cmp.test(x.cmp(y)),
            (Value::Float(x), Value::Float(y)) => float_cmp(cmp, x.get(), y.get()),
            (Value::Int(x), Value::Float(y)) => ops::cmp_int_float(cmp, *x, y.get()),
            (Value::Float(x), Value::Int(y)) => ops::cmp_int_float(cmp.swapped(), *y, x.get()),
            (Value::Str(x), Value::Str(y)) if matches!(cmp, Cmp::Eq | Cmp::Ne) => {
                (Rc::ptr_eq(x, y) || x.as_str() == y.as_str()) == (cmp == Cmp::Eq)
            }
            _ => {
                self.save_pc(pc);
                return ops::compare(self, cmp, &a, &b);
            }
        };
        discard(a);
        discard(b);
        Ok(Value::bool(r))
    }

    #[inline]
    fn save_pc(&mut self, pc: usize) {
        if let Some(f) = self.frames.last_mut() {
            f.pc = pc;
        }
    }

    fn cell(&self, idx: u32) -> Rc<PyCell> {
        self.frame().cells[idx as usize].clone()
    }

    fn cell_name(&self, code: &crate::compiler::CodeObject, idx: u32) -> String {
        code.cellvars
            .iter()
            .chain(&code.freevars)
            .nth(idx as usize)
            .map(|s| s.as_str().to_string())
            .unwrap_or_default()
    }

    fn load_global(&mut self, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = ops::dict_get_pystr(&self.frame().globals.dict, name) {
            return Ok(v);
        }
        if let Some(v) = ops::dict_get_pystr(&self.builtins.dict, name) {
            return Ok(v);
        }
        let f = self.frame();
        let locals = f.code.varnames.clone();
        let globals = f.globals.clone();
        Err(
            name_error(format!("name '{}' is not defined", name.as_str())).with_suggest(
                crate::runtime::exceptions::Suggest::Name {
                    name: name.clone(),
                    locals,
                    globals,
                },
            ),
        )
    }

    fn make_function(
        &mut self,
        code: &crate::compiler::CodeObject,
        ci: usize,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
    ) -> Value {
        let child = code.children[ci].clone();
        let closure: Vec<Rc<PyCell>> = code.child_closures[ci]
            .iter()
            .map(|&src| self.frame().cells[src as usize].clone())
            .collect();
        let defaults = match defaults {
            Some(Value::Tuple(t)) => t.items.to_vec(),
            _ => Vec::new(),
        };
        let kwdefaults = match kwdefaults {
            Some(Value::Dict(d)) => d
                .table
                .borrow()
                .iter()
                .filter_map(|e| match &e.key {
                    Value::Str(k) => Some((k.clone(), e.value.clone())),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let f = Function {
            name: std::cell::RefCell::new(Rc::new(PyStr::new(&*child.name))),
            qualname: Rc::new(PyStr::new(&*child.qualname)),
            code: child,
            globals: self.frame().globals.clone(),
            defaults,
            kwdefaults,
            closure,
            attrs: std::cell::RefCell::new(None),
        };
        let f = Rc::new(f);
        crate::runtime::gc::track_function(&f);
        Value::Function(f)
    }

    /// Performs a call whose callable, self slot and `argc` arguments are on the stack.
    fn call_instr(&mut self, argc: usize, kwnames: Option<Value>) -> PyResult<CallOutcome> {
        let callable_idx = self.stack.len() - argc - 2;
        // A stored bound method is unpacked into the method-call layout.
        if let Value::BoundMethod(m) = &self.stack[callable_idx]
            && let Value::Undef = self.stack[callable_idx + 1]
        {
            let m = m.clone();
            self.stack[callable_idx] = m.func.clone();
            self.stack[callable_idx + 1] = m.receiver.clone();
        }
        // `Class(...)` with a Python `__init__` runs `__init__` in a frame of this
        // loop (deep recursion through constructors needs no native stack).
        let mut init_instance = None;
        if let Value::Class(cls) = &self.stack[callable_idx]
            && cls.kind == TypeKind::User
            && !(self.attr_hooks_in_use && class_ops::defines(cls, "__new__"))
            && matches!(self.stack[callable_idx + 1], Value::Undef)
            && let Some(init @ Value::Function(_)) = class_ops::class_lookup(cls, &self.init_name)
        {
            let inst = class_ops::new_plain_instance(cls);
            self.stack[callable_idx] = init;
            self.stack[callable_idx + 1] = inst.clone();
            init_instance = Some(inst);
        }
        if let Value::Function(f) = &self.stack[callable_idx] {
            let f = f.clone();
            let has_self = !matches!(self.stack[callable_idx + 1], Value::Undef);
            let mut base = if has_self {
                callable_idx + 1
            } else {
                callable_idx + 2
            };
            let nargs = argc + has_self as usize;
            let code = &f.code;
            let simple = kwnames.is_none()
                && !code.has_varargs
                && !code.has_varkw
                && code.kwonlyargcount == 0
                && nargs <= code.argcount as usize
                && nargs + f.defaults.len() >= code.argcount as usize;
            if simple {
                let argcount = code.argcount as usize;
                if nargs < argcount {
                    let skip = f.defaults.len() - (argcount - nargs);
                    self.stack.extend(f.defaults[skip..].iter().cloned());
                }
                for _ in argcount..code.nlocals() {
                    self.stack.push(Value::Undef);
                }
            } else {
                let args = self.take_args(callable_idx, argc, kwnames)?;
                let locals = bind_arguments(self, &f, args)?;
                // `take_args` left only the callable: the locals start right after it.
                base = callable_idx + 1;
                self.stack.extend(locals);
            }
            let mut frame = self.function_frame(&f, base, callable_idx, false);
            frame.init_instance = init_instance;
            if frame.code.is_generator {
                let g = self.new_generator(frame);
                self.stack.push(g);
                return Ok(CallOutcome::Pushed);
            }
            self.push_frame(frame)?;
            return Ok(CallOutcome::NewFrame);
        }
        if kwnames.is_none()
            && let Value::Builtin(b) = &self.stack[callable_idx]
        {
            return self.call_builtin_positional(b.func, b.bound.clone(), callable_idx);
        }
        let args = self.take_args(callable_idx, argc, kwnames)?;
        let callable = self.pop();
        let r = match &callable {
            Value::Builtin(b) => {
                let mut args = args;
                if let Some(recv) = &b.bound {
                    args.pos.insert(0, recv.clone());
                }
                (b.func)(self, &mut args)?
            }
            _ => self.call_with(&callable, args)?,
        };
        self.stack.push(r);
        Ok(CallOutcome::Pushed)
    }

    /// Calls a built-in with positional arguments only (the common case), moving the
    /// arguments straight from the stack into its `Args`.
    #[inline]
    fn call_builtin_positional(
        &mut self,
        func: NativeFn,
        bound: Option<Value>,
        callable_idx: usize,
    ) -> PyResult<CallOutcome> {
        let first = if matches!(self.stack[callable_idx + 1], Value::Undef) {
            callable_idx + 2
        } else {
            callable_idx + 1
        };
        // Argument vectors are recycled: a built-in call allocates nothing.
        let mut pos = self.arg_vecs.pop().unwrap_or_default();
        if let Some(recv) = bound {
            pos.push(recv);
        }
        // Moving one value at a time is much cheaper than a `drain` for the one to
        // three arguments of a typical call.
        let n = self.stack.len() - first;
        pos.reserve(n);
        match n {
            0 => {}
            1 => {
                let x = self.pop();
                pos.push(x);
            }
            2 => {
                let y = self.pop();
                let x = self.pop();
                pos.push(x);
                pos.push(y);
            }
            3 => {
                let z = self.pop();
                let y = self.pop();
                let x = self.pop();
                pos.push(x);
                pos.push(y);
                pos.push(z);
            }
            _ => pos.extend(self.stack.drain(first..)),
        }
        self.drop_to(callable_idx);
        let mut args = Args {
            pos,
            kw: Vec::new(),
        };
        let r = func(self, &mut args);
        let Args { mut pos, kw } = args;
        // The keyword vector is empty here unless the built-in filled it: skip the
        // out-of-line drop in the common case.
        if kw.capacity() != 0 {
            drop(kw);
        } else {
            std::mem::forget(kw);
        }
        while let Some(v) = pos.pop() {
            discard(v);
        }
        if self.arg_vecs.len() < 16 {
            self.arg_vecs.push(pos);
        }
        self.stack.push(r?);
        Ok(CallOutcome::Pushed)
    }

    /// `s += t` on strings where the next instruction stores the result back into the
    /// variable `s` came from: drop the variable's reference first, so that an
    /// unshared `s` is appended to in place (CPython's `unicode_concatenate` trick;
    /// without it a loop building a string is quadratic). Gives `a` back when the
    /// trick does not apply. `base` is `None` for a step of native code, which keeps
    /// its locals itself (and moves the variable's value into the step).
    fn inplace_str_concat(
        &mut self,
        code: &super::CodeObject,
        pc: usize,
        base: Option<usize>,
        op: u32,
        a: Value,
        b: &Value,
    ) -> Result<Value, Value> {
        let (Value::Str(_), Value::Str(t)) = (&a, b) else {
            return Err(a);
        };
        if op != crate::compiler::bytecode::bin_op_index(crate::syntax::ast::BinOp::Add) {
            return Err(a);
        }
        // `pc` already points at the next instruction.
        match code.instrs.get(pc).copied() {
            Some(Instr::StoreFast { idx }) | Some(Instr::StoreFastPair { a: idx, .. }) => {
                if let Some(base) = base {
                    let slot = base + idx as usize;
                    if !self.stack[slot].is(&a) {
                        return Err(a);
                    }
                    self.stack[slot] = Value::Undef;
                }
            }
            Some(Instr::StoreGlobal { name }) | Some(Instr::StoreName { name })
                if self.frame().namespace.is_none() =>
            {
                let globals = self.frame().globals.dict.clone();
                let n = &code.names[name as usize];
                if !ops::dict_get_pystr(&globals, n).is_some_and(|v| v.is(&a)) {
                    return Err(a);
                }
                if ops::dict_set_pystr(&globals, n, Value::None).is_err() {
                    return Err(a);
                }
            }
            _ => return Err(a),
        }
        let Value::Str(mut s) = a else {
            return Err(a);
        };
        match Rc::get_mut(&mut s) {
            Some(unshared) => {
                unshared.push_str(t);
                Ok(Value::Str(s))
            }
            None => {
                // Shared elsewhere: a fresh string (the variable is stored right after).
                let mut out = String::with_capacity(s.as_str().len() + t.as_str().len());
                out.push_str(s.as_str());
                out.push_str(t.as_str());
                Ok(Value::str(out))
            }
        }
    }

    /// Moves the arguments of a call off the stack (leaving the callable on top).
    fn take_args(
        &mut self,
        callable_idx: usize,
        argc: usize,
        kwnames: Option<Value>,
    ) -> PyResult<Args> {
        let mut pos = Vec::with_capacity(argc + 1);
        let self_slot = std::mem::take(&mut self.stack[callable_idx + 1]);
        if !matches!(self_slot, Value::Undef) {
            pos.push(self_slot);
        }
        let mut kw = Vec::new();
        let first_arg = callable_idx + 2;
        match kwnames {
            Some(Value::Tuple(names)) => {
                let nkw = names.items.len();
                let npos = argc - nkw;
                let mut drained = self.stack.drain(first_arg..);
                for _ in 0..npos {
                    pos.push(drained.next().unwrap_or_default());
                }
                for name in names.items.iter() {
                    let v = drained.next().unwrap_or_default();
                    if let Value::Str(n) = name {
                        kw.push((n.clone(), v));
                    }
                }
            }
            _ => pos.extend(self.stack.drain(first_arg..)),
        }
        self.stack.truncate(callable_idx + 1);
        Ok(Args { pos, kw })
    }

    /// `with`'s entry: the manager's bound `__exit__` and what its `__enter__`
    /// returned. Both methods are looked up on the type, as CPython does.
    fn enter_context(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        use crate::runtime::class_ops::{bind, lookup_special};
        let methods = match (
            lookup_special(self, &mgr, "__enter__"),
            lookup_special(self, &mgr, "__exit__"),
        ) {
            (Some(enter), Some(exit)) => Ok((enter, exit)),
            (None, _) => Err(""),
            (Some(_), None) => Err(" (missed __exit__ method)"),
        };
        let (enter, exit) = methods.map_err(|detail| {
            type_error(format!(
                "'{}' object does not support the context manager protocol{detail}",
                type_name(self, &mgr)
            ))
        })?;
        let entered = self.call(&enter, std::slice::from_ref(&mgr))?;
        Ok((bind(exit, &mgr), entered))
    }

    fn raise_instr(&mut self, argc: u32) -> PyErr {
        match argc {
            0 => {
                if let Value::None = self.handled_exc {
                    return runtime_error("No active exception to reraise");
                }
                let exc = self.handled_exc.clone();
                reraise(exc)
            }
            _ => {
                let cause = if argc == 2 { Some(self.pop()) } else { None };
                let exc = self.pop();
                let inst = match crate::runtime::class_ops::exception_instance(self, exc) {
                    Ok(i) => i,
                    Err(e) => return e,
                };
                if let Some(cause) = cause {
                    let cause_val = match cause {
                        Value::None => Value::None,
                        other => {
                            match crate::runtime::class_ops::exception_instance_or_cause_error(
                                self, other,
                            ) {
                                Ok(i) => Value::Instance(i),
                                Err(e) => return e,
                            }
                        }
                    };
                    if let Some(d) = inst.exc_data() {
                        let mut d = d.borrow_mut();
                        d.cause = cause_val;
                        d.suppress_context = true;
                    }
                }
                let mut err = PyErr::from_instance(inst);
                err.0.traceback.clear();
                // `raise e` keeps e's traceback and adds this frame again.
                if let ExcValue::Object(i) = &err.0.exc
                    && let Some(d) = i.exc_data()
                {
                    err.0.traceback = d.borrow().traceback.clone();
                }
                err
            }
        }
    }

    /// Unwinds frames until a handler takes `err`; returns `Err` when the entry frame
    /// is left.
    fn unwind(&mut self, mut err: PyErr) -> Result<(), PyErr> {
        loop {
            let Some(frame) = self.frames.last() else {
                return Err(err);
            };
            let at = frame.pc.saturating_sub(1);
            if err.0.reraised {
                err.0.reraised = false;
            } else {
                if !err.0.propagating
                    && err.0.context.is_none()
                    && let Value::Instance(_) = &self.handled_exc
                {
                    err.0.context = Some(self.handled_exc.clone());
                }
                err.0.propagating = true;
                err.0.traceback.push(TbEntry {
                    filename: frame.code.filename.clone(),
                    line: frame.code.line_of(at),
                    func: frame.code.name.clone(),
                });
            }
            if let Some(h) = frame.code.handler_for(at).copied() {
                let keep = frame.base + frame.code.nlocals() + h.depth as usize;
                let exc = self.materialize(&mut err);
                self.stack.truncate(keep);
                self.stack.push(Value::Instance(exc));
                if let Some(f) = self.frames.last_mut() {
                    f.pc = h.handler as usize;
                }
                return Ok(());
            }
            let frame = self.frames.pop().expect("frame");
            self.stack.truncate(frame.ret_to);
            if frame.is_entry {
                return Err(err);
            }
        }
    }

    /// Turns the error's exception into an instance (creating it if lazy), recording
    /// its traceback and context on it.
    pub fn materialize(&mut self, err: &mut PyErr) -> Rc<Instance> {
        let inst = match &err.0.exc {
            ExcValue::Object(i) => i.clone(),
            ExcValue::Lazy { kind, args } => {
                let cls = self.types.exc_class(*kind);
                crate::runtime::class_ops::new_exception(&cls, args.clone())
            }
        };
        if let Some(d) = inst.exc_data() {
            let mut d = d.borrow_mut();
            d.traceback = err.0.traceback.clone();
            if let Some(sg) = err.0.suggest.take() {
                d.suggest = Some(sg);
            }
            if let Some(ctx) = err.0.context.take()
                && !ctx.is(&Value::Instance(inst.clone()))
            {
                d.context = ctx;
            }
        }
        err.0.exc = ExcValue::Object(inst.clone());
        inst
    }
}

enum CallOutcome {
    /// A native call finished and pushed its result.
    Pushed,
    /// A Python frame was pushed; the loop continues in it.
    NewFrame,
}

/// Whether a specialised form does exactly what its generic instruction does, no
/// more (the fused compare-and-jump forms, the `for` forms that store into the next
/// instructions' locals and `list.append` that skips its `PopTop` do more).
fn steps_alone(instr: Instr) -> bool {
    !matches!(
        instr,
        Instr::CompareJumpInt { .. }
            | Instr::CompareJumpFloat { .. }
            | Instr::CompareJumpMixed { .. }
            | Instr::CompareJumpStr { .. }
            | Instr::ForIterRange { .. }
            | Instr::ForIterList { .. }
            | Instr::ForIterTuple { .. }
            | Instr::ForIterStr { .. }
            | Instr::ForIterEnumerate { .. }
            | Instr::CallListAppend { .. }
    )
}

fn reraise(exc: Value) -> PyErr {
    match exc {
        Value::Instance(i) => {
            let mut e = PyErr::from_instance(i);
            e.0.reraised = true;
            e
        }
        _ => runtime_error("No active exception to reraise"),
    }
}

/// The `UnboundLocalError` for reading local `idx` before it is bound.
#[cold]
fn unbound_local_error(code: &crate::compiler::CodeObject, idx: u32) -> PyErr {
    unbound_local(format!(
        "cannot access local variable '{}' where it is not associated with a value",
        code.varnames[idx as usize].as_str()
    ))
}

/// Whether `f` can be entered with `nargs` positional arguments and nothing else:
/// no `*args`, `**kwargs` or keyword-only parameters, not a generator, and the
/// defaults cover what is missing.
#[inline(always)]
pub(super) fn takes_positional(f: &Function, nargs: usize) -> bool {
    let c = &f.code;
    let argcount = c.argcount as usize;
    !c.has_varargs
        && !c.has_varkw
        && c.kwonlyargcount == 0
        && !c.is_generator
        && nargs <= argcount
        && nargs + f.defaults.len() >= argcount
}

/// `spec_compare` kinds.
const CMP_INT: u8 = 0;
const CMP_FLOAT: u8 = 1;
const CMP_MIXED: u8 = 2;
const CMP_STR: u8 = 3;

/// Whether the iterator `state` is of the kind a specialised `ForIter*` expects.
fn iter_kind_matches(instr: Instr, state: &std::cell::RefCell<IterState>) -> bool {
    let Ok(st) = state.try_borrow() else {
        return false;
    };
    matches!(
        (instr, &*st),
        (Instr::ForIterList { .. }, IterState::List { .. })
            | (Instr::ForIterTuple { .. }, IterState::Tuple { .. })
            | (Instr::ForIterStr { .. }, IterState::Str { .. })
    )
}

#[inline(always)]
fn float_cmp(cmp: Cmp, x: f64, y: f64) -> bool {
    cmp.test_f64(x, y)
}

/// Inline arithmetic on ints and floats; `None` defers to the generic path (which
/// also handles overflow into big ints and every error).
#[inline(always)]
fn fast_binary(op: u32, a: &Value, b: &Value) -> Option<Value> {
    // Two compares per type pair (a chain of conditional branches, which predict
    // well) rather than a match on the tags (a jump table, which does not).
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        return float_op(op, x.get(), y.get());
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return fast_int_op(op, *x, *y);
    }
    fast_binary_mixed(op, a, b)
}

/// `fast_binary` for int/float and int/bool mixes.
#[inline(never)]
fn fast_binary_mixed(op: u32, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Bool(y)) => fast_int_op(op, *x, y.get() as i64),
        (Value::Bool(x), Value::Int(y)) => fast_int_op(op, x.get() as i64, *y),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => {
            float_op(op, *x as f64, y.get())
        }
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
            float_op(op, x.get(), *y as f64)
        }
        _ => None,
    }
}

/// Records the type of an item a subscript site read (in its cache's `index`,
/// a bit per value tag; unused by the subscript forms otherwise): tier 2
/// speculates on the item type of a site that has seen one type only
/// (`jit::types::subscr_item_tag`).
#[inline(always)]
fn note_item_tag(cache: &crate::compiler::InlineCache, v: &Value) {
    let bit = 1u32 << crate::runtime::value::tag_of(v).min(31);
    let seen = cache.index.get();
    if seen & bit == 0 {
        cache.index.set(seen | bit);
    }
}

/// `container[index]` of a list or tuple by an in-range int, else `None` (the
/// generic path raises the `IndexError`).
#[inline(always)]
fn fast_subscr(container: &Value, index: &Value) -> Option<Value> {
    let Value::Int(i) = *index else {
        return None;
    };
    match container {
        Value::List(l) => {
            let items = l.items.try_borrow().ok()?;
            let j = if i < 0 { i + items.len() as i64 } else { i };
            items.get(usize::try_from(j).ok()?).cloned()
        }
        Value::Tuple(t) => {
            let j = if i < 0 { i + t.items.len() as i64 } else { i };
            t.items.get(usize::try_from(j).ok()?).cloned()
        }
        _ => None,
    }
}

/// `x <cmp> y` on two strs (code-point order is UTF-8 byte order); equal addresses
/// answer `==` without looking at the text.
#[inline(always)]
fn str_compare(cmp: Cmp, x: &Rc<PyStr>, y: &Rc<PyStr>) -> bool {
    if Rc::ptr_eq(x, y) {
        return cmp.test(std::cmp::Ordering::Equal);
    }
    let (a, b) = (x.as_str().as_bytes(), y.as_str().as_bytes());
    // One-character strings, the common case of `ca != cb`, without a memcmp call.
    if let ([p], [q]) = (a, b) {
        return cmp.test(p.cmp(q));
    }
    cmp.test(a.cmp(b))
}

/// Inline comparison `a <cmp> b` of ints and floats (`cmp`: a `CompareOp` index);
/// `None` defers to the generic path.
#[inline(always)]
fn fast_compare(cmp: u32, a: &Value, b: &Value) -> Option<bool> {
    let cmp = Cmp::from_index(cmp);
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Some(cmp.test(x.cmp(y)));
    }
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        return Some(cmp.test_f64(x.get(), y.get()));
    }
    match (a, b) {
        (Value::Int(x), Value::Float(y)) => Some(ops::cmp_int_float(cmp, *x, y.get())),
        (Value::Float(x), Value::Int(y)) => Some(ops::cmp_int_float(cmp.swapped(), *y, x.get())),
        _ => None,
    }
}

/// `x op y` on two small ints when the result needs no big int, else `None`.
#[inline(always)]
fn fast_int_op(op: u32, x: i64, y: i64) -> Option<Value> {
    use crate::compiler::bytecode::binop::*;
    Some(Value::Int(match op {
        ADD => x.checked_add(y)?,
        SUB => x.checked_sub(y)?,
        MULT => x.checked_mul(y)?,
        FLOOR_DIV if y > 0 => x.div_euclid(y),
        MOD if y > 0 => x.rem_euclid(y),
        BIT_AND => x & y,
        BIT_OR => x | y,
        BIT_XOR => x ^ y,
        DIV if y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) => {
            return Some(Value::float(x as f64 / y as f64));
        }
        _ => return None,
    }))
}

#[inline(always)]
fn float_op(op: u32, x: f64, y: f64) -> Option<Value> {
    use crate::compiler::bytecode::binop::*;
    // `+ - *` by a table lookup, not a branch on the operator: one instance of
    // this code serves every site, and a jump on `op` would be mispredicted.
    const _: () = assert!(ADD == 0 && SUB == 1 && MULT == 2);
    if op <= MULT {
        return Some(Value::float([x + y, x - y, x * y][op as usize]));
    }
    if op == DIV && y != 0.0 {
        return Some(Value::float(x / y));
    }
    None
}

/// The general argument binder: positional, keyword, defaults, `*args`, `**kwargs`,
/// with CPython's error messages.
pub(super) fn bind_arguments(vm: &mut Vm, f: &Function, args: Args) -> PyResult<Vec<Value>> {
    let code = &f.code;
    // Errors name the function by its `__qualname__`, as assigned.
    let qual_name = f.display_qualname();
    let qual = qual_name.as_str();
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let mut locals: Vec<Value> = vec![Value::Undef; code.nlocals()];
    let Args { pos, kw } = args;
    let npos = pos.len();
    // Positional parameters.
    let mut extra: Vec<Value> = Vec::new();
    for (i, v) in pos.into_iter().enumerate() {
        if i < argcount {
            locals[i] = v;
        } else {
            extra.push(v);
        }
    }
    let mut slot = argcount + kwonly;
    // Too many positional arguments is reported after the keywords are bound
    // (CPython's order: a keyword error wins).
    let mut too_many = None;
    if code.has_varargs {
        locals[slot] = Value::tuple(extra);
        slot += 1;
    } else if !extra.is_empty() {
        let ndefaults = f.defaults.len();
        let given_kwonly = kw
            .iter()
            .filter(|(k, _)| {
                code.varnames[argcount..argcount + kwonly]
                    .iter()
                    .any(|n| n.as_str() == k.as_str())
            })
            .count();
        let takes = if ndefaults > 0 {
            format!("from {} to {}", argcount - ndefaults, argcount)
        } else {
            argcount.to_string()
        };
        let plural = if argcount == 1 && ndefaults == 0 {
            ""
        } else {
            "s"
        };
        let was = if npos == 1 { "was" } else { "were" };
        let kwpart = if given_kwonly > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if npos == 1 { "" } else { "s" },
                given_kwonly,
                if given_kwonly == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        too_many = Some(type_error(if given_kwonly > 0 {
            format!(
                "{qual}() takes {takes} positional argument{plural} but {npos}{kwpart} were given"
            )
        } else {
            format!("{qual}() takes {takes} positional argument{plural} but {npos} {was} given")
        }));
    }
    let kwargs_dict = if code.has_varkw {
        let d = crate::runtime::dict::DictTable::new();
        Some(d)
    } else {
        None
    };
    let mut kwargs_dict = kwargs_dict;
    // Positional-only parameters named by keywords (an error unless `**kwargs`
    // takes them): reported at the first keyword that names no parameter.
    let posonly = &code.varnames[..code.posonlyargcount as usize];
    let posonly_as_kw: Vec<Rc<PyStr>> = if code.has_varkw || posonly.is_empty() {
        Vec::new()
    } else {
        kw.iter()
            .filter(|(k, _)| posonly.iter().any(|n| n.as_str() == k.as_str()))
            .map(|(k, _)| k.clone())
            .collect()
    };
    for (k, v) in kw {
        let idx = code.varnames[..argcount + kwonly]
            .iter()
            .position(|n| n.as_str() == k.as_str());
        match idx {
            Some(i) if i >= code.posonlyargcount as usize => {
                if !matches!(locals[i], Value::Undef) {
                    return Err(type_error(format!(
                        "{qual}() got multiple values for argument '{}'",
                        k.as_str()
                    )));
                }
                locals[i] = v;
            }
            _ => match &mut kwargs_dict {
                Some(d) => {
                    let key = Value::Str(k.clone());
                    let h = k.hash();
                    d.insert(h, key, v, &mut |_, _| Ok(false))?;
                }
                None if !posonly_as_kw.is_empty() => {
                    let names: Vec<&str> = posonly_as_kw.iter().map(|n| n.as_str()).collect();
                    return Err(type_error(format!(
                        "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                        names.join(", ")
                    )));
                }
                None => {
                    return Err(type_error(format!(
                        "{qual}() got an unexpected keyword argument '{}'",
                        k.as_str()
                    )));
                }
            },
        }
    }
    if let Some(e) = too_many {
        return Err(e);
    }
    // Defaults for missing positional parameters.
    let ndefaults = f.defaults.len();
    let mut missing: Vec<String> = Vec::new();
    for (i, slot) in locals.iter_mut().enumerate().take(argcount) {
        if matches!(slot, Value::Undef) {
            if i + ndefaults >= argcount {
                *slot = f.defaults[i + ndefaults - argcount].clone();
            } else {
                missing.push(format!("'{}'", code.varnames[i].as_str()));
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{qual}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            join_names(&missing)
        )));
    }
    for (i, slot) in locals
        .iter_mut()
        .enumerate()
        .take(argcount + kwonly)
        .skip(argcount)
    {
        if matches!(slot, Value::Undef) {
            let name = &code.varnames[i];
            match f
                .kwdefaults
                .iter()
                .find(|(k, _)| k.as_str() == name.as_str())
            {
                Some((_, v)) => *slot = v.clone(),
                None => missing.push(format!("'{}'", name.as_str())),
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{qual}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            join_names(&missing)
        )));
    }
    if let Some(d) = kwargs_dict {
        locals[slot] = Value::dict(d);
    }
    let _ = vm;
    Ok(locals)
}

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        n => format!("{}, and {}", names[..n - 1].join(", "), names[n - 1]),
    }
}
