// Deep copies of AST nodes, for the elaboration that runs before resolution (refinement copies
// inherited declarations into the refining module). A copy gets fresh expression, statement and
// variable ids from the same arena and keeps the source ranges of what it copies, so a
// diagnostic in inherited code points at the text that was written.
#pragma once

#include <unordered_map>
#include <vector>

#include "frontend/ast.h"

namespace dfy {

class Cloner {
 public:
  explicit Cloner(Arena& arena) : arena_(arena) {}

  // Each returns null for null. Nodes shared in the original (the middle operand of a chained
  // comparison, a variable named by a pattern and by its declaration) stay shared in the copy.
  Expr* Clone(const Expr* e);
  Stmt* Clone(const Stmt* s);
  BlockStmt* Clone(const BlockStmt* b) {
    return static_cast<BlockStmt*>(Clone(static_cast<const Stmt*>(b)));
  }
  Var* Clone(const Var* v);
  TypeExpr* Clone(const TypeExpr* t);
  Pattern* Clone(const Pattern* p);
  Decl* Clone(const Decl* d);

  Attribute Clone(const Attribute& a);
  Spec Clone(const Spec& s);
  TypeParam Clone(const TypeParam& tp);
  // Every copy made so far.
  const std::vector<Node*>& copies() const { return copied_; }
  // Starts an independent copy: what was copied before is copied anew (and not shared with the
  // earlier copy), as a second module refining the same base needs its own declarations.
  void Restart() { done_.clear(); }

  template <typename T>
  std::vector<T> CloneAll(const std::vector<T>& xs) {
    std::vector<T> out;
    out.reserve(xs.size());
    for (const auto& x : xs) out.push_back(Clone(x));
    return out;
  }

 private:
  template <typename T>
  T* Copy(const T* n);
  void Fix(QuantifierDomain& d);
  void Fix(LoopSpecs& l);
  void Fix(GuardedAlternative& g);

  Arena& arena_;
  std::unordered_map<const Node*, Node*> done_;
  std::vector<Node*> copied_;
};

}  // namespace dfy
