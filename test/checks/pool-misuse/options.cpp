// Pools named by the check's options, and a malformed option.
//
// Positives: Depot::lend/reclaim named in AcquireFunctions and
// ReleaseFunctions (with and without the leading '::'), used after release.
// Negatives: the same code without the options is silent.
//
// RUN: %tidy --checks='-*,lifeguard-pool-misuse' --config="{CheckOptions: {lifeguard-pool-misuse.AcquireFunctions: '::Depot::lend', lifeguard-pool-misuse.ReleaseFunctions: 'Depot::reclaim'}}" %s -- -std=c++17 -I%S/Inputs -I%src_root/include | FileCheck %s --implicit-check-not='{{warning|error}}:'
// RUN: %tidy --checks='-*,lifeguard-pool-misuse' %s -- -std=c++17 -I%S/Inputs -I%src_root/include | count 0
// RUN: not %tidy --checks='-*,lifeguard-pool-misuse' --config="{CheckOptions: {lifeguard-pool-misuse.AcquireFunctions: 'Depot::lend(); ::x'}}" %s -- -std=c++17 -I%S/Inputs -I%src_root/include 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: error: invalid name 'Depot::lend()' in option 'lifeguard-pool-misuse.AcquireFunctions': expected a qualified function name such as '::ConnectionPool::borrow' [clang-tidy-config]

#include "pools.h"

void configured(Depot &arena) {
  Connection *c = arena.lend();
  arena.reclaim(c);
  // CHECK: :[[@LINE+3]]:3: warning: use of an object after it was released to its pool [lifeguard-pool-misuse]
  // CHECK: :[[@LINE-3]]:19: note: acquired from 'arena' here
  // CHECK: :[[@LINE-3]]:3: note: released here
  c->send("late");
}
