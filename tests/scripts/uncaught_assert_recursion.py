# ends with an uncaught AssertionError from a recursive helper
def depth_sum(node, depth=1):
    assert isinstance(node, list), "bad node at depth " + str(depth) + ": " + repr(node)
    total = 0
    for ch in node:
        if isinstance(ch, int):
            total += ch * depth
        else:
            total += depth_sum(ch, depth + 1)
    return total
print(depth_sum([1, [2, [3]]]))
print(depth_sum([[1, 1], 2, [1, 1]]))
print(depth_sum([1, [2, ["x"]]]))
