//! Python (CPython 3.11) number semantics: float repr, correctly rounded
//! conversions and divisions, floor division / modulo sign rules, `pow`,
//! `round`, numeric hashing and `int()` / `float()` string parsing.
//!
//! Every function here is pure; errors are reported as [`NumError`] values
//! that carry the exact message CPython would use for the corresponding
//! exception.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// An error raised by a numeric operation, mirroring the Python exception
/// class that CPython would raise together with its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumError {
    /// `ZeroDivisionError` with CPython's message.
    ZeroDivision(&'static str),
    /// `OverflowError` with CPython's message.
    Overflow(String),
    /// `ValueError` with CPython's message.
    Value(String),
    /// `MemoryError`: the result would be too large to build.
    Memory,
}

/// Shorthand result type for this module.
pub type NumResult<T> = Result<T, NumError>;

/// CPython's `sys.int_info.default_max_str_digits` (limit for decimal
/// string <-> int conversions).
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The modulus used by CPython's numeric hash (`2**61 - 1`).
pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;

/// `hash(float('inf'))` in CPython.
pub const HASH_INF: i64 = 314_159;

// ---------------------------------------------------------------------------
// Exact decomposition and digit generation
// ---------------------------------------------------------------------------

/// Splits a finite, non-zero, non-negative `x` into `(m, e)` with
/// `x == m * 2**e` exactly.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    }
}

fn pow10(n: u64) -> BigUint {
    BigUint::from(10u32).pow(n as u32)
}

/// Rounds `num / den` to the nearest integer, ties to even.
fn div_round_half_even(num: &BigUint, den: &BigUint) -> BigUint {
    let (q, r) = num.div_rem(den);
    let twice = &r << 1usize;
    match twice.cmp(den) {
        Ordering::Greater => q + 1u32,
        Ordering::Equal if q.is_odd() => q + 1u32,
        _ => q,
    }
}

/// Exact `round_half_even(m * 2**e * 10**s)`.
fn scaled_round(m: u64, e: i64, s: i64) -> BigUint {
    let mut num = BigUint::from(m);
    let mut den = BigUint::one();
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if s >= 0 {
        num *= pow10(s as u64);
    } else {
        den *= pow10((-s) as u64);
    }
    div_round_half_even(&num, &den)
}

/// Compares `m * 2**e` with `10**k` exactly.
fn cmp_pow10(m: u64, e: i64, k: i64) -> Ordering {
    let mut lhs = BigUint::from(m);
    let mut rhs = BigUint::one();
    if e >= 0 {
        lhs <<= e as usize;
    } else {
        rhs <<= (-e) as usize;
    }
    if k >= 0 {
        rhs *= pow10(k as u64);
    } else {
        lhs *= pow10((-k) as u64);
    }
    lhs.cmp(&rhs)
}

/// Exact `floor(log10(x))` for finite positive `x`.
fn floor_log10(x: f64) -> i64 {
    let (m, e) = decompose(x);
    let mut k = x.log10().floor() as i64;
    while cmp_pow10(m, e, k) == Ordering::Less {
        k -= 1;
    }
    while cmp_pow10(m, e, k + 1) != Ordering::Less {
        k += 1;
    }
    k
}

fn strip_trailing_zeros(mut s: String) -> String {
    while s.ends_with('0') {
        s.pop();
    }
    s
}

/// Shortest round-tripping digits of finite positive `x` (dtoa mode 0):
/// returns `(digits, decpt)` meaning `0.DIGITS * 10**decpt`, with no
/// leading or trailing zeros in `digits`.
fn shortest_digits(x: f64) -> (String, i64) {
    let mut buf = ryu::Buffer::new();
    let s = buf.format_finite(x);
    let (mant, exp) = match s.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (s, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let mut decpt = int_part.len() as i64 + exp;
    let all: String = format!("{int_part}{frac_part}");
    let trimmed = all.trim_start_matches('0');
    decpt -= (all.len() - trimmed.len()) as i64;
    (strip_trailing_zeros(trimmed.to_string()), decpt)
}

/// `ndigits` significant digits of finite positive `x`, correctly rounded
/// half-even on the exact binary value (dtoa mode 2, trailing zeros
/// stripped).  Uses std's exact formatting (`{:.*e}`), which rounds ties to
/// even since Rust 1.67; [`significant_digits_exact`] is the big-integer
/// reference it is tested against.
fn significant_digits(x: f64, ndigits: usize) -> (String, i64) {
    let n = ndigits.max(1);
    let s = format!("{:.*e}", n - 1, x);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    (strip_trailing_zeros(digits), exp + 1)
}

/// Big-integer reference implementation of [`significant_digits`].
#[cfg_attr(not(test), allow(dead_code))]
fn significant_digits_exact(x: f64, ndigits: usize) -> (String, i64) {
    let (m, e) = decompose(x);
    let mut k = floor_log10(x);
    let n = ndigits.max(1) as i64;
    let mut q = scaled_round(m, e, n - 1 - k);
    if q >= pow10(n as u64) {
        q /= 10u32;
        k += 1;
    }
    (strip_trailing_zeros(q.to_string()), k + 1)
}

/// Digits of finite positive `x` rounded (half-even, exact) to `ndigits`
/// places after the decimal point (dtoa mode 3; `ndigits` may be
/// negative).  An empty digit string means the value rounded to zero.
/// Non-negative `ndigits` use std's exact `{:.*}` formatting.
fn fixed_digits(x: f64, ndigits: i64) -> (String, i64) {
    if ndigits < 0 {
        return fixed_digits_exact(x, ndigits);
    }
    let s = format!("{:.*}", ndigits as usize, x);
    let all: String = s.chars().filter(char::is_ascii_digit).collect();
    let trimmed = all.trim_start_matches('0');
    if trimmed.is_empty() {
        return (String::new(), -ndigits);
    }
    let decpt = trimmed.len() as i64 - ndigits;
    (strip_trailing_zeros(trimmed.to_string()), decpt)
}

/// Big-integer implementation of [`fixed_digits`] (any `ndigits`).
fn fixed_digits_exact(x: f64, ndigits: i64) -> (String, i64) {
    let (m, e) = decompose(x);
    let q = scaled_round(m, e, ndigits);
    if q.is_zero() {
        return (String::new(), -ndigits);
    }
    let s = q.to_string();
    let decpt = s.len() as i64 - ndigits;
    (strip_trailing_zeros(s), decpt)
}

/// Options for [`double_to_string`] (CPython's `Py_DTSF_*` flags).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_ADD_DOT_0`: make integral fixed-notation output end in `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form (`#`), keeps a trailing decimal point
    /// and trailing zeros for `g`.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: drop the sign of a value that rounds to zero.
    pub no_neg_0: bool,
}

/// Port of CPython's `PyOS_double_to_string` / `format_float_short`.
///
/// `code` is one of `e f g r E F G` (`r` is repr mode; `precision` is
/// ignored for it).  Never emits a leading `+`; a `-` is emitted for
/// negative values (except NaN), subject to `flags.no_neg_0`.
pub fn double_to_string(val: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if val.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if val.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return if val < 0.0 {
            format!("-{s}")
        } else {
            s.to_string()
        };
    }
    let precision = precision as i64;
    let a = val.abs();
    let (digits, mut decpt) = if a == 0.0 {
        ("0".to_string(), 1)
    } else {
        match code {
            'e' => significant_digits(a, (precision + 1) as usize),
            'f' => fixed_digits(a, precision),
            'g' => significant_digits(a, precision.max(1) as usize),
            _ => shortest_digits(a),
        }
    };
    let precision = if code == 'g' && precision == 0 {
        1
    } else {
        precision
    };
    let mut sign = val.is_sign_negative();
    if flags.no_neg_0 && sign && (digits.is_empty() || digits == "0") {
        sign = false;
    }
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision + 1;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let zeros = |n: i64| "0".repeat(n.max(0) as usize);
    let mut out = String::new();
    if sign {
        out.push('-');
    }
    if decpt <= 0 {
        out.push_str(&zeros(decpt - vdigits_start));
        out.push('.');
        out.push_str(&zeros(-decpt));
    } else {
        out.push_str(&zeros(-vdigits_start));
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        out.push_str(&zeros(decpt - digits_len));
        out.push('.');
        out.push_str(&zeros(vdigits_end - decpt));
    } else {
        out.push_str(&zeros(vdigits_end - digits_len));
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// Python's `repr(x)` / `str(x)` for a float: shortest round-trip digits,
/// fixed notation for decimal exponents in `-4 <= exp < 16`, otherwise
/// scientific (`1e+16`, `1.5e-05`); `inf`, `-inf`, `nan`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

// ---------------------------------------------------------------------------
// Correctly rounded int -> float conversions
// ---------------------------------------------------------------------------

/// Builds `m * 2**k` where the result is known to be exactly representable
/// unless it overflows (returns `None` on overflow).
fn ldexp_exact(m: u64, k: i64) -> Option<f64> {
    if m == 0 {
        return Some(0.0);
    }
    let nb = 64 - i64::from(m.leading_zeros());
    let top = nb - 1 + k;
    if top > 1023 {
        return None;
    }
    if top >= -1022 {
        let mant = if nb <= 53 {
            m << (53 - nb)
        } else {
            m >> (nb - 53)
        };
        let bits = (((top + 1023) as u64) << 52) | (mant & ((1u64 << 52) - 1));
        Some(f64::from_bits(bits))
    } else {
        let shift = k + 1074;
        Some(f64::from_bits(m << shift.max(0)))
    }
}

/// Correctly rounded (half-even) `a / b` for non-negative `a`, positive
/// `b`; `None` on overflow.
fn ratio_to_f64(a: &BigUint, b: &BigUint) -> Option<f64> {
    if a.is_zero() {
        return Some(0.0);
    }
    let e = a.bits() as i64 - b.bits() as i64;
    if e > 1025 {
        return None;
    }
    if e < -1076 {
        return Some(0.0);
    }
    let s = 55 - e;
    let (num, den) = if s >= 0 {
        (a << s as usize, b.clone())
    } else {
        (a.clone(), b << (-s) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let sticky = !r.is_zero();
    let q = q.to_u64().unwrap_or(u64::MAX);
    let qb = 64 - i64::from(q.leading_zeros());
    let p = qb - 1 - s;
    let drop = if p >= -1022 { qb - 53 } else { s - 1074 };
    if drop > qb {
        return Some(0.0);
    }
    let (keep, up) = if drop <= 0 {
        (q << (-drop), false)
    } else {
        let keep = if drop >= 64 { 0 } else { q >> drop };
        let mask = if drop >= 64 {
            u64::MAX
        } else {
            (1u64 << drop) - 1
        };
        let rem = q & mask;
        let half = 1u64 << (drop - 1);
        let up = rem > half || (rem == half && (sticky || keep & 1 == 1));
        (keep, up)
    };
    ldexp_exact(keep + u64::from(up), drop - s)
}

/// Converts an int to float like CPython's `float(n)`: correctly rounded
/// (round-half-even); `OverflowError("int too large to convert to float")`.
pub fn bigint_to_f64(n: &BigInt) -> NumResult<f64> {
    if let Some(v) = n.to_i64()
        && v.unsigned_abs() <= (1u64 << 53)
    {
        return Ok(v as f64);
    }
    match ratio_to_f64(n.magnitude(), &BigUint::one()) {
        Some(f) => Ok(if n.is_negative() { -f } else { f }),
        None => Err(NumError::Overflow(
            "int too large to convert to float".to_string(),
        )),
    }
}

/// Python's `a / b` for ints (CPython `long_true_divide`): correctly
/// rounded; `ZeroDivisionError("division by zero")` and
/// `OverflowError("integer division result too large for a float")`.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> NumResult<f64> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision("division by zero"));
    }
    let lim = 1u64 << 53;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64())
        && x.unsigned_abs() <= lim
        && y.unsigned_abs() <= lim
    {
        return Ok(x as f64 / y as f64);
    }
    let negate = a.is_negative() != b.is_negative();
    match ratio_to_f64(a.magnitude(), b.magnitude()) {
        Some(f) => Ok(if negate { -f } else { f }),
        None => Err(NumError::Overflow(
            "integer division result too large for a float".to_string(),
        )),
    }
}

/// Python's `int(x)` for a float (truncation toward zero).  Errors:
/// `OverflowError("cannot convert float infinity to integer")`,
/// `ValueError("cannot convert float NaN to integer")`.
pub fn float_to_bigint(x: f64) -> NumResult<BigInt> {
    if x.is_nan() {
        return Err(NumError::Value(
            "cannot convert float NaN to integer".to_string(),
        ));
    }
    if x.is_infinite() {
        return Err(NumError::Overflow(
            "cannot convert float infinity to integer".to_string(),
        ));
    }
    let t = x.trunc();
    if t == 0.0 {
        return Ok(BigInt::zero());
    }
    let (m, e) = decompose(t.abs());
    let mag = if e >= 0 {
        BigUint::from(m) << e as usize
    } else {
        BigUint::from(m >> (-e))
    };
    let sign = if t < 0.0 { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, mag))
}

// ---------------------------------------------------------------------------
// Division and modulo
// ---------------------------------------------------------------------------

/// Python's `divmod(x, y)` for floats (CPython `float_divmod`), returning
/// `(floor quotient, remainder)`; `ZeroDivisionError("float divmod()")`.
pub fn float_divmod(vx: f64, wx: f64) -> NumResult<(f64, f64)> {
    if wx == 0.0 {
        return Err(NumError::ZeroDivision("float divmod()"));
    }
    Ok(divmod_impl(vx, wx))
}

fn divmod_impl(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// Python's `x // y` for floats; `ZeroDivisionError("float floor division
/// by zero")`.
pub fn float_floordiv(vx: f64, wx: f64) -> NumResult<f64> {
    if wx == 0.0 {
        return Err(NumError::ZeroDivision("float floor division by zero"));
    }
    Ok(divmod_impl(vx, wx).0)
}

/// Python's `x % y` for floats (result has the sign of `y`);
/// `ZeroDivisionError("float modulo")`.
pub fn float_mod(vx: f64, wx: f64) -> NumResult<f64> {
    if wx == 0.0 {
        return Err(NumError::ZeroDivision("float modulo"));
    }
    let mut m = vx % wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    Ok(m)
}

/// Python's `x / y` for floats; `ZeroDivisionError("float division by
/// zero")`.
pub fn float_true_div(vx: f64, wx: f64) -> NumResult<f64> {
    if wx == 0.0 {
        return Err(NumError::ZeroDivision("float division by zero"));
    }
    Ok(vx / wx)
}

const INT_DIV_ZERO: &str = "integer division or modulo by zero";
const INT_MOD_ZERO: &str = "integer modulo by zero";

/// Python's `a // b` for i64 operands.  `Ok(None)` when the result does not
/// fit in an i64 (only `i64::MIN // -1`); the caller should redo it with
/// [`bigint_floordiv`].
pub fn i64_floordiv(a: i64, b: i64) -> NumResult<Option<i64>> {
    if b == 0 {
        return Err(NumError::ZeroDivision(INT_DIV_ZERO));
    }
    Ok(a.checked_div(b).map(|q| {
        if a % b != 0 && ((a < 0) != (b < 0)) {
            q - 1
        } else {
            q
        }
    }))
}

/// Python's `a % b` for i64 operands (result has the sign of `b`; always
/// fits in an i64).
pub fn i64_mod(a: i64, b: i64) -> NumResult<i64> {
    if b == 0 {
        return Err(NumError::ZeroDivision(INT_MOD_ZERO));
    }
    let r = a.checked_rem(b).unwrap_or(0);
    Ok(if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    })
}

/// Python's `divmod(a, b)` for i64 operands; `Ok(None)` when the quotient
/// overflows (`i64::MIN, -1`).
pub fn i64_divmod(a: i64, b: i64) -> NumResult<Option<(i64, i64)>> {
    if b == 0 {
        return Err(NumError::ZeroDivision(INT_DIV_ZERO));
    }
    let q = i64_floordiv(a, b)?;
    let r = i64_mod(a, b)?;
    Ok(q.map(|q| (q, r)))
}

/// Python's `a // b` for ints.
pub fn bigint_floordiv(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision(INT_DIV_ZERO));
    }
    Ok(a.div_floor(b))
}

/// Python's `a % b` for ints.
pub fn bigint_mod(a: &BigInt, b: &BigInt) -> NumResult<BigInt> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision(INT_MOD_ZERO));
    }
    Ok(a.mod_floor(b))
}

/// Python's `divmod(a, b)` for ints.
pub fn bigint_divmod(a: &BigInt, b: &BigInt) -> NumResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision(INT_DIV_ZERO));
    }
    Ok(a.div_mod_floor(b))
}

// ---------------------------------------------------------------------------
// Powers
// ---------------------------------------------------------------------------

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0 && (x % 2.0).abs() == 1.0
}

/// Python's `a ** b` for floats (CPython `float_pow`).
///
/// Errors: `ZeroDivisionError("0.0 cannot be raised to a negative power")`;
/// `OverflowError("(34, 'Numerical result out of range')")` when the result
/// overflows.  A negative base with a non-integral exponent produces a
/// complex number in Python; this returns `Err(NumError::Value("complex"))`
/// for that case so the caller can switch to complex arithmetic.
pub fn float_pow(iv: f64, iw: f64) -> NumResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return Err(NumError::ZeroDivision(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if odd { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(NumError::Value("complex".to_string()));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(NumError::Overflow(
            "(34, 'Numerical result out of range')".to_string(),
        ));
    }
    Ok(if negate { -r } else { r })
}

/// Result of an integer power: Python's `int ** int` yields an int for a
/// non-negative exponent and a float for a negative one.
#[derive(Debug, Clone, PartialEq)]
pub enum IntPow {
    /// Result fits in an i64.
    Small(i64),
    /// Result needs a big integer.
    Big(BigInt),
    /// Negative exponent: float result.
    Float(f64),
}

/// Largest exponent [`int_pow_big`] will evaluate for a base other than
/// 0, 1 and -1 (larger ones return an `OverflowError`; CPython would
/// instead try and eventually raise `MemoryError`).
pub const MAX_POW_EXPONENT: u64 = u32::MAX as u64;

/// Python's `base ** exp` for i64 operands: i64 fast path, promoting to
/// BigInt on overflow; a negative exponent gives a float (via
/// [`float_pow`], so `0 ** -1` raises `ZeroDivisionError`).
pub fn int_pow_i64(base: i64, exp: i64) -> NumResult<IntPow> {
    if exp < 0 {
        return float_pow(base as f64, exp as f64).map(IntPow::Float);
    }
    if let Ok(e) = u32::try_from(exp)
        && let Some(r) = base.checked_pow(e)
    {
        return Ok(IntPow::Small(r));
    }
    int_pow_big(&BigInt::from(base), &BigInt::from(exp))
}

/// Python's `base ** exp` for ints of any size (see [`int_pow_i64`]).
/// Results that fit in an i64 are returned as `IntPow::Small`.
pub fn int_pow_big(base: &BigInt, exp: &BigInt) -> NumResult<IntPow> {
    if exp.is_negative() {
        let b = bigint_to_f64(base)?;
        let e = bigint_to_f64(exp)?;
        return float_pow(b, e).map(IntPow::Float);
    }
    let r = if base.is_zero() {
        if exp.is_zero() {
            BigInt::one()
        } else {
            BigInt::zero()
        }
    } else if base.is_one() {
        BigInt::one()
    } else if *base == BigInt::from(-1) {
        if exp.is_even() {
            BigInt::one()
        } else {
            -BigInt::one()
        }
    } else {
        match exp.to_u64() {
            Some(e) if e <= MAX_POW_EXPONENT => base.pow(e as u32),
            _ => {
                return Err(NumError::Overflow("exponent too large".to_string()));
            }
        }
    };
    Ok(match r.to_i64() {
        Some(v) => IntPow::Small(v),
        None => IntPow::Big(r),
    })
}

/// Python's three-argument `pow(base, exp, modulus)` for ints.
///
/// Errors: `ValueError("pow() 3rd argument cannot be 0")` and, for a
/// negative exponent without an inverse, `ValueError("base is not
/// invertible for the given modulus")`.
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> NumResult<BigInt> {
    if modulus.is_zero() {
        return Err(NumError::Value(
            "pow() 3rd argument cannot be 0".to_string(),
        ));
    }
    let m_abs = modulus.abs();
    if m_abs.is_one() {
        return Ok(BigInt::zero());
    }
    let mut b = base.mod_floor(&m_abs);
    let mut e = exp.clone();
    if e.is_negative() {
        let g = b.extended_gcd(&m_abs);
        if !g.gcd.is_one() {
            return Err(NumError::Value(
                "base is not invertible for the given modulus".to_string(),
            ));
        }
        b = g.x.mod_floor(&m_abs);
        e = -e;
    }
    let mut r = b.modpow(&e, &m_abs);
    if modulus.is_negative() && !r.is_zero() {
        r -= &m_abs;
    }
    Ok(r)
}

// ---------------------------------------------------------------------------
// Rounding
// ---------------------------------------------------------------------------

/// Python's `round(x, ndigits)` for floats, returning a float.
///
/// `ndigits == None` rounds half-to-even to an integral float (use
/// [`float_round_to_int`] for the int-returning `round(x)`).  With
/// `ndigits`, the exact binary value is correctly rounded to a decimal
/// (half-even), so `round(2.675, 2) == 2.67` and the sign of zero results
/// is kept (`round(-0.4, 0) == -0.0`).  NaN and infinities are returned
/// unchanged.  Error: `OverflowError("rounded value too large to
/// represent")`.
pub fn float_round(x: f64, ndigits: Option<i64>) -> NumResult<f64> {
    let Some(nd) = ndigits else {
        return Ok(x.round_ties_even());
    };
    if !x.is_finite() {
        return Ok(x);
    }
    if nd > 323 {
        return Ok(x);
    }
    if nd < -308 {
        return Ok(0.0 * x);
    }
    if x == 0.0 {
        return Ok(x);
    }
    let (digits, decpt) = fixed_digits(x.abs(), nd);
    let sign = if x < 0.0 { "-" } else { "" };
    let text = format!("{sign}0{digits}e{}", decpt - digits.len() as i64);
    let r: f64 = text.parse().unwrap_or(f64::NAN);
    if r.is_infinite() {
        return Err(NumError::Overflow(
            "rounded value too large to represent".to_string(),
        ));
    }
    Ok(r)
}

/// Python's one-argument `round(x)` for floats: half-to-even, returning an
/// int.  Errors as [`float_to_bigint`].
pub fn float_round_to_int(x: f64) -> NumResult<BigInt> {
    float_to_bigint(x.round_ties_even())
}

/// Python's `round(n, ndigits)` for ints: unchanged for `ndigits >= 0`,
/// otherwise rounds half-to-even to a multiple of `10**-ndigits`
/// (`round(1250, -2) == 1200`).
pub fn int_round(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return n.clone();
    }
    // More digits than `n` has (which has at most bits * log10(2) + 1): |n| is
    // below half the power of ten, so it rounds to 0 (without computing the power).
    let digits = (n.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 1;
    if ndigits.unsigned_abs() > digits {
        return BigInt::from(0);
    }
    let p = BigInt::from(pow10(ndigits.unsigned_abs()));
    let (mut q, r) = n.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    match twice.cmp(&p) {
        Ordering::Greater => q += 1,
        Ordering::Equal if q.is_odd() => q += 1,
        _ => {}
    }
    q * p
}

// ---------------------------------------------------------------------------
// Hashing
// ---------------------------------------------------------------------------

fn finish_hash(negative: bool, x: u64) -> i64 {
    let h = if negative { -(x as i64) } else { x as i64 };
    if h == -1 { -2 } else { h }
}

/// CPython's `hash()` of an int (reduction modulo `2**61 - 1`, sign kept,
/// `-1` mapped to `-2`).
pub fn hash_int(n: &BigInt) -> i64 {
    let r = (n.magnitude() % BigUint::from(HASH_MODULUS))
        .to_u64()
        .unwrap_or(0);
    finish_hash(n.is_negative(), r)
}

/// CPython's `hash()` of an int that fits in an i64 (same as [`hash_int`]).
pub fn hash_i64(n: i64) -> i64 {
    finish_hash(n < 0, n.unsigned_abs() % HASH_MODULUS)
}

/// CPython's `hash()` of a float; equal to [`hash_int`] for integral
/// values.  `inf -> 314159`, `-inf -> -314159`.  NaN returns 0 (CPython
/// 3.11 hashes NaN by object identity, which cannot be reproduced here).
pub fn hash_float(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v == 0.0 {
        return 0;
    }
    let (m, e) = decompose(v.abs());
    let x = m % HASH_MODULUS;
    let shift = e.rem_euclid(61) as u32;
    let x = ((u128::from(x) << shift) % u128::from(HASH_MODULUS)) as u64;
    finish_hash(v < 0.0, x)
}

// ---------------------------------------------------------------------------
// String conversions
// ---------------------------------------------------------------------------

/// Code points of the digit zero of every Unicode (14.0) `Nd` block; each
/// block holds the ten digits 0..9 consecutively.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of a Unicode decimal digit (Python's
/// `unicodedata.decimal`), or `None`.
pub fn unicode_decimal(c: char) -> Option<u32> {
    let cp = c as u32;
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let d = cp - DECIMAL_ZEROS[idx - 1];
    (d < 10).then_some(d)
}

/// Python's `str.isspace()` for a single character.
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII kept,
/// other whitespace -> ' ', other decimal digits -> ASCII digits; the first
/// other character becomes '?' and ends the string.
fn transform_decimal_and_space(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if py_isspace(c) {
            out.push(b' ');
        } else if let Some(d) = unicode_decimal(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

fn ascii_isspace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..'\x7f').contains(&c);
    }
    let s: String = ['a', c].iter().collect();
    s.escape_debug().to_string() == s
}

/// Python's `repr()` of a str: quote choice (single unless the text has a
/// single quote and no double quote), escapes `\\ \n \r \t`, `\xNN`,
/// `\uNNNN`, `\UNNNNNNNN` for non-printable characters, printable Unicode
/// kept.  (Printability uses Rust's Unicode tables, which may be a newer
/// Unicode version than CPython 3.11's 14.0.)
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if is_printable(c) => out.push(c),
            _ => {
                let cp = c as u32;
                if cp <= 0xff {
                    out.push_str(&format!("\\x{cp:02x}"));
                } else if cp <= 0xffff {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\U{cp:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// CPython's `%.200R`: the repr truncated to 200 characters.
fn repr_200(s: &str) -> String {
    str_repr(s).chars().take(200).collect()
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

/// Python's `int(s, base)`: surrounding whitespace, sign, single
/// underscores between digits, Unicode decimal digits, prefixes `0x 0o 0b`
/// (auto-detected for base 0, optional when they match the base), base 0
/// rejecting non-zero numbers with leading zeros.
///
/// Errors (`ValueError`): `invalid literal for int() with base 10: '12a'`
/// (repr of the original string, truncated to 200 characters),
/// `int() base must be >= 2 and <= 36, or 0`, and the 4300-digit limit
/// message for non-power-of-two bases.
pub fn parse_int(s: &str, base: u32) -> NumResult<BigInt> {
    if base == 1 || base > 36 {
        return Err(NumError::Value(
            "int() base must be >= 2 and <= 36, or 0".to_string(),
        ));
    }
    let orig_base = base;
    let err = || {
        NumError::Value(format!(
            "invalid literal for int() with base {orig_base}: {}",
            repr_200(s)
        ))
    };
    let b = transform_decimal_and_space(s);
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while ascii_isspace(at(i)) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (base == 16 && p == b'x') || (base == 8 && p == b'o') || (base == 2 && p == b'b') {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Err(err());
    }
    let start = i;
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < b.len() && (digit_value(b[i]) < base || b[i] == b'_') {
        if b[i] == b'_' {
            if prev == b'_' {
                return Err(err());
            }
        } else {
            digits.push(digit_value(b[i]) as u8);
        }
        prev = b[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(err());
    }
    if !base.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS {
        return Err(NumError::Value(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    if i == start {
        return Err(err());
    }
    let mag = BigUint::from_radix_be(&digits, base).ok_or_else(err)?;
    if error_if_nonzero && !mag.is_zero() {
        return Err(err());
    }
    while ascii_isspace(at(i)) {
        i += 1;
    }
    if i != b.len() {
        return Err(err());
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, mag))
}

/// Length of the longest prefix of `s` that CPython's float parser
/// (`_Py_dg_strtod` plus inf/nan handling) accepts.
fn float_prefix_len(s: &[u8]) -> usize {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let lower: Vec<u8> = s[i..].iter().map(u8::to_ascii_lowercase).collect();
    if lower.starts_with(b"infinity") {
        return i + 8;
    }
    if lower.starts_with(b"inf") || lower.starts_with(b"nan") {
        return i + 3;
    }
    let mut ndig = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
        ndig += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
            ndig += 1;
        }
    }
    if ndig == 0 {
        return 0;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let k = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > k {
            i = j;
        }
    }
    i
}

/// Python's `float(s)`: surrounding whitespace, single underscores between
/// digits, Unicode decimal digits, `inf`/`infinity`/`nan` (any case, with
/// sign).  Error: `ValueError("could not convert string to float: 'abc'")`
/// with the repr of the original string.
pub fn parse_float(s: &str) -> NumResult<f64> {
    let err = || {
        NumError::Value(format!(
            "could not convert string to float: {}",
            str_repr(s)
        ))
    };
    let b = transform_decimal_and_space(s);
    let mut lo = 0;
    let mut hi = b.len();
    while lo < hi && ascii_isspace(b[lo]) {
        lo += 1;
    }
    while hi > lo + 1 && ascii_isspace(b[hi - 1]) {
        hi -= 1;
    }
    let t = &b[lo..hi];
    let cleaned: Vec<u8> = if t.contains(&b'_') {
        let mut out = Vec::with_capacity(t.len());
        let mut prev = 0u8;
        for &c in t {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(err());
                }
            } else {
                out.push(c);
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(err());
                }
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(err());
        }
        out
    } else {
        t.to_vec()
    };
    if cleaned.is_empty() || float_prefix_len(&cleaned) != cleaned.len() {
        return Err(err());
    }
    let text = std::str::from_utf8(&cleaned).map_err(|_| err())?;
    let body = text.trim_start_matches(['+', '-']);
    let negative = text.starts_with('-');
    let lower = body.to_ascii_lowercase();
    let v = if lower.starts_with("inf") {
        f64::INFINITY
    } else if lower == "nan" {
        fresh_nan()
    } else {
        body.parse::<f64>().map_err(|_| err())?
    };
    Ok(if negative { -v } else { v })
}

/// A quiet NaN with a payload no earlier call returned. Floats are values here, and
/// container lookups treat bitwise-equal floats as the same object; giving each
/// `float("nan")` its own bits keeps two separately made NaNs distinct, as two NaN
/// objects are in CPython (`float("nan") in [float("nan")]` is False) while one NaN
/// still finds itself (`x in [x]`).
pub fn fresh_nan() -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let payload = NEXT.fetch_add(1, Ordering::Relaxed) & 0x0007_ffff_ffff_ffff;
    f64::from_bits(0x7ff8_0000_0000_0000 | payload)
}

/// Formats an int in the given radix (2..=36, lowercase digits) with a
/// prefix placed after the sign: `int_to_str_radix(-255, 16, "0x") ==
/// "-0xff"`.
pub fn int_to_str_radix(n: &BigInt, radix: u32, prefix: &str) -> String {
    let digits = n.magnitude().to_str_radix(radix);
    let sign = if n.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

/// Python's `hex(n)`, e.g. `hex(-255) == '-0xff'`.
pub fn int_to_hex(n: &BigInt) -> String {
    int_to_str_radix(n, 16, "0x")
}

/// Python's `oct(n)`, e.g. `oct(8) == '0o10'`.
pub fn int_to_oct(n: &BigInt) -> String {
    int_to_str_radix(n, 8, "0o")
}

/// Python's `bin(n)`, e.g. `bin(-5) == '-0b101'`.
pub fn int_to_bin(n: &BigInt) -> String {
    int_to_str_radix(n, 2, "0b")
}

/// The message of the `ValueError` raised by `str(n)` beyond the digit
/// limit.
pub const INT_TO_STR_LIMIT_MSG: &str = "Exceeds the limit (4300 digits) for integer string \
     conversion; use sys.set_int_max_str_digits() to increase the limit";

/// Python's `str(n)` for ints, enforcing CPython's default 4300-digit limit
/// (`ValueError`).
pub fn int_to_decimal(n: &BigInt) -> NumResult<String> {
    if n.bits() > 14_300 {
        return Err(NumError::Value(INT_TO_STR_LIMIT_MSG.to_string()));
    }
    let s = n.to_string();
    let ndigits = s.len() - usize::from(n.is_negative());
    if ndigits > INT_MAX_STR_DIGITS {
        return Err(NumError::Value(INT_TO_STR_LIMIT_MSG.to_string()));
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expands the `<<c*n>>` run markers used by the generated tables.
    fn expand(s: &str) -> String {
        let mut out = String::new();
        let mut rest = s;
        while let Some(i) = rest.find("<<") {
            out.push_str(&rest[..i]);
            let after = &rest[i + 2..];
            let mut it = after.char_indices();
            let (_, c) = it.next().unwrap();
            let star = c.len_utf8();
            let end = after.find(">>").unwrap();
            let n: usize = after[star + 1..end].parse().unwrap();
            out.push_str(&c.to_string().repeat(n));
            rest = &after[end + 2..];
        }
        out.push_str(rest);
        out
    }

    fn pf(s: &str) -> f64 {
        s.parse().unwrap()
    }

    fn pi(s: &str) -> BigInt {
        let s = &expand(s);
        if s.contains('x') {
            parse_int(s, 0).unwrap()
        } else {
            s.parse().unwrap()
        }
    }

    fn err_str(e: &NumError) -> String {
        match e {
            NumError::ZeroDivision(m) => format!("ZeroDivisionError: {m}"),
            NumError::Overflow(m) => format!("OverflowError: {m}"),
            NumError::Value(m) => format!("ValueError: {m}"),
            NumError::Memory => "MemoryError".to_string(),
        }
    }

    fn show_f(r: NumResult<f64>) -> String {
        r.map_or_else(|e| err_str(&e), float_repr)
    }

    fn show_pow(r: NumResult<IntPow>) -> String {
        match r {
            Ok(IntPow::Small(v)) => v.to_string(),
            Ok(IntPow::Big(v)) => v.to_string(),
            Ok(IntPow::Float(f)) => float_repr(f),
            Err(e) => err_str(&e),
        }
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
            let expected = expand(expected);
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

    /// Parses Python's `float.hex()` output.
    fn from_hex(s: &str) -> f64 {
        let (neg, t) = match s.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, s),
        };
        let v = match t {
            "inf" => f64::INFINITY,
            "nan" => f64::NAN,
            _ => {
                let t = t.strip_prefix("0x").unwrap();
                let (mant, exp) = t.split_once('p').unwrap();
                let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
                let m = u64::from_str_radix(&format!("{ip}{fp}"), 16).unwrap();
                let e: i32 = exp.parse::<i32>().unwrap() - 4 * fp.len() as i32;
                // m * 2**e, exact: go through a normal intermediate.
                let first = e.max(-1000);
                (m as f64) * 2f64.powi(first) * 2f64.powi(e - first)
            }
        };
        if neg { -v } else { v }
    }

    #[test]
    fn std_formatting_matches_exact_rounding() {
        let mut state: u64 = 0x1234_5678_9abc_def0;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for i in 0..20_000u64 {
            let r = next();
            let x = match i % 3 {
                0 => f64::from_bits(r >> 1),
                1 => (r % 100_000) as f64 / 1000.0,
                _ => (r % 1000) as f64 / 8.0 + 0.0625,
            };
            if !x.is_finite() || x == 0.0 {
                continue;
            }
            let p = (next() % 25) as usize;
            assert_eq!(
                significant_digits(x, p + 1),
                significant_digits_exact(x, p + 1),
                "{x:e} {p}"
            );
            assert_eq!(
                fixed_digits(x, p as i64),
                fixed_digits_exact(x, p as i64),
                "{x:e} {p}"
            );
        }
    }

    #[test]
    fn repr_table_and_data_file() {
        let mut c = Checker::new();
        for (x, want) in REPR {
            c.check(x, &float_repr(pf(x)), want);
        }
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/float_repr.txt");
        let data = std::fs::read_to_string(path).expect("tests/data/float_repr.txt");
        for line in data.lines() {
            let (hex, want) = line.split_once(' ').unwrap();
            let x = from_hex(hex);
            c.check(hex, &float_repr(x), want);
            // The repr must also round-trip through parse_float.
            assert_eq!(parse_float(want).unwrap().to_bits(), x.to_bits(), "{want}");
        }
        c.finish("float_repr");
    }

    #[test]
    fn int_division_and_conversion() {
        let mut c = Checker::new();
        for (a, b, want) in TRUEDIV {
            c.check(
                &format!("{a}/{b}"),
                &show_f(int_true_div(&pi(a), &pi(b))),
                want,
            );
        }
        for (n, want) in TO_F64 {
            c.check(n, &show_f(bigint_to_f64(&pi(n))), want);
        }
        for (x, want) in TO_INT {
            let got = float_to_bigint(pf(x)).map_or_else(|e| err_str(&e), |v| v.to_string());
            c.check(x, &got, want);
        }
        c.finish("int division/conversion");
    }

    #[test]
    fn float_binops() {
        let mut c = Checker::new();
        for (op, a, b, want) in FLOAT_BINOPS {
            let (x, y) = (pf(a), pf(b));
            let got = match *op {
                "//" => show_f(float_floordiv(x, y)),
                "%" => show_f(float_mod(x, y)),
                _ => float_divmod(x, y).map_or_else(
                    |e| err_str(&e),
                    |(q, r)| format!("({}, {})", float_repr(q), float_repr(r)),
                ),
            };
            c.check(&format!("{a} {op} {b}"), &got, want);
        }
        c.finish("float binops");
    }

    #[test]
    fn int_binops() {
        let mut c = Checker::new();
        for (op, a, b, want) in INT_BINOPS {
            let (x, y): (i64, i64) = (a.parse().unwrap(), b.parse().unwrap());
            let (bx, by) = (pi(a), pi(b));
            let (small, big) = match *op {
                "//" => (
                    i64_floordiv(x, y).map(|r| r.map(|v| v.to_string())),
                    bigint_floordiv(&bx, &by).map(|v| v.to_string()),
                ),
                "%" => (
                    i64_mod(x, y).map(|v| Some(v.to_string())),
                    bigint_mod(&bx, &by).map(|v| v.to_string()),
                ),
                _ => (
                    i64_divmod(x, y).map(|r| r.map(|(q, m)| format!("({q}, {m})"))),
                    bigint_divmod(&bx, &by).map(|(q, m)| format!("({q}, {m})")),
                ),
            };
            let label = format!("{a} {op} {b}");
            let big = big.unwrap_or_else(|e| err_str(&e));
            c.check(&label, &big, want);
            match small {
                Ok(Some(s)) => c.check(&label, &s, want),
                Ok(None) => assert!(x == i64::MIN && y == -1, "{label}"),
                Err(e) => c.check(&label, &err_str(&e), want),
            }
        }
        c.finish("int binops");
    }

    #[test]
    fn powers() {
        let mut c = Checker::new();
        for (a, b, want) in FLOAT_POW {
            c.check(&format!("{a}**{b}"), &show_f(float_pow(pf(a), pf(b))), want);
        }
        for (a, b, want) in INT_POW {
            let label = format!("{a}**{b}");
            c.check(&label, &show_pow(int_pow_big(&pi(a), &pi(b))), want);
            if let (Ok(x), Ok(y)) = (a.parse::<i64>(), b.parse::<i64>()) {
                c.check(&label, &show_pow(int_pow_i64(x, y)), want);
            }
        }
        for (a, b, m, want) in POW_MOD {
            let got =
                int_pow_mod(&pi(a), &pi(b), &pi(m)).map_or_else(|e| err_str(&e), |v| v.to_string());
            c.check(&format!("pow({a}, {b}, {m})"), &got, want);
        }
        c.finish("powers");
    }

    #[test]
    fn rounding() {
        let mut c = Checker::new();
        for (x, nd, want) in ROUND {
            let label = format!("round({x}, {nd})");
            if *nd == "None" {
                let got = float_round_to_int(pf(x)).map_or_else(|e| err_str(&e), |v| v.to_string());
                c.check(&label, &got, want);
                if pf(x).is_finite() {
                    let f = float_round(pf(x), None).unwrap();
                    c.check(&label, &float_to_bigint(f).unwrap().to_string(), want);
                }
            } else {
                c.check(
                    &label,
                    &show_f(float_round(pf(x), Some(nd.parse().unwrap()))),
                    want,
                );
            }
        }
        for (n, nd, want) in INT_ROUND {
            c.check(
                &format!("round({n}, {nd})"),
                &int_round(&pi(n), nd.parse().unwrap()).to_string(),
                want,
            );
        }
        c.finish("rounding");
    }

    #[test]
    fn hashing() {
        let mut c = Checker::new();
        for (n, want) in HASH_INT {
            let v = pi(n);
            c.check(n, &hash_int(&v).to_string(), want);
            if let Some(small) = v.to_i64() {
                c.check(n, &hash_i64(small).to_string(), want);
            }
        }
        for (x, want) in HASH_FLOAT {
            c.check(x, &hash_float(pf(x)).to_string(), want);
        }
        // hash(1.0) == hash(1) == hash(True); integral floats hash like ints.
        for v in [1i64, -1, 0, 2, -2, 1 << 60, -(1 << 62), 123_456_789] {
            assert_eq!(hash_float(v as f64), hash_i64(v));
        }
        assert_eq!(hash_float(f64::NAN), 0);
        c.finish("hashing");
    }

    #[test]
    fn parsing() {
        let mut c = Checker::new();
        for (s, base, want) in PARSE_INT {
            let s = expand(s);
            let got = parse_int(&s, base.parse().unwrap())
                .map_or_else(|e| err_str(&e), |v| format!("int:{v}"));
            c.check(&format!("int({s:?}, {base})"), &got, want);
        }
        for (s, want) in PARSE_FLOAT {
            let s = expand(s);
            c.check(&format!("float({s:?})"), &show_f(parse_float(&s)), want);
        }
        c.finish("parsing");
    }

    #[test]
    fn strings() {
        let mut c = Checker::new();
        for (s, want) in STR_REPR {
            c.check(s, &str_repr(s), want);
        }
        for (n, h, o, b) in RADIX {
            let v = pi(n);
            c.check(n, &int_to_hex(&v), h);
            c.check(n, &int_to_oct(&v), o);
            c.check(n, &int_to_bin(&v), b);
            c.check(n, &int_to_decimal(&v).unwrap(), n);
        }
        let big = BigInt::from(10u32).pow(4300);
        c.check(
            "10**4300",
            &int_to_decimal(&big).unwrap_or_else(|e| err_str(&e)),
            &format!("ValueError: {INT_TO_STR_LIMIT_MSG}"),
        );
        let ok = -(big - 1u32);
        c.check(
            "-(10**4300-1)",
            &int_to_decimal(&ok).unwrap().len().to_string(),
            "4301",
        );
        c.finish("strings");
    }

    // BEGIN GENERATED
    const REPR: &[(&str, &str)] = &[
        ("0.0", "0.0"),
        ("-0.0", "-0.0"),
        ("1.0", "1.0"),
        ("-1.0", "-1.0"),
        ("0.1", "0.1"),
        ("0.5", "0.5"),
        ("1.5", "1.5"),
        ("2.5", "2.5"),
        ("-2.5", "-2.5"),
        ("2.675", "2.675"),
        ("1e+16", "1e+16"),
        ("1000000000000000.0", "1000000000000000.0"),
        ("9999999999999998.0", "9999999999999998.0"),
        ("1e+22", "1e+22"),
        ("1e+23", "1e+23"),
        ("0.0001", "0.0001"),
        ("1e-05", "1e-05"),
        ("0.0001", "0.0001"),
        ("1.234e-05", "1.234e-05"),
        ("123456789.0", "123456789.0"),
        ("1.5e+300", "1.5e+300"),
        ("5e-324", "5e-324"),
        ("-5e-324", "-5e-324"),
        ("2.2250738585072014e-308", "2.2250738585072014e-308"),
        ("2.225073858507201e-308", "2.225073858507201e-308"),
        ("1.7976931348623157e+308", "1.7976931348623157e+308"),
        ("9007199254740992.0", "9007199254740992.0"),
        ("9007199254740994.0", "9007199254740994.0"),
        ("2.000000000000001e+16", "2.000000000000001e+16"),
        ("0.3", "0.3"),
        ("0.3333333333333333", "0.3333333333333333"),
        ("0.6666666666666666", "0.6666666666666666"),
        ("100.0", "100.0"),
        ("123.456", "123.456"),
        ("inf", "inf"),
        ("-inf", "-inf"),
        ("nan", "nan"),
        ("1e+100", "1e+100"),
        ("4.35", "4.35"),
        ("0.30000000000000004", "0.30000000000000004"),
        ("1e-07", "1e-07"),
        ("3.14159", "3.14159"),
    ];
    const TRUEDIV: &[(&str, &str, &str)] = &[
        ("1", "0", "ZeroDivisionError: division by zero"),
        ("0", "5", "0.0"),
        ("0", "-5", "-0.0"),
        ("1", "3", "0.3333333333333333"),
        ("-7", "2", "-3.5"),
        ("1<<0*30>>", "3", "3.333333333333333e+29"),
        (
            "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376",
            "3",
            "OverflowError: integer division result too large for a float",
        ),
        (
            "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216",
            "1",
            "OverflowError: integer division result too large for a float",
        ),
        (
            "89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608",
            "1",
            "8.98846567431158e+307",
        ),
        ("1", "1<<0*400>>", "0.0"),
        ("-1", "1<<0*400>>", "-0.0"),
        (
            "1",
            "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784",
            "5e-324",
        ),
        (
            "1",
            "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568",
            "0.0",
        ),
        (
            "3",
            "809609013229242473409981386875669228198226599056568473427605432109721358271981387567841534805748497980748311457267247645559234949543173907468053599762954039686069697106265445457867630968372865364959070713890980274248029933698770794472413422596638225363240226049435078209333658460922010128745310034584025053230830964373979136",
            "5e-324",
        ),
        (
            "3",
            "404804506614621236704990693437834614099113299528284236713802716054860679135990693783920767402874248990374155728633623822779617474771586953734026799881477019843034848553132722728933815484186432682479535356945490137124014966849385397236206711298319112681620113024717539104666829230461005064372655017292012526615415482186989568",
            "1e-323",
        ),
        ("9007199254740993", "1", "9007199254740992.0"),
        ("18014398509481987", "2", "9007199254740994.0"),
        ("1<<0*400>>", "1<<0*399>>", "10.0"),
        (
            "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137215",
            "2",
            "8.98846567431158e+307",
        ),
        (
            "114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376",
            "638668899051110339730039268171788341141584403339346413280815117579907805398068501051186548957643424348589582990141598478071180156285949971436534975451146054502401815344347416485612070862196155898449074158254055677865859345638678524444433685903374130402278690200241933325554718473710083176923136",
            "OverflowError: integer division result too large for a float",
        ),
        (
            "114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376",
            "1277337798102220679460078536343576682283168806678692826561630235159815610796137002102373097915286848697179165980283196956142360312571899942873069950902292109004803630688694832971224141724392311796898148316508111355731718691277357048888867371806748260804557380400483866651109436947420166353846271",
            "8.98846567431158e+307",
        ),
        ("-1152921504606846977", "3", "-3.843071682022823e+17"),
        (
            "12345678901234567890123",
            "-987654321",
            "-12499999887343.75",
        ),
        (
            "1",
            "37950422495120740941092877509796995071791871830776647191919004630143188668999127542242571944019460842847577099559402233385589138259836276912565012488888470610284517051856192755837545201642478063982456439713639700355376403142129880990894379184217416813901885596067269291062515240355719224784936407871126174370195201455030272",
            "2.5e-323",
        ),
        (
            "12953744211667879574559702190010707651171625584905095574841686913755541732351702201085464556891975967691972983316275962328947759192690782519488857596207264634977115153700247127325882095493965845839345131422255684387968478939180332711558614761546211605811843616790961251349338535374752162059924960553344400851693295429983666177",
            "145542856500486309361890238449330649728809442059217056345945587654749356876225241259209611218744456911185381599558875746375475103914048669297745718921773427823433158419120765536610198213840157598554853892256499754024901966411683189991501042476088459679727981986945418043202748661248211748339825091903351744676279304293991165443043691726770700206972879550908196640425338921571293316568559870845121133328067132170701239967995835212682384168881471395081720829376174989450825971966494657064899340276140769794081777796371143547287807483740385375334659668424882133140661394443058747655483603144141890006567217223554270198636103730385125376",
            "8.900295434028806e-308",
        ),
        (
            "268538868037624829626967759536651",
            "581967829580964337210653884588218786046523397886445947985",
            "4.6143249572915655e-25",
        ),
        (
            "-6509089366792993",
            "-680291395886829455303959492990853013302056633402276427710",
            "9.568090095138906e-42",
        ),
        (
            "8217386116194623448643096101937449089457045785403906819",
            "291568151572920935528340501036176874260031215580",
            "28183414.65576518",
        ),
        (
            "7330501187133766828843777687556604520062069775634638",
            "6219008492201435781526029964540939850200",
            "1178725064666.8403",
        ),
        (
            "6242005069541022522981614914191878715",
            "2202607832781425532963368659332144141333",
            "0.0028339157686816615",
        ),
        (
            "-454361318437266403040725551646",
            "889146193591324642803025",
            "-511008.5627224796",
        ),
        (
            "513758212936425184761075929974479065683447",
            "-86752359194126822543308",
            "-5.922123821287466e+18",
        ),
        (
            "91450587731023987160094610849684989884671210634140828973",
            "6230794045942012468668",
            "1.4677196366422008e+34",
        ),
        (
            "70057104490430463350518697678073270077482385218",
            "-1434898161410085219563539309859386121292141130607",
            "-0.048823746781851626",
        ),
        (
            "-76623788984170147811220209511578260189503",
            "1242708347599278649757025066293739512232073901",
            "-6.16587062702166e-05",
        ),
        (
            "58104438780447119829528528808067375637228902794336953",
            "743006460798877285720427694976832536908321940593",
            "78201.79479728008",
        ),
        (
            "421693965930836791174961241645711984993563979869802671166",
            "-66037710777",
            "-6.385653908489312e+45",
        ),
        (
            "40225",
            "-8093939153659108944972871342763329",
            "-4.969768024734295e-30",
        ),
        (
            "-63279634282468729034313210544209865936195974",
            "64500143830663626103163133561259745600772460851",
            "-0.0009810774135419111",
        ),
        (
            "-8401192155121480717049201371302467670028395708",
            "4603182049195200764581536396934388966385998616252168",
            "-1.82508361940417e-06",
        ),
        (
            "-708438421871475",
            "-7694263486892981853189258307527351525935613292884638549165",
            "9.20735848308659e-44",
        ),
        (
            "-45081624102552395614644718577149818",
            "90794938007826524384413991",
            "-496521337.9920625",
        ),
        (
            "1980049747396558733556380866583968705101698220961058069",
            "-825984986642343205437788598197",
            "-2.3971982292868636e+24",
        ),
        (
            "3899054695073116529061014894842189965850206292",
            "-35833228463397777913277055066039928882084662535716181",
            "-1.0881114714672852e-07",
        ),
        (
            "6015",
            "-128438262207080679488589789856294105254992786086761",
            "-4.683183886669247e-47",
        ),
        (
            "971217032708430002282793537884979891601871082512073003616",
            "-571209778399511851294281993934749286833060492338335583",
            "-1700.2808240252982",
        ),
        (
            "-93824609659906161916382871480667700650488485317",
            "1616259239598211098952720599027669017",
            "-58050470717.32762",
        ),
        (
            "-461670811379853998847279217901470",
            "-2470883271591048235869936219755542278",
            "0.00018684444412567312",
        ),
        (
            "-318754442431756104905795323",
            "793869555044195983251403298260879724687148032897204009",
            "-4.0151992277120457e-28",
        ),
        (
            "-78011845162623848641582586461927917767450980810745949117619",
            "15088414498002785950024352401",
            "-5.170314294649718e+30",
        ),
        (
            "-3333820633221655210101224929460488942810120",
            "-3805323390817136424344947576302915244858454987679892",
            "8.760939060440187e-10",
        ),
        (
            "-96981673231434685743222455700562827195728783910",
            "-3332352756091998408059093573463599948364624615",
            "29.10306330989085",
        ),
        (
            "979215826858050267951524101",
            "2552760359732304554938178",
            "383.5909716808419",
        ),
        (
            "702859388847994444871705040071765203955238",
            "-7314209492314544960736544017604794",
            "-96095058.47303508",
        ),
        (
            "-106329699170413862578948321600210",
            "-979492202624355059625236741468288627831104239253240416",
            "1.0855594244193525e-22",
        ),
        (
            "25909166039928920372267712554337644800498845597",
            "-3855265834377377190999272914837563514021149073232900950905",
            "-6.720461610947052e-12",
        ),
        (
            "-545488288877635743",
            "2554043034526203069403160797619889797822223793493551336",
            "-2.135783467637727e-37",
        ),
        (
            "-9239149991948331671402235687759",
            "829001786944608095405724663393882028576006",
            "-1.1144909621968848e-11",
        ),
        (
            "-78466399484818434848",
            "-4350997934887801163689863149957375558882983978453927925",
            "1.8034115542930461e-35",
        ),
        (
            "-67556627265570585899801673942558020490346",
            "-8730430737660861699973127934522562819185946838516183962662",
            "7.738063481123382e-18",
        ),
        (
            "-98388564247695361891530344344032306419246957779103215188",
            "118046080161521886767489176860775059129483350239981156",
            "-833.4759113819854",
        ),
        (
            "-80573895734421776726595971281828475534405839708709205347",
            "-12100455476100779813623",
            "6.658748994495346e+33",
        ),
        (
            "-137040723177",
            "-2903096525076653143944851858645817423",
            "4.720501781227601e-26",
        ),
        (
            "-735467320518459851636854230441464497301585082770332066",
            "55189850068294819638258445381930861736993063946",
            "-13326133.693212682",
        ),
        (
            "239232044973468944787631786648075746957163672807892",
            "-420857118095117064200623041183828205233410640",
            "-568440.0588405888",
        ),
        (
            "527542988920114019212207433683084134169017336058600610555632740444353164004064119340331723737873056790190358383695620517066804724056667484234011759076412093645822732407360665154950749334630381765479763346650876021781534772157165092160612601315",
            "29825230929566196998623768942112528341732649901174234332951845641041869819025837192497266519125882987024586858495494145059992408239917724604148063014568464610168786659538421620945138960904582214578860230481637867506722675944307943769303345655641808698686883024238719189781155529",
            "1.7687809028735893e-35",
        ),
        (
            "4301364762157786558888611953163960862131786085918527097101471650453422502643061196325225514813677526183029254945757569213034095604928351265791128161610692118445723671409477933026923571092651068985823399946360634114133695097070902195497306935618980157580144339736460893982146771983838610805021364642234380314887651924627020034176239769491160486828765650774",
            "31596832220969988741991542884113962464564273405464286413024432631999257591302022297731817984584648163333693185176934447339944438921902190636808131716902784542621338701220989983949880470411508811835662309472615540604183440785905377832508311735544288716956870869455664979",
            "1.3613278483350883e+86",
        ),
        (
            "52604654917916021757391999979048712334932633805862733019096046143576430912186057123665843657306013466677770047592384509958119412236579501151543956379782993475971895942512920855871364235330889412983975995486014738062932665675429899219781107280004291543716060270443182765975899477685843903603450918211335957359963242844174914670559962601664194971858589940829087447834588684733897794030819191",
            "15268255621869938351118210099184665104828811265431233574914777687074361103400574736097338352328634281355963691948999311725462389448264758385764820760153122711051799107694441191943222476274428884213412338944852783229643866616512696563686895380942462068933848345532133353272735282632922703690735107207908412647056437689255513633904033",
            "3.445361161137896e+57",
        ),
        (
            "28924247768220239226745541073034616466927554348123316033091474466778914172081027572149095340586632296873796254502948015801119170099472306119756546589538646312588706422392816665305126688013330740750250649262221402075171448030128667525998851533884982012771124",
            "6895176031064767788255104378699014201144091682202876986059178895985005897065074173",
            "4.194852696712617e+174",
        ),
        (
            "164863202948624265400543679905596398186566878930958925291106550953888473105720311693938755549251400811121392463125288335307723272572563328712787435981517903119988004707235085100163161807592315935150566181888216305788390164415889249355808749323379839278641500078031859",
            "196549756580184863260680497397389828526789446727105620018028567832519252802041393865631773473194576222671947344323206502364056251597816799740570499896762613509820553852623261308976963263716600648642708749467024140374773906596918400331542566915763605328113807034490957956020333634227079793000877242798006060982206122482525487833191295729185762410069647",
            "8.387860957811276e-85",
        ),
        (
            "32094008",
            "174378163055757835509371221535789977236663546949186175221572376943286300567052644630903550849342215164582791951329262597309231189144830235101503",
            "1.8404832025749615e-136",
        ),
        (
            "21193777140460664518313744622092831227550445627453618062926039665791952",
            "4698989809197836100236434212015227638061714894601855502525887069312607023281654223917787414770313226250849786767910973208091",
            "4.510283699482773e-54",
        ),
        (
            "393104359043437813512301236082925712448828577317617781673811650323302165985868028358837285437474820435",
            "447189599896355986296113254964047765585391039244334074594199105904281893327767836471697780541196665373153029278504098932555124394063831347680198387252691711267608608454606186925627303979240523050470408438645451089402979143287855702035599177569961679032814561667105466203220569670629028308851846750412946629415784433",
            "8.790552354852319e-214",
        ),
        (
            "3579091948768039208942669057665427893017740803626273652835855907574226388120826411792692087357923442428997020645740663703104230042970051854535574057537722895351748436698950340551744673601447461179869261044871182960186583618044981405818737828590629923999223671387298956285019513002716170512708215690282853799363350046323358846727369",
            "20370962490885941766471671685137725224162353128581610794263236391450671204031100488819670347551629132179604739079122120361280168924306517172622743377705190404375414416748378440490566484938843065469310585753322356839029549687245197131331717",
            "1.7569577040698695e+92",
        ),
        (
            "69954945586154155371956816031541055171296080506528",
            "132759622947791842617807429365277619464529264974628771085766833779466617991685120490245061139058967641774926741787231388766402747469270979635358870637915037587821269782585455747192274897666349203756560111934013950212887065645768733305357743234996498992057461426027705921297939373989685610395893920361921148173909690336844759121574249024598357985816080540186435",
            "5.26929378322083e-310",
        ),
        (
            "442281755319015785110628363073919520509902826947039420143339949949254560032789303540423381536528128178129465295006353674467910",
            "256471442823158597577010463066349819830719038699792552632728782541390674203428216811831019389910262716699968600728416225760233241784445971770957410254254428326284936584615832495398160514253096609517689161422391022231082594353812418579634370481974808433658830949897117099567876056840061744775445477960114584661",
            "1.7244873364867236e-183",
        ),
        (
            "5",
            "248890671689368673250303861338441902549453121119977325742609284697280741193379031323626562587528326100445482295517016834532789146406923436182702391678893463342243849538878944013",
            "2.0089141815006697e-176",
        ),
        (
            "27057630260700480551759984804282100909728826637706682381827613604571985359256794954696177633602867635312918429338347932059255724445109786580748226378564041147022290410159818109933356188692920057057285501918746631044933070033617365480181231308419611209527125528427427",
            "468797646331890345387710027859037974509487712320507096700267277745635561811280129116944533834835500795595768096872567044147457258818964140278609673099228792506560099126341321921816295076434006208870325070983817993",
            "5.771707787445831e+52",
        ),
        (
            "6407399745758181240699618968752679573138110512315720757742928039663839613129894014625233284974275653766233595497484082169070208439301640954743214405687890905335265981187299147594002254277587529678215845885647061765186360941220695962099754671231248418457126704537056831160254236465641665421519309289887925052813929375019013088719066240384503459164112704789549498833720148",
            "40207687943811031722695603216984975674929551844854714930322870681724862388819781768187088848667813151",
            "1.5935757745415053e+269",
        ),
        (
            "287545262118433601154793868316352379553356758473121296796691616648607844168472430181921189109615276632962095476526254322940369099073903953550494507969751094529016323576597756757402920643396675711245953510772304351060576135866927",
            "11",
            "2.6140478374403057e+226",
        ),
    ];
    const TO_F64: &[(&str, &str)] = &[
        ("0", "0.0"),
        ("1", "1.0"),
        ("-1", "-1.0"),
        ("9007199254740992", "9007199254740992.0"),
        ("9007199254740993", "9007199254740992.0"),
        ("9007199254740995", "9007199254740996.0"),
        ("-9007199254740993", "-9007199254740992.0"),
        ("9223372036854775808", "9.223372036854776e+18"),
        ("18446744073709551615", "1.8446744073709552e+19"),
        ("1<<0*20>>", "1e+20"),
        ("1<<0*308>>", "1e+308"),
        (
            "1<<0*309>>",
            "OverflowError: int too large to convert to float",
        ),
        (
            "179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216",
            "OverflowError: int too large to convert to float",
        ),
        (
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
            "OverflowError: int too large to convert to float",
        ),
        (
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
            "1.7976931348623157e+308",
        ),
        (
            "89884656743115805365666807213050294962762414131308158973971342756154045415486693752413698006024096935349884403114202125541629105369684531108613657287705365884742938136589844238179474556051429647415148697857438797685859063890851407391008830874765563025951597582513936655578157348020066364210154316532161708032",
            "8.98846567431158e+307",
        ),
        (
            "89884656743115815344868354886649353244625979315500989311227644933441752928222905938473157350844425860139711866292707572253863326332160750970803599255673669580601929560746945838207839311479812235103755919672374710952642786610471374045061106479117507470227939822734724191182691726800274576002630468252211347455",
            "8.988465674311582e+307",
        ),
        (
            "-179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216",
            "OverflowError: int too large to convert to float",
        ),
        (
            "-22664816259025647223962186386387063628455298133006922466589535774058",
            "-2.2664816259025648e+67",
        ),
        (
            "-1572986526259938802787526428250235416328173778380092276979252973407697178485",
            "-1.5729865262599388e+75",
        ),
        (
            "-1545161971407694386047863834109065006447289897471365579442509627544434522500865675230628240",
            "-1.5451619714076943e+90",
        ),
        (
            "292991237415454505708274279273404492030167248212515813484884282458374083245038325772673410405697966419887286880275752343031042",
            "2.929912374154545e+125",
        ),
        (
            "-20282162157372701152124339612700014186267442250037726702151088849508373746736845730773799213973920257883761457940054916571620394951687611196085698745021517388929328556691155175528770257035197506274315286989315415713020405326566797683012777938482380129677132458534157727",
            "-2.0282162157372703e+268",
        ),
        (
            "861904591436112863101657051670516519339471663345186199161369046124626783302",
            "8.619045914361128e+74",
        ),
        ("53723", "53723.0"),
        (
            "872245674705997416594623422605221036849670317646301935415455607058337295576083638090171555379923736554649528007296751279602162534639647750284385287802453605731033217520288546374740619312424455976048244476548553784202172064",
            "8.722456747059974e+221",
        ),
        (
            "-1626080123110329653056056809862575439128227539732881377823245029399897696372513993004953657331328896472634242713549259004773536070",
            "-1.6260801231103298e+129",
        ),
        (
            "-23166821938269087541508831091678578636025182921027374128013362731176385940950792736450903634800380652067798772982550699350312075492210",
            "-2.316682193826909e+133",
        ),
        (
            "-752848857299407220335558383912585421122922054212091096535994720023772230486225495719242179689281486523614804704443073741269426723520274599256340631984844927233010791609665977577990757548259286363780177602755661",
            "-7.528488572994072e+209",
        ),
        (
            "167533073331094364162093918962119138118720463090514304878525389506301810397201391309180600213142933919865847508311972648217853423145884173007462437397931581676515495357361288789593349224536338387670935695243981245541580436755202595803620474",
            "1.6753307333109437e+239",
        ),
        (
            "-5490932190724816791237129770123781743031041858628867908538043930779824991",
            "-5.490932190724817e+72",
        ),
        (
            "-1063474857544775667812387683572789438677995736367697318125584632976845692257414778053840816103527074218526855645802763328736285257999732585459270490659218384757",
            "-1.0634748575447757e+159",
        ),
        (
            "250096959211311621505837836867774671991245600661290505033515398553858659531181785815661398124739951905590740211400729768647914243069065670751279511103121945529338998017437543703788147041468900707244952559180419156433262050914854329608281037808740109783866297098337128",
            "2.5009695921131163e+266",
        ),
        (
            "15985012121840141944965623287458158549435486481795840010311261009805234314367299383259562405339262343748984707736701594352554973907972937529553258860627826431069701512958416796909",
            "1.5985012121840142e+178",
        ),
        (
            "-140292275599128848427609936279765729475338461821130519953215283733755139447914788864228321457879288274980292928288494065090705188794589413348",
            "-1.4029227559912885e+140",
        ),
        ("-52591676293", "-52591676293.0"),
        (
            "19079251725896623277190862056180875915189593255212605955529955145334207127447637414067769360792786831690962707990789936594561277751042037631741",
            "1.9079251725896624e+142",
        ),
        (
            "25471518264723993279940101118553093842895971203099048322206963326369307077",
            "2.5471518264723993e+73",
        ),
        (
            "272975519895855463162394057646041546314038370051931285420055581268190262850864278005382250801326348940",
            "2.7297551989585546e+101",
        ),
        (
            "-305264023000855551954279806546179298060339025731830232590478395781",
            "-3.0526402300085554e+65",
        ),
        (
            "-39612758554095565825299536834496537019848488775891299448820049807649",
            "-3.9612758554095565e+67",
        ),
        (
            "15202361446026137306204580702701858359466793533818779093357527247011145465663927084452693492403559933342655883465",
            "1.5202361446026137e+112",
        ),
        (
            "-115584264026874834282955773333368528949988009140069151005819039057862316085699440067121",
            "-1.1558426402687483e+86",
        ),
        (
            "22265237269181134019745088924980993626124564378594364795421594557",
            "2.2265237269181135e+64",
        ),
        (
            "-3384944493279902104445747251605274684989620206301652580993654064259337863352227243280930200097111331223358012316908643924169575336711371952161077",
            "-3.384944493279902e+144",
        ),
        ("5193", "5193.0"),
        (
            "-2964201688548605311204119602564662515657167060395074567100269368359243200601642096983681297107839638860099147151465641972382766981366445399670853037683947322042565729609374790783720211526287342901734929969647055734",
            "-2.9642016885486054e+213",
        ),
        (
            "559586210092098313910192064277522566535514030560190821527065206265560399532804245173559759021667303969270644715350582932344664735717037875560176937764081710892006412667163481763585073510221830441967297335387335848562864261465109964313564878261589454423554344567819486301264591399792959474587234639734274495252401584",
            "OverflowError: int too large to convert to float",
        ),
        (
            "43396870888455606924277005555516564949319321906601176815411085193741313314872007134527",
            "4.3396870888455607e+85",
        ),
        (
            "1499164155213935914703962834522874750807388919128425061107470564817692117908650075812901",
            "1.499164155213936e+87",
        ),
        (
            "-28426701267667362183224911512507001411510833397051032186183552136623525192422804510835056083675097316878792523368300409665902229219045491556",
            "-2.842670126766736e+139",
        ),
        (
            "150147123279163767421019289380369943578886912527299801280914001816",
            "1.5014712327916377e+65",
        ),
        (
            "-12865198560572566214515150607304689968255343373012838655274477951987697260988350409823726397505474016339175948347475957559982082525495883356834883800838",
            "-1.2865198560572566e+151",
        ),
        (
            "-289733627886483094681583184822145530475014358878427948718096767248028786876268995115083001377946608763265408634109271583882100220822034483507885139004752122637379524981641043770500917749092936771958088909907956317188081335436962649135725844512767952356840011009724875736913006263737731009914610937698636597203869565777990714548",
            "OverflowError: int too large to convert to float",
        ),
        (
            "1231468622253012808987981217636307337576821136750636364954088496340032391063116561433558707761752851185032049612076967261603631744083299230333654985698686337886296069953152016540820718533351250834448810366482201653853809060422743314873154849516554627297790745021429",
            "1.2314686222530127e+264",
        ),
        (
            "-148696462557284949055993502768713344828301235314902551182945957698471203180516873838636033445871434410857006897255882173159386082806523",
            "-1.4869646255728495e+134",
        ),
        (
            "162542081067459540958659650498213020442740888387090443519705636644384872096926799742137405513760087427",
            "1.6254208106745954e+101",
        ),
        (
            "-455533125737912170638044310571980986246549592286065544765035910850678152143859926571252612670963092855588694423947476456331437590445721481804078461793998365313741478157654935102548879111384971780488152776049862415692796246808817606046237508226468123121889127637242909664665004845265972713396254",
            "-4.555331257379122e+293",
        ),
    ];
    const FLOAT_BINOPS: &[(&str, &str, &str, &str)] = &[
        (
            "//",
            "0.0",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        (
            "//",
            "0.0",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("//", "0.0", "1.0", "0.0"),
        ("//", "0.0", "-1.0", "-0.0"),
        ("//", "0.0", "3.5", "0.0"),
        ("//", "0.0", "-2.0", "-0.0"),
        ("//", "0.0", "0.1", "0.0"),
        ("//", "0.0", "inf", "0.0"),
        ("//", "0.0", "-inf", "-0.0"),
        ("//", "0.0", "nan", "nan"),
        ("//", "0.0", "1e-300", "0.0"),
        (
            "//",
            "-0.0",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        (
            "//",
            "-0.0",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("//", "-0.0", "1.0", "-0.0"),
        ("//", "-0.0", "-1.0", "0.0"),
        ("//", "-0.0", "3.5", "-0.0"),
        ("//", "-0.0", "-2.0", "0.0"),
        ("//", "-0.0", "0.1", "-0.0"),
        ("//", "-0.0", "inf", "-0.0"),
        ("//", "-0.0", "-inf", "0.0"),
        ("//", "-0.0", "nan", "nan"),
        ("//", "-0.0", "1e-300", "-0.0"),
        (
            "//",
            "1.0",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        (
            "//",
            "1.0",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("//", "1.0", "1.0", "1.0"),
        ("//", "1.0", "-1.0", "-1.0"),
        ("//", "1.0", "3.5", "0.0"),
        ("//", "1.0", "-2.0", "-1.0"),
        ("//", "1.0", "0.1", "9.0"),
        ("//", "1.0", "inf", "0.0"),
        ("//", "1.0", "-inf", "-1.0"),
        ("//", "1.0", "nan", "nan"),
        ("//", "1.0", "1e-300", "9.999999999999999e+299"),
        (
            "//",
            "-1.0",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        (
            "//",
            "-1.0",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("//", "-1.0", "1.0", "-1.0"),
        ("//", "-1.0", "-1.0", "1.0"),
        ("//", "-1.0", "3.5", "-1.0"),
        ("//", "-1.0", "-2.0", "0.0"),
        ("//", "-1.0", "0.1", "-10.0"),
        ("//", "-1.0", "inf", "-1.0"),
        ("//", "-1.0", "-inf", "0.0"),
        ("//", "-1.0", "nan", "nan"),
        ("//", "-1.0", "1e-300", "-9.999999999999999e+299"),
        (
            "//",
            "3.5",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("%", "3.5", "0.0", "ZeroDivisionError: float modulo"),
        ("divmod", "3.5", "0.0", "ZeroDivisionError: float divmod()"),
        (
            "//",
            "3.5",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("%", "3.5", "-0.0", "ZeroDivisionError: float modulo"),
        ("divmod", "3.5", "-0.0", "ZeroDivisionError: float divmod()"),
        ("//", "3.5", "1.0", "3.0"),
        ("%", "3.5", "1.0", "0.5"),
        ("divmod", "3.5", "1.0", "(3.0, 0.5)"),
        ("//", "3.5", "-1.0", "-4.0"),
        ("%", "3.5", "-1.0", "-0.5"),
        ("divmod", "3.5", "-1.0", "(-4.0, -0.5)"),
        ("//", "3.5", "3.5", "1.0"),
        ("%", "3.5", "3.5", "0.0"),
        ("divmod", "3.5", "3.5", "(1.0, 0.0)"),
        ("//", "3.5", "-2.0", "-2.0"),
        ("%", "3.5", "-2.0", "-0.5"),
        ("divmod", "3.5", "-2.0", "(-2.0, -0.5)"),
        ("//", "3.5", "0.1", "34.0"),
        ("%", "3.5", "0.1", "0.09999999999999981"),
        ("divmod", "3.5", "0.1", "(34.0, 0.09999999999999981)"),
        ("//", "3.5", "inf", "0.0"),
        ("%", "3.5", "inf", "3.5"),
        ("divmod", "3.5", "inf", "(0.0, 3.5)"),
        ("//", "3.5", "-inf", "-1.0"),
        ("%", "3.5", "-inf", "-inf"),
        ("divmod", "3.5", "-inf", "(-1.0, -inf)"),
        ("//", "3.5", "nan", "nan"),
        ("%", "3.5", "nan", "nan"),
        ("divmod", "3.5", "nan", "(nan, nan)"),
        ("//", "3.5", "1e-300", "3.5e+300"),
        ("%", "3.5", "1e-300", "1.3711528481389901e-301"),
        (
            "divmod",
            "3.5",
            "1e-300",
            "(3.5e+300, 1.3711528481389901e-301)",
        ),
        (
            "//",
            "-3.5",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("%", "-3.5", "0.0", "ZeroDivisionError: float modulo"),
        ("divmod", "-3.5", "0.0", "ZeroDivisionError: float divmod()"),
        (
            "//",
            "-3.5",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("%", "-3.5", "-0.0", "ZeroDivisionError: float modulo"),
        (
            "divmod",
            "-3.5",
            "-0.0",
            "ZeroDivisionError: float divmod()",
        ),
        ("//", "-3.5", "1.0", "-4.0"),
        ("%", "-3.5", "1.0", "0.5"),
        ("divmod", "-3.5", "1.0", "(-4.0, 0.5)"),
        ("//", "-3.5", "-1.0", "3.0"),
        ("%", "-3.5", "-1.0", "-0.5"),
        ("divmod", "-3.5", "-1.0", "(3.0, -0.5)"),
        ("//", "-3.5", "3.5", "-1.0"),
        ("%", "-3.5", "3.5", "0.0"),
        ("divmod", "-3.5", "3.5", "(-1.0, 0.0)"),
        ("//", "-3.5", "-2.0", "1.0"),
        ("%", "-3.5", "-2.0", "-1.5"),
        ("divmod", "-3.5", "-2.0", "(1.0, -1.5)"),
        ("//", "-3.5", "0.1", "-35.0"),
        ("%", "-3.5", "0.1", "1.942890293094024e-16"),
        ("divmod", "-3.5", "0.1", "(-35.0, 1.942890293094024e-16)"),
        ("//", "-3.5", "inf", "-1.0"),
        ("%", "-3.5", "inf", "inf"),
        ("divmod", "-3.5", "inf", "(-1.0, inf)"),
        ("//", "-3.5", "-inf", "0.0"),
        ("%", "-3.5", "-inf", "-3.5"),
        ("divmod", "-3.5", "-inf", "(0.0, -3.5)"),
        ("//", "-3.5", "nan", "nan"),
        ("%", "-3.5", "nan", "nan"),
        ("divmod", "-3.5", "nan", "(nan, nan)"),
        ("//", "-3.5", "1e-300", "-3.5e+300"),
        ("%", "-3.5", "1e-300", "8.62884715186101e-301"),
        (
            "divmod",
            "-3.5",
            "1e-300",
            "(-3.5e+300, 8.62884715186101e-301)",
        ),
        (
            "//",
            "7.0",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        (
            "//",
            "7.0",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("//", "7.0", "1.0", "7.0"),
        ("//", "7.0", "-1.0", "-7.0"),
        ("//", "7.0", "3.5", "2.0"),
        ("//", "7.0", "-2.0", "-4.0"),
        ("//", "7.0", "0.1", "69.0"),
        ("//", "7.0", "inf", "0.0"),
        ("//", "7.0", "-inf", "-1.0"),
        ("//", "7.0", "nan", "nan"),
        ("//", "7.0", "1e-300", "7e+300"),
        (
            "//",
            "-7.0",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        (
            "//",
            "-7.0",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("//", "-7.0", "1.0", "-7.0"),
        ("//", "-7.0", "-1.0", "7.0"),
        ("//", "-7.0", "3.5", "-2.0"),
        ("//", "-7.0", "-2.0", "3.0"),
        ("//", "-7.0", "0.1", "-70.0"),
        ("//", "-7.0", "inf", "-1.0"),
        ("//", "-7.0", "-inf", "0.0"),
        ("//", "-7.0", "nan", "nan"),
        ("//", "-7.0", "1e-300", "-7e+300"),
        (
            "//",
            "0.1",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("%", "0.1", "0.0", "ZeroDivisionError: float modulo"),
        ("divmod", "0.1", "0.0", "ZeroDivisionError: float divmod()"),
        (
            "//",
            "0.1",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("%", "0.1", "-0.0", "ZeroDivisionError: float modulo"),
        ("divmod", "0.1", "-0.0", "ZeroDivisionError: float divmod()"),
        ("//", "0.1", "1.0", "0.0"),
        ("%", "0.1", "1.0", "0.1"),
        ("divmod", "0.1", "1.0", "(0.0, 0.1)"),
        ("//", "0.1", "-1.0", "-1.0"),
        ("%", "0.1", "-1.0", "-0.9"),
        ("divmod", "0.1", "-1.0", "(-1.0, -0.9)"),
        ("//", "0.1", "3.5", "0.0"),
        ("%", "0.1", "3.5", "0.1"),
        ("divmod", "0.1", "3.5", "(0.0, 0.1)"),
        ("//", "0.1", "-2.0", "-1.0"),
        ("%", "0.1", "-2.0", "-1.9"),
        ("divmod", "0.1", "-2.0", "(-1.0, -1.9)"),
        ("//", "0.1", "0.1", "1.0"),
        ("%", "0.1", "0.1", "0.0"),
        ("divmod", "0.1", "0.1", "(1.0, 0.0)"),
        ("//", "0.1", "inf", "0.0"),
        ("%", "0.1", "inf", "0.1"),
        ("divmod", "0.1", "inf", "(0.0, 0.1)"),
        ("//", "0.1", "-inf", "-1.0"),
        ("%", "0.1", "-inf", "-inf"),
        ("divmod", "0.1", "-inf", "(-1.0, -inf)"),
        ("//", "0.1", "nan", "nan"),
        ("%", "0.1", "nan", "nan"),
        ("divmod", "0.1", "nan", "(nan, nan)"),
        ("//", "0.1", "1e-300", "1e+299"),
        ("%", "0.1", "1e-300", "1.353654169526866e-301"),
        (
            "divmod",
            "0.1",
            "1e-300",
            "(1e+299, 1.353654169526866e-301)",
        ),
        (
            "//",
            "1e+300",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        (
            "//",
            "1e+300",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("//", "1e+300", "1.0", "1e+300"),
        ("//", "1e+300", "-1.0", "-1e+300"),
        ("//", "1e+300", "3.5", "2.8571428571428572e+299"),
        ("//", "1e+300", "-2.0", "-5e+299"),
        ("//", "1e+300", "0.1", "1e+301"),
        ("//", "1e+300", "inf", "0.0"),
        ("//", "1e+300", "-inf", "-1.0"),
        ("//", "1e+300", "nan", "nan"),
        ("//", "1e+300", "1e-300", "inf"),
        (
            "//",
            "-1e-300",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        (
            "//",
            "-1e-300",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("//", "-1e-300", "1.0", "-1.0"),
        ("//", "-1e-300", "-1.0", "0.0"),
        ("//", "-1e-300", "3.5", "-1.0"),
        ("//", "-1e-300", "-2.0", "0.0"),
        ("//", "-1e-300", "0.1", "-1.0"),
        ("//", "-1e-300", "inf", "-1.0"),
        ("//", "-1e-300", "-inf", "0.0"),
        ("//", "-1e-300", "nan", "nan"),
        ("//", "-1e-300", "1e-300", "-1.0"),
        (
            "//",
            "inf",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("%", "inf", "0.0", "ZeroDivisionError: float modulo"),
        ("divmod", "inf", "0.0", "ZeroDivisionError: float divmod()"),
        (
            "//",
            "inf",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("%", "inf", "-0.0", "ZeroDivisionError: float modulo"),
        ("divmod", "inf", "-0.0", "ZeroDivisionError: float divmod()"),
        ("//", "inf", "1.0", "nan"),
        ("%", "inf", "1.0", "nan"),
        ("divmod", "inf", "1.0", "(nan, nan)"),
        ("//", "inf", "-1.0", "nan"),
        ("%", "inf", "-1.0", "nan"),
        ("divmod", "inf", "-1.0", "(nan, nan)"),
        ("//", "inf", "3.5", "nan"),
        ("%", "inf", "3.5", "nan"),
        ("divmod", "inf", "3.5", "(nan, nan)"),
        ("//", "inf", "-2.0", "nan"),
        ("%", "inf", "-2.0", "nan"),
        ("divmod", "inf", "-2.0", "(nan, nan)"),
        ("//", "inf", "0.1", "nan"),
        ("%", "inf", "0.1", "nan"),
        ("divmod", "inf", "0.1", "(nan, nan)"),
        ("//", "inf", "inf", "nan"),
        ("%", "inf", "inf", "nan"),
        ("divmod", "inf", "inf", "(nan, nan)"),
        ("//", "inf", "-inf", "nan"),
        ("%", "inf", "-inf", "nan"),
        ("divmod", "inf", "-inf", "(nan, nan)"),
        ("//", "inf", "nan", "nan"),
        ("%", "inf", "nan", "nan"),
        ("divmod", "inf", "nan", "(nan, nan)"),
        ("//", "inf", "1e-300", "nan"),
        ("%", "inf", "1e-300", "nan"),
        ("divmod", "inf", "1e-300", "(nan, nan)"),
        (
            "//",
            "-inf",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        (
            "//",
            "-inf",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("//", "-inf", "1.0", "nan"),
        ("//", "-inf", "-1.0", "nan"),
        ("//", "-inf", "3.5", "nan"),
        ("//", "-inf", "-2.0", "nan"),
        ("//", "-inf", "0.1", "nan"),
        ("//", "-inf", "inf", "nan"),
        ("//", "-inf", "-inf", "nan"),
        ("//", "-inf", "nan", "nan"),
        ("//", "-inf", "1e-300", "nan"),
        (
            "//",
            "nan",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        (
            "//",
            "nan",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("//", "nan", "1.0", "nan"),
        ("//", "nan", "-1.0", "nan"),
        ("//", "nan", "3.5", "nan"),
        ("//", "nan", "-2.0", "nan"),
        ("//", "nan", "0.1", "nan"),
        ("//", "nan", "inf", "nan"),
        ("//", "nan", "-inf", "nan"),
        ("//", "nan", "nan", "nan"),
        ("//", "nan", "1e-300", "nan"),
        (
            "//",
            "2.0",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        (
            "//",
            "2.0",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("//", "2.0", "1.0", "2.0"),
        ("//", "2.0", "-1.0", "-2.0"),
        ("//", "2.0", "3.5", "0.0"),
        ("//", "2.0", "-2.0", "-1.0"),
        ("//", "2.0", "0.1", "19.0"),
        ("//", "2.0", "inf", "0.0"),
        ("//", "2.0", "-inf", "-1.0"),
        ("//", "2.0", "nan", "nan"),
        ("//", "2.0", "1e-300", "1.9999999999999998e+300"),
        (
            "//",
            "-2.0",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        (
            "//",
            "-2.0",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("//", "-2.0", "1.0", "-2.0"),
        ("//", "-2.0", "-1.0", "2.0"),
        ("//", "-2.0", "3.5", "-1.0"),
        ("//", "-2.0", "-2.0", "1.0"),
        ("//", "-2.0", "0.1", "-20.0"),
        ("//", "-2.0", "inf", "-1.0"),
        ("//", "-2.0", "-inf", "0.0"),
        ("//", "-2.0", "nan", "nan"),
        ("//", "-2.0", "1e-300", "-1.9999999999999998e+300"),
        (
            "//",
            "5e-324",
            "0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        (
            "//",
            "5e-324",
            "-0.0",
            "ZeroDivisionError: float floor division by zero",
        ),
        ("//", "5e-324", "1.0", "0.0"),
        ("//", "5e-324", "-1.0", "-1.0"),
        ("//", "5e-324", "3.5", "0.0"),
        ("//", "5e-324", "-2.0", "-1.0"),
        ("//", "5e-324", "0.1", "0.0"),
        ("//", "5e-324", "inf", "0.0"),
        ("//", "5e-324", "-inf", "-1.0"),
        ("//", "5e-324", "nan", "nan"),
        ("//", "5e-324", "1e-300", "0.0"),
    ];
    const INT_BINOPS: &[(&str, &str, &str, &str)] = &[
        (
            "//",
            "0",
            "0",
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        (
            "divmod",
            "0",
            "0",
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        ("%", "0", "1", "0"),
        ("//", "0", "-1", "0"),
        ("divmod", "0", "-1", "(0, 0)"),
        ("%", "0", "7", "0"),
        ("//", "0", "-7", "0"),
        ("divmod", "0", "-7", "(0, 0)"),
        ("%", "0", "3", "0"),
        ("//", "0", "-3", "0"),
        ("divmod", "0", "-3", "(0, 0)"),
        ("%", "0", "9223372036854775807", "0"),
        ("//", "0", "-9223372036854775808", "0"),
        ("%", "0", "-9223372036854775808", "0"),
        ("divmod", "0", "-9223372036854775808", "(0, 0)"),
        ("%", "0", "10", "0"),
        ("//", "0", "-10", "0"),
        ("divmod", "0", "-10", "(0, 0)"),
        ("%", "1", "0", "ZeroDivisionError: integer modulo by zero"),
        ("//", "1", "1", "1"),
        ("divmod", "1", "1", "(1, 0)"),
        ("%", "1", "-1", "0"),
        ("//", "1", "7", "0"),
        ("divmod", "1", "7", "(0, 1)"),
        ("%", "1", "-7", "-6"),
        ("//", "1", "3", "0"),
        ("divmod", "1", "3", "(0, 1)"),
        ("%", "1", "-3", "-2"),
        ("//", "1", "9223372036854775807", "0"),
        ("divmod", "1", "9223372036854775807", "(0, 1)"),
        ("//", "1", "-9223372036854775808", "-1"),
        ("%", "1", "-9223372036854775808", "-9223372036854775807"),
        (
            "divmod",
            "1",
            "-9223372036854775808",
            "(-1, -9223372036854775807)",
        ),
        ("//", "1", "10", "0"),
        ("divmod", "1", "10", "(0, 1)"),
        ("%", "1", "-10", "-9"),
        (
            "//",
            "-1",
            "0",
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        (
            "divmod",
            "-1",
            "0",
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        ("%", "-1", "1", "0"),
        ("//", "-1", "-1", "1"),
        ("divmod", "-1", "-1", "(1, 0)"),
        ("%", "-1", "7", "6"),
        ("//", "-1", "-7", "0"),
        ("divmod", "-1", "-7", "(0, -1)"),
        ("%", "-1", "3", "2"),
        ("//", "-1", "-3", "0"),
        ("divmod", "-1", "-3", "(0, -1)"),
        ("%", "-1", "9223372036854775807", "9223372036854775806"),
        ("//", "-1", "-9223372036854775808", "0"),
        ("%", "-1", "-9223372036854775808", "-1"),
        ("divmod", "-1", "-9223372036854775808", "(0, -1)"),
        ("%", "-1", "10", "9"),
        ("//", "-1", "-10", "0"),
        ("divmod", "-1", "-10", "(0, -1)"),
        ("%", "7", "0", "ZeroDivisionError: integer modulo by zero"),
        ("//", "7", "1", "7"),
        ("divmod", "7", "1", "(7, 0)"),
        ("%", "7", "-1", "0"),
        ("//", "7", "7", "1"),
        ("divmod", "7", "7", "(1, 0)"),
        ("%", "7", "-7", "0"),
        ("//", "7", "3", "2"),
        ("divmod", "7", "3", "(2, 1)"),
        ("%", "7", "-3", "-2"),
        ("//", "7", "9223372036854775807", "0"),
        ("divmod", "7", "9223372036854775807", "(0, 7)"),
        ("//", "7", "-9223372036854775808", "-1"),
        ("%", "7", "-9223372036854775808", "-9223372036854775801"),
        (
            "divmod",
            "7",
            "-9223372036854775808",
            "(-1, -9223372036854775801)",
        ),
        ("//", "7", "10", "0"),
        ("divmod", "7", "10", "(0, 7)"),
        ("%", "7", "-10", "-3"),
        (
            "//",
            "-7",
            "0",
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        (
            "divmod",
            "-7",
            "0",
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        ("%", "-7", "1", "0"),
        ("//", "-7", "-1", "7"),
        ("divmod", "-7", "-1", "(7, 0)"),
        ("%", "-7", "7", "0"),
        ("//", "-7", "-7", "1"),
        ("divmod", "-7", "-7", "(1, 0)"),
        ("%", "-7", "3", "2"),
        ("//", "-7", "-3", "2"),
        ("divmod", "-7", "-3", "(2, -1)"),
        ("%", "-7", "9223372036854775807", "9223372036854775800"),
        ("//", "-7", "-9223372036854775808", "0"),
        ("%", "-7", "-9223372036854775808", "-7"),
        ("divmod", "-7", "-9223372036854775808", "(0, -7)"),
        ("%", "-7", "10", "3"),
        ("//", "-7", "-10", "0"),
        ("divmod", "-7", "-10", "(0, -7)"),
        ("%", "3", "0", "ZeroDivisionError: integer modulo by zero"),
        ("//", "3", "1", "3"),
        ("divmod", "3", "1", "(3, 0)"),
        ("%", "3", "-1", "0"),
        ("//", "3", "7", "0"),
        ("divmod", "3", "7", "(0, 3)"),
        ("%", "3", "-7", "-4"),
        ("//", "3", "3", "1"),
        ("divmod", "3", "3", "(1, 0)"),
        ("%", "3", "-3", "0"),
        ("//", "3", "9223372036854775807", "0"),
        ("divmod", "3", "9223372036854775807", "(0, 3)"),
        ("//", "3", "-9223372036854775808", "-1"),
        ("%", "3", "-9223372036854775808", "-9223372036854775805"),
        (
            "divmod",
            "3",
            "-9223372036854775808",
            "(-1, -9223372036854775805)",
        ),
        ("//", "3", "10", "0"),
        ("divmod", "3", "10", "(0, 3)"),
        ("%", "3", "-10", "-7"),
        (
            "//",
            "-3",
            "0",
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        (
            "divmod",
            "-3",
            "0",
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        ("%", "-3", "1", "0"),
        ("//", "-3", "-1", "3"),
        ("divmod", "-3", "-1", "(3, 0)"),
        ("%", "-3", "7", "4"),
        ("//", "-3", "-7", "0"),
        ("divmod", "-3", "-7", "(0, -3)"),
        ("%", "-3", "3", "0"),
        ("//", "-3", "-3", "1"),
        ("divmod", "-3", "-3", "(1, 0)"),
        ("%", "-3", "9223372036854775807", "9223372036854775804"),
        ("//", "-3", "-9223372036854775808", "0"),
        ("%", "-3", "-9223372036854775808", "-3"),
        ("divmod", "-3", "-9223372036854775808", "(0, -3)"),
        ("%", "-3", "10", "7"),
        ("//", "-3", "-10", "0"),
        ("divmod", "-3", "-10", "(0, -3)"),
        (
            "%",
            "9223372036854775807",
            "0",
            "ZeroDivisionError: integer modulo by zero",
        ),
        ("//", "9223372036854775807", "1", "9223372036854775807"),
        (
            "divmod",
            "9223372036854775807",
            "1",
            "(9223372036854775807, 0)",
        ),
        ("%", "9223372036854775807", "-1", "0"),
        ("//", "9223372036854775807", "7", "1317624576693539401"),
        (
            "divmod",
            "9223372036854775807",
            "7",
            "(1317624576693539401, 0)",
        ),
        ("%", "9223372036854775807", "-7", "0"),
        ("//", "9223372036854775807", "3", "3074457345618258602"),
        (
            "divmod",
            "9223372036854775807",
            "3",
            "(3074457345618258602, 1)",
        ),
        ("%", "9223372036854775807", "-3", "-2"),
        ("//", "9223372036854775807", "9223372036854775807", "1"),
        (
            "divmod",
            "9223372036854775807",
            "9223372036854775807",
            "(1, 0)",
        ),
        ("//", "9223372036854775807", "-9223372036854775808", "-1"),
        ("%", "9223372036854775807", "-9223372036854775808", "-1"),
        (
            "divmod",
            "9223372036854775807",
            "-9223372036854775808",
            "(-1, -1)",
        ),
        ("//", "9223372036854775807", "10", "922337203685477580"),
        (
            "divmod",
            "9223372036854775807",
            "10",
            "(922337203685477580, 7)",
        ),
        ("%", "9223372036854775807", "-10", "-3"),
        (
            "//",
            "-9223372036854775808",
            "0",
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        (
            "%",
            "-9223372036854775808",
            "0",
            "ZeroDivisionError: integer modulo by zero",
        ),
        (
            "divmod",
            "-9223372036854775808",
            "0",
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        ("//", "-9223372036854775808", "1", "-9223372036854775808"),
        ("%", "-9223372036854775808", "1", "0"),
        (
            "divmod",
            "-9223372036854775808",
            "1",
            "(-9223372036854775808, 0)",
        ),
        ("//", "-9223372036854775808", "-1", "9223372036854775808"),
        ("%", "-9223372036854775808", "-1", "0"),
        (
            "divmod",
            "-9223372036854775808",
            "-1",
            "(9223372036854775808, 0)",
        ),
        ("//", "-9223372036854775808", "7", "-1317624576693539402"),
        ("%", "-9223372036854775808", "7", "6"),
        (
            "divmod",
            "-9223372036854775808",
            "7",
            "(-1317624576693539402, 6)",
        ),
        ("//", "-9223372036854775808", "-7", "1317624576693539401"),
        ("%", "-9223372036854775808", "-7", "-1"),
        (
            "divmod",
            "-9223372036854775808",
            "-7",
            "(1317624576693539401, -1)",
        ),
        ("//", "-9223372036854775808", "3", "-3074457345618258603"),
        ("%", "-9223372036854775808", "3", "1"),
        (
            "divmod",
            "-9223372036854775808",
            "3",
            "(-3074457345618258603, 1)",
        ),
        ("//", "-9223372036854775808", "-3", "3074457345618258602"),
        ("%", "-9223372036854775808", "-3", "-2"),
        (
            "divmod",
            "-9223372036854775808",
            "-3",
            "(3074457345618258602, -2)",
        ),
        ("//", "-9223372036854775808", "9223372036854775807", "-2"),
        (
            "%",
            "-9223372036854775808",
            "9223372036854775807",
            "9223372036854775806",
        ),
        (
            "divmod",
            "-9223372036854775808",
            "9223372036854775807",
            "(-2, 9223372036854775806)",
        ),
        ("//", "-9223372036854775808", "-9223372036854775808", "1"),
        ("%", "-9223372036854775808", "-9223372036854775808", "0"),
        (
            "divmod",
            "-9223372036854775808",
            "-9223372036854775808",
            "(1, 0)",
        ),
        ("//", "-9223372036854775808", "10", "-922337203685477581"),
        ("%", "-9223372036854775808", "10", "2"),
        (
            "divmod",
            "-9223372036854775808",
            "10",
            "(-922337203685477581, 2)",
        ),
        ("//", "-9223372036854775808", "-10", "922337203685477580"),
        ("%", "-9223372036854775808", "-10", "-8"),
        (
            "divmod",
            "-9223372036854775808",
            "-10",
            "(922337203685477580, -8)",
        ),
        ("%", "10", "0", "ZeroDivisionError: integer modulo by zero"),
        ("//", "10", "1", "10"),
        ("divmod", "10", "1", "(10, 0)"),
        ("%", "10", "-1", "0"),
        ("//", "10", "7", "1"),
        ("divmod", "10", "7", "(1, 3)"),
        ("%", "10", "-7", "-4"),
        ("//", "10", "3", "3"),
        ("divmod", "10", "3", "(3, 1)"),
        ("%", "10", "-3", "-2"),
        ("//", "10", "9223372036854775807", "0"),
        ("divmod", "10", "9223372036854775807", "(0, 10)"),
        ("//", "10", "-9223372036854775808", "-1"),
        ("%", "10", "-9223372036854775808", "-9223372036854775798"),
        (
            "divmod",
            "10",
            "-9223372036854775808",
            "(-1, -9223372036854775798)",
        ),
        ("//", "10", "10", "1"),
        ("divmod", "10", "10", "(1, 0)"),
        ("%", "10", "-10", "0"),
        (
            "//",
            "-10",
            "0",
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        (
            "divmod",
            "-10",
            "0",
            "ZeroDivisionError: integer division or modulo by zero",
        ),
        ("%", "-10", "1", "0"),
        ("//", "-10", "-1", "10"),
        ("divmod", "-10", "-1", "(10, 0)"),
        ("%", "-10", "7", "4"),
        ("//", "-10", "-7", "1"),
        ("divmod", "-10", "-7", "(1, -3)"),
        ("%", "-10", "3", "2"),
        ("//", "-10", "-3", "3"),
        ("divmod", "-10", "-3", "(3, -1)"),
        ("%", "-10", "9223372036854775807", "9223372036854775797"),
        ("//", "-10", "-9223372036854775808", "0"),
        ("%", "-10", "-9223372036854775808", "-10"),
        ("divmod", "-10", "-9223372036854775808", "(0, -10)"),
        ("%", "-10", "10", "0"),
        ("//", "-10", "-10", "1"),
        ("divmod", "-10", "-10", "(1, 0)"),
    ];
    const FLOAT_POW: &[(&str, &str, &str)] = &[
        ("0.0", "0.0", "1.0"),
        ("0.0", "1.0", "0.0"),
        (
            "0.0",
            "-1.0",
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        ),
        ("0.0", "2.0", "0.0"),
        ("0.0", "3.0", "0.0"),
        ("0.0", "0.5", "0.0"),
        (
            "0.0",
            "-0.5",
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        ),
        ("0.0", "inf", "0.0"),
        ("0.0", "-inf", "inf"),
        ("0.0", "nan", "nan"),
        ("0.0", "400.0", "0.0"),
        (
            "0.0",
            "-400.0",
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        ),
        ("0.0", "1e+300", "0.0"),
        (
            "0.0",
            "-3.0",
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        ),
        ("-0.0", "0.0", "1.0"),
        ("-0.0", "1.0", "-0.0"),
        (
            "-0.0",
            "-1.0",
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        ),
        ("-0.0", "2.0", "0.0"),
        ("-0.0", "3.0", "-0.0"),
        ("-0.0", "0.5", "0.0"),
        (
            "-0.0",
            "-0.5",
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        ),
        ("-0.0", "inf", "0.0"),
        ("-0.0", "-inf", "inf"),
        ("-0.0", "nan", "nan"),
        ("-0.0", "400.0", "0.0"),
        (
            "-0.0",
            "-400.0",
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        ),
        ("-0.0", "1e+300", "0.0"),
        (
            "-0.0",
            "-3.0",
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        ),
        ("1.0", "0.0", "1.0"),
        ("1.0", "1.0", "1.0"),
        ("1.0", "-1.0", "1.0"),
        ("1.0", "2.0", "1.0"),
        ("1.0", "3.0", "1.0"),
        ("1.0", "0.5", "1.0"),
        ("1.0", "-0.5", "1.0"),
        ("1.0", "inf", "1.0"),
        ("1.0", "-inf", "1.0"),
        ("1.0", "nan", "1.0"),
        ("1.0", "400.0", "1.0"),
        ("1.0", "-400.0", "1.0"),
        ("1.0", "1e+300", "1.0"),
        ("1.0", "-3.0", "1.0"),
        ("-1.0", "0.0", "1.0"),
        ("-1.0", "1.0", "-1.0"),
        ("-1.0", "-1.0", "-1.0"),
        ("-1.0", "2.0", "1.0"),
        ("-1.0", "3.0", "-1.0"),
        ("-1.0", "0.5", "ValueError: complex"),
        ("-1.0", "-0.5", "ValueError: complex"),
        ("-1.0", "inf", "1.0"),
        ("-1.0", "-inf", "1.0"),
        ("-1.0", "nan", "nan"),
        ("-1.0", "400.0", "1.0"),
        ("-1.0", "-400.0", "1.0"),
        ("-1.0", "1e+300", "1.0"),
        ("-1.0", "-3.0", "-1.0"),
        ("2.0", "0.0", "1.0"),
        ("2.0", "1.0", "2.0"),
        ("2.0", "-1.0", "0.5"),
        ("2.0", "2.0", "4.0"),
        ("2.0", "3.0", "8.0"),
        ("2.0", "0.5", "1.4142135623730951"),
        ("2.0", "-0.5", "0.7071067811865476"),
        ("2.0", "inf", "inf"),
        ("2.0", "-inf", "0.0"),
        ("2.0", "nan", "nan"),
        ("2.0", "400.0", "2.5822498780869086e+120"),
        ("2.0", "-400.0", "3.8725919148493183e-121"),
        (
            "2.0",
            "1e+300",
            "OverflowError: (34, 'Numerical result out of range')",
        ),
        ("2.0", "-3.0", "0.125"),
        ("-2.0", "0.0", "1.0"),
        ("-2.0", "1.0", "-2.0"),
        ("-2.0", "-1.0", "-0.5"),
        ("-2.0", "2.0", "4.0"),
        ("-2.0", "3.0", "-8.0"),
        ("-2.0", "0.5", "ValueError: complex"),
        ("-2.0", "-0.5", "ValueError: complex"),
        ("-2.0", "inf", "inf"),
        ("-2.0", "-inf", "0.0"),
        ("-2.0", "nan", "nan"),
        ("-2.0", "400.0", "2.5822498780869086e+120"),
        ("-2.0", "-400.0", "3.8725919148493183e-121"),
        (
            "-2.0",
            "1e+300",
            "OverflowError: (34, 'Numerical result out of range')",
        ),
        ("-2.0", "-3.0", "-0.125"),
        ("0.5", "0.0", "1.0"),
        ("0.5", "1.0", "0.5"),
        ("0.5", "-1.0", "2.0"),
        ("0.5", "2.0", "0.25"),
        ("0.5", "3.0", "0.125"),
        ("0.5", "0.5", "0.7071067811865476"),
        ("0.5", "-0.5", "1.4142135623730951"),
        ("0.5", "inf", "0.0"),
        ("0.5", "-inf", "inf"),
        ("0.5", "nan", "nan"),
        ("0.5", "400.0", "3.8725919148493183e-121"),
        ("0.5", "-400.0", "2.5822498780869086e+120"),
        ("0.5", "1e+300", "0.0"),
        ("0.5", "-3.0", "8.0"),
        ("-0.5", "0.0", "1.0"),
        ("-0.5", "1.0", "-0.5"),
        ("-0.5", "-1.0", "-2.0"),
        ("-0.5", "2.0", "0.25"),
        ("-0.5", "3.0", "-0.125"),
        ("-0.5", "0.5", "ValueError: complex"),
        ("-0.5", "-0.5", "ValueError: complex"),
        ("-0.5", "inf", "0.0"),
        ("-0.5", "-inf", "inf"),
        ("-0.5", "nan", "nan"),
        ("-0.5", "400.0", "3.8725919148493183e-121"),
        ("-0.5", "-400.0", "2.5822498780869086e+120"),
        ("-0.5", "1e+300", "0.0"),
        ("-0.5", "-3.0", "-8.0"),
        ("10.0", "0.0", "1.0"),
        ("10.0", "1.0", "10.0"),
        ("10.0", "-1.0", "0.1"),
        ("10.0", "2.0", "100.0"),
        ("10.0", "3.0", "1000.0"),
        ("10.0", "0.5", "3.1622776601683795"),
        ("10.0", "-0.5", "0.31622776601683794"),
        ("10.0", "inf", "inf"),
        ("10.0", "-inf", "0.0"),
        ("10.0", "nan", "nan"),
        (
            "10.0",
            "400.0",
            "OverflowError: (34, 'Numerical result out of range')",
        ),
        ("10.0", "-400.0", "0.0"),
        (
            "10.0",
            "1e+300",
            "OverflowError: (34, 'Numerical result out of range')",
        ),
        ("10.0", "-3.0", "0.001"),
        ("inf", "0.0", "1.0"),
        ("inf", "1.0", "inf"),
        ("inf", "-1.0", "0.0"),
        ("inf", "2.0", "inf"),
        ("inf", "3.0", "inf"),
        ("inf", "0.5", "inf"),
        ("inf", "-0.5", "0.0"),
        ("inf", "inf", "inf"),
        ("inf", "-inf", "0.0"),
        ("inf", "nan", "nan"),
        ("inf", "400.0", "inf"),
        ("inf", "-400.0", "0.0"),
        ("inf", "1e+300", "inf"),
        ("inf", "-3.0", "0.0"),
        ("-inf", "0.0", "1.0"),
        ("-inf", "1.0", "-inf"),
        ("-inf", "-1.0", "-0.0"),
        ("-inf", "2.0", "inf"),
        ("-inf", "3.0", "-inf"),
        ("-inf", "0.5", "inf"),
        ("-inf", "-0.5", "0.0"),
        ("-inf", "inf", "inf"),
        ("-inf", "-inf", "0.0"),
        ("-inf", "nan", "nan"),
        ("-inf", "400.0", "inf"),
        ("-inf", "-400.0", "0.0"),
        ("-inf", "1e+300", "inf"),
        ("-inf", "-3.0", "-0.0"),
        ("nan", "0.0", "1.0"),
        ("nan", "1.0", "nan"),
        ("nan", "-1.0", "nan"),
        ("nan", "2.0", "nan"),
        ("nan", "3.0", "nan"),
        ("nan", "0.5", "nan"),
        ("nan", "-0.5", "nan"),
        ("nan", "inf", "nan"),
        ("nan", "-inf", "nan"),
        ("nan", "nan", "nan"),
        ("nan", "400.0", "nan"),
        ("nan", "-400.0", "nan"),
        ("nan", "1e+300", "nan"),
        ("nan", "-3.0", "nan"),
        ("1e+308", "0.0", "1.0"),
        ("1e+308", "1.0", "1e+308"),
        ("1e+308", "-1.0", "1e-308"),
        (
            "1e+308",
            "2.0",
            "OverflowError: (34, 'Numerical result out of range')",
        ),
        (
            "1e+308",
            "3.0",
            "OverflowError: (34, 'Numerical result out of range')",
        ),
        ("1e+308", "0.5", "1e+154"),
        ("1e+308", "-0.5", "1e-154"),
        ("1e+308", "inf", "inf"),
        ("1e+308", "-inf", "0.0"),
        ("1e+308", "nan", "nan"),
        (
            "1e+308",
            "400.0",
            "OverflowError: (34, 'Numerical result out of range')",
        ),
        ("1e+308", "-400.0", "0.0"),
        (
            "1e+308",
            "1e+300",
            "OverflowError: (34, 'Numerical result out of range')",
        ),
        ("1e+308", "-3.0", "0.0"),
        ("3.7", "0.0", "1.0"),
        ("3.7", "1.0", "3.7"),
        ("3.7", "-1.0", "0.27027027027027023"),
        ("3.7", "2.0", "13.690000000000001"),
        ("3.7", "3.0", "50.653000000000006"),
        ("3.7", "0.5", "1.9235384061671346"),
        ("3.7", "-0.5", "0.5198752449100363"),
        ("3.7", "inf", "inf"),
        ("3.7", "-inf", "0.0"),
        ("3.7", "nan", "nan"),
        ("3.7", "400.0", "1.9084888490869572e+227"),
        ("3.7", "-400.0", "5.239747669882439e-228"),
        (
            "3.7",
            "1e+300",
            "OverflowError: (34, 'Numerical result out of range')",
        ),
        ("3.7", "-3.0", "0.019742167295125655"),
    ];
    const INT_POW: &[(&str, &str, &str)] = &[
        ("2", "10", "1024"),
        ("2", "62", "4611686018427387904"),
        ("2", "63", "9223372036854775808"),
        ("-2", "63", "-9223372036854775808"),
        ("-2", "64", "18446744073709551616"),
        ("3", "40", "12157665459056928801"),
        ("10", "30", "1<<0*30>>"),
        ("0", "0", "1"),
        ("0", "5", "0"),
        (
            "0",
            "-1",
            "ZeroDivisionError: 0.0 cannot be raised to a negative power",
        ),
        ("2", "-1", "0.5"),
        ("-2", "-3", "-0.125"),
        ("7", "0", "1"),
        ("-1", "1<<0*20>>", "1"),
        ("-1", "100000000000000000001", "-1"),
        ("1", "-5", "1.0"),
        ("10", "-400", "0.0"),
        (
            "1<<0*400>>",
            "-1",
            "OverflowError: int too large to convert to float",
        ),
        ("-3", "41", "-36472996377170786403"),
        ("12345", "7", "43695595240774383441671015625"),
        (
            "1180591620717411303424",
            "2",
            "1393796574908163946345982392040522594123776",
        ),
        (
            "-1180591620717411303424",
            "3",
            "-1645504557321206042154969182557350504982735865633579863348609024",
        ),
        ("5", "-2", "0.04"),
        (
            "13582985290493858492773514283592667786034938469317445497485196697278130927542418487205392083207560592298578262953847383475038725543234929971155548342800628721885763499406390331782864144164680730766837160526223176512798435772129956553355286032203080380775759732320198985094884004069116123084147875437183658467465148948790552744165376",
            "-1",
            "OverflowError: int too large to convert to float",
        ),
        ("-10", "19", "-10000000000000000000"),
        ("-10", "18", "1000000000000000000"),
    ];
    const POW_MOD: &[(&str, &str, &str, &str)] = &[
        ("2", "10", "1000", "24"),
        ("3", "200", "7", "2"),
        ("-3", "5", "7", "2"),
        ("3", "5", "-7", "-2"),
        ("2", "-1", "7", "4"),
        (
            "2",
            "-1",
            "4",
            "ValueError: base is not invertible for the given modulus",
        ),
        ("5", "3", "0", "ValueError: pow() 3rd argument cannot be 0"),
        ("0", "0", "1", "0"),
        ("4", "0", "5", "1"),
        ("1<<0*20>>", "10000000000", "97", "61"),
        ("-2", "-3", "11", "4"),
        ("7", "2", "-1", "0"),
        ("3", "-2", "-11", "-6"),
    ];
    const ROUND: &[(&str, &str, &str)] = &[
        ("2.675", "None", "3"),
        ("2.675", "0", "3.0"),
        ("2.675", "1", "2.7"),
        ("2.675", "2", "2.67"),
        ("2.675", "3", "2.675"),
        ("2.675", "-1", "0.0"),
        ("2.675", "-2", "0.0"),
        ("2.675", "-308", "0.0"),
        ("2.675", "-309", "0.0"),
        ("2.675", "323", "2.675"),
        ("2.675", "324", "2.675"),
        ("2.675", "10", "2.675"),
        ("0.5", "None", "0"),
        ("0.5", "0", "0.0"),
        ("0.5", "1", "0.5"),
        ("0.5", "2", "0.5"),
        ("0.5", "3", "0.5"),
        ("0.5", "-1", "0.0"),
        ("0.5", "-2", "0.0"),
        ("0.5", "-308", "0.0"),
        ("0.5", "-309", "0.0"),
        ("0.5", "323", "0.5"),
        ("0.5", "324", "0.5"),
        ("0.5", "10", "0.5"),
        ("1.5", "None", "2"),
        ("1.5", "0", "2.0"),
        ("1.5", "1", "1.5"),
        ("1.5", "2", "1.5"),
        ("1.5", "3", "1.5"),
        ("1.5", "-1", "0.0"),
        ("1.5", "-2", "0.0"),
        ("1.5", "-308", "0.0"),
        ("1.5", "-309", "0.0"),
        ("1.5", "323", "1.5"),
        ("1.5", "324", "1.5"),
        ("1.5", "10", "1.5"),
        ("2.5", "None", "2"),
        ("2.5", "0", "2.0"),
        ("2.5", "1", "2.5"),
        ("2.5", "2", "2.5"),
        ("2.5", "3", "2.5"),
        ("2.5", "-1", "0.0"),
        ("2.5", "-2", "0.0"),
        ("2.5", "-308", "0.0"),
        ("2.5", "-309", "0.0"),
        ("2.5", "323", "2.5"),
        ("2.5", "324", "2.5"),
        ("2.5", "10", "2.5"),
        ("-0.5", "None", "0"),
        ("-0.5", "0", "-0.0"),
        ("-0.5", "1", "-0.5"),
        ("-0.5", "2", "-0.5"),
        ("-0.5", "3", "-0.5"),
        ("-0.5", "-1", "-0.0"),
        ("-0.5", "-2", "-0.0"),
        ("-0.5", "-308", "-0.0"),
        ("-0.5", "-309", "-0.0"),
        ("-0.5", "323", "-0.5"),
        ("-0.5", "324", "-0.5"),
        ("-0.5", "10", "-0.5"),
        ("-1.5", "None", "-2"),
        ("-1.5", "0", "-2.0"),
        ("-1.5", "1", "-1.5"),
        ("-1.5", "2", "-1.5"),
        ("-1.5", "3", "-1.5"),
        ("-1.5", "-1", "-0.0"),
        ("-1.5", "-2", "-0.0"),
        ("-1.5", "-308", "-0.0"),
        ("-1.5", "-309", "-0.0"),
        ("-1.5", "323", "-1.5"),
        ("-1.5", "324", "-1.5"),
        ("-1.5", "10", "-1.5"),
        ("0.125", "None", "0"),
        ("0.125", "0", "0.0"),
        ("0.125", "1", "0.1"),
        ("0.125", "2", "0.12"),
        ("0.125", "3", "0.125"),
        ("0.125", "-1", "0.0"),
        ("0.125", "-2", "0.0"),
        ("0.125", "-308", "0.0"),
        ("0.125", "-309", "0.0"),
        ("0.125", "323", "0.125"),
        ("0.125", "324", "0.125"),
        ("0.125", "10", "0.125"),
        ("0.375", "None", "0"),
        ("0.375", "0", "0.0"),
        ("0.375", "1", "0.4"),
        ("0.375", "2", "0.38"),
        ("0.375", "3", "0.375"),
        ("0.375", "-1", "0.0"),
        ("0.375", "-2", "0.0"),
        ("0.375", "-308", "0.0"),
        ("0.375", "-309", "0.0"),
        ("0.375", "323", "0.375"),
        ("0.375", "324", "0.375"),
        ("0.375", "10", "0.375"),
        ("1.005", "None", "1"),
        ("1.005", "0", "1.0"),
        ("1.005", "1", "1.0"),
        ("1.005", "2", "1.0"),
        ("1.005", "3", "1.005"),
        ("1.005", "-1", "0.0"),
        ("1.005", "-2", "0.0"),
        ("1.005", "-308", "0.0"),
        ("1.005", "-309", "0.0"),
        ("1.005", "323", "1.005"),
        ("1.005", "324", "1.005"),
        ("1.005", "10", "1.005"),
        ("-0.4", "None", "0"),
        ("-0.4", "0", "-0.0"),
        ("-0.4", "1", "-0.4"),
        ("-0.4", "2", "-0.4"),
        ("-0.4", "3", "-0.4"),
        ("-0.4", "-1", "-0.0"),
        ("-0.4", "-2", "-0.0"),
        ("-0.4", "-308", "-0.0"),
        ("-0.4", "-309", "-0.0"),
        ("-0.4", "323", "-0.4"),
        ("-0.4", "324", "-0.4"),
        ("-0.4", "10", "-0.4"),
        ("0.4", "None", "0"),
        ("0.4", "0", "0.0"),
        ("0.4", "1", "0.4"),
        ("0.4", "2", "0.4"),
        ("0.4", "3", "0.4"),
        ("0.4", "-1", "0.0"),
        ("0.4", "-2", "0.0"),
        ("0.4", "-308", "0.0"),
        ("0.4", "-309", "0.0"),
        ("0.4", "323", "0.4"),
        ("0.4", "324", "0.4"),
        ("0.4", "10", "0.4"),
        ("1234.5678", "None", "1235"),
        ("1234.5678", "0", "1235.0"),
        ("1234.5678", "1", "1234.6"),
        ("1234.5678", "2", "1234.57"),
        ("1234.5678", "3", "1234.568"),
        ("1234.5678", "-1", "1230.0"),
        ("1234.5678", "-2", "1200.0"),
        ("1234.5678", "-308", "0.0"),
        ("1234.5678", "-309", "0.0"),
        ("1234.5678", "323", "1234.5678"),
        ("1234.5678", "324", "1234.5678"),
        ("1234.5678", "10", "1234.5678"),
        ("-1234.5678", "None", "-1235"),
        ("-1234.5678", "0", "-1235.0"),
        ("-1234.5678", "1", "-1234.6"),
        ("-1234.5678", "2", "-1234.57"),
        ("-1234.5678", "3", "-1234.568"),
        ("-1234.5678", "-1", "-1230.0"),
        ("-1234.5678", "-2", "-1200.0"),
        ("-1234.5678", "-308", "-0.0"),
        ("-1234.5678", "-309", "-0.0"),
        ("-1234.5678", "323", "-1234.5678"),
        ("-1234.5678", "324", "-1234.5678"),
        ("-1234.5678", "10", "-1234.5678"),
        ("5e-324", "None", "0"),
        ("5e-324", "0", "0.0"),
        ("5e-324", "1", "0.0"),
        ("5e-324", "2", "0.0"),
        ("5e-324", "3", "0.0"),
        ("5e-324", "-1", "0.0"),
        ("5e-324", "-2", "0.0"),
        ("5e-324", "-308", "0.0"),
        ("5e-324", "-309", "0.0"),
        ("5e-324", "323", "0.0"),
        ("5e-324", "324", "5e-324"),
        ("5e-324", "10", "0.0"),
        (
            "1.7976931348623157e+308",
            "None",
            "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
        ),
        ("1.7976931348623157e+308", "0", "1.7976931348623157e+308"),
        ("1.7976931348623157e+308", "1", "1.7976931348623157e+308"),
        ("1.7976931348623157e+308", "2", "1.7976931348623157e+308"),
        ("1.7976931348623157e+308", "3", "1.7976931348623157e+308"),
        ("1.7976931348623157e+308", "-1", "1.7976931348623157e+308"),
        ("1.7976931348623157e+308", "-2", "1.7976931348623157e+308"),
        (
            "1.7976931348623157e+308",
            "-308",
            "OverflowError: rounded value too large to represent",
        ),
        ("1.7976931348623157e+308", "-309", "0.0"),
        ("1.7976931348623157e+308", "323", "1.7976931348623157e+308"),
        ("1.7976931348623157e+308", "324", "1.7976931348623157e+308"),
        ("1.7976931348623157e+308", "10", "1.7976931348623157e+308"),
        (
            "1e+300",
            "None",
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160",
        ),
        ("1e+300", "0", "1e+300"),
        ("1e+300", "1", "1e+300"),
        ("1e+300", "2", "1e+300"),
        ("1e+300", "3", "1e+300"),
        ("1e+300", "-1", "1e+300"),
        ("1e+300", "-2", "1e+300"),
        ("1e+300", "-308", "0.0"),
        ("1e+300", "-309", "0.0"),
        ("1e+300", "323", "1e+300"),
        ("1e+300", "324", "1e+300"),
        ("1e+300", "10", "1e+300"),
        ("1e-300", "None", "0"),
        ("1e-300", "0", "0.0"),
        ("1e-300", "1", "0.0"),
        ("1e-300", "2", "0.0"),
        ("1e-300", "3", "0.0"),
        ("1e-300", "-1", "0.0"),
        ("1e-300", "-2", "0.0"),
        ("1e-300", "-308", "0.0"),
        ("1e-300", "-309", "0.0"),
        ("1e-300", "323", "1e-300"),
        ("1e-300", "324", "1e-300"),
        ("1e-300", "10", "0.0"),
        ("123456789.123", "None", "123456789"),
        ("123456789.123", "0", "123456789.0"),
        ("123456789.123", "1", "123456789.1"),
        ("123456789.123", "2", "123456789.12"),
        ("123456789.123", "3", "123456789.123"),
        ("123456789.123", "-1", "123456790.0"),
        ("123456789.123", "-2", "123456800.0"),
        ("123456789.123", "-308", "0.0"),
        ("123456789.123", "-309", "0.0"),
        ("123456789.123", "323", "123456789.123"),
        ("123456789.123", "324", "123456789.123"),
        ("123456789.123", "10", "123456789.123"),
        ("0.0", "None", "0"),
        ("0.0", "0", "0.0"),
        ("0.0", "1", "0.0"),
        ("0.0", "2", "0.0"),
        ("0.0", "3", "0.0"),
        ("0.0", "-1", "0.0"),
        ("0.0", "-2", "0.0"),
        ("0.0", "-308", "0.0"),
        ("0.0", "-309", "0.0"),
        ("0.0", "323", "0.0"),
        ("0.0", "324", "0.0"),
        ("0.0", "10", "0.0"),
        ("-0.0", "None", "0"),
        ("-0.0", "0", "-0.0"),
        ("-0.0", "1", "-0.0"),
        ("-0.0", "2", "-0.0"),
        ("-0.0", "3", "-0.0"),
        ("-0.0", "-1", "-0.0"),
        ("-0.0", "-2", "-0.0"),
        ("-0.0", "-308", "-0.0"),
        ("-0.0", "-309", "-0.0"),
        ("-0.0", "323", "-0.0"),
        ("-0.0", "324", "-0.0"),
        ("-0.0", "10", "-0.0"),
        (
            "inf",
            "None",
            "OverflowError: cannot convert float infinity to integer",
        ),
        ("inf", "0", "inf"),
        ("inf", "1", "inf"),
        ("inf", "2", "inf"),
        ("inf", "3", "inf"),
        ("inf", "-1", "inf"),
        ("inf", "-2", "inf"),
        ("inf", "-308", "inf"),
        ("inf", "-309", "inf"),
        ("inf", "323", "inf"),
        ("inf", "324", "inf"),
        ("inf", "10", "inf"),
        (
            "-inf",
            "None",
            "OverflowError: cannot convert float infinity to integer",
        ),
        ("-inf", "0", "-inf"),
        ("-inf", "1", "-inf"),
        ("-inf", "2", "-inf"),
        ("-inf", "3", "-inf"),
        ("-inf", "-1", "-inf"),
        ("-inf", "-2", "-inf"),
        ("-inf", "-308", "-inf"),
        ("-inf", "-309", "-inf"),
        ("-inf", "323", "-inf"),
        ("-inf", "324", "-inf"),
        ("-inf", "10", "-inf"),
        (
            "nan",
            "None",
            "ValueError: cannot convert float NaN to integer",
        ),
        ("nan", "0", "nan"),
        ("nan", "1", "nan"),
        ("nan", "2", "nan"),
        ("nan", "3", "nan"),
        ("nan", "-1", "nan"),
        ("nan", "-2", "nan"),
        ("nan", "-308", "nan"),
        ("nan", "-309", "nan"),
        ("nan", "323", "nan"),
        ("nan", "324", "nan"),
        ("nan", "10", "nan"),
        ("2.5e-05", "None", "0"),
        ("2.5e-05", "0", "0.0"),
        ("2.5e-05", "1", "0.0"),
        ("2.5e-05", "2", "0.0"),
        ("2.5e-05", "3", "0.0"),
        ("2.5e-05", "-1", "0.0"),
        ("2.5e-05", "-2", "0.0"),
        ("2.5e-05", "-308", "0.0"),
        ("2.5e-05", "-309", "0.0"),
        ("2.5e-05", "323", "2.5e-05"),
        ("2.5e-05", "324", "2.5e-05"),
        ("2.5e-05", "10", "2.5e-05"),
        ("15.0", "None", "15"),
        ("15.0", "0", "15.0"),
        ("15.0", "1", "15.0"),
        ("15.0", "2", "15.0"),
        ("15.0", "3", "15.0"),
        ("15.0", "-1", "20.0"),
        ("15.0", "-2", "0.0"),
        ("15.0", "-308", "0.0"),
        ("15.0", "-309", "0.0"),
        ("15.0", "323", "15.0"),
        ("15.0", "324", "15.0"),
        ("15.0", "10", "15.0"),
        ("25.0", "None", "25"),
        ("25.0", "0", "25.0"),
        ("25.0", "1", "25.0"),
        ("25.0", "2", "25.0"),
        ("25.0", "3", "25.0"),
        ("25.0", "-1", "20.0"),
        ("25.0", "-2", "0.0"),
        ("25.0", "-308", "0.0"),
        ("25.0", "-309", "0.0"),
        ("25.0", "323", "25.0"),
        ("25.0", "324", "25.0"),
        ("25.0", "10", "25.0"),
        ("3.5439992583961534e+179", "10", "3.5439992583961534e+179"),
        ("4.027945093634474e+121", "16", "4.027945093634474e+121"),
        ("-1e-127", "17", "-0.0"),
        ("-5.979965070385635e-40", "6", "-0.0"),
        ("2.2517622425200835e-117", "-11", "0.0"),
        ("-3.5785154709583546e-56", "-11", "-0.0"),
        ("4.7411890883731824e+54", "-12", "4.7411890883731824e+54"),
        ("-132.007327", "4", "-132.0073"),
        ("1.1585383341850671e+163", "-1", "1.1585383341850671e+163"),
        ("2.2959482656468537e+301", "-14", "2.2959482656468537e+301"),
        ("4.555443081143855e-211", "2", "0.0"),
        ("8.1601949828124725e+208", "-2", "8.1601949828124725e+208"),
        ("5.614015707393292e-305", "-6", "0.0"),
        ("-814.89913", "-9", "-0.0"),
        ("-2.359829443000249e+217", "-19", "-2.359829443000249e+217"),
        ("603.528", "12", "603.528"),
        ("1.2493073281022937e-252", "-5", "0.0"),
        ("-9.681787437295444e-114", "9", "-0.0"),
        ("4.4310813033203835e-159", "-10", "0.0"),
        ("1.9973093785337737e-281", "9", "0.0"),
        ("447.154", "-20", "0.0"),
        ("1.8970023857223783e-264", "0", "0.0"),
        ("7.303811565495696e-88", "1", "0.0"),
        ("-5.003709627649784e+181", "-4", "-5.003709627649784e+181"),
        ("6.715517243705566e+16", "10", "6.715517243705566e+16"),
        ("-5.637565649934273e+251", "3", "-5.637565649934273e+251"),
        ("-3.6445949734596235e-153", "-19", "-0.0"),
        ("7.660025410734083e-217", "13", "0.0"),
        ("9.419507626538353e-148", "18", "0.0"),
        ("-1e+135", "-1", "-1e+135"),
        ("-727.639124", "13", "-727.639124"),
        ("1.492565767580092e+16", "-14", "1.49e+16"),
        ("-3.3126918708724136e+16", "4", "-3.3126918708724136e+16"),
        ("-1e-25", "-5", "-0.0"),
        ("6.757381044098338e+245", "-3", "6.757381044098338e+245"),
        (
            "-1.2077605750182736e+247",
            "-14",
            "-1.2077605750182736e+247",
        ),
        ("5.712662170130843e-37", "-15", "0.0"),
        ("8.589425633349195e+16", "-5", "8.58942563335e+16"),
        ("3.60408350771006e+257", "-10", "3.60408350771006e+257"),
        ("1.3205687181060071e-162", "5", "0.0"),
    ];
    const INT_ROUND: &[(&str, &str, &str)] = &[
        ("1250", "0", "1250"),
        ("1250", "2", "1250"),
        ("1250", "-1", "1250"),
        ("1250", "-2", "1200"),
        ("1250", "-3", "1000"),
        ("1250", "-10", "0"),
        ("1250", "-40", "0"),
        ("1350", "0", "1350"),
        ("1350", "2", "1350"),
        ("1350", "-1", "1350"),
        ("1350", "-2", "1400"),
        ("1350", "-3", "1000"),
        ("1350", "-10", "0"),
        ("1350", "-40", "0"),
        ("-1250", "0", "-1250"),
        ("-1250", "2", "-1250"),
        ("-1250", "-1", "-1250"),
        ("-1250", "-2", "-1200"),
        ("-1250", "-3", "-1000"),
        ("-1250", "-10", "0"),
        ("-1250", "-40", "0"),
        ("-1350", "0", "-1350"),
        ("-1350", "2", "-1350"),
        ("-1350", "-1", "-1350"),
        ("-1350", "-2", "-1400"),
        ("-1350", "-3", "-1000"),
        ("-1350", "-10", "0"),
        ("-1350", "-40", "0"),
        ("1249", "0", "1249"),
        ("1249", "2", "1249"),
        ("1249", "-1", "1250"),
        ("1249", "-2", "1200"),
        ("1249", "-3", "1000"),
        ("1249", "-10", "0"),
        ("1249", "-40", "0"),
        ("1251", "0", "1251"),
        ("1251", "2", "1251"),
        ("1251", "-1", "1250"),
        ("1251", "-2", "1300"),
        ("1251", "-3", "1000"),
        ("1251", "-10", "0"),
        ("1251", "-40", "0"),
        ("0", "0", "0"),
        ("0", "2", "0"),
        ("0", "-1", "0"),
        ("0", "-2", "0"),
        ("0", "-3", "0"),
        ("0", "-10", "0"),
        ("0", "-40", "0"),
        ("5", "0", "5"),
        ("5", "2", "5"),
        ("5", "-1", "0"),
        ("5", "-2", "0"),
        ("5", "-3", "0"),
        ("5", "-10", "0"),
        ("5", "-40", "0"),
        ("15", "0", "15"),
        ("15", "2", "15"),
        ("15", "-1", "20"),
        ("15", "-2", "0"),
        ("15", "-3", "0"),
        ("15", "-10", "0"),
        ("15", "-40", "0"),
        ("25", "0", "25"),
        ("25", "2", "25"),
        ("25", "-1", "20"),
        ("25", "-2", "0"),
        ("25", "-3", "0"),
        ("25", "-10", "0"),
        ("25", "-40", "0"),
        ("-5", "0", "-5"),
        ("-5", "2", "-5"),
        ("-5", "-1", "0"),
        ("-5", "-2", "0"),
        ("-5", "-3", "0"),
        ("-5", "-10", "0"),
        ("-5", "-40", "0"),
        ("1<<0*20>>5000000000", "0", "1<<0*20>>5000000000"),
        ("1<<0*20>>5000000000", "2", "1<<0*20>>5000000000"),
        ("1<<0*20>>5000000000", "-1", "1<<0*20>>5000000000"),
        ("1<<0*20>>5000000000", "-2", "1<<0*20>>5000000000"),
        ("1<<0*20>>5000000000", "-3", "1<<0*20>>5000000000"),
        ("1<<0*20>>5000000000", "-10", "1<<0*30>>"),
        ("1<<0*20>>5000000000", "-40", "0"),
        ("123456789", "0", "123456789"),
        ("123456789", "2", "123456789"),
        ("123456789", "-1", "123456790"),
        ("123456789", "-2", "123456800"),
        ("123456789", "-3", "123457000"),
        ("123456789", "-10", "0"),
        ("123456789", "-40", "0"),
        ("999", "0", "999"),
        ("999", "2", "999"),
        ("999", "-1", "1000"),
        ("999", "-2", "1000"),
        ("999", "-3", "1000"),
        ("999", "-10", "0"),
        ("999", "-40", "0"),
    ];
    const TO_INT: &[(&str, &str)] = &[
        ("0.0", "0"),
        ("-0.0", "0"),
        ("0.9", "0"),
        ("-0.9", "0"),
        ("1.5", "1"),
        ("-1e+20", "-1<<0*20>>"),
        (
            "1e+300",
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160",
        ),
        ("5e-324", "0"),
        ("9.223372036854776e+18", "9223372036854775808"),
        ("-9.223372036854776e+18", "-9223372036854775808"),
        ("1.8446744073709552e+19", "18446744073709551616"),
        (
            "1.7976931348623157e+308",
            "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
        ),
        (
            "inf",
            "OverflowError: cannot convert float infinity to integer",
        ),
        (
            "-inf",
            "OverflowError: cannot convert float infinity to integer",
        ),
        ("nan", "ValueError: cannot convert float NaN to integer"),
        ("123456.789", "123456"),
        ("4503599627370497.0", "4503599627370497"),
    ];
    const HASH_INT: &[(&str, &str)] = &[
        ("0", "0"),
        ("1", "1"),
        ("-1", "-2"),
        ("-2", "-2"),
        ("2305843009213693950", "2305843009213693950"),
        ("2305843009213693951", "0"),
        ("2305843009213693952", "1"),
        ("4611686018427387904", "2"),
        ("-2305843009213693952", "-2"),
        ("9223372036854775807", "3"),
        ("-9223372036854775808", "-4"),
        ("1<<0*30>>", "465258685558744706"),
        ("-1<<0*30>>", "-465258685558744706"),
        (
            "1606938044258990275541962092341162602522202993782792835313721",
            "143417",
        ),
        ("123456789", "123456789"),
        ("6618294069650247541877183369036634", "1184957259378752093"),
        ("-422172269220654108109493949", "-1339388978315823713"),
        (
            "117139596394438828102822807929852879551516290244172976699901356111897163129809",
            "1737718517038059534",
        ),
        ("-700943", "-700943"),
        ("79097701413921307388463232911", "1460278665066571227"),
        ("-11112938904613012", "-11112938904613012"),
        ("152381659138102106642070", "23874215141890235"),
        (
            "579152677140260168983131376376830879566536517877933901914",
            "2233397274783509260",
        ),
        ("-1054406718093663543435120133", "-1789759234810071162"),
        (
            "-639149374620075923504822184216435560364205202994475083911592717181350481147",
            "-63801755722591266",
        ),
        ("15575366712329437341201670", "1315959348690011832"),
        ("-2078318", "-2078318"),
        ("-96396457918861986798204142811310", "-160156840108873845"),
        (
            "8018755676536772947810396429596192945985347089911704981864730201598957875434157293",
            "385057343706832268",
        ),
        (
            "-350291476879649949608569766628513993662171707147906794307571374",
            "-1284460598064551040",
        ),
        ("389292026177258832729832599821", "154849779846035866"),
        ("-286912276976638074", "-286912276976638074"),
        ("48772614980064750241489583", "109928999213425333"),
        (
            "-2273319892798483886457178381312009467993240098810291909823480",
            "-1674245464809681115",
        ),
        ("9227635636898810446801", "1957757034820948850"),
    ];
    const HASH_FLOAT: &[(&str, &str)] = &[
        ("0.0", "0"),
        ("-0.0", "0"),
        ("1.0", "1"),
        ("-1.0", "-2"),
        ("1.5", "1152921504606846977"),
        ("-1.5", "-1152921504606846977"),
        ("0.1", "230584300921369408"),
        ("1e+300", "1224995262755759164"),
        ("5e-324", "16777216"),
        ("inf", "314159"),
        ("-inf", "-314159"),
        ("2.305843009213694e+18", "1"),
        ("4.611686018427388e+18", "2"),
        ("1e-300", "482449582752280463"),
        ("3.14159", "326484311674566659"),
        ("-2.0", "-2"),
        ("2.3058430092136934e+18", "2305843009213693440"),
        ("1.7976931348623157e+308", "2234066890152476671"),
        ("981.82", "1890791267555345365"),
        ("8.559245892451826e-162", "1369525417790160284"),
        ("9.76489988386303e-50", "558755923226674293"),
        ("1.615308197694093e-46", "166598553576795496"),
        ("1.748217778308457e+171", "1942594195945322969"),
        ("-1.7726622920963562e+277", "-64"),
        ("-2.7659243033217972e-238", "-942555078029578254"),
        ("580.8992179382095", "2073455396579967556"),
        ("1e-05", "2170758078822671208"),
        ("1.2499999999999998e+31", "1202466521518784859"),
        ("2.4566629786707744e+149", "928594708054540595"),
        ("7.614979419916667e+102", "1510183735617614943"),
        ("6.941701464204471e-135", "731840487030805147"),
        ("7.131525041558397e-196", "1847268638062190117"),
        ("4.109481173084667e+208", "4194304"),
        ("3.4344227231728655e+135", "1994188529979569263"),
        ("979.8", "1844674407370851283"),
        ("8.520236390745804e+252", "864854683928656372"),
        ("-881.336", "-774763251095831409"),
        ("8.930817962444427e-15", "147955022125092977"),
        ("4.078866815274402e+100", "2066850688524875671"),
        ("6.1944650344180975e-217", "1394064586595907242"),
        ("1.25e+170", "492967187250743545"),
        ("9.76853124699539e+16", "97685312469953904"),
        ("7.211382477975699e+231", "115123584673792206"),
        ("2.227230438301755e-180", "1691650179825935607"),
        ("-742.9589", "-2211072861534946022"),
        ("0.0", "0"),
        ("7.544427553359696e+16", "75444275533596960"),
        ("1.0175663344862984e+163", "12732827228140318"),
    ];
    const PARSE_INT: &[(&str, &str, &str)] = &[
        ("12", "10", "int:12"),
        (" -12 ", "10", "int:-12"),
        ("+7", "10", "int:7"),
        (
            "12a",
            "10",
            "ValueError: invalid literal for int() with base 10: '12a'",
        ),
        ("1_000", "10", "int:1000"),
        (
            "_1",
            "10",
            "ValueError: invalid literal for int() with base 10: '_1'",
        ),
        (
            "1_",
            "10",
            "ValueError: invalid literal for int() with base 10: '1_'",
        ),
        (
            "1__0",
            "10",
            "ValueError: invalid literal for int() with base 10: '1__0'",
        ),
        ("0x1f", "16", "int:31"),
        ("0X1F", "16", "int:31"),
        ("1f", "16", "int:31"),
        ("0x1f", "0", "int:31"),
        ("0o17", "0", "int:15"),
        ("0b101", "0", "int:5"),
        (
            "0b102",
            "0",
            "ValueError: invalid literal for int() with base 0: '0b102'",
        ),
        (
            "010",
            "0",
            "ValueError: invalid literal for int() with base 0: '010'",
        ),
        ("000", "0", "int:0"),
        ("0_0", "0", "int:0"),
        ("0", "0", "int:0"),
        (" 0x_1f ", "0", "int:31"),
        ("0x_1f", "16", "int:31"),
        (
            "0x__1f",
            "16",
            "ValueError: invalid literal for int() with base 16: '0x__1f'",
        ),
        (
            "0x",
            "16",
            "ValueError: invalid literal for int() with base 16: '0x'",
        ),
        (
            "0x",
            "0",
            "ValueError: invalid literal for int() with base 0: '0x'",
        ),
        ("z", "36", "int:35"),
        ("Zz", "36", "int:1295"),
        (
            "12",
            "1",
            "ValueError: int() base must be >= 2 and <= 36, or 0",
        ),
        (
            "12",
            "37",
            "ValueError: int() base must be >= 2 and <= 36, or 0",
        ),
        (
            "",
            "10",
            "ValueError: invalid literal for int() with base 10: ''",
        ),
        (
            "   ",
            "10",
            "ValueError: invalid literal for int() with base 10: '   '",
        ),
        (
            "-",
            "10",
            "ValueError: invalid literal for int() with base 10: '-'",
        ),
        (
            "+-1",
            "10",
            "ValueError: invalid literal for int() with base 10: '+-1'",
        ),
        (
            "- 1",
            "10",
            "ValueError: invalid literal for int() with base 10: '- 1'",
        ),
        (
            "1 2",
            "10",
            "ValueError: invalid literal for int() with base 10: '1 2'",
        ),
        ("\u{661}\u{662}", "10", "int:12"),
        ("\u{2003} 12 \u{3000}", "10", "int:12"),
        (
            "\u{1c}12",
            "10",
            "ValueError: invalid literal for int() with base 10: '\\x1c12'",
        ),
        ("12\u{a}", "10", "int:12"),
        (
            "\u{9}-\u{a}12",
            "10",
            "ValueError: invalid literal for int() with base 10: '\\t-\\n12'",
        ),
        (
            "12\u{e9}",
            "10",
            "ValueError: invalid literal for int() with base 10: '12\u{e9}'",
        ),
        (
            "it's",
            "10",
            "ValueError: invalid literal for int() with base 10: \"it's\"",
        ),
        (
            "a\\b",
            "10",
            "ValueError: invalid literal for int() with base 10: 'a\\\\b'",
        ),
        ("<<9*30>>", "10", "int:<<9*30>>"),
        ("-<<7*50>>", "0", "int:-<<7*50>>"),
        ("0b<<1*100>>", "0", "int:1267650600228229401496703205375"),
        ("<<1*4300>>", "10", "int:<<1*4300>>"),
        (
            "<<1*4301>>",
            "10",
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit",
        ),
        (
            "<<1*4301>>x",
            "10",
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit",
        ),
        (
            "<<\u{e9}*300>>",
            "10",
            "ValueError: invalid literal for int() with base 10: '<<\u{e9}*199>>",
        ),
        (
            "0o8",
            "8",
            "ValueError: invalid literal for int() with base 8: '0o8'",
        ),
        ("0o7", "8", "int:7"),
        ("0b1", "16", "int:177"),
        ("0b1", "2", "int:1"),
        ("b1", "16", "int:177"),
        ("101", "2", "int:5"),
        (
            "102",
            "2",
            "ValueError: invalid literal for int() with base 2: '102'",
        ),
        (
            "7",
            "7",
            "ValueError: invalid literal for int() with base 7: '7'",
        ),
        (
            "\u{663}\u{663}\u{663}\u{663}\u{663}\u{663}\u{663}\u{663}\u{663}\u{663}",
            "0",
            "int:3333333333",
        ),
        (
            "0_7",
            "0",
            "ValueError: invalid literal for int() with base 0: '0_7'",
        ),
        ("00", "0", "int:0"),
        (
            "0_",
            "0",
            "ValueError: invalid literal for int() with base 0: '0_'",
        ),
        (
            "1e5",
            "10",
            "ValueError: invalid literal for int() with base 10: '1e5'",
        ),
    ];
    const PARSE_FLOAT: &[(&str, &str)] = &[
        ("1.5", "1.5"),
        (" 1.5\u{a}", "1.5"),
        ("-0", "-0.0"),
        ("+0.0", "0.0"),
        ("1e5", "100000.0"),
        ("1E-5", "1e-05"),
        (".5", "0.5"),
        ("5.", "5.0"),
        (".", "ValueError: could not convert string to float: '.'"),
        ("", "ValueError: could not convert string to float: ''"),
        (" ", "ValueError: could not convert string to float: ' '"),
        (
            "abc",
            "ValueError: could not convert string to float: 'abc'",
        ),
        ("1e", "ValueError: could not convert string to float: '1e'"),
        (
            "1e+",
            "ValueError: could not convert string to float: '1e+'",
        ),
        (
            "1e_5",
            "ValueError: could not convert string to float: '1e_5'",
        ),
        ("1_0.5", "10.5"),
        (
            "1._5",
            "ValueError: could not convert string to float: '1._5'",
        ),
        (
            "1.5_",
            "ValueError: could not convert string to float: '1.5_'",
        ),
        ("_1", "ValueError: could not convert string to float: '_1'"),
        (
            "1__0",
            "ValueError: could not convert string to float: '1__0'",
        ),
        ("1e1_0", "10000000000.0"),
        ("inf", "inf"),
        ("-iNfinity", "-inf"),
        ("+nan", "nan"),
        ("NaN", "nan"),
        ("-nan", "nan"),
        (
            "infin",
            "ValueError: could not convert string to float: 'infin'",
        ),
        ("in", "ValueError: could not convert string to float: 'in'"),
        (
            "infinityx",
            "ValueError: could not convert string to float: 'infinityx'",
        ),
        ("1x", "ValueError: could not convert string to float: '1x'"),
        (
            "a\u{9}b",
            "ValueError: could not convert string to float: 'a\\tb'",
        ),
        (
            "\u{e9}",
            "ValueError: could not convert string to float: '\u{e9}'",
        ),
        (
            "1\u{e9}",
            "ValueError: could not convert string to float: '1\u{e9}'",
        ),
        (
            "a'b",
            "ValueError: could not convert string to float: \"a'b\"",
        ),
        ("\u{661}.5", "1.5"),
        ("1.5\u{a0}", "1.5"),
        ("1e400", "inf"),
        ("-1e400", "-inf"),
        ("1e-400", "0.0"),
        (
            "0x10",
            "ValueError: could not convert string to float: '0x10'",
        ),
        ("1.7976931348623157e308", "1.7976931348623157e+308"),
        ("4.9e-324", "5e-324"),
        ("2.4703282292062328e-324", "5e-324"),
        ("2.4703282292062327e-324", "0.0"),
        ("0.1", "0.1"),
        ("123456789012345678901234567890", "1.2345678901234568e+29"),
        ("<<1*400>>", "inf"),
        ("1.<<0*300>>1", "1.0"),
        ("  -.5e-3  ", "-0.0005"),
        (
            "+-1",
            "ValueError: could not convert string to float: '+-1'",
        ),
        (
            "1 2",
            "ValueError: could not convert string to float: '1 2'",
        ),
        (
            "\u{1c}1",
            "ValueError: could not convert string to float: '\\x1c1'",
        ),
        (
            "nan_",
            "ValueError: could not convert string to float: 'nan_'",
        ),
        (
            "1_e5",
            "ValueError: could not convert string to float: '1_e5'",
        ),
        ("<<9*20>>e-30", "1e-10"),
    ];
    const STR_REPR: &[(&str, &str)] = &[
        ("", "''"),
        ("abc", "'abc'"),
        ("it's", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'"),
        ("tab\u{9}here", "'tab\\there'"),
        ("nl\u{a}", "'nl\\n'"),
        ("cr\u{d}", "'cr\\r'"),
        ("back\\slash", "'back\\\\slash'"),
        ("\u{0}\u{1f}\u{7f}", "'\\x00\\x1f\\x7f'"),
        ("\u{e9}", "'\u{e9}'"),
        (
            "\u{80}\u{9f}\u{a0}\u{ad}\u{ff}",
            "'\\x80\\x9f\\xa0\\xad\u{ff}'",
        ),
        ("\u{fc}\u{4e2d}\u{6587}", "'\u{fc}\u{4e2d}\u{6587}'"),
        ("\u{200b}\u{2028}\u{feff}", "'\\u200b\\u2028\\ufeff'"),
        ("\u{1f600}", "'\u{1f600}'"),
        ("\u{e0001}", "'\\U000e0001'"),
        ("\u{d7ff}", "'\\ud7ff'"),
        ("a\u{301}", "'a\u{301}'"),
        ("\u{378}", "'\\u0378'"),
        ("\u{10ffff}", "'\\U0010ffff'"),
        ("\u{1b}[0m", "'\\x1b[0m'"),
        (" ", "' '"),
        ("\u{3000}", "'\\u3000'"),
        ("\u{a0}", "'\\xa0'"),
    ];
    const RADIX: &[(&str, &str, &str, &str)] = &[
        ("0", "0x0", "0o0", "0b0"),
        ("1", "0x1", "0o1", "0b1"),
        ("-1", "-0x1", "-0o1", "-0b1"),
        ("255", "0xff", "0o377", "0b11111111"),
        ("-255", "-0xff", "-0o377", "-0b11111111"),
        (
            "18446744073709551616",
            "0x10000000000000000",
            "0o2<<0*21>>",
            "0b1<<0*64>>",
        ),
        (
            "-1267650600228229401496703205383",
            "-0x1<<0*24>>7",
            "-0o2<<0*32>>7",
            "-0b1<<0*97>>111",
        ),
        (
            "123456789",
            "0x75bcd15",
            "0o726746425",
            "0b111010110111100110100010101",
        ),
    ];
    // END GENERATED
}
