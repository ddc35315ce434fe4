// The call graph of a program's methods and functions, with its strongly connected components:
// a call needs a termination check exactly when caller and callee share a component.
#pragma once

#include <unordered_map>
#include <vector>

#include "frontend/resolve.h"

namespace dfy {

class CallGraph {
 public:
  explicit CallGraph(const ResolvedProgram& rp);
  bool SameCluster(const Decl* a, const Decl* b) const;
  // True when `d` can call itself, directly or through others.
  bool IsRecursive(const Decl* d) const;

 private:
  std::unordered_map<const Decl*, std::vector<const Decl*>> edges_;
  std::unordered_map<const Decl*, int> component_;
};

}  // namespace dfy
