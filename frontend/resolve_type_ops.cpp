// `e as T` and `e is T`: their typing, Dafny's checks of type tests once inference is done, the
// subtype relation those checks use, and whether a type test can run in compiled code.
#include "frontend/resolver.h"

namespace dfy::resolve {

bool Resolver::HasProxy(const Type* t) {
  t = Walk(t);
  if (t->kind == TypeKind::Proxy) return true;
  for (const Type* a : t->args) {
    if (HasProxy(a)) return true;
  }
  return false;
}

const Type* Resolver::InferTypeOp(const TypeOpExpr* e, const CodeContext& cc) {
  const Type* from = ResolveExpr(e->operand, cc);
  const Type* to = ResolveType(e->type, cc.module);
  if (Base(to)->kind == TypeKind::Error) return e->kind == ExprKind::TypeTest ? t_.Bool() : to;
  // Dafny's assignability constraint between T and e's type (either way for references),
  // checked when the callable's types are inferred, as Dafny solves it at the end.
  auto assignable = [&] {
    bool proxies = HasProxy(from) || HasProxy(to);
    // Between two classes or traits, one above the other, no type argument is inferred: Dafny
    // reports `g as E` (g: G<int>, E<X> extends G<X>) as a cast to E<?>.
    const Type* bt = Base(to);
    const Type* bf = Base(from);
    bool related = bt->kind == TypeKind::UserDefined && bf->kind == TypeKind::UserDefined &&
                   bt->decl != bf->decl;
    bool unified = related ? IsSubtypeDecl(bt->decl, bf->decl) || IsSubtypeDecl(bf->decl, bt->decl)
                           : Unify(to, from);
    pending_type_ops_.push_back({e, to, proxies, unified});
  };
  if (e->kind == ExprKind::TypeTest) {
    assignable();
    type_tests_.push_back(e);
    rp_->tested_type_[e] = to;
    return t_.Bool();
  }
  const Type* fs = Shape(from);
  const Type* ts = Shape(to);
  bool numeric_from = IsIntLike(fs) || IsRealLike(fs) || fs->kind == TypeKind::BitVector ||
                      fs->kind == TypeKind::Char || fs->kind == TypeKind::Ordinal ||
                      fs->kind == TypeKind::Proxy;
  bool numeric_to = IsIntLike(ts) || IsRealLike(ts) || ts->kind == TypeKind::BitVector ||
                    ts->kind == TypeKind::Char || ts->kind == TypeKind::Ordinal;
  if (numeric_to) {
    if (!numeric_from && fs->kind != TypeKind::Error) {
      TypeError(e->tok, fmt::format("type conversion to {} is allowed only from numeric and "
                                    "bitvector types, char, and ORDINAL (got {})",
                                    IsIntLike(ts)                ? std::string("an int-based type")
                                    : IsRealLike(ts)             ? std::string("a real-based type")
                                    : ts->kind == TypeKind::Char ? std::string("a char type")
                                                                 : TypeName(to),
                                    TypeName(Zonk(from))));
    }
    if (Walk(from)->kind == TypeKind::Proxy) Unify(from, t_.Int());
  } else if (IsReference(to)) {
    assignable();
  } else {
    TypeError(e->tok, fmt::format("type conversions are not supported to this type (got {})",
                                  TypeName(to)));
  }
  return to;
}

// The assignability of the callable's type tests and casts to reference types, once its types
// are inferred: those whose types were known when met first, then the others (the order in
// which Dafny's constraint solver reports them). A reference type must be a subtype or a
// supertype of the other one, type arguments included; a type argument left to inference
// and never determined fails, as in Dafny (`t is Box`).
void Resolver::CheckTypeOpsAssignable() {
  for (int pass = 0; pass < 2; ++pass) {
    for (const PendingTypeOp& p : pending_type_ops_) {
      if (p.had_proxies != (pass == 1)) continue;
      const Type* from = Zonk(rp_->expr_type_[p.e->operand->id]);
      const Type* to = Zonk(p.to);
      if (!from || Base(from)->kind == TypeKind::Error) continue;
      bool ok = p.unified && !HasProxy(to) && !HasProxy(from);
      if (ok && IsReference(to) && IsReference(from)) {
        ok = IsSubtypeOf(from, to, true) || IsSubtypeOf(to, from, true);
      }
      if (ok) continue;
      TypeError(p.e->tok,
                fmt::format("{} '{}' must be from an expression assignable to it "
                            "(got '{}')",
                            p.e->kind == ExprKind::TypeTest ? "type test for type"
                                                            : "type cast to reference type",
                            TypeName(to), TypeName(from)));
    }
  }
  pending_type_ops_.clear();
}

// Dafny's checks of a module's type tests once its types are inferred, when it has no errors
// (CheckTypeInferenceVisitor, with the default --general-traits=legacy): T must be a supertype or a
// subtype of e's type, and a test that is not always true must be of a reference type.
void Resolver::CheckTypeTests() {
  for (const TypeOpExpr* e : type_tests_) {
    const Type* from = Zonk(rp_->expr_type_[e->operand->id]);
    const Type* to = rp_->tested_type_[e];
    if (!from || !to || Base(from)->kind == TypeKind::Error || Base(to)->kind == TypeKind::Error)
      continue;
    if (IsSubtypeOf(from, to, true)) continue;
    if (!IsSubtypeOf(to, from, true)) {
      TypeError(e->tok, fmt::format("a type test to '{}' must be from a compatible type (got '{}')",
                                    TypeName(to), TypeName(from)));
    } else if (!IsReference(to)) {
      TypeError(e->tok, fmt::format("a non-trivial type test is allowed only for reference types "
                                    "(tried to test if '{}' is a '{}')",
                                    TypeName(from), TypeName(to)));
    }
  }
}

// One step of Dafny's NormalizeExpandKeepConstraints: `string` is seq<char>; subset types
// (nat, user subset types) are kept.
static const Type* KeepConstraints(const TypeTable& t, const Type* x) {
  return x->kind == TypeKind::String ? t.Seq(t.Char()) : x;
}

// The direct supertypes of `t` that Dafny's ParentTypes gives: a subset type's base, the
// traits a class or trait extends (with its arguments substituted), the next wider arrow.
std::vector<const Type*> Resolver::ParentTypes(const Type* t) {
  std::vector<const Type*> out;
  if (t->kind == TypeKind::Nat) {
    out.push_back(t_.Int());
  } else if (t->kind == TypeKind::Arrow && t->name != "~>") {
    out.push_back(t_.Get(TypeKind::Arrow, t->args, 0, t->name == "->" ? "-->" : "~>"));
  } else if (t->kind == TypeKind::UserDefined) {
    TypeInfo* ti = InfoOf(t->decl);
    if (!ti) return out;
    Subst s;
    for (size_t i = 0; ti->type_params && i < ti->type_params->size() && i < t->args.size(); ++i) {
      s[t_.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i), (*ti->type_params)[i].name,
               t->decl)] = t->args[i];
    }
    if (t->decl->kind == DeclKind::SubsetType || t->decl->kind == DeclKind::TypeSynonym) {
      if (ti->base && !OpaqueHere(t->decl)) out.push_back(Substitute(ti->base, s));
    } else {
      for (const Type* p : ti->parents) out.push_back(Substitute(p, s));
    }
  }
  return out;
}

// Dafny's Type.IsSubtypeOf(super, ignoreTypeArguments: false, ignoreNullity): subset types
// are kept (nat <: int, not int <: nat); a class or trait is a subtype of the traits it extends
// and of object; type arguments follow the variance of their parameters.
bool Resolver::IsSubtypeOf(const Type* sub, const Type* super, bool ignore_nullity) {
  sub = KeepConstraints(t_, Walk(sub));
  super = KeepConstraints(t_, Walk(super));
  if (sub == super) return true;
  if (sub->kind == TypeKind::Error || super->kind == TypeKind::Error) return true;
  bool same_head = sub->kind == super->kind && sub->decl == super->decl &&
                   sub->width == super->width && sub->args.size() == super->args.size() &&
                   (sub->kind != TypeKind::Arrow || sub->name == super->name);
  if (same_head && !ignore_nullity && sub->nullable && !super->nullable) return false;
  if (same_head) {
    for (size_t i = 0; i < sub->args.size(); ++i) {
      char variance = 0;
      switch (sub->kind) {
        case TypeKind::Seq:
        case TypeKind::Set:
        case TypeKind::ISet:
        case TypeKind::Multiset:
        case TypeKind::Map:
        case TypeKind::IMap:
        case TypeKind::Tuple:
          variance = '+';
          break;
        case TypeKind::Arrow:
          variance = i + 1 == sub->args.size() ? '+' : '-';
          break;
        case TypeKind::UserDefined: {
          const std::vector<TypeParam>* tps = TypeParamsOf(sub->decl);
          if (tps && i < tps->size()) variance = (*tps)[i].variance;
          break;
        }
        default:
          break;
      }
      const Type* a = sub->args[i];
      const Type* b = super->args[i];
      bool ok = variance == '+' || variance == '*' ? IsSubtypeOf(a, b, false)
                : variance == '-'                  ? IsSubtypeOf(b, a, false)
                                  : KeepConstraints(t_, Walk(a)) == KeepConstraints(t_, Walk(b));
      if (!ok) return false;
    }
    return true;
  }
  if (super->kind == TypeKind::Object) {
    return IsReference(sub) && (ignore_nullity || super->nullable || !sub->nullable);
  }
  for (const Type* p : ParentTypes(sub)) {
    if (IsSubtypeOf(p, super, ignore_nullity)) return true;
  }
  return false;
}

// Dafny's ExpressionTester.IsTypeTestCompilable: a test that is always true (up to a null
// check) compiles; one to a type parameter never does; otherwise T's type parameters must be
// determined by the type arguments of e's type (T's formal parameters, seen as e's type, must
// mention them all), or the test would recover type arguments at run time.
bool Resolver::TypeTestCompilable(const TypeOpExpr* e) {
  const Type* from = rp_->TypeOf(e->operand);
  const Type* to = rp_->TestedType(e);
  // A type left undetermined has been reported already.
  if (!from || !to || HasProxy(from) || HasProxy(to)) return true;
  if (IsSubtypeOf(from, to, true)) return true;
  to = Walk(to);
  if (to->kind == TypeKind::TypeParam) return false;
  if (to->kind != TypeKind::UserDefined) return true;
  TypeInfo* bi = InfoOf(to->decl);
  if (!bi || !bi->type_params || bi->type_params->empty()) return true;
  // B<X...> as the type of e's head A: walk up B's parents to A.
  const Type* a = Base(from);
  const Type* as_parent = nullptr;
  std::vector<const Type*> work{ThisType(bi)};
  for (size_t i = 0; i < work.size() && !as_parent; ++i) {
    if (a->kind == TypeKind::UserDefined && work[i]->decl == a->decl) as_parent = work[i];
    for (const Type* p : ParentTypes(work[i])) work.push_back(p);
  }
  std::set<uint32_t> mentioned;
  std::function<void(const Type*)> collect = [&](const Type* t) {
    if (t->kind == TypeKind::TypeParam && t->decl == to->decl) mentioned.insert(t->width);
    for (const Type* x : t->args) collect(x);
  };
  if (as_parent) collect(as_parent);
  return mentioned.size() == bi->type_params->size();
}

}  // namespace dfy::resolve
