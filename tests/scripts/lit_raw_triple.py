# Raw strings and triple-quoted strings
r = r"C:\new\table"
print(r, len(r))
print(repr(r))
print(r'\d+\.\d*')
print(R"raw \n stays")
t = """first line
second "quoted" line
third"""
print(t)
print(repr(t))
print(len(t.splitlines()))
u = '''single 'triple'
quotes'''
print(u)
v = """\
no leading newline"""
print(repr(v))
w = """ends with newline
"""
print(repr(w))
print(r"a" "b\n" r"\c")
x = rb = r"\\"
print(x, len(x))
doc = """
    indented
        more
"""
print(repr(doc))
for line in doc.splitlines():
    print(repr(line))
