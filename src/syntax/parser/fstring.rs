//! String literals: concatenation, decoding, and f-strings (with 3.11's rules).

use super::*;

/// Deepest f-string nesting of format specs (CPython allows fields inside a spec,
/// but no fields inside those fields' specs).
const MAX_FSTRING_LEVEL: u8 = 2;

/// The parts of a `JoinedStr` being built: literal text is merged as it comes.
struct Parts {
    values: Vec<Expr>,
    pending: String,
    /// Position of the literal parts.
    pos: Pos,
    /// Position of the formatted values (CPython 3.11 gives them the outermost
    /// string's position, while a format spec's literals get their token's).
    value_pos: Pos,
}

impl Parts {
    fn new(pos: Pos) -> Self {
        Parts {
            values: Vec::new(),
            pending: String::new(),
            pos,
            value_pos: pos,
        }
    }

    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let s = std::mem::take(&mut self.pending);
            self.values
                .push(mk(self.pos, ExprKind::Constant(Constant::Str(s))));
        }
    }

    fn push(&mut self, e: Expr) {
        self.flush();
        self.values.push(e);
    }

    fn finish(mut self) -> Vec<Expr> {
        self.flush();
        self.values
    }
}

/// A cursor over an f-string body, tracking lines for the positions of fields.
struct Cursor {
    i: usize,
    end: usize,
    line: u32,
    line_start: usize,
}

impl Parser<'_> {
    /// Adjacent string literals at the cursor, concatenated.
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let pos = self.here();
        let mut toks: Vec<(StrTok, Token)> = Vec::new();
        while let TokKind::Str(s) = self.kind() {
            let s = s.clone();
            toks.push((s, self.tok().clone()));
            self.bump();
        }
        // CPython reports string errors at the token after the literals.
        let next = self.tok().clone();
        let err = (next.line, next.col);
        let bytes = toks.first().is_some_and(|(s, _)| s.is_bytes());
        if toks.iter().any(|(s, _)| s.is_bytes() != bytes) {
            return Err(self.error_at(
                "cannot mix bytes and nonbytes literals",
                err.0,
                err.1,
                err.1 + 1,
            ));
        }
        if bytes {
            return self.bytes_literal(pos, &toks);
        }
        if !toks.iter().any(|(s, _)| s.is_fstring()) {
            let mut text = String::new();
            for (s, _) in &toks {
                text.push_str(&self.decode(s, err)?);
            }
            return Ok(mk(pos, ExprKind::Constant(Constant::Str(text))));
        }
        let mut parts = Parts::new(pos);
        for (s, t) in &toks {
            if s.is_fstring() {
                let tok_pos = Pos {
                    line: t.line,
                    col: t.col,
                };
                let mut cur = Cursor {
                    i: s.body_start,
                    end: s.body_end,
                    line: s.line,
                    line_start: s.line_start,
                };
                self.fstring_body(s, tok_pos, &mut cur, 0, &mut parts, err)?;
            } else {
                parts.pending.push_str(&self.decode(s, err)?);
            }
        }
        Ok(mk(pos, ExprKind::JoinedStr(parts.finish())))
    }

    fn body_of(&self, s: &StrTok) -> &[char] {
        let end = s.body_end.min(self.src.len());
        &self.src[s.body_start.min(end)..end]
    }

    fn decode(&self, s: &StrTok, err: (u32, u32)) -> PResult<String> {
        let body = self.body_of(s);
        if s.is_raw() {
            return Ok(body.iter().collect());
        }
        strings::decode_str(body).map_err(|msg| self.error_at(&msg, err.0, err.1, err.1 + 1))
    }

    fn bytes_literal(&self, pos: Pos, toks: &[(StrTok, Token)]) -> PResult<Expr> {
        let mut out = Vec::new();
        for (s, t) in toks {
            let body = self.body_of(s);
            if !body.iter().all(|c| c.is_ascii()) {
                let end = if t.end_line == t.line {
                    t.end_col
                } else {
                    t.col + 1
                };
                let msg = "bytes can only contain ASCII literal characters";
                return Err(self.error_at(msg, t.line, t.col, end));
            }
            let decoded = strings::decode_bytes(body, s.is_raw());
            let next = self.tok_at(self.pos);
            let (line, col) = (next.line, next.col);
            out.extend(decoded.map_err(|msg| self.error_at(&msg, line, col, col + 1))?);
        }
        Ok(mk(pos, ExprKind::Constant(Constant::Bytes(out))))
    }

    fn fstring_error(&self, msg: &str, err: (u32, u32)) -> Box<SyntaxError> {
        self.error_at(msg, err.0, err.1, err.1 + 1)
    }

    /// Literal text and `{fields}` up to the end of the body (level 0) or up to the
    /// `}` closing a format spec (level > 0), which is left for the caller.
    fn fstring_body(
        &mut self,
        s: &StrTok,
        tok_pos: Pos,
        cur: &mut Cursor,
        level: u8,
        parts: &mut Parts,
        err: (u32, u32),
    ) -> PResult<()> {
        let raw = s.is_raw();
        loop {
            let mut literal = String::new();
            let mut run_start = cur.i;
            while cur.i < cur.end {
                let c = self.src[cur.i];
                let next = if cur.i + 1 < cur.end {
                    self.src[cur.i + 1]
                } else {
                    '\0'
                };
                if c == '\n' {
                    cur.line += 1;
                    cur.line_start = cur.i + 1;
                }
                if !raw && c == '\\' && next == 'N' && self.src.get(cur.i + 2) == Some(&'{') {
                    // `\N{NAME}` is a named character, not a replacement field:
                    // its braces stay in the literal run for `decode_str`.
                    if let Some(len) = self.src[cur.i..cur.end].iter().position(|&c| c == '}') {
                        cur.i += len + 1;
                        continue;
                    }
                }
                if !raw && c == '\\' && next != '{' && next != '}' {
                    if next == '\n' {
                        cur.line += 1;
                        cur.line_start = cur.i + 2;
                    }
                    cur.i += 2;
                    continue;
                }
                if c == '{' || c == '}' {
                    if level == 0 && next == c {
                        literal.push_str(&self.decode_run(raw, run_start, cur.i + 1, err)?);
                        cur.i += 2;
                        run_start = cur.i;
                        continue;
                    }
                    if c == '}' && level == 0 {
                        return Err(self.fstring_error("f-string: single '}' is not allowed", err));
                    }
                    break;
                }
                cur.i += 1;
            }
            let stop = cur.i.min(cur.end);
            literal.push_str(&self.decode_run(raw, run_start, stop, err)?);
            parts.pending.push_str(&literal);
            if cur.i >= cur.end || self.src[cur.i] == '}' {
                return Ok(());
            }
            cur.i += 1;
            self.fstring_field(s, tok_pos, cur, level, parts, err)?;
        }
    }

    /// Decodes `src[start..end]` of a literal run (escapes unless raw).
    fn decode_run(&self, raw: bool, start: usize, end: usize, err: (u32, u32)) -> PResult<String> {
        let run = &self.src[start.min(end)..end];
        if raw {
            return Ok(run.iter().collect());
        }
        strings::decode_str(run).map_err(|msg| self.error_at(&msg, err.0, err.1, err.1 + 1))
    }

    /// One `{expr[=][!c][:spec]}` field; the cursor is just past the `{`.
    fn fstring_field(
        &mut self,
        s: &StrTok,
        tok_pos: Pos,
        cur: &mut Cursor,
        level: u8,
        parts: &mut Parts,
        err: (u32, u32),
    ) -> PResult<()> {
        if level >= MAX_FSTRING_LEVEL {
            return Err(self.fstring_error("f-string: expressions nested too deeply", err));
        }
        let (start, line, line_start) = (cur.i, cur.line, cur.line_start);
        self.scan_field_expr(cur, err)?;
        let expr_end = cur.i;
        if self.src[start..expr_end].iter().all(|c| c.is_whitespace()) {
            return Err(self.fstring_error("f-string: empty expression not allowed", err));
        }
        let value = self.parse_field_expr(start, expr_end, line, line_start)?;
        let expecting = |p: &Self| p.fstring_error("f-string: expecting '}'", err);
        let mut self_doc = None;
        if self.src[cur.i] == '=' {
            cur.i += 1;
            while cur.i < cur.end && self.src[cur.i].is_ascii_whitespace() {
                cur.i += 1;
            }
            if cur.i >= cur.end {
                return Err(expecting(self));
            }
            self_doc = Some(self.src[start..cur.i].iter().collect::<String>());
        }
        let mut conversion = None;
        if self.src[cur.i] == '!' {
            cur.i += 1;
            if cur.i >= cur.end {
                return Err(expecting(self));
            }
            let c = self.src[cur.i];
            cur.i += 1;
            if !matches!(c, 's' | 'r' | 'a') {
                let msg = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
                return Err(self.fstring_error(msg, err));
            }
            conversion = Some(c);
        }
        if cur.i >= cur.end {
            return Err(expecting(self));
        }
        let mut format_spec = None;
        if self.src[cur.i] == ':' {
            cur.i += 1;
            let mut spec = Parts::new(tok_pos);
            spec.value_pos = parts.value_pos;
            self.fstring_body(s, tok_pos, cur, level + 1, &mut spec, err)?;
            format_spec = Some(Box::new(mk(tok_pos, ExprKind::JoinedStr(spec.finish()))));
        }
        if cur.i >= cur.end || self.src[cur.i] != '}' {
            return Err(expecting(self));
        }
        cur.i += 1;
        if let Some(text) = self_doc {
            parts.pending.push_str(&text);
            if conversion.is_none() && format_spec.is_none() {
                conversion = Some('r');
            }
        }
        let value = Box::new(value);
        parts.push(mk(
            parts.value_pos,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            },
        ));
        Ok(())
    }

    /// Advances over a field's expression text (CPython 3.11's `fstring_find_expr`).
    fn scan_field_expr(&self, cur: &mut Cursor, err: (u32, u32)) -> PResult<()> {
        let mut quote: Option<(char, bool)> = None;
        let mut brackets: Vec<char> = Vec::new();
        while cur.i < cur.end {
            let ch = self.src[cur.i];
            let at = |k: usize| {
                if cur.i + k < cur.end {
                    self.src[cur.i + k]
                } else {
                    '\0'
                }
            };
            if ch == '\\' {
                let msg = "f-string expression part cannot include a backslash";
                return Err(self.fstring_error(msg, err));
            }
            if ch == '\n' {
                cur.line += 1;
                cur.line_start = cur.i + 1;
            }
            if let Some((q, triple)) = quote {
                if ch == q && (!triple || (at(1) == q && at(2) == q)) {
                    quote = None;
                    cur.i += if triple { 3 } else { 1 };
                    continue;
                }
                cur.i += 1;
                continue;
            }
            match ch {
                '\'' | '"' => {
                    let triple = at(1) == ch && at(2) == ch;
                    quote = Some((ch, triple));
                    cur.i += if triple { 3 } else { 1 };
                    continue;
                }
                '[' | '(' | '{' => {
                    if brackets.len() >= 200 {
                        return Err(
                            self.fstring_error("f-string: too many nested parenthesis", err)
                        );
                    }
                    brackets.push(ch);
                }
                '#' => {
                    let msg = "f-string expression part cannot include '#'";
                    return Err(self.fstring_error(msg, err));
                }
                '!' | ':' | '}' | '=' | '<' | '>' if brackets.is_empty() => {
                    if at(1) == '=' && matches!(ch, '!' | '=' | '<' | '>') {
                        cur.i += 2;
                        continue;
                    }
                    if ch != '<' && ch != '>' {
                        return Ok(());
                    }
                }
                ']' | ')' | '}' => {
                    let Some(open) = brackets.pop() else {
                        return Err(self.fstring_error(&format!("f-string: unmatched '{ch}'"), err));
                    };
                    let expected = match open {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    };
                    if ch != expected {
                        let msg = format!(
                            "f-string: closing parenthesis '{ch}' does not match opening parenthesis '{open}'"
                        );
                        return Err(self.fstring_error(&msg, err));
                    }
                }
                _ => {}
            }
            cur.i += 1;
        }
        if quote.is_some() {
            return Err(self.fstring_error("f-string: unterminated string", err));
        }
        if let Some(open) = brackets.last() {
            return Err(self.fstring_error(&format!("f-string: unmatched '{open}'"), err));
        }
        Err(self.fstring_error("f-string: expecting '}'", err))
    }

    /// Parses a field's expression with a nested lexer and parser.
    fn parse_field_expr(
        &mut self,
        start: usize,
        end: usize,
        line: u32,
        line_start: usize,
    ) -> PResult<Expr> {
        let lexed = lexer::tokenize_nested(self.src, start, end, line, line_start);
        let mut sub = Parser::new(self.src, lexed.tokens);
        sub.in_fstring = true;
        sub.depth = self.depth;
        sub.func_depth = self.func_depth;
        let result = sub.field_expr();
        result.map_err(|e| {
            let mut e = sub.resolve(*e, lexed.error);
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            Box::new(e)
        })
    }

    fn field_expr(&mut self) -> PResult<Expr> {
        let e = if self.at_kw("yield") {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        if !matches!(self.kind(), TokKind::EndMarker) {
            // CPython parses the field as `(expr)`, so the bracket hints apply.
            return Err(self.forgot_comma(&e));
        }
        Ok(e)
    }
}
