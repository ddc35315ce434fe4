// Elaboration: the rewrites Dafny makes between parsing and resolution, done on the AST before
// the resolver sees it, so that the resolved program (and so the verifier and the backend) is a
// plain program with no refinement left in it.
//  - `module B refines A`: B receives copies of A's declarations it does not redeclare, and the
//    declarations it does redeclare are merged with A's (signatures and contracts inherited,
//    bodies added, `...` skeletons filled in), as Dafny's RefinementTransformer does.
//  - `class {:autocontracts} C`: the dynamic-frames boilerplate Dafny adds.
//  - Dafny 3's `reveal_f();` call of an opaque function f becomes `reveal f;`.
// Only the AST of `program` is changed (new nodes are added to its arena); the printer and
// `--dump-ast` see the program as parsed because they run before this.
#pragma once

#include <unordered_set>
#include <vector>

#include "common/context.h"
#include "frontend/ast.h"

namespace dfy {

// What the resolver checks after resolution, as Dafny's refinement does once names are bound.
struct Elaboration {
  // Statements of refining bodies that match nothing inherited: they may not assign to state
  // of the refined module.
  std::vector<const Stmt*> added;
  // Every node copied from a refined module (its declarations and variables are inherited).
  std::unordered_set<const Node*> inherited;
  // The declarations a refining module inherits whole (not redeclared), with their members:
  // verified in the refined module, not again.
  std::unordered_set<const Decl*> inherited_whole;
};

Elaboration Elaborate(Program& program, Context& ctx);

// Expands every `module B refines A` of `program` (refine.cpp).
void RefineModules(Program& program, Context& ctx, Elaboration& out);

// Dafny's {:autocontracts} for the classes of module `m` (autocontracts.cpp): the Repr field,
// Valid()'s frame and body, and the contracts and Repr updates of the members, as Dafny's
// AutoContractsRewriter adds them. Members in `refined` come from a refined module, where they
// were processed already.
void AutoContracts(ModuleDecl* m, Arena& arena, Context& ctx,
                   const std::unordered_set<const Decl*>& refined);

// The members of a class, trait, datatype, newtype or abstract type; null for other
// declarations.
std::vector<Decl*>* MembersOf(Decl* d);

}  // namespace dfy
