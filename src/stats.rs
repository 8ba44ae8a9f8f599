//! [`Stats`]: what the tiers did, per function and in total ([`crate::Engine::stats`],
//! `firebrand --stats`).

use std::fmt;

/// Counters of one function (or module body, class body, comprehension).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FunctionStats {
    /// Qualified name (`<module>` for module code).
    pub name: String,
    /// The file it came from.
    pub filename: String,
    /// Line of the `def`.
    pub first_line: u32,
    /// Highest tier reached: 0 interpreted, 1 specialised bytecode, 2 native code.
    pub tier: u8,
    /// Times it was called (frames started).
    pub calls: u64,
    /// Loop back-edges taken in it.
    pub back_edges: u64,
    /// Instructions in a specialised form now.
    pub specialized_instructions: usize,
    /// Instructions in it.
    pub instructions: usize,
    /// Times an instruction of it was specialised.
    pub specializations: u64,
    /// Times a specialised instruction's guard failed (and it went back to generic).
    pub guard_misses: u64,
    /// Times it (or a loop in it) was compiled to native code.
    pub compilations: u64,
    /// Times native code of it deoptimised back to the interpreter.
    pub deoptimizations: u64,
    /// Time spent compiling it, in microseconds.
    pub compile_micros: u64,
    /// Bytes of native code of it.
    pub code_size: usize,
}

/// What [`crate::Engine::stats`] returns: one row per code object still alive that
/// ran at least once, in the order they were compiled, plus totals.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// One row per function.
    pub functions: Vec<FunctionStats>,
}

impl Stats {
    /// The sum of every row (name `"total"`, tier the highest reached).
    pub fn total(&self) -> FunctionStats {
        let mut t = FunctionStats {
            name: "total".to_string(),
            ..FunctionStats::default()
        };
        for f in &self.functions {
            t.tier = t.tier.max(f.tier);
            t.calls += f.calls;
            t.back_edges += f.back_edges;
            t.specialized_instructions += f.specialized_instructions;
            t.instructions += f.instructions;
            t.specializations += f.specializations;
            t.guard_misses += f.guard_misses;
            t.compilations += f.compilations;
            t.deoptimizations += f.deoptimizations;
            t.compile_micros += f.compile_micros;
            t.code_size += f.code_size;
        }
        t
    }

    /// The row of the function named `name` (qualified name), if it ran.
    pub fn function(&self, name: &str) -> Option<&FunctionStats> {
        self.functions.iter().find(|f| f.name == name)
    }
}

/// The table `firebrand --stats` prints.
impl fmt::Display for Stats {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            out,
            "{:<32} {:>4} {:>10} {:>12} {:>11} {:>8} {:>7} {:>6} {:>10} {:>9}",
            "function",
            "tier",
            "calls",
            "back-edges",
            "specialized",
            "misses",
            "compiles",
            "deopts",
            "compile µs",
            "code B"
        )?;
        let total = self.total();
        for f in self.functions.iter().chain(std::iter::once(&total)) {
            let name = if f.name == "total" {
                "total".to_string()
            } else {
                format!("{}:{}", f.name, f.first_line)
            };
            writeln!(
                out,
                "{:<32} {:>4} {:>10} {:>12} {:>11} {:>8} {:>7} {:>6} {:>10} {:>9}",
                name,
                f.tier,
                f.calls,
                f.back_edges,
                format!("{}/{}", f.specialized_instructions, f.instructions),
                f.guard_misses,
                f.compilations,
                f.deoptimizations,
                f.compile_micros,
                f.code_size
            )?;
        }
        Ok(())
    }
}
