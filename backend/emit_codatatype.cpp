// Codatatypes (their classes are emitted by emit_datatype.cpp): which constructor applications
// are evaluated lazily, and which types lose equality by holding a codatatype.
//
// Dafny's resolver marks a constructor application of a codatatype as a co-call when one of
// its arguments calls a function of the same strongly connected component of the call graph
// as the function whose body it is in (`Cons(n, From(n + 1))` in From); its compilers build
// that value lazily, so that an infinite value is computed only as far as it is used. dfyc's
// resolver keeps no call graph: the emitter finds the functions a body calls (Callees) and
// asks whether the called function reaches the enclosing one.
#include "backend/emitter.h"
#include "frontend/ast_visit.h"

namespace dfy::backend {

bool Emitter::HasNullaryCtor(const DatatypeDecl* d) const {
  for (const DatatypeCtor& c : d->ctors) {
    if (!c.ghost && c.formals.empty()) return true;
  }
  return false;
}

bool Emitter::ContainsCodatatype(const Type* t) const {
  const Type* b = BaseOf(t);
  if (!b) return false;
  if (b->kind == TypeKind::UserDefined && b->decl && b->decl->kind == DeclKind::Datatype &&
      static_cast<const DatatypeDecl*>(b->decl)->co) {
    return true;
  }
  for (const Type* a : b->args) {
    if (ContainsCodatatype(a)) return true;
  }
  return false;
}

const std::vector<const FunctionDecl*>& Emitter::Callees(const FunctionDecl* f) {
  auto [it, inserted] = callees_.try_emplace(f);
  if (!inserted || !f->body) return it->second;
  std::vector<const FunctionDecl*> found;
  std::function<void(const dfy::Expr*)> walk = [&](const dfy::Expr* e) {
    if (!e) return;
    if (e->kind == ExprKind::Call) {
      const Binding& b = rp_.CalleeOf(static_cast<const dfy::CallExpr*>(e));
      if (b.function) found.push_back(b.function);
    }
    ForEachSubExpr(e, walk);
  };
  walk(f->body);
  callees_[f] = std::move(found);
  return callees_[f];
}

bool Emitter::Reaches(const FunctionDecl* from, const FunctionDecl* to) {
  std::set<const FunctionDecl*> seen;
  std::vector<const FunctionDecl*> work = {from};
  while (!work.empty()) {
    const FunctionDecl* f = work.back();
    work.pop_back();
    if (f == to) return true;
    if (!seen.insert(f).second) continue;
    for (const FunctionDecl* g : Callees(f)) work.push_back(g);
  }
  return false;
}

bool Emitter::IsCoCall(const dfy::CallExpr* c) {
  const Binding& b = rp_.CalleeOf(c);
  if (!b.datatype || !b.datatype->co || !function_) return false;
  bool co_call = false;
  std::function<void(const dfy::Expr*)> walk = [&](const dfy::Expr* e) {
    if (!e || co_call) return;
    if (e->kind == ExprKind::Call) {
      const Binding& callee = rp_.CalleeOf(static_cast<const dfy::CallExpr*>(e));
      if (callee.function && Reaches(callee.function, function_)) co_call = true;
    }
    ForEachSubExpr(e, walk);
  };
  for (const dfy::Expr* a : c->args) walk(a);
  return co_call;
}

std::string Emitter::CoCall(const dfy::CallExpr* c, const std::string& value) {
  // In a member of a datatype, `this` is a handle that may not outlive the call: the lazy
  // value keeps a copy.
  std::string capture = CaptureList();
  if (member_scope_ && type_ && type_->kind == DeclKind::Datatype) capture = "[=, *this]";
  std::string type = CppType(rp_.TypeOf(c), c->tok);
  return type + "::Lazy(" + capture + "() -> " + type + " { return " + value + "; })";
}

}  // namespace dfy::backend
