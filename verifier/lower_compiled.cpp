// Obligations about how the program runs. Of compiled code only (the resolver marks it:
// ResolvedProgram::InCompiledContext): a datatype value of a ghost constructor has no run-time
// representation, so compiled code may not test, destruct, update or compare one (Dafny's
// NotGhostVariant). And a {:concurrent} declaration reads and modifies nothing.
#include <fmt/format.h>

#include "verifier/encoder.h"

namespace dfy::verify {

using vir::Obligation;

namespace {

// 'a', 'a' and 'b', 'a', 'b' and 'c' (Dafny's PrintableNameList with "and").
std::string NamesWithAnd(const std::vector<std::string>& names) {
  std::string list;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) list += names.size() == 2 ? " " : ", ";
    if (i > 0 && i + 1 == names.size()) list += "and ";
    list += "'" + names[i] + "'";
  }
  return list;
}

}  // namespace

void Lowerer::CheckNotGhostVariant(const Expr* e, const z3::expr& guard) {
  if (!rp_.InCompiledContext(e)) return;
  // The datatype value, its type, the constructors the operation accepts, what it is.
  auto check = [&](const Expr* value, std::vector<size_t> candidates, const std::string& what) {
    const Type* t = Underlying(rp_, sym_.Apply(rp_.TypeOf(value)));
    if (t->kind != TypeKind::UserDefined || !t->decl || t->decl->kind != DeclKind::Datatype) return;
    auto* dt = static_cast<const DatatypeDecl*>(t->decl);
    if (candidates.empty()) {
      for (size_t i = 0; i < dt->ctors.size(); ++i) candidates.push_back(i);
    }
    const auto& info = sym_.Datatype(t);
    z3::expr d = Tr(value);
    z3::expr ok = c_.bool_val(true);
    std::vector<std::string> ghosts;
    for (size_t i : candidates) {
      if (!dt->ctors[i].ghost) continue;
      ok = ok && !info.testers[i](d);
      ghosts.push_back(dt->ctors[i].name);
    }
    if (ghosts.empty()) return;
    Assert(Obligation::NotGhostVariant, e->tok, z3::implies(guard, ok));
    task_.asserts.back().subject = what;
    task_.asserts.back().subject2 = PrintableNameList(ghosts);
  };
  if (e->kind == ExprKind::Select) {
    auto* s = static_cast<const SelectExpr*>(e);
    const Binding& b = rp_.BindingOf(e);
    if (!b.datatype) return;
    if (b.ctor_test) {
      check(s->object, {}, fmt::format("discriminator '{}'", s->member));
    } else if (b.destructor >= 0) {
      std::vector<size_t> having;
      for (size_t i = 0; i < b.datatype->ctors.size(); ++i) {
        for (const Var* f : b.datatype->ctors[i].formals) {
          if (f->name == s->member) having.push_back(i);
        }
      }
      if (!having.empty()) check(s->object, having, fmt::format("destructor '{}'", s->member));
    }
  } else if (e->kind == ExprKind::DatatypeUpdate) {
    auto* u = static_cast<const DatatypeUpdateExpr*>(e);
    std::vector<size_t> candidates = UpdateCandidates(u);
    if (!candidates.empty()) check(u->object, candidates, "update of " + NamesWithAnd(u->fields));
  } else if (e->kind == ExprKind::Binary) {
    auto* b = static_cast<const BinaryExpr*>(e);
    if (b->op != BinaryOp::Eq && b->op != BinaryOp::Neq) return;
    check(b->lhs, {}, "equality");
    check(b->rhs, {}, "equality");
  }
}

void Lowerer::CheckConcurrentFrame(const Decl* d, const std::vector<Expr*>& frames, bool star,
                                   const char* which) {
  bool concurrent = false;
  for (const Attribute& a : d->attributes) concurrent = concurrent || a.name == "concurrent";
  if (!concurrent) return;
  for (const Expr* f : frames) star = star || f->kind == ExprKind::Wildcard;
  z3::expr empty = c_.bool_val(!star);
  if (!star && !frames.empty()) {
    z3::expr o = c_.constant(fmt::format("$co#{}", sym_.NextId()).c_str(), sym_.ref_sort);
    z3::expr allocated = o != sym_.null_ref && z3::select(HeapValue(Symbols::kAllocPart, env_), o);
    empty = z3::forall(o, z3::implies(allocated, !InFrame(frames, o, env_, nullptr, true)));
  }
  Assert(Obligation::ConcurrentFrameEmpty, d->name_range, empty);
  task_.asserts.back().subject = which;
}

}  // namespace dfy::verify
