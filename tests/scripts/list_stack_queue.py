# lists used as stacks and queues
stack = []
for tok in "1 2 + 3 * 4 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if tok == "+" else a - b if tok == "-" else a * b)
    print(tok, stack)
print("result", stack[0])
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{"]:
    print(repr(s), balanced(s))
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, 0)
print(queue)
order = []
q = ["root"]
tree = {"root": ["a", "b"], "a": ["a1", "a2"], "b": ["b1"], "a1": [], "a2": [], "b1": []}
while q:
    n = q.pop(0)
    order.append(n)
    q.extend(tree[n])
print(order)
history = []
for cmd in ["push 1", "push 2", "pop", "push 3", "peek", "pop", "pop"]:
    parts = cmd.split()
    if parts[0] == "push":
        history.append(int(parts[1]))
    elif parts[0] == "pop":
        print("popped", history.pop())
    else:
        print("top", history[-1])
print(history)
