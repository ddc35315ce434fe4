// Internal to module refinement (refine*.cpp): the Refiner, Dafny's RefinementTransformer,
// split by phase:
//   refine.cpp            the refinement graph, which declarations merge, consts and members
//   refine_signatures.cpp type parameters, parameters, functions and methods
//   refine_bodies.cpp     skeleton bodies filled in from the refined body, new statements
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "frontend/ast_visit.h"
#include "frontend/clone.h"
#include "frontend/elaborate.h"
#include "frontend/printer.h"

namespace dfy::refine {

// Dafny's name for the kind of a declaration in refinement errors ("class", "method").
const char* WhatKind(const Decl* d);
const std::vector<TypeParam>* TypeParamsOf(const Decl* d);
// Whether two type expressions are written the same.
bool SameTypeExpr(const TypeExpr* a, const TypeExpr* b);
bool IsMember(const Decl* d);

class Refiner {
 public:
  Refiner(Program& p, Context& ctx) : p_(p), ctx_(ctx), cl_(p.arena) {}

  void Run(Elaboration& out);

 private:
  void Error(SourceRange at, std::string msg);

  void IndexParents(ModuleDecl* m);

  // The module a `refines` clause names: its first segment is looked up in the enclosing
  // module and then outwards, the others inside what was found.
  ModuleDecl* Lookup(ModuleDecl* scope, const ModuleDecl* self, const std::string& path);

  void Expand(ModuleDecl* m);

  void CheckSuperfluous(std::vector<Decl*>& decls, const std::set<std::string>& refined);

  Decl* CloneInherited(const Decl* d);
  void MarkCloned(Decl* c);

  void Merge(ModuleDecl* m, const ModuleDecl* base);
  void AnchorImport(ImportDecl* imp, const ModuleDecl* base, const ModuleDecl* m);

  void MergeTop(Decl* nw, const Decl* d);

  void MergeAttributes(Decl* nw, const Decl* prev);

  void MergeMembers(Decl* nw, const Decl* prev);

  void MergeMember(std::vector<Decl*>& ms, size_t index, const Decl* prev,
                   const std::string& owner);

  void MergeConst(ConstDecl* nw, const Decl* prev_decl, const std::string& owner);

  // Dafny's CheckAgreement_TypeParameters: the same number and names of type parameters, with
  // the same characteristics, variance and bounds. (Dafny lets a type parameter add (==) when
  // equality support was inferred for it in the refined module; dfyc, which does not infer it
  // here, only reports a (==) taken away.)
  void CheckTypeParams(SourceRange at, const Decl* prev, const Decl* nw, const std::string& thing);

  // Dafny's CheckAgreement_Parameters: the same number, names and types of parameters.
  void CheckParams(const Decl* nw, const std::vector<Var*>& old, const std::vector<Var*>& now,
                   const char* thing, const char* kind);

  static std::vector<Attribute> Concat(std::vector<Attribute> a, const std::vector<Attribute>& b);

  Decl* MergeFunction(FunctionDecl* f, const Decl* prev_decl);

  Decl* MergeMethod(MethodDecl* m, const Decl* prev_decl);

  // A constructor's body is two lists, before and after `new;`; each is merged on its own.
  void MergeDivided(const MethodDecl* m, const MethodDecl* prev, MethodDecl* c);

  // --- statements ---------------------------------------------------------------------

  BlockStmt* NewBlock(SourceRange at);

  void CollectLocals(const std::vector<Stmt*>& ss);

  BlockStmt* MergeBlock(BlockStmt* skel, const BlockStmt* old);

  // The names a left-hand side list assigns, when each is a local variable (Dafny compares
  // resolved identifiers; before resolution a name declared as a local or a parameter of the
  // refined method is one).
  bool LhsAgree(const std::vector<Expr*>& old, const std::vector<Expr*>& now);

  static bool VarsAgree(const Stmt* a, const Stmt* b);
  static bool IsVarDecl(const Stmt* s);
  static bool IsPredicate(const Stmt* s);
  static bool IsIf(const Stmt* s);
  // A skeleton statement `assert ...;`, `if ... { }`, `while ...`, `modify ...`: Dafny's name
  // of it in "... template does not match inherited statement" (null for `...;`), and whether
  // it matches inherited statement `old`.
  static const char* TemplateName(StmtKind of);
  static bool TemplateMatches(StmtKind of, const Stmt* old);

  bool PotentialMatch(const Stmt* nxt, const Stmt* other);

  PredicateStmt* NewAssert(SourceRange at, Expr* e);

  std::vector<Stmt*> MergeList(const std::vector<Stmt*>& skel, const std::vector<Stmt*>& old);

  WhileStmt* MergeWhile(WhileStmt* nw, const WhileStmt* old, Expr* guard);

  Stmt* MergeElse(Stmt* skel, const Stmt* old);

  // A statement of the refining body that matches nothing of the refined one: Dafny's
  // CheckIsOkayNewStatement.
  void Add(Stmt* s, std::vector<Stmt*>& body);

  void CheckNew(const Stmt* s, std::vector<std::string>& labels, int loops);

  Program& p_;
  Context& ctx_;
  Cloner cl_;
  std::map<const Decl*, ModuleDecl*> parent_;
  std::map<const Decl*, int> state_;
  std::set<std::string> locals_;
  std::vector<const Stmt*> added_;
  // Members copied or merged from a refined module (Dafny's RefinementBase is set).
  std::unordered_set<const Decl*> refined_;
  // Declarations copied whole (CloneInherited), with their members.
  std::unordered_set<const Decl*> whole_;
};

}  // namespace dfy::refine
