//===-- Finding.h - what one run of lifeguard found -----------------------===//
//
// A finding is one diagnostic of a lifeguard check or checker with its notes,
// independent of any SourceManager: paths are absolute, positions are byte
// offsets with their line and column. Findings travel as JSON from the
// worker processes of a parallel run to the parent, and the same JSON is the
// command's --format=json output.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_TOOLS_LIFEGUARD_FINDING_H
#define LIFEGUARD_TOOLS_LIFEGUARD_FINDING_H

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <string>
#include <vector>

namespace lifeguard::driver {

struct Position {
  std::string File; // absolute
  unsigned Offset = 0;
  unsigned Line = 0; // 1-based; 0 when the file could not be read
  unsigned Column = 0;
};

/// A highlighted byte range of Position's file.
struct Span {
  unsigned Offset = 0;
  unsigned Length = 0;
};

struct Message {
  std::string Text;
  Position Where;
  std::vector<Span> Spans;
};

struct Finding {
  std::string Check;
  Message Main;
  std::vector<Message> Notes;
  /// Identifies the finding across edits that move it: see fingerprint().
  std::string Fingerprint;
};

/// A translation unit that could not be analysed, and why.
struct Failure {
  std::string File;
  std::string Reason;
};

/// Drops from \p Findings, those of one translation unit, the analyzer's
/// findings of a bug the clang-tidy check found too. \p SaidByBoth marks
/// the clang-tidy findings clang-tidy merged with an analyzer finding equal
/// to it.
void dropAnalyzerDuplicates(std::vector<Finding> &Findings,
                            const std::vector<bool> &SaidByBoth);

/// What analysing some translation units gave.
struct Results {
  std::vector<Finding> Findings;
  std::vector<Failure> Failures;
  unsigned Files = 0;

  void append(Results Other);
  /// Sorts by file and position, and drops what two translation units (a
  /// header seen from both) reported, also one through each engine on the
  /// same line.
  void normalize();
};

llvm::json::Value toJSON(const Position &P);
llvm::json::Value toJSON(const Message &M);
llvm::json::Value toJSON(const Finding &F);
llvm::json::Value toJSON(const Failure &F);
llvm::json::Value toJSON(const Results &R);
bool fromJSON(const llvm::json::Value &V, Position &P, llvm::json::Path Path);
bool fromJSON(const llvm::json::Value &V, Span &S, llvm::json::Path Path);
bool fromJSON(const llvm::json::Value &V, Message &M, llvm::json::Path Path);
bool fromJSON(const llvm::json::Value &V, Finding &F, llvm::json::Path Path);
bool fromJSON(const llvm::json::Value &V, Failure &F, llvm::json::Path Path);
bool fromJSON(const llvm::json::Value &V, Results &R, llvm::json::Path Path);

/// The files of findings, read once: positions to lines and columns, and
/// the text of a line for fingerprints and excerpts.
class SourceFiles {
public:
  /// Fills in P's line and column from its offset.
  void resolve(Position &P);
  /// The text of line \p Line (1-based) of \p File, without its newline.
  llvm::StringRef lineText(llvm::StringRef File, unsigned Line);

private:
  struct File {
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    std::vector<unsigned> LineStarts;
  };
  const File *get(llvm::StringRef Path);
  llvm::StringMap<File> Files;
};

/// Gives each finding a fingerprint that survives edits elsewhere in its
/// file: a hash of the check, the file's path relative to \p Root, the
/// message and the finding's source line with its whitespace removed, and
/// the count of equal findings before it in the file.
void fingerprint(std::vector<Finding> &Findings, SourceFiles &Sources,
                 llvm::StringRef Root);

/// \p Path relative to \p Root when it is under it, else \p Path.
std::string relativePath(llvm::StringRef Path, llvm::StringRef Root);

/// \p Path, taken relative to \p Base when it is relative, without `.`
/// and `..` components.
std::string absolutePath(llvm::StringRef Path, llvm::StringRef Base);

} // namespace lifeguard::driver

#endif // LIFEGUARD_TOOLS_LIFEGUARD_FINDING_H
