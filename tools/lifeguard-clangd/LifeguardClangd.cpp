//===-- LifeguardClangd.cpp - clangd with lifeguard's checks built in -----===//
//
// clangd 22 cannot load clang-tidy plugins (clangd/clangd#1458), so this is
// clangd itself, from libclangdMain, with lifeguard's module linked in: a
// `lifeguard-*` in a project's .clang-tidy (or in .clangd's
// Diagnostics.ClangTidy.Add) shows its findings in any LSP editor.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <vector>

namespace clang::clangd {
int clangdMain(int Argc, char *Argv[]);
} // namespace clangd

// clangd runs only the clang-tidy checks that its compiled-in table has
// timed as fast (FastCheckFilter: Strict, the default); checks it has not
// timed, as lifeguard's, are dropped. lifeguard's checks cost 4-8% over the
// parse on GoogleTest (bench/overhead), so this build counts them as fast.
// The table's lookup, clang::clangd::isFastTidyCheck, is wrapped at link
// time (-Wl,--wrap, see CMakeLists.txt); every other check keeps clangd's
// verdict.
#define LIFEGUARD_FAST_CHECK_SYMBOL _ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE
#define LIFEGUARD_CONCAT(A, B) A##B
#define LIFEGUARD_WRAPPED(Prefix, Symbol) LIFEGUARD_CONCAT(Prefix, Symbol)

extern "C" std::optional<bool> LIFEGUARD_WRAPPED(
    __real_, LIFEGUARD_FAST_CHECK_SYMBOL)(llvm::StringRef Check);

extern "C" std::optional<bool> LIFEGUARD_WRAPPED(
    __wrap_, LIFEGUARD_FAST_CHECK_SYMBOL)(llvm::StringRef Check) {
  if (Check.starts_with("lifeguard-"))
    return true;
  return LIFEGUARD_WRAPPED(__real_, LIFEGUARD_FAST_CHECK_SYMBOL)(Check);
}

int main(int Argc, char *Argv[]) {
  // clangd looks for clang's builtin headers next to its own binary, which
  // is not where LLVM installed them: point it there unless told otherwise.
  std::vector<char *> Args(Argv, Argv + Argc);
  if (llvm::none_of(Args, [](llvm::StringRef A) {
        return A.starts_with("--resource-dir") || A.starts_with("-resource-dir");
      })) {
    static char ResourceDir[] = "--resource-dir=" LIFEGUARD_CLANG_RESOURCE_DIR;
    Args.push_back(ResourceDir);
  }
  Args.push_back(nullptr);
  return clang::clangd::clangdMain(static_cast<int>(Args.size()) - 1,
                                   Args.data());
}
