//===-- LifeguardFuzzer.cpp - libFuzzer target for both engines -----------===//
//
// Takes each input as a C++ source file and runs every lifeguard check and
// checker on it, as the lifeguard command does: mutated sources are mostly
// code with compile errors, which is where a crash would hurt users most
// (an editor analyses half-typed code on every keystroke). bench/fuzz builds
// it and runs it for a bounded time, seeded with the lit tests.
//
//===----------------------------------------------------------------------===//

#include "Configuration.h"
#include "TranslationUnit.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdint>
#include <cstdlib>

using namespace lifeguard::driver;

namespace {

/// Every check and checker with its default options, and no .clang-tidy
/// files (the input's directory is a scratch one).
const Configuration &configuration() {
  static const Configuration Config = [] {
    Configuration C;
    C.Defaults = clang::tidy::ClangTidyOptions::getDefaults();
    C.Explicit = clang::tidy::ClangTidyOptions();
    return C;
  }();
  return Config;
}

/// One scratch file per process: the tools read sources from disk.
const std::string &scratchFile() {
  static const std::string Path = [] {
    llvm::SmallString<128> P;
    llvm::sys::path::system_temp_directory(/*ErasedOnReboot=*/true, P);
    llvm::sys::path::append(
        P, "lifeguard-fuzz-" +
               std::to_string(llvm::sys::Process::getProcessId()) + ".cpp");
    return std::string(P);
  }();
  return Path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  {
    std::error_code EC;
    llvm::raw_fd_ostream Out(scratchFile(), EC);
    if (EC) {
      llvm::errs() << "cannot write " << scratchFile() << ": " << EC.message()
                   << "\n";
      std::abort();
    }
    Out.write(reinterpret_cast<const char *>(Data), Size);
  }
  static const clang::tooling::FixedCompilationDatabase Database(
      ".", {"-std=c++17", "-Wno-everything"});
  analyzeTranslationUnit(configuration(), Database, scratchFile());
  return 0;
}
