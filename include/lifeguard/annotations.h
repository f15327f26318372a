//===-- lifeguard/annotations.h - Teach lifeguard your pool ---------------===//
//
// Put LIFEGUARD_ACQUIRE on a function that hands out an object of a pool,
// LIFEGUARD_RELEASE on one that takes it back (its first pointer or
// reference argument that is not the pool itself is the object):
//
//   struct Registry {
//     LIFEGUARD_ACQUIRE Connection *open(const char *name);
//     LIFEGUARD_RELEASE void close(Connection *c);
//   };
//
// lifeguard-pool-misuse then reports a Connection used after close(). Under
// compilers other than clang the macros expand to nothing.
//
//===----------------------------------------------------------------------===//

#ifndef LIFEGUARD_ANNOTATIONS_H
#define LIFEGUARD_ANNOTATIONS_H

#if defined(__clang__)
#define LIFEGUARD_ACQUIRE [[clang::annotate("lifeguard::acquire")]]
#define LIFEGUARD_RELEASE [[clang::annotate("lifeguard::release")]]
#else
#define LIFEGUARD_ACQUIRE
#define LIFEGUARD_RELEASE
#endif

#endif // LIFEGUARD_ANNOTATIONS_H
