"""Generated C++ inputs of a given size, for the torture sweep and the
scaling benchmarks.

Each generator returns the source of one translation unit that stresses the
engines in one way, at size n, with a canary: one dangling pointer (a
pointer to a variable of an inner block, read after the block) planted in
the stressed function, which lifeguard-dangling reports when the function
was analysed. `canary_line(source)` says where it is.
"""

CANARY = """  int *canary_ = nullptr;
  { int inner_ = 1; canary_ = &inner_; }
  sink_ += *canary_; // CANARY
"""

PRELUDE = "static int sink_;\n"


def huge_function(n):
    """One function of n statements."""
    body = "".join("  int v%d = v%d * 3 + %d;\n" % (i, i - 1, i)
                   for i in range(1, n))
    return PRELUDE + ("int huge(int v0) {\n%s%s  return v%d;\n}\n" %
                      (CANARY, body, n - 1))


def many_functions(n):
    """n small functions, each calling the previous one."""
    fns = ["int f0(int x) { return x + 1; }\n"]
    fns += ["int f%d(int x) { return f%d(x) * 2 + %d; }\n" % (i, i - 1, i)
            for i in range(1, n)]
    return PRELUDE + "".join(fns) + (
        "int top(int x) {\n%s  return f%d(x);\n}\n" % (CANARY, n - 1))


def deep_nesting(n):
    """Blocks nested n deep, the canary innermost."""
    opens = "".join("%sif (x > %d) {\n" % ("  " * (i + 1), i)
                    for i in range(n))
    closes = "".join("%s}\n" % ("  " * (i + 1)) for i in reversed(range(n)))
    return PRELUDE + "int nested(int x) {\n%s%s%s  return x;\n}\n" % (
        opens, CANARY, closes)


def big_switch(n):
    """A switch of n cases, the canary after it."""
    cases = "".join("  case %d: r = %d; break;\n" % (i, i * 7) for i in range(n))
    return PRELUDE + ("int dispatch(int k) {\n  int r = 0;\n  switch (k) {\n"
                      "%s  default: break;\n  }\n%s  return r;\n}\n" %
                      (cases, CANARY))


def aliasing_loop(n):
    """n pointers aliasing each other's targets, re-aimed in a loop."""
    decls = "".join("  int a%d = %d;\n  int *p%d = &a%d;\n" % (i, i, i, i)
                    for i in range(n))
    shuffle = "".join("    p%d = (i %% 2) ? p%d : &a%d;\n    *p%d += i;\n" %
                      (i, (i + 1) % n, i, i) for i in range(n))
    return PRELUDE + ("int alias(int k) {\n%s  for (int i = 0; i < k; ++i) {\n"
                      "%s  }\n%s  return *p0;\n}\n" % (decls, shuffle, CANARY))


def helper_chain(n):
    """n helpers each returning the reference they were given."""
    fns = ["const int &h0(const int &x) { return x; }\n"]
    fns += ["const int &h%d(const int &x) { return h%d(x); }\n" % (i, i - 1)
            for i in range(1, n)]
    return PRELUDE + "".join(fns) + (
        "int use(int x) {\n  const int &r = h%d(x);\n%s  return r;\n}\n" %
        (n - 1, CANARY))


GENERATORS = {
    "huge-function": huge_function,
    "many-functions": many_functions,
    "deep-nesting": deep_nesting,
    "big-switch": big_switch,
    "aliasing-loop": aliasing_loop,
    "helper-chain": helper_chain,
}


def canary_line(source):
    """The 1-based line of the canary's read."""
    for number, line in enumerate(source.splitlines(), 1):
        if "// CANARY" in line:
            return number
    raise ValueError("no canary")
