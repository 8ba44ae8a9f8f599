//! `str.format` and `str.format_map`, following CPython's
//! `Objects/stringlib/unicode_format.h`: the same parse, the same field lookup
//! (`{0}`, `{}`, `{name}`, `{0.attr}`, `{0[key]}`), the same error messages. Each
//! field is rendered by the machinery of f-strings and `format()`:
//! [`ops::format_value`] for the `!s`/`!r`/`!a` conversion and [`ops::format`] for
//! the spec, which may itself contain replacement fields (`{:{width}}`).

use std::rc::Rc;

use super::unicode::decimal_value;
use super::{Methods, Sig, parse, receiver};
use crate::interp::Vm;
use crate::runtime::exceptions::{PyResult, index_error, key_error, value_error};
use crate::runtime::ops;
use crate::runtime::value::{Args, PyStr, Value};

/// `format` and `format_map`.
pub(super) const METHODS: Methods = &[("format", str_format), ("format_map", str_format_map)];

/// How deeply format specs may nest fields: `{:{}}` is allowed, `{:{:{}}}` is not.
const MAX_DEPTH: u32 = 2;

fn str_format(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let s = receiver(vm, a, "format")?;
    let kw = std::mem::take(&mut a.kw);
    let mut fields = Fields {
        args: Some(a.pos.get(1..).unwrap_or(&[])),
        kwargs: Kwargs::Pairs(&kw),
        auto: AutoNumber::Init,
    };
    Ok(Value::str(render(vm, s.as_str(), &mut fields, MAX_DEPTH)?))
}

fn str_format_map(vm: &mut Vm, a: &mut Args) -> PyResult<Value> {
    let call = parse(vm, a, "format_map", Sig::One)?;
    let mut fields = Fields {
        args: None,
        kwargs: Kwargs::Mapping(call.req(0)),
        auto: AutoNumber::Init,
    };
    Ok(Value::str(render(
        vm,
        call.s.as_str(),
        &mut fields,
        MAX_DEPTH,
    )?))
}

// ----- parsing -----------------------------------------------------------------------------

/// A position in a format string. Every delimiter is ASCII, so byte positions next to
/// one are always character boundaries.
struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn new(s: &'a str) -> Cursor<'a> {
        Cursor { s, pos: 0 }
    }

    fn peek(&self) -> Option<char> {
        self.s.get(self.pos..)?.chars().next()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn at_end(&self) -> bool {
        self.pos >= self.s.len()
    }

    /// The text from byte `start` to byte `end`.
    fn text(&self, start: usize, end: usize) -> &'a str {
        self.s.get(start..end).unwrap_or("")
    }

    /// Advances to the next character in `stops` (or the end) and returns the text
    /// passed over; the stop character is not consumed.
    fn until(&mut self, stops: &[char]) -> &'a str {
        let start = self.pos;
        while self.peek().is_some_and(|c| !stops.contains(&c)) {
            self.next();
        }
        self.text(start, self.pos)
    }
}

/// A replacement field: `{name!conversion:spec}`.
struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
    /// Whether the spec contains nested fields.
    nested: bool,
}

/// Reads literal text up to the next field; returns it and whether a field follows.
/// `{{` and `}}` end the literal text just after their first brace.
fn literal<'a>(cur: &mut Cursor<'a>) -> PyResult<(&'a str, bool)> {
    let start = cur.pos;
    let brace = std::iter::from_fn(|| cur.next()).find(|&c| c == '{' || c == '}');
    let Some(brace) = brace else {
        return Ok((cur.text(start, cur.pos), false));
    };
    let doubled = cur.peek() == Some(brace);
    if brace == '}' && !doubled {
        return Err(value_error("Single '}' encountered in format string"));
    }
    if cur.at_end() {
        return Err(value_error("Single '{' encountered in format string"));
    }
    if doubled {
        cur.next();
        return Ok((cur.text(start, cur.pos - 1), false));
    }
    Ok((cur.text(start, cur.pos - 1), true))
}

/// Parses a field after its `{`, through its closing `}`.
fn field<'a>(cur: &mut Cursor<'a>) -> PyResult<Field<'a>> {
    let start = cur.pos;
    let mut end = None;
    while let Some(c) = cur.next() {
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                cur.until(&[']']);
            }
            '}' | ':' | '!' => {
                end = Some(c);
                break;
            }
            _ => {}
        }
    }
    let name = cur.text(start, cur.pos.saturating_sub(1));
    let mut f = Field {
        name,
        conversion: None,
        spec: "",
        nested: false,
    };
    match end {
        Some('}') => Ok(f),
        Some('!') => {
            let Some(conversion) = cur.next() else {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            };
            f.conversion = Some(conversion);
            match cur.next() {
                Some('}') => Ok(f),
                Some(':') | None => spec(cur, f),
                Some(_) => Err(value_error("expected ':' after conversion specifier")),
            }
        }
        Some(_) => spec(cur, f),
        None => Err(value_error("expected '}' before end of string")),
    }
}

/// Parses the format spec of field `f` through the field's closing `}`, counting the
/// braces of nested fields.
fn spec<'a>(cur: &mut Cursor<'a>, mut f: Field<'a>) -> PyResult<Field<'a>> {
    let start = cur.pos;
    let mut depth = 1;
    while let Some(c) = cur.next() {
        match c {
            '{' => {
                f.nested = true;
                depth += 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    f.spec = cur.text(start, cur.pos - 1);
                    return Ok(f);
                }
            }
            _ => {}
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

/// A field-name part that is all decimal digits, as an index (`None` otherwise).
fn integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

// ----- rendering ---------------------------------------------------------------------------

/// Automatic field numbering (`{}`) and manual numbering (`{0}`) cannot be mixed.
#[derive(Clone, Copy)]
enum AutoNumber {
    /// No numbered field yet.
    Init,
    /// Automatic numbering; the next index.
    Auto(usize),
    /// Manual numbering.
    Manual,
}

/// Keyword arguments of `format`, or the mapping of `format_map`.
enum Kwargs<'a> {
    Pairs(&'a [(Rc<PyStr>, Value)]),
    Mapping(&'a Value),
}

/// Where fields take their values from.
struct Fields<'a> {
    /// Positional arguments; `None` for `format_map`.
    args: Option<&'a [Value]>,
    kwargs: Kwargs<'a>,
    auto: AutoNumber,
}

impl Fields<'_> {
    /// The argument index for a numeric (or empty, automatically numbered) field name.
    fn number(&mut self, index: Option<usize>) -> PyResult<usize> {
        match (self.auto, index) {
            (AutoNumber::Init | AutoNumber::Manual, Some(i)) => {
                self.auto = AutoNumber::Manual;
                Ok(i)
            }
            (AutoNumber::Init, None) => {
                self.auto = AutoNumber::Auto(1);
                Ok(0)
            }
            (AutoNumber::Auto(next), None) => {
                self.auto = AutoNumber::Auto(next + 1);
                Ok(next)
            }
            (AutoNumber::Manual, None) => Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            )),
            (AutoNumber::Auto(_), Some(_)) => Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            )),
        }
    }

    fn positional(&self, i: usize) -> PyResult<Value> {
        let Some(args) = self.args else {
            return Err(value_error("Format string contains positional fields"));
        };
        args.get(i).cloned().ok_or_else(|| {
            index_error(format!(
                "Replacement index {i} out of range for positional args tuple"
            ))
        })
    }

    fn keyword(&self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        match self.kwargs {
            Kwargs::Pairs(pairs) => match pairs.iter().find(|(k, _)| k.as_str() == name) {
                Some((_, v)) => Ok(v.clone()),
                None => Err(key_error(Value::str(name))),
            },
            Kwargs::Mapping(m) => ops::getitem(vm, m, &Value::str(name)),
        }
    }

    /// The object a field name designates: an argument, then attributes and items.
    fn lookup(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let mut cur = Cursor::new(name);
        let first = cur.until(&['.', '[']);
        let index = integer(first)?;
        let mut obj = if first.is_empty() || index.is_some() {
            let i = self.number(index)?;
            self.positional(i)?
        } else {
            self.keyword(vm, first)?
        };
        while !cur.at_end() {
            obj = access(vm, &mut cur, obj)?;
        }
        Ok(obj)
    }
}

/// Applies the next `.attr` or `[key]` of a field name to `obj`.
fn access(vm: &mut Vm, cur: &mut Cursor, obj: Value) -> PyResult<Value> {
    let empty = || value_error("Empty attribute in format string");
    match cur.next() {
        Some('.') => {
            let attr = cur.until(&['.', '[']);
            if attr.is_empty() {
                return Err(empty());
            }
            ops::get_attr(vm, &obj, &Rc::new(PyStr::new(attr)))
        }
        Some('[') => {
            let key = cur.until(&[']']);
            if cur.next() != Some(']') {
                return Err(value_error("Missing ']' in format string"));
            }
            if key.is_empty() {
                return Err(empty());
            }
            let key = match integer(key)? {
                Some(i) => Value::Int(i as i64),
                None => Value::str(key),
            };
            ops::getitem(vm, &obj, &key)
        }
        _ => Err(value_error(
            "Only '.' or '[' may follow ']' in format field specifier",
        )),
    }
}

/// The `FormatValue` conversion code of `!s`, `!r` or `!a`.
fn conversion_code(c: char) -> PyResult<u32> {
    match c {
        's' => Ok(1),
        'r' => Ok(2),
        'a' => Ok(3),
        ' '..='~' if c != ' ' => Err(value_error(format!("Unknown conversion specifier {c}"))),
        _ => Err(value_error(format!(
            "Unknown conversion specifier \\x{:x}",
            c as u32
        ))),
    }
}

/// Formats `fmt` with the values in `fields`; `depth` limits the nesting of specs.
fn render(vm: &mut Vm, fmt: &str, fields: &mut Fields, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(fmt.len());
    let mut cur = Cursor::new(fmt);
    while !cur.at_end() {
        let (text, has_field) = literal(&mut cur)?;
        out.push_str(text);
        if has_field {
            let f = field(&mut cur)?;
            out.push_str(&render_field(vm, &f, fields, depth)?);
        }
    }
    Ok(out)
}

/// One field: look the object up, convert it, expand the spec, format.
fn render_field(vm: &mut Vm, f: &Field, fields: &mut Fields, depth: u32) -> PyResult<String> {
    let mut obj = fields.lookup(vm, f.name)?;
    if let Some(c) = f.conversion {
        obj = ops::format_value(vm, obj, conversion_code(c)?, None)?;
    }
    let spec = if f.nested {
        render(vm, f.spec, fields, depth - 1)?
    } else {
        f.spec.to_string()
    };
    ops::format(vm, &obj, &spec)
}
