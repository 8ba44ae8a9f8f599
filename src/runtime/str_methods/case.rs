//! Case conversions (`upper`, `lower`, `capitalize`, `title`, `swapcase`, `casefold`)
//! and the character-class predicates (`isdigit`, `isupper`, `isidentifier`, ...).

use super::unicode::{self, Lowerer};
use super::{Methods, Sig, parse};
use crate::interp::Vm;
use crate::runtime::exceptions::PyResult;
use crate::runtime::value::{Args, PyStr, Value};

/// The case and predicate methods.
pub(super) const METHODS: Methods = &[
    ("upper", str_upper),
    ("lower", str_lower),
    ("capitalize", str_capitalize),
    ("title", str_title),
    ("swapcase", str_swapcase),
    ("casefold", str_casefold),
    ("isdigit", str_isdigit),
    ("isdecimal", str_isdecimal),
    ("isnumeric", str_isnumeric),
    ("isalpha", str_isalpha),
    ("isalnum", str_isalnum),
    ("isspace", str_isspace),
    ("isascii", str_isascii),
    ("isupper", str_isupper),
    ("islower", str_islower),
    ("istitle", str_istitle),
    ("isidentifier", str_isidentifier),
    ("isprintable", str_isprintable),
];

/// Parses a no-argument method call and maps the receiver to a new string.
fn convert(vm: &mut Vm, a: &mut Args, name: &str, f: fn(&PyStr) -> String) -> PyResult<Value> {
    let call = parse(vm, a, name, Sig::NoArgs)?;
    Ok(Value::str(f(&call.s)))
}

fn str_upper(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    convert(vm, a, "upper", |s| {
        if s.is_ascii() {
            s.as_str().to_ascii_uppercase()
        } else {
            s.as_str().to_uppercase()
        }
    })
}

fn str_lower(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    convert(vm, a, "lower", |s| {
        if s.is_ascii() {
            s.as_str().to_ascii_lowercase()
        } else {
            s.as_str().to_lowercase()
        }
    })
}

/// `casefold`: full case folding (`ß` -> `ss`).
fn casefold(s: &PyStr) -> String {
    if s.is_ascii() {
        return s.as_str().to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.as_str().len());
    s.as_str()
        .chars()
        .for_each(|c| unicode::push_casefold(&mut out, c));
    out
}

fn str_casefold(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    convert(vm, a, "casefold", casefold)
}

/// `capitalize`: the first character in title case, the rest in lower case.
fn capitalize(s: &PyStr) -> String {
    let s = s.as_str();
    let mut out = String::with_capacity(s.len());
    let mut lower = Lowerer::new(s);
    let mut chars = s.chars();
    if let Some(first) = chars.next() {
        lower.skip(first);
        unicode::push_title(&mut out, first);
    }
    chars.for_each(|c| lower.push_lower(&mut out, c));
    out
}

fn str_capitalize(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    convert(vm, a, "capitalize", capitalize)
}

/// `title`: title case after an uncased character, lower case after a cased one.
fn title(s: &PyStr) -> String {
    let s = s.as_str();
    let mut out = String::with_capacity(s.len());
    let mut lower = Lowerer::new(s);
    let mut previous_is_cased = false;
    for c in s.chars() {
        if previous_is_cased {
            lower.push_lower(&mut out, c);
        } else {
            lower.skip(c);
            unicode::push_title(&mut out, c);
        }
        previous_is_cased = unicode::is_cased(c);
    }
    out
}

fn str_title(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    convert(vm, a, "title", title)
}

/// `swapcase`: upper-case characters lowered, lower-case ones uppered.
fn swapcase(s: &PyStr) -> String {
    let s = s.as_str();
    let mut out = String::with_capacity(s.len());
    let mut lower = Lowerer::new(s);
    for c in s.chars() {
        if c.is_uppercase() {
            lower.push_lower(&mut out, c);
            continue;
        }
        lower.skip(c);
        if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn str_swapcase(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    convert(vm, a, "swapcase", swapcase)
}

// ----- predicates --------------------------------------------------------------------------

/// Parses a predicate call and applies `f` to the receiver.
fn predicate(vm: &mut Vm, a: &mut Args, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let call = parse(vm, a, name, Sig::NoArgs)?;
    Ok(Value::bool(f(call.s.as_str())))
}

/// True when the string is non-empty and every character satisfies `f`.
fn all_chars(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn str_isprintable(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    // Unlike the other predicates, true for the empty string.
    predicate(vm, a, "isprintable", |s| {
        s.chars().all(unicode::is_printable)
    })
}

fn str_isdigit(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    predicate(vm, a, "isdigit", |s| all_chars(s, unicode::is_digit))
}

fn str_isdecimal(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    predicate(vm, a, "isdecimal", |s| all_chars(s, unicode::is_decimal))
}

fn str_isnumeric(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    predicate(vm, a, "isnumeric", |s| all_chars(s, unicode::is_numeric))
}

fn str_isalpha(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    predicate(vm, a, "isalpha", |s| all_chars(s, unicode::is_alpha))
}

fn str_isalnum(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    predicate(vm, a, "isalnum", |s| all_chars(s, unicode::is_alnum))
}

fn str_isspace(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    predicate(vm, a, "isspace", |s| all_chars(s, unicode::is_space))
}

fn str_isascii(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    predicate(vm, a, "isascii", str::is_ascii)
}

/// `isupper`/`islower`: some cased character, and none of the `opposite` case or title case.
fn uniform_case(s: &str, wanted: fn(char) -> bool, opposite: fn(char) -> bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if opposite(c) || unicode::is_titlecase(c) {
            return false;
        }
        cased |= wanted(c);
    }
    cased
}

fn str_isupper(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    predicate(vm, a, "isupper", |s| {
        uniform_case(s, char::is_uppercase, char::is_lowercase)
    })
}

fn str_islower(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    predicate(vm, a, "islower", |s| {
        uniform_case(s, char::is_lowercase, char::is_uppercase)
    })
}

/// `istitle`: upper/title-case characters only after uncased ones, lower-case ones only
/// after cased ones, and at least one cased character.
fn is_title(s: &str) -> bool {
    let (mut cased, mut previous_is_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || unicode::is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            (previous_is_cased, cased) = (true, true);
        } else if c.is_lowercase() {
            if !previous_is_cased {
                return false;
            }
            (previous_is_cased, cased) = (true, true);
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

fn str_istitle(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    predicate(vm, a, "istitle", is_title)
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(unicode::is_id_start) && chars.all(unicode::is_id_continue)
}

fn str_isidentifier(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    predicate(vm, a, "isidentifier", is_identifier)
}
