//! [`Config`]: the tier switches and thresholds, and resource limits of an engine.

use crate::error::Error;

/// Engine settings: the tier switches and thresholds, and resource limits.
///
/// Build one with [`Config::builder`], start from [`Config::default`], or read the
/// `FIREBRAND_*` environment variables with [`Config::from_env`]:
///
/// ```
/// use firebrand::{Config, Engine};
///
/// let config = Config::builder()
///     .jit(false)
///     .specialize_after(0) // quicken every instruction on its first execution
///     .recursion_limit(200)
///     .build();
/// let mut engine = Engine::with_config(config);
/// engine.eval("x = sum(range(10))").unwrap();
/// ```
///
/// `specialize_after` governs tier 1 (quickening); `compile_after` and `osr_after`
/// are the counts at which hot functions and loops are offered to the JIT (tier 2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Whether the native-code tier may be used (`FIREBRAND_JIT`).
    pub jit: bool,
    /// Executions of an instruction before it is specialised.
    pub specialize_after: u32,
    /// Calls of a function before it is compiled to native code.
    pub compile_after: u32,
    /// Loop back-edges before a running loop is compiled (on-stack replacement).
    pub osr_after: u32,
    /// Maximum depth of nested Python calls (`RecursionError` beyond it).
    pub recursion_limit: usize,
    /// Bytes of the calling thread's stack the engine may use for the calls that do
    /// recurse natively (a Python `__eq__`, `__len__` or key function called by a
    /// built-in, a generator expression resumed by `any`, ...); beyond it such a call
    /// raises `RecursionError` instead of overflowing the stack. The default suits a
    /// thread with 2 MiB of stack; raise it for threads with more (the CLI does).
    pub native_stack_budget: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            jit: true,
            specialize_after: 2,
            compile_after: 1000,
            osr_after: 1000,
            recursion_limit: 1000,
            native_stack_budget: 1 << 20,
        }
    }
}

impl Config {
    /// The default settings.
    pub fn new() -> Config {
        Config::default()
    }

    /// A builder starting from the defaults.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder {
            config: Config::default(),
        }
    }

    /// Defaults overridden by `FIREBRAND_JIT` (`0`/`1`), `FIREBRAND_SPECIALIZE_AFTER`,
    /// `FIREBRAND_COMPILE_AFTER` and `FIREBRAND_OSR_AFTER`. A malformed value is an
    /// error naming the variable.
    pub fn from_env() -> Result<Config, Error> {
        Config::from_lookup(|k| std::env::var(k).ok())
    }

    /// Like [`Config::from_env`], reading variables through `get` (testable).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, Error> {
        let mut c = Config::default();
        if let Some(v) = get("FIREBRAND_JIT") {
            c.jit = match v.trim() {
                "0" => false,
                "1" => true,
                other => {
                    return Err(Error::Config(format!(
                        "FIREBRAND_JIT must be 0 or 1, not {other:?}"
                    )));
                }
            };
        }
        let num = |name: &str, slot: &mut u32| -> Result<(), Error> {
            if let Some(v) = get(name) {
                *slot = v.trim().parse().map_err(|_| {
                    Error::Config(format!("{name} must be a non-negative integer, not {v:?}"))
                })?;
            }
            Ok(())
        };
        num("FIREBRAND_SPECIALIZE_AFTER", &mut c.specialize_after)?;
        num("FIREBRAND_COMPILE_AFTER", &mut c.compile_after)?;
        num("FIREBRAND_OSR_AFTER", &mut c.osr_after)?;
        Ok(c)
    }
}

/// Builds a [`Config`] one setting at a time (see [`Config::builder`]).
#[derive(Clone, Debug)]
#[must_use]
pub struct ConfigBuilder {
    config: Config,
}

impl ConfigBuilder {
    /// Whether the native-code tier may be used.
    pub fn jit(mut self, on: bool) -> Self {
        self.config.jit = on;
        self
    }
    /// Executions of an instruction before it is specialised (0: at once).
    pub fn specialize_after(mut self, n: u32) -> Self {
        self.config.specialize_after = n;
        self
    }
    /// Calls of a function before it is offered to the JIT.
    pub fn compile_after(mut self, n: u32) -> Self {
        self.config.compile_after = n;
        self
    }
    /// Loop back-edges before a running loop is offered to the JIT.
    pub fn osr_after(mut self, n: u32) -> Self {
        self.config.osr_after = n;
        self
    }
    /// Maximum depth of nested Python calls.
    pub fn recursion_limit(mut self, n: usize) -> Self {
        self.config.recursion_limit = n;
        self
    }
    /// Bytes of native stack the engine may use for native re-entries.
    pub fn native_stack_budget(mut self, bytes: usize) -> Self {
        self.config.native_stack_budget = bytes;
        self
    }
    /// The finished settings.
    pub fn build(self) -> Config {
        self.config
    }
}
