# Recursive generators over a binary tree with yield from (values and return values)
class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right

def inorder(node):
    if node is None:
        return
    yield from inorder(node.left)
    yield node.key
    yield from inorder(node.right)

def preorder(node, depth=0):
    if node is not None:
        yield (depth, node.key)
        yield from preorder(node.left, depth + 1)
        yield from preorder(node.right, depth + 1)

def insert(node, key):
    if node is None:
        return Node(key)
    if key < node.key:
        node.left = insert(node.left, key)
    else:
        node.right = insert(node.right, key)
    return node

root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 65]:
    root = insert(root, k)
print(list(inorder(root)))
for depth, key in preorder(root):
    print("  " * depth + str(key))

def count_nodes(node):
    if node is None:
        return 0
    left = yield from count_nodes(node.left)
    yield node.key
    right = yield from count_nodes(node.right)
    return left + right + 1

g = count_nodes(root)
keys = []
while True:
    try:
        keys.append(next(g))
    except StopIteration as e:
        print("visited", keys, "count", e.value)
        break
