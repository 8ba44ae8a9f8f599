//! Speculated types: what native code assumes about each local at each block start.
//!
//! Before lowering, an abstract run over the plain instructions finds, at every
//! block start, each local's tag as far as it can be known: from constants, from
//! the arithmetic the lowering does inline (an int op int stays an int because an
//! overflow exits; float op float is a float), and from what the frame held when
//! the code was offered (a store of a value of unknown type into a local seen
//! holding, say, an int is guarded: another type exits). The lowering then treats
//! those tags as known, which takes tag tests and joins out of loops.
//!
//! Every assumption is checked where it comes in: at entries (native code
//! declines a frame that does not match), at guarded stores and on edges into a
//! block whose assumption the lowering cannot show. A check that fails names its
//! [`Assumption`]; the engine records it, throws the code away and compiles again
//! without it, so no loop keeps failing the same check.
//!
//! The rules for the tag of a result ([`binary_result`], [`negate_result`]) are
//! shared with the lowering, which emits exactly the paths they promise.

use super::runtime;
use crate::compiler::CodeObject;
use crate::compiler::bytecode::{Instr, binop};
use crate::runtime::iter::InlineIterKind;

/// Value tags (`Value`'s discriminants) native code tests.
pub(crate) mod tag {
    pub const UNDEF: u8 = 0;
    pub const NONE: u8 = 1;
    pub const BOOL: u8 = 2;
    pub const INT: u8 = 3;
    pub const FLOAT: u8 = 4;
    /// Tags from here on hold a reference-counted pointer.
    pub const FIRST_HEAP: u8 = 5;
    pub const STR: u8 = 6;
    pub const LIST: u8 = 7;
    pub const TUPLE: u8 = 8;
    pub const DICT: u8 = 9;
    pub const BUILTIN: u8 = 14;
    pub const ITER: u8 = 17;
    /// Not a tag: a local known to be bound, of unknown type.
    pub const BOUND: u8 = 255;
}

/// An assumption native code makes, as a check that failed reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Assumption {
    /// Local `n` has the type the analysis found wherever it found one.
    Local(u32),
    /// The int arithmetic at this offset does not overflow (or an int division
    /// stays exact in floats).
    Op(u32),
}

impl Assumption {
    /// The nonzero word native code writes for it (`JitCtx::failed`).
    pub(crate) fn code(self) -> u64 {
        match self {
            Assumption::Local(n) => 1 + (u64::from(n) << 1),
            Assumption::Op(pc) => 2 + (u64::from(pc) << 1),
        }
    }
    /// The assumption a nonzero `JitCtx::failed` word names.
    pub(crate) fn from_code(c: u64) -> Option<Assumption> {
        let n = u32::try_from((c.checked_sub(1)?) >> 1).ok()?;
        Some(if c & 1 == 1 {
            Assumption::Local(n)
        } else {
            Assumption::Op(n)
        })
    }
}

/// What the analysis starts from.
#[derive(Clone, Debug, Default)]
pub(crate) struct Speculation {
    /// The tag of each local when the code was offered (`UNDEF` when unbound or
    /// not seen).
    pub observed: Vec<u8>,
    /// Assumptions that failed in earlier compilations: not made again.
    pub failed: Vec<Assumption>,
}

impl Speculation {
    fn local_failed(&self, i: usize) -> bool {
        self.failed.contains(&Assumption::Local(i as u32))
    }
    /// Whether the int arithmetic at `pc` may assume it does not overflow.
    pub(crate) fn op_speculates(&self, pc: usize) -> bool {
        !self.failed.contains(&Assumption::Op(pc as u32))
    }
}

/// The type of a value a local holds, as far as known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ty {
    /// No value reaches here (only "unbound").
    Nothing,
    /// Always this tag.
    Is(u8),
    /// Any type.
    Any,
}

/// What is known of one local at a point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LocalType {
    /// Whether it may be unbound.
    pub maybe_unbound: bool,
    /// Its type when bound.
    pub ty: Ty,
}

impl LocalType {
    const UNBOUND: LocalType = LocalType {
        maybe_unbound: true,
        ty: Ty::Nothing,
    };
    const UNKNOWN: LocalType = LocalType {
        maybe_unbound: true,
        ty: Ty::Any,
    };

    fn bound(t: Option<u8>) -> LocalType {
        LocalType {
            maybe_unbound: false,
            ty: t.map_or(Ty::Any, Ty::Is),
        }
    }

    fn join(self, other: LocalType) -> LocalType {
        let ty = match (self.ty, other.ty) {
            (Ty::Nothing, t) | (t, Ty::Nothing) => t,
            (Ty::Is(a), Ty::Is(b)) if a == b => Ty::Is(a),
            _ => Ty::Any,
        };
        LocalType {
            maybe_unbound: self.maybe_unbound || other.maybe_unbound,
            ty,
        }
    }

    /// The tag it has when bound, if known.
    pub(crate) fn tag_if_bound(self) -> Option<u8> {
        match self.ty {
            Ty::Is(t) => Some(t),
            _ => None,
        }
    }
}

/// What the analysis found.
pub(crate) struct Types {
    /// The locals' types at each block start (by offset; `None` elsewhere and at
    /// unreachable blocks).
    pub at: Vec<Option<Vec<LocalType>>>,
    /// For each local, the tag a store of a value of unknown type is checked
    /// against (the value must have it, else native code exits).
    pub store_guard: Vec<Option<u8>>,
    /// What it started from.
    pub spec: Speculation,
}

/// Tags worth speculating on: the ones the lowering has fast paths for.
fn speculable(t: u8) -> bool {
    matches!(
        t,
        tag::BOOL | tag::INT | tag::FLOAT | tag::STR | tag::LIST | tag::TUPLE | tag::DICT
    )
}

/// The tag of `a op b` when native code computes it inline from operands whose
/// tags are known (`None`: it does not, or the result's type is not fixed). Int
/// overflow and inexact int division exit ([`Assumption::Op`]).
pub(crate) fn binary_result(op: u32, a: u8, b: u8) -> Option<u8> {
    use tag::{BOOL, FLOAT, INT};
    match (a, b) {
        // `+ - *` treat bools as 0 and 1.
        (INT, BOOL) | (BOOL, INT) | (BOOL, BOOL) => {
            matches!(op, binop::ADD | binop::SUB | binop::MULT).then_some(INT)
        }
        (INT, INT) => match op {
            binop::ADD
            | binop::SUB
            | binop::MULT
            | binop::BIT_AND
            | binop::BIT_OR
            | binop::BIT_XOR
            | binop::FLOOR_DIV
            | binop::MOD => Some(INT),
            binop::DIV => Some(FLOAT),
            _ => None,
        },
        (FLOAT, FLOAT) | (INT, FLOAT) | (FLOAT, INT) => {
            matches!(op, binop::ADD | binop::SUB | binop::MULT | binop::DIV).then_some(FLOAT)
        }
        _ => None,
    }
}

/// The tag of `a op b` for sequences, which is fixed whenever the operation
/// succeeds (`[0] * n` is a list, `s + t` of strs a str), though native code
/// computes it through the interpreter: what the analysis may assume of a local
/// it is stored in (an edge the lowering cannot show it on checks it).
fn sequence_result(op: u32, a: u8, b: u8) -> Option<u8> {
    use tag::{INT, LIST, STR, TUPLE};
    match (op, a, b) {
        (binop::ADD, LIST, LIST) => Some(LIST),
        (binop::ADD, TUPLE, TUPLE) => Some(TUPLE),
        (binop::ADD, STR, STR) => Some(STR),
        (binop::MULT, LIST, INT) | (binop::MULT, INT, LIST) => Some(LIST),
        (binop::MULT, TUPLE, INT) | (binop::MULT, INT, TUPLE) => Some(TUPLE),
        (binop::MULT, STR, INT) | (binop::MULT, INT, STR) => Some(STR),
        _ => None,
    }
}

/// The tag of `-a` when native code computes it inline (`-(2**63)` exits).
pub(crate) fn negate_result(a: u8) -> Option<u8> {
    matches!(a, tag::INT | tag::FLOAT).then_some(a)
}

/// The tag of `a <op> b` when native code compares inline from known tags.
pub(crate) fn compares_inline(op: u32, a: u8, b: u8) -> bool {
    match (a, b) {
        (tag::INT, tag::INT) | (tag::FLOAT, tag::FLOAT) => op < 6,
        // `==` and `!=` of two strs (a helper compares unequal pointers).
        (tag::STR, tag::STR) => op < 2,
        _ => false,
    }
}

/// How a `for` loop's `ForIter` is advanced inline: over an iterator of one
/// kind (tier 1's feedback: `ForIterRange`, `ForIterList`, `ForIterStr`), or
/// over `enumerate` of one (`ForIterEnumerate`, the inner kind in its cache)
/// with the `UnpackSequence 2` after it. Native code checks the kind and exits
/// ([`Assumption::Op`]) when it is another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ForKind {
    Plain(InlineIterKind),
    Enumerate(InlineIterKind),
}

/// Whether the `ForIter` at `pc` is followed by the `UnpackSequence 2` of a
/// `for a, b in ...` in the same block.
pub(crate) fn for_unpacks_pair(code: &CodeObject, block_start: &[bool], pc: usize) -> bool {
    matches!(code.plain.get(pc + 1), Some(Instr::UnpackSequence { n: 2 }))
        && !block_start.get(pc + 1).copied().unwrap_or(true)
}

/// The inline form of the `ForIter` at `pc`, if any.
pub(crate) fn for_kind(
    code: &CodeObject,
    block_start: &[bool],
    spec: &Speculation,
    pc: usize,
) -> Option<ForKind> {
    if !spec.op_speculates(pc) || runtime::layout().is_none() {
        return None;
    }
    let pair = for_unpacks_pair(code, block_start, pc);
    let plain = |k| (!pair).then_some(ForKind::Plain(k));
    match code.quick.get(pc)?.get() {
        Instr::ForIterRange { .. } => plain(InlineIterKind::Range),
        // A list's items may be pairs: the `UnpackSequence` after it unpacks them.
        Instr::ForIterList { .. } => Some(ForKind::Plain(InlineIterKind::List)),
        Instr::ForIterStr { .. } => plain(InlineIterKind::Str),
        Instr::ForIterEnumerate { .. } if pair => {
            InlineIterKind::from_code(code.caches[pc].index.get()).map(ForKind::Enumerate)
        }
        _ => None,
    }
}

/// The tag of `container[index]` at `pc` that native code assumes (and checks,
/// [`Assumption::Op`]): for a list and an int known as such, the one type of
/// item tier 1 saw read there, when it saw one only.
pub(crate) fn subscr_item_tag(
    code: &CodeObject,
    spec: &Speculation,
    pc: usize,
    container: Option<u8>,
    index: Option<u8>,
) -> Option<u8> {
    if container != Some(tag::LIST)
        || index != Some(tag::INT)
        || !spec.op_speculates(pc)
        || runtime::layout().is_none()
    {
        return None;
    }
    let seen = code.caches.get(pc)?.index.get();
    let t = u8::try_from(seen.trailing_zeros()).ok()?;
    (seen.count_ones() == 1 && speculable(t)).then_some(t)
}

/// The tag of the items an iterator of `kind` gives, when fixed.
pub(crate) fn item_tag(kind: InlineIterKind) -> Option<u8> {
    match kind {
        InlineIterKind::Range => Some(tag::INT),
        InlineIterKind::Str => Some(tag::STR),
        InlineIterKind::List => None,
    }
}

/// Runs the analysis over `code` (whose depths and block starts `plan` found).
pub(crate) fn analyse(
    code: &CodeObject,
    depth: &[Option<usize>],
    block_start: &[bool],
    spec: Speculation,
) -> Types {
    let n = code.plain.len();
    let nlocals = code.nlocals();
    let nparams = code.argcount as usize
        + code.kwonlyargcount as usize
        + usize::from(code.has_varargs)
        + usize::from(code.has_varkw);
    let observed = |i: usize| {
        spec.observed
            .get(i)
            .copied()
            .filter(|&t| speculable(t) && !spec.local_failed(i))
    };
    let store_guard: Vec<Option<u8>> = (0..nlocals).map(observed).collect();
    let mut at: Vec<Option<Vec<LocalType>>> = vec![None; n];
    let mut work: Vec<usize> = Vec::new();
    // A parameter captured by a closure moves into its cell at entry: its slot
    // is empty from then on.
    let in_cell = |i: usize| code.cell_params.iter().any(|&(_, l)| l as usize == i);
    let start: Vec<LocalType> = (0..nlocals)
        .map(|i| {
            if i < nparams && !in_cell(i) {
                LocalType::bound(observed(i))
            } else {
                LocalType::UNBOUND
            }
        })
        .collect();
    at[0] = Some(start);
    work.push(0);
    for h in &code.exc_table {
        let pc = h.handler as usize;
        if pc < n && at[pc].is_none() {
            at[pc] = Some(vec![LocalType::UNKNOWN; nlocals]);
            work.push(pc);
        }
    }
    let mut run = Run {
        code,
        spec: &spec,
        store_guard: &store_guard,
        block_start,
        at: &mut at,
        work: &mut work,
    };
    while let Some(pc) = run.work.pop() {
        if depth.get(pc).copied().flatten().is_none() {
            continue;
        }
        let Some(locals) = run.at[pc].clone() else {
            continue;
        };
        let stack = vec![None; depth[pc].unwrap_or(0)];
        run.block(pc, locals, stack);
    }
    Types {
        at,
        store_guard,
        spec,
    }
}

/// The abstract run's state.
struct Run<'a> {
    code: &'a CodeObject,
    spec: &'a Speculation,
    store_guard: &'a [Option<u8>],
    block_start: &'a [bool],
    at: &'a mut Vec<Option<Vec<LocalType>>>,
    work: &'a mut Vec<usize>,
}

impl Run<'_> {
    /// Joins `locals` into the block at `pc` (queueing it when that changed it).
    fn flow(&mut self, pc: usize, locals: &[LocalType]) {
        let failed = |i: usize| self.spec.local_failed(i);
        let incoming: Vec<LocalType> = locals
            .iter()
            .enumerate()
            .map(|(i, &l)| {
                if failed(i) && l.ty != Ty::Nothing {
                    LocalType { ty: Ty::Any, ..l }
                } else {
                    l
                }
            })
            .collect();
        let Some(slot) = self.at.get_mut(pc) else {
            return;
        };
        let joined = match slot {
            None => incoming,
            Some(old) => old.iter().zip(&incoming).map(|(a, b)| a.join(*b)).collect(),
        };
        if slot.as_ref() != Some(&joined) {
            *slot = Some(joined);
            self.work.push(pc);
        }
    }

    /// Runs the block starting at `pc` to its end.
    fn block(&mut self, mut pc: usize, mut locals: Vec<LocalType>, mut stack: Vec<Option<u8>>) {
        use Instr::*;
        let n = self.code.plain.len();
        loop {
            let instr = self.code.plain[pc];
            let pop = |stack: &mut Vec<Option<u8>>| stack.pop().flatten();
            match instr {
                Nop => {}
                PopTop => {
                    stack.pop();
                }
                DupTop => {
                    let t = stack.last().copied().flatten();
                    stack.push(t);
                }
                DupTop2 => {
                    let k = stack.len();
                    let (a, b) = (stack[k - 2], stack[k - 1]);
                    stack.push(a);
                    stack.push(b);
                }
                RotTwo => {
                    let k = stack.len();
                    stack.swap(k - 1, k - 2);
                }
                RotThree => {
                    let k = stack.len();
                    stack[k - 3..].rotate_right(1);
                }
                RotFour => {
                    let k = stack.len();
                    stack[k - 4..].rotate_right(1);
                }
                LoadConst { idx } => {
                    let (t, _) = runtime::value_words(&self.code.consts[idx as usize]);
                    stack.push(Some(t as u8));
                }
                PushUndef => stack.push(Some(tag::UNDEF)),
                LoadFast { idx } => {
                    let l = &mut locals[idx as usize];
                    stack.push(l.tag_if_bound());
                    // Past the load it is bound (else the load raised).
                    l.maybe_unbound = false;
                }
                StoreFast { idx } => {
                    let i = idx as usize;
                    let t = pop(&mut stack).or(self.store_guard[i]);
                    locals[i] = LocalType::bound(t);
                }
                DeleteFast { idx } => locals[idx as usize] = LocalType::UNBOUND,
                BinaryOp { op } | InplaceOp { op } => {
                    let b = pop(&mut stack);
                    let a = pop(&mut stack);
                    let r = match (a, b) {
                        (Some(a), Some(b)) if self.spec.op_speculates(pc) => {
                            binary_result(op, a, b).or_else(|| sequence_result(op, a, b))
                        }
                        (Some(a), Some(b)) => sequence_result(op, a, b),
                        _ => None,
                    };
                    stack.push(r);
                }
                BuildList { n } | BuildTuple { n } => {
                    stack.truncate(stack.len().saturating_sub(n as usize));
                    let t = if matches!(instr, BuildList { .. }) {
                        tag::LIST
                    } else {
                        tag::TUPLE
                    };
                    stack.push(Some(t));
                }
                CompareOp { op } => {
                    let b = pop(&mut stack);
                    let a = pop(&mut stack);
                    let inline = matches!((a, b), (Some(a), Some(b)) if compares_inline(op, a, b));
                    stack.push(inline.then_some(tag::BOOL));
                }
                UnaryNot => {
                    stack.pop();
                    stack.push(Some(tag::BOOL));
                }
                BinarySubscr => {
                    let i = pop(&mut stack);
                    let c = pop(&mut stack);
                    stack.push(subscr_item_tag(self.code, self.spec, pc, c, i));
                }
                UnaryNeg => {
                    let a = pop(&mut stack);
                    let r = a.filter(|_| self.spec.op_speculates(pc));
                    stack.push(r.and_then(negate_result));
                }
                PopJumpIfFalse { target } | PopJumpIfTrue { target } => {
                    stack.pop();
                    self.flow(target as usize, &locals);
                }
                JumpIfFalseOrPop { target } | JumpIfTrueOrPop { target } => {
                    self.flow(target as usize, &locals);
                    stack.pop();
                }
                ForIter { target } => {
                    self.flow(target as usize, &locals);
                    match for_kind(self.code, self.block_start, self.spec, pc) {
                        Some(ForKind::Plain(k)) => stack.push(item_tag(k)),
                        Some(ForKind::Enumerate(k)) => {
                            // The pair goes on the stack unpacked: the item, then
                            // the index on top; the `UnpackSequence` is done.
                            stack.push(item_tag(k));
                            stack.push(Some(tag::INT));
                            pc += 1;
                        }
                        None => stack.push(None),
                    }
                }
                Jump { target } => {
                    self.flow(target as usize, &locals);
                    return;
                }
                ReturnValue | Raise { .. } | Reraise | PopExceptReraise | YieldValue => return,
                other => {
                    let Ok(n_in) = super::lower::step_inputs(other, stack.len()) else {
                        return;
                    };
                    let n_out = n_in as i64 + i64::from(other.stack_effect());
                    stack.truncate(stack.len().saturating_sub(n_in));
                    for _ in 0..n_out.max(0) {
                        stack.push(None);
                    }
                }
            }
            pc += 1;
            if pc >= n {
                return;
            }
            if self.block_start[pc] {
                self.flow(pc, &locals);
                return;
            }
        }
    }
}
