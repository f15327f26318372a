int broken() { return undeclared; }
