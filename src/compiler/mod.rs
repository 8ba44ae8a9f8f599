//! The compiler: AST to [`CodeObject`].
//!
//! [`symtable`] resolves every name to a local, cell, free, global or namespace
//! access; [`codegen`] walks the tree and emits [`bytecode::Instr`]s with a line per
//! instruction and an exception table; [`disassemble`] prints the result.

pub mod bytecode;
pub mod codegen;
pub mod const_fold;
pub mod mangle;
pub mod superinstructions;
pub mod symtable;

use std::cell::Cell;
use std::fmt::Write as _;
use std::rc::Rc;

pub use bytecode::Instr;
pub use codegen::{CompileError, Mode, compile_module};

use crate::runtime::value::{PyStr, Value};
use symtable::ScopeKind;

/// One row of the exception table: an exception raised by an instruction in
/// `start..end` truncates the operand stack to `depth` items, pushes the exception and
/// jumps to `handler`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    /// First covered instruction.
    pub start: u32,
    /// One past the last covered instruction.
    pub end: u32,
    /// Where the handler starts.
    pub handler: u32,
    /// Operand-stack depth (above the locals) to keep.
    pub depth: u32,
}

/// A compiled function, module or class body. Shared by all tiers.
pub struct CodeObject {
    /// `co_name`.
    pub name: Rc<str>,
    /// `co_qualname`.
    pub qualname: Rc<str>,
    /// The file the code came from.
    pub filename: Rc<str>,
    /// Line of the `def` (or 1 for modules).
    pub first_line: u32,
    /// The instructions, with superinstructions fused in (what tier 0 starts from).
    pub instrs: Vec<Instr>,
    /// The instructions as compiled, before fusing: one plain instruction per offset,
    /// the form tier 2 lowers (same length as `instrs`).
    pub plain: Vec<Instr>,
    /// The source line of each instruction (same length as `instrs`).
    pub lines: Vec<u32>,
    /// Constants referenced by `LoadConst`.
    pub consts: Vec<Value>,
    /// Names referenced by global, attribute and import instructions.
    pub names: Vec<Rc<PyStr>>,
    /// Fast locals; parameters first.
    pub varnames: Vec<Rc<PyStr>>,
    /// Locals captured by inner functions.
    pub cellvars: Vec<Rc<PyStr>>,
    /// Variables captured from enclosing functions.
    pub freevars: Vec<Rc<PyStr>>,
    /// Parameters that live in cells: (cell index, local index) copied at entry.
    pub cell_params: Vec<(u32, u32)>,
    /// Code objects of nested functions, classes and comprehensions.
    pub children: Vec<Rc<CodeObject>>,
    /// For each free variable of each child: where it comes from in this scope
    /// (an index into this code's cells: cellvars then freevars).
    pub child_closures: Vec<Vec<u32>>,
    /// Number of positional parameters (including positional-only).
    pub argcount: u32,
    /// Number of positional-only parameters.
    pub posonlyargcount: u32,
    /// Number of keyword-only parameters.
    pub kwonlyargcount: u32,
    /// Whether there is a `*args` parameter.
    pub has_varargs: bool,
    /// Whether there is a `**kwargs` parameter.
    pub has_varkw: bool,
    /// The exception table.
    pub exc_table: Vec<ExcEntry>,
    /// The kind of scope.
    pub kind: ScopeKind,
    /// Calling this code makes a generator (a suspended frame) instead of running it.
    pub is_generator: bool,
    /// The docstring (a function body's first statement, when it is a string
    /// literal): the function's `__doc__`.
    pub doc: Option<Rc<str>>,
    /// The instructions as they run: `instrs`, with tier 1's specialised forms
    /// written over generic ones in place (quickening). Same length as `instrs`,
    /// which keeps the generic form each offset returns to when a guard fails.
    pub quick: Box<[Cell<Instr>]>,
    /// One inline cache per instruction (see [`InlineCache`]).
    pub caches: Box<[InlineCache]>,
    /// Hotness and tier counters of this code (what `Engine::stats` reports).
    pub counters: CodeCounters,
    /// The methods `LoadMethodBuiltin` pushes, by name index: the receiver's kind and
    /// the unbound built-in method (a `Value`, so it cannot live in the inline cache).
    /// Built-in types are immutable, so an entry never goes stale; a site seeing
    /// another kind under the same name despecialises.
    pub method_cache: std::cell::RefCell<Vec<Option<MethodCacheEntry>>>,
    /// Tier 2's state for this code: its native code, if any, and the counts that
    /// decide whether to compile it again (see [`crate::jit::NativeState`]).
    pub native: crate::jit::NativeState,
}

/// A remembered `LoadMethod` on a built-in receiver: the receiver's kind and the
/// unbound built-in method found for it.
pub type MethodCacheEntry = (std::mem::Discriminant<Value>, Value);

/// The inline cache of one instruction (CPython keeps these inline in the bytecode;
/// here they sit in a parallel array). A generic instruction uses `warmup` to count
/// executions towards specialisation; a specialised one keeps in `index` and `key`
/// what its guard checks. Caches hold no references (only indices, versions and
/// addresses checked against live objects), so they make no reference cycles.
#[derive(Default)]
pub struct InlineCache {
    /// Executions of the generic form since the last attempt (low 16 bits) and the
    /// back-off exponent (high 16 bits): the next attempt comes after
    /// `specialize_after << backoff` executions.
    pub warmup: Cell<u32>,
    /// An index: a dict entry, or an MRO position and a dict entry.
    pub index: Cell<u32>,
    /// A version, an address or a function pointer.
    pub key: Cell<u64>,
    /// A second key (the class epoch of attribute caches).
    pub key2: Cell<u64>,
    /// A third key (the builtins' key-set version of `LoadGlobalBuiltin`); for
    /// `LoadMethodInstance` and `LoadMethodModule`, 1 when the method found is a
    /// built-in function (native code then calls it directly).
    pub key3: Cell<u64>,
}

/// Counters of one code object, kept by the interpreter for the profiler and
/// [`crate::Engine::stats`].
#[derive(Default)]
pub struct CodeCounters {
    /// Calls of this code (frames started).
    pub calls: Cell<u64>,
    /// The call count at which the profiler is asked next (0: not set yet).
    pub next_call_check: Cell<u64>,
    /// Times an instruction was specialised.
    pub specializations: Cell<u64>,
    /// Times a specialised instruction's guard failed (and it was despecialised).
    pub guard_misses: Cell<u64>,
    /// The tier the profiler last promoted this code to (0 interpreted, 1
    /// specialised, 2 compiled).
    pub tier: Cell<u8>,
}

impl CodeObject {
    /// Makes the run-time state (`quick`, `caches`) for the compiled `instrs`.
    pub fn prepare_for_run(&mut self) {
        self.quick = self.instrs.iter().copied().map(Cell::new).collect();
        self.caches = self.instrs.iter().map(|_| InlineCache::default()).collect();
    }
    /// Loop back-edges taken in this code: the sum of the counts its backward jumps
    /// keep in their inline caches.
    pub fn back_edges(&self) -> u64 {
        self.instrs
            .iter()
            .enumerate()
            .filter(|&(pc, i)| i.jump_target().is_some_and(|t| t as usize <= pc))
            .map(|(pc, _)| self.caches[pc].key.get())
            .sum()
    }
    /// Instructions currently in a specialised form.
    pub fn specialized_count(&self) -> usize {
        self.quick
            .iter()
            .filter(|i| i.get().specializes().is_some())
            .count()
    }
    /// Number of fast locals.
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    /// Number of cells (cellvars + freevars).
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }
    /// The source line of instruction `pc`.
    pub fn line_of(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }
    /// The innermost exception handler covering instruction `pc`.
    pub fn handler_for(&self, pc: usize) -> Option<&ExcEntry> {
        let pc = pc as u32;
        self.exc_table.iter().find(|e| e.start <= pc && pc < e.end)
    }
}

/// Prints a code object and its children the way `firebrand --dis` shows them.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

/// Prints one code object (not its children), as it stands now: instructions that
/// tier 1 has specialised show their specialised forms.
pub fn disassemble_one(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_code(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    disassemble_code(code, out);
    for child in &code.children {
        disassemble_into(child, out);
    }
}

fn disassemble_code(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} from {}, line {}>:",
        code.qualname, code.filename, code.first_line
    );
    let mut last_line = 0;
    for (pc, instr) in code.quick.iter().map(Cell::get).enumerate() {
        let instr = &instr;
        let line = code.line_of(pc);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>5}")
        } else {
            String::new()
        };
        let operands = instr
            .operands()
            .iter()
            .map(|(_, v)| v.to_string())
            .collect::<Vec<_>>()
            .join(" ");
        // A specialised form has its generic form's operands: annotate from that.
        let note = operand_note(code, code.instrs.get(pc).unwrap_or(instr));
        let _ = writeln!(
            out,
            "{line_col:>5} {pc:>6} {:<20} {operands:<8} {note}",
            instr.name()
        );
    }
    if !code.exc_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exc_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, e.end, e.handler, e.depth
            );
        }
    }
    let _ = writeln!(out);
}

fn operand_note(code: &CodeObject, instr: &Instr) -> String {
    use Instr::*;
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .map(|n| n.as_str().to_string())
            .unwrap_or_default()
    };
    match *instr {
        LoadConst { idx } => format!(
            "({})",
            code.consts
                .get(idx as usize)
                .map(crate::runtime::ops::debug_repr)
                .unwrap_or_default()
        ),
        LoadFast { idx } | StoreFast { idx } | DeleteFast { idx } => {
            format!(
                "({})",
                code.varnames
                    .get(idx as usize)
                    .map(|n| n.as_str())
                    .unwrap_or("")
            )
        }
        LoadDeref { idx } | StoreDeref { idx } | DeleteDeref { idx } => {
            let cells: Vec<_> = code.cellvars.iter().chain(&code.freevars).collect();
            format!(
                "({})",
                cells.get(idx as usize).map(|n| n.as_str()).unwrap_or("")
            )
        }
        LoadGlobal { name: n }
        | StoreGlobal { name: n }
        | DeleteGlobal { name: n }
        | LoadName { name: n }
        | StoreName { name: n }
        | DeleteName { name: n }
        | LoadAttr { name: n }
        | StoreAttr { name: n }
        | DeleteAttr { name: n }
        | LoadMethod { name: n }
        | ImportName { name: n }
        | ImportFrom { name: n } => format!("({})", name(n)),
        BinaryOp { op } | InplaceOp { op } => {
            format!(
                "({})",
                bytecode::BIN_OPS
                    .get(op as usize)
                    .map(|o| o.symbol())
                    .unwrap_or("?")
            )
        }
        CompareOp { op } => format!("({})", bytecode::Cmp::from_index(op).symbol()),
        CompareJumpIfFalse { op, target } | CompareJumpIfTrue { op, target } => {
            format!("({} to {target})", bytecode::Cmp::from_index(op).symbol())
        }
        BinaryFastFast { locals, op } => {
            let var = |i: u32| {
                code.varnames
                    .get(i as usize)
                    .map(|n| n.as_str())
                    .unwrap_or("")
            };
            let sym = bytecode::BIN_OPS
                .get(op as usize)
                .map(|o| o.symbol())
                .unwrap_or("?");
            format!("({} {sym} {})", var(locals >> 16), var(locals & 0xFFFF))
        }
        BinaryFastConst { operands, op } => {
            let var = code
                .varnames
                .get((operands >> 16) as usize)
                .map(|n| n.as_str())
                .unwrap_or("");
            let sym = bytecode::BIN_OPS
                .get(op as usize)
                .map(|o| o.symbol())
                .unwrap_or("?");
            let k = code
                .consts
                .get((operands & 0xFFFF) as usize)
                .map(crate::runtime::ops::debug_repr)
                .unwrap_or_default();
            format!("({var} {sym} {k})")
        }
        LoadFastPair { a, b } | StoreFastPair { a, b } => {
            let var = |i: u32| {
                code.varnames
                    .get(i as usize)
                    .map(|n| n.as_str())
                    .unwrap_or("")
            };
            format!("({}, {})", var(a), var(b))
        }
        LoadFastConst { idx, konst } => format!(
            "({}, {})",
            code.varnames
                .get(idx as usize)
                .map(|n| n.as_str())
                .unwrap_or(""),
            code.consts
                .get(konst as usize)
                .map(crate::runtime::ops::debug_repr)
                .unwrap_or_default()
        ),
        ForIter { target }
        | YieldFromSend { target }
        | Jump { target }
        | PopJumpIfFalse { target }
        | PopJumpIfTrue { target }
        | JumpIfFalseOrPop { target }
        | JumpIfTrueOrPop { target } => format!("(to {target})"),
        MakeFunction { code: c, .. } | MakeClass { code: c, .. } => {
            format!(
                "({})",
                code.children
                    .get(c as usize)
                    .map(|c| c.qualname.to_string())
                    .unwrap_or_default()
            )
        }
        _ => String::new(),
    }
}
