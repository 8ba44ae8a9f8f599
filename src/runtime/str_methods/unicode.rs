//! Character properties and case mappings as CPython's `str` methods define them.
//!
//! Classes that Rust's `char` does not expose with CPython's meaning come from the
//! generated [`super::tables`]; case mappings use Rust's full (multi-character)
//! mappings, plus the title-case and case-folding rules Rust lacks.

use super::tables;

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    let i = table.partition_point(|&(_, hi)| hi < c);
    table.get(i).is_some_and(|&(lo, _)| lo <= c)
}

/// `Py_UNICODE_ISSPACE`: Unicode White_Space plus the ASCII separators `\x1c`-`\x1f`.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// A line boundary of `str.splitlines` (`\r\n` is one boundary made of two of these).
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `str.isalpha` for one character: a letter (category L*).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(tables::ALPHA, c)
    }
}

/// `str.isprintable` for one character.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        !in_table(tables::NONPRINTABLE, c)
    }
}

/// `str.isdecimal` for one character: category Nd.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(tables::DECIMAL, c)
    }
}

/// The value of a decimal digit (`Py_UNICODE_TODECIMAL`).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let code = c as u32;
    let i = tables::DECIMAL.partition_point(|&(_, hi)| hi < code);
    // Every range is made of whole runs of ten digits starting at zero.
    let &(lo, _) = tables::DECIMAL.get(i).filter(|&&(lo, _)| lo <= code)?;
    Some((code - lo) % 10)
}

/// `str.isdigit` for one character (numeric type Decimal or Digit).
pub fn is_digit(c: char) -> bool {
    is_decimal(c) || (!c.is_ascii() && in_table(tables::DIGIT_EXTRA, c))
}

/// `str.isnumeric` for one character (any numeric type).
pub fn is_numeric(c: char) -> bool {
    is_digit(c) || (!c.is_ascii() && in_table(tables::NUMERIC_EXTRA, c))
}

/// `str.isalnum` for one character.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// Title-case letters (category Lt): the digraphs `ǅ ǈ ǋ ǲ` and Greek capitals with
/// prosgegrammeni.
pub fn is_titlecase(c: char) -> bool {
    matches!(c as u32,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF
        | 0x1FBC | 0x1FCC | 0x1FFC)
}

/// The Unicode `Cased` property.
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// XID_Start or `_`: a valid first character of an identifier.
pub fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    (is_alpha(c) && !in_table(tables::ID_START_EXCLUDED, c)) || in_table(tables::ID_START_EXTRA, c)
}

/// XID_Continue: a valid later character of an identifier.
pub fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    is_id_start(c) || is_decimal(c) || in_table(tables::ID_CONTINUE_EXTRA, c)
}

/// Appends the full title-case mapping of `c` (`_PyUnicode_ToTitleFull`).
pub fn push_title(out: &mut String, c: char) {
    let code = c as u32;
    let single = match code {
        // Georgian Mkhedruli letters have upper-case forms but are their own title case.
        0x10D0..=0x10FA | 0x10FD..=0x10FF => Some(code),
        // The digraph triples (`Ǆ ǅ ǆ`, ...): the title case is the middle one.
        0x1C4..=0x1CC => Some(0x1C5 + (code - 0x1C4) / 3 * 3),
        0x1F1..=0x1F3 => Some(0x1F2),
        // Greek with ypogegrammeni: the title case keeps the iota as prosgegrammeni.
        0x1F80..=0x1FAF => Some(code | 0x8),
        0x1FB3 | 0x1FBC => Some(0x1FBC),
        0x1FC3 | 0x1FCC => Some(0x1FCC),
        0x1FF3 | 0x1FFC => Some(0x1FFC),
        _ => None,
    };
    if let Some(t) = single.and_then(char::from_u32) {
        out.push(t);
        return;
    }
    let mut upper = c.to_uppercase();
    let Some(first) = upper.next() else { return };
    out.push(first);
    let rest: Vec<char> = upper.collect();
    match rest.split_last() {
        // Other Greek letters with ypogegrammeni: the iota stays a combining ypogegrammeni.
        Some((&'\u{399}', init)) if (0x1FB2..=0x1FF7).contains(&code) => {
            out.extend(init);
            out.push('\u{345}');
        }
        // `ŉ` has no title-case form of its own.
        _ if c == 'ŉ' => out.extend(rest),
        // Ligatures and `ß`: an upper-case first letter, then lower case (`ﬁ` -> `Fi`).
        _ => out.extend(rest.iter().flat_map(|r| r.to_lowercase())),
    }
}

/// Appends the full case folding of `c` (`str.casefold`).
pub fn push_casefold(out: &mut String, c: char) {
    match c as u32 {
        0x131 => out.push(c),
        0x1E9E => out.push_str("ss"),
        // Cherokee folds to its upper-case letters.
        0x13F8..=0x13FD | 0xAB70..=0xABBF => out.extend(c.to_uppercase()),
        0x13A0..=0x13F5 => out.push(c),
        // Otherwise folding is lower-casing the upper-case form (`ß` -> `ss`, `ς` -> `σ`).
        _ => out.extend(c.to_uppercase().flat_map(char::to_lowercase)),
    }
}

/// Whether each capital sigma of `s`, in order, lower-cases to the final form `ς`.
///
/// CPython decides this from the characters around each sigma (the Final_Sigma rule);
/// Rust's `str::to_lowercase` applies the same rule, so the decisions are read off its
/// result. Every other character lower-cases to as many characters in context as alone.
pub fn final_sigmas(s: &str) -> Vec<bool> {
    if !s.contains('Σ') {
        return Vec::new();
    }
    let lowered = s.to_lowercase();
    let mut out = lowered.chars();
    let mut finals = Vec::new();
    for c in s.chars() {
        if c == 'Σ' {
            finals.push(out.next() == Some('ς'));
        } else {
            out.by_ref().take(c.to_lowercase().count()).for_each(drop);
        }
    }
    finals
}

/// Lower-cases a string character by character, as CPython's case methods do for the
/// characters they lower, with the capital sigmas' forms decided by [`final_sigmas`].
pub struct Lowerer {
    finals: std::vec::IntoIter<bool>,
}

impl Lowerer {
    /// A lowerer for the characters of `s`, which must then be fed all of them in order
    /// (through [`Lowerer::push_lower`] or [`Lowerer::skip`]).
    pub fn new(s: &str) -> Lowerer {
        Lowerer {
            finals: final_sigmas(s).into_iter(),
        }
    }

    /// Appends the lower case of `c`.
    pub fn push_lower(&mut self, out: &mut String, c: char) {
        if c == 'Σ' {
            out.push(if self.finals.next().unwrap_or(false) {
                'ς'
            } else {
                'σ'
            });
        } else {
            out.extend(c.to_lowercase());
        }
    }

    /// Passes over `c` without lowering it.
    pub fn skip(&mut self, c: char) {
        if c == 'Σ' {
            self.finals.next();
        }
    }
}
