// Name resolution and type checking: Program (untyped AST) -> ResolvedProgram (side tables).
// The AST is not modified; every result lives in the tables below, indexed by node ids.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "common/context.h"
#include "frontend/ast.h"
#include "frontend/types.h"

namespace dfy {

// What a name, a member selection or a call denotes.
struct Binding {
  const Var* var = nullptr;
  const FunctionDecl* function = nullptr;
  const MethodDecl* method = nullptr;
  // A field, a const, or a function or method used as a member (with `receiver`).
  const Decl* member = nullptr;
  // A datatype constructor (as a value, in a call, or tested by `d.C?`), or a destructor.
  const DatatypeDecl* datatype = nullptr;
  int ctor = -1;
  int destructor = -1;  // index of the formal in ctors[ctor] for `d.x`
  bool ctor_test = false;
  // A module, type or class name used as a qualifier (`M.f`, `C.StaticMethod`): no value.
  bool is_qualifier = false;
  // The type-parameter instantiation of a generic callee, type or constructor.
  std::vector<const Type*> type_args;
};

class ResolvedProgram {
 public:
  explicit ResolvedProgram(const Program& p) : program(p) {}

  const Program& program;
  TypeTable types;

  const Type* TypeOf(const Expr* e) const { return expr_type_[e->id]; }
  const Type* TypeOf(const Var* v) const { return var_type_[v->id]; }
  const Binding& BindingOf(const Expr* e) const { return binding_[e->id]; }
  // For a call expression, what it calls.
  const Binding& CalleeOf(const CallExpr* e) const { return binding_[e->id]; }
  // Methods and functions of the program, in declaration order (of every module and type).
  const std::vector<const Decl*>& callables() const { return callables_; }
  // Every declaration of the program, in declaration order, modules before their members.
  const std::vector<const Decl*>& decls() const { return decls_; }
  // The enclosing declaration of a member (a class, trait, datatype, newtype or module).
  const Decl* OwnerOf(const Decl* member) const {
    auto it = owner_.find(member);
    return it == owner_.end() ? nullptr : it->second;
  }
  const MethodDecl* FindMethod(const std::string& name) const;
  const Type* ResultType(const FunctionDecl* f) const { return function_result_.at(f); }
  // The declared type of a field or const; the base type of a newtype or subset type.
  const Type* MemberType(const Decl* d) const {
    auto it = member_type_.find(d);
    return it == member_type_.end() ? nullptr : it->second;
  }
  // The constructor a match or let pattern tests, or null for a variable or tuple pattern.
  const DatatypeCtor* PatternCtor(const Pattern* p) const {
    auto it = pattern_ctor_.find(p);
    return it == pattern_ctor_.end() ? nullptr : it->second;
  }
  // The number of type parameters Dafny made up for a declaration's signature (`seq` without
  // arguments): they follow the declared ones, numbered from kImplicitTypeParamBase.
  static constexpr uint32_t kImplicitTypeParamBase = 1000;
  // A declaration a refining module inherits unchanged from the module it refines (a copy):
  // verified there, not again (as Dafny does).
  bool IsInherited(const Decl* d) const { return inherited_.count(d) != 0; }
  uint32_t ImplicitTypeParams(const Decl* d) const {
    auto it = implicit_type_params_.find(d);
    return it == implicit_type_params_.end() ? 0 : it->second;
  }
  // The type `T` of a type test `e is T` (with the type arguments inference gave it); null for
  // any other expression. (For `e as T`, T is TypeOf of the conversion.)
  const Type* TestedType(const Expr* e) const {
    auto it = tested_type_.find(e);
    return it == tested_type_.end() ? nullptr : it->second;
  }
  // Declared ghost, or inferred ghost from its initializer (`var x := GhostFunction()`).
  bool IsGhost(const Var* v) const { return v->ghost || ghost_var_[v->id]; }
  // Whether `e` is in a compiled context (Dafny's CheckIsCompilable reaches it). Recorded only
  // for the expressions the verifier asks about: let-such-that expressions, datatype
  // discriminators, destructors and updates, and equalities.
  bool InCompiledContext(const Expr* e) const { return compiled_.count(e) != 0; }
  // `new T[n]` (neither initializer nor display) of an element type without a value compiled
  // code can start from (Dafny's HasCompilableValue): the array must be empty.
  bool ArrayNeedsEmpty(const Expr* e) const { return array_needs_empty_.count(e) != 0; }

  // Whether the body of function `d`, or the value of const `d`, is visible where `user` (a
  // declaration) is: false when `user`'s module imports `d`'s module only through export sets
  // that provide `d` without revealing it. The verifier leaves such definitions out.
  bool BodyVisibleFrom(const Decl* d, const Decl* user) const;

  // The traits a class or trait extends, with their type arguments (not `object`).
  const std::vector<const Type*>& ParentsOf(const Decl* d) const {
    static const std::vector<const Type*> none;
    auto it = parents_.find(d);
    return it == parents_.end() ? none : it->second;
  }
  // The member of a trait that a class's method or function overrides (null when none).
  const Decl* OverriddenOf(const Decl* member) const {
    auto it = overridden_.find(member);
    return it == overridden_.end() ? nullptr : it->second;
  }

  // Variables the resolver declares itself: `_k` in the body of an extreme lemma. Their ids
  // follow the parser's.
  std::vector<std::unique_ptr<Var>> synthetic_vars_;

  // Written by the resolver only.
  std::vector<const Type*> expr_type_;
  std::vector<const Type*> var_type_;
  std::vector<bool> ghost_var_;
  std::set<const Expr*> compiled_;
  std::set<const Expr*> array_needs_empty_;
  std::vector<Binding> binding_;
  std::vector<const Decl*> callables_;
  std::vector<const Decl*> decls_;
  std::map<const Decl*, const Decl*> owner_;
  std::map<std::string, const Decl*> top_level_;  // members of the default module
  std::map<const FunctionDecl*, const Type*> function_result_;
  std::map<const Decl*, const Type*> member_type_;
  std::map<const Pattern*, const DatatypeCtor*> pattern_ctor_;
  std::map<const Expr*, const Type*> tested_type_;
  std::map<const Decl*, uint32_t> implicit_type_params_;
  std::unordered_set<const Decl*> inherited_;
  std::map<const Decl*, std::vector<const Type*>> parents_;
  std::map<const Decl*, const Decl*> overridden_;
  // Functions and consts provided but not revealed -> the modules that import them so.
  std::map<const Decl*, std::set<const Decl*>> body_hidden_in_;
};

// Elaborates `program` (frontend/elaborate.h: module refinement, reveal_f()), which adds nodes
// to its AST, then resolves it; reports ResolutionError / TypeError / Unsupported diagnostics to
// ctx. The AST is not changed after this returns.
std::unique_ptr<ResolvedProgram> Resolve(Program& program, Context& ctx);

}  // namespace dfy
