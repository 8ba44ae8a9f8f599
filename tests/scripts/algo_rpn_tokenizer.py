# Tokenizer + shunting-yard + RPN evaluator
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            num = s[i:j]
            toks.append(float(num) if "." in num else int(num))
            i = j
        else:
            toks.append(c)
            i += 1
    return toks
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
def to_rpn(toks):
    out, ops = [], []
    for t in toks:
        if not isinstance(t, str):
            out.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops and ops[-1] != "(" and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t != "^")):
                out.append(ops.pop())
            ops.append(t)
    while ops:
        out.append(ops.pop())
    return out
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if not isinstance(t, str):
            st.append(t)
            continue
        b, a = st.pop(), st.pop()
        if t == "+": st.append(a + b)
        elif t == "-": st.append(a - b)
        elif t == "*": st.append(a * b)
        elif t == "/": st.append(a / b)
        elif t == "%": st.append(a % b)
        elif t == "^": st.append(a ** b)
    return st[0]
for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "7 % 3 + 100", "2 ^ 100", "(4 - 10) % 7", "3.5 * (2 - 0.5)"]:
    toks = tokenize(expr)
    rpn = to_rpn(toks)
    print(expr, "=>", " ".join(str(t) for t in rpn), "=", eval_rpn(rpn))
