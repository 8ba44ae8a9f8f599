//! # firebrand
//!
//! An embeddable engine for a Python subset whose code gets faster while it runs.
//! Scripts are parsed, compiled to bytecode and run by a tiered execution engine
//! modelled on CPython 3.14: a bytecode interpreter (tier 0), specialised bytecode
//! with inline caches (tier 1) and native code generated with Cranelift (tier 2).
//!
//! ```
//! use firebrand::{Engine, Value};
//!
//! let mut engine = Engine::new();
//! let v = engine.eval("sum(i * i for i in range(10))").unwrap();
//! assert_eq!(v, Value::Int(285));
//! ```
//!
//! The language is described in `LANGUAGE.md` of the project; CPython is the
//! reference: a script prints exactly what `python3` prints.
//!
//! Module map (see `ARCHITECTURE.md`): `syntax` (lexer, parser, AST), `compiler`
//! (scopes, bytecode), `interp` (tiers 0 and 1: the interpreter and quickening),
//! `profile` (the [`profile::Profiler`] trait), `jit` (the [`jit::Jit`] trait),
//! `runtime` (values, objects, GC, built-ins), `engine` (the embedding API).

#![warn(missing_docs)]

pub mod compiler;
mod config;
mod engine;
mod error;
mod host_value;
pub mod interp;
pub mod jit;
pub mod profile;
pub mod runtime;
mod stats;
pub mod syntax;

pub use config::{Config, ConfigBuilder};
pub use engine::{DirLoader, Engine, HostFn, MemoryLoader, ModuleLoader, NoLoader};
pub use error::{Error, Exception, SyntaxErrorInfo, TracebackFrame};
pub use host_value::Value;
pub use stats::{FunctionStats, Stats};

#[doc(hidden)]
pub use engine::{compile_source, import_module};

/// Compiles the README's Rust examples as doctests, so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
