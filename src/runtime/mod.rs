//! The runtime: values, objects, memory, operations, built-ins and the native
//! standard-library modules. Everything here is shared by all tiers.

pub mod builtins;
pub mod class;
pub mod class_ops;
pub mod descriptors;
pub mod dict;
pub mod exceptions;
pub mod format;
pub mod gc;
pub mod iter;
pub mod methods;
pub mod modules;
pub mod numeric;
pub mod ops;
pub mod percent_format;
pub mod random_core;
pub mod set_ops;
pub mod set_table;
pub mod stdlib;
pub mod str_methods;
pub mod suggestions;
pub mod sys_module;
pub mod timsort;
pub mod types;
pub mod typing_module;
pub mod value;
pub mod views;
