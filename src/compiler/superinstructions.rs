//! Superinstructions: a peephole pass that fuses common instruction sequences (pairs,
//! triples, and the four instructions of `if a < b:`) so the interpreter dispatches
//! once instead of several times.
//!
//! Fusing never moves or removes an instruction. The first instruction of a pair is
//! replaced by the fused form and the second stays where it was: a jump that lands on
//! the second still finds it, while execution that comes through the fused form skips
//! it. So jump targets, the line table and the exception table stay valid untouched.

use super::bytecode::Instr;

/// Fuses pairs in `instrs`. Two instructions are only fused when they share a source
/// line and an exception handler, so an error raised by the fused form is reported
/// and handled exactly as if the pair had run separately.
pub fn fuse<H: PartialEq>(instrs: &mut [Instr], lines: &[u32], handlers: &[H]) {
    let same_place =
        |i: usize, j: usize| lines.get(i) == lines.get(j) && handlers.get(i) == handlers.get(j);
    for i in 0..instrs.len().saturating_sub(1) {
        if i + 4 < instrs.len()
            && (1..5).all(|k| same_place(i, i + k))
            && let Some(fused) = fused_subscr_offset(&instrs[i..i + 5])
        {
            instrs[i] = fused;
            continue;
        }
        if i + 3 < instrs.len()
            && (1..4).all(|k| same_place(i, i + k))
            && let Some(fused) = fused_quad(instrs[i], instrs[i + 1], instrs[i + 2], instrs[i + 3])
        {
            instrs[i] = fused;
            continue;
        }
        if i + 2 < instrs.len()
            && same_place(i, i + 2)
            && same_place(i, i + 1)
            && let Some(fused) = fused_triple(instrs[i], instrs[i + 1], instrs[i + 2])
        {
            instrs[i] = fused;
            continue;
        }
        if same_place(i, i + 1)
            && let Some(fused) = fused_pair(instrs[i], instrs[i + 1])
        {
            instrs[i] = fused;
        }
    }
}

/// Two operand indices packed into one operand, if both fit in 16 bits.
fn pack(hi: u32, lo: u32) -> Option<u32> {
    (hi <= 0xFFFF && lo <= 0xFFFF).then_some(hi << 16 | lo)
}

/// The comparison operand of the fused compare-and-jump forms: the `CompareOp`
/// index in bits 0-2, bit 3 set when the jump is taken on a true result.
fn compare_flags(op: u32, jump: Instr) -> Option<u32> {
    match jump {
        Instr::PopJumpIfFalse { .. } if op < 8 => Some(op),
        Instr::PopJumpIfTrue { .. } if op < 8 => Some(op | 8),
        _ => None,
    }
}

fn jump_target(jump: Instr) -> Option<u32> {
    match jump {
        Instr::PopJumpIfFalse { target } | Instr::PopJumpIfTrue { target } => Some(target),
        _ => None,
    }
}

/// The superinstruction for four instructions, if there is one: a comparison of two
/// locals, or of a local and a constant, and the jump on its result.
fn fused_quad(first: Instr, second: Instr, third: Instr, fourth: Instr) -> Option<Instr> {
    use Instr::*;
    // `t * a + b`: two operations of TOS with locals in a row.
    if let (
        LoadFast { idx: a },
        BinaryOp { op: first_op },
        LoadFast { idx: b },
        BinaryOp { op: second_op },
    ) = (first, second, third, fourth)
    {
        return Some(BinaryTosFastTosFast {
            locals: pack(a, b)?,
            ops: (first_op < 16 && second_op < 16).then_some(second_op << 4 | first_op)?,
        });
    }
    // `t + a * b`: the multiply-add of numeric code.
    if let (
        LoadFast { idx: a },
        LoadFast { idx: b },
        BinaryOp { op: inner },
        BinaryOp { op: outer } | InplaceOp { op: outer },
    ) = (first, second, third, fourth)
    {
        return Some(BinaryTosFastFast {
            locals: pack(a, b)?,
            ops: (inner < 16 && outer < 16).then_some(outer << 4 | inner)?,
        });
    }
    if let (BinaryOp { op } | InplaceOp { op }, StoreFast { idx: dst }) = (third, fourth) {
        let LoadFast { idx: a } = first else {
            return None;
        };
        let op_dst = (dst < (1 << 27)).then_some(dst << 4 | op)?;
        return Some(match second {
            LoadFast { idx: b } => BinaryFastFastStore {
                operands: pack(a, b)?,
                op_dst,
            },
            LoadConst { idx: k } => BinaryFastConstStore {
                operands: pack(a, k)?,
                op_dst,
            },
            _ => return None,
        });
    }
    let CompareOp { op } = third else {
        return None;
    };
    let flags = compare_flags(op, fourth)?;
    let target = jump_target(fourth)?;
    let LoadFast { idx: a } = first else {
        return None;
    };
    let pack3 = |a: u32, b: u32| (a < 4096 && b < 4096).then_some(a << 16 | b << 4 | flags);
    Some(match second {
        LoadFast { idx: b } => CompareFastFastJump {
            operands: pack3(a, b)?,
            target,
        },
        LoadConst { idx: k } => CompareFastConstJump {
            operands: pack3(a, k)?,
            target,
        },
        _ => return None,
    })
}

/// `LoadFast a; LoadFast i; LoadConst k; BinaryOp +/-; BinarySubscr`: `a[i + k]`
/// or `a[i - k]`, the neighbour access of array code.
fn fused_subscr_offset(run: &[Instr]) -> Option<Instr> {
    use Instr::*;
    let [
        LoadFast { idx: a },
        LoadFast { idx: i },
        LoadConst { idx: k },
        BinaryOp { op },
        BinarySubscr,
    ] = *run
    else {
        return None;
    };
    if op != super::bytecode::binop::ADD && op != super::bytecode::binop::SUB {
        return None;
    }
    Some(SubscrFastOffset {
        operands: pack(a, i)?,
        op_k: (k < (1 << 27)).then_some(k << 4 | op)?,
    })
}

/// The superinstruction for `first; second; third`, if there is one.
fn fused_triple(first: Instr, second: Instr, third: Instr) -> Option<Instr> {
    use Instr::*;
    if let (LoadFast { idx: a }, LoadFast { idx: b }) = (first, second) {
        match third {
            BinarySubscr => return Some(SubscrFastFast { a, b }),
            CompareOp { op } => {
                return Some(CompareFastFast {
                    locals: pack(a, b)?,
                    op,
                });
            }
            _ => {}
        }
    }
    if let CompareOp { op } = second {
        let flags = compare_flags(op, third)?;
        let target = jump_target(third)?;
        let pack = |i: u32| (i < (1 << 28)).then_some(i << 4 | flags);
        return Some(match first {
            LoadFast { idx } => CompareTosFastJump {
                operands: pack(idx)?,
                target,
            },
            LoadConst { idx } => CompareTosConstJump {
                operands: pack(idx)?,
                target,
            },
            _ => return None,
        });
    }
    if let (RotTwo, StoreFast { idx: a }, StoreFast { idx: b }) = (first, second, third) {
        return Some(StoreFastSwapped { a, b });
    }
    // In-place forms behave exactly like the binary ones on ints and floats, which is
    // all the fused forms compute themselves.
    let (BinaryOp { op } | InplaceOp { op }) = third else {
        return None;
    };
    Some(match (first, second) {
        (LoadFast { idx: a }, LoadFast { idx: b }) => BinaryFastFast {
            locals: pack(a, b)?,
            op,
        },
        (LoadFast { idx: a }, LoadConst { idx: k }) => BinaryFastConst {
            operands: pack(a, k)?,
            op,
        },
        (LoadConst { idx: k }, LoadFast { idx: a }) => BinaryConstFast {
            operands: pack(k, a)?,
            op,
        },
        _ => return None,
    })
}

/// The superinstruction for `first; second`, if there is one.
fn fused_pair(first: Instr, second: Instr) -> Option<Instr> {
    use Instr::*;
    Some(match (first, second) {
        (LoadFast { idx: a }, LoadFast { idx: b }) => LoadFastPair { a, b },
        (LoadFast { idx }, LoadConst { idx: konst }) => LoadFastConst { idx, konst },
        (StoreFast { idx: a }, StoreFast { idx: b }) => StoreFastPair { a, b },
        (CompareOp { op }, PopJumpIfFalse { target }) => CompareJumpIfFalse { op, target },
        (CompareOp { op }, PopJumpIfTrue { target }) => CompareJumpIfTrue { op, target },
        (LoadFast { idx }, BinaryOp { op } | InplaceOp { op }) => BinaryTosFast { idx, op },
        (LoadConst { idx: konst }, BinaryOp { op } | InplaceOp { op }) => {
            BinaryTosConst { konst, op }
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Instr::*;

    #[test]
    fn fuses_pairs_and_keeps_the_second_instruction() {
        let mut code = [
            LoadFast { idx: 0 },
            LoadFast { idx: 1 },
            CompareOp { op: 2 },
            PopJumpIfFalse { target: 0 },
        ];
        fuse(&mut code, &[1, 1, 1, 1], &[0, 0, 0, 0]);
        // `a < b` and the jump on it become one instruction; every later position
        // also holds its own fused form, for jumps that land there.
        assert_eq!(
            code[0],
            CompareFastFastJump {
                operands: 1 << 4 | 2,
                target: 0
            }
        );
        assert_eq!(
            code[1],
            CompareTosFastJump {
                operands: 1 << 4 | 2,
                target: 0
            }
        );
        assert_eq!(code[2], CompareJumpIfFalse { op: 2, target: 0 });
        assert_eq!(code[3], PopJumpIfFalse { target: 0 });
    }

    #[test]
    fn fuses_binary_triples_before_pairs() {
        let mut code = [
            LoadFast { idx: 1 },
            LoadFast { idx: 2 },
            BinaryOp { op: 0 },
            LoadFast { idx: 3 },
            LoadConst { idx: 4 },
            BinaryOp { op: 2 },
        ];
        fuse(&mut code, &[1; 6], &[0; 6]);
        assert_eq!(
            code[0],
            BinaryFastFast {
                locals: 1 << 16 | 2,
                op: 0
            }
        );
        // The second position is fused with what follows it (a jump may land there).
        assert_eq!(code[1], BinaryTosFast { idx: 2, op: 0 });
        assert_eq!(code[2], BinaryOp { op: 0 });
        assert_eq!(
            code[3],
            BinaryFastConst {
                operands: 3 << 16 | 4,
                op: 2
            }
        );
    }

    #[test]
    fn fuses_the_longer_sequences() {
        let add = super::super::bytecode::binop::ADD;
        let sub = super::super::bytecode::binop::SUB;
        let mult = super::super::bytecode::binop::MULT;
        let cases: &[(&[Instr], Instr)] = &[
            (
                &[
                    LoadFast { idx: 1 },
                    LoadFast { idx: 2 },
                    LoadConst { idx: 3 },
                    BinaryOp { op: sub },
                    BinarySubscr,
                ],
                SubscrFastOffset {
                    operands: 1 << 16 | 2,
                    op_k: 3 << 4 | sub,
                },
            ),
            (
                &[LoadFast { idx: 1 }, LoadFast { idx: 2 }, BinarySubscr],
                SubscrFastFast { a: 1, b: 2 },
            ),
            (
                &[
                    LoadFast { idx: 1 },
                    LoadFast { idx: 2 },
                    CompareOp { op: 1 },
                ],
                CompareFastFast {
                    locals: 1 << 16 | 2,
                    op: 1,
                },
            ),
            (
                &[
                    LoadFast { idx: 1 },
                    LoadFast { idx: 2 },
                    BinaryOp { op: mult },
                    BinaryOp { op: add },
                ],
                BinaryTosFastFast {
                    locals: 1 << 16 | 2,
                    ops: add << 4 | mult,
                },
            ),
            (
                &[
                    LoadFast { idx: 1 },
                    BinaryOp { op: mult },
                    LoadFast { idx: 2 },
                    BinaryOp { op: add },
                ],
                BinaryTosFastTosFast {
                    locals: 1 << 16 | 2,
                    ops: add << 4 | mult,
                },
            ),
            (
                &[
                    LoadFast { idx: 1 },
                    LoadConst { idx: 0 },
                    InplaceOp { op: add },
                    StoreFast { idx: 1 },
                ],
                BinaryFastConstStore {
                    operands: 1 << 16,
                    op_dst: 1 << 4 | add,
                },
            ),
            (
                &[RotTwo, StoreFast { idx: 4 }, StoreFast { idx: 5 }],
                StoreFastSwapped { a: 4, b: 5 },
            ),
        ];
        for (run, fused) in cases {
            let mut code = run.to_vec();
            let n = code.len();
            fuse(&mut code, &vec![1; n], &vec![0; n]);
            assert_eq!(code[0], *fused, "{run:?}");
            // Only the first instruction is replaced; the last always stays.
            assert_eq!(code[n - 1], run[n - 1], "{run:?}");
        }
    }

    #[test]
    fn does_not_fuse_across_lines_or_handlers() {
        let mut code = [
            LoadFast { idx: 0 },
            LoadFast { idx: 1 },
            LoadFast { idx: 2 },
        ];
        fuse(&mut code, &[1, 2, 2], &[0, 0, 1]);
        assert_eq!(
            code,
            [
                LoadFast { idx: 0 },
                LoadFast { idx: 1 },
                LoadFast { idx: 2 }
            ]
        );
    }
}
