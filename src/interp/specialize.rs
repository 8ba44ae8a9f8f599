//! Tier 1: quickening. A generic instruction counts its executions in its inline
//! cache; once warm (and the profiler agrees) it is rewritten in place into the
//! specialised form that matches the operands it sees now, with whatever the form's
//! guard checks stored in the cache. A specialised form whose guard fails calls
//! [`Vm::despecialize`], which writes the generic instruction back and backs off
//! exponentially before the next attempt, so a site that keeps changing type does not
//! flap. This is CPython's `specialize.c`; the forms themselves are in the instruction
//! table (`compiler::bytecode`) and run in `eval.rs`.

use std::rc::Rc;

use super::Vm;
use crate::compiler::CodeObject;
use crate::compiler::bytecode::{BIN_OPS, Instr};
use crate::profile::{Promote, Site, TierEvent};
use crate::runtime::class::{Instance, TypeKind};
use crate::runtime::dict::DictTable;
use crate::runtime::iter::IterState;
use crate::runtime::value::{NativeFn, PyStr, Value};
use crate::syntax::ast::BinOp;

/// Largest back-off exponent: a site that never specialises is retried every
/// `specialize_after << MAX_BACKOFF` executions.
const MAX_BACKOFF: u32 = 12;

/// Whether `entry`'s key is the string `name`.
#[inline]
pub(super) fn key_is(key: &Value, name: &Rc<PyStr>) -> bool {
    match key {
        Value::Str(k) => Rc::ptr_eq(k, name) || k.as_str() == name.as_str(),
        _ => false,
    }
}

/// The entry index of the str key `name` in `table`.
pub(super) fn find_str(table: &DictTable, name: &Rc<PyStr>) -> Option<usize> {
    table
        .find(name.hash(), &Value::Str(name.clone()), &mut |_, _| {
            Ok(false)
        })
        .ok()
        .flatten()
}

/// The `index` of a `StoreAttrInstance` cache whose attribute was not in the
/// instance's dict: the store inserts by name.
pub(super) const STORE_BY_INSERT: u32 = u32::MAX;

/// The address that identifies a class in attribute caches.
#[inline]
pub(super) fn class_key(inst: &Instance) -> u64 {
    Rc::as_ptr(&inst.class) as usize as u64
}

impl Vm {
    /// Counts one execution of the generic instruction `instr` at `at` and, when it
    /// is warm, tries to specialise it. Returns whether `code.quick[at]` now holds a
    /// specialised form (the caller then dispatches again to run it).
    #[inline]
    pub(super) fn warm_up(&mut self, code: &CodeObject, at: usize, instr: Instr) -> bool {
        let cache = &code.caches[at];
        let w = cache.warmup.get();
        let (count, backoff) = ((w & 0xFFFF) + 1, w >> 16);
        let threshold = if backoff == 0 {
            self.thresholds.specialize_after
        } else {
            self.thresholds.specialize_after.max(1) << backoff
        };
        if count < threshold.min(0xFFFF) {
            cache.warmup.set(backoff << 16 | count);
            return false;
        }
        self.try_specialize(code, at, instr, count, backoff)
    }

    #[cold]
    fn try_specialize(
        &mut self,
        code: &CodeObject,
        at: usize,
        instr: Instr,
        count: u32,
        backoff: u32,
    ) -> bool {
        let cache = &code.caches[at];
        let chosen = self.specialized_form(code, at, instr);
        let accepted = chosen.is_some()
            && self.profiler.on_warm_instruction(&site(code, at), count) == Promote::Specialise;
        match chosen {
            Some(form) if accepted => {
                code.quick[at].set(form);
                cache.warmup.set(backoff << 16);
                let c = &code.counters;
                c.specializations.set(c.specializations.get() + 1);
                c.tier.set(c.tier.get().max(1));
                self.profiler.on_event(&TierEvent::Specialised {
                    site: site(code, at),
                    from: instr.name(),
                    to: form.name(),
                });
                true
            }
            _ => {
                cache.warmup.set((backoff + 1).min(MAX_BACKOFF) << 16);
                false
            }
        }
    }

    /// A specialised instruction's guard failed: the generic form goes back in place
    /// and the next attempt backs off.
    #[cold]
    pub(super) fn despecialize(&mut self, code: &CodeObject, at: usize) {
        let from = code.quick[at].get();
        code.quick[at].set(code.instrs[at]);
        let cache = &code.caches[at];
        let backoff = ((cache.warmup.get() >> 16) + 1).min(MAX_BACKOFF);
        cache.warmup.set(backoff << 16);
        let c = &code.counters;
        c.guard_misses.set(c.guard_misses.get() + 1);
        self.profiler.on_event(&TierEvent::Despecialised {
            site: site(code, at),
            from: from.name(),
        });
    }

    /// The specialised form of `instr` at `at` for the operands on the stack now,
    /// with its cache filled in; `None` when no form fits.
    fn specialized_form(&self, code: &CodeObject, at: usize, instr: Instr) -> Option<Instr> {
        use Instr::*;
        let n = self.stack.len();
        let cache = &code.caches[at];
        let tos = |k: usize| self.stack.get(n.checked_sub(k)?);
        Some(match instr {
            BinaryOp { op } | InplaceOp { op } => {
                let bin = BIN_OPS[op as usize];
                match (tos(2)?, tos(1)?) {
                    (Value::Int(_), Value::Int(_) | Value::Bool(_))
                    | (Value::Bool(_), Value::Int(_))
                        if int_op(bin) =>
                    {
                        BinaryOpInt { op }
                    }
                    (Value::Float(_), Value::Float(_)) if float_op(bin) => BinaryOpFloat { op },
                    (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_))
                        if float_op(bin) =>
                    {
                        BinaryOpMixed { op }
                    }
                    // `+=` on a str keeps the generic form: it concatenates in place.
                    (Value::Str(_), Value::Str(_))
                        if bin == BinOp::Add && matches!(instr, BinaryOp { .. }) =>
                    {
                        BinaryAddStr { op }
                    }
                    _ => return None,
                }
            }
            CompareOp { op } => match (tos(2)?, tos(1)?) {
                (Value::Int(_), Value::Int(_)) => CompareOpInt { op },
                (Value::Float(_), Value::Float(_)) => CompareOpFloat { op },
                (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => {
                    CompareOpMixed { op }
                }
                (Value::Str(_), Value::Str(_)) => CompareOpStr { op },
                _ => return None,
            },
            CompareJumpIfFalse { op, target } | CompareJumpIfTrue { op, target } => {
                let op = op
                    | if matches!(instr, CompareJumpIfTrue { .. }) {
                        8
                    } else {
                        0
                    };
                match (tos(2)?, tos(1)?) {
                    (Value::Int(_), Value::Int(_)) => CompareJumpInt { op, target },
                    (Value::Float(_), Value::Float(_)) => CompareJumpFloat { op, target },
                    (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => {
                        CompareJumpMixed { op, target }
                    }
                    (Value::Str(_), Value::Str(_)) => CompareJumpStr { op, target },
                    _ => return None,
                }
            }
            LoadGlobal { name } => {
                let key = &code.names[name as usize];
                let globals = &self.frames.last()?.globals.dict;
                let table = globals.table.try_borrow().ok()?;
                cache.key.set(table.keys_version());
                cache.key2.set(Rc::as_ptr(globals) as usize as u64);
                if let Some(i) = find_str(&table, key) {
                    cache.index.set(u32::try_from(i).ok()?);
                    LoadGlobalModule { name }
                } else {
                    let builtins = self.builtins.dict.table.try_borrow().ok()?;
                    let i = find_str(&builtins, key)?;
                    cache.index.set(u32::try_from(i).ok()?);
                    cache.key3.set(builtins.keys_version());
                    LoadGlobalBuiltin { name }
                }
            }
            LoadAttr { name } => {
                if let Value::Module(m) = tos(1)? {
                    self.cache_module_entry(code, at, m, name)?;
                    return Some(LoadAttrModule { name });
                }
                self.cache_instance_attr(code, at, tos(1)?, name)?;
                LoadAttrInstance { name }
            }
            StoreAttr { name } => {
                self.cache_instance_store(code, at, tos(1)?, name)?;
                StoreAttrInstance { name }
            }
            LoadMethod { name } => match tos(1)? {
                Value::Module(m) => {
                    self.cache_module_entry(code, at, m, name)?;
                    let table = m.dict.table.try_borrow().ok()?;
                    let native = table
                        .entry_at(cache.index.get() as usize)
                        .is_some_and(|e| matches!(e.value, Value::Builtin(_)));
                    cache.key3.set(u64::from(native));
                    LoadMethodModule { name }
                }
                Value::Instance(inst) => {
                    let key = &code.names[name as usize];
                    if !self.method_receiver(inst)
                        || find_str(&*inst.dict.try_borrow().ok()?, key).is_some()
                    {
                        return None;
                    }
                    let mro = inst.class.mro.borrow();
                    let (pos, i) = mro.iter().enumerate().find_map(|(pos, c)| {
                        let d = c.dict.try_borrow().ok()?;
                        Some((pos, find_str(&d, key)?))
                    })?;
                    let d = mro[pos].dict.try_borrow().ok()?;
                    let m = &d.entry_at(i)?.value;
                    if !is_cacheable_method(m) || pos > 0xFFFF || i > 0xFFFF {
                        return None;
                    }
                    cache.key3.set(u64::from(is_native_method(m)));
                    cache.index.set((pos as u32) << 16 | i as u32);
                    cache.key.set(class_key(inst));
                    cache.key2.set(self.class_epoch);
                    LoadMethodInstance { name }
                }
                // Built-in types cannot change: the method found now stays right for
                // every receiver of the same type.
                v if is_builtin_instance(v) => {
                    let key = &code.names[name as usize];
                    let m = crate::runtime::class_ops::class_lookup(&self.class_of(v), key)?;
                    if !matches!(&m, Value::Builtin(b) if b.bound.is_none() && b.owner.is_some()) {
                        return None;
                    }
                    let mut cached = code.method_cache.borrow_mut();
                    if cached.len() < code.names.len() {
                        cached.resize(code.names.len(), None);
                    }
                    cached[name as usize] = Some((std::mem::discriminant(v), m));
                    LoadMethodBuiltin { name }
                }
                _ => return None,
            },
            Call { argc } => {
                let callable_idx = n.checked_sub(argc as usize + 2)?;
                let has_self = !matches!(self.stack[callable_idx + 1], Value::Undef);
                match &self.stack[callable_idx] {
                    Value::Function(f) => {
                        let nargs = (argc + has_self as u32) as usize;
                        if !super::eval::takes_positional(f, nargs) {
                            return None;
                        }
                        cache.key.set(Rc::as_ptr(&f.code) as usize as u64);
                        if nargs == f.code.argcount as usize {
                            CallPyExact { argc }
                        } else {
                            CallPyWithDefaults { argc }
                        }
                    }
                    // `Class(...)` running a Python `__init__` (the same conditions as
                    // the generic call; a class change bumps the epoch).
                    Value::Class(cls)
                        if cls.kind == TypeKind::User
                            && !has_self
                            && !(self.attr_hooks_in_use
                                && crate::runtime::class_ops::defines(cls, "__new__")) =>
                    {
                        let mro = cls.mro.borrow();
                        let (pos, i) = mro.iter().enumerate().find_map(|(pos, c)| {
                            let d = c.dict.try_borrow().ok()?;
                            Some((pos, find_str(&d, &self.init_name)?))
                        })?;
                        let d = mro[pos].dict.try_borrow().ok()?;
                        let Value::Function(init) = &d.entry_at(i)?.value else {
                            return None;
                        };
                        if !super::eval::takes_positional(init, argc as usize + 1)
                            || pos > 0xFFFF
                            || i > 0xFFFF
                        {
                            return None;
                        }
                        cache.index.set((pos as u32) << 16 | i as u32);
                        cache.key.set(Rc::as_ptr(cls) as usize as u64);
                        cache.key2.set(self.class_epoch);
                        CallClassInit { argc }
                    }
                    Value::Builtin(b) if b.bound.is_none() => {
                        let func = b.func as usize;
                        cache.key.set(func as u64);
                        if func == crate::runtime::builtins::bi_len as NativeFn as usize
                            && argc == 1
                            && !has_self
                        {
                            CallLen { argc }
                        } else if (func == crate::runtime::builtins::bi_min as NativeFn as usize
                            || func == crate::runtime::builtins::bi_max as NativeFn as usize)
                            && argc >= 2
                            && !has_self
                        {
                            CallMinMax { argc }
                        } else if func == crate::runtime::methods::list_append as NativeFn as usize
                            && argc == 1
                            && matches!(self.stack[callable_idx + 1], Value::List(_))
                        {
                            CallListAppend { argc }
                        } else {
                            CallBuiltin { argc }
                        }
                    }
                    _ => return None,
                }
            }
            ForIter { target } => {
                let Value::Iter(state) = tos(1)? else {
                    return None;
                };
                match &*state.try_borrow().ok()? {
                    IterState::Enumerate {
                        inner: Value::Iter(inner),
                        count: Value::Int(_),
                    } if code.instrs.get(at + 1) == Some(&UnpackSequence { n: 2 }) => {
                        // The inner iterator's kind: what tier 2 speculates on.
                        let kind = inner.try_borrow().map_or(0, |st| st.inline_kind());
                        code.caches[at].index.set(kind);
                        ForIterEnumerate { target }
                    }
                    IterState::Range { .. } => ForIterRange { target },
                    IterState::List { .. } => ForIterList { target },
                    IterState::Tuple { .. } => ForIterTuple { target },
                    IterState::Str { .. } => ForIterStr { target },
                    _ => return None,
                }
            }
            BinarySubscr => match (tos(2)?, tos(1)?) {
                (Value::List(_), Value::Int(_)) => BinarySubscrListInt,
                (Value::Tuple(_), Value::Int(_)) => BinarySubscrTupleInt,
                (Value::Str(_), Value::Int(_)) => BinarySubscrStrInt,
                (Value::Dict(_), _) => BinarySubscrDict,
                _ => return None,
            },
            StoreSubscr => match (tos(2)?, tos(1)?) {
                (Value::List(_), Value::Int(_)) => StoreSubscrListInt,
                (Value::Dict(_), _) => StoreSubscrDict,
                _ => return None,
            },
            UnpackSequence { n: want } => match tos(1)? {
                Value::Tuple(t) if t.items.len() == want as usize && want == 2 => {
                    UnpackTuple2 { n: want }
                }
                Value::Tuple(t) if t.items.len() == want as usize && want == 3 => {
                    UnpackTuple3 { n: want }
                }
                _ => return None,
            },
            _ => return None,
        })
    }

    /// Fills the cache at `at` with where attribute `names[name]` is in the dict of
    /// the plain instance `v` (no property of that name on its class): the class,
    /// the class epoch and the entry index.
    fn cache_instance_attr(
        &self,
        code: &CodeObject,
        at: usize,
        v: &Value,
        name: u32,
    ) -> Option<()> {
        let Value::Instance(inst) = v else {
            return None;
        };
        let key = &code.names[name as usize];
        if !self.plain_instance(inst)
            || crate::runtime::descriptors::class_property(self, &inst.class, key).is_some()
        {
            return None;
        }
        let i = find_str(&*inst.dict.try_borrow().ok()?, key)?;
        let cache = &code.caches[at];
        cache.index.set(u32::try_from(i).ok()?);
        cache.key.set(class_key(inst));
        cache.key2.set(self.class_epoch);
        Some(())
    }

    /// Fills the cache of the `StoreAttr` at `at` for a plain instance: where
    /// the attribute is in its dict, or [`STORE_BY_INSERT`] when it is not there
    /// yet (an `__init__` setting it), so the store inserts it without looking
    /// for a descriptor again (the class key and epoch vouch for that).
    fn cache_instance_store(
        &self,
        code: &CodeObject,
        at: usize,
        v: &Value,
        name: u32,
    ) -> Option<()> {
        if self.cache_instance_attr(code, at, v, name).is_some() {
            return Some(());
        }
        let Value::Instance(inst) = v else {
            return None;
        };
        let key = &code.names[name as usize];
        if !self.plain_instance(inst)
            || inst.class.slots.borrow().is_some()
            || matches!(key.as_str(), "__class__" | "__dict__")
            || crate::runtime::descriptors::class_property(self, &inst.class, key).is_some()
        {
            return None;
        }
        let cache = &code.caches[at];
        cache.index.set(STORE_BY_INSERT);
        cache.key.set(class_key(inst));
        cache.key2.set(self.class_epoch);
        Some(())
    }

    /// Fills the cache at `at` with where `names[name]` is in module `m`'s dict.
    fn cache_module_entry(
        &self,
        code: &CodeObject,
        at: usize,
        m: &crate::runtime::value::Module,
        name: u32,
    ) -> Option<()> {
        let table = m.dict.table.try_borrow().ok()?;
        let i = find_str(&table, &code.names[name as usize])?;
        let cache = &code.caches[at];
        cache.index.set(u32::try_from(i).ok()?);
        cache.key.set(table.keys_version());
        cache.key2.set(Rc::as_ptr(&m.dict) as usize as u64);
        Some(())
    }

    /// An instance whose methods are looked up in its class as usual: a user class
    /// (native state such as `random.Random`'s is fine), not an exception, not a
    /// `super()` object, and no class intercepts attribute access.
    fn method_receiver(&self, inst: &Instance) -> bool {
        inst.class.kind == TypeKind::User
            && inst.exc.is_none()
            && !crate::runtime::class_ops::is_super(inst)
            && !self.attr_hooks_in_use
    }

    /// An instance whose attributes live in its dict and nothing intercepts lookups.
    fn plain_instance(&self, inst: &Instance) -> bool {
        inst.class.kind == TypeKind::User
            && inst.exc.is_none()
            && inst.native.is_none()
            && !self.attr_hooks_in_use
    }
}

/// A class attribute that a method call can take as `method, self` without binding:
/// a Python function, or a method of a native class (`random.Random.randrange`).
pub(super) fn is_cacheable_method(v: &Value) -> bool {
    matches!(v, Value::Function(_)) || is_native_method(v)
}

/// Whether `v` is a method of a native type (`list.append`, `Random.randrange`),
/// which binds to its receiver; a built-in function stored on a class (`abs`)
/// does not.
fn is_native_method(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if b.bound.is_none() && b.owner.is_some())
}

/// Operators `BinaryOpInt` computes inline (the rest need the generic path anyway).
fn int_op(op: BinOp) -> bool {
    use BinOp::*;
    matches!(
        op,
        Add | Sub | Mult | FloorDiv | Mod | BitAnd | BitOr | BitXor | Div
    )
}

/// Operators `BinaryOpFloat`/`BinaryOpMixed` compute inline.
fn float_op(op: BinOp) -> bool {
    matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mult | BinOp::Div)
}

/// What a receiver must be for `obj.name` to give the same built-in function
/// again: the key of native code's direct calls of built-in methods
/// (`jit::runtime::MethodSite`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ReceiverKey {
    /// An instance of the class at this address, at this class epoch, whose own
    /// dict does not hold the name.
    Instance {
        /// [`class_key`] of the class.
        class: u64,
        /// `Vm::class_epoch` then.
        epoch: u64,
    },
    /// This module, its dict at this version (any change of its globals).
    Module {
        /// The module's address.
        module: u64,
        /// Its dict's version.
        version: u64,
    },
    /// Any value of this built-in type (by tag: their methods cannot change).
    Type(u8),
}

impl Vm {
    /// The built-in function `obj.name` is, with the key a later receiver must
    /// match to give it too, and the object that key names (to be held, so that
    /// its address stays its own); `None` when it is not a built-in or not
    /// cacheable (lookup hooks, a shadowing instance attribute, ...).
    pub(crate) fn builtin_method_of(
        &self,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> Option<(ReceiverKey, Value, Value)> {
        use crate::runtime::class_ops::class_lookup;
        match obj {
            Value::Instance(inst) => {
                if !self.method_receiver(inst)
                    || find_str(&*inst.dict.try_borrow().ok()?, name).is_some()
                {
                    return None;
                }
                let m = class_lookup(&inst.class, name).filter(is_native_method)?;
                let key = ReceiverKey::Instance {
                    class: class_key(inst),
                    epoch: self.class_epoch,
                };
                Some((key, m, Value::Class(inst.class.clone())))
            }
            Value::Module(module) => {
                let d = module.dict.table.try_borrow().ok()?;
                let m = d.entry_at(find_str(&d, name)?)?.value.clone();
                let key = ReceiverKey::Module {
                    module: Rc::as_ptr(module) as u64,
                    version: d.version(),
                };
                matches!(m, Value::Builtin(_)).then(|| (key, m, obj.clone()))
            }
            v if is_builtin_instance(v) => {
                let m = class_lookup(&self.class_of(v), name).filter(is_native_method)?;
                let key = ReceiverKey::Type(crate::runtime::value::tag_of(v));
                Some((key, m, Value::None))
            }
            _ => None,
        }
    }

    /// Whether `obj` matches `key`, so that `obj.name` is the built-in
    /// [`Vm::builtin_method_of`] found with it. `verified` is the key-set version
    /// of an instance dict last seen without `name` (updated here).
    pub(crate) fn receiver_matches(
        &self,
        obj: &Value,
        key: ReceiverKey,
        name: &Rc<PyStr>,
        verified: &std::cell::Cell<u64>,
    ) -> bool {
        match (obj, key) {
            (Value::Instance(inst), ReceiverKey::Instance { class, epoch }) => {
                if class_key(inst) != class
                    || self.class_epoch != epoch
                    || !self.method_receiver(inst)
                {
                    return false;
                }
                let Ok(d) = inst.dict.try_borrow() else {
                    return false;
                };
                if d.is_empty() || d.keys_version() == verified.get() {
                    return true;
                }
                if find_str(&d, name).is_some() {
                    return false;
                }
                // Key-set versions are unique: another dict with this one has the
                // same keys, so the answer holds for it too.
                verified.set(d.keys_version());
                true
            }
            (Value::Module(m), ReceiverKey::Module { module, version }) => {
                Rc::as_ptr(m) as u64 == module
                    && m.dict
                        .table
                        .try_borrow()
                        .is_ok_and(|d| d.version() == version)
            }
            (v, ReceiverKey::Type(t)) => crate::runtime::value::tag_of(v) == t,
            _ => false,
        }
    }
}

#[inline]
/// Whether `v` is an instance of a built-in (immutable) type, whose methods can be
/// cached by the value's kind alone.
fn is_builtin_instance(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Range(_)
    )
}

/// The profiler's view of offset `at` in `code`.
pub(super) fn site(code: &CodeObject, at: usize) -> Site {
    Site {
        function: code.qualname.to_string(),
        filename: code.filename.to_string(),
        first_line: code.first_line,
        offset: at,
    }
}
