// Objects of classes: fields as parts of the heap, `this`, field reads and assignments with
// their reads and modifies checks, and `new C(args)` with its constructor.
#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "frontend/ast_visit.h"
#include "verifier/encoder.h"

namespace dfy::verify {

using vir::Obligation;

z3::expr Lowerer::TrField(const Decl* field, const Type* receiver, const z3::expr& object,
                          const Env& env) {
  return z3::select(HeapValue(sym_.FieldPart(field, receiver), env), object);
}

const Type* Lowerer::ReceiverType(const Expr* target) {
  if (target->kind == ExprKind::Select) {
    return rp_.TypeOf(static_cast<const SelectExpr*>(target)->object);
  }
  // An implicit `this`: of the class whose member the expression is in (a field inherited from
  // a generic trait is seen through the class's extends clause).
  const Decl* owner = rp_.OwnerOf(rp_.BindingOf(target).member);
  const Decl* in = sym_.scope_decl ? sym_.scope_decl : decl_;
  const Decl* cls = in ? rp_.OwnerOf(in) : nullptr;
  if (cls && IsClassLike(cls) && InheritsFrom(rp_, cls, owner)) return sym_.SelfType(cls);
  return sym_.SelfType(owner);
}

z3::expr Lowerer::Receiver(const Expr* callee, const Env& env, const z3::expr& layer) {
  // o.P#[k](args): the receiver of the prefix predicate or lemma is that of o.P.
  if (callee->kind == ExprKind::PrefixName)
    callee = static_cast<const PrefixNameExpr*>(callee)->name;
  if (callee->kind == ExprKind::Select) {
    return Tr(static_cast<const SelectExpr*>(callee)->object, env, layer);
  }
  return env.at(&this_var_);
}

void Lowerer::WellFormedField(const Expr* e, const Expr* object, const Decl* field,
                              const z3::expr& guard) {
  z3::expr o = object ? Tr(object) : env_.at(&this_var_);
  // `this` is never null: Dafny makes no check for it.
  if (object && object->kind != ExprKind::This) {
    Assert(Obligation::NullTarget, e->tok, z3::implies(guard, o != sym_.null_ref));
  }
  if (in_old_) {
    Assert(Obligation::ReceiverAllocated, e->tok,
           z3::implies(guard, z3::select(HeapValue(Symbols::kAllocPart, env_), o)));
  }
  if (const std::vector<Expr*>* frame = CheckedReads()) {
    bool in_lambda = function_ == &lambda_frame_;
    bool reading_lambda = in_lambda && !lambda_frame_.reads.empty();
    Assert(in_default_              ? Obligation::ReadsFieldInDefault
           : reading_lambda         ? Obligation::ReadsFieldInReadingLambda
           : in_lambda              ? Obligation::ReadsFieldInLambda
           : !function_             ? Obligation::ReadsFieldInMethod
           : IsPredicate(function_) ? Obligation::ReadsFieldInPredicate
                                    : Obligation::ReadsField,
           e->tok, z3::implies(guard && reads_premise_, InFrame(*frame, o, ReadsEnv(), field)));
    std::string text = object ? ExprText(object) : "this";
    task_.asserts.back().subject = text;
    task_.asserts.back().subject2 = text + "`" + field->name;
    if (in_lambda && !reading_lambda) {
      task_.asserts.back().subject = ExprText(e);
      task_.asserts.back().subject2 = text;
    }
  }
}

void Lowerer::LowerFieldAssign(const Expr* lhs, const z3::expr& value, const Expr* rhs_expr,
                               const Env* at) {
  const Binding& b = rp_.BindingOf(lhs);
  const Expr* object =
      lhs->kind == ExprKind::Select ? static_cast<const SelectExpr*>(lhs)->object : nullptr;
  z3::expr o = object ? Tr(object, at ? *at : env_, sym_.BaseLayer()) : env_.at(&this_var_);
  // (`this` is never null, and a constructor's object is new: Dafny makes no check for them.)
  bool is_this = !object || object->kind == ExprKind::This;
  if (!is_this) Assert(Obligation::NullTarget, lhs->tok, o != sym_.null_ref);
  // The object must be in the modifies clause, or allocated since the method began.
  if (!is_this || method_->flavor != MethodFlavor::Constructor) {
    z3::expr fresh = !z3::select(HeapValue(Symbols::kAllocPart, entry_env_), o);
    z3::expr allowed = fresh || InFrame(method_->modifies, o, entry_env_, b.member);
    // (An iterator's body may modify `this` too.)
    if (iterator_) allowed = allowed || o == IteratorThis();
    Assert(Obligation::ObjectModifies, lhs->tok, InLoopFrames(allowed, o, b.member));
  }
  const Type* t = rp_.MemberType(b.member);
  if (rhs_expr) CheckSubset(t, rhs_expr, value, c_.bool_val(true));
  size_t part = sym_.FieldPart(b.member, ReceiverType(lhs));
  z3::expr h = HeapValue(part, env_);
  if (const Decl* owner = rp_.OwnerOf(b.member);
      owner && owner->kind == DeclKind::Iterator && b.member->name == "_new") {
    // An iterator's _new may only shrink (Dafny's AssignmentShrinks).
    Assert(Obligation::AssignmentShrinks, lhs->tok, sym_.SetOf(t).subset(value, z3::select(h, o)));
    task_.asserts.back().subject = b.member->name;
  }
  z3::expr next = c_.constant(
      fmt::format("{}#{}", sym_.HeapParts()[part].name, sym_.NextId()).c_str(), h.get_sort());
  Assume(next == z3::store(h, o, value));
  env_.insert_or_assign(HeapVar(part), next);
  ForgetAliases(part, o);
  if (!object || object->kind == ExprKind::This) {
    for (const auto& [field, tracker] : field_trackers_) {
      if (field == b.member) env_.insert_or_assign(tracker, c_.bool_val(true));
    }
  }
}

bool MentionsObject(const ResolvedProgram& rp, const Expr* e) {
  if (e->kind == ExprKind::This) return true;
  const Binding& b = rp.BindingOf(e);
  if (e->kind == ExprKind::Name && b.member && rp.OwnerOf(b.member) &&
      IsClassLike(rp.OwnerOf(b.member))) {
    return true;
  }
  bool found = false;
  ForEachSubExpr(e, [&](const Expr* x) { found = found || MentionsObject(rp, x); });
  return found;
}

bool IsObjectConst(const ResolvedProgram& rp, const Decl* d) {
  if (d->kind != DeclKind::Const || !IsClassLike(rp.OwnerOf(d))) return false;
  auto* cd = static_cast<const ConstDecl*>(d);
  return !cd->is_static && (!cd->init || MentionsObject(rp, cd->init));
}

bool IsValueConst(const ResolvedProgram& rp, const Decl* d) {
  if (d->kind != DeclKind::Const) return false;
  const Decl* owner = rp.OwnerOf(d);
  if (!owner || (owner->kind != DeclKind::Datatype && owner->kind != DeclKind::Newtype)) {
    return false;
  }
  auto* cd = static_cast<const ConstDecl*>(d);
  return !cd->is_static && cd->init;
}

const Type* Symbols::ConstType(const Decl* d, const Type* receiver) {
  const Decl* owner = rp.OwnerOf(d);
  const Type* t = rp.MemberType(d);
  if (!receiver || ClassTypeParams(owner).empty()) return t;
  receiver = Upcast(Apply(receiver), owner);
  if (!receiver || receiver->decl != owner ||
      receiver->args.size() != ClassTypeParams(owner).size()) {
    return t;
  }
  return SubstituteParams(rp.types, t, owner, receiver->args);
}

z3::func_decl Symbols::ConstField(const Decl* d, const Type* receiver) {
  const Decl* owner = rp.OwnerOf(d);
  const Type* t = ConstType(d, receiver);
  std::string name = QualifiedName(d);
  // (One symbol for every instantiation when the type names no type parameter of the class:
  // an iterator's in-parameters, which its body and its clients share.)
  std::function<bool(const Type*)> generic = [&](const Type* x) {
    if (!x) return false;
    if (x->kind == TypeKind::TypeParam && x->decl == owner) return true;
    for (const Type* a : x->args) {
      if (generic(a)) return true;
    }
    return false;
  };
  if (receiver && generic(rp.MemberType(d))) {
    name += "<" + TypeKey(Upcast(Apply(receiver), owner)) + ">";
  } else {
    t = rp.MemberType(d);
  }
  auto it = const_fields_.find(name);
  if (it != const_fields_.end()) return it->second;
  z3::func_decl f = c.function(name.c_str(), ref_sort, SortOf(t));
  const_fields_.emplace(name, f);
  return f;
}

z3::expr Lowerer::TrObjectConst(const Decl* d, const z3::expr& object, const Env& env,
                                const z3::expr& layer, const Type* receiver) {
  if (auto it = const_locals_.find(d);
      it != const_locals_.end() && z3::eq(object, env.at(&this_var_))) {
    return env.at(it->second);
  }
  auto* cd = static_cast<const ConstDecl*>(d);
  if (cd->init) {
    Env at = env;
    at.insert_or_assign(&this_var_, object);
    return Tr(cd->init, at, layer);
  }
  z3::func_decl f = sym_.ConstField(d, receiver);
  // Its type's constraint, where the type is known to have values (not `witness *`). A
  // function type has values where its result type has: a total arrow's const is total
  // (Dafny's type axiom of the const states $Is, so `f.requires(x)` holds for `f: I -> O`).
  const Type* t = sym_.ConstType(d, receiver);
  std::function<bool(const Type*)> known_inhabited = [&](const Type* x) {
    x = sym_.Apply(x);
    if (x->kind == TypeKind::Arrow) {
      return !HasSubsetType(x->args.back()) || known_inhabited(x->args.back());
    }
    return x->kind == TypeKind::Nat ||
           (IsConstrainedType(x) &&
            static_cast<const NewtypeDecl*>(x->decl)->witness_kind != WitnessKind::Star);
  };
  bool inhabited = known_inhabited(t);
  if (sym_.typed_consts.insert(f.name().str()).second) {
    z3::expr o = c_.constant("o#c", sym_.ref_sort);
    z3::expr v = f(o);
    std::optional<z3::expr> ok;
    if (inhabited) ok = IsType(t, v);
    // References that cannot be null (as Dafny's type axiom of the const says).
    if (IsReference(t) && !t->nullable) ok = v != sym_.null_ref;
    // An object of a class type is of that class (Dafny's $Is of a class type, as a field's
    // value in a good heap): a ghost const action: Writer<T> dispatches to Writer's members.
    if (t->kind == TypeKind::UserDefined &&
        (t->decl->kind == DeclKind::Class || t->decl->kind == DeclKind::Iterator)) {
      z3::expr tagged = v == sym_.null_ref || sym_.dtype(v) == sym_.ClassTag(t->decl);
      ok = ok ? *ok && tagged : tagged;
    }
    if (z3::expr is = IsOfType(t, v); !is.is_true()) ok = ok ? *ok && is : is;
    if ((t->kind == TypeKind::Seq || t->kind == TypeKind::Set) && IsReference(t->args[0]) &&
        !t->args[0]->nullable) {
      z3::expr x = c_.constant("x#c", sym_.ref_sort);
      z3::expr in = HasElement(t, v, x);
      ok = Forall(c_, {x}, z3::implies(in, x != sym_.null_ref), {in});
    }
    if (ok) sym_.AddAxiom(Forall(c_, {o}, z3::implies(o != sym_.null_ref, *ok), {v}));
  }
  return f(object);
}

void Lowerer::AssignObjectConst(const Expr* lhs, const z3::expr& value, const Expr* rhs_expr) {
  const Decl* d = rp_.BindingOf(lhs).member;
  auto it = const_locals_.find(d);
  if (it == const_locals_.end()) {
    throw std::logic_error("verifier: assignment to const '" + d->name + "' outside a constructor");
  }
  if (rhs_expr)
    CheckSubset(sym_.ConstType(d, ReceiverType(lhs)), rhs_expr, value, c_.bool_val(true));
  env_.insert_or_assign(it->second, value);
}

void Lowerer::BeginConstructorConsts(const MethodDecl* ctor) {
  // Its class's consts and those of the traits it extends.
  std::vector<const Decl*> classes{rp_.OwnerOf(ctor)};
  for (size_t i = 0; i < classes.size(); ++i) {
    for (const Type* p : rp_.ParentsOf(classes[i])) {
      if (p && p->decl && std::find(classes.begin(), classes.end(), p->decl) == classes.end()) {
        classes.push_back(p->decl);
      }
    }
  }
  std::vector<const Decl*> consts;
  for (const Decl* cls : classes) {
    for (const Decl* d : ClassMembers(cls)) consts.push_back(d);
  }
  for (const Decl* d : consts) {
    if (!IsObjectConst(rp_, d) || static_cast<const ConstDecl*>(d)->init) continue;
    const_vars_.emplace_back();
    Var& v = const_vars_.back();
    v.name = "this." + d->name;
    // (A generic trait's const with the class's type arguments of its extends clause.)
    const Type* t = sym_.ConstType(d, sym_.SelfType(rp_.OwnerOf(ctor)));
    z3::expr x = sym_.Fresh(v.name, t);
    if (HasSubsetType(t)) Assume(IsType(t, x));
    env_.insert_or_assign(&v, x);
    const_locals_.emplace(d, &v);
  }
}

void Lowerer::EndConstructorConsts(bool clear) {
  for (const auto& [d, v] : const_locals_) {
    // (Of the constructor's class, seen as the const's class or trait.)
    const Decl* cls = method_ ? rp_.OwnerOf(method_) : rp_.OwnerOf(d);
    Assume(sym_.ConstField(d, sym_.SelfType(cls))(env_.at(&this_var_)) == env_.at(v));
  }
  if (clear) const_locals_.clear();
}

z3::expr Lowerer::LowerNewObject(const NewRhsExpr* e) {
  z3::expr yes = c_.bool_val(true);
  const MethodDecl* ctor = rp_.BindingOf(e).method;
  std::vector<z3::expr> args;
  Symbols::Instance inst;
  if (ctor) {
    inst = InstanceOf(rp_.BindingOf(e), nullptr, rp_.TypeOf(e));
    args = ArgValues(
        BoundArgs(e->args, ctor->ins), {&ctor->ins, &ctor->defaults, ctor, inst, std::nullopt},
        env_, sym_.BaseLayer(),
        [&](size_t i, const Expr* a) {
          WellFormed(a, yes);
          z3::expr value = Tr(a);
          const Type* formal;
          {
            Symbols::SubstScope scope(sym_, ctor, inst);
            formal = sym_.Apply(rp_.TypeOf(ctor->ins[i]));
          }
          CheckSubset(formal, a, value, yes);
          return value;
        },
        false);
  }
  // A fresh object.
  z3::expr r = c_.constant(fmt::format("$nw#{}", sym_.NextId()).c_str(), sym_.ref_sort);
  z3::expr alloc = HeapValue(Symbols::kAllocPart, env_);
  Assume(r != sym_.null_ref && !z3::select(alloc, r));
  AssumeClassOf(rp_.TypeOf(e)->decl, r);
  if (z3::expr is = IsOfType(rp_.TypeOf(e), r); !is.is_true()) Assume(is);
  z3::expr next_alloc =
      c_.constant(fmt::format("$Alloc#{}", sym_.NextId()).c_str(), alloc.get_sort());
  Assume(next_alloc == z3::store(alloc, r, c_.bool_val(true)));
  env_.insert_or_assign(HeapVar(Symbols::kAllocPart), next_alloc);
  if (!ctor) return r;
  Symbols::SubstScope scope(sym_, ctor, inst);
  if (const IteratorDecl* it = IteratorOf(rp_, ctor)) {
    ConstructIterator(e, it, ctor, args, r);
    return r;
  }
  // The constructor, called on it.
  Env callee = BindFormals(ctor->ins, args);
  callee.insert_or_assign(&this_var_, r);
  AssertPreconditions(ctor->requires_, e->tok, callee, false);
  Env before = env_;
  Env callee_before = callee;
  HavocHeap(true);
  // The constructor modifies the new object and its modifies clause.
  AssumeFrameUnchangedExcept(before, &ctor->modifies, callee_before, r);
  for (const auto& [part, var] : heap_var_of_) callee.insert_or_assign(var, env_.at(var));
  // Its postcondition's old state is the one before the allocation, as in Dafny, whose
  // constructor allocates `this` itself: there the object is fresh (`ensures fresh(this)`,
  // `fresh(Repr)` with `this in Repr`), which the state after it would contradict.
  Env callee_old = callee_before;
  callee_old.insert_or_assign(HeapVar(Symbols::kAllocPart), alloc);
  const Env* saved_old = old_env_;
  old_env_ = &callee_old;
  for (const Spec& ens : ctor->ensures) AssumeClause(ens.expr, callee);
  old_env_ = saved_old;
  return r;
}

}  // namespace dfy::verify
