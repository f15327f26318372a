// Stack-address escape into members of *this.
//
// Positives: the address of a local (or of a by-value parameter) stored into
// a member, written `member = &x` and `this->member = &x`, through a
// variable, into a member struct's field, a member vector or map, a member
// object whose add() stores its argument, a member set by another method of
// *this, a base-class member, a member reached through a pimpl pointer or
// through a reference to *this; constructors that keep the address of a
// by-value parameter in a
// pointer member (`Foo(int x) : p_(&x) {}`), in the body, or bind a
// reference member to it.
// Negatives: addresses of other members, globals, heap memory, reference
// and pointer parameters; values copied into members; pointers stored into
// members of local objects; a local published in a member (or a global)
// and taken back before return when the member still holds it (`if
// (manual_ == &job) manual_ = nullptr;`, also `!=` and the operands
// swapped), next to the test that takes it back on the wrong branch.
//
// RUN: %tidy --checks='-*,lifeguard-stack-address-escape' %s -- -std=c++17 -I%S/Inputs -Wno-dangling -Wno-return-stack-address | FileCheck %s --implicit-check-not='{{warning|error}}:'

#include <map>
#include <memory>
#include <string>
#include <vector>

int g_value;

struct Holder {
  int *ptr = nullptr;
};

class Registry {
public:
  void add(int *p) { items_.push_back(p); }

private:
  std::vector<int *> items_;
};

class Widget {
public:
  // ===== Positives =====

  void storeIntoMember() {
    int local = 1;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into member 'p_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
    p_ = &local;
  }

  void storeIntoMemberThroughThis() {
    int local = 1;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into member 'p_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
    this->p_ = &local;
  }

  void storeIntoMemberThroughVariable() {
    int local = 1;
    int *tmp = &local;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into member 'p_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE-2]]:{{[0-9]+}}: note: address of 'local' taken here
    p_ = tmp;
  }

  void storeParameterAddressIntoMember(int value) {
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'value' escapes into member 'p_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'value' taken here
    p_ = &value;
  }

  void storeIntoMemberStructField() {
    int local = 1;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into member 'holder_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
    holder_.ptr = &local;
  }

  void pushIntoMemberVector() {
    int local = 1;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into member 'items_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
    items_.push_back(&local);
  }

  void storeIntoMemberMap(int key) {
    int local = key;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into member 'index_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
    index_[key] = &local;
  }

  void addToMemberRegistry() {
    int local = 1;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into member 'registry_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
    registry_.add(&local);
  }

  void storeThroughOwnSetter() {
    int local = 1;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into member 'p_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
    setTarget(&local);
  }

  void storeThroughOwnSetterViaThis() {
    int local = 1;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into member 'p_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
    this->setTarget(&local);
  }

  // ===== Negatives =====

  void setTarget(int *p) { p_ = p; }
  void storeOtherMemberAddress() { p_ = &other_; }
  void storeGlobalAddress() { p_ = &g_value; }
  void storeStaticLocalAddress() {
    static int counter = 0;
    p_ = &counter;
  }
  void storeHeapPointer() { p_ = new int(1); }
  void storeReferenceParameterAddress(int &r) { p_ = &r; }
  void storePointerParameter(int *q) { p_ = q; }
  void pushReferenceParameterAddress(int &r) { items_.push_back(&r); }
  void copyLocalValueIntoMember() {
    int local = 2;
    other_ = local;
  }
  void storeMemberAddressThroughSetter() { setTarget(&other_); }
  int *addressOfMember() { return &other_; }
  int &referenceToMember() { return other_; }

private:
  int *p_ = nullptr;
  int other_ = 0;
  Holder holder_;
  std::vector<int *> items_;
  std::map<int, int *> index_;
  Registry registry_;
};

// ===== Positives: constructors =====

struct ParamAddressInInitializer {
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'x' escapes into member 'p_' of '*this' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'x' taken here
  explicit ParamAddressInInitializer(int x) : p_(&x) {}
  int *p_;
};

struct ParamAddressInBody {
  explicit ParamAddressInBody(int x) {
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'x' escapes into member 'p_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'x' taken here
    p_ = &x;
  }
  int *p_ = nullptr;
};

struct ReferenceMemberBoundToParam {
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'x' escapes into member 'r_' of '*this' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: reference to 'x' bound here
  explicit ReferenceMemberBoundToParam(int x) : r_(x) {}
  const int &r_;
};

struct LocalAddressInConstructor {
  LocalAddressInConstructor() {
    int local = 0;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into member 'p_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
    p_ = &local;
  }
  int *p_ = nullptr;
};

struct StringParamAddressInInitializer {
  // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of parameter 'name' escapes into member 'name_' of '*this' [lifeguard-stack-address-escape]
  // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'name' taken here
  explicit StringParamAddressInInitializer(std::string name) : name_(&name) {}
  const std::string *name_;
};

// ===== Positives: base members, pimpl, references to *this =====

struct Base {
  int *p_ = nullptr;
};

struct Derived : Base {
  void storeIntoBaseMember() {
    int local = 1;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into member 'p_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
    p_ = &local;
  }
};

class WithPimpl {
public:
  WithPimpl() : impl_(new Impl) {}
  void storeThroughPimpl() {
    int local = 1;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into member 'impl_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
    impl_->target = &local;
  }

private:
  struct Impl {
    int *target = nullptr;
  };
  std::unique_ptr<Impl> impl_;
};

class SelfReference {
public:
  void storeThroughReferenceToThis() {
    SelfReference &self = *this;
    int local = 1;
    // CHECK: :[[@LINE+2]]:{{[0-9]+}}: warning: address of local variable 'local' escapes into member 'p_' of '*this' [lifeguard-stack-address-escape]
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: note: address of 'local' taken here
    self.p_ = &local;
  }

private:
  int *p_ = nullptr;
};

// ===== Negatives: constructors and local objects =====

struct ReferenceParamAddress {
  explicit ReferenceParamAddress(int &x) : p_(&x) {}
  int *p_;
};

struct PointerParam {
  explicit PointerParam(int *x) : p_(x) {}
  int *p_;
};

struct ReferenceMemberBoundToReferenceParam {
  explicit ReferenceMemberBoundToReferenceParam(const int &x) : r_(x) {}
  const int &r_;
};

struct CopiesParam {
  explicit CopiesParam(int x) : value_(x) {}
  int value_;
};

struct PointsToOwnMember {
  explicit PointsToOwnMember(int x) : value_(x), p_(&value_) {}
  int value_;
  int *p_;
};

void storeIntoFieldOfLocalObject() {
  int local = 1;
  Holder h;
  h.ptr = &local;
  g_value = *h.ptr;
}

void setTargetOfLocalWidget() {
  int local = 1;
  Widget w;
  w.setTarget(&local);
  w.storeOtherMemberAddress();
}

void constructLocalKeeperFromLocal() {
  int local = 1;
  ReferenceParamAddress keeper(local);
  g_value = *keeper.p_;
}

struct ManualCompactor {
  struct Job {
    int level;
    bool done;
  };
  Job *manual_ = nullptr;
  void schedule();
  void wait();

  void runManual(int level) {
    Job job{level, false};
    while (!job.done) {
      if (manual_ == nullptr) {
        manual_ = &job;
        schedule();
      } else {
        wait();
      }
    }
    if (manual_ == &job)
      manual_ = nullptr;
  }

  void runManualWrongBranch(int level) {
    Job job{level, false};
    // CHECK: :[[@LINE+1]]:{{[0-9]+}}: warning: address of local variable 'job' escapes into member 'manual_' of '*this' [lifeguard-stack-address-escape]
    manual_ = &job;
    if (manual_ != &job)
      manual_ = nullptr;
  }
};

int *g_published;

void publishAndTakeBack() {
  int x = 0;
  g_published = &x;
  if (&x == g_published)
    g_published = nullptr;
}

void publishAndTakeBackEarlyReturn() {
  int x = 0;
  g_published = &x;
  if (g_published != &x)
    return;
  g_published = nullptr;
}
