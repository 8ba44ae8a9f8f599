//! Error construction: generic "invalid syntax", CPython's special messages, and the
//! validation of assignment/deletion targets.

use super::*;

/// What a target is used for (CPython's `TARGETS_TYPE`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum TargetKind {
    /// Assignment (`=`, `with ... as`).
    Store,
    /// `del`.
    Del,
    /// `for` loops and comprehensions.
    For,
}

/// CPython's `_PyPegen_get_expr_name`: how an expression is named in messages.
pub(super) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be
/// a target, if any.
pub(super) fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List(elts) | ExprKind::Tuple(elts) => {
            elts.iter().find_map(|elt| invalid_target(elt, kind))
        }
        ExprKind::Starred(value) => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } if kind == TargetKind::For => {
            if ops.first() == Some(&ast::CmpOp::In) {
                invalid_target(left, kind)
            } else {
                None
            }
        }
        ExprKind::Name(_) | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

impl Parser<'_> {
    /// An error with an explicit span on one line.
    pub(super) fn error_at(
        &self,
        msg: &str,
        line: u32,
        col: u32,
        end_col: u32,
    ) -> Box<SyntaxError> {
        let msg = if self.in_fstring {
            format!("f-string: {msg}")
        } else {
            msg.to_string()
        };
        Box::new(SyntaxError::new(msg, line, col, end_col))
    }

    /// An error spanning from the start of `e` to `end`.
    pub(super) fn error_span(&self, msg: &str, e: &Expr, end: (u32, u32)) -> Box<SyntaxError> {
        let end_col = if end.0 == e.pos.line {
            end.1
        } else {
            // CPython highlights to the end of the first line of a multi-line span.
            self.line_len(e.pos.line) + 1
        };
        self.error_at(msg, e.pos.line, e.pos.col, end_col)
    }

    fn line_len(&self, line: u32) -> u32 {
        let text: String = self.src.iter().collect();
        text.split('\n')
            .nth(line.saturating_sub(1) as usize)
            .map_or(0, |l| l.chars().count() as u32)
    }

    /// "invalid syntax" at the furthest token looked at (CPython's generic error).
    pub(super) fn invalid_syntax(&mut self) -> Box<SyntaxError> {
        let t = self.tok_at(self.furthest).clone();
        match t.kind {
            TokKind::Indent => {
                // CPython points at the last character of the indentation.
                let col = t.end_col.saturating_sub(1);
                let e = SyntaxError::new("unexpected indent", t.line, col, col + 1);
                Box::new(e.with_kind("IndentationError"))
            }
            TokKind::Dedent => Box::new(
                SyntaxError::new("unexpected unindent", t.line, t.col, t.col + 1)
                    .with_kind("IndentationError"),
            ),
            _ => {
                let end = if t.end_line == t.line {
                    t.end_col
                } else {
                    t.col + 1
                };
                self.error_at("invalid syntax", t.line, t.col, end)
            }
        }
    }

    /// After expression `a` inside brackets, where a closer or comma was expected:
    /// CPython's "Perhaps you forgot a comma?" when another expression follows.
    pub(super) fn forgot_comma(&mut self, a: &Expr) -> Box<SyntaxError> {
        let generic = self.invalid_syntax();
        let name_then_string =
            matches!(a.kind, ExprKind::Name(_)) && matches!(self.kind(), TokKind::Str(_));
        if name_then_string || !self.can_start_expr() || self.at_op("*") {
            return generic;
        }
        let saved = (self.pos, self.furthest);
        let result = self.expression();
        self.pos = saved.0;
        self.furthest = saved.1;
        match result {
            Ok(b) => {
                let end = self.expr_end(&b);
                self.error_span("invalid syntax. Perhaps you forgot a comma?", a, end)
            }
            Err(_) => generic,
        }
    }

    /// `e = ...` where only a named expression may stand (conditions, displays).
    pub(super) fn stray_equals(&mut self, e: &Expr) -> Box<SyntaxError> {
        let generic = self.invalid_syntax();
        let saved = (self.pos, self.furthest);
        self.bump();
        let rhs = self.bitwise_or();
        let fires = !self.at_op("=") && !self.at_op(":=");
        self.pos = saved.0;
        self.furthest = saved.1;
        let Ok(rhs) = rhs else {
            return generic;
        };
        if !fires {
            return generic;
        }
        if let ExprKind::Name(_) = e.kind {
            let end = self.expr_end(&rhs);
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return self.error_span(msg, e, end);
        }
        if self.is_bitwise_level(e) && !self.excluded_from_here_hint(e) {
            let end = self.expr_end(e);
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(e)
            );
            return self.error_span(&msg, e, end);
        }
        generic
    }

    fn is_parenthesized(&self, e: &Expr) -> bool {
        self.parenthesized.contains(&(e.pos.line, e.pos.col))
    }

    /// Whether `e` could have been produced by the grammar's `bitwise_or` rule.
    pub(super) fn is_bitwise_level(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::UnaryOp {
                op: ast::UnaryOpKind::Not,
                ..
            } => self.is_parenthesized(e),
            ExprKind::Tuple(_) => self.is_parenthesized(e),
            _ => true,
        }
    }

    /// `!(list|tuple|genexp|'True'|'None'|'False')` in `invalid_named_expression`.
    fn excluded_from_here_hint(&self, e: &Expr) -> bool {
        matches!(
            e.kind,
            ExprKind::List(_)
                | ExprKind::Tuple(_)
                | ExprKind::GeneratorExp { .. }
                | ExprKind::Constant(Constant::Bool(_))
                | ExprKind::Constant(Constant::None)
        )
    }

    /// Rejects an invalid assignment/deletion/loop target with CPython's message.
    pub(super) fn check_target(&self, e: &Expr, kind: TargetKind) -> PResult<()> {
        let Some(bad) = invalid_target(e, kind) else {
            return Ok(());
        };
        let verb = if kind == TargetKind::Del {
            "delete"
        } else {
            "assign to"
        };
        let msg = format!("cannot {verb} {}", expr_name(bad));
        let end = self.expr_end(bad);
        Err(self.error_span(&msg, bad, end))
    }

    /// Validates `t1 = t2 = ... = value`, reproducing the order in which CPython's
    /// `invalid_assignment` and `invalid_named_expression` rules fire.
    pub(super) fn check_assign_targets(&self, targets: &[Expr], value: &Expr) -> PResult<()> {
        if targets
            .iter()
            .all(|t| invalid_target(t, TargetKind::Store).is_none())
        {
            return Ok(());
        }
        let first = &targets[0];
        let last_elt = match &first.kind {
            ExprKind::Tuple(elts) if !self.is_parenthesized(first) => elts.last(),
            _ => Some(first),
        };
        let next = targets.get(1).unwrap_or(value);
        let rhs_fires = match &next.kind {
            ExprKind::Tuple(elts) if !self.is_parenthesized(next) => {
                elts.first().is_some_and(|e| self.is_bitwise_level(e))
            }
            _ => targets.len() == 1 && self.is_bitwise_level(next),
        };
        if let Some(e) = last_elt
            && rhs_fires
        {
            if let ExprKind::Name(_) = e.kind {
                let rhs_first = match &next.kind {
                    ExprKind::Tuple(elts) if !self.is_parenthesized(next) => &elts[0],
                    _ => next,
                };
                let end = self.expr_end(rhs_first);
                let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
                return Err(self.error_span(msg, e, end));
            }
            if invalid_target(e, TargetKind::Store).is_some()
                && self.is_bitwise_level(e)
                && !self.excluded_from_here_hint(e)
            {
                let end = self.expr_end(e);
                let msg = format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(e)
                );
                return Err(self.error_span(&msg, e, end));
            }
        }
        for t in targets {
            if let ExprKind::Yield(_) | ExprKind::YieldFrom(_) = t.kind {
                let end = self.expr_end(t);
                return Err(self.error_span("assignment to yield expression not possible", t, end));
            }
            self.check_target(t, TargetKind::Store)?;
        }
        Ok(())
    }

    // ----- expression extents (the AST keeps only start positions) -----

    /// Index of the first token starting at or after `(line, col)`.
    fn token_index_at(&self, line: u32, col: u32) -> usize {
        self.toks.partition_point(|t| (t.line, t.col) < (line, col))
    }

    /// Index of the bracket closing the one at token `open`.
    fn matching_close(&self, open: usize) -> usize {
        let mut depth = 0i32;
        for (k, t) in self.toks.iter().enumerate().skip(open) {
            match t.kind {
                TokKind::Op("(" | "[" | "{") => depth += 1,
                TokKind::Op(")" | "]" | "}") => {
                    depth -= 1;
                    if depth <= 0 {
                        return k;
                    }
                }
                TokKind::EndMarker | TokKind::Error => return k,
                _ => {}
            }
        }
        self.toks.len() - 1
    }

    fn tok_end(&self, k: usize) -> (u32, u32) {
        let t = self.tok_at(k);
        (t.end_line, t.end_col)
    }

    /// The first token after `end` that is not a closing parenthesis.
    fn after_closers(&self, end: (u32, u32)) -> usize {
        let mut k = self.token_index_at(end.0, end.1);
        while matches!(self.tok_at(k).kind, TokKind::Op(")")) {
            k += 1;
        }
        k
    }

    /// Where expression `e` ends (line, column just past its last character).
    pub(super) fn expr_end(&self, e: &Expr) -> (u32, u32) {
        match &e.kind {
            ExprKind::BinOp { right: x, .. }
            | ExprKind::UnaryOp { operand: x, .. }
            | ExprKind::IfExp { orelse: x, .. }
            | ExprKind::Lambda { body: x, .. }
            | ExprKind::NamedExpr { value: x, .. }
            | ExprKind::Starred(x)
            | ExprKind::YieldFrom(x)
            | ExprKind::Yield(Some(x)) => self.expr_end(x),
            ExprKind::BoolOp { values: xs, .. }
            | ExprKind::Compare {
                comparators: xs, ..
            } => xs
                .last()
                .map_or(self.start_token_end(e), |x| self.expr_end(x)),
            ExprKind::Tuple(xs) if !self.is_parenthesized(e) && !xs.is_empty() => xs
                .last()
                .map_or(self.start_token_end(e), |x| self.expr_end(x)),
            ExprKind::Attribute { value, .. } => {
                let k = self.after_closers(self.expr_end(value));
                self.tok_end(k + 1)
            }
            ExprKind::Call { func: value, .. } | ExprKind::Subscript { value, .. } => {
                let k = self.after_closers(self.expr_end(value));
                self.tok_end(self.matching_close(k))
            }
            ExprKind::Slice { lower, upper, step } => {
                let last = step.as_ref().or(upper.as_ref()).or(lower.as_ref());
                last.map_or(self.start_token_end(e), |x| self.expr_end(x))
            }
            _ => self.start_token_end(e),
        }
    }

    /// The end of the token at `e`'s start, or of its brackets / adjacent strings.
    fn start_token_end(&self, e: &Expr) -> (u32, u32) {
        let k = self.token_index_at(e.pos.line, e.pos.col);
        match self.tok_at(k).kind {
            TokKind::Op("(" | "[" | "{") => self.tok_end(self.matching_close(k)),
            TokKind::Str(_) => {
                let mut last = k;
                while matches!(self.tok_at(last + 1).kind, TokKind::Str(_))
                    && last + 1 < self.toks.len()
                {
                    last += 1;
                }
                self.tok_end(last)
            }
            _ => self.tok_end(k),
        }
    }
}
