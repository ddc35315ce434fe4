// Erasable datatype wrappers. Dafny's other compilers (--optimize-erasable-datatype-wrapper, on
// by default) compile a datatype that wraps one value as that value, so what its programs print
// is the value: `datatype W = W(x: int)` prints `W(3)` as `3`, and a wrapper of a string at top
// level as the string itself. dfyc keeps the datatype a class of its own in C++ (its
// destructors, members and `==` stay as they are) and prints and hashes it as Dafny does.
// The conditions are Dafny's (DatatypeWrapperEraser.IsErasableDatatypeWrapper): an inductive
// datatype, not {:extern}, with no parent traits and no non-ghost const members, exactly one
// non-ghost constructor with exactly one non-ghost formal, whose compiled type does not
// contain the datatype itself.
#include <set>

#include "backend/emitter.h"

namespace dfy::backend {

namespace {

// The one non-ghost formal if `d` passes every condition but the cycle check, else null.
const Var* Candidate(const ResolvedProgram& rp, const DatatypeDecl* d) {
  if (d->co || !d->extends.empty()) return nullptr;
  for (const Attribute& a : d->attributes) {
    if (a.name == "extern") return nullptr;
  }
  for (const Decl* m : d->members) {
    if (m->kind == DeclKind::Const && !m->ghost) return nullptr;
  }
  const DatatypeCtor* ctor = nullptr;
  for (const DatatypeCtor& c : d->ctors) {
    if (c.ghost) continue;
    if (ctor) return nullptr;
    ctor = &c;
  }
  if (!ctor) return nullptr;
  const Var* field = nullptr;
  for (const Var* f : ctor->formals) {
    if (rp.IsGhost(f)) continue;
    if (field) return nullptr;
    field = f;
  }
  return field;
}

}  // namespace

const Type* Emitter::SubstTypeParams(const Type* t, const std::vector<TypeParam>& params,
                                     const std::vector<const Type*>& args) const {
  if (!t) return t;
  if (t->kind == TypeKind::TypeParam) {
    for (size_t i = 0; i < params.size() && i < args.size(); ++i) {
      if (params[i].name == t->name) return args[i];
    }
    return t;
  }
  if (t->args.empty()) return t;
  Type copy = *t;
  for (const Type*& a : copy.args) a = SubstTypeParams(a, params, args);
  return rp_.types.Get(copy);
}

// Dafny's CompiledTypeContains: whether a walk through t's components (through erasable
// wrappers to their formal's type) meets `target` before a declaration in `visited`.
bool Emitter::CompiledTypeContains(const Type* t, const Decl* target,
                                   std::set<const Decl*> visited) const {
  t = BaseOf(t);
  if (!t) return false;
  if (t->kind == TypeKind::UserDefined && t->decl) {
    if (t->decl == target) return true;
    if (visited.count(t->decl)) return false;
    visited.insert(t->decl);
    if (t->decl->kind == DeclKind::Datatype) {
      auto* d = static_cast<const DatatypeDecl*>(t->decl);
      if (const Var* f = Candidate(rp_, d)) {
        if (CompiledTypeContains(SubstTypeParams(rp_.TypeOf(f), d->type_params, t->args), target,
                                 visited)) {
          return true;
        }
      }
    }
  }
  for (const Type* a : t->args) {
    if (CompiledTypeContains(a, target, visited)) return true;
  }
  return false;
}

const Var* Emitter::ErasableWrapperField(const DatatypeDecl* d) const {
  const Var* f = Candidate(rp_, d);
  if (!f || CompiledTypeContains(rp_.TypeOf(f), d, {})) return nullptr;
  return f;
}

const Type* Emitter::UnwrapErasable(const Type* t, std::string& value) const {
  for (int depth = 0; depth < 64; ++depth) {
    const Type* b = BaseOf(t);
    // A tuple with ghost components and one compiled one is compiled as that component.
    if (IsErasedTuple(b)) {
      t = b->args[CompiledComponents(b)[0]];
      continue;
    }
    if (!b || b->kind != TypeKind::UserDefined || !b->decl || b->decl->kind != DeclKind::Datatype) {
      return t;
    }
    auto* d = static_cast<const DatatypeDecl*>(b->decl);
    const Var* f = ErasableWrapperField(d);
    // An unnamed formal has no accessor; its datatype's Print still prints the value.
    if (!f || f->name.empty()) return t;
    value = "(" + value + ")." + CppName(f->name) + "()";
    t = SubstTypeParams(rp_.TypeOf(f), d->type_params, b->args);
  }
  return t;
}

}  // namespace dfy::backend
