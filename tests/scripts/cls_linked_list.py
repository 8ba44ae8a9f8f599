# a linked list class with iteration, len, indexing, repr
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        node = self.head
        out = []
        while node is not None:
            out.append(node.val)
            node = node.next
        return iter(out)
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        node = self.head
        for _ in range(i):
            node = node.next
        return node.val
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return "LL[" + " -> ".join(repr(v) for v in self) + "]"

ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], ll[2])
ll.push_front(0)
print(ll, list(ll), sum(ll))
ll.reverse()
print(ll, ll[0])
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList(), len(LinkedList()), list(LinkedList("ab")))
print([v for v in ll if v % 2], 3 in ll, 7 in ll)
words = LinkedList(["x", "yy", "zzz"])
print(sorted(words, key=len, reverse=True), max(words, key=len))
