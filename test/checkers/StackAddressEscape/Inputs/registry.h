// Code in a header: a registry that remembers the last entry it was given.
struct Entry {
  int key;
};

extern Entry *gLastEntry;

inline void remember(Entry *e) { gLastEntry = e; }

#define REMEMBER_LOCAL(name, k)                                                \
  Entry name{k};                                                               \
  remember(&name)
