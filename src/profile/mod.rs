//! The [`Profiler`] trait: what sees hotness and decides promotions between tiers.
//!
//! The interpreter keeps the counters itself, inline and cheap: every code object
//! counts its calls and loop back-edges, and every specialisable instruction counts
//! its executions in its inline cache. The profiler is asked only when a counter
//! reaches a threshold of its [`Thresholds`], and told of every tier event, so a
//! host's profiler costs nothing on the hot path. [`CountingProfiler`] is the default
//! one, with the thresholds of [`crate::Config`].

/// What a profiler decides when asked about a piece of code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Promote {
    /// Leave it where it is; ask again after twice as many events.
    Stay,
    /// Rewrite the instruction into its specialised form (tier 1).
    Specialise,
    /// Compile the whole function to native code (tier 2).
    Compile,
    /// Compile the loop whose header is at this bytecode offset and enter it from the
    /// running frame (on-stack replacement).
    OsrAt(usize),
}

/// The counts at which the interpreter consults the profiler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Thresholds {
    /// Executions of a generic instruction before it is offered for specialisation.
    pub specialize_after: u32,
    /// Calls of a function before it is offered for compilation.
    pub compile_after: u32,
    /// Back-edges of a loop before it is offered for on-stack replacement.
    pub osr_after: u32,
}

/// Where something happens: a code object (by its qualified name and first line) and
/// a bytecode offset in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    /// Qualified name of the function (`<module>` for module code).
    pub function: String,
    /// The file the code came from.
    pub filename: String,
    /// Line of the `def`.
    pub first_line: u32,
    /// Bytecode offset (0 for function-level events).
    pub offset: usize,
}

/// A change of tier, reported to [`Profiler::on_event`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TierEvent {
    /// A generic instruction was rewritten into a specialised form.
    Specialised {
        /// Where.
        site: Site,
        /// The generic instruction's name.
        from: &'static str,
        /// The specialised instruction's name.
        to: &'static str,
    },
    /// A specialised instruction's guard failed: the generic form is back.
    Despecialised {
        /// Where.
        site: Site,
        /// The specialised instruction's name.
        from: &'static str,
    },
    /// A function or loop was offered to the JIT, which declined.
    CompileDeclined {
        /// Where (offset: the loop header for on-stack replacement, else 0).
        site: Site,
        /// Why the JIT declined.
        reason: String,
    },
}

/// Sees calls, loop back-edges and tier events and decides promotions.
///
/// The engine asks `on_warm_instruction` when a generic instruction has run
/// `specialize_after` times (then again after exponentially more executions while it
/// answers [`Promote::Stay`] or the instruction cannot be specialised),
/// `on_hot_function` at `compile_after` calls and `on_hot_loop` at `osr_after`
/// back-edges (again at twice the count after each `Stay`).
pub trait Profiler {
    /// The thresholds; read once when the profiler is installed.
    fn thresholds(&self) -> Thresholds;
    /// An instruction is warm: [`Promote::Specialise`] to quicken it now.
    fn on_warm_instruction(&mut self, site: &Site, executions: u32) -> Promote;
    /// A function is hot: [`Promote::Compile`] to offer it to the JIT.
    fn on_hot_function(&mut self, site: &Site, calls: u64) -> Promote;
    /// A loop is hot: [`Promote::OsrAt`] (its header offset) to offer it to the JIT.
    fn on_hot_loop(&mut self, site: &Site, back_edges: u64) -> Promote;
    /// A tier change happened.
    fn on_event(&mut self, event: &TierEvent) {
        let _ = event;
    }
}

/// The default profiler: promotes whatever reaches the configured thresholds.
#[derive(Clone, Debug)]
pub struct CountingProfiler {
    thresholds: Thresholds,
    jit: bool,
}

impl CountingProfiler {
    /// A profiler with `config`'s thresholds; it asks for compilation only when
    /// `config.jit` is set.
    pub fn new(config: &crate::Config) -> CountingProfiler {
        CountingProfiler {
            thresholds: Thresholds {
                specialize_after: config.specialize_after,
                compile_after: config.compile_after,
                osr_after: config.osr_after,
            },
            jit: config.jit,
        }
    }
}

impl Profiler for CountingProfiler {
    fn thresholds(&self) -> Thresholds {
        self.thresholds
    }
    fn on_warm_instruction(&mut self, _site: &Site, _executions: u32) -> Promote {
        Promote::Specialise
    }
    fn on_hot_function(&mut self, _site: &Site, _calls: u64) -> Promote {
        if self.jit {
            Promote::Compile
        } else {
            Promote::Stay
        }
    }
    fn on_hot_loop(&mut self, site: &Site, _back_edges: u64) -> Promote {
        if self.jit {
            Promote::OsrAt(site.offset)
        } else {
            Promote::Stay
        }
    }
}
