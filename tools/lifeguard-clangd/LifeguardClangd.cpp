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
} // namespace clang::clangd

// clangd runs only the clang-tidy checks that its compiled-in table has
// timed as fast (FastCheckFilter: Strict, the default); checks it has not
// timed, as lifeguard's, are dropped. lifeguard's checks cost 3-8% over the
// parse on GoogleTest (bench/overhead), so this build counts them as fast.
// The table's lookup, clang::clangd::isFastTidyCheck, is wrapped at link
// time (-Wl,--wrap, see CMakeLists.txt): calls to it reach
// countLifeguardChecksAsFast, which hands every other check to the original
// (the linker's __real_ name); each keeps clangd's verdict.
std::optional<bool> clangdVerdict(llvm::StringRef Check) __asm__(
    "__real__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");
std::optional<bool> countLifeguardChecksAsFast(llvm::StringRef Check) __asm__(
    "__wrap__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");

std::optional<bool> countLifeguardChecksAsFast(llvm::StringRef Check) {
  if (Check.starts_with("lifeguard-"))
    return true;
  return clangdVerdict(Check);
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
