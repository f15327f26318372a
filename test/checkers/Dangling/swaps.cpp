// A swap hands each container's buffer to the other (the standard keeps
// the handles valid, into the other container). The swap with an empty
// temporary or a local that frees a buffer leaves the handles taken into
// it pointing into an object that died; the near misses keep the other
// container alive, or take the handle after the swap.
//
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++17 -Xclang -verify %s
// RUN: %analyze -Xclang -analyzer-disable-checker=lifeguard.StackAddressEscape,lifeguard.ContainerInvalidation -std=c++20 -Xclang -verify %s

#include <string>
#include <vector>

float swappedWithATemporary(std::vector<float> &samples) {
  const float *cursor = samples.data(); // expected-note{{'cursor' now points to}} expected-note{{pointer into a temporary of type 'std::vector<float>' obtained here}}
  std::vector<float>().swap(samples); // expected-note{{the temporary was destroyed at the end of this full-expression}} expected-note{{the buffers of a temporary of type 'std::vector<float>' and 'samples' were exchanged}}
  return *cursor; // expected-warning{{use of a pointer into a temporary of type 'std::vector<float>' after it was destroyed at the end of the full-expression}} expected-note{{use of a pointer into a temporary}}
}

char swappedIntoABlockLocal(std::string &text) {
  const char *shown = text.c_str(); // expected-note{{'shown' now points to}} expected-note{{pointer into local variable 'spare' obtained here}}
  {
    std::string spare;
    spare.swap(text); // expected-note{{the buffers of 'spare' and 'text' were exchanged}}
  } // expected-note{{'spare' went out of scope here}}
  return shown[0]; // expected-warning{{use of a pointer into local variable 'spare' after it went out of scope}} expected-note{{use of a pointer into local variable 'spare' after it went out of scope}}
}

class SampleBank {
public:
  const float *at(unsigned Offset) const { return Samples.data() + Offset; } // expected-note{{pointer into a temporary of type 'std::vector<float>' obtained here}}
  void release() { std::vector<float>().swap(Samples); } // expected-note{{the buffers of a temporary of type 'std::vector<float>' and 'Samples' were exchanged}}

private:
  std::vector<float> Samples = std::vector<float>(64);
};

#define RELEASE(bank) (bank).release()

float releasedByAMethod(SampleBank &bank) {
  const float *cursor = bank.at(8); // expected-note{{'cursor' now points to the buffer of a temporary of type 'std::vector<float>'}}
  RELEASE(bank); // expected-note{{Calling 'SampleBank::release'}} expected-note{{Returning from 'SampleBank::release'}} expected-note{{a temporary of type 'std::vector<float>' ended when this call returned}}
  return *cursor; // expected-warning{{use of a pointer into a temporary of type 'std::vector<float>' after its function returned}} expected-note{{use of a pointer into a temporary}}
}

template <typename Container>
typename Container::value_type keptAcrossASwap(Container &c) {
  Container spare;
  auto *first = c.data();
  c.swap(spare);
  return *first;
}
template float keptAcrossASwap(std::vector<float> &);

float takenAfterTheSwap(std::vector<float> &samples) {
  std::vector<float>().swap(samples);
  samples.resize(8);
  const float *cursor = samples.data();
  return *cursor;
}
