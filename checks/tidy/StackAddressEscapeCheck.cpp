//===-- StackAddressEscapeCheck.cpp - lifeguard-stack-address-escape ------===//

#include "StackAddressEscapeCheck.h"
#include "StackAddressEscape.h"

namespace clang::tidy::lifeguard {

using ::lifeguard::StackEscape;

void StackAddressEscapeCheck::reportFunction(
    const ::lifeguard::FunctionAnalysis &A) {
  for (const StackEscape &E : ::lifeguard::findStackEscapes(A)) {
    std::string Sink =
        E.SinkDecl ? ("'" + E.SinkDecl->getName() + "'").str() : "";
    unsigned SinkText = E.Sink == StackEscape::Member && !E.SinkDecl
                            ? 6
                            : static_cast<unsigned>(E.Sink);
    // A parameter passed by value is the frame's own copy: a local too.
    diag(E.Where, "address of %select{local variable|parameter}3 %0 escapes "
                  "%select{through the return value|into global variable %2|"
                  "into static variable %2|into member %2 of '*this'|"
                  "through parameter %2|into a detached thread|"
                  "into '*this'}1")
        << E.Local << SinkText << Sink
        << static_cast<unsigned>(isa<ParmVarDecl>(E.Local));
    diag(E.Issue,
         "%select{address of %1 taken here|%1 captured by reference here|"
         "pointer into %1 obtained here|reference to %1 bound here|%1 passed as "
         "'this' here}0",
         DiagnosticIDs::Note)
        << static_cast<unsigned>(E.Origin) << E.Local;
  }
}

} // namespace clang::tidy::lifeguard
