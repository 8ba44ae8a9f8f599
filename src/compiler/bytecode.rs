//! The instruction set, defined once.
//!
//! `instructions!` takes one table — each instruction's name, operands, stack effect
//! and meaning — and generates the [`Instr`] enum, its names, operand listing and
//! stack effect. The compiler emits these, the interpreter matches on them, and the
//! disassembler prints them; nobody keeps a second list.
//!
//! Conventions:
//! - Jump targets are instruction indices into the code vector.
//! - Calls use CPython 3.12's layout: `[callable, self_or_undef, args...]`. A plain call
//!   pushes `PushUndef` after the callable; `LoadMethod` pushes the method and its
//!   receiver, so a method call allocates no bound-method object.
//! - Stack effects are for the fall-through path.

/// Generates [`Instr`] and its metadata from the instruction table below.
macro_rules! instructions {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident $({ $($field:ident),* })? $(: $generic:ident)? => $effect:expr;
    )*) => {
        /// One bytecode instruction with its operands.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Instr {
            $(
                $(#[doc = $doc])*
                $name $({ $(
                    #[allow(missing_docs)]
                    $field: u32
                ),* })?,
            )*
        }

        impl Instr {
            /// The instruction's name as the disassembler prints it.
            pub fn name(&self) -> &'static str {
                match self {
                    $(Instr::$name { .. } => stringify!($name),)*
                }
            }
            /// For a specialised (tier-1) form, the name of the generic instruction it
            /// stands in for; `None` for generic instructions and superinstructions.
            pub fn specializes(&self) -> Option<&'static str> {
                match self {
                    $(Instr::$name { .. } => instructions!(@generic $($generic)?),)*
                }
            }
            /// The operands as `(name, value)` pairs, in declaration order.
            pub fn operands(&self) -> Vec<(&'static str, u32)> {
                match *self {
                    $(
                        #[allow(unused_variables)]
                        Instr::$name $({ $($field),* })? => vec![$($((stringify!($field), $field)),*)?],
                    )*
                }
            }
            /// Net change of the operand-stack depth when execution falls through.
            pub fn stack_effect(&self) -> i32 {
                match *self {
                    $(
                        #[allow(unused_variables)]
                        Instr::$name $({ $($field),* })? => { $effect }
                    )*
                }
            }
        }
    };
    (@generic) => { None };
    (@generic $generic:ident) => { Some(stringify!($generic)) };
}

instructions! {
    /// Does nothing.
    Nop => 0;
    /// Discards the top of stack.
    PopTop => -1;
    /// Duplicates the top of stack.
    DupTop => 1;
    /// Duplicates the two top items: `a b -> a b a b`.
    DupTop2 => 2;
    /// Swaps the two top items.
    RotTwo => 0;
    /// `a b c -> c a b` (top moves down two).
    RotThree => 0;
    /// `a b c d -> d a b c`.
    RotFour => 0;
    /// Pushes `consts[idx]`.
    LoadConst { idx } => 1;
    /// Pushes the internal "no value" marker (the empty self slot of a call).
    PushUndef => 1;
    /// Pushes local `idx`; raises `UnboundLocalError` if it is unbound.
    LoadFast { idx } => 1;
    /// Pops into local `idx`.
    StoreFast { idx } => -1;
    /// Unbinds local `idx`.
    DeleteFast { idx } => 0;
    /// Pushes the contents of cell `idx` (cellvars, then freevars).
    LoadDeref { idx } => 1;
    /// Pops into cell `idx`.
    StoreDeref { idx } => -1;
    /// Empties cell `idx`.
    DeleteDeref { idx } => 0;
    /// Pushes global `names[name]`, falling back to builtins.
    LoadGlobal { name } => 1;
    /// Pops into global `names[name]`.
    StoreGlobal { name } => -1;
    /// Deletes global `names[name]`.
    DeleteGlobal { name } => 0;
    /// Class bodies: pushes `names[name]` from the class namespace, globals or builtins.
    LoadName { name } => 1;
    /// Class bodies: pops into the class namespace.
    StoreName { name } => -1;
    /// Class bodies: deletes from the class namespace.
    DeleteName { name } => 0;
    /// Replaces TOS with `TOS.names[name]`.
    LoadAttr { name } => 0;
    /// `obj.names[name] = value` with stack `value obj`.
    StoreAttr { name } => -2;
    /// Deletes `TOS.names[name]`.
    DeleteAttr { name } => -1;
    /// Replaces TOS with `method, self` (or `attr, undef` when it is not a method).
    LoadMethod { name } => 1;
    /// Binary operator `op` (a `BinOp` index) on the two top items.
    BinaryOp { op } => -1;
    /// In-place operator `op` (`+=` ...): lists extend in place.
    InplaceOp { op } => -1;
    /// Rich comparison `op` (a `CmpOp` index: `==` `!=` `<` `<=` `>` `>=`).
    CompareOp { op } => -1;
    /// `is` (`invert`: `is not`).
    IsOp { invert } => -1;
    /// `in` (`invert`: `not in`), stack `item container`.
    ContainsOp { invert } => -1;
    /// `-TOS`.
    UnaryNeg => 0;
    /// `+TOS`.
    UnaryPos => 0;
    /// `~TOS`.
    UnaryInvert => 0;
    /// `not TOS`.
    UnaryNot => 0;
    /// `container[key]`.
    BinarySubscr => -1;
    /// `container[key] = value` with stack `value container key`.
    StoreSubscr => -3;
    /// `del container[key]`.
    DeleteSubscr => -2;
    /// Builds a slice from `n` (2 or 3) items.
    BuildSlice { n } => 1 - n as i32;
    /// Builds a tuple of the `n` top items.
    BuildTuple { n } => 1 - n as i32;
    /// Builds a list of the `n` top items.
    BuildList { n } => 1 - n as i32;
    /// Builds a set of the `n` top items.
    BuildSet { n } => 1 - n as i32;
    /// Builds a dict of the `n` top key/value pairs.
    BuildMap { n } => 1 - 2 * n as i32;
    /// Concatenates the `n` top strings (f-strings).
    BuildString { n } => 1 - n as i32;
    /// Appends TOS to the list at depth `depth` (comprehensions).
    ListAppend { depth } => -1;
    /// Adds TOS to the set at depth `depth`.
    SetAdd { depth } => -1;
    /// Sets `key: value` (the two top items) in the dict at depth `depth`.
    MapAdd { depth } => -2;
    /// Extends the list at depth `depth` with the iterable TOS (`[*a]`).
    ListExtend { depth } => -1;
    /// Updates the set at depth `depth` with the iterable TOS (`{*a}`).
    SetUpdate { depth } => -1;
    /// Updates the dict at depth `depth` with the mapping TOS (`{**a}`).
    DictUpdate { depth } => -1;
    /// Like `DictUpdate` but a repeated key is a `TypeError` (`f(**a, **b)`).
    DictMerge { depth } => -1;
    /// Replaces the list TOS with a tuple of its items.
    ListToTuple => 0;
    /// Formats a value for an f-string. `flags`: conversion in bits 0-1
    /// (0 none, 1 str, 2 repr, 3 ascii); bit 2 set when a format spec is on TOS.
    FormatValue { flags } => if flags & 4 != 0 { -1 } else { 0 };
    /// Unpacks TOS into exactly `n` items (first item on top).
    UnpackSequence { n } => n as i32 - 1;
    /// Starred unpacking: `before` items, a list, then `after` items.
    UnpackEx { before, after } => (before + after) as i32;
    /// Replaces TOS with `iter(TOS)`.
    GetIter => 0;
    /// Pushes the next item of the iterator TOS, or pops it and jumps to `target`.
    ForIter { target } => 1;
    /// Jumps to `target`.
    Jump { target } => 0;
    /// Pops; jumps if false.
    PopJumpIfFalse { target } => -1;
    /// Pops; jumps if true.
    PopJumpIfTrue { target } => -1;
    /// Jumps (keeping TOS) if TOS is false, else pops.
    JumpIfFalseOrPop { target } => -1;
    /// Jumps (keeping TOS) if TOS is true, else pops.
    JumpIfTrueOrPop { target } => -1;
    /// Calls with `argc` positional arguments: `callable self_or_undef args...`.
    Call { argc } => -(argc as i32) - 1;
    /// Calls with `argc` arguments whose last ones are named by the tuple `consts[kwnames]`.
    CallKw { argc, kwnames } => -(argc as i32) - 1;
    /// Calls with an argument tuple and (if `kwargs`) a dict: `callable undef args [kwargs]`.
    CallEx { kwargs } => -2 - kwargs as i32;
    /// Returns TOS from the frame.
    ReturnValue => -1;
    /// Makes a function from `consts[code]`; `flags` bit 0: a defaults tuple is on the
    /// stack, bit 1: a keyword-defaults dict is above it.
    MakeFunction { code, flags } => 1 - (flags & 1) as i32 - ((flags >> 1) & 1) as i32;
    /// Builds a class: runs body `consts[code]` with the `nbases` bases on the stack.
    MakeClass { code, nbases } => 1 - nbases as i32;
    /// Imports module `names[name]` and pushes it.
    ImportName { name } => 1;
    /// Pushes attribute `names[name]` of the module TOS (keeping the module).
    ImportFrom { name } => 1;
    /// Copies every public name of the module TOS into the namespace, popping it.
    ImportStar => -1;
    /// `raise` (argc 0: re-raise the handled exception; 1: TOS; 2: `raise a from b`).
    Raise { argc } => -(argc as i32);
    /// Re-raises the exception TOS (end of a `finally` or unmatched handler).
    Reraise => -1;
    /// Entering a handler: `exc -> prev_exc exc`, making `exc` the handled exception.
    PushExcInfo => 1;
    /// Leaving a handler: pops `prev_exc` and makes it the handled exception again.
    PopExcept => -1;
    /// Cleanup after a handler raised: `prev_exc exc -> ` restore `prev_exc`, raise `exc`.
    PopExceptReraise => -2;
    /// `exc type -> exc bool`: whether the exception matches the class(es).
    CheckExcMatch => 0;
    /// Pushes `AssertionError`.
    LoadAssertionError => 1;
    /// Suspends the running generator frame, handing TOS to whoever asked for the next
    /// item; when resumed, execution continues after it with the sent value (`None`
    /// for `next()`) pushed.
    YieldValue => 0;
    /// `with`: `mgr -> exit result`: looks up `__enter__` and `__exit__` on the
    /// manager's type, calls `__enter__`, keeps the bound `__exit__` below its result.
    BeforeWith => 1;
    /// `with`'s exception path: `exit prev_exc exc -> exit prev_exc exc result`,
    /// the result of `exit(type(exc), exc, traceback)`.
    WithExceptStart => 1;
    /// `yield from`: replaces TOS by its iterator (a generator stays itself).
    GetYieldFromIter => 0;
    /// `yield from`'s step: `sub v -> sub item` when the sub-iterator `sub`, sent
    /// `v` (`next()` for `None`), yields `item` (a `YieldValue` follows); when it
    /// is done, `sub v -> result` (its return value) and a jump to `target`.
    YieldFromSend { target } => 0;

    // Superinstructions, made by `superinstructions::fuse` from the pair they name.
    // The fused pair's second instruction stays in place (jumps may land on it) and
    // is skipped when execution comes through the superinstruction.

    /// `LoadFast a; LoadFast b`.
    LoadFastPair { a, b } => 2;
    /// `LoadFast idx; LoadConst konst`.
    LoadFastConst { idx, konst } => 2;
    /// `StoreFast a; StoreFast b`.
    StoreFastPair { a, b } => -2;
    /// `CompareOp op; PopJumpIfFalse target`.
    CompareJumpIfFalse { op, target } => -2;
    /// `CompareOp op; PopJumpIfTrue target`.
    CompareJumpIfTrue { op, target } => -2;
    /// `LoadFast a; LoadFast b; BinaryOp op` with `locals = a << 16 | b`. When the
    /// inline int/float path does not apply it runs as its first instruction only.
    BinaryFastFast { locals, op } => 1;
    /// `LoadFast a; LoadConst k; BinaryOp op` with `operands = a << 16 | k`; falls
    /// back like `BinaryFastFast`.
    BinaryFastConst { operands, op } => 1;
    /// `LoadConst k; LoadFast a; BinaryOp op` with `operands = k << 16 | a`; falls
    /// back to `LoadConst k`.
    BinaryConstFast { operands, op } => 1;
    /// `LoadFast a; LoadFast b; BinaryOp; StoreFast dst` with `operands = a << 16 |
    /// b` and `op_dst = dst << 4 | op`; falls back to `LoadFast a`.
    BinaryFastFastStore { operands, op_dst } => 0;
    /// `LoadFast a; LoadConst k; BinaryOp; StoreFast dst`, packed and falling back
    /// like `BinaryFastFastStore`.
    BinaryFastConstStore { operands, op_dst } => 0;
    /// `RotTwo; StoreFast a; StoreFast b` (the assignment `a, b = x, y`): the
    /// second item stored into `a`, then TOS into `b`.
    StoreFastSwapped { a, b } => -2;
    /// `LoadFast a; LoadFast b; BinaryOp inner; BinaryOp outer` (`t + a * b`) with
    /// `locals = a << 16 | b`, `ops = outer << 4 | inner`: TOS outer (a inner b),
    /// inline for ints and floats; otherwise runs as `LoadFast a`.
    BinaryTosFastFast { locals, ops } => 0;
    /// `LoadFast a; BinaryOp first; LoadFast b; BinaryOp second` (`t * a + b`) with
    /// `locals = a << 16 | b`, `ops = second << 4 | first`: (TOS first a) second b,
    /// inline for ints and floats; otherwise runs as `LoadFast a`.
    BinaryTosFastTosFast { locals, ops } => 0;
    /// `LoadFast a; LoadFast b; BinarySubscr`: `a[b]` of a list or tuple by an int,
    /// inline; otherwise runs as `LoadFast a`.
    SubscrFastFast { a, b } => 1;
    /// `LoadFast a; LoadFast i; LoadConst k; BinaryOp op; BinarySubscr` (`a[i + k]`,
    /// `a[i - k]`) with `operands = a << 16 | i`, `op_k = k << 4 | op`: inline for a
    /// list or tuple and ints; otherwise runs as `LoadFast a`.
    SubscrFastOffset { operands, op_k } => 1;
    /// `LoadFast a; LoadFast b; CompareOp op` with `locals = a << 16 | b`: the
    /// comparison of ints, floats or strs inline; otherwise runs as `LoadFast a`.
    CompareFastFast { locals, op } => 1;
    /// `LoadFast idx; BinaryOp op`: TOS op local. Falls back like `BinaryFastFast`.
    BinaryTosFast { idx, op } => 1;
    /// `LoadConst konst; BinaryOp op`: TOS op constant. Falls back like
    /// `BinaryFastFast`.
    BinaryTosConst { konst, op } => 1;
    /// `LoadFast a; LoadFast b; CompareOp; PopJumpIf*` with `operands = a << 16 |
    /// b << 4 | flags` (flags: the `CompareOp` index, bit 3 set to jump on true).
    /// When the inline int/float comparison does not apply it runs as `LoadFast a`.
    CompareFastFastJump { operands, target } => 1;
    /// `LoadFast a; LoadConst k; CompareOp; PopJumpIf*`, packed and falling back like
    /// `CompareFastFastJump`.
    CompareFastConstJump { operands, target } => 1;
    /// `LoadFast idx; CompareOp; PopJumpIf*` (TOS compared with a local) with
    /// `operands = idx << 4 | flags`; falls back to `LoadFast idx`.
    CompareTosFastJump { operands, target } => 1;
    /// `LoadConst k; CompareOp; PopJumpIf*` (TOS compared with a constant), packed
    /// and falling back like `CompareTosFastJump`.
    CompareTosConstJump { operands, target } => 1;

    // Tier 1: specialised forms, written over a generic instruction in place by
    // `interp::specialize` once it has run `Config::specialize_after` times (the
    // instruction after `:` is the one each stands in for). Each has the operands of
    // its generic form; extra state lives in the code object's inline cache for that
    // offset. A form whose guard fails writes the generic instruction back
    // (`Vm::despecialize`) and runs it, so behaviour never changes.

    /// `BinaryOp`/`InplaceOp` on two ints, or an int and a bool (overflow into a big
    /// int takes the generic path for that execution without despecialising).
    BinaryOpInt { op } : BinaryOp => -1;
    /// `BinaryOp`/`InplaceOp` on two floats.
    BinaryOpFloat { op } : BinaryOp => -1;
    /// `BinaryOp`/`InplaceOp` on an int and a float, either way round.
    BinaryOpMixed { op } : BinaryOp => -1;
    /// `str + str` (`BinaryOp` only: `+=` keeps its in-place concatenation).
    BinaryAddStr { op } : BinaryOp => -1;
    /// `CompareOp` on two ints.
    CompareOpInt { op } : CompareOp => -1;
    /// `CompareOp` on two floats.
    CompareOpFloat { op } : CompareOp => -1;
    /// `CompareOp` on an int and a float, either way round.
    CompareOpMixed { op } : CompareOp => -1;
    /// `CompareOp` on two strs.
    CompareOpStr { op } : CompareOp => -1;
    /// `CompareJumpIfFalse` (or `CompareJumpIfTrue`) on two ints; bit 3 of `op` set means
    /// jump when the comparison is true.
    CompareJumpInt { op, target } : CompareJumpIfFalse => -2;
    /// The fused compare-and-jump on two floats (`op` as in `CompareJumpInt`).
    CompareJumpFloat { op, target } : CompareJumpIfFalse => -2;
    /// The fused compare-and-jump on an int and a float (`op` as in `CompareJumpInt`).
    CompareJumpMixed { op, target } : CompareJumpIfFalse => -2;
    /// The fused compare-and-jump on two strs (`op` as in `CompareJumpInt`).
    CompareJumpStr { op, target } : CompareJumpIfFalse => -2;
    /// `LoadGlobal` of a name found in the module globals: the cache holds the
    /// globals dict's address and key-set version and the entry index (entries do
    /// not move while the key set is unchanged).
    LoadGlobalModule { name } : LoadGlobal => 1;
    /// `LoadGlobal` of a built-in: the cache holds the globals' address and key-set
    /// version (the name was not a global then), the builtins' key-set version and
    /// the entry index in the builtins.
    LoadGlobalBuiltin { name } : LoadGlobal => 1;
    /// `LoadAttr` of an instance attribute: the cache holds the class and the class
    /// epoch (no class had changed since) and the entry index in the instance dict.
    LoadAttrInstance { name } : LoadAttr => 0;
    /// `StoreAttr` of an instance attribute: the cache holds the class, the class
    /// epoch, and the entry index in the instance dict, or `STORE_BY_INSERT` when
    /// the attribute was not there (an `__init__`'s stores), which inserts it by
    /// name (properties, `__slots__` and `__setattr__` take the generic path).
    StoreAttrInstance { name } : StoreAttr => -2;
    /// `LoadMethod` of a plain function (or a native class's method) found on the
    /// class of an instance: the cache holds the class, the class epoch, and where in
    /// the MRO the function is.
    LoadMethodInstance { name } : LoadMethod => 1;
    /// `LoadAttr` of a module attribute (`math.pi`): the cache holds the module
    /// dict's address and key-set version and the entry index.
    LoadAttrModule { name } : LoadAttr => 0;
    /// `LoadMethod` of a module attribute (`heapq.heappush(...)`), cached like
    /// `LoadAttrModule`; pushes the function and an empty self slot.
    LoadMethodModule { name } : LoadMethod => 1;
    /// `LoadMethod` of a method of a built-in type (`list.append`, `str.join`, ...):
    /// the cache holds the receiver's type and the method.
    LoadMethodBuiltin { name } : LoadMethod => 1;
    /// `Call` of a Python function taking exactly `argc` positional arguments (no
    /// defaults used, no `*args`/`**kwargs`, not a generator).
    CallPyExact { argc } : Call => -(argc as i32) - 1;
    /// `Call` of a Python function with fewer positional arguments than parameters,
    /// the rest from its defaults (no `*args`/`**kwargs`/keyword-only parameters,
    /// not a generator); the cache holds the code object's address.
    CallPyWithDefaults { argc } : Call => -(argc as i32) - 1;
    /// `Class(...)` of a user class whose `__init__` is a Python function taking the
    /// arguments positionally: the cache holds the class, the class epoch and where
    /// `__init__` is in the MRO. Runs `__init__` in a frame of the loop, as the
    /// generic call does.
    CallClassInit { argc } : Call => -(argc as i32) - 1;
    /// `Call` of a built-in function with positional arguments: the cache holds the
    /// function pointer.
    CallBuiltin { argc } : Call => -(argc as i32) - 1;
    /// `Call` of the built-in `len` on one argument.
    CallLen { argc } : Call => -(argc as i32) - 1;
    /// `Call` of the built-in `min` or `max` (the cache says which) on positional
    /// arguments; small ints are compared inline.
    CallMinMax { argc } : Call => -(argc as i32) - 1;
    /// `list.append(x)` through `LoadMethod`.
    CallListAppend { argc } : Call => -(argc as i32) - 1;
    /// `ForIter` over a range.
    ForIterRange { target } : ForIter => 1;
    /// `ForIter` over `enumerate(...)` of a range, list, tuple or str, followed by
    /// `UnpackSequence 2`: pushes the item and the index and skips the unpacking.
    ForIterEnumerate { target } : ForIter => 1;
    /// `ForIter` over a list.
    ForIterList { target } : ForIter => 1;
    /// `ForIter` over a tuple.
    ForIterTuple { target } : ForIter => 1;
    /// `ForIter` over a str.
    ForIterStr { target } : ForIter => 1;
    /// `list[int]`.
    BinarySubscrListInt : BinarySubscr => -1;
    /// `tuple[int]`.
    BinarySubscrTupleInt : BinarySubscr => -1;
    /// `str[int]`.
    BinarySubscrStrInt : BinarySubscr => -1;
    /// `dict[key]` for a dict (not a subclass).
    BinarySubscrDict : BinarySubscr => -1;
    /// `list[int] = value`.
    StoreSubscrListInt : StoreSubscr => -3;
    /// `dict[key] = value` for a dict (not a subclass).
    StoreSubscrDict : StoreSubscr => -3;
    /// `UnpackSequence` of a tuple of exactly 2 items.
    UnpackTuple2 { n } : UnpackSequence => n as i32 - 1;
    /// `UnpackSequence` of a tuple of exactly 3 items.
    UnpackTuple3 { n } : UnpackSequence => n as i32 - 1;
}

impl Instr {
    /// The jump target, for instructions that have one (a `target` operand).
    pub fn jump_target(&self) -> Option<u32> {
        self.operands()
            .into_iter()
            .find(|(name, _)| *name == "target")
            .map(|(_, t)| t)
    }
}

/// The binary operators in `BinaryOp { op }` order (indices match `ast::BinOp`).
pub const BIN_OPS: [crate::syntax::ast::BinOp; 13] = {
    use crate::syntax::ast::BinOp::*;
    [
        Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
    ]
};

/// The operand of `BinaryOp { op }` for each operator, as constants the
/// interpreter can match on without going through [`BIN_OPS`].
pub mod binop {
    /// `+`
    pub const ADD: u32 = 0;
    /// `-`
    pub const SUB: u32 = 1;
    /// `*`
    pub const MULT: u32 = 2;
    /// `/`
    pub const DIV: u32 = 4;
    /// `%`
    pub const MOD: u32 = 5;
    /// `|`
    pub const BIT_OR: u32 = 9;
    /// `^`
    pub const BIT_XOR: u32 = 10;
    /// `&`
    pub const BIT_AND: u32 = 11;
    /// `//`
    pub const FLOOR_DIV: u32 = 12;
}

// The constants must agree with the table.
const _: () = {
    use crate::syntax::ast::BinOp;
    assert!(matches!(BIN_OPS[binop::ADD as usize], BinOp::Add));
    assert!(matches!(BIN_OPS[binop::SUB as usize], BinOp::Sub));
    assert!(matches!(BIN_OPS[binop::MULT as usize], BinOp::Mult));
    assert!(matches!(BIN_OPS[binop::DIV as usize], BinOp::Div));
    assert!(matches!(BIN_OPS[binop::MOD as usize], BinOp::Mod));
    assert!(matches!(BIN_OPS[binop::BIT_OR as usize], BinOp::BitOr));
    assert!(matches!(BIN_OPS[binop::BIT_XOR as usize], BinOp::BitXor));
    assert!(matches!(BIN_OPS[binop::BIT_AND as usize], BinOp::BitAnd));
    assert!(matches!(
        BIN_OPS[binop::FLOOR_DIV as usize],
        BinOp::FloorDiv
    ));
};

/// The index of `op` in [`BIN_OPS`].
pub fn bin_op_index(op: crate::syntax::ast::BinOp) -> u32 {
    BIN_OPS.iter().position(|o| *o == op).unwrap_or(0) as u32
}

/// Comparison operators in `CompareOp { op }` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    /// `==`
    Eq = 0,
    /// `!=`
    Ne = 1,
    /// `<`
    Lt = 2,
    /// `<=`
    Le = 3,
    /// `>`
    Gt = 4,
    /// `>=`
    Ge = 5,
}

impl Cmp {
    /// The comparison with index `i` (as stored in `CompareOp`).
    #[inline(always)]
    pub fn from_index(i: u32) -> Cmp {
        const ALL: [Cmp; 6] = [Cmp::Eq, Cmp::Ne, Cmp::Lt, Cmp::Le, Cmp::Gt, Cmp::Ge];
        ALL[(i as usize).min(5)]
    }
    /// The operator as written.
    pub fn symbol(self) -> &'static str {
        ["==", "!=", "<", "<=", ">", ">="][self as usize]
    }
    /// The comparison with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> Cmp {
        match self {
            Cmp::Eq => Cmp::Eq,
            Cmp::Ne => Cmp::Ne,
            Cmp::Lt => Cmp::Gt,
            Cmp::Le => Cmp::Ge,
            Cmp::Gt => Cmp::Lt,
            Cmp::Ge => Cmp::Le,
        }
    }
    /// Whether an ordering satisfies the comparison. Branch-free: the interpreter's
    /// comparisons run this at one place for every operator, where a jump table
    /// would be mispredicted.
    #[inline(always)]
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        // Bit 0: satisfied by Less, bit 1: by Equal, bit 2: by Greater.
        const PASSES: [u8; 6] = [0b010, 0b101, 0b001, 0b011, 0b100, 0b110];
        PASSES[self as usize] >> (ord as i8 + 1) & 1 != 0
    }
    /// The comparison of two floats (false for every operator but `!=` when one is
    /// NaN), branch-free like [`Cmp::test`].
    #[inline(always)]
    pub fn test_f64(self, x: f64, y: f64) -> bool {
        match x.partial_cmp(&y) {
            Some(ord) => self.test(ord),
            None => self == Cmp::Ne,
        }
    }
}
