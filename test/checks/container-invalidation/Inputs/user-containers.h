// A project's own containers, which lifeguard knows only when an option
// names them: a vector with inline storage that moves to the heap when it
// grows, and a chain of nodes that never moves an element.
#ifndef USER_CONTAINERS_H
#define USER_CONTAINERS_H

#include <cstddef>
#include <cstdlib>
#include <cstring>

namespace mylib {

template <class T, unsigned N> class SmallVec {
public:
  void push_back(const T &Value) {
    if (Size == Capacity)
      grow(Capacity * 2);
    Begin[Size++] = Value;
  }
  void reserve(std::size_t Count) {
    if (Count > Capacity)
      grow(Count);
  }
  T &operator[](std::size_t I) { return Begin[I]; }
  T *begin() { return Begin; }
  T *end() { return Begin + Size; }
  T &back() { return Begin[Size - 1]; }
  std::size_t size() const { return Size; }
  ~SmallVec() {
    if (Begin != Inline)
      std::free(Begin);
  }

private:
  void grow(std::size_t Count) {
    T *Grown = static_cast<T *>(std::malloc(sizeof(T) * Count));
    std::memcpy(Grown, Begin, sizeof(T) * Size);
    if (Begin != Inline)
      std::free(Begin);
    Begin = Grown;
    Capacity = Count;
  }
  T Inline[N];
  T *Begin = Inline;
  std::size_t Size = 0;
  std::size_t Capacity = N;
};

// A vector of the project's that adds nothing to SmallVec: it is one too.
class Scores : public SmallVec<int, 8> {};

template <class T> class Chain {
  struct Node {
    T Value;
    Node *Next;
  };

public:
  void push_front(const T &Value) { Head = new Node{Value, Head}; }
  T &front() { return Head->Value; }
  void erase_front() {
    Node *Old = Head;
    Head = Head->Next;
    delete Old;
  }
  ~Chain() {
    while (Head)
      erase_front();
  }

private:
  Node *Head = nullptr;
};

} // namespace mylib

// Abseil's vector with inline storage, known by default (a stand-in built
// on the vector above, whose members it inherits).
namespace absl {
template <class T, std::size_t N>
class InlinedVector : public mylib::SmallVec<T, N> {};
} // namespace absl

#endif
