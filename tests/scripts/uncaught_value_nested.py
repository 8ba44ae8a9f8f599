# ends with an uncaught ValueError raised three calls deep
def parse_row(row):
    return [int(x) for x in row.split(",")]
def parse_all(rows):
    out = []
    for r in rows:
        out.append(parse_row(r))
        print("parsed", out[-1])
    return out
def main():
    data = ["1,2", "3,4", "5,x", "7,8"]
    print("start")
    total = parse_all(data)
    print("never", total)
main()
