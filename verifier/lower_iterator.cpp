// Iterators, as Dafny 4.11 verifies them (its BoogieGenerator.Iterators.cs and the members its
// resolver gives an iterator, IteratorDecl.CreateIteratorMethodSpecs):
//
//   iterator I(ins) yields (ys) requires R reads Rd modifies Md yield requires YR
//     yield ensures YE ensures E { body }
//
// is a class (frontend/elaborate.cpp makes its members): a const per in-parameter, a field per
// yield-parameter `y` and a ghost history field `ys` (the values yielded so far), the consts
// _reads and _modifies, the field _new (objects the iterator allocated), the predicate Valid()
// (reads this, _reads, _new; no body), a constructor and MoveNext().
//
// To a client:
//   new I(args)   requires R; ensures the consts are the arguments, ys == [], Valid(),
//                 _reads == old(Rd), _modifies == old(Md), _new == {}.
//   MoveNext()    requires Valid() and YR; modifies this, _modifies, _new;
//                 ensures fresh(_new - old(_new)), null !in _new, more ==> Valid(),
//                 ys == if more then old(ys) + [y] else old(ys), more ==> YE, !more ==> E.
// The body is verified once (the task of MoveNext): from the constructor's promises, after a
// first yield havoc; each `yield` appends the yield-parameters to their histories, checks YE
// (old(...) in the state after the previous yield), then havocs what a client may change before
// the next MoveNext (all but `this`, _reads and _new) and assumes YR; the end checks E.
#include <fmt/format.h>

#include <algorithm>

#include "verifier/encoder.h"

namespace dfy::verify {

using vir::Obligation;

Lowerer::IteratorParts Lowerer::PartsOfIterator(const IteratorDecl* it) const {
  IteratorParts p;
  auto find = [&](const std::string& name) -> const Decl* {
    for (const Decl* d : it->members) {
      if (d->name == name && (d->kind == DeclKind::Field || d->kind == DeclKind::Const)) return d;
    }
    throw std::logic_error("verifier: iterator " + it->name + " has no member " + name);
  };
  for (const Var* v : it->ins) p.ins.push_back(find(v->name));
  for (const Var* v : it->yields) {
    p.yields.push_back(find(v->name));
    p.histories.push_back(find(v->name + "s"));
  }
  p.reads = find("_reads");
  p.modifies = find("_modifies");
  p.new_ = find("_new");
  for (const Decl* d : it->members) {
    if (d->kind == DeclKind::Function && d->name == "Valid") {
      p.valid = static_cast<const FunctionDecl*>(d);
    }
  }
  if (!p.valid) throw std::logic_error("verifier: iterator " + it->name + " has no Valid()");
  return p;
}

z3::expr Lowerer::IteratorValid(const IteratorParts& p, const Type* self, const z3::expr& r,
                                const Env& env) {
  // As a call `r.Valid()` translates (TrCall): the layer, the heap, the receiver.
  z3::expr_vector args(c_);
  args.push_back(sym_.BaseLayer());
  for (size_t i = 0; i < sym_.HeapParts().size(); ++i) args.push_back(HeapValue(i, env));
  args.push_back(r);
  return sym_.Function(p.valid, self->args)(args);
}

z3::expr Lowerer::FrameSet(const std::vector<Expr*>& frames, const Type* set_type, const Env& env) {
  const auto& ops = sym_.SetOf(set_type);
  z3::expr s = ops.empty();
  for (const Expr* f : frames) {
    z3::expr v = Tr(f, env, sym_.BaseLayer());
    s = IsReference(rp_.TypeOf(f)) ? ops.union_one(s, v) : ops.union_(s, v);
  }
  return s;
}

void Lowerer::AssumeConstsAllocated(const IteratorParts& p, const z3::expr& r) {
  // (As Dafny's allocation axioms of const fields: those of an allocated object are.)
  std::vector<const Decl*> consts = p.ins;
  consts.push_back(p.reads);
  consts.push_back(p.modifies);
  for (const Decl* d : consts) {
    const Type* t = rp_.MemberType(d);
    z3::expr v = TrObjectConst(d, r, env_, sym_.BaseLayer(), iterator_self_);
    AssumeAllocated(t, v);
    // An object of a class (which nothing extends) is of that class: objects of different
    // classes differ (an in-parameter is not in a modifies clause of another class's objects).
    if (t->kind == TypeKind::UserDefined &&
        (t->decl->kind == DeclKind::Class || t->decl->kind == DeclKind::Iterator)) {
      Assume(z3::implies(v != sym_.null_ref, sym_.dtype(v) == sym_.ClassTag(t->decl)));
    }
  }
}

void Lowerer::AssumeConstructed(const IteratorDecl* it, const IteratorParts& p, const Type* self,
                                const z3::expr& r, const Env& env, const Env& old) {
  for (const Decl* h : p.histories) {
    Assume(TrField(h, self, r, env) == sym_.SeqOf(rp_.MemberType(h)).empty());
  }
  Assume(IteratorValid(p, self, r, env));
  const Type* set_type = rp_.MemberType(p.reads);
  Assume(TrObjectConst(p.reads, r, env, sym_.BaseLayer(), self) ==
         FrameSet(it->reads, set_type, old));
  Assume(TrObjectConst(p.modifies, r, env, sym_.BaseLayer(), self) ==
         FrameSet(it->modifies, set_type, old));
  Assume(TrField(p.new_, self, r, env) == sym_.SetOf(set_type).empty());
}

void Lowerer::AssumeUnchangedWhere(const Env& before,
                                   const std::function<z3::expr(const z3::expr&)>& kept) {
  AssumeUnchangedWhere(before, [&](const z3::expr& o, size_t) { return kept(o); });
}

void Lowerer::AssumeUnchangedWhere(const Env& before,
                                   const std::function<z3::expr(const z3::expr&, size_t)>& kept) {
  const auto& parts = sym_.HeapParts();
  z3::expr r = c_.constant("$o", sym_.ref_sort);
  z3::expr alloc_before = HeapValue(Symbols::kAllocPart, before);
  z3::expr alloc_now = HeapValue(Symbols::kAllocPart, env_);
  Assume(Forall(c_, {r}, z3::implies(z3::select(alloc_before, r), z3::select(alloc_now, r)),
                {z3::select(alloc_now, r)}));
  for (size_t i = 1; i < parts.size(); ++i) {
    z3::expr h0 = HeapValue(i, before), h1 = HeapValue(i, env_);
    if (z3::eq(h0, h1)) continue;
    z3::expr keep = r != sym_.null_ref && z3::select(alloc_before, r) && kept(r, i);
    Assume(Forall(c_, {r}, z3::implies(keep, z3::select(h1, r) == z3::select(h0, r)),
                  {z3::select(h1, r)}));
  }
}

z3::expr Lowerer::FrameAllowedWhere(const std::function<z3::expr(const z3::expr&)>& in_frame) {
  // As FrameAllowed: objects allocated when the method began are in its modifies clause (or
  // are the iterator whose body this is), and in each enclosing loop's.
  z3::expr r = c_.constant("$o", sym_.ref_sort);
  const std::vector<Expr*> none;
  const std::vector<Expr*>& mine = method_ ? method_->modifies : none;
  z3::expr old_object =
      r != sym_.null_ref && z3::select(HeapValue(Symbols::kAllocPart, entry_env_), r);
  z3::expr allowed = InFrame(mine, r, entry_env_);
  if (iterator_) allowed = allowed || r == IteratorThis();
  z3::expr ok = Forall(c_, {r}, z3::implies(old_object && in_frame(r), allowed), {});
  for (const LoopFrame& f : loop_frames_) {
    z3::expr at_loop = z3::select(HeapValue(Symbols::kAllocPart, *f.at), r);
    ok = ok && Forall(c_, {r},
                      z3::implies(r != sym_.null_ref && at_loop && in_frame(r),
                                  InFrame(*f.modifies, r, *f.at)),
                      {});
  }
  return ok;
}

void Lowerer::StoreField(const Decl* field, const Type* self, const z3::expr& o,
                         const z3::expr& value) {
  size_t part = sym_.FieldPart(field, self);
  z3::expr h = HeapValue(part, env_);
  z3::expr next = c_.constant(
      fmt::format("{}#{}", sym_.HeapParts()[part].name, sym_.NextId()).c_str(), h.get_sort());
  Assume(next == z3::store(h, o, value));
  env_.insert_or_assign(HeapVar(part), next);
  ForgetAliases(part, o);
}

// --- clients ---------------------------------------------------------------------------------

void Lowerer::ConstructIterator(const NewRhsExpr* e, const IteratorDecl* it, const MethodDecl* ctor,
                                const std::vector<z3::expr>& args, const z3::expr& r) {
  IteratorParts p = PartsOfIterator(it);
  const Type* self = rp_.TypeOf(e);
  Env callee = BindFormals(ctor->ins, args);
  callee.insert_or_assign(&this_var_, r);
  // The in-parameters are the object's consts (functions of the object, which is new): the
  // iterator's clauses, which name them, are evaluated on it.
  for (size_t i = 0; i < p.ins.size() && i < args.size(); ++i) {
    Assume(TrObjectConst(p.ins[i], r, callee, sym_.BaseLayer(), self) == args[i]);
  }
  AssertPreconditions(it->requires_, e->tok, callee, false);
  // The constructor changes nothing but the new object.
  Env before = env_;
  Env callee_before = callee;
  HavocHeap(true);
  AssumeFrameUnchangedExcept(before, nullptr, callee_before, r);
  for (const auto& [part, var] : heap_var_of_) callee.insert_or_assign(var, env_.at(var));
  const Env* saved_old = old_env_;
  old_env_ = &callee_before;
  AssumeConstructed(it, p, self, r, callee, callee_before);
  old_env_ = saved_old;
}

std::vector<z3::expr> Lowerer::LowerMoveNextCall(const CallExpr* call, const MethodDecl* m,
                                                 const IteratorDecl* it) {
  z3::expr yes = c_.bool_val(true);
  IteratorParts p = PartsOfIterator(it);
  const Expr* object = call->callee->kind == ExprKind::Select
                           ? static_cast<const SelectExpr*>(call->callee)->object
                           : nullptr;
  z3::expr r = Receiver(call->callee, env_, sym_.BaseLayer());
  if (object) {
    WellFormed(object, yes);
    Assert(Obligation::NullTarget, object->tok, r != sym_.null_ref);
  }
  const Type* self = object ? rp_.TypeOf(object) : sym_.SelfType(it);
  Symbols::SubstScope scope(sym_, m, InstanceOf(rp_.CalleeOf(call), call->callee));
  Env callee = BindFormals({}, {});
  callee.insert_or_assign(&this_var_, r);
  // requires Valid(), and the yield requires clauses.
  AssertGroup(
      {{Obligation::Precondition, call->tok, IteratorValid(p, self, r, callee), it->name_range}});
  for (const Spec& req : it->yield_requires) {
    std::vector<AssertItem> items;
    for (const Conjunct& part : Conjuncts(req.expr)) {
      items.push_back({Obligation::Precondition, call->tok,
                       Tr(part, callee, sym_.ls(sym_.BaseLayer())), part->tok});
    }
    AssertGroup(items);
  }
  // (Dafny checks a call of MoveNext within its own cluster against the iterator's decreases
  // clause, kept in fields dfyc does not make: such a call is not proved here.)
  if (InTaskCluster(m)) Assert(Obligation::CallDecreases, call->tok, c_.bool_val(false));
  // modifies this, _modifies, _new.
  z3::expr mods = TrObjectConst(p.modifies, r, callee, sym_.BaseLayer(), self);
  z3::expr news = TrField(p.new_, self, r, callee);
  const auto& set = sym_.SetOf(rp_.MemberType(p.new_));
  auto in_frame = [&](const z3::expr& o) {
    return o == r || set.member(mods, o) || set.member(news, o);
  };
  Assert(Obligation::CallFrame, call->tok, FrameAllowedWhere(in_frame));
  Env before = env_;
  Env callee_before = callee;
  HavocHeap(true);
  AssumeUnchangedWhere(before, [&](const z3::expr& o) { return !in_frame(o); });
  for (const auto& [part, var] : heap_var_of_) callee.insert_or_assign(var, env_.at(var));
  z3::expr more = sym_.FreshBool("more");
  // fresh(_new - old(_new)) and null !in _new.
  z3::expr news_now = TrField(p.new_, self, r, callee);
  z3::expr o = c_.constant("$o", sym_.ref_sort);
  z3::expr added = set.member(news_now, o) && !set.member(news, o);
  Assume(Forall(c_, {o},
                z3::implies(added, o != sym_.null_ref &&
                                       !z3::select(HeapValue(Symbols::kAllocPart, before), o)),
                {set.member(news_now, o)}));
  Assume(!set.member(news_now, sym_.null_ref));
  Assume(z3::implies(more, IteratorValid(p, self, r, callee)));
  for (size_t i = 0; i < p.yields.size(); ++i) {
    z3::expr was = TrField(p.histories[i], self, r, callee_before);
    const auto& q = sym_.SeqOf(rp_.MemberType(p.histories[i]));
    Assume(TrField(p.histories[i], self, r, callee) ==
           z3::ite(more, q.build(was, TrField(p.yields[i], self, r, callee)), was));
  }
  const Env* saved_old = old_env_;
  old_env_ = &callee_before;
  for (const Spec& ens : it->yield_ensures) {
    Assume(z3::implies(more, Tr(ens.expr, callee, sym_.BaseLayer())));
  }
  for (const Spec& ens : it->ensures) {
    Assume(z3::implies(!more, Tr(ens.expr, callee, sym_.BaseLayer())));
  }
  old_env_ = saved_old;
  return {more};
}

// --- the iterator's specification and body ---------------------------------------------------

void Lowerer::LowerIteratorConstructorSpec(const IteratorDecl* it, const MethodDecl* ctor) {
  // Dafny's constructor well-formedness: its requires clauses (the iterator's) on its formals,
  // then its ensures clauses, whose frames are evaluated in the state before it.
  iterator_self_ = sym_.SelfType(it);
  IteratorParts p = PartsOfIterator(it);
  method_ = ctor;
  HavocHeap(true);
  z3::expr self = c_.constant("this", sym_.ref_sort);
  env_.insert_or_assign(&this_var_, self);
  Assume(self != sym_.null_ref && !z3::select(HeapValue(Symbols::kAllocPart, env_), self));
  for (size_t i = 0; i < ctor->ins.size() && i < p.ins.size(); ++i) {
    Havoc(ctor->ins[i]);
    AssumeAllocated(rp_.TypeOf(ctor->ins[i]), env_.at(ctor->ins[i]));
    Assume(TrObjectConst(p.ins[i], self, env_, sym_.BaseLayer(), iterator_self_) ==
           env_.at(ctor->ins[i]));
  }
  entry_env_ = env_;
  z3::expr yes = c_.bool_val(true);
  for (const Spec& req : it->requires_) {
    WellFormed(req.expr, yes);
    Assume(Tr(req.expr));
  }
  for (const std::vector<Expr*>* frames : {&it->reads, &it->modifies}) {
    for (const Expr* f : *frames) WellFormed(f, yes);
  }
  for (const Expr* d : it->decreases) WellFormed(d, yes);
}

void Lowerer::YieldHavoc() {
  IteratorParts p = PartsOfIterator(iterator_);
  z3::expr self = env_.at(&this_var_);
  z3::expr reads = TrObjectConst(p.reads, self, env_, sym_.BaseLayer(), iterator_self_);
  z3::expr news = TrField(p.new_, iterator_self_, self, env_);
  const auto& set = sym_.SetOf(rp_.MemberType(p.new_));
  Env before = env_;
  HavocHeap(true);
  AssumeUnchangedWhere(before, [&](const z3::expr& o) {
    return o == self || set.member(reads, o) || set.member(news, o);
  });
  for (const Spec& yr : iterator_->yield_requires) Assume(Tr(yr.expr));
  yield_state_ = env_;
}

void Lowerer::AssumeIteratorLoopFrame(const Env& before_loop) {
  IteratorParts p = PartsOfIterator(iterator_);
  z3::expr self = env_.at(&this_var_);
  z3::expr reads = TrObjectConst(p.reads, self, env_, sym_.BaseLayer(), iterator_self_);
  const auto& set = sym_.SetOf(rp_.MemberType(p.reads));
  z3::expr alloc_entry = HeapValue(Symbols::kAllocPart, entry_env_);
  // The body writes the parts of `this` (its fields), and through the modifies clause (as
  // evaluated on entry) the parts of each frame's objects' types: an object's other parts
  // (an array's elements, when the clause names a Cell) stay, as Dafny knows from the types.
  std::vector<size_t> own = PartsOf(iterator_self_);
  std::vector<std::pair<const Expr*, std::vector<size_t>>> frames;
  for (const Expr* f : iterator_->modifies) {
    const Type* t = rp_.TypeOf(f);
    frames.emplace_back(f, PartsOf(IsReference(t) ? t : t->args[0]));
  }
  auto has = [](const std::vector<size_t>& v, size_t i) {
    return std::find(v.begin(), v.end(), i) != v.end();
  };
  AssumeUnchangedWhere(before_loop, [&](const z3::expr& o, size_t part) {
    z3::expr written = has(own, part) ? o == self : c_.bool_val(false);
    for (const auto& [f, parts] : frames) {
      if (!has(parts, part)) continue;
      std::vector<Expr*> one{const_cast<Expr*>(f)};
      written = written || InFrame(one, o, entry_env_);
    }
    return z3::select(alloc_entry, o) && set.member(reads, o) && !written;
  });
}

void Lowerer::PrependYieldCount(Decreases& d, SourceRange at) {
  d.values.insert(d.values.begin(), env_.at(&yield_count_var_));
  d.types.insert(d.types.begin(), nullptr);
  d.ranges.insert(d.ranges.begin(), at);
}

void Lowerer::RecordNewObject(const z3::expr& o) {
  IteratorParts p = PartsOfIterator(iterator_);
  z3::expr self = env_.at(&this_var_);
  const auto& set = sym_.SetOf(rp_.MemberType(p.new_));
  StoreField(p.new_, iterator_self_, self,
             set.union_one(TrField(p.new_, iterator_self_, self, env_), o));
}

void Lowerer::HavocYieldCount() {
  env_.insert_or_assign(
      &yield_count_var_,
      c_.constant(fmt::format("_yieldCount#{}", sym_.NextId()).c_str(), c_.int_sort()));
}

void Lowerer::LowerYield(const YieldStmt* s) {
  z3::expr yes = c_.bool_val(true);
  IteratorParts p = PartsOfIterator(iterator_);
  z3::expr self = env_.at(&this_var_);
  // `yield e` assigns the yield-parameters first (each within the frame: `this`).
  if (!s->values.empty()) {
    std::vector<z3::expr> values;
    for (const Expr* v : s->values) {
      WellFormed(v, yes);
      values.push_back(Tr(v));
    }
    for (size_t i = 0; i < values.size() && i < p.yields.size(); ++i) {
      Assert(Obligation::ObjectModifies, s->values[i]->tok, c_.bool_val(true));
      CheckSubset(rp_.MemberType(p.yields[i]), s->values[i], values[i], yes);
      StoreField(p.yields[i], iterator_self_, self, values[i]);
    }
  }
  // ys := ys + [y].
  for (size_t i = 0; i < p.yields.size(); ++i) {
    const auto& q = sym_.SeqOf(rp_.MemberType(p.histories[i]));
    z3::expr y = TrField(p.yields[i], iterator_self_, self, env_);
    StoreField(p.histories[i], iterator_self_, self,
               q.build(TrField(p.histories[i], iterator_self_, self, env_), y));
  }
  // The yield ensures clauses, with old(...) in the state after the previous yield.
  const Env* saved_old = old_env_;
  old_env_ = &yield_state_;
  for (const Spec& ye : iterator_->yield_ensures) {
    std::vector<AssertItem> items;
    for (const Conjunct& part : Conjuncts(ye.expr)) {
      items.push_back({Obligation::YieldEnsures, s->range, TrAsserted(part), part->tok});
    }
    AssertGroup(items);
  }
  old_env_ = saved_old;
  z3::expr count = env_.at(&yield_count_var_);
  HavocYieldCount();
  Assume(env_.at(&yield_count_var_) == count + 1);
  YieldHavoc();
}

void Lowerer::LowerIterator(const IteratorDecl* it, const MethodDecl*, bool spec_only) {
  iterator_ = it;
  iterator_self_ = sym_.SelfType(it);
  IteratorParts p = PartsOfIterator(it);
  // The method whose body is checked: the iterator's modifies and ensures clauses (MoveNext's
  // are those a client sees).
  MethodDecl& shell = iterator_shell_;
  shell.name = it->name;
  shell.range = it->range;
  shell.name_range = it->name_range;
  shell.modifies = it->modifies;
  shell.ensures = it->ensures;
  shell.body = it->body;
  method_ = &shell;
  HavocHeap(true);
  z3::expr self = c_.constant("this", sym_.ref_sort);
  env_.insert_or_assign(&this_var_, self);
  Assume(self != sym_.null_ref && z3::select(HeapValue(Symbols::kAllocPart, env_), self));
  // (An iterator is of its class: it differs from the objects of other classes.)
  Assume(sym_.dtype(self) == sym_.ClassTag(it));
  AssumeConstsAllocated(p, self);
  z3::expr yes = c_.bool_val(true);
  entry_env_ = env_;
  for (const Spec& req : it->requires_) {
    if (spec_only) WellFormed(req.expr, yes);
    Assume(Tr(req.expr));
  }
  if (spec_only) {
    // Dafny's well-formedness of the iterator's specification: its frames and decreases
    // clause; then, in a state a client's MoveNext starts in, the yield requires clauses; and
    // in a state after it, the yield ensures clauses (when it yielded) or the ensures clauses.
    for (const std::vector<Expr*>* frames : {&it->reads, &it->modifies}) {
      for (const Expr* f : *frames) WellFormed(f, yes);
    }
    for (const Expr* d : it->decreases) WellFormed(d, yes);
    AssumeConstructed(it, p, iterator_self_, self, env_, env_);
    const auto& set = sym_.SetOf(rp_.MemberType(p.reads));
    z3::expr reads = TrObjectConst(p.reads, self, env_, sym_.BaseLayer(), iterator_self_);
    z3::expr mods = TrObjectConst(p.modifies, self, env_, sym_.BaseLayer(), iterator_self_);
    Env before = env_;
    HavocHeap(true);
    AssumeUnchangedWhere(before, [&](const z3::expr& o) {
      return set.member(reads, o) && !set.member(mods, o) && o != self;
    });
    Assume(IteratorValid(p, iterator_self_, self, env_));
    for (const Spec& yr : it->yield_requires) {
      WellFormed(yr.expr, yes);
      Assume(Tr(yr.expr));
    }
    Env start = env_;
    z3::expr news = TrField(p.new_, iterator_self_, self, env_);
    HavocHeap(true);
    AssumeUnchangedWhere(start, [&](const z3::expr& o) {
      return !(o == self || set.member(mods, o) || set.member(news, o));
    });
    z3::expr news_now = TrField(p.new_, iterator_self_, self, env_);
    z3::expr o = c_.constant("$o", sym_.ref_sort);
    Assume(Forall(
        c_, {o},
        z3::implies(set.member(news_now, o) && !set.member(news, o),
                    o != sym_.null_ref && !z3::select(HeapValue(Symbols::kAllocPart, start), o)),
        {set.member(news_now, o)}));
    old_env_ = &start;
    // The two outcomes, each under its guard.
    z3::expr more = sym_.FreshBool("more");
    Assume(z3::implies(more, IteratorValid(p, iterator_self_, self, env_)));
    for (size_t i = 0; i < p.yields.size(); ++i) {
      z3::expr was = TrField(p.histories[i], iterator_self_, self, start);
      const auto& q = sym_.SeqOf(rp_.MemberType(p.histories[i]));
      z3::expr now = TrField(p.histories[i], iterator_self_, self, env_);
      Assume(
          z3::implies(more, now == q.build(was, TrField(p.yields[i], iterator_self_, self, env_))));
      Assume(z3::implies(!more, now == was));
    }
    for (const Spec& ye : it->yield_ensures) {
      WellFormed(ye.expr, more);
      Assume(z3::implies(more, Tr(ye.expr)));
    }
    for (const Spec& e : it->ensures) {
      WellFormed(e.expr, !more);
      Assume(z3::implies(!more, Tr(e.expr)));
    }
    old_env_ = nullptr;
    return;
  }
  if (!it->body) return;
  // What the constructor promised; then a client's changes before the first MoveNext.
  AssumeConstructed(it, p, iterator_self_, self, env_, env_);
  yield_count_var_.name = "_yieldCount";
  env_.insert_or_assign(&yield_count_var_, c_.int_val(0));
  entry_env_ = env_;
  YieldHavoc();
  loop_bounds_ = InferLoopBounds(rp_, shell);
  LowerBodyAndExit(&shell, false);
}

}  // namespace dfy::verify
