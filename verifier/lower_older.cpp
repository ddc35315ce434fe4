// `older` formals of predicates (Dafny's OlderCondition and IsOlderProofObligation): when the
// predicate holds, each `older` formal is allocated in every heap in which the other formals
// (and the receiver) are. Checked in the predicate's well-formedness task and assumed in its
// consequence axiom, both for the heaps tagged $OlderTag only: the check's heap is such a heap,
// so the condition of each predicate the body calls is instantiated there (a recursive
// predicate uses its own for its recursive calls).
#include <fmt/format.h>

#include <set>

#include "verifier/encoder.h"

namespace dfy::verify {

namespace {

// Whether a value of type t may hold object references (Dafny's MayInvolveReferences). A type
// parameter or an opaque type may.
bool HoldsReferences(const ResolvedProgram& rp, const Type* t, std::set<const Decl*>& seen) {
  switch (t->kind) {
    case TypeKind::Bool:
    case TypeKind::Int:
    case TypeKind::Nat:
    case TypeKind::Real:
    case TypeKind::Char:
    case TypeKind::String:
    case TypeKind::BitVector:
    case TypeKind::Ordinal:
      return false;
    case TypeKind::Array:
    case TypeKind::Object:
    case TypeKind::TypeParam:
      return true;
    case TypeKind::UserDefined:
      break;
    default:
      for (const Type* a : t->args) {
        if (HoldsReferences(rp, a, seen)) return true;
      }
      return false;
  }
  const Decl* d = t->decl;
  if (IsClassLike(d)) return true;
  if (IsConstrainedType(t)) {
    const Type* base = rp.MemberType(d);
    return !base || HoldsReferences(rp, base, seen);
  }
  if (d->kind != DeclKind::Datatype) return true;
  for (const Type* a : t->args) {
    if (HoldsReferences(rp, a, seen)) return true;
  }
  // The constructors' fields, the datatype's own type parameters standing for the arguments
  // just checked.
  if (!seen.insert(d).second) return false;
  for (const DatatypeCtor& c : static_cast<const DatatypeDecl*>(d)->ctors) {
    for (const Var* v : c.formals) {
      const Type* ft = rp.TypeOf(v);
      if (ft->kind == TypeKind::TypeParam && ft->decl == d) continue;
      if (HoldsReferences(rp, ft, seen)) return true;
    }
  }
  return false;
}

}  // namespace

namespace {

// OlderAllocExpressible, with the datatypes whose fields are being checked (a recursive
// occurrence is what is being decided).
bool AllocExpressible(const ResolvedProgram& rp, const Type* t, std::set<const Decl*>& within) {
  std::set<const Decl*> seen;
  if (!HoldsReferences(rp, t, seen)) return true;
  switch (t->kind) {
    case TypeKind::Array:
    case TypeKind::Object:
    case TypeKind::TypeParam:
      return true;
    case TypeKind::Seq:
    case TypeKind::Set:
    case TypeKind::ISet:
    case TypeKind::Multiset:
      return AllocExpressible(rp, t->args[0], within);
    case TypeKind::Map:
    case TypeKind::IMap:
      return AllocExpressible(rp, t->args[0], within) && AllocExpressible(rp, t->args[1], within);
    case TypeKind::UserDefined: {
      if (IsClassLike(t->decl)) return true;
      if (IsConstrainedType(t)) {
        const Type* base = rp.MemberType(t->decl);
        return base && AllocExpressible(rp, base, within);
      }
      if (t->decl->kind != DeclKind::Datatype) return false;
      auto* dt = static_cast<const DatatypeDecl*>(t->decl);
      for (const Type* a : t->args) {
        if (!AllocExpressible(rp, a, within)) return false;
      }
      // Each constructor's fields, the datatype's own type parameters standing for the
      // arguments just checked (Dafny's per-constructor $IsAlloc axioms).
      if (!within.insert(dt).second) return true;
      for (const DatatypeCtor& c : dt->ctors) {
        for (const Var* v : c.formals) {
          if (!AllocExpressible(rp, rp.TypeOf(v), within)) return false;
        }
      }
      return true;
    }
    default:
      return false;
  }
}

}  // namespace

bool OlderAllocExpressible(const ResolvedProgram& rp, const Type* t) {
  std::set<const Decl*> within;
  return AllocExpressible(rp, t, within);
}

// Dafny's $IsAlloc(v, t, h) for the allocation map `alloc`, where dfyc can state it.
std::optional<z3::expr> Lowerer::AllocatedIn(const Type* t, const z3::expr& v,
                                             const z3::expr& alloc) {
  t = sym_.Apply(t);
  std::set<const Decl*> seen;
  if (!HoldsReferences(rp_, t, seen)) return c_.bool_val(true);
  if (IsReference(t)) return v == sym_.null_ref || z3::select(alloc, v);
  switch (t->kind) {
    case TypeKind::TypeParam: {
      // Some allocation predicate of the values of an uninstantiated type parameter.
      z3::sort s = v.get_sort();
      z3::func_decl is_alloc = c_.function(fmt::format("$IsAlloc#{}", s.name().str()).c_str(), s,
                                           alloc.get_sort(), c_.bool_sort());
      return is_alloc(v, alloc);
    }
    case TypeKind::Seq: {
      // By index, as Dafny's $IsAlloc of a sequence (triggered by s[i]).
      const auto& q = sym_.SeqOf(t);
      z3::expr i = c_.constant(fmt::format("$older_i#{}", sym_.NextId()).c_str(), c_.int_sort());
      z3::expr x = q.index(v, i);
      std::optional<z3::expr> inner = AllocatedIn(t->args[0], x, alloc);
      if (!inner) return std::nullopt;
      return Forall(c_, {i}, z3::implies(0 <= i && i < q.length(v), *inner), {x});
    }
    case TypeKind::Set:
    case TypeKind::ISet:
    case TypeKind::Multiset: {
      z3::expr o = sym_.Fresh("$older_o", t->args[0]);
      std::optional<z3::expr> inner = AllocatedIn(t->args[0], o, alloc);
      if (!inner) return std::nullopt;
      z3::expr in = HasElement(t, v, o);
      return Forall(c_, {o}, z3::implies(in, *inner), {in});
    }
    case TypeKind::Map:
    case TypeKind::IMap: {
      // Each key of the domain and the value it maps to, as Dafny's $IsAlloc of a map. Keys
      // are of the key type (a non-null reference is not null), which Dafny's $Is of the map
      // states beside.
      z3::expr k = sym_.Fresh("$older_k", t->args[0]);
      std::optional<z3::expr> key = AllocatedIn(t->args[0], k, alloc);
      std::optional<z3::expr> value = AllocatedIn(t->args[1], sym_.MapOf(t).select(v, k), alloc);
      if (!key || !value) return std::nullopt;
      z3::expr in = HasElement(t, v, k);
      return Forall(c_, {k}, z3::implies(in && BoundRange(t->args[0], k), *key && *value), {in});
    }
    case TypeKind::UserDefined: {
      if (IsConstrainedType(t)) {
        if (const Type* base = rp_.MemberType(t->decl)) return AllocatedIn(base, v, alloc);
        return std::nullopt;
      }
      if (t->decl->kind != DeclKind::Datatype) return std::nullopt;
      // A datatype value: Dafny's $IsAlloc of the datatype, a predicate of each instantiation
      // defined by its constructors: each field of the constructor that made the value is
      // allocated. (Recursive occurrences use the predicate being defined. The definition
      // is monotone in them, so some predicate meets it, for a codatatype's infinite values
      // too: the axiom is consistent, as Dafny's per-constructor $IsAlloc axioms are.)
      const auto& info = sym_.Datatype(t);
      std::string name = "$IsAlloc#" + info.sort.name().str();
      z3::func_decl pred = c_.function(name.c_str(), info.sort, alloc.get_sort(), c_.bool_sort());
      auto [it, first] = sym_.alloc_predicates.emplace(name, true);
      if (first) {
        z3::expr d = c_.constant(fmt::format("$alloc_d#{}", sym_.NextId()).c_str(), info.sort);
        z3::expr h =
            c_.constant(fmt::format("$alloc_h#{}", sym_.NextId()).c_str(), alloc.get_sort());
        z3::expr def = c_.bool_val(true);
        bool ok = true;
        for (size_t i = 0; ok && i < info.ctors.size(); ++i) {
          z3::expr fields = c_.bool_val(true);
          for (size_t j = 0; ok && j < info.accessors[i].size(); ++j) {
            std::optional<z3::expr> a =
                AllocatedIn(info.field_types[i][j], info.accessors[i][j](d), h);
            if (a) {
              fields = fields && *a;
            } else {
              ok = false;
            }
          }
          def = def && z3::implies(info.testers[i](d), fields);
        }
        // (Left undefined when a field's allocation cannot be stated: the caller then states
        // nothing of it.)
        sym_.alloc_predicates[name] = ok;
        if (ok) {
          z3::expr app = pred(d, h);
          sym_.AddAxiom(Forall(c_, {d, h}, app == def.simplify(), {app}));
        }
        it = sym_.alloc_predicates.find(name);
      }
      if (!it->second) return std::nullopt;
      return pred(v, alloc);
    }
    default:
      return std::nullopt;
  }
}

// For every allocation map h tagged $OlderTag(h): when f holds (`self`) and its receiver and
// other formals are allocated in h, so are its `older` formals. A formal whose allocation dfyc
// cannot state is left out of the premise (the subset checker rejects an `older` one).
std::optional<z3::expr> Lowerer::OlderCondition(const FunctionDecl* f, const z3::expr& self,
                                                const Env& env) {
  bool any = false;
  for (const Var* p : f->params) any = any || p->is_older;
  if (!any) return std::nullopt;
  z3::sort alloc_sort = sym_.HeapParts()[Symbols::kAllocPart].sort;
  z3::expr h = c_.constant("$olderHeap", alloc_sort);
  z3::func_decl tag = c_.function("$OlderTag", alloc_sort, c_.bool_sort());
  z3::expr newer = c_.bool_val(true);
  z3::expr older = c_.bool_val(true);
  if (sym_.HasReceiver(f)) {
    if (auto it = env.find(&this_var_); it != env.end()) {
      const Decl* owner = rp_.OwnerOf(f);
      if (z3::eq(it->second.get_sort(), sym_.ref_sort)) {
        newer = newer && z3::select(h, it->second);
      } else if (auto a = AllocatedIn(sym_.SelfType(owner), it->second, h)) {
        newer = newer && *a;
      }
    }
  }
  for (const Var* p : f->params) {
    std::optional<z3::expr> a = AllocatedIn(rp_.TypeOf(p), env.at(p), h);
    if (!a) continue;
    if (p->is_older) {
      older = older && *a;
    } else {
      newer = newer && *a;
    }
  }
  z3::expr t = tag(h);
  return Forall(c_, {h}, z3::implies(t && self && newer, older), {t});
}

// Dafny's IsOlderProofObligation message for f's formals.
std::string OlderMessage(const FunctionDecl* f, bool has_receiver) {
  size_t older = 0;
  for (const Var* p : f->params) older += p->is_older ? 1 : 0;
  size_t other = f->params.size() - older + (has_receiver ? 1 : 0);
  std::string failure_other = older == 1 && other == 1 ? "the other parameter"
                              : other == 1             ? "the non-'older' parameter"
                                                       : "all non-'older' parameters";
  return fmt::format(
      "{} 'older' parameter might be newer than {} when the predicate returns "
      "'true'",
      older == 1 ? "the" : "an", failure_other);
}

}  // namespace dfy::verify
