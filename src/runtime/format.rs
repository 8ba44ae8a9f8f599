//! Python's format-spec mini language (`format()`, `str.format`,
//! f-strings) for ints, floats and strs, reproducing CPython 3.11's
//! `Python/formatter_unicode.c`.
//!
//! Errors are [`NumError`] values: `Value` for `ValueError`, `Overflow` for
//! the few cases where CPython raises `OverflowError` (`'c'` out of range,
//! int too large to convert to float).

use super::numeric::{
    DtoaFlags, INT_MAX_STR_DIGITS, INT_TO_STR_LIMIT_MSG, NumError, bigint_to_f64, double_to_string,
};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// A parsed format specification:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (default `' '`; `'0'` when the `0` flag was used).
    pub fill: char,
    /// Explicit alignment: one of `< > ^ =`.
    pub align: Option<char>,
    /// Explicit sign option: one of `+ - ' '`.
    pub sign: Option<char>,
    /// `z` option (3.11): coerce negative zero to positive zero (floats).
    pub no_neg_zero: bool,
    /// `#` alternate form.
    pub alternate: bool,
    /// The `0` flag was given (fill `'0'`; numbers then default to `=`
    /// alignment).
    pub zero: bool,
    /// Minimum field width in characters.
    pub width: Option<usize>,
    /// Thousands separator: `,` or `_`.
    pub grouping: Option<char>,
    /// Precision.
    pub precision: Option<usize>,
    /// Presentation type character.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Parses a run of ASCII digits starting at `*pos`; `Ok(None)` when there
/// are none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let d = i64::from(d);
        if acc > (i64::MAX - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((n > 0).then_some(acc as usize))
}

fn char_for_msg(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{cp:x}'")
    }
}

fn grouping_error(sep: char, ty: char) -> String {
    format!("Cannot specify '{sep}' with {}.", char_for_msg(ty))
}

/// Parses a format spec like CPython's `parse_internal_render_format_spec`
/// (the type-independent part).  `type_name` only appears in the
/// `Invalid format specifier '...' for object of type '...'` message.
/// A `,`/`_` with an explicit incompatible type is rejected here; the check
/// against a type's *default* presentation type (e.g. `,` for a str) is
/// done by the `format_*` functions.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec::default();
    let mut fill_specified = false;
    if end >= 2 && is_align(chars[1]) {
        f.align = Some(chars[1]);
        f.fill = chars[0];
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_zero = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        f.zero = true;
        pos += 1;
    }
    f.width = get_integer(&chars, &mut pos)?;
    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        match get_integer(&chars, &mut pos)? {
            Some(p) => f.precision = Some(p),
            None => return Err("Format specifier missing precision".to_string()),
        }
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    if let (Some(sep), Some(ty)) = (f.grouping, f.ty) {
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => {}
            'b' | 'o' | 'x' | 'X' if sep == '_' => {}
            _ => return Err(grouping_error(sep, ty)),
        }
    }
    Ok(f)
}

/// [`parse_format_spec_for`] with the type name `object` in the "Invalid
/// format specifier" message (use the `_for` variant to name the real
/// type, as CPython does).
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_for(spec, "object")
}

fn value_err(msg: impl Into<String>) -> NumError {
    NumError::Value(msg.into())
}

fn unknown_code(ty: char, type_name: &str) -> NumError {
    value_err(format!(
        "Unknown format code {} for object of type '{type_name}'",
        char_for_msg(ty)
    ))
}

/// CPython's `_PyUnicode_InsertThousandsGrouping` (digits are ASCII),
/// zero-padding the digits up to `min_width` characters.
fn group_digits(digits: &str, mut min_width: i64, grouping: Option<(char, i64)>) -> String {
    let mut remaining = digits.len() as i64;
    let mut pos = digits.len();
    let mut groups: Vec<String> = Vec::new();
    let mut take = |n_zeros: i64, n_chars: i64, pos: &mut usize| {
        let n = n_chars as usize;
        let mut g = "0".repeat(n_zeros as usize);
        g.push_str(&digits[*pos - n..*pos]);
        *pos -= n;
        groups.push(g);
    };
    let mut loop_broken = false;
    if let Some((_, size)) = grouping {
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            take(n_zeros, n_chars, &mut pos);
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        take(n_zeros, n_chars, &mut pos);
    }
    groups.reverse();
    let sep = grouping.map(|(c, _)| c.to_string()).unwrap_or_default();
    groups.join(&sep)
}

/// The pieces of a formatted number (CPython's `NumberFieldWidths`).
struct NumberParts<'a> {
    /// `'-'` if the number is negative.
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

/// CPython's `calc_number_widths` + `fill_number`.
fn render_number(parts: &NumberParts, spec: &FormatSpec, grouping: Option<(char, i64)>) -> String {
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    let sign = match spec.sign {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let width = spec.width.map_or(-1, |w| w as i64);
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let non_digit =
        i64::from(sign.is_some()) + n_prefix + i64::from(parts.has_decimal) + n_remainder;
    let min_width = if spec.fill == '0' && align == '=' {
        width - non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, grouping)
    };
    let n_padding = width - (non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let fill = |n: i64| spec.fill.to_string().repeat(n as usize);
    let mut out = fill(lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(parts.prefix);
    out.push_str(&fill(spad));
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    out.push_str(&fill(rpad));
    out
}

/// A field wider than the engine builds is CPython's MemoryError (it tries).
fn check_width(spec: &FormatSpec) -> Result<(), NumError> {
    match spec.width {
        Some(w) if w > crate::runtime::ops::MAX_BUILD => Err(NumError::Memory),
        _ => Ok(()),
    }
}

/// Formats an int (`format(n, spec)` for `int`): types `b c d o x X n` and
/// none; `e E f F g G %` convert to float first.  Equivalent to
/// [`format_int_typed`] with type name `int`.
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, NumError> {
    format_int_typed(v, spec, "int")
}

/// [`format_int`] naming `type_name` in "Unknown format code" errors (e.g.
/// `bool`).  Note CPython formats an empty spec as `str(obj)`, so
/// `format(True, '')` is `'True'`: callers handle that case for bool.
pub fn format_int_typed(
    v: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, NumError> {
    check_width(spec)?;
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = bigint_to_f64(v)?;
            return format_float(f, spec);
        }
        _ => return Err(unknown_code(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err(value_err(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(value_err(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(value_err(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(value_err(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = v.to_i64().ok_or_else(|| {
            NumError::Overflow("Python int too large to convert to C long".to_string())
        })?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(NumError::Overflow(
                "%c arg not in range(0x110000)".to_string(),
            ));
        }
        let c = char::from_u32(x as u32)
            .ok_or_else(|| value_err("surrogate code points cannot be represented"))?;
        let rem = c.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &rem,
        };
        return Ok(render_number(&parts, spec, None));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if base == 10 && digits.len() > INT_MAX_STR_DIGITS {
        return Err(value_err(INT_TO_STR_LIMIT_MSG));
    }
    if ty == 'X' {
        digits = digits.to_ascii_uppercase();
    }
    let grouping = match (ty, spec.grouping) {
        ('n', _) | (_, None) => None,
        (_, Some(sep)) => Some((sep, if base == 10 { 3 } else { 4 })),
    };
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(render_number(&parts, spec, grouping))
}

/// Formats a float (`format(x, spec)`): types `e E f F g G n %` and none
/// (none = `repr` without precision, else `g`-like with at least one digit
/// after the point), correctly rounded half-even on the exact binary value.
pub fn format_float(val: f64, spec: &FormatSpec) -> Result<String, NumError> {
    check_width(spec)?;
    let ty = spec.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(unknown_code(t, "float")),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_err("precision too big"));
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        add_dot_0: false,
    };
    let mut default_precision = 6;
    let mut code = match ty {
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some(t) => t,
    };
    let mut val = val;
    let mut add_pct = false;
    if code == '%' {
        code = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut buf = double_to_string(val, code, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let ndig = body.bytes().take_while(u8::is_ascii_digit).count();
    let digits = &body[..ndig];
    let has_decimal = body[ndig..].starts_with('.');
    let remainder = &body[ndig + usize::from(has_decimal)..];
    let grouping = match (ty, spec.grouping) {
        (Some('n'), _) | (_, None) => None,
        (_, Some(sep)) => Some((sep, 3)),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    Ok(render_number(&parts, spec, grouping))
}

/// Formats a str (`format(s, spec)`): type `s` or none, precision
/// truncates, default left alignment; widths count code points.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, NumError> {
    check_width(spec)?;
    if let (Some(sep), None) = (spec.grouping, spec.ty) {
        return Err(value_err(grouping_error(sep, 's')));
    }
    match spec.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, "str")),
    }
    match spec.sign {
        Some(' ') => {
            return Err(value_err("Space not allowed in string format specifier"));
        }
        Some(_) => return Err(value_err("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(value_err(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_err(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.align.unwrap_or('<');
    if align == '=' {
        return Err(value_err(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = s.chars().count();
    let text: String = match spec.precision {
        Some(p) if p < len => {
            len = p;
            s.chars().take(p).collect()
        }
        _ => s.to_string(),
    };
    let total = spec.width.unwrap_or(0).max(len);
    let lpad = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let fill = |n: usize| spec.fill.to_string().repeat(n);
    Ok(format!("{}{text}{}", fill(lpad), fill(rpad)))
}

fn parse_err(msg: String) -> NumError {
    NumError::Value(msg)
}

/// `format(n, spec)` for an int from the raw spec string; `type_name` is
/// `int` (or `bool` etc.).  An empty spec gives `str(n)`.
pub fn format_int_spec(v: &BigInt, spec: &str, type_name: &str) -> Result<String, NumError> {
    let parsed = parse_format_spec_for(spec, type_name).map_err(parse_err)?;
    format_int_typed(v, &parsed, type_name)
}

/// `format(x, spec)` for a float from the raw spec string.
pub fn format_float_spec(v: f64, spec: &str) -> Result<String, NumError> {
    let parsed = parse_format_spec_for(spec, "float").map_err(parse_err)?;
    format_float(v, &parsed)
}

/// `format(s, spec)` for a str from the raw spec string (an empty spec
/// returns `s` unchanged).
pub fn format_str_spec(s: &str, spec: &str) -> Result<String, NumError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let parsed = parse_format_spec_for(spec, "str").map_err(parse_err)?;
    format_str(s, &parsed)
}

#[cfg(test)]
mod tests {
    use super::super::numeric::{float_repr, parse_int, str_repr};
    use super::*;

    fn expand(s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(i) = rest.find("<<") {
            out.push_str(&rest[..i]);
            let after = &rest[i + 2..];
            let c = after.chars().next().unwrap();
            let end = after.find(">>").unwrap();
            let n: usize = after[c.len_utf8() + 1..end].parse().unwrap();
            out.push_str(&c.to_string().repeat(n));
            rest = &after[end + 2..];
        }
        out.push_str(rest);
        out
    }

    fn pi(s: &str) -> BigInt {
        parse_int(&expand(s), 0).unwrap()
    }

    fn show(r: Result<String, NumError>) -> String {
        match r {
            Ok(s) => str_repr(&s),
            Err(NumError::Value(m)) => format!("ValueError: {m}"),
            Err(NumError::Overflow(m)) => format!("OverflowError: {m}"),
            Err(NumError::ZeroDivision(m)) => format!("ZeroDivisionError: {m}"),
            Err(NumError::Memory) => "MemoryError".to_string(),
        }
    }

    fn py_repr_expected(want: &str) -> String {
        expand(want)
    }

    struct Checker {
        count: usize,
        failures: Vec<String>,
    }

    impl Checker {
        fn new() -> Self {
            Checker {
                count: 0,
                failures: Vec::new(),
            }
        }
        fn check(&mut self, label: &str, got: &str, expected: &str) {
            self.count += 1;
            if got != expected {
                self.failures
                    .push(format!("{label}: got {got:?}, expected {expected:?}"));
            }
        }
        fn finish(self, name: &str) {
            eprintln!("{name}: {} cases", self.count);
            assert!(
                self.failures.is_empty(),
                "{} of {} failed:\n{}",
                self.failures.len(),
                self.count,
                self.failures.join("\n")
            );
        }
    }

    fn data_file(name: &str) -> String {
        let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn format_int_table() {
        let mut c = Checker::new();
        for (v, spec, want) in FMT_INT {
            let spec = &expand(spec);
            let got = show(format_int_spec(&pi(v), spec, "int"));
            c.check(
                &format!("format({v}, {spec:?})"),
                &got,
                &py_repr_expected(want),
            );
        }
        for (spec, want) in FMT_BOOL {
            let got = show(format_int_spec(&BigInt::from(1), spec, "bool"));
            c.check(
                &format!("format(True, {spec:?})"),
                &got,
                &py_repr_expected(want),
            );
        }
        c.finish("format int");
    }

    #[test]
    fn format_float_table() {
        let mut c = Checker::new();
        for (v, spec, want) in FMT_FLOAT {
            let spec = &expand(spec);
            let x: f64 = v.parse().unwrap();
            let got = show(format_float_spec(x, spec));
            c.check(
                &format!("format({v}, {spec:?})"),
                &got,
                &py_repr_expected(want),
            );
        }
        // The empty spec is repr().
        for x in [0.1, -0.0, 1e16, 1e-5, 123.0, f64::NAN, f64::NEG_INFINITY] {
            c.check(
                "repr",
                &format_float(x, &FormatSpec::default()).unwrap(),
                &float_repr(x),
            );
        }
        c.finish("format float");
    }

    #[test]
    fn format_str_table() {
        let mut c = Checker::new();
        for (v, spec, want) in FMT_STR {
            let (v, spec) = (&expand(v), &expand(spec));
            let got = show(format_str_spec(v, spec));
            c.check(
                &format!("format({v:?}, {spec:?})"),
                &got,
                &py_repr_expected(want),
            );
        }
        c.finish("format str");
    }

    #[test]
    fn format_data_files() {
        let mut c = Checker::new();
        for line in data_file("float_format.txt").lines() {
            let mut parts = line.splitn(3, '\t');
            let (v, spec, want) = (
                parts.next().unwrap(),
                parts.next().unwrap(),
                parts.next().unwrap(),
            );
            let got = format_float_spec(v.parse().unwrap(), spec).unwrap();
            c.check(&format!("format({v}, {spec:?})"), &got, want);
        }
        for line in data_file("int_format.txt").lines() {
            let mut parts = line.splitn(3, '\t');
            let (v, spec, want) = (
                parts.next().unwrap(),
                parts.next().unwrap(),
                parts.next().unwrap(),
            );
            let got = format_int_spec(&pi(v), spec, "int").unwrap();
            c.check(&format!("format({v}, {spec:?})"), &got, want);
        }
        c.finish("format data files");
    }

    #[test]
    fn parse_spec_fields() {
        let f = parse_format_spec("*^+#012,.3f").unwrap();
        assert_eq!(
            f,
            FormatSpec {
                fill: '*',
                align: Some('^'),
                sign: Some('+'),
                no_neg_zero: false,
                alternate: true,
                zero: false,
                width: Some(12),
                grouping: Some(','),
                precision: Some(3),
                ty: Some('f'),
            }
        );
        let g = parse_format_spec("-z#08_x").unwrap();
        assert!(g.zero && g.alternate && g.no_neg_zero);
        assert_eq!(
            (g.fill, g.width, g.grouping, g.ty),
            ('0', Some(8), Some('_'), Some('x'))
        );
        assert_eq!(parse_format_spec("").unwrap(), FormatSpec::default());
        assert_eq!(
            parse_format_spec("xx").unwrap_err(),
            "Invalid format specifier 'xx' for object of type 'object'"
        );
    }

    // BEGIN GENERATED
    const FMT_INT: &[(&str, &str, &str)] = &[
        (
            "1",
            "q",
            "ValueError: Unknown format code 'q' for object of type 'int'",
        ),
        (
            "1",
            ".2",
            "ValueError: Precision not allowed in integer format specifier",
        ),
        (
            "1",
            ".2d",
            "ValueError: Precision not allowed in integer format specifier",
        ),
        (
            "1",
            "z",
            "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
        ),
        ("1", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("1", "_,", "ValueError: Cannot specify both ',' and '_'."),
        ("1", ".", "ValueError: Format specifier missing precision"),
        ("1", "1.", "ValueError: Format specifier missing precision"),
        (
            "1",
            "<<9*20>>",
            "ValueError: Too many decimal digits in format string",
        ),
        ("5", "05", "'00005'"),
        ("5", "<05", "'50000'"),
        ("1", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("1", "_n", "ValueError: Cannot specify '_' with 'n'."),
        ("1", "_c", "ValueError: Cannot specify '_' with 'c'."),
        ("1", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("1", "_x", "'1'"),
        (
            "1",
            "#c",
            "ValueError: Alternate form (#) not allowed with integer format specifier 'c'",
        ),
        (
            "1",
            "+c",
            "ValueError: Sign not allowed with integer format specifier 'c'",
        ),
        ("65", "c", "'A'"),
        ("65", ">5c", "'    A'"),
        (
            "1114112",
            "c",
            "OverflowError: %c arg not in range(0x110000)",
        ),
        ("-1", "c", "OverflowError: %c arg not in range(0x110000)"),
        (
            "1<<0*30>>",
            "c",
            "OverflowError: Python int too large to convert to C long",
        ),
        ("128512", "c", "'\u{1f600}'"),
        (
            "1",
            "xx",
            "ValueError: Invalid format specifier 'xx' for object of type 'int'",
        ),
        (
            "1",
            "ab",
            "ValueError: Invalid format specifier 'ab' for object of type 'int'",
        ),
        ("1", "=,", "'1'"),
        ("1<<0*30>>", "e", "'1.000000e+30'"),
        (
            "1<<0*400>>",
            "e",
            "OverflowError: int too large to convert to float",
        ),
        ("1", "x<+#10_b", "'+0b1xxxxxx'"),
        ("-255", "#010x", "'-0x00000ff'"),
        ("255", "#_b", "'0b1111_1111'"),
        ("1234567", "_o", "'455_3207'"),
        ("-1234567", "020,", "'-000,000,001,234,567'"),
        ("-1234567", "=20,", "'-          1,234,567'"),
        ("1234567", "020_x", "'0_0000_0000_0012_d687'"),
        ("12345", "n", "'12345'"),
        ("1", "0=5", "'00001'"),
        (
            "1",
            "{",
            "ValueError: Unknown format code '{' for object of type 'int'",
        ),
        (
            "1",
            "s",
            "ValueError: Unknown format code 's' for object of type 'int'",
        ),
        ("1", " ", "' 1'"),
        ("255", "#X", "'0XFF'"),
        ("255", "#_X", "'0XFF'"),
        ("-255", "X", "'-FF'"),
        ("0", "", "'0'"),
        ("0", "+", "'+0'"),
        ("42", " d", "' 42'"),
        ("42", "-d", "'42'"),
        ("-42", " d", "'-42'"),
        ("1234", "06,", "'01,234'"),
        ("1234", "07,", "'001,234'"),
        ("1234", "08,", "'0,001,234'"),
        ("1234", "09,", "'0,001,234'"),
        ("-1234", "07,", "'-01,234'"),
        ("123", "^9", "'   123   '"),
        ("123", "^+9", "'  +123   '"),
        ("-123", "*^10,", "'***-123***'"),
        ("123456789", ",", "'123,456,789'"),
        ("123456789", "_", "'123_456_789'"),
        ("-123456789", ",d", "'-123,456,789'"),
        (
            "18446744073709551616",
            "_b",
            "'1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000'",
        ),
        ("18446744073709551616", "#_x", "'0x1_0000_0000_0000_0000'"),
        ("0", "#b", "'0b0'"),
        ("0", "#o", "'0o0'"),
        ("0", "#x", "'0x0'"),
        ("-8", "#o", "'-0o10'"),
        ("255", "b", "'11111111'"),
        ("1", "%", "'100.000000%'"),
        ("1", ".2%", "'100.00%'"),
        ("12345", "e", "'1.234500e+04'"),
        ("12345", ".2e", "'1.23e+04'"),
        ("12345", "g", "'12345'"),
        ("12345", "f", "'12345.000000'"),
        ("12345", ",.2f", "'12,345.00'"),
        ("-7", "F", "'-7.000000'"),
        ("1<<0*20>>", "g", "'1e+20'"),
        ("3", "E", "'3.000000E+00'"),
        ("3", "G", "'3'"),
        ("1", "0", "'1'"),
        ("1", "00", "'1'"),
        ("1", "000", "'1'"),
        (
            "7",
            "\u{e9}",
            "ValueError: Unknown format code '\\xe9' for object of type 'int'",
        ),
        (
            "7",
            "\u{1}",
            "ValueError: Unknown format code '\\x1' for object of type 'int'",
        ),
        (
            "7",
            "\u{7f}",
            "ValueError: Unknown format code '\u{7f}' for object of type 'int'",
        ),
        (
            "1267650600228229401496703205376",
            "d",
            "'1267650600228229401496703205376'",
        ),
        (
            "0x1392bd7c2a1aa84a72e2056d3b17f01cb08800b8238bf7ce68df91012d37248ba88280ed133521896f4bbe4477173d77983ea028148a6c68560c55174c8e426436bf253f076d5e8e5526256c24e1e31e73f490f60869f11dc2402671a6b60c8b3add0f28716b78a85bc71eb7bc6fca26284e8c6e109cfcfbde3f205a6e37bad57b1c6b5961f8d1348a2a7e00eea55da8dbb9addb2e737e5327140077a6d3bd94f6bdb992a0bab5a22c2bcbec2a6e56ca24adb2055357755f6f3ab83081e3e91bb6469429808e92b75e2b977be7cec590799a428cb555e8b7b92638ed280ac3726341808bd6a089e112813cc9eef629e5908bb43b1320886c8b351b6e6487b92a664cc468775555aa9a570dc60b70d3965bf460c7442945ce85a3e24dd76d98d6dea48d137548583914ccdd4305dfd0368d49055494306167e7a3011d080081abace3781ae430f499214b8523e41145ba2fa710933e0b6456bc0b1349b5f8905beeaa3a8aaafc196556bf5edc9819edd96d17c76e58497e6d7ebdcfbdb05154f7a0436b7dc6a5ff911fbef96a3fb45031c82e10afe7729783ccc8ae36a2f7f602a8c9a8162841db2e9cd9f9b0335f6051a84d42c80b904e5990d65f61e5f0748d9b487d4926904e8b6a8061ed54ab47ff818fc3a0862c3276209b349415c25f5fe4c23307f24f999d10914b0eaf71fdca9435cadee7dd14eba127996f2cffbad0d5f63680b42604a7d9a6d1bbb9d9fc3cff29350305c8f80b45f4e385667e5ea1c72db30614bcbee56c523d30f9acf457f1d2b6f1c9d059b9be5bcc4f1e98e7ae27cd5447a57a51ae1e81bc1965058fd2af4a3fd21f34e1d8dde06d62c445dc508260ab0fa2b4306b4ecec0513124402c2c9fd2613f6d58bcee9c1f088909c246b60d9a4629a7c941b15e78f5bb9c7cf3605f3c2a4786eddcaf3197bb198ad5a68e2be0f5e2fbb19ad1e0e55d22913b24bb46ccdb34943b317a594caa8a22048d0bede2d33ef1f1384f78c467264552c8cef24e5c8ca6394c666ee2fb61c441d867b4f0c69a828f201b6683bd9d73347b0afa8e0d1bd263587d95f93652878f6d82ed3ce2ccdcb164cd95a5f68345fe98b02c525b543c854b59c3c1f90334918d679b52b4a2e56cdde0e42afd7e7cea4839ec13c099a97b2608d35a8d60ddd530efac1233aa2f92fd64c9bb6b9db9e61dd5696ae510698e0078880c37b3b55ee0f9691a307ed1f8d49f8383dcac699714dbd5e8d4188903f52d152025749b4a65d8391ee519ff5e434a7e97c1dc83819678b4eb361ac7d12d2a6653fcda7e520653e8dd065063fb1415e036c3a0c93d224a04a588648fe93ff76bf0cdba6ef42c13bc1b976be01ef8f48d3f7ff4b00a3a086c5b6454e16992706af1c8777d50fe0275d453bd2a23ecbb1df1032fe5687385fb3cd26b432c8af0d17819467508f2fa78f5f6a56f955187560d8d4aa1fa480062f9fca86929c627432ca70f53b80c4cd5253418f486714f55ffdb6fcac3c7d96d288aeeaba86260d9d4b53829b7eefdc35c5b56d5b9916e992a477c44b9df5cc8c1f11dc52d3c6eec387366615783239839ad4c586f2ce4cc5c6ded0ab5c126e0b8f916c560295c3ed33dc1b983f40d4f35716fbf50b6ed4e00895978d084e82cde6a4d1920a200c4dcb8beecc82aec8c3e5bac54f3b39ddba1aa296b04aecff3a14f658130513931a8a0f325386782c7ac5ef8f0e3f8991a79ff5d4701e96ca03d884ac5d243488a769a496717751<<0*1075>>",
            "d",
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        ),
        (
            "0x1f512f2d102aa6dd849cd57b91bfe6944da6678d05acbfb0a7cc1b3515250745da6a67e1b85502757edf96d3f1bec8bf59fdcd0cedaa470d567a21bee0e39d6d24650864d8aefdb0883d08ad07cfd1ca5320e7f00d764e960399d71c3df01411f7c81840b578c10d5fa4fdf2c7194370407dad7ce76194c630650090b0592aef2b60abc2365ae8541043fcce4aa22f7492c2afc5171f30850b5333f2a485fc218ac928ea9ac455d046ac7979dd7d57a9d4491cd552258898b1f78d1a696ca82c56d753759a7db78bc9df58c63fb13c1a5c2a041455564125f509f4aea6779f1d6b9c00dfbdcda9681d9b94764b23763c1a79205e8500da474521c57d6da5f510a3ae070d8bbbbc442a24e2d678b485bd5fed67a539dba2e4090636e2f248f48afdd414ebeeda26c1bae16204d632e6bdaedb3bba86b3cf0ca5d19b61a66735df7b058cf7d381875b6878d50639b53c5d190b4db863456d579344eba923274d5fe44390ddde6028a224656494268fe2f57b593f16f3a8ca48cac94c62b3b554bf66d245960aa33281cc64c2439920804fa6b01ab30bea8c06147449f104bff0044142a689da02f84a948ff5e6b8989a1c407b9e0cdf4d4a28e7bd65696fe720e2920d9541d74d4a78aa67031554453fff35b2d29a7046b723675eba868936feffd469eb3fea18f5c81a8211b118b662ddb9efaafe3fc8217901d8f57eae65f7b48989f0cded09a10c8f714f92c2f660619841ee6b3c74c0120987d26f0a63ca9c71e2b809bac797d57a1d2eb4c2ae53bfe95124b60fb3c2c2ca2c7a1830f4a5e372e22072a25d4f7cfd9c6028a1a27fb77edd32e9cb87cfc16300af046d3c93b403cdde7f6ab9e71217b133b51b6d3379e0ffb701ff155ac7e42cfe740e7603a4567c2a09dc3fa8691bca5b22c5c72e5233cb9376d8d7e2fab1e8f2c4f5aaef70e37967efd192b5c483016efb6a81f83ac53e1491edb9f84f2a287aaa769cd414dfe3048531831b8d4bf46d71d6d551414b1d4a2dadd6c213d717d1923606cfc0a5ee4e0a90d0e5002bd7392f6251ed91ab2a7ce1c61d6bc0c8eff523b73f4be26b152e37ae2de8a148ef6ff0d209975ab37a1d5eed2da2122939365b38541c1572921dedd16f149634a044c8ca6176d9f6468600f5dbf83cdaebc41567c9551b19135052a9e5b7fbd475f8ac2f8fd696224244a1b3dc16672740138c52bbcb018f0e904d97b65aedcc059fc77a428b5492efdaecf40e6cbb7b55003bedc543d626c1cb08299896d210ca8c6960d268f0c1217856913fb51510a3b99490ca1cd6eca7c80a1a3991b9bc99f1390141fb6a10076f40a0e641fff2464e15f717ed1352c6928bdfccfe5b20e1ff332119a9f673e0923a2168a8ea4d77e940bf2ee7fcd0bc86ec61dd064791c9819eb308a71f3cc52e1d786b7a77e7b58cf53d880e5190c1898aa24c221c0bbce27baa9cc3a66704c32dda41dc703ed1e10b4bb9267a14883b868e540a4ee556662be611393fc24840de4aac409d67c2edeec042bfe4c93893c557bc5c1be42843a593a129656141364e96084860b179f3ebd702259e9f59f5e213c0b1e16e13c716481122cea49ac18e8ad566a89397b862cf8f39867bb1ef1be5fee78b15499a755bf480d4a6ae30aa14f50103346e2df464ae0d117a79fd5f7a2185ec2fc5cf76a8ab3ab14cb90218a2684d4ec1e90dce51d5270c0472ad64c1816cc0f4f72998953e69757a99fc0d446fb6d20daa575d423e8bee8<<0*1074>>",
            "d",
            "'1<<0*4299>>'",
        ),
        (
            "0x31e20801036510f3c591fde5361dc619987896700f4451e1c85ce19029146ae88803ffabbeab14ba3f3e0ad3674348e2a33e76dc901f3ed3e1dc0e1128998eaff073ffb329c516fc89b76d29695cacda39549394358c229554ff778a46102881147e479802882acda05333319cd769bd74f0f33cc0c57f4e1c2adf51aa1beceb32a78da8c60cc36a580e5e2bfd9ddd2ca8536316bc8acd2d5449f5abf7d1cd6f79a32c697a4376b4fc194c5da4085a09c4e3f77d38f57f433d457ce0476e3373342c7f20cdce345db8c0ea480eff573220b15a3ff7e29c2c5a14b2cd9007dcfd19fe81da53af4144faa6d495206a1f1a1b9430c4a228a22f2a9a2c0cb9ed53c66d67ebe38df7881d1fff42d20495d028efd662d2e4904547beee140ea4eb3c1bc971e05e83e2811c3491aa535d2164b294c1f9af0574fc671bc8561d8ba30b9b5dd79177e8463a5546cd498abef25e88142a3d9d26d3b539455d90a06d81fd69ba79ed2f159c136404be0cc7857ba82db48f88beaeb8b7af9a99e38be7e76767b9d1f9657bc54a2662d8ce64fab624e0417c60c797f8d294d69dc3eb0f9d673ed6a2dfbc64445bb92bec946db2995568bbd8259543ba7c2268505e45b76236a06370da474416255493a33b7b72bf80e85b3e90aeb600da52b387b8e66f83a69323c005cf22d2c10acbbb37d33f4db56bb9e02e6e2dcc25022049d99f76a188d94bd03802df170caeaade60e72101f4b42c3cf98a859ade07e579b3aa5b05ec27b8b50531a3f351bf4675e6600fe0f4d31a30ee505dfe0cebf7c02fbddd3e7ce9972e0edef93db975c8370cae134278c1b9cf83bfe511099996c1870a19ac00cfaa0bbe0e285606b4da653011677bd5234b2ce6a757ba23a6f3a68b2601899141754fa80f51d45167d35a355a95e812a2652f696b494672692a6b96bc14827af1535064af2cbf7d468e98d62c89540c7ebd808606648d4da413b5d71fc121323b5d3a9d0633444eefd31e2dea2f0b8f38e77bcb95da4188035d2199b5b628152138b272826d5a3fb65885f89823dacb42065cc9944669027aaadc19b33319886d480ed2caa630d5366bedb4a39747a9c35ba6a46c07bd554f5fb4e4f5212aa15045dce636f65c0678180c335a3de853a2dfafa6f9faa81ede053d67d341ab8b542578da1931a8518b194d0c630510b8e55ba1fef3953bf10445994f14bf1e886bd71eaa861a0dd775890e5adac34db339754ba63f34cc1d792fafe714a8b2eadd0c2c3dc940adad2918cdbe77bbbb155ca916681f4e5e78d77fd42a0ba0ab95402a6fbe6d8f5bf93f5b1a6aaf5fd86b8346881f7b4a667dfa95ff53c828a5bf08559fdfc8c872f05a442418c175eb2275a65953aed0130c0605382c7bb61f07a65561047f29e2838b47b099540b8eed19c5af6ab819fe9299bc9bc499d025ed9d13a4f0bceb731b831c3bd9b1585b86714897806a8e1016b3039fae10693d820312f861f222bb283fca834b202024a8f05ef15f2fd44d19bad99b738394d51ecabab66885904737948d80c3c6481a378480948ff4b835ac149de4966239b581ef99ea170315b8271fa5247d55f053c525d43c0480c01c99ec6c0705cde5d6628553c3f14b03f8cebec2b17b53e2bc06660d5e0779ec35848a65f16ee2c16dbc49d056e19a3b63915264dc06d7a66bfc1f7fafe64007d55525b1059732a42a4609aec81477861dd3f53af7aede6966dbbe4d52bdf9a66c9f752b08b5f7dfdfba7c6a6ccc80a93bad13a5922f949bb3e5d9e50c8c09b9198b3efbf619e9aba34ff86d4a28d5c491db33c5e745e6f592f8453986a08d4a8335d486d51cc654236818991e6f4957f4c22b2c7c1d196c620bed5789ae0d57819f312f0568897382d31c670e0182f1912d6c6560dd6b514f5dd88254a8cd0e7888323c7cc0353a9761179e972e41c8832119525b93d99a76cc3b67dc1495aec566bc2c8990678e4ce171cb0b703a4204015d0c7ebb97c3467df161284b946b80a4b23a3180fc7e63f868bdc39741193b71470d427e1<<0*1250>>",
            "x",
            "'31e20801036510f3c591fde5361dc619987896700f4451e1c85ce19029146ae88803ffabbeab14ba3f3e0ad3674348e2a33e76dc901f3ed3e1dc0e1128998eaff073ffb329c516fc89b76d29695cacda39549394358c229554ff778a46102881147e479802882acda05333319cd769bd74f0f33cc0c57f4e1c2adf51aa1beceb32a78da8c60cc36a580e5e2bfd9ddd2ca8536316bc8acd2d5449f5abf7d1cd6f79a32c697a4376b4fc194c5da4085a09c4e3f77d38f57f433d457ce0476e3373342c7f20cdce345db8c0ea480eff573220b15a3ff7e29c2c5a14b2cd9007dcfd19fe81da53af4144faa6d495206a1f1a1b9430c4a228a22f2a9a2c0cb9ed53c66d67ebe38df7881d1fff42d20495d028efd662d2e4904547beee140ea4eb3c1bc971e05e83e2811c3491aa535d2164b294c1f9af0574fc671bc8561d8ba30b9b5dd79177e8463a5546cd498abef25e88142a3d9d26d3b539455d90a06d81fd69ba79ed2f159c136404be0cc7857ba82db48f88beaeb8b7af9a99e38be7e76767b9d1f9657bc54a2662d8ce64fab624e0417c60c797f8d294d69dc3eb0f9d673ed6a2dfbc64445bb92bec946db2995568bbd8259543ba7c2268505e45b76236a06370da474416255493a33b7b72bf80e85b3e90aeb600da52b387b8e66f83a69323c005cf22d2c10acbbb37d33f4db56bb9e02e6e2dcc25022049d99f76a188d94bd03802df170caeaade60e72101f4b42c3cf98a859ade07e579b3aa5b05ec27b8b50531a3f351bf4675e6600fe0f4d31a30ee505dfe0cebf7c02fbddd3e7ce9972e0edef93db975c8370cae134278c1b9cf83bfe511099996c1870a19ac00cfaa0bbe0e285606b4da653011677bd5234b2ce6a757ba23a6f3a68b2601899141754fa80f51d45167d35a355a95e812a2652f696b494672692a6b96bc14827af1535064af2cbf7d468e98d62c89540c7ebd808606648d4da413b5d71fc121323b5d3a9d0633444eefd31e2dea2f0b8f38e77bcb95da4188035d2199b5b628152138b272826d5a3fb65885f89823dacb42065cc9944669027aaadc19b33319886d480ed2caa630d5366bedb4a39747a9c35ba6a46c07bd554f5fb4e4f5212aa15045dce636f65c0678180c335a3de853a2dfafa6f9faa81ede053d67d341ab8b542578da1931a8518b194d0c630510b8e55ba1fef3953bf10445994f14bf1e886bd71eaa861a0dd775890e5adac34db339754ba63f34cc1d792fafe714a8b2eadd0c2c3dc940adad2918cdbe77bbbb155ca916681f4e5e78d77fd42a0ba0ab95402a6fbe6d8f5bf93f5b1a6aaf5fd86b8346881f7b4a667dfa95ff53c828a5bf08559fdfc8c872f05a442418c175eb2275a65953aed0130c0605382c7bb61f07a65561047f29e2838b47b099540b8eed19c5af6ab819fe9299bc9bc499d025ed9d13a4f0bceb731b831c3bd9b1585b86714897806a8e1016b3039fae10693d820312f861f222bb283fca834b202024a8f05ef15f2fd44d19bad99b738394d51ecabab66885904737948d80c3c6481a378480948ff4b835ac149de4966239b581ef99ea170315b8271fa5247d55f053c525d43c0480c01c99ec6c0705cde5d6628553c3f14b03f8cebec2b17b53e2bc06660d5e0779ec35848a65f16ee2c16dbc49d056e19a3b63915264dc06d7a66bfc1f7fafe64007d55525b1059732a42a4609aec81477861dd3f53af7aede6966dbbe4d52bdf9a66c9f752b08b5f7dfdfba7c6a6ccc80a93bad13a5922f949bb3e5d9e50c8c09b9198b3efbf619e9aba34ff86d4a28d5c491db33c5e745e6f592f8453986a08d4a8335d486d51cc654236818991e6f4957f4c22b2c7c1d196c620bed5789ae0d57819f312f0568897382d31c670e0182f1912d6c6560dd6b514f5dd88254a8cd0e7888323c7cc0353a9761179e972e41c8832119525b93d99a76cc3b67dc1495aec566bc2c8990678e4ce171cb0b703a4204015d0c7ebb97c3467df161284b946b80a4b23a3180fc7e63f868bdc39741193b71470d427e1<<0*1250>>'",
        ),
        (
            "1",
            "\u{20ac}^7",
            "'\u{20ac}\u{20ac}\u{20ac}1\u{20ac}\u{20ac}\u{20ac}'",
        ),
        ("-1", "0<8", "'-1000000'"),
        ("-1", "0>8", "'000000-1'"),
        ("-1", "0^8", "'000-1000'"),
        ("1", "z.2f", "'1.00'"),
        ("1", "#.0f", "'1.'"),
        ("17", "#010b", "'0b00010001'"),
        ("17", "#10o", "'      0o21'"),
        ("17", "+#x", "'+0x11'"),
        ("-17", " #x", "'-0x11'"),
        ("5", "\u{a}>4", "'\\n\\n\\n5'"),
        ("1", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("1", "=^5", "'==1=='"),
        ("1", "<", "'1'"),
        ("1", "=10", "'         1'"),
        ("12", "+012", "'+00000000012'"),
        ("12", " 012", "' 00000000012'"),
        ("1000", ",.0%", "'100,000%'"),
        (
            "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216",
            "f",
            "OverflowError: int too large to convert to float",
        ),
        (
            "1",
            ".3n",
            "ValueError: Precision not allowed in integer format specifier",
        ),
    ];
    const FMT_BOOL: &[(&str, &str)] = &[
        ("d", "'1'"),
        ("x", "'1'"),
        (
            "xx",
            "ValueError: Invalid format specifier 'xx' for object of type 'bool'",
        ),
        (
            "q",
            "ValueError: Unknown format code 'q' for object of type 'bool'",
        ),
        ("5", "'    1'"),
        ("+", "'+1'"),
    ];
    const FMT_FLOAT: &[(&str, &str, &str)] = &[
        ("1.0", "z", "'1.0'"),
        ("-0.0", "z", "'0.0'"),
        ("-0.0", "z.1f", "'0.0'"),
        ("-0.0001", "z.2f", "'0.00'"),
        ("-0.0", "ze", "'0.000000e+00'"),
        ("-1e-300", "z.3g", "'-1e-300'"),
        ("nan", "z", "'nan'"),
        ("-1e-300", "z.3f", "'0.000'"),
        ("-0.0", "z%", "'0.000000%'"),
        ("-0.004", "z.0%", "'0%'"),
        (
            "1.0",
            "d",
            "ValueError: Unknown format code 'd' for object of type 'float'",
        ),
        (
            "1.0",
            "x",
            "ValueError: Unknown format code 'x' for object of type 'float'",
        ),
        (
            "1.0",
            "c",
            "ValueError: Unknown format code 'c' for object of type 'float'",
        ),
        (
            "1.0",
            "s",
            "ValueError: Unknown format code 's' for object of type 'float'",
        ),
        ("1.0", "=", "'1.0'"),
        (
            "1.0",
            ".2d",
            "ValueError: Unknown format code 'd' for object of type 'float'",
        ),
        ("1.5", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("1.5", "_n", "ValueError: Cannot specify '_' with 'n'."),
        ("100.0", ".3", "'1e+02'"),
        ("100.0", ".2", "'1e+02'"),
        ("123.0", ".2", "'1.2e+02'"),
        ("1e+16", ".3", "'1e+16'"),
        ("1.0", ".3", "'1.0'"),
        ("1.0", "#", "'1.0'"),
        ("1.0", ".0", "'1e+00'"),
        ("1.5", "#.0f", "'2.'"),
        ("1.5", "#.0e", "'2.e+00'"),
        ("1.0", "#g", "'1.00000'"),
        ("1.0", "g", "'1'"),
        ("1e+16", "", "'1e+16'"),
        ("0.1", "10", "'       0.1'"),
        ("1e-05", ".3", "'1e-05'"),
        ("12345.678", ".3", "'1.23e+04'"),
        ("1234.5", ".4", "'1.234e+03'"),
        ("10.0", ".2", "'1e+01'"),
        ("nan", "+010", "'+000000nan'"),
        ("-inf", "010", "'-000000inf'"),
        ("inf", "=+10", "'+      inf'"),
        ("1.0", "%", "'100.000000%'"),
        ("0.5", ".0%", "'50%'"),
        ("1e+16", "#", "'1.e+16'"),
        ("1.0", "020,.2f", "'0,000,000,000,001.00'"),
        ("1234567.891", ",.2f", "'1,234,567.89'"),
        ("1234567.891", "_", "'1_234_567.891'"),
        ("1234567.891", ",", "'1,234,567.891'"),
        ("1e+20", ",", "'1e+20'"),
        ("1e+16", ",", "'1e+16'"),
        ("12345.5", "n", "'12345.5'"),
        ("0.0001", "n", "'0.0001'"),
        ("1e+22", "f", "'1<<0*22>>.000000'"),
        ("0.125", ".2f", "'0.12'"),
        ("2.675", ".2f", "'2.67'"),
        ("1.5", ".0f", "'2'"),
        ("2.5", ".0f", "'2'"),
        ("0.5", ".0f", "'0'"),
        ("-0.5", ".0f", "'-0'"),
        ("-0.0", "", "'-0.0'"),
        ("-0.0", "f", "'-0.000000'"),
        ("-0.0", "+", "'-0.0'"),
        ("0.0", "+", "'+0.0'"),
        ("0.0", " ", "' 0.0'"),
        ("5e-324", "", "'5e-324'"),
        ("5e-324", ".3", "'4.94e-324'"),
        ("5e-324", "e", "'4.940656e-324'"),
        (
            "5e-324",
            ".1000g",
            "'4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359923797965646954457177309266567103559397963987747960107818781263007131903114045278458171678489821036887186360569987307230500063874091535649843873124733972731696151400317153853980741262385655911710266585566867681870395603106249319452715914924553293054565444011274801297099995419319894090804165633245247571478690147267801593552386115501348035264934720193790268107107491703332226844753335720832431936092382893458368060106011506169809753078342277318329247904982524730776375927247874656084778203734469699533647017972677717585125660551199131504891101451037862738167250955837389733598993664809941164205702637090279242767544565229087538682506419718265533447265625e-324'",
        ),
        (
            "1.7976931348623157e+308",
            "f",
            "'179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000'",
        ),
        (
            "1.7976931348623157e+308",
            ",.0f",
            "'179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368'",
        ),
        ("1.0", ".3000000000f", "ValueError: precision too big"),
        ("inf", "F", "'INF'"),
        ("nan", "E", "'NAN'"),
        ("-inf", "G", "'-INF'"),
        ("inf", "%", "'inf%'"),
        ("nan", ".2%", "'nan%'"),
        ("inf", ",f", "'inf'"),
        ("nan", "", "'nan'"),
        ("0.0001", "", "'0.0001'"),
        ("1e-05", "", "'1e-05'"),
        ("0.0001", "g", "'0.0001'"),
        ("1e-05", "g", "'1e-05'"),
        ("123456.0", "g", "'123456'"),
        ("1234567.0", "g", "'1.23457e+06'"),
        ("1234567.0", "G", "'1.23457E+06'"),
        ("1e+100", "g", "'1e+100'"),
        ("1e+100", "#.3g", "'1.00e+100'"),
        ("0.1", ".0g", "'0.1'"),
        ("0.1", "#.0g", "'0.1'"),
        ("9.5", ".0f", "'10'"),
        ("9.5", ".0e", "'1e+01'"),
        ("9.96", ".1f", "'10.0'"),
        ("9.96", ".2g", "'10'"),
        ("99.99", ".3", "'1e+02'"),
        ("99.99", ".4", "'99.99'"),
        ("0.000123456", ".2", "'0.00012'"),
        ("1.23456e-05", ".3", "'1.23e-05'"),
        ("3.0", ".0", "'3e+00'"),
        ("3.0", "#.0", "'3.e+00'"),
        ("1.0", "+.3e", "'+1.000e+00'"),
        ("-1.0", " .3e", "'-1.000e+00'"),
        ("1.0", " .3e", "' 1.000e+00'"),
        ("1.0", "*<10.1f", "'1.0*******'"),
        ("1.0", "*^10.1f", "'***1.0****'"),
        ("-1.0", "*=10.1f", "'-******1.0'"),
        ("-1.0", "010.1f", "'-0000001.0'"),
        ("-1.0", "<010.1f", "'-1.0000000'"),
        ("-1.0", "0=10.1f", "'-0000001.0'"),
        ("1.0", "\u{e9}>6", "'\u{e9}\u{e9}\u{e9}1.0'"),
        ("1234.5", "012,.1f", "'00,001,234.5'"),
        ("1234.5", "013,.1f", "'000,001,234.5'"),
        ("-1234.5", "014_.1f", "'-000_001_234.5'"),
        ("1234.5", "0,", "'1,234.5'"),
        ("123.456", "20.10e", "'    1.2345600000e+02'"),
        ("1e+300", ",.2e", "'1.00e+300'"),
        ("1e-300", ".20f", "'0.<<0*20>>'"),
        (
            "0.1",
            ".55f",
            "'0.1000000000000000055511151231257827021181583404541015625'",
        ),
        ("0.3333333333333333", ".17", "'0.33333333333333331'"),
        ("0.3333333333333333", ".20g", "'0.33333333333333331483'"),
        ("1.4142135623730951", "#.20g", "'1.4142135623730951455'"),
        ("1000000000000000.0", "", "'1000000000000000.0'"),
        ("9999999999999998.0", "", "'9999999999999998.0'"),
        ("123456789012345.6", ".16", "'123456789012345.6'"),
        ("0.3", "n", "'0.3'"),
        ("1e+16", "n", "'1e+16'"),
        ("1234.0", ".10n", "'1234'"),
        ("1e+22", "_.0f", "'10_000_000_000_000_000_000_000'"),
        ("1.0", "#%", "'100.000000%'"),
        ("1.0", "#.0%", "'100.%'"),
        ("0.0", "e", "'0.000000e+00'"),
        ("0.0", "g", "'0'"),
        ("0.0", "#g", "'0.00000'"),
        ("0.0", ".0e", "'0e+00'"),
        ("0.0", "#.0e", "'0.e+00'"),
        ("0.0", ".3", "'0.0'"),
        ("-0.0", ".3", "'-0.0'"),
        ("0.0", "%", "'0.000000%'"),
        ("1.0", "\u{0}<5", "'1.0\\x00\\x00'"),
        ("1.0", "{^6", "'{1.0{{'"),
        ("2.5", ".1", "'2e+00'"),
        ("2.5", ".1e", "'2.5e+00'"),
        ("0.05", ".1f", "'0.1'"),
        ("0.15", ".1f", "'0.1'"),
        ("0.25", ".1f", "'0.2'"),
        ("0.35", ".1f", "'0.3'"),
        ("1.25", ".1f", "'1.2'"),
        (
            "1.0",
            "<<9*20>>",
            "ValueError: Too many decimal digits in format string",
        ),
        ("1.0", ".", "ValueError: Format specifier missing precision"),
        (
            "1.0",
            "1.",
            "ValueError: Format specifier missing precision",
        ),
        (
            "1.0",
            "xx",
            "ValueError: Invalid format specifier 'xx' for object of type 'float'",
        ),
        ("1.0", ",_", "ValueError: Cannot specify both ',' and '_'."),
        (
            "1.0",
            ".<<9*20>>f",
            "ValueError: Too many decimal digits in format string",
        ),
    ];
    const FMT_STR: &[(&str, &str, &str)] = &[
        (
            "a",
            "d",
            "ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        (
            "a",
            "=",
            "ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "a",
            "+",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "a",
            "-",
            "ValueError: Sign not allowed in string format specifier",
        ),
        (
            "a",
            " ",
            "ValueError: Space not allowed in string format specifier",
        ),
        ("a", ",", "ValueError: Cannot specify ',' with 's'."),
        ("a", "_", "ValueError: Cannot specify '_' with 's'."),
        ("a", ",s", "ValueError: Cannot specify ',' with 's'."),
        (
            "a",
            "z",
            "ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "a",
            "#",
            "ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        ("ab", "05", "'ab000'"),
        ("ab", ">05", "'000ab'"),
        (
            "ab",
            "=5",
            "ValueError: '=' alignment not allowed in string format specifier",
        ),
        (
            "ab",
            "0=5",
            "ValueError: '=' alignment not allowed in string format specifier",
        ),
        ("\u{e9}", "^5", "'  \u{e9}  '"),
        ("abc", ".1", "'a'"),
        ("abc", ".0s", "''"),
        ("abc", "s", "'abc'"),
        ("abc", "", "'abc'"),
        ("a", "\u{a}^5", "'\\n\\na\\n\\n'"),
        (
            "a",
            "x",
            "ValueError: Unknown format code 'x' for object of type 'str'",
        ),
        ("abc", ">10", "'       abc'"),
        ("abc", "^10", "'   abc    '"),
        ("abc", "^4", "'abc '"),
        ("abc", "*<6.2", "'ab****'"),
        (
            "\u{4e2d}\u{6587}\u{5b57}",
            "^7",
            "'  \u{4e2d}\u{6587}\u{5b57}  '",
        ),
        ("\u{4e2d}\u{6587}\u{5b57}", ".2", "'\u{4e2d}\u{6587}'"),
        ("\u{1f600}", ">3", "'  \u{1f600}'"),
        ("", ">3", "'   '"),
        ("", "", "''"),
        ("", ".0", "''"),
        (
            "abc",
            "ss",
            "ValueError: Invalid format specifier 'ss' for object of type 'str'",
        ),
        ("abc", "10.5s", "'abc       '"),
        ("abcdef", "3.4", "'abcd'"),
        ("x", "\u{20ac}>3", "'\u{20ac}\u{20ac}x'"),
        ("x", "<", "'x'"),
        ("x", "5", "'x    '"),
        ("x", ".", "ValueError: Format specifier missing precision"),
        (
            "x",
            "<<9*20>>",
            "ValueError: Too many decimal digits in format string",
        ),
        ("x", ",_", "ValueError: Cannot specify both ',' and '_'."),
        (
            "x",
            "_x",
            "ValueError: Unknown format code 'x' for object of type 'str'",
        ),
        (
            "x",
            "_d",
            "ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        (
            "x",
            "\u{e9}",
            "ValueError: Unknown format code '\\xe9' for object of type 'str'",
        ),
        (
            "x",
            "\u{1}",
            "ValueError: Unknown format code '\\x1' for object of type 'str'",
        ),
    ];
    // END GENERATED
}
