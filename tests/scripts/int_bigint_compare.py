# big int comparisons and mixed big int / float
a = 10 ** 30
b = -(10 ** 30)
print(a > b, a == 10 ** 30, a != a + 1, b < -a + 1, sorted([a, b, 0, a - 1, 1e30]))
print(a == 1e30, 10 ** 22 == 1e22, 2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 == 2.0 ** 100, 2 ** 100 + 1 > 2.0 ** 100)
print(a < float("inf"), b > float("-inf"), 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(max(2 ** 64, 1.8e19), min(-(2 ** 64), -1.8e19), 2 ** 64 < 1.8446744073709552e19)
print(a // 7 * 7 + a % 7 == a, (a + 1) % 2, (-a) % 7, abs(b) == a)
nums = [3 ** 50, 2 ** 80, 5 ** 34, 7 ** 28, 10 ** 24]
print(sorted(nums))
print([len(str(n)) for n in nums], max(nums) - min(nums))
print(sum(nums) % 1000003, nums.index(max(nums)))
x = 1
steps = 0
while x < 10 ** 50:
    x *= 3
    steps += 1
print(steps, x)
print(hash(2 ** 61 - 1), hash(2 ** 61 + 5), hash(-(2 ** 61) - 5), hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)))
print(str(-2 ** 200)[:15], repr(2 ** 200)[-5:], int("-" + "1" * 40) + 1)
print(type(2 ** 100) is int, isinstance(-(10 ** 40), int))
