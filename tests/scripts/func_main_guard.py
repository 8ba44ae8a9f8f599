from __future__ import annotations


def helper(n: int) -> list[int]:
    """Squares up to n."""
    return [i * i for i in range(n)]


def main() -> None:
    print("main running")
    print(helper(5))
    print(__name__)


print("module level first")
if __name__ == "__main__":
    main()
else:
    print("imported")
if __name__ != "__main__":
    print("not main")
print("end", __name__ == "__main__")
