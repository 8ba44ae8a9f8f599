//! The parser never panics: every prefix of real programs, random mutations, and
//! whole standard-library files. Errors are fine; panics and hangs are not.

use firebrand::syntax::parse_module;

const SAMPLE: &str = r#"
import math
from collections import deque as dq, OrderedDict

CONST = 0x_FF + 0o17 - 0b1 * 1_000.5e-3 + 2j

@decorator(arg=1)
class Shape(Base, metaclass=Meta):
    """A shape."""
    count: int = 0

    def __init__(self, *args, name="s", **kw) -> None:
        super().__init__()
        self.name, *self.rest = name, *args
        Shape.count += 1

    @property
    def area(self):
        return (lambda x, /, y=2: x ** -y)(self.w)

def gen(n):
    total = 0
    for i in range(n):
        if i % 2 == 0 and not i in {1, 2} or i is not None:
            total += i
        elif i < 3 <= n:
            continue
        else:
            break
    else:
        pass
    while total > 0:
        total //= 2
        yield total
    yield from [x for x in range(3) if x for y in "ab"]

try:
    value = {k: v for k, v in zip("abc", range(3))}
    del value["a"], value
except (KeyError, ValueError) as exc:
    raise RuntimeError("bad") from exc
except Exception:
    pass
else:
    assert True, "never"
finally:
    print(f"{CONST!r:>{10}.{2}} {CONST=} {{literal}}", end='')

with open("f") as f, g() as (a, b):
    s, bb = r'\d', rb"\x00" b'\x41'
    t = '''multi
line''' "adjacent" \
        'continued'
x = [1, 2,
     3][::-1][1:2, ...]
global_count = (n := 10) if x else -~+n
"#;

/// A tiny deterministic PRNG (xorshift), so failures are reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[test]
fn sample_parses() {
    parse_module(SAMPLE).unwrap();
}

#[test]
fn every_prefix_and_suffix() {
    let chars: Vec<char> = SAMPLE.chars().collect();
    for k in 0..=chars.len() {
        let prefix: String = chars[..k].iter().collect();
        let _ = parse_module(&prefix);
        let suffix: String = chars[k..].iter().collect();
        let _ = parse_module(&suffix);
    }
}

#[test]
fn random_mutations() {
    const ALPHABET: &[&str] = &[
        "(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\\", "\n", "\t", " ", "    ", ":", "=",
        ",", "*", "**", "f'", "{x}", "#", "0x", "1e", "_", ".", "é", "\r", "\x0c", "if ", "else",
        "lambda", "yield", "not", "in", "is", "async ", "match ", "@", "\0",
    ];
    let chars: Vec<char> = SAMPLE.chars().collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let mut text: Vec<char> = chars.clone();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(text.len() + 1);
            match rng.below(3) {
                0 if at < text.len() => {
                    text.remove(at);
                }
                1 => {
                    let piece = ALPHABET[rng.below(ALPHABET.len())];
                    for (k, c) in piece.chars().enumerate() {
                        text.insert(at + k, c);
                    }
                }
                _ if at < text.len() => {
                    text[at] = char::from_u32(rng.below(0x80) as u32).unwrap_or('x');
                }
                _ => {}
            }
        }
        let s: String = text.into_iter().collect();
        let _ = parse_module(&s);
    }
}

#[test]
fn random_token_soup() {
    const TOKENS: &[&str] = &[
        "a", "1", "'s'", "f'{a}'", "(", ")", "[", "]", "{", "}", ",", ":", "=", "+", "-", "*",
        "**", "not", "and", "if", "else", "for", "in", "lambda", "yield", "\n", "    ", ".", ";",
        ":=", "->", "def", "class", "return", "@", "del", "...", "is",
    ];
    let mut rng = Rng(42);
    for _ in 0..3000 {
        let n = rng.below(30);
        let s: String = (0..n)
            .map(|_| TOKENS[rng.below(TOKENS.len())])
            .collect::<Vec<_>>()
            .join(" ");
        let _ = parse_module(&s);
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    for open in [
        "(", "[", "{", "-", "not ", "lambda: ", "f(", "a[", "~", "+", "await ",
    ] {
        for n in [100, 300, 3000] {
            let s = format!("x = {}1", open.repeat(n));
            let _ = parse_module(&s);
        }
    }
    let s: String = (0..300)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect();
    assert!(parse_module(&s).is_err());
    let s = format!("x = {}", vec!["f'{a}'"; 2000].join(" "));
    assert!(parse_module(&s).is_ok());
    let s = format!("x = a{}", ".b".repeat(2999));
    assert!(parse_module(&s).is_ok());
}

/// Every `.py` file under `dir`, recursively.
fn python_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            python_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

#[test]
fn standard_library_parses() {
    let mut files = Vec::new();
    python_files(std::path::Path::new("/usr/lib/python3.11"), &mut files);
    files.push("/work/shared/seed/workloads.py".into());
    files.sort();
    let (mut ok, mut failed) = (0, Vec::new());
    for path in &files {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        match parse_module(&text) {
            Ok(_) => ok += 1,
            Err(e) => failed.push(format!("{}: {e}", path.display())),
        }
    }
    println!("parsed {ok} of {} files", files.len());
    // Every file there is valid Python 3.11; `match`/`async` parse as Unsupported.
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
