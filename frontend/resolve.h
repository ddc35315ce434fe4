// Name resolution and type checking: Program (untyped AST) -> ResolvedProgram (side tables).
// The AST is not modified; every result lives in the tables below, indexed by node ids.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/context.h"
#include "frontend/ast.h"
#include "frontend/types.h"

namespace dfy {

// What a name or a call denotes.
struct Binding {
  const Var* var = nullptr;
  const FunctionDecl* function = nullptr;
  const MethodDecl* method = nullptr;
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
  // Methods and functions of the program, in declaration order.
  const std::vector<const Decl*>& callables() const { return callables_; }
  const MethodDecl* FindMethod(const std::string& name) const;
  const Type* ResultType(const FunctionDecl* f) const { return function_result_.at(f); }
  // Declared ghost, or inferred ghost from its initializer (`var x := GhostFunction()`).
  bool IsGhost(const Var* v) const { return v->ghost || ghost_var_[v->id]; }

  // Written by the resolver only.
  std::vector<const Type*> expr_type_;
  std::vector<const Type*> var_type_;
  std::vector<bool> ghost_var_;
  std::vector<Binding> binding_;
  std::vector<const Decl*> callables_;
  std::map<std::string, const Decl*> top_level_;
  std::map<const FunctionDecl*, const Type*> function_result_;
};

// Resolves `program`; reports ResolutionError / TypeError / Unsupported diagnostics to ctx.
std::unique_ptr<ResolvedProgram> Resolve(const Program& program, Context& ctx);

}  // namespace dfy
