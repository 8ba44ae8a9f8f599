//! Backslash escapes in string and bytes literals, decoded as CPython 3.11 does.
//!
//! Errors are returned as CPython's message; the caller attaches the position.

/// Where CPython's decoder thinks a character is: it first rewrites every non-ASCII
/// character as a 10-byte `\UXXXXXXXX` escape, so positions in messages count those.
fn decoder_pos(body: &[char], i: usize) -> usize {
    body[..i.min(body.len())]
        .iter()
        .map(|c| if c.is_ascii() { 1 } else { 10 })
        .sum()
}

fn unicode_error(body: &[char], start: usize, end: usize, what: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
        decoder_pos(body, start),
        decoder_pos(body, end),
        what
    )
}

/// Counts up to `max` digits of `radix` at `body[i..]` and returns their value.
fn digits(body: &[char], i: usize, max: usize, radix: u32) -> (u32, usize) {
    let mut value = 0u32;
    let mut n = 0;
    while n < max {
        match body.get(i + n).and_then(|c| c.to_digit(radix)) {
            Some(d) => value = value.wrapping_mul(radix).wrapping_add(d),
            None => break,
        }
        n += 1;
    }
    (value, n)
}

/// Decodes the body of a non-raw `str` literal.
pub fn decode_str(body: &[char]) -> Result<String, String> {
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c != '\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = body.get(i + 1) else {
            // A lone trailing backslash cannot occur (it would escape the quote).
            out.push('\\');
            break;
        };
        let simple = match e {
            '\n' => Some(None),
            '\\' => Some(Some('\\')),
            '\'' => Some(Some('\'')),
            '"' => Some(Some('"')),
            'a' => Some(Some('\x07')),
            'b' => Some(Some('\x08')),
            'f' => Some(Some('\x0c')),
            'n' => Some(Some('\n')),
            'r' => Some(Some('\r')),
            't' => Some(Some('\t')),
            'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(ch) = simple {
            out.extend(ch);
            i += 2;
            continue;
        }
        match e {
            '0'..='7' => {
                let (v, n) = digits(body, i + 1, 3, 8);
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                i += 1 + n;
            }
            'x' | 'u' | 'U' => {
                let (len, what) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let (v, n) = digits(body, i + 2, len, 16);
                if n < len {
                    return Err(unicode_error(body, i, i + 1 + n, what));
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if v <= 0x10FFFF => out.push('\u{fffd}'), // a lone surrogate
                    None => {
                        return Err(unicode_error(
                            body,
                            i,
                            i + 1 + n,
                            "illegal Unicode character",
                        ));
                    }
                }
                i += 2 + n;
            }
            'N' => {
                // `\N{NAME}`: a character by its Unicode name.
                let named = (body.get(i + 2) == Some(&'{'))
                    .then(|| body[i..].iter().position(|&c| c == '}'))
                    .flatten()
                    .filter(|&close| close > 3)
                    .and_then(|close| {
                        let name: String = body[i + 3..i + close].iter().collect();
                        super::unicode_names::lookup(&name).map(|c| (c, close))
                    });
                match named {
                    Some((c, close)) => {
                        out.push(c);
                        i += close + 1;
                    }
                    None => return Err(named_escape_error(body, i)),
                }
            }
            _ => {
                // Unknown escapes stay as written (CPython only warns).
                out.push('\\');
                out.push(e);
                i += 2;
            }
        }
    }
    Ok(out)
}

/// A malformed `\N{...}` escape or an unknown name, as CPython reports it.
fn named_escape_error(body: &[char], i: usize) -> String {
    if body.get(i + 2) != Some(&'{') {
        return unicode_error(body, i, i + 1, "malformed \\N character escape");
    }
    match body[i..].iter().position(|&c| c == '}') {
        Some(close) if close > 3 => {
            unicode_error(body, i, i + close, "unknown Unicode character name")
        }
        _ => unicode_error(
            body,
            i,
            (i + 2).min(body.len().saturating_sub(1)),
            "malformed \\N character escape",
        ),
    }
}

/// Decodes the body of a bytes literal (`raw` for `rb"..."`). The body must be ASCII;
/// the caller checks that.
pub fn decode_bytes(body: &[char], raw: bool) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if raw || c != '\\' {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let Some(&e) = body.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        let simple = match e {
            '\n' => Some(None),
            '\\' => Some(Some(b'\\')),
            '\'' => Some(Some(b'\'')),
            '"' => Some(Some(b'"')),
            'a' => Some(Some(7)),
            'b' => Some(Some(8)),
            'f' => Some(Some(12)),
            'n' => Some(Some(b'\n')),
            'r' => Some(Some(b'\r')),
            't' => Some(Some(b'\t')),
            'v' => Some(Some(11)),
            _ => None,
        };
        if let Some(b) = simple {
            out.extend(b);
            i += 2;
            continue;
        }
        match e {
            '0'..='7' => {
                let (v, n) = digits(body, i + 1, 3, 8);
                out.push((v & 0xFF) as u8);
                i += 1 + n;
            }
            'x' => {
                let (v, n) = digits(body, i + 2, 2, 16);
                if n < 2 {
                    return Err(format!("(value error) invalid \\x escape at position {i}"));
                }
                out.push(v as u8);
                i += 4;
            }
            _ => {
                out.push(b'\\');
                out.push(e as u32 as u8);
                i += 2;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Result<String, String> {
        decode_str(&text.chars().collect::<Vec<_>>())
    }

    #[test]
    fn simple_escapes() {
        assert_eq!(s(r#"a\nb\t\\\'\""#).unwrap(), "a\nb\t\\'\"");
        assert_eq!(s("a\\\nb").unwrap(), "ab");
        assert_eq!(s(r"\x41\u00e9\U0001F600\101\0").unwrap(), "Aé😀A\0");
        assert_eq!(s(r"\d\q").unwrap(), r"\d\q");
    }

    #[test]
    fn escape_errors() {
        assert_eq!(
            s(r"\x4").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
        );
        assert_eq!(
            s(r"\N{foo}").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"
        );
        assert!(
            s(r"\U00110000")
                .unwrap_err()
                .contains("illegal Unicode character")
        );
    }

    #[test]
    fn bytes() {
        let b = |t: &str, raw| decode_bytes(&t.chars().collect::<Vec<_>>(), raw);
        assert_eq!(b(r"a\x00\xff\n\777", false).unwrap(), b"a\x00\xff\n\xff");
        assert_eq!(b(r"\n", true).unwrap(), b"\\n");
        assert!(b(r"\x4", false).is_err());
    }
}
