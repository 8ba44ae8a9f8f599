//! Expressions, from `star_expressions` down to atoms, plus parameter lists.

use super::*;
use ast::{Arg, Arguments, BinOp, BoolOpKind, CmpOp, Comprehension, Keyword, UnaryOpKind};

/// Binary operators by precedence (1 = `|` binds loosest).
fn binop_info(kind: &TokKind) -> Option<(u8, BinOp)> {
    let TokKind::Op(op) = kind else {
        return None;
    };
    Some(match *op {
        "|" => (1, BinOp::BitOr),
        "^" => (2, BinOp::BitXor),
        "&" => (3, BinOp::BitAnd),
        "<<" => (4, BinOp::LShift),
        ">>" => (4, BinOp::RShift),
        "+" => (5, BinOp::Add),
        "-" => (5, BinOp::Sub),
        "*" => (6, BinOp::Mult),
        "/" => (6, BinOp::Div),
        "//" => (6, BinOp::FloorDiv),
        "%" => (6, BinOp::Mod),
        "@" => (6, BinOp::MatMult),
        _ => return None,
    })
}

fn boxed(e: Expr) -> Box<Expr> {
    Box::new(e)
}

impl Parser<'_> {
    /// Whether the current token can begin an expression.
    pub(super) fn can_start_expr(&mut self) -> bool {
        match self.kind() {
            TokKind::Name(n) => {
                !is_keyword(n)
                    || matches!(
                        n.as_str(),
                        "True" | "False" | "None" | "lambda" | "not" | "await"
                    )
            }
            TokKind::Number(_) | TokKind::Str(_) => true,
            TokKind::Op(op) => matches!(*op, "(" | "[" | "{" | "-" | "+" | "~" | "..." | "*"),
            _ => false,
        }
    }

    /// `star_expressions`: `a`, `a, *b,` (a tuple when there is a comma).
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.here();
        let first = self.star_expression()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let pos = start;
        let mut elts = vec![first];
        while self.eat_op(",") {
            if !self.can_start_expr() {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(mk(pos, ExprKind::Tuple(elts)))
    }

    /// `'*' bitwise_or | expression`.
    pub(super) fn star_expression(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            let pos = self.here();
            self.bump();
            let value = self.bitwise_or()?;
            return Ok(mk(pos, ExprKind::Starred(boxed(value))));
        }
        self.expression()
    }

    /// `'*' bitwise_or | named_expression` (elements of displays).
    pub(super) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            let pos = self.here();
            self.bump();
            let value = self.bitwise_or()?;
            return Ok(mk(pos, ExprKind::Starred(boxed(value))));
        }
        self.named_expression()
    }

    /// `NAME ':=' expression | expression`, with CPython's hints for a stray `=`.
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        let start = self.here();
        let e = self.expression()?;
        if self.at_op(":=") {
            let ExprKind::Name(_) = e.kind else {
                let end = self.expr_end(&e);
                let msg = format!("cannot use assignment expressions with {}", expr_name(&e));
                return Err(self.error_span(&msg, &e, end));
            };
            self.bump();
            let value = self.expression()?;
            let pos = start;
            return Ok(mk(
                pos,
                ExprKind::NamedExpr {
                    target: boxed(e),
                    value: boxed(value),
                },
            ));
        }
        if self.at_op("=") {
            return Err(self.stray_equals(&e));
        }
        Ok(e)
    }

    /// `expression`: lambda, conditional expression, or a disjunction.
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let result = self.expression_inner();
        self.leave();
        result
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        let start = self.here();
        if self.at_kw("lambda") {
            return self.lambda();
        }
        let body = self.disjunction()?;
        if !self.at_kw("if") {
            return Ok(body);
        }
        self.bump();
        let test = self.disjunction()?;
        if !self.eat_kw("else") {
            if self.at_op(":") || self.at_kw("for") {
                return Err(self.invalid_syntax());
            }
            let end = self.expr_end(&test);
            return Err(self.error_span("expected 'else' after 'if' expression", &body, end));
        }
        let orelse = self.expression()?;
        let pos = start;
        Ok(mk(
            pos,
            ExprKind::IfExp {
                test: boxed(test),
                body: boxed(body),
                orelse: boxed(orelse),
            },
        ))
    }

    fn lambda(&mut self) -> PResult<Expr> {
        let pos = self.here();
        self.bump();
        let args = self.parameters(true)?;
        self.expect_op(":")?;
        self.func_depth += 1;
        let body = self.expression();
        self.func_depth -= 1;
        Ok(mk(
            pos,
            ExprKind::Lambda {
                args: Box::new(args),
                body: boxed(body?),
            },
        ))
    }

    pub(super) fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.here();
        let first = self.conjunction()?;
        if !self.at_kw("or") {
            return Ok(first);
        }
        let pos = start;
        let mut values = vec![first];
        while self.eat_kw("or") {
            values.push(self.conjunction()?);
        }
        let op = BoolOpKind::Or;
        Ok(mk(pos, ExprKind::BoolOp { op, values }))
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        let start = self.here();
        let first = self.inversion()?;
        if !self.at_kw("and") {
            return Ok(first);
        }
        let pos = start;
        let mut values = vec![first];
        while self.eat_kw("and") {
            values.push(self.inversion()?);
        }
        let op = BoolOpKind::And;
        Ok(mk(pos, ExprKind::BoolOp { op, values }))
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if !self.at_kw("not") {
            return self.comparison();
        }
        let pos = self.here();
        self.bump();
        self.enter()?;
        let operand = self.inversion();
        self.leave();
        let operand = boxed(operand?);
        let op = UnaryOpKind::Not;
        Ok(mk(pos, ExprKind::UnaryOp { op, operand }))
    }

    /// The comparison operator at the cursor, consumed.
    fn compare_op(&mut self) -> Option<CmpOp> {
        let op = match self.kind() {
            TokKind::Op("==") => CmpOp::Eq,
            TokKind::Op("!=") => CmpOp::NotEq,
            TokKind::Op("<") => CmpOp::Lt,
            TokKind::Op("<=") => CmpOp::LtE,
            TokKind::Op(">") => CmpOp::Gt,
            TokKind::Op(">=") => CmpOp::GtE,
            TokKind::Name(n) if n == "in" => CmpOp::In,
            TokKind::Name(n) if n == "is" => {
                self.bump();
                if self.eat_kw("not") {
                    return Some(CmpOp::IsNot);
                }
                return Some(CmpOp::Is);
            }
            TokKind::Name(n) if n == "not" => {
                if !matches!(self.kind_ahead(1), TokKind::Name(n) if n == "in") {
                    return None;
                }
                self.bump();
                CmpOp::NotIn
            }
            _ => return None,
        };
        self.bump();
        Some(op)
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.here();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.compare_op() {
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        let pos = start;
        Ok(mk(
            pos,
            ExprKind::Compare {
                left: boxed(left),
                ops,
                comparators,
            },
        ))
    }

    /// `bitwise_or` and everything binding tighter.
    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    /// Precedence climbing over the left-associative binary operators.
    fn binary(&mut self, min_prec: u8) -> PResult<Expr> {
        let chain = self.chain;
        let result = self.binary_chain(min_prec);
        self.chain = chain;
        result
    }

    fn binary_chain(&mut self, min_prec: u8) -> PResult<Expr> {
        let start = self.here();
        let mut left = self.factor()?;
        while let Some((prec, op)) = binop_info(self.kind()) {
            if prec < min_prec {
                break;
            }
            self.extend_chain()?;
            self.bump();
            let right = self.binary(prec + 1)?;
            let pos = start;
            left = mk(
                pos,
                ExprKind::BinOp {
                    left: boxed(left),
                    op,
                    right: boxed(right),
                },
            );
        }
        Ok(left)
    }

    /// Unary `+`, `-`, `~`.
    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.kind() {
            TokKind::Op("+") => UnaryOpKind::UAdd,
            TokKind::Op("-") => UnaryOpKind::USub,
            TokKind::Op("~") => UnaryOpKind::Invert,
            _ => return self.power(),
        };
        let pos = self.here();
        self.bump();
        self.enter()?;
        let operand = self.factor();
        self.leave();
        let operand = boxed(operand?);
        Ok(mk(pos, ExprKind::UnaryOp { op, operand }))
    }

    /// `primary ['**' factor]`: binds tighter than a unary operator on its left only.
    fn power(&mut self) -> PResult<Expr> {
        let start = self.here();
        let base = self.await_primary()?;
        if !self.eat_op("**") {
            return Ok(base);
        }
        self.enter()?;
        let exponent = self.factor();
        self.leave();
        let pos = start;
        Ok(mk(
            pos,
            ExprKind::BinOp {
                left: boxed(base),
                op: BinOp::Pow,
                right: boxed(exponent?),
            },
        ))
    }

    /// `await` is outside the subset: report it as CPython's compiler would.
    fn await_primary(&mut self) -> PResult<Expr> {
        if !self.at_kw("await") {
            return self.primary();
        }
        let start = self.here();
        self.bump();
        let value = self.primary()?;
        let (_, end) = self.expr_end(&value);
        let msg = if self.func_depth == 0 {
            "'await' outside function"
        } else {
            "'await' outside async function"
        };
        Err(self.error_at(msg, start.line, start.col, end))
    }

    /// An atom followed by calls, subscripts and attribute accesses.
    fn primary(&mut self) -> PResult<Expr> {
        let chain = self.chain;
        let result = self.primary_chain();
        self.chain = chain;
        result
    }

    fn primary_chain(&mut self) -> PResult<Expr> {
        let start = self.here();
        let mut e = self.atom()?;
        loop {
            let pos = start;
            if self.at_op(".") || self.at_op("(") || self.at_op("[") {
                self.extend_chain()?;
            }
            if self.eat_op(".") {
                let attr = self.name()?;
                e = mk(
                    pos,
                    ExprKind::Attribute {
                        value: boxed(e),
                        attr,
                    },
                );
            } else if self.at_op("(") {
                let open = self.here();
                self.bump();
                let (args, keywords) = self.call_args(open)?;
                let func = boxed(e);
                e = mk(
                    pos,
                    ExprKind::Call {
                        func,
                        args,
                        keywords,
                    },
                );
            } else if self.eat_op("[") {
                let slice = self.slices()?;
                self.close_bracket("]", &slice)?;
                e = mk(
                    pos,
                    ExprKind::Subscript {
                        value: boxed(e),
                        slice: boxed(slice),
                    },
                );
            } else {
                return Ok(e);
            }
        }
    }

    /// Expects a closing bracket after `last`, with CPython's "forgot a comma?" hint.
    pub(super) fn close_bracket(&mut self, close: &str, last: &Expr) -> PResult<()> {
        if self.eat_op(close) {
            return Ok(());
        }
        Err(self.forgot_comma(last))
    }

    fn atom(&mut self) -> PResult<Expr> {
        let pos = self.here();
        let constant = match self.kind() {
            TokKind::Name(n) => match n.as_str() {
                "True" => Constant::Bool(true),
                "False" => Constant::Bool(false),
                "None" => Constant::None,
                _ => {
                    let name = self.name()?;
                    return Ok(mk(pos, ExprKind::Name(name)));
                }
            },
            TokKind::Number(c) => c.clone(),
            TokKind::Str(_) => return self.strings(),
            TokKind::Op("(") => return self.paren(),
            TokKind::Op("[") => return self.list_display(),
            TokKind::Op("{") => return self.brace_display(),
            TokKind::Op("...") => Constant::Ellipsis,
            _ => return Err(self.invalid_syntax()),
        };
        self.bump();
        Ok(mk(pos, ExprKind::Constant(constant)))
    }

    /// `( ... )`: empty tuple, yield, generator expression, tuple or grouping.
    fn paren(&mut self) -> PResult<Expr> {
        let pos = self.here();
        self.bump();
        if self.eat_op(")") {
            return Ok(mk(pos, ExprKind::Tuple(Vec::new())));
        }
        if self.at_kw("yield") {
            let y = self.yield_expr()?;
            self.close_bracket(")", &y)?;
            self.parenthesized.insert((y.pos.line, y.pos.col));
            return Ok(y);
        }
        let first = self.star_named_expression()?;
        if self.at_kw("for") && !matches!(first.kind, ExprKind::Starred(_)) {
            let generators = self.comp_clauses()?;
            self.close_bracket(")", &first)?;
            let elt = boxed(first);
            return Ok(mk(pos, ExprKind::GeneratorExp { elt, generators }));
        }
        if self.at_op(",") {
            let mut elts = vec![first];
            while self.eat_op(",") {
                if self.at_op(")") {
                    break;
                }
                elts.push(self.star_named_expression()?);
            }
            let last = elts.last().cloned();
            if let Some(last) = last {
                self.close_bracket(")", &last)?;
            }
            self.parenthesized.insert((pos.line, pos.col));
            return Ok(mk(pos, ExprKind::Tuple(elts)));
        }
        self.close_bracket(")", &first)?;
        if let ExprKind::Starred(_) = first.kind {
            let end = self.expr_end(&first);
            return Err(self.error_span("cannot use starred expression here", &first, end));
        }
        self.parenthesized.insert((first.pos.line, first.pos.col));
        Ok(first)
    }

    fn list_display(&mut self) -> PResult<Expr> {
        let pos = self.here();
        self.bump();
        if self.eat_op("]") {
            return Ok(mk(pos, ExprKind::List(Vec::new())));
        }
        let first = self.star_named_expression()?;
        if self.at_kw("for") {
            self.no_starred_element(&first)?;
            let generators = self.comp_clauses()?;
            self.close_bracket("]", &first)?;
            let elt = boxed(first);
            return Ok(mk(pos, ExprKind::ListComp { elt, generators }));
        }
        let elts = self.display_rest(first, "]")?;
        Ok(mk(pos, ExprKind::List(elts)))
    }

    /// The remaining `, elt` items of a list or set display, and the closer.
    fn display_rest(&mut self, first: Expr, close: &str) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_op(close) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        let last = elts.last().cloned();
        if let Some(last) = last {
            self.close_bracket(close, &last)?;
        }
        Ok(elts)
    }

    fn no_starred_element(&mut self, elt: &Expr) -> PResult<()> {
        if let ExprKind::Starred(_) = elt.kind {
            let end = self.expr_end(elt);
            return Err(self.error_span(
                "iterable unpacking cannot be used in comprehension",
                elt,
                end,
            ));
        }
        Ok(())
    }

    /// `{ ... }`: dict, set, or their comprehensions.
    fn brace_display(&mut self) -> PResult<Expr> {
        let pos = self.here();
        self.bump();
        if self.eat_op("}") {
            let (keys, values) = (Vec::new(), Vec::new());
            return Ok(mk(pos, ExprKind::Dict { keys, values }));
        }
        if self.eat_op("**") {
            let value = self.bitwise_or()?;
            return self.dict_rest(pos, None, value);
        }
        let first = self.star_named_expression()?;
        if !matches!(first.kind, ExprKind::Starred(_)) && self.at_op(":") {
            let value = self.dict_value()?;
            if self.at_kw("for") {
                let generators = self.comp_clauses()?;
                self.close_bracket("}", &value)?;
                let (key, value) = (boxed(first), boxed(value));
                return Ok(mk(
                    pos,
                    ExprKind::DictComp {
                        key,
                        value,
                        generators,
                    },
                ));
            }
            return self.dict_rest(pos, Some(first), value);
        }
        if self.at_kw("for") {
            self.no_starred_element(&first)?;
            let generators = self.comp_clauses()?;
            self.close_bracket("}", &first)?;
            let elt = boxed(first);
            return Ok(mk(pos, ExprKind::SetComp { elt, generators }));
        }
        let elts = self.display_rest(first, "}")?;
        Ok(mk(pos, ExprKind::Set(elts)))
    }

    /// `':' expression` after a dictionary key.
    fn dict_value(&mut self) -> PResult<Expr> {
        let colon = self.tok().clone();
        self.expect_op(":")?;
        if self.at_op("}") || self.at_op(",") {
            let msg = "expression expected after dictionary key and ':'";
            return Err(self.error_at(msg, colon.line, colon.col, colon.end_col));
        }
        self.expression()
    }

    fn dict_rest(&mut self, pos: Pos, key: Option<Expr>, value: Expr) -> PResult<Expr> {
        let mut keys = vec![key];
        let mut values = vec![value];
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            if self.eat_op("**") {
                keys.push(None);
                values.push(self.bitwise_or()?);
                continue;
            }
            let key = self.expression()?;
            if !self.at_op(":") {
                // CPython points at the key's last character.
                let (line, end) = self.expr_end(&key);
                let col = end.saturating_sub(1);
                let msg = "':' expected after dictionary key";
                return Err(self.error_at(msg, line, col, col + 1));
            }
            keys.push(Some(key));
            values.push(self.dict_value()?);
        }
        let last = values.last().cloned();
        if let Some(last) = last {
            self.close_bracket("}", &last)?;
        }
        Ok(mk(pos, ExprKind::Dict { keys, values }))
    }

    /// `for target in iter if cond ...`, one or more clauses.
    pub(super) fn comp_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_kw("for") {
            self.bump();
            let target = self.target_list(TargetKind::For)?;
            if !self.eat_kw("in") {
                return Err(self.invalid_syntax());
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension { target, iter, ifs });
        }
        if self.at_kw("async") {
            let t = self.tok().clone();
            return Err(self.error_at(
                "asynchronous comprehension outside of an asynchronous function",
                t.line,
                t.col,
                t.end_col,
            ));
        }
        Ok(generators)
    }

    /// Assignment-like targets (`for` loops, comprehensions, `with ... as`), validated.
    pub(super) fn target_list(&mut self, kind: TargetKind) -> PResult<Expr> {
        let start = self.here();
        let first = self.single_target()?;
        let target = if self.at_op(",") {
            let pos = start;
            let mut elts = vec![first];
            while self.eat_op(",") {
                if self.at_kw("in") || !self.can_start_expr() {
                    break;
                }
                elts.push(self.single_target()?);
            }
            mk(pos, ExprKind::Tuple(elts))
        } else {
            first
        };
        self.check_target(&target, kind)?;
        Ok(target)
    }

    pub(super) fn single_target(&mut self) -> PResult<Expr> {
        if self.at_op("*") {
            let pos = self.here();
            self.bump();
            let value = self.bitwise_or()?;
            return Ok(mk(pos, ExprKind::Starred(boxed(value))));
        }
        self.bitwise_or()
    }

    /// `yield [star_expressions]` or `yield from expression`.
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let pos = self.here();
        self.bump();
        if self.eat_kw("from") {
            let value = self.expression()?;
            return Ok(mk(pos, ExprKind::YieldFrom(boxed(value))));
        }
        if !self.can_start_expr() {
            return Ok(mk(pos, ExprKind::Yield(None)));
        }
        let value = self.star_expressions()?;
        Ok(mk(pos, ExprKind::Yield(Some(boxed(value)))))
    }

    /// The inside of `a[...]`: one slice/expression, or a tuple of them.
    fn slices(&mut self) -> PResult<Expr> {
        let start = self.here();
        let first = self.slice_item()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let pos = start;
        let mut elts = vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            elts.push(self.slice_item()?);
        }
        Ok(mk(pos, ExprKind::Tuple(elts)))
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        let pos = self.here();
        if self.at_op("*") {
            return self.star_named_expression();
        }
        let lower = if self.at_op(":") {
            None
        } else {
            Some(self.named_expression()?)
        };
        if !self.eat_op(":") {
            // `lower` is set: the cursor was not on ':'.
            return lower.ok_or_else(|| self.invalid_syntax());
        }
        let upper = if self.at_op(":") || self.at_op(",") || self.at_op("]") {
            None
        } else {
            Some(boxed(self.expression()?))
        };
        let mut step = None;
        if self.eat_op(":") && !(self.at_op(",") || self.at_op("]")) {
            step = Some(boxed(self.expression()?));
        }
        let lower = lower.map(boxed);
        Ok(mk(pos, ExprKind::Slice { lower, upper, step }))
    }

    /// Call arguments after `(` (at `open`), through the closing `)`.
    pub(super) fn call_args(&mut self, open: Pos) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_keyword = false;
        let mut seen_unpack = false;
        let mut last: Option<Expr> = None;
        while !self.at_op(")") {
            let pos = self.here();
            if self.eat_op("*") {
                if seen_unpack {
                    return Err(self.error_at(
                        "iterable argument unpacking follows keyword argument unpacking",
                        pos.line,
                        pos.col,
                        pos.col + 1,
                    ));
                }
                let value = self.expression()?;
                last = Some(value.clone());
                args.push(mk(pos, ExprKind::Starred(boxed(value))));
            } else if self.eat_op("**") {
                let value = self.expression()?;
                last = Some(value.clone());
                keywords.push(Keyword {
                    name: None,
                    value,
                    pos,
                });
                seen_unpack = true;
            } else if let Some(name) = self.keyword_name()? {
                let value = self.expression()?;
                last = Some(value.clone());
                keywords.push(Keyword {
                    name: Some(name),
                    value,
                    pos,
                });
                seen_keyword = true;
            } else {
                let e = self.call_positional(args.is_empty() && keywords.is_empty(), open)?;
                if seen_unpack || seen_keyword {
                    let t = self.tok().clone();
                    let msg = if seen_unpack {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    return Err(self.error_at(msg, t.line, t.col, t.end_col));
                }
                last = Some(e.clone());
                args.push(e);
            }
            if !self.eat_op(",") {
                break;
            }
        }
        match last {
            Some(last) => self.close_bracket(")", &last)?,
            None => self.expect_op(")")?,
        }
        Ok((args, keywords))
    }

    /// `NAME '='` starting a keyword argument: consumes both and returns the name.
    fn keyword_name(&mut self) -> PResult<Option<String>> {
        let TokKind::Name(n) = self.kind() else {
            return Ok(None);
        };
        let n = n.clone();
        if !matches!(self.kind_ahead(1), TokKind::Op("=")) {
            return Ok(None);
        }
        if matches!(n.as_str(), "True" | "False" | "None") {
            let t = self.tok().clone();
            let msg = format!("cannot assign to {n}");
            return Err(self.error_at(&msg, t.line, t.col, t.end_col + 1));
        }
        if is_keyword(&n) {
            return Ok(None);
        }
        self.bump();
        self.bump();
        Ok(Some(n))
    }

    /// A positional argument, possibly a bare generator expression (which CPython
    /// places at the call's `(` when it is the sole argument).
    fn call_positional(&mut self, first: bool, open: Pos) -> PResult<Expr> {
        let start = self.here();
        let e = self.named_expression_in_call()?;
        if !self.at_kw("for") {
            return Ok(e);
        }
        let generators = self.comp_clauses()?;
        let mut genexp = mk(
            start,
            ExprKind::GeneratorExp {
                elt: boxed(e),
                generators,
            },
        );
        if !first || self.at_op(",") && !matches!(self.kind_ahead(1), TokKind::Op(")")) {
            let end = self.prev_end();
            return Err(self.error_span(
                "Generator expression must be parenthesized",
                &genexp,
                end,
            ));
        }
        genexp.pos = open;
        Ok(genexp)
    }

    /// `named_expression`, but `x.y = 1` in a call gets CPython's keyword hint.
    fn named_expression_in_call(&mut self) -> PResult<Expr> {
        let start = self.here();
        let e = self.expression()?;
        if self.at_op("=") {
            self.bump();
            let end = self.prev_end();
            return Err(self.error_span(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                &e,
                end,
            ));
        }
        if !self.at_op(":=") {
            return Ok(e);
        }
        let ExprKind::Name(_) = e.kind else {
            let end = self.expr_end(&e);
            let msg = format!("cannot use assignment expressions with {}", expr_name(&e));
            return Err(self.error_span(&msg, &e, end));
        };
        self.bump();
        let value = self.expression()?;
        let pos = start;
        Ok(mk(
            pos,
            ExprKind::NamedExpr {
                target: boxed(e),
                value: boxed(value),
            },
        ))
    }

    /// A parameter list up to (not including) `)` for `def`, or `:` for `lambda`.
    pub(super) fn parameters(&mut self, is_lambda: bool) -> PResult<Arguments> {
        let close = if is_lambda { ":" } else { ")" };
        let mut a = Arguments::default();
        let mut seen_slash = false;
        let mut star: Option<Pos> = None;
        let mut seen_default = false;
        while !self.at_op(close) {
            let pos = self.here();
            if self.eat_op("/") {
                let msg = if star.is_some() {
                    Some("/ must be ahead of *")
                } else if seen_slash {
                    Some("/ may appear only once")
                } else if a.args.is_empty() {
                    Some("at least one argument must precede /")
                } else {
                    None
                };
                if let Some(msg) = msg {
                    return Err(self.error_at(msg, pos.line, pos.col, pos.col + 1));
                }
                a.posonlyargs = std::mem::take(&mut a.args);
                seen_slash = true;
            } else if self.eat_op("*") {
                if star.is_some() {
                    let msg = "* argument may appear only once";
                    return Err(self.error_at(msg, pos.line, pos.col, pos.col + 1));
                }
                star = Some(pos);
                if !self.at_op(",") && !self.at_op(close) {
                    a.vararg = Some(self.param(is_lambda)?);
                    self.no_default("var-positional argument cannot have default value")?;
                }
            } else if self.eat_op("**") {
                a.kwarg = Some(self.param(is_lambda)?);
                self.no_default("var-keyword argument cannot have default value")?;
                self.eat_op(",");
                if !self.at_op(close) {
                    let t = self.tok().clone();
                    let msg = "arguments cannot follow var-keyword argument";
                    return Err(self.error_at(msg, t.line, t.col, t.end_col));
                }
                break;
            } else {
                let p = self.param(is_lambda)?;
                let default = if self.eat_op("=") {
                    Some(self.expression()?)
                } else {
                    None
                };
                if star.is_some() {
                    a.kwonlyargs.push(p);
                    a.kw_defaults.push(default);
                } else {
                    if let Some(d) = default {
                        a.defaults.push(d);
                        seen_default = true;
                    } else if seen_default {
                        let msg = "non-default argument follows default argument";
                        let end = p.pos.col + p.name.chars().count() as u32;
                        return Err(self.error_at(msg, p.pos.line, p.pos.col, end));
                    }
                    a.args.push(p);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        if let Some(pos) = star
            && a.vararg.is_none()
            && a.kwonlyargs.is_empty()
        {
            let msg = "named arguments must follow bare *";
            return Err(self.error_at(msg, pos.line, pos.col, pos.col + 1));
        }
        Ok(a)
    }

    fn no_default(&mut self, msg: &str) -> PResult<()> {
        if self.at_op("=") {
            let t = self.tok().clone();
            return Err(self.error_at(msg, t.line, t.col, t.end_col));
        }
        Ok(())
    }

    fn param(&mut self, is_lambda: bool) -> PResult<Arg> {
        let pos = self.here();
        let name = self.name()?;
        let annotation = if !is_lambda && self.eat_op(":") {
            Some(self.expression()?)
        } else {
            None
        };
        Ok(Arg {
            name,
            annotation,
            pos,
        })
    }
}
