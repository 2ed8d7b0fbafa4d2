import re, sys
def read(p):
    out = {}; cur = None
    for line in open(p):
        m = re.match(r"^(XX|  ) \[([^\]]+)\]", line)
        if m:
            cur = m.group(2); out[cur] = [m.group(1) == "  ", []]
        elif cur and line.startswith("    "):
            out[cur][1].append(line.strip())
    return out
a, b = read(sys.argv[1]), read(sys.argv[2])
for k in a:
    if a[k] != b.get(k):
        ra, rb = a[k][0], b[k][0]
        tag = "same-right" if ra and rb else "WORSE" if ra else "BETTER" if rb else "changed-both-wrong"
        print(tag, k, a[k][1], "->", b[k][1])
print(len(a), "stories;", sum(1 for k in a if a[k] != b.get(k)), "changed")
