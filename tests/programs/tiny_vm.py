"""A tiny stack-machine assembler and interpreter, as a hobbyist might write one."""


class VMError(Exception):
    pass


class StackUnderflow(VMError):
    def __init__(self, op, pc):
        super().__init__(f"stack underflow in {op} at pc={pc}")
        self.op = op


class Program:
    def __init__(self, source):
        self.code = []
        self.labels = {}
        for lineno, raw in enumerate(source.splitlines(), 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if line.endswith(":"):
                self.labels[line[:-1]] = len(self.code)
                continue
            op, *args = line.split()
            self.code.append((op.upper(), [self.parse_arg(a) for a in args], lineno))

    @staticmethod
    def parse_arg(text):
        try:
            return int(text, 0)
        except ValueError:
            return text


class VM:
    BINOPS = {
        "ADD": lambda a, b: a + b,
        "SUB": lambda a, b: a - b,
        "MUL": lambda a, b: a * b,
        "DIV": lambda a, b: a // b,
        "MOD": lambda a, b: a % b,
        "LT": lambda a, b: int(a < b),
        "EQ": lambda a, b: int(a == b),
    }

    def __init__(self, program, trace=False):
        self.p = program
        self.stack = []
        self.vars = {}
        self.out = []
        self.calls = []
        self.trace = trace
        self.steps = 0

    def pop(self, op, pc):
        if not self.stack:
            raise StackUnderflow(op, pc)
        return self.stack.pop()

    def run(self, limit=100000):
        pc = 0
        code = self.p.code
        while pc < len(code):
            self.steps += 1
            if self.steps > limit:
                raise VMError(f"step limit {limit} exceeded")
            op, args, lineno = code[pc]
            if self.trace:
                print(f"{pc:03d} {op:<6}{str(args):<12}{self.stack}")
            pc += 1
            if op == "PUSH":
                self.stack.append(args[0])
            elif op in self.BINOPS:
                b = self.pop(op, pc - 1)
                a = self.pop(op, pc - 1)
                try:
                    self.stack.append(self.BINOPS[op](a, b))
                except ZeroDivisionError:
                    raise VMError(f"division by zero on line {lineno}") from None
            elif op == "DUP":
                v = self.pop(op, pc - 1)
                self.stack += [v, v]
            elif op == "SWAP":
                b, a = self.pop(op, pc - 1), self.pop(op, pc - 1)
                self.stack.extend((b, a))
            elif op == "STORE":
                self.vars[args[0]] = self.pop(op, pc - 1)
            elif op == "LOAD":
                if args[0] not in self.vars:
                    raise VMError(f"undefined variable {args[0]!r} on line {lineno}")
                self.stack.append(self.vars[args[0]])
            elif op == "JMP":
                pc = self.p.labels[args[0]]
            elif op == "JZ":
                if self.pop(op, pc - 1) == 0:
                    pc = self.p.labels[args[0]]
            elif op == "CALL":
                self.calls.append(pc)
                pc = self.p.labels[args[0]]
            elif op == "RET":
                pc = self.calls.pop()
            elif op == "PRINT":
                self.out.append(self.pop(op, pc - 1))
            elif op == "HALT":
                break
            else:
                raise VMError(f"unknown op {op} on line {lineno}")
        return self.out


FACT = """
    PUSH 1
    STORE acc
    PUSH 20        # n
    STORE n
loop:
    LOAD n
    JZ done
    LOAD acc
    LOAD n
    MUL
    STORE acc
    LOAD n
    PUSH 1
    SUB
    STORE n
    JMP loop
done:
    LOAD acc
    PRINT
    HALT
"""

SQUARES = """
    PUSH 0
    STORE i
top:
    LOAD i
    PUSH 6
    LT
    JZ end
    LOAD i
    CALL square
    PRINT
    LOAD i
    PUSH 1
    ADD
    STORE i
    JMP top
square:
    DUP
    MUL
    RET
end:
"""

print(VM(Program(FACT)).run())
vm = VM(Program(SQUARES))
print(vm.run(), vm.steps, sorted(vm.vars.items()))
small = Program("PUSH 0x10\nPUSH 0b11\nSWAP\nSUB\nPRINT\nPUSH -7\nPUSH 2\nMOD\nPRINT")
print(VM(small, trace=True).run())
for src in ["PUSH 1\nADD", "PUSH 1\nPUSH 0\nDIV", "LOAD x", "FROB 3", "spin:\nJMP spin"]:
    try:
        print(VM(Program(src)).run(limit=50))
    except StackUnderflow as e:
        print("underflow:", e, e.op)
    except VMError as e:
        print("vm error:", e, e.__cause__, e.__suppress_context__)
print(Program(FACT).labels, len(Program(FACT).code), Program.parse_arg("0o777"), Program.parse_arg("abc"))
VM(Program("PUSH 2\nPUSH 3\nPUSH 0\nMOD")).run()
