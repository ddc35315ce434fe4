// Dafny's $Is for the types with constraints: nat, subset types (`type S = x: T | p`) and
// newtypes (`newtype N = x: int | p`), and collections of them. A value of such a type is a
// value of its base type (the same Z3 sort); the constraint is assumed where a value of the type
// appears (parameters, havocked variables, function results, bound variables) and checked where
// one is made: assignments and arguments of a wider type, newtype arithmetic, literals and
// conversions, and the witness that shows the type is inhabited.
#include <fmt/format.h>

#include <optional>
#include <unordered_set>

#include "verifier/encoder.h"

namespace dfy::verify {

using vir::Obligation;

bool IsConstrainedType(const Type* t) {
  return t->kind == TypeKind::UserDefined && t->decl &&
         (t->decl->kind == DeclKind::Newtype || t->decl->kind == DeclKind::SubsetType);
}

const Type* Underlying(const ResolvedProgram& rp, const Type* t) {
  for (int depth = 0; t && IsConstrainedType(t) && depth < 64; ++depth) {
    const Type* base = rp.MemberType(t->decl);
    if (!base) break;
    t = base;
  }
  return t;
}

const DatatypeDecl* DatatypeDeclOf(const ResolvedProgram& rp, const Type* t) {
  return static_cast<const DatatypeDecl*>(Underlying(rp, t)->decl);
}

const Type* Symbols::Erase(const Type* t) const {
  t = Underlying(rp, t);
  if (t->kind == TypeKind::Nat) return rp.types.Int();
  // string is seq<char>: one sort for both.
  if (t->kind == TypeKind::String) return rp.types.Get(TypeKind::Seq, {rp.types.Char()});
  if (t->args.empty()) return t;
  Type copy = *t;
  for (const Type*& a : copy.args) a = Erase(a);
  return rp.types.Get(copy);
}

const Type* Lowerer::CalleeType(const Decl* callee, const Binding& b, const Expr* callee_expr,
                                const Type* t) {
  Symbols::SubstScope scope(sym_, callee, InstanceOf(b, callee_expr));
  return sym_.Apply(t);
}

const Type* Lowerer::CtorFieldType(const Type* t, size_t ctor, size_t j) {
  t = Underlying(rp_, sym_.Apply(t));
  auto* dt = static_cast<const DatatypeDecl*>(t->decl);
  return SubstituteParams(rp_.types, rp_.TypeOf(dt->ctors[ctor].formals[j]), dt, t->args);
}

bool Lowerer::HasSubsetType(const Type* t) {
  t = sym_.Apply(t);
  if (t->kind == TypeKind::Nat || IsConstrainedType(t)) return true;
  if (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::Datatype) {
    std::string key = sym_.TypeKey(t);
    if (auto it = sym_.constrained_datatypes.find(key); it != sym_.constrained_datatypes.end()) {
      return it->second;
    }
    sym_.constrained_datatypes[key] = false;  // a recursive field adds nothing
    auto* dt = static_cast<const DatatypeDecl*>(t->decl);
    bool found = false;
    for (size_t i = 0; i < dt->ctors.size() && !found; ++i) {
      for (size_t j = 0; j < dt->ctors[i].formals.size() && !found; ++j) {
        found = HasSubsetType(CtorFieldType(t, i, j));
      }
    }
    sym_.constrained_datatypes[key] = found;
    return found;
  }
  // (-> and --> values read nothing, a constraint on the values of their sort.)
  if (t->kind == TypeKind::Arrow) return t->name != "~>" || HasSubsetType(t->args.back());
  if (t->kind == TypeKind::Array || t->kind == TypeKind::UserDefined) return false;
  for (const Type* a : t->args) {
    if (HasSubsetType(a)) return true;
  }
  return false;
}

// The constraint of a subset type or newtype alone (not its base type's), for value `v`.
z3::expr Lowerer::OwnConstraint(const NewtypeDecl* nt, const z3::expr& v) {
  if (!nt->constraint || !nt->var) return c_.bool_val(true);
  Env env;
  env.insert_or_assign(nt->var, v);
  return Tr(nt->constraint, env, sym_.BaseLayer());
}

z3::expr Lowerer::DatatypeIs(const Type* t, const z3::expr& v) {
  t = sym_.Apply(t);
  std::string key = sym_.TypeKey(t);
  if (auto it = sym_.type_predicates.find(key); it != sym_.type_predicates.end()) {
    return it->second(v);
  }
  z3::func_decl is = c_.function(("$Is#" + key).c_str(), sym_.SortOf(t), c_.bool_sort());
  sym_.type_predicates.emplace(key, is);
  const auto& info = sym_.Datatype(t);
  auto* dt = static_cast<const DatatypeDecl*>(t->decl);
  z3::expr x = c_.constant(("$d#" + key).c_str(), sym_.SortOf(t));
  z3::expr body = c_.bool_val(true);
  for (size_t i = 0; i < dt->ctors.size(); ++i) {
    z3::expr fields = c_.bool_val(true);
    for (size_t j = 0; j < dt->ctors[i].formals.size(); ++j) {
      const Type* ft = CtorFieldType(t, i, j);
      if (HasSubsetType(ft)) fields = fields && IsType(ft, info.accessors[i][j](x));
    }
    body = body && z3::implies(info.testers[i](x), fields);
  }
  sym_.AddAxiom(Forall(c_, {x}, is(x) == body, {is(x)}));
  return is(v);
}

// v with one if-then-else lifted to its top, f(ite(c, a, b)) as ite(c, f(a), f(b)), or nothing
// when v has none outside quantifiers. `plain` holds the ids of subterms known to have none (v
// is a DAG).
static std::optional<z3::expr> LiftIte(const z3::expr& v, std::unordered_set<unsigned>& plain) {
  if (v.is_ite()) return v;
  if (!v.is_app() || plain.contains(v.id())) return std::nullopt;
  for (unsigned i = 0; i < v.num_args(); ++i) {
    std::optional<z3::expr> a = LiftIte(v.arg(i), plain);
    if (!a) continue;
    z3::expr_vector then_args(v.ctx()), else_args(v.ctx());
    for (unsigned j = 0; j < v.num_args(); ++j) {
      then_args.push_back(j == i ? a->arg(1) : v.arg(j));
      else_args.push_back(j == i ? a->arg(2) : v.arg(j));
    }
    return z3::ite(a->arg(0), v.decl()(then_args), v.decl()(else_args));
  }
  plain.insert(v.id());
  return std::nullopt;
}

z3::expr Lowerer::IsType(const Type* t, const z3::expr& v) {
  t = sym_.Apply(t);
  if (!HasSubsetType(t)) return c_.bool_val(true);
  if (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::Datatype) {
    return DatatypeIs(t, v);
  }
  if (t->kind == TypeKind::Arrow) return ArrowIs(t, v);
  if (t->kind == TypeKind::Tuple) {
    const auto& info = sym_.Tuple(t);
    z3::expr all = c_.bool_val(true);
    for (size_t i = 0; i < t->args.size(); ++i) {
      if (HasSubsetType(t->args[i])) all = all && IsType(t->args[i], info.accessors[0][i](v));
    }
    return all;
  }
  if (t->kind == TypeKind::Nat) return v >= 0;
  if (IsConstrainedType(t)) {
    const Type* base = rp_.MemberType(t->decl);
    z3::expr own = OwnConstraint(static_cast<const NewtypeDecl*>(t->decl), v);
    return base ? IsType(base, v) && own : own;
  }
  // The quantifiers below have a term of v as their trigger, which may hold no if-then-else
  // (Z3: "invalid pattern"; the value of a function whose body has an `if` inside a `var`):
  // the cases are checked apart.
  std::unordered_set<unsigned> plain;
  if (std::optional<z3::expr> lifted = LiftIte(v, plain)) {
    return z3::ite(lifted->arg(0), IsType(t, lifted->arg(1)), IsType(t, lifted->arg(2)));
  }
  const Type* e = t->args[0];
  z3::expr x = sym_.Fresh("$e", t->kind == TypeKind::Seq ? rp_.types.Int() : e);
  switch (t->kind) {
    case TypeKind::Seq: {
      const auto& q = sym_.SeqOf(t);
      z3::expr item = q.index(v, x);
      return Forall(c_, {x}, z3::implies(0 <= x && x < q.length(v), IsType(e, item)), {item});
    }
    case TypeKind::Set:
    case TypeKind::ISet: {
      z3::expr in = sym_.SetOf(t).member(v, x);
      return Forall(c_, {x}, z3::implies(in, IsType(e, x)), {in});
    }
    case TypeKind::Multiset: {
      z3::expr n = sym_.MultisetOf(t).count(v, x);
      return Forall(c_, {x}, z3::implies(0 < n, IsType(e, x)), {n});
    }
    case TypeKind::Map:
    case TypeKind::IMap: {
      const auto& m = sym_.MapOf(t);
      z3::expr in = t->kind == TypeKind::Map ? sym_.coll.Set(m.key).member(m.domain(v), x)
                                             : sym_.coll.ISet(m.key).member(m.domain(v), x);
      return Forall(c_, {x}, z3::implies(in, IsType(e, x) && IsType(t->args[1], m.select(v, x))),
                    {in});
    }
    default:
      return c_.bool_val(true);
  }
}

// What a bound variable of a quantifier or comprehension ranges over, beyond its range
// expression: the values of its type (a nat is not negative, a non-null reference not null).
z3::expr Lowerer::BoundRange(const Type* t, const z3::expr& x) {
  if (t->kind == TypeKind::Nat) return x >= 0;
  if (IsConstrainedType(t)) return IsType(t, x);
  if (IsReference(t) && !t->nullable) return x != sym_.null_ref;
  return c_.bool_val(true);
}

z3::expr Lowerer::BindFresh(const std::vector<const Var*>& vars, Env& env,
                            std::vector<z3::expr>& bound) {
  z3::expr range = c_.bool_val(true);
  for (const Var* v : vars) {
    bound.push_back(sym_.Fresh(v->name, rp_.TypeOf(v)));
    env.insert_or_assign(v, bound.back());
    range = range && BoundRange(rp_.TypeOf(v), bound.back());
  }
  return range;
}

void Lowerer::AssertIsType(const Type* target, const Type* source, SourceRange at,
                           const z3::expr& value, const z3::expr& guard) {
  // A constrained type itself (nat, a subset type, a newtype) is reported by name; a
  // collection of them as an instance check.
  // (A ~> type's constraint is on its results only: an instance check, as Dafny reports it.)
  bool direct = target->kind == TypeKind::Nat || IsConstrainedType(target) ||
                (target->kind == TypeKind::Arrow && target->name != "~>");
  z3::expr is = IsType(target, value);
  // A ~> value (which may read the heap) given for a -> or -->: checked through its heap
  // versions in the current heap, after which it is known to be of the target type.
  const Type* from = source ? sym_.Apply(source) : nullptr;
  std::optional<z3::expr> then;
  if (direct && target->kind == TypeKind::Arrow && from && from->kind == TypeKind::Arrow &&
      from->name == "~>") {
    auto [ok, follows] = HeapArrowAsPlain(sym_.Apply(target), value);
    is = ok;
    then = follows;
  }
  Obligation kind = !direct                           ? Obligation::SubsetConstraint
                    : target->kind != TypeKind::Arrow ? Obligation::SubsetConstraintOf
                    : target->name == "-->"           ? Obligation::ArrowReadsConstraint
                                                      : Obligation::ArrowConstraint;
  Assert(kind, at, z3::implies(guard, is));
  if (direct) {
    task_.asserts.back().subject = TypeName(target);
  } else {
    task_.asserts.back().subject = TypeName(source);
    task_.asserts.back().subject2 = TypeName(target);
  }
  if (then) Assume(z3::implies(guard, *then));
}

void Lowerer::CheckSubset(const Type* target, const Expr* value_expr, const z3::expr& value,
                          const z3::expr& guard) {
  if (!HasSubsetType(target) || rp_.TypeOf(value_expr) == target) return;
  // A constructor call made for the target type (`Some(-1)` as an Option<nat>): its arguments
  // are checked against the target's field types, as Dafny infers them.
  const Type* source = rp_.TypeOf(value_expr);
  if (value_expr->kind == ExprKind::Call && target->kind == TypeKind::UserDefined &&
      source->kind == TypeKind::UserDefined && source->decl == target->decl) {
    auto* call = static_cast<const CallExpr*>(value_expr);
    const Binding& b = rp_.CalleeOf(call);
    if (b.datatype && b.ctor >= 0 &&
        call->args.size() == b.datatype->ctors[b.ctor].formals.size()) {
      // (In the order of the formals: an argument may be named.)
      std::vector<const Expr*> args = CtorArgs(call, b.datatype->ctors[b.ctor]);
      for (size_t i = 0; i < args.size(); ++i) {
        CheckSubset(CtorFieldType(target, b.ctor, i), args[i], Tr(args[i]), guard);
      }
      return;
    }
  }
  AssertIsType(target, rp_.TypeOf(value_expr), value_expr->tok, Unlit(value), guard);
}

void Lowerer::CheckOutSubset(const Type* target, const Type* source, SourceRange at,
                             const z3::expr& value) {
  if (!HasSubsetType(target) || target == source) return;
  AssertIsType(target, source, at, value, c_.bool_val(true));
}

// A value made by an operation of a newtype (a literal, arithmetic, a conversion) must satisfy
// the newtype's constraint: "result of operation might violate newtype constraint".
void Lowerer::CheckNewtypeResult(const Expr* e, const z3::expr& guard) {
  const Type* t = rp_.TypeOf(e);
  if (!IsConstrainedType(t)) return;
  bool newtype = t->decl->kind == DeclKind::Newtype;
  z3::expr ok = IsType(t, Unlit(Tr(e)));
  if (newtype || e->kind == ExprKind::Conversion) {
    Assert(newtype ? Obligation::NewtypeConstraint : Obligation::SubsetConversion, e->tok,
           z3::implies(guard, ok));
    task_.asserts.back().subject = TypeName(t);
  } else {
    AssertIsType(t, rp_.TypeOf(e), e->tok, Unlit(Tr(e)), guard);
  }
}

// Dafny's value tried for a type without a witness clause, as it prints it; nullopt when it
// has none that dfyc knows.
std::optional<std::pair<z3::expr, std::string>> Lowerer::DefaultValue(const Type* t) {
  const Type* u = Underlying(rp_, t);
  switch (u->kind) {
    case TypeKind::Int:
    case TypeKind::Nat:
      return std::make_pair(c_.int_val(0), std::string("0"));
    case TypeKind::Real:
      return std::make_pair(c_.real_val(0), std::string("0.0"));
    case TypeKind::Bool:
      return std::make_pair(c_.bool_val(false), std::string("false"));
    case TypeKind::Char:
      return std::make_pair(c_.int_val('D'), std::string("'D'"));
    case TypeKind::String:
    case TypeKind::Seq:
      return std::make_pair(sym_.SeqOf(u).empty(), std::string("[]"));
    case TypeKind::Set:
      return std::make_pair(sym_.SetOf(u).empty(), std::string("{}"));
    case TypeKind::Multiset:
      return std::make_pair(sym_.MultisetOf(u).empty(), std::string("multiset{}"));
    case TypeKind::Map:
      return std::make_pair(sym_.MapOf(u).empty(), std::string("map[]"));
    case TypeKind::BitVector:
      return std::make_pair(c_.bv_val(0, u->width), std::string("0"));
    default:
      return std::nullopt;
  }
}

// The task of a module-level const with a value: its initializer is well formed and of its type.
void Lowerer::LowerConstDecl(const ConstDecl* cd) {
  if (!cd->init) return;
  if (IsObjectConst(rp_, cd)) {
    // Its value is checked for any object of its class.
    HavocHeap(true);
    z3::expr self = c_.constant("this", sym_.ref_sort);
    env_.insert_or_assign(&this_var_, self);
    Assume(self != sym_.null_ref && z3::select(HeapValue(Symbols::kAllocPart, env_), self));
    AssumeClassOf(rp_.OwnerOf(cd), self);
  } else if (IsValueConst(rp_, cd)) {
    // ... and for any value of its datatype or newtype.
    z3::expr self = c_.constant("this", sym_.ReceiverSort(cd));
    env_.insert_or_assign(&this_var_, self);
    AssumeValueReceiver(cd, self);
  }
  WellFormed(cd->init, c_.bool_val(true));
  const Type* t = rp_.MemberType(cd);
  size_t before = task_.asserts.size();
  CheckSubset(t, cd->init, Tr(cd->init), c_.bool_val(true));
  // Dafny checks the value of a const of a constrained type even when it is plainly of it (a
  // task to count, which cannot fail).
  if (task_.asserts.size() == before && HasSubsetType(t)) {
    Assert(Obligation::SubsetConstraintOf, cd->init->tok, IsType(t, Unlit(Tr(cd->init))));
    task_.asserts.back().subject = TypeName(t);
  }
}

// The task of a subset type or newtype: its constraint is well formed for every value of the
// base type, and the witness (given, or Dafny's default value) satisfies it.
void Lowerer::LowerTypeDecl(const NewtypeDecl* nt) {
  const Type* base = rp_.MemberType(nt);
  if (!nt->var || !nt->constraint || !base) return;
  z3::expr x = sym_.Fresh(nt->var->name, base);
  env_.insert_or_assign(nt->var, x);
  Assume(IsType(base, x));
  WellFormed(nt->constraint, c_.bool_val(true));
  if (nt->witness_kind == WitnessKind::Star) return;
  z3::expr w(c_);
  Obligation kind = Obligation::Witness;
  SourceRange at = nt->name_range;
  std::string tried;
  if (nt->witness) {
    WellFormed(nt->witness, c_.bool_val(true));
    w = Unlit(Tr(nt->witness));
    at = nt->witness->tok;
  } else {
    auto d = DefaultValue(base);
    if (!d) throw std::logic_error("verifier: no default value for type " + TypeName(base));
    w = d->first;
    tried = d->second;
    kind = Obligation::WitnessDefault;
  }
  env_.insert_or_assign(nt->var, w);
  std::vector<AssertItem> items;
  z3::expr base_ok = IsType(base, w).simplify();
  if (!base_ok.is_true()) items.push_back({kind, at, base_ok, std::nullopt});
  std::vector<Conjunct> parts = Conjuncts(nt->constraint);
  for (const Conjunct& part : parts) {
    std::optional<SourceRange> related;
    if (parts.size() > 1) related = part->tok;
    items.push_back({kind, at, Tr(part, env_, sym_.BaseLayer()), related});
  }
  size_t first = task_.asserts.size();
  AssertGroup(items);
  for (size_t i = first; i < task_.asserts.size(); ++i) task_.asserts[i].subject = tried;
}

}  // namespace dfy::verify
