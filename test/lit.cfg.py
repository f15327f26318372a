# -*- Python -*-
# lit configuration for lifeguard's tests.
#
# The usual way in is through the build: `lit -sv build/test` (or the
# check-lifeguard target, or ctest), where build/test/lit.site.cfg.py sets the
# paths of that build and then loads this file. Running lit straight on the
# source tree (`lit -sv test/checks/stack-address-escape`) works too: this
# file then loads the site config of the build in ./build, or of the one
# named by `--param build_root=DIR` or $LIFEGUARD_BUILD_DIR.

import os
import shlex
import shutil
import sys

import lit.formats

if not hasattr(config, "lifeguard_build_root"):
    src_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    build_root = lit_config.params.get(
        "build_root", os.environ.get("LIFEGUARD_BUILD_DIR", os.path.join(src_root, "build"))
    )
    site_cfg = os.path.join(os.path.abspath(build_root), "test", "lit.site.cfg.py")
    if not os.path.isfile(site_cfg):
        lit_config.fatal(
            "no lit.site.cfg.py in %s: build lifeguard first (scripts/build), "
            "or pass --param build_root=<build dir>" % os.path.dirname(site_cfg)
        )
    # The site config sets the paths and loads this file again; then return.
    lit_config.load_config(config, site_cfg)
    raise SystemExit

config.name = "lifeguard"
# lit's own shell: the same behaviour everywhere, and on failure it prints
# each command with its output.
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
# Inputs/ holds files that tests read (headers, configs), not tests.
config.excludes = [
    "Inputs",
    "CMakeLists.txt",
    "lit.cfg.py",
    "lit.site.cfg.py",
    "lit.site.cfg.py.in",
    "README.md",
]
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
# config.test_exec_root is set by the site config (build/test).

for plugin in (config.lifeguard_plugin, config.lifeguard_analyzer_plugin, config.lifeguard):
    if not os.path.isfile(plugin):
        lit_config.fatal(
            "the lifeguard plugin %s is not built: run `cmake --build %s`"
            % (plugin, config.lifeguard_build_root)
        )

# FileCheck, not, count from the LLVM we build against, before anything else;
# then the lifeguard command, as a user's PATH has it after installing it
# (the pre-commit hook runs `lifeguard`).
config.environment["PATH"] = os.pathsep.join(
    [
        config.llvm_tools_dir,
        os.path.dirname(config.lifeguard),
        config.environment.get("PATH", os.environ.get("PATH", "")),
    ]
)

q = shlex.quote
tidy = "%s --load=%s --quiet --header-filter=.*" % (
    q(config.clang_tidy),
    q(config.lifeguard_plugin),
)

# The analyzer checkers, each on its own: the default checkers that report
# some of the same bugs (use after delete or free, inner pointers of strings,
# returned stack addresses) or other ones (leaks, dead stores) are turned
# off, so that a test shows what lifeguard finds. Tests add -Xclang -verify
# and their -std.
overlapping = "cplusplus,unix,deadcode,core.StackAddressEscape"
analyze = (
    "%s --analyze -o /dev/null -Xclang -load -Xclang %s -Xclang -analyzer-checker=lifeguard "
    "-Xclang -analyzer-disable-checker=%s -Xclang -analyzer-output=text"
    % (q(config.clang), q(config.lifeguard_analyzer_plugin), overlapping)
)

# lit tries the config's substitutions before its own (%s, %t, %p, ...), so
# %tidy, %src_root and %python are not eaten by %t, %s and %p.
config.substitutions.extend(
    [
        ("%clang_tidy", q(config.clang_tidy)),
        ("%lifeguard_analyzer_plugin", q(config.lifeguard_analyzer_plugin)),
        ("%analyze", analyze),
        ("%clang", q(config.clang)),
        ("%run_clang_tidy", q(config.run_clang_tidy)),
        ("%lifeguard_plugin", q(config.lifeguard_plugin)),
        ("%lifeguard", q(config.lifeguard)),
        ("%tidy", tidy),
        ("%python", q(sys.executable)),  # the Python that runs lit
        ("%src_root", q(config.lifeguard_src_root)),
        ("%build_root", q(config.lifeguard_build_root)),
        ("%googletest_src", q(config.googletest_src)),
        # LLVM's headers, whose llvm::SmallVector the container checks know.
        ("%llvm_include", q(config.llvm_include_dir)),
    ]
)

# Features for REQUIRES: lines: a tool or input some tests need. Without
# it those tests are skipped, except in CI, which must run them all.
def feature(name, found, missing, substitution=None):
    if found:
        config.available_features.add(name)
        if substitution:
            # First: %lifeguard is a prefix of %lifeguard_clangd.
            config.substitutions.insert(0, (substitution, q(found)))
    elif os.environ.get("CI"):
        lit_config.fatal(missing)
    else:
        lit_config.warning(missing + ": the tests that need it are skipped")


feature("scan-build", shutil.which("scan-build-22"),
        "scan-build-22 not found (Debian package clang-tools-22): run scripts/setup",
        "%scan_build")
gtest_all = os.path.join(config.googletest_src, "googletest", "src", "gtest-all.cc")
gmock_all = os.path.join(config.googletest_src, "googlemock", "src", "gmock-all.cc")
feature("googletest-src", os.path.isfile(gtest_all) and os.path.isfile(gmock_all),
        "GoogleTest sources not found in %s (Debian package googletest): run scripts/setup"
        % config.googletest_src)
feature("lifeguard-clangd",
        config.lifeguard_clangd if os.path.isfile(config.lifeguard_clangd) else None,
        "lifeguard-clangd was not built (Debian packages libgrpc++-dev, "
        "libprotobuf-dev): run scripts/setup", "%lifeguard_clangd")
# Installed by `scripts/setup --bazel` (CI does), not by default: it brings a JDK.
feature("bazel", shutil.which("bazel"),
        "bazel not found (Debian package bazel-bootstrap): run scripts/setup --bazel")
feature("pre-commit", shutil.which("pre-commit"),
        "pre-commit not found (Debian package pre-commit): run scripts/setup", "%pre_commit")

# self-lint.test reads the build's compile_commands.json.
feature("compile-commands",
        os.path.isfile(os.path.join(config.lifeguard_build_root, "compile_commands.json")),
        "%s/compile_commands.json is missing: configure with "
        "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON" % config.lifeguard_build_root)
