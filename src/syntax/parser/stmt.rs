//! Statements: simple statements, compound statements and blocks.

use super::*;
use ast::{Alias, BinOp, ClassDef, ExceptHandler, FunctionDef, WithItem};

/// How a compound statement's header must end: CPython reports a missing `:` as
/// "expected ':'" either always (forced tokens) or only before a newline.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Colon {
    Forced,
    BeforeNewline,
}

fn augassign_op(kind: &TokKind) -> Option<BinOp> {
    let TokKind::Op(op) = kind else {
        return None;
    };
    Some(match *op {
        "+=" => BinOp::Add,
        "-=" => BinOp::Sub,
        "*=" => BinOp::Mult,
        "@=" => BinOp::MatMult,
        "/=" => BinOp::Div,
        "%=" => BinOp::Mod,
        "**=" => BinOp::Pow,
        "<<=" => BinOp::LShift,
        ">>=" => BinOp::RShift,
        "|=" => BinOp::BitOr,
        "^=" => BinOp::BitXor,
        "&=" => BinOp::BitAnd,
        "//=" => BinOp::FloorDiv,
        _ => return None,
    })
}

impl Parser<'_> {
    /// `statements ENDMARKER`.
    pub(super) fn file(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        while !matches!(self.kind(), TokKind::EndMarker) {
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    fn keyword_here(&mut self) -> &'static str {
        const COMPOUND: &[&str] = &[
            "if", "while", "for", "try", "with", "def", "class", "async", "match",
        ];
        match self.kind() {
            TokKind::Name(n) => COMPOUND.iter().find(|k| **k == n).copied().unwrap_or(""),
            TokKind::Op("@") => "@",
            _ => "",
        }
    }

    /// One statement (a line of simple statements counts as one call).
    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let s = match self.keyword_here() {
            "if" => self.if_stmt()?,
            "while" => self.while_stmt()?,
            "for" => self.for_stmt()?,
            "try" => self.try_stmt()?,
            "with" => self.with_stmt()?,
            "def" => self.function_def(Vec::new())?,
            "class" => self.class_def(Vec::new())?,
            "@" => self.decorated()?,
            "async" => self.async_stmt()?,
            "match" if self.looks_like_match() => self.skip_unsupported("the match statement")?,
            _ => return self.simple_stmts(out),
        };
        out.push(s);
        Ok(())
    }

    /// An indented block after a header's `:`, or simple statements on the same line.
    fn block(&mut self, header: &str, header_line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.at_newline() {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if !matches!(self.kind(), TokKind::Indent) {
            let t = self.tok().clone();
            let msg = format!("expected an indented block after {header} on line {header_line}");
            let e = SyntaxError::new(msg, t.line, t.col, t.end_col);
            return Err(Box::new(e.with_kind("IndentationError")));
        }
        self.bump();
        while !matches!(self.kind(), TokKind::Dedent | TokKind::EndMarker) {
            self.statement(&mut body)?;
        }
        if matches!(self.kind(), TokKind::Dedent) {
            self.bump();
        }
        Ok(body)
    }

    fn colon(&mut self, how: Colon) -> PResult<()> {
        if self.eat_op(":") {
            return Ok(());
        }
        if how == Colon::Forced || self.at_newline() {
            let t = self.tok().clone();
            return Err(self.error_at("expected ':'", t.line, t.col, t.end_col));
        }
        Err(self.invalid_syntax())
    }

    /// `if` with its `elif` chain, built iteratively so long chains use no stack.
    fn if_stmt(&mut self) -> PResult<Stmt> {
        let mut branches = Vec::new();
        let mut header = "'if' statement";
        loop {
            let pos = self.here();
            self.bump();
            let test = self.named_expression()?;
            self.colon(Colon::BeforeNewline)?;
            let body = self.block(header, pos.line)?;
            branches.push((pos, test, body));
            if !self.at_kw("elif") {
                break;
            }
            header = "'elif' statement";
        }
        let mut orelse = self.else_block()?;
        while let Some((pos, test, body)) = branches.pop() {
            let s = stmt(pos, StmtKind::If { test, body, orelse });
            orelse = vec![s];
        }
        Ok(orelse.pop().unwrap_or(stmt(Pos::default(), StmtKind::Pass)))
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw("else") {
            return Ok(Vec::new());
        }
        let line = self.here().line;
        self.bump();
        self.colon(Colon::Forced)?;
        self.block("'else' statement", line)
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.here();
        self.bump();
        let test = self.named_expression()?;
        self.colon(Colon::BeforeNewline)?;
        let body = self.block("'while' statement", pos.line)?;
        let orelse = self.else_block()?;
        Ok(stmt(pos, StmtKind::While { test, body, orelse }))
    }

    fn for_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.here();
        self.bump();
        let target = self.target_list(TargetKind::For)?;
        if !self.eat_kw("in") {
            return Err(self.invalid_syntax());
        }
        let iter = self.star_expressions()?;
        self.colon(Colon::BeforeNewline)?;
        let body = self.block("'for' statement", pos.line)?;
        let orelse = self.else_block()?;
        Ok(stmt(
            pos,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            },
        ))
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.here();
        self.bump();
        self.colon(Colon::Forced)?;
        let body = self.block("'try' statement", pos.line)?;
        let mut handlers = Vec::new();
        let mut star = false;
        while self.at_kw("except") {
            let (handler, is_star) = self.except_handler()?;
            star |= is_star;
            handlers.push(handler);
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let mut finalbody = Vec::new();
        if self.at_kw("finally") {
            let line = self.here().line;
            self.bump();
            self.colon(Colon::Forced)?;
            finalbody = self.block("'finally' statement", line)?;
        } else if handlers.is_empty() {
            let t = self.tok().clone();
            let msg = "expected 'except' or 'finally' block";
            return Err(self.error_at(msg, t.line, t.col, t.end_col));
        }
        if star {
            let feature = "except* clauses".to_string();
            return Ok(stmt(pos, StmtKind::Unsupported { feature }));
        }
        let kind = StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        };
        Ok(stmt(pos, kind))
    }

    fn except_handler(&mut self) -> PResult<(ExceptHandler, bool)> {
        let pos = self.here();
        self.bump();
        let star = self.eat_op("*");
        let mut typ = None;
        let mut name = None;
        if !self.at_op(":") && !self.at_newline() {
            let t = self.expression()?;
            if self.at_op(",") {
                let mut last = t.clone();
                while self.eat_op(",") && self.can_start_expr() {
                    last = self.expression()?;
                }
                let end = self.expr_end(&last);
                let msg = "multiple exception types must be parenthesized";
                return Err(self.error_span(msg, &t, end));
            }
            typ = Some(t);
            if self.eat_kw("as") {
                name = Some(self.name()?);
            }
        }
        self.colon(Colon::BeforeNewline)?;
        let body = self.block("'except' statement", pos.line)?;
        Ok((
            ExceptHandler {
                pos,
                typ,
                name,
                body,
            },
            star,
        ))
    }

    fn with_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.here();
        self.bump();
        let items = match self.parenthesized_with_items()? {
            Some(items) => items,
            None => {
                let mut items = vec![self.with_item()?];
                while self.eat_op(",") {
                    items.push(self.with_item()?);
                }
                items
            }
        };
        self.colon(Colon::BeforeNewline)?;
        let body = self.block("'with' statement", pos.line)?;
        Ok(stmt(pos, StmtKind::With { items, body }))
    }

    /// `with (a as b, c):`: tried first, abandoned (rewinding) if it does not fit.
    fn parenthesized_with_items(&mut self) -> PResult<Option<Vec<WithItem>>> {
        if !self.at_op("(") {
            return Ok(None);
        }
        let saved = (self.pos, self.furthest);
        self.bump();
        let mut items = Vec::new();
        let fits = loop {
            match self.with_item() {
                Ok(item) => items.push(item),
                Err(_) => break false,
            }
            if self.eat_op(",") {
                if self.eat_op(")") {
                    break self.at_op(":");
                }
                continue;
            }
            break self.eat_op(")") && self.at_op(":");
        };
        if fits {
            return Ok(Some(items));
        }
        self.pos = saved.0;
        self.furthest = saved.1;
        Ok(None)
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let mut optional_vars = None;
        if self.eat_kw("as") {
            // A single target: a comma here separates with-items.
            let target = self.single_target()?;
            self.check_target(&target, TargetKind::Store)?;
            optional_vars = Some(target);
        }
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    fn function_def(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let pos = self.here();
        self.bump();
        let name = self.name()?;
        self.expect_forced("(")?;
        let args = self.parameters(false)?;
        self.expect_op(")")?;
        let returns = if self.eat_op("->") {
            Some(self.expression()?)
        } else {
            None
        };
        self.colon(Colon::Forced)?;
        self.func_depth += 1;
        let body = self.block("function definition", pos.line);
        self.func_depth -= 1;
        let def = FunctionDef {
            name,
            args,
            body: body?,
            decorators,
            returns,
        };
        Ok(stmt(pos, StmtKind::FunctionDef(Box::new(def))))
    }

    fn class_def(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let pos = self.here();
        self.bump();
        let name = self.name()?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.at_op("(") {
            let open = self.here();
            self.bump();
            (bases, keywords) = self.call_args(open)?;
        }
        self.colon(Colon::BeforeNewline)?;
        let body = self.block("class definition", pos.line)?;
        let class = ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators,
        };
        Ok(stmt(pos, StmtKind::ClassDef(Box::new(class))))
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            decorators.push(self.named_expression()?);
            if !self.at_newline() {
                return Err(self.invalid_syntax());
            }
            self.bump();
        }
        match self.keyword_here() {
            "def" => self.function_def(decorators),
            "class" => self.class_def(decorators),
            "async" => self.async_stmt(),
            _ => Err(self.invalid_syntax()),
        }
    }

    /// `async def/for/with`: outside the subset, skipped as a whole.
    fn async_stmt(&mut self) -> PResult<Stmt> {
        let feature = match self.kind_ahead(1) {
            TokKind::Name(n) if matches!(n.as_str(), "def" | "for" | "with") => {
                format!("'async {n}'")
            }
            _ => {
                self.bump();
                return Err(self.invalid_syntax());
            }
        };
        self.skip_unsupported(&feature)
    }

    /// Whether `match` at the cursor starts a match statement (a soft keyword): it is
    /// followed by an expression and the logical line ends with `:`.
    fn looks_like_match(&mut self) -> bool {
        let save = self.pos;
        self.bump();
        let starts_expr = self.can_start_expr();
        self.pos = save;
        if !starts_expr {
            return false;
        }
        let mut k = self.pos;
        while k + 1 < self.toks.len()
            && !matches!(self.toks[k + 1].kind, TokKind::Newline | TokKind::EndMarker)
        {
            k += 1;
        }
        matches!(self.toks[k].kind, TokKind::Op(":"))
            && matches!(self.tok_at(k + 2).kind, TokKind::Indent)
    }

    /// Skips a compound statement (header, then its block or same-line body) and
    /// records it as unsupported.
    fn skip_unsupported(&mut self, feature: &str) -> PResult<Stmt> {
        let pos = self.here();
        // The header: up to the ':' that is followed by a newline or a body.
        loop {
            match self.kind() {
                TokKind::Newline | TokKind::EndMarker | TokKind::Error => break,
                _ => self.bump(),
            }
        }
        if !self.at_newline() {
            return Err(self.invalid_syntax());
        }
        self.bump();
        if matches!(self.kind(), TokKind::Indent) {
            let mut depth = 0usize;
            loop {
                match self.kind() {
                    TokKind::Indent => depth += 1,
                    TokKind::Dedent => {
                        depth -= 1;
                        if depth == 0 {
                            self.bump();
                            break;
                        }
                    }
                    TokKind::EndMarker | TokKind::Error => break,
                    _ => {}
                }
                self.bump();
            }
        }
        let feature = feature.to_string();
        Ok(stmt(pos, StmtKind::Unsupported { feature }))
    }

    /// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if !self.eat_op(";") || self.at_newline() {
                break;
            }
        }
        if !self.at_newline() {
            return Err(self.invalid_syntax());
        }
        self.bump();
        Ok(())
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.here();
        let keyword = match self.kind() {
            TokKind::Name(n) if is_keyword(n) => n.clone(),
            _ => String::new(),
        };
        let kind = match keyword.as_str() {
            "pass" | "break" | "continue" => {
                self.bump();
                match keyword.as_str() {
                    "pass" => StmtKind::Pass,
                    "break" => StmtKind::Break,
                    _ => StmtKind::Continue,
                }
            }
            "return" => {
                self.bump();
                let value = if self.can_start_expr() {
                    Some(self.star_expressions()?)
                } else {
                    None
                };
                StmtKind::Return(value)
            }
            "raise" => self.raise_stmt()?,
            "global" | "nonlocal" => {
                self.bump();
                let mut names = vec![self.name()?];
                while self.eat_op(",") {
                    names.push(self.name()?);
                }
                if keyword == "global" {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            "del" => self.del_stmt()?,
            "assert" => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat_op(",") {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            "import" => self.import_stmt()?,
            "from" => self.import_from()?,
            _ => return self.expr_stmt(),
        };
        Ok(stmt(pos, kind))
    }

    fn raise_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut exc = None;
        let mut cause = None;
        if self.can_start_expr() {
            exc = Some(self.expression()?);
            if self.eat_kw("from") {
                cause = Some(self.expression()?);
            }
        }
        Ok(StmtKind::Raise { exc, cause })
    }

    fn del_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut targets = Vec::new();
        loop {
            let t = self.single_del_target()?;
            self.check_target(&t, TargetKind::Del)?;
            targets.push(t);
            if !self.eat_op(",") || !self.can_start_expr() {
                break;
            }
        }
        Ok(StmtKind::Delete(targets))
    }

    fn single_del_target(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            let pos = self.here();
            self.bump();
            let value = self.bitwise_or()?;
            return Ok(mk(pos, ExprKind::Starred(Box::new(value))));
        }
        self.expression()
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.name()?;
        while self.eat_op(".") {
            name.push('.');
            name.push_str(&self.name()?);
        }
        Ok(name)
    }

    fn import_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let pos = self.here();
            let name = self.dotted_name()?;
            let asname = if self.eat_kw("as") {
                Some(self.name()?)
            } else {
                None
            };
            names.push(Alias { name, asname, pos });
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0;
        loop {
            if self.eat_op(".") {
                level += 1;
            } else if self.eat_op("...") {
                level += 3;
            } else {
                break;
            }
        }
        let module = if level > 0 && self.at_kw("import") {
            None
        } else {
            Some(self.dotted_name()?)
        };
        if !self.eat_kw("import") {
            return Err(self.invalid_syntax());
        }
        let pos = self.here();
        if self.eat_op("*") {
            let star = Alias {
                name: "*".to_string(),
                asname: None,
                pos,
            };
            return Ok(StmtKind::ImportFrom {
                module,
                names: vec![star],
                level,
            });
        }
        let parens = self.eat_op("(");
        let mut names = Vec::new();
        loop {
            let pos = self.here();
            let name = self.name()?;
            let asname = if self.eat_kw("as") {
                Some(self.name()?)
            } else {
                None
            };
            names.push(Alias { name, asname, pos });
            if !self.eat_op(",") {
                break;
            }
            if parens && self.at_op(")") {
                break;
            }
            if !parens && self.at_newline() {
                let t = self.tok().clone();
                let msg = "trailing comma not allowed without surrounding parentheses";
                return Err(self.error_at(msg, t.line, t.col, t.end_col));
            }
        }
        if parens {
            self.expect_op(")")?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// Expression statements and the assignment forms.
    fn expr_stmt(&mut self) -> PResult<Stmt> {
        let pos = self.here();
        let e = self.yield_or_star_expressions()?;
        if self.at_op(":") {
            return self.ann_assign(pos, e);
        }
        if let Some(op) = augassign_op(self.kind()) {
            if !matches!(
                e.kind,
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
            ) {
                let end = self.expr_end(&e);
                let msg = format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(&e)
                );
                return Err(self.error_span(&msg, &e, end));
            }
            self.bump();
            let value = self.yield_or_star_expressions()?;
            return Ok(stmt(
                pos,
                StmtKind::AugAssign {
                    target: e,
                    op,
                    value,
                },
            ));
        }
        if self.at_op("=") {
            let mut targets = vec![e];
            while self.eat_op("=") {
                targets.push(self.yield_or_star_expressions()?);
            }
            let value = targets
                .pop()
                .unwrap_or(mk(pos, ExprKind::Tuple(Vec::new())));
            self.check_assign_targets(&targets, &value)?;
            return Ok(stmt(pos, StmtKind::Assign { targets, value }));
        }
        self.legacy_print(&e)?;
        Ok(stmt(pos, StmtKind::Expr(e)))
    }

    fn yield_or_star_expressions(&mut self) -> PResult<Expr> {
        if self.at_kw("yield") {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    fn ann_assign(&mut self, pos: Pos, target: Expr) -> PResult<Stmt> {
        let single = matches!(
            target.kind,
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        );
        if !single {
            let msg = match target.kind {
                ExprKind::Tuple(_) => "only single target (not tuple) can be annotated",
                ExprKind::List(_) => "only single target (not list) can be annotated",
                _ => "illegal target for annotation",
            };
            // CPython points at the first element of an unparenthesized tuple.
            let shown = match &target.kind {
                ExprKind::Tuple(elts)
                    if !self
                        .parenthesized
                        .contains(&(target.pos.line, target.pos.col)) =>
                {
                    elts.first().unwrap_or(&target)
                }
                _ => &target,
            };
            let end = self.expr_end(shown);
            return Err(self.error_span(msg, shown, end));
        }
        self.bump();
        let annotation = self.expression()?;
        let value = if self.eat_op("=") {
            Some(self.yield_or_star_expressions()?)
        } else {
            None
        };
        Ok(stmt(
            pos,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            },
        ))
    }

    /// `print "x"`: CPython's "Missing parentheses" hint.
    fn legacy_print(&mut self, e: &Expr) -> PResult<()> {
        let ExprKind::Name(n) = &e.kind else {
            return Ok(());
        };
        if (n != "print" && n != "exec") || !self.can_start_expr() || self.at_op("(") {
            return Ok(());
        }
        let saved = (self.pos, self.furthest);
        let rest = self.star_expressions();
        self.pos = saved.0;
        self.furthest = saved.1;
        match rest {
            Ok(rest) => {
                let end = self.expr_end(&rest);
                let msg = format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
                Err(self.error_span(&msg, e, end))
            }
            Err(_) => Ok(()),
        }
    }
}
