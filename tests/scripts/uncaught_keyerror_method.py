# ends with an uncaught KeyError from a method called in a loop
class Inventory:
    def __init__(self):
        self.stock = {"apple": 3, "pear": 1}
    def take(self, item):
        self.stock[item] -= 1
        return self.stock[item]
inv = Inventory()
for item in ["apple", "pear", "apple", "plum", "apple"]:
    left = inv.take(item)
    print(item, "left", left)
