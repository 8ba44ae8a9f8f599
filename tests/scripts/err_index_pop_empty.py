# ends with IndexError: pop from empty list
stack = [1, 2]
print(stack.pop(), stack.pop())
print(stack)
queue = [5, 6, 7]
print(queue.pop(0), queue)
queue.append(8)
print(queue.pop(-1), queue.pop(), queue)
items = list(range(5))
while len(items) > 2:
    print("popped", items.pop())
print(items)
stack.pop()
