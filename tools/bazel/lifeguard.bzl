"""A Bazel aspect that runs lifeguard on the C and C++ sources of cc_* targets.

Each source file is one action (mnemonic Lifeguard) whose output is the
file's lifeguard report (JSON), so Bazel's remote execution spreads the
analysis over a monorepo's executors and its cache skips every file whose
inputs (the source, the headers it may include, the flags, lifeguard
itself) did not change.

    bazel build //... --aspects=//tools/bazel:lifeguard.bzl%lifeguard_aspect \\
        --output_groups=lifeguard

With --output_groups=lifeguard_check instead, the build fails on a target
whose sources have findings, printing them.

The lifeguard executable is the `lifeguard` label of this package: by
default a wrapper of the `lifeguard` command on PATH (install the .deb on
every executor), or point it at a checked-in binary.
"""

load("@bazel_tools//tools/cpp:toolchain_utils.bzl", "find_cpp_toolchain")

_SOURCE_EXTENSIONS = ["c", "cc", "cpp", "cxx", "c++", "C"]

def _flags(ctx, source):
    """The compile flags of the target's toolchain and its features."""
    toolchain = find_cpp_toolchain(ctx)
    features = cc_common.configure_features(
        ctx = ctx,
        cc_toolchain = toolchain,
        requested_features = ctx.features,
        unsupported_features = ctx.disabled_features,
    )
    is_c = source.extension == "c"
    variables = cc_common.create_compile_variables(
        feature_configuration = features,
        cc_toolchain = toolchain,
        user_compile_flags = (ctx.fragments.cpp.copts + (ctx.fragments.cpp.conlyopts if is_c else ctx.fragments.cpp.cxxopts) +
                              getattr(ctx.rule.attr, "copts", [])),
    )
    return cc_common.get_memory_inefficient_command_line(
        feature_configuration = features,
        action_name = "c-compile" if is_c else "c++-compile",
        variables = variables,
    )

def _analyze(ctx, source, compilation, check):
    report = ctx.actions.declare_file("%s.lifeguard/%s%s.json" % (
        ctx.label.name,
        source.short_path.replace("/", "_"),
        ".checked" if check else "",
    ))
    args = ctx.actions.args()
    args.add(report)
    args.add("1" if check else "0")
    args.add(ctx.executable._lifeguard)
    args.add("--quiet")
    args.add(source)
    args.add("--")
    args.add_all(_flags(ctx, source))
    args.add_all(compilation.defines, before_each = "-D")
    args.add_all(compilation.local_defines, before_each = "-D")
    args.add_all(compilation.includes, before_each = "-I")
    args.add_all(compilation.quote_includes, before_each = "-iquote")
    args.add_all(compilation.system_includes, before_each = "-isystem")
    ctx.actions.run_shell(
        inputs = depset([source], transitive = [compilation.headers]),
        tools = [ctx.executable._lifeguard],
        outputs = [report],
        # The text report goes to the action's output, shown when it fails;
        # the JSON one is the action's result. Exit status 1 (findings)
        # fails the action only in check mode.
        command = """
report=$1; check=$2; lifeguard=$3; shift 3
status=0
"$lifeguard" --format=json --output="$report.tmp" "$@" || status=$?
mv "$report.tmp" "$report" 2>/dev/null || echo '{}' > "$report"
if [ "$status" -gt 1 ] || { [ "$check" = 1 ] && [ "$status" -eq 1 ]; }; then
  "$lifeguard" "$@" || true
  exit 1
fi
""",
        arguments = [args],
        mnemonic = "LifeguardCheck" if check else "Lifeguard",
        # PATH (where `lifeguard` is) and --action_env, as compile actions.
        use_default_shell_env = True,
        progress_message = "lifeguard %s" % source.short_path,
    )
    return report

def _lifeguard_aspect_impl(target, ctx):
    if CcInfo not in target or not hasattr(ctx.rule.attr, "srcs"):
        return [OutputGroupInfo(lifeguard = depset(), lifeguard_check = depset())]
    compilation = target[CcInfo].compilation_context
    sources = [
        f
        for src in ctx.rule.attr.srcs
        for f in src.files.to_list()
        if f.extension in _SOURCE_EXTENSIONS
    ]
    reports = [_analyze(ctx, s, compilation, False) for s in sources]
    checked = [_analyze(ctx, s, compilation, True) for s in sources]
    return [OutputGroupInfo(lifeguard = depset(reports), lifeguard_check = depset(checked))]

lifeguard_aspect = aspect(
    implementation = _lifeguard_aspect_impl,
    fragments = ["cpp"],
    attrs = {
        "_lifeguard": attr.label(
            default = Label("//tools/bazel:lifeguard"),
            executable = True,
            cfg = "exec",
        ),
        "_cc_toolchain": attr.label(
            default = Label("@bazel_tools//tools/cpp:current_cc_toolchain"),
        ),
    },
    toolchains = ["@bazel_tools//tools/cpp:toolchain_type"],
)
