// A header's inline function that keeps a reference to an optional's value
// across its reset (test/checks/container-invalidation/optional-values.cpp).
#include <optional>
#include <string>

struct OptionalCache {
  std::optional<std::string> entry{"cached"};

  std::size_t takeAndDrop() {
    const std::string &e = *entry;
    entry.reset(); // expected-note{{'entry' emptied here}}
    // (Checked by optional-values.cpp: line 13 is the use.)
    return e.size(); // expected-warning{{'e' points into 'entry', whose value was destroyed by 'reset'}} expected-note{{'e' points into 'entry', whose value was destroyed by 'reset'}}
  }
};
