#include "registry.h"

std::size_t nameLength() { return defaultName().size(); }
