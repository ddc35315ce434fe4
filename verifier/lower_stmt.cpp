// Lowering of method bodies and function well-formedness to VIR, with termination checks and
// the background axioms of functions.
#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "frontend/ast_visit.h"
#include "verifier/encoder.h"

namespace dfy::verify {

using vir::Obligation;

namespace {

SourceRange FirstChars(SourceRange r, uint32_t n) {
  return SourceRange{r.file, r.begin, r.begin + n};
}

}  // namespace

void Lowerer::Assume(const z3::expr& e) {
  vir::Cmd cmd{vir::Cmd::Assume, e, 0, {}};
  cur_->cmds.push_back(std::move(cmd));
}

void Lowerer::Assert(Obligation kind, SourceRange at, const z3::expr& e,
                     std::optional<SourceRange> related) {
  vir::AssertInfo info{kind, at, related.has_value(), related.value_or(SourceRange{}), {}, {},
                       {},   0};
  task_.asserts.push_back(info);
  vir::Cmd cmd{vir::Cmd::Assert, e, static_cast<uint32_t>(task_.asserts.size() - 1), {}};
  cmd.subsume = subsume_;
  if (z3::expr after = AssumedAfter(e); !z3::eq(after, e)) cmd.assumed = after;
  cur_->cmds.push_back(std::move(cmd));
}

void Lowerer::AssertGroup(const std::vector<AssertItem>& items) {
  if (items.size() == 1) {
    Assert(items[0].kind, items[0].at, items[0].expr, items[0].related);
    return;
  }
  // The conjuncts of one clause are checked independently: none is assumed for the others.
  vir::Cmd choice{vir::Cmd::Choice, c_.bool_val(true), 0, {}};
  vir::Block* parent = cur_;
  for (const AssertItem& item : items) {
    cur_ = NewBranch(choice);
    Assert(item.kind, item.at, item.expr, item.related);
    Assume(c_.bool_val(false));
  }
  NewBranch(choice);
  cur_ = parent;
  cur_->cmds.push_back(std::move(choice));
  z3::expr all = c_.bool_val(true);
  for (const AssertItem& item : items) all = all && AssumedAfter(item.expr);
  Assume(all);
}

void Lowerer::AssumeTypeConstraint(const Var* v, const z3::expr& value) {
  const Type* t = rp_.TypeOf(v);
  if (HasSubsetType(t)) Assume(IsType(t, value));
  // Dafny's $Is for multisets: every multiplicity is a natural number.
  if (t->kind == TypeKind::Multiset) Assume(sym_.MultisetOf(t).is_good(value));
  // A char is a Unicode scalar value.
  if (Underlying(rp_, t)->kind == TypeKind::Char) Assume(IsCharCode(value));
  AssumeAllocated(t, value);
}

void Lowerer::Track(const Var* v) {
  trackers_.emplace_back();
  Var& t = trackers_.back();
  t.name = "defass#" + v->name;
  tracker_of_[v] = &t;
  env_.insert_or_assign(&t, c_.bool_val(false));
}

void Lowerer::CheckOutsAssigned(SourceRange at) {
  // Each unassigned out-parameter is reported: the checks do not assume one another.
  bool saved = subsume_;
  subsume_ = false;
  for (const Var* o : method_->outs) {
    auto t = tracker_of_.find(o);
    if (t == tracker_of_.end()) continue;
    Assert(Obligation::OutParamAssigned, at, env_.at(t->second));
    task_.asserts.back().subject = o->name;
  }
  subsume_ = saved;
}

// Dafny's definite-assignment rule for fields: a constructor assigns, before its `new;` (or
// its end), each field whose type has no default value: here, the non-null class types.
// (An array's default is an empty array.)
void Lowerer::TrackConstructorFields(const MethodDecl* ctor) {
  const Decl* owner = rp_.OwnerOf(ctor);
  for (const Decl* d : rp_.decls()) {
    // (The class's own fields and those it inherits from its traits.)
    if (d->kind != DeclKind::Field || !InheritsFrom(rp_, owner, rp_.OwnerOf(d))) continue;
    const Type* t = rp_.MemberType(d);
    bool no_default = !t->nullable && (t->kind == TypeKind::Object ||
                                       (t->kind == TypeKind::UserDefined && IsClassLike(t->decl)));
    if (!no_default) continue;
    trackers_.emplace_back();
    Var& tracker = trackers_.back();
    tracker.name = "defass#" + d->name;
    field_trackers_.emplace_back(d, &tracker);
    env_.insert_or_assign(&tracker, c_.bool_val(false));
  }
}

void Lowerer::CheckFieldsAssigned(SourceRange at) {
  bool saved = subsume_;
  subsume_ = false;
  for (const auto& [field, tracker] : field_trackers_) {
    Assert(Obligation::FieldAssigned, at, env_.at(tracker));
    task_.asserts.back().subject = field->name;
  }
  subsume_ = saved;
}

void Lowerer::Havoc(const Var* v) {
  z3::expr fresh = sym_.Fresh(v->name, rp_.TypeOf(v));
  env_.insert_or_assign(v, fresh);
  AssumeTypeConstraint(v, fresh);
}

void Lowerer::AssignVar(const Var* v, const z3::expr& value, const Expr* value_expr) {
  if (value_expr) CheckSubset(rp_.TypeOf(v), value_expr, value, c_.bool_val(true));
  z3::expr fresh = sym_.Fresh(v->name, rp_.TypeOf(v));
  env_.insert_or_assign(v, fresh);
  Assume(fresh == value);
  if (auto t = tracker_of_.find(v); t != tracker_of_.end()) {
    env_.insert_or_assign(t->second, c_.bool_val(true));
  }
}

Env Lowerer::BindFormals(const std::vector<Var*>& formals, const std::vector<z3::expr>& values) {
  Env env;
  // The callee sees the current heap.
  for (const auto& [part, var] : heap_var_of_) {
    auto it = env_.find(var);
    if (it != env_.end()) env.insert_or_assign(var, it->second);
  }
  for (size_t i = 0; i < formals.size() && i < values.size(); ++i) {
    env.insert_or_assign(formals[i], values[i]);
  }
  return env;
}

vir::Block* Lowerer::NewBranch(vir::Cmd& choice) {
  choice.branches.push_back(std::make_unique<vir::Block>());
  return choice.branches.back().get();
}

std::vector<const Var*> Lowerer::SortedVars(const Env& env) {
  std::vector<const Var*> vars;
  for (const auto& entry : env) vars.push_back(entry.first);
  std::sort(vars.begin(), vars.end(), [](const Var* a, const Var* b) {
    return std::tie(a->id, a->name) < std::tie(b->id, b->name);
  });
  return vars;
}

// Merges the environments of the arms of a choice: a variable whose incarnations differ gets a
// fresh one, equated to each live arm's value at the end of that arm.
void Lowerer::Join(std::vector<std::pair<vir::Block*, Env>>& arms, bool) {
  if (arms.empty()) {
    terminated_ = true;
    return;
  }
  Env joined;
  // In a fixed order (not the hash map's, which follows addresses), so that the names of the
  // joined incarnations, and with them Z3's search, are the same on every run.
  for (const Var* var : SortedVars(arms[0].second)) {
    const z3::expr& value = arms[0].second.at(var);
    bool everywhere = true, same = true;
    for (auto& arm : arms) {
      auto it = arm.second.find(var);
      if (it == arm.second.end()) {
        everywhere = false;
        break;
      }
      if (!z3::eq(it->second, value)) same = false;
    }
    if (!everywhere) continue;
    if (same) {
      joined.insert_or_assign(var, value);
      continue;
    }
    z3::expr fresh =
        c_.constant(fmt::format("{}#j{}", var->name, sym_.NextId()).c_str(), value.get_sort());
    for (auto& arm : arms) {
      arm.first->cmds.push_back(vir::Cmd{vir::Cmd::Assume, fresh == arm.second.at(var), 0, {}});
    }
    joined.insert_or_assign(var, fresh);
  }
  env_ = std::move(joined);
  terminated_ = false;
}

// --- termination ------------------------------------------------------------------------

Lowerer::Decreases Lowerer::CalleeDecreases(const Decl* callee, const Env& env,
                                            const z3::expr& layer) {
  // A prefix lemma's decreases clause starts with its depth.
  if (auto k = env.find(&prefix_k_var_); k != env.end() && IsExtremeLemma(callee)) {
    Env rest = env;
    rest.erase(&prefix_k_var_);
    Decreases d = CalleeDecreases(callee, rest, layer);
    bool nat = k->second.is_int();
    d.values.insert(d.values.begin(), k->second);
    d.types.insert(d.types.begin(), nat ? rp_.types.Nat() : rp_.types.Get(TypeKind::Ordinal));
    d.ranges.insert(d.ranges.begin(), callee->name_range);
    return d;
  }
  Decreases d;
  const std::vector<Expr*>* explicit_clause;
  const std::vector<Var*>* params;
  if (callee->kind == DeclKind::Method) {
    explicit_clause = &static_cast<const MethodDecl*>(callee)->decreases;
    params = &static_cast<const MethodDecl*>(callee)->ins;
  } else {
    explicit_clause = &static_cast<const FunctionDecl*>(callee)->decreases;
    params = &static_cast<const FunctionDecl*>(callee)->params;
  }
  if (!explicit_clause->empty()) {
    for (const Expr* e : *explicit_clause) {
      d.values.push_back(Tr(e, env, layer));
      d.types.push_back(Underlying(rp_, rp_.TypeOf(e)));
      d.ranges.push_back(e->tok);
    }
    return d;
  }
  d.inferred = true;
  // A function's default starts with its reads clause, as a set of objects (Dafny's
  // FrameToObjectSet): objects and sets of objects (field frames count as their objects).
  // Another kind of frame leaves the component out (termination is then harder to prove).
  if (callee->kind == DeclKind::Function) {
    const auto* f = static_cast<const FunctionDecl*>(callee);
    const Type* objects =
        rp_.types.Get(TypeKind::Set, {rp_.types.Get(TypeKind::Object, {}, 0, {}, nullptr, true)});
    const auto& set = sym_.SetOf(objects);
    std::optional<z3::expr> frame;
    bool supported = !f->reads.empty() && !f->reads_star;
    for (const Expr* r : f->reads) {
      if (!supported) break;
      if (IsEmptyDisplay(r)) {
        if (!frame) frame = set.empty();
        continue;
      }
      const Expr* object = r;
      if (r->kind == ExprKind::FieldFrame) {
        object = static_cast<const FieldFrameExpr*>(r)->object;
        if (!object) {
          frame = frame ? set.union_one(*frame, env.at(&this_var_))
                        : set.union_one(set.empty(), env.at(&this_var_));
          continue;
        }
      }
      const Type* t = Underlying(rp_, sym_.Apply(rp_.TypeOf(object)));
      z3::expr part(c_);
      if (IsReference(t)) {
        part = set.union_one(set.empty(), Tr(object, env, layer));
      } else if (t->kind == TypeKind::Set && IsReference(t->args[0])) {
        part = Tr(object, env, layer);
      } else {
        supported = false;
        break;
      }
      frame = frame ? set.union_(*frame, part) : part;
    }
    if (supported && frame) {
      d.values.push_back(*frame);
      d.types.push_back(objects);
      d.ranges.push_back(f->name_range);
    }
  }
  // Then `this`, for a member of a datatype or newtype (Dafny adds it when the receiver's type
  // is ordered and no reference type).
  bool is_static = callee->kind == DeclKind::Method
                       ? static_cast<const MethodDecl*>(callee)->is_static
                       : static_cast<const FunctionDecl*>(callee)->is_static;
  if (const Decl* owner = rp_.OwnerOf(callee);
      !is_static && owner &&
      (owner->kind == DeclKind::Datatype || owner->kind == DeclKind::Newtype) &&
      env.contains(&this_var_)) {
    const Type* t = Underlying(rp_, sym_.Apply(sym_.SelfType(owner)));
    bool ordered =
        IsIntBased(t) || (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::Datatype &&
                          !static_cast<const DatatypeDecl*>(t->decl)->co);
    if (ordered) {
      d.values.push_back(env.at(&this_var_));
      d.types.push_back(t);
      d.ranges.push_back(callee->name_range);
    }
  }
  // Then each parameter of an ordered type (Dafny's IsOrdered, as far as LexLess compares:
  // ORDINAL and real ones too; characters, bitvectors, maps and references are left out).
  for (const Var* p : *params) {
    const Type* t = Underlying(rp_, rp_.TypeOf(p));
    // (Tuples are datatypes, as Dafny's.)
    bool datatype = (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::Datatype) ||
                    t->kind == TypeKind::Tuple;
    if (!IsIntBased(t) && t->kind != TypeKind::Bool && t->kind != TypeKind::Seq &&
        t->kind != TypeKind::String && t->kind != TypeKind::Set && t->kind != TypeKind::Multiset &&
        t->kind != TypeKind::Ordinal && t->kind != TypeKind::Real && !datatype) {
      continue;
    }
    d.values.push_back(env.at(p));
    d.types.push_back(t);
    d.ranges.push_back(p->range);
  }
  return d;
}

namespace {

// Whether a method has a reads frame (Dafny's lemmas do not: they read what they like).
bool HasReadsFrame(const MethodDecl* m) {
  return m->flavor == MethodFlavor::Method || m->flavor == MethodFlavor::Constructor;
}

// Whether a method reads everything: without a reads clause, or with `*` in it.
bool ReadsAll(const MethodDecl* m) {
  return m->reads.empty() || std::any_of(m->reads.begin(), m->reads.end(), [](const Expr* r) {
           return r->kind == ExprKind::Wildcard;
         });
}

}  // namespace

std::optional<z3::expr> Lowerer::ValueRank(const Type* t, const z3::expr& v) {
  t = Underlying(rp_, t);
  if (t->kind == TypeKind::Tuple) return sym_.Tuple(t).rank(v);
  if (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::Datatype &&
      !static_cast<const DatatypeDecl*>(t->decl)->co) {
    return sym_.Datatype(t).rank(v);
  }
  return std::nullopt;
}

std::optional<z3::expr> Lowerer::SeqRankAbove(const Type* seq, const z3::expr& s) {
  seq = Collection(rp_, Underlying(rp_, seq));
  if (seq->kind != TypeKind::Seq) return std::nullopt;
  const Type* elem = Underlying(rp_, seq->args[0]);
  const Symbols::DatatypeInfo* info = nullptr;
  if (elem->kind == TypeKind::Tuple) {
    info = &sym_.Tuple(elem);
  } else if (elem->kind == TypeKind::UserDefined && elem->decl->kind == DeclKind::Datatype &&
             !static_cast<const DatatypeDecl*>(elem->decl)->co) {
    info = &sym_.Datatype(elem);
  }
  if (info) sym_.coll.SeqElementRank(info->sort, info->rank);
  return sym_.SeqOf(seq).rank(s);
}

z3::expr Lowerer::LexLess(const Decreases& now, const std::vector<z3::expr>& before, bool bounded,
                          bool or_equal, const std::vector<const Type*>* before_types) {
  size_t n = std::min(now.values.size(), before.size());
  z3::expr result = c_.bool_val(or_equal);
  for (size_t i = n; i-- > 0;) {
    const z3::expr& a = now.values[i];
    const z3::expr& b = before[i];
    z3::expr less = c_.bool_val(false);
    const Type* t = now.types[i];
    if (!t) {
      less = b < a;  // an iterator's yield count, which only grows (Dafny's EverIncreasingType)
    } else if (IsIntBased(t)) {
      less = a < b;
      if (bounded && t->kind != TypeKind::Nat) less = 0 <= b && less;
    } else if (t->kind == TypeKind::Ordinal) {
      less = sym_.Ordinals().less(a, b);  // well founded: no lower bound
    } else if (t->kind == TypeKind::Bool) {
      less = !a && b;
    } else if (t->kind == TypeKind::Char) {
      less = a < b;  // code points (Dafny's char#ToInt)
    } else if (IsReference(t)) {
      // Dafny's order of references: null below any object.
      if (z3::eq(a.get_sort(), b.get_sort())) less = a == sym_.null_ref && b != sym_.null_ref;
    } else if (t->kind == TypeKind::Real) {
      less = a <= b - 1;
      if (bounded) less = 0 <= b && less;
    } else if (t->kind == TypeKind::Seq || t->kind == TypeKind::String) {
      // Dafny's Seq#Rank: a take, a drop or a cut of a sequence ranks below it; a sequence
      // below a datatype value whose field it is (a datatype's rank, as Dafny compares them).
      const auto& q = sym_.SeqOf(t);
      if (z3::eq(a.get_sort(), b.get_sort())) {
        less = q.rank(a) < q.rank(b);
      } else if (const auto* db = sym_.DatatypeOfSort(b.get_sort())) {
        result = q.rank(a) < db->rank(b);  // never equal
        continue;
      }
    } else if ((t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::Datatype) ||
               t->kind == TypeKind::Tuple) {
      // Datatype values of any two datatypes compare by rank, as in Dafny (whose datatypes,
      // tuples among them, share one type): an Expr's List<Expr> argument ranks below it; so
      // does one and a sequence that holds it.
      const Type* bt = before_types && i < before_types->size() ? (*before_types)[i] : nullptr;
      std::optional<z3::expr> seq_rank;
      if (const auto* db = sym_.DatatypeOfSort(b.get_sort())) {
        less =
            (t->kind == TypeKind::Tuple ? sym_.Tuple(t) : sym_.Datatype(t)).rank(a) < db->rank(b);
        if (!z3::eq(a.get_sort(), b.get_sort())) {
          result = less;  // never equal
          continue;
        }
      } else if (std::optional<z3::expr> rank = ValueRank(t, a);
                 rank && bt && (seq_rank = SeqRankAbove(bt, b))) {
        result = *rank < *seq_rank;  // never equal
        continue;
      }
    } else if (t->kind == TypeKind::Set) {
      const auto& q = sym_.SetOf(t);
      if (z3::eq(a.get_sort(), b.get_sort())) less = q.subset(a, b) && !q.equal(a, b);
    } else if (t->kind == TypeKind::Multiset) {
      const auto& q = sym_.MultisetOf(t);
      if (z3::eq(a.get_sort(), b.get_sort())) less = q.subset(a, b) && !q.equal(a, b);
    }
    if (!z3::eq(a.get_sort(), b.get_sort())) continue;
    result = less || (a == b && result);
  }
  return result;
}

namespace {

// Dafny's CompatibleDecreasesTypes: components of these two types are compared; the first pair
// that is not ends the comparison. Int-based types compare with each other, real-based ones
// too, sequences and inductive datatypes with each other, any two datatypes, any two reference
// types; type parameters and opaque types with nothing.
bool CompatibleDecreasesTypes(const Type* t, const Type* u) {
  auto datatype = [](const Type* x, bool inductive_only) {
    if (x->kind == TypeKind::Tuple) return true;
    if (x->kind != TypeKind::UserDefined || x->decl->kind != DeclKind::Datatype) return false;
    return !inductive_only || !static_cast<const DatatypeDecl*>(x->decl)->co;
  };
  auto seq = [](const Type* x) { return x->kind == TypeKind::Seq || x->kind == TypeKind::String; };
  auto reference = [](const Type* x) {
    return x->kind == TypeKind::Object || x->kind == TypeKind::Array ||
           (x->kind == TypeKind::UserDefined && IsClassLike(x->decl));
  };
  if (IsIntBased(t)) return IsIntBased(u);
  if (seq(t)) return seq(u) || datatype(u, true);
  if (datatype(t, false)) return datatype(u, false) || (datatype(t, true) && seq(u));
  if (reference(t)) return reference(u);
  switch (t->kind) {
    case TypeKind::Bool:
    case TypeKind::Char:
    case TypeKind::Real:
    case TypeKind::Set:
    case TypeKind::ISet:
    case TypeKind::Multiset:
    case TypeKind::Map:
    case TypeKind::IMap:
    case TypeKind::Arrow:
    case TypeKind::BitVector:
    case TypeKind::Ordinal:
      return u->kind == t->kind;
    default:
      return false;
  }
}

}  // namespace

z3::expr Lowerer::TrDecreasesTo(const DecreasesToExpr* d, const Env& env, const z3::expr& layer) {
  Decreases now;
  std::vector<z3::expr> before;
  size_t n = std::min(d->olds.size(), d->news.size());
  // A pair of components Dafny compares but whose values dfyc keeps in different sorts
  // (seq<int> and seq<bool>, a sequence and a datatype) ends the comparison as a pair that is
  // neither smaller nor equal: the claim is then at least as strong as Dafny's.
  bool unequal_end = false;
  for (size_t i = 0; i < n; ++i) {
    const Type* to = Underlying(rp_, sym_.Apply(rp_.TypeOf(d->olds[i])));
    const Type* tn = Underlying(rp_, sym_.Apply(rp_.TypeOf(d->news[i])));
    if (!CompatibleDecreasesTypes(to, tn)) {
      n = i;
      break;
    }
    z3::expr o = Tr(d->olds[i], env, layer);
    z3::expr x = Tr(d->news[i], env, layer);
    bool datatypes = sym_.DatatypeOfSort(o.get_sort()) && sym_.DatatypeOfSort(x.get_sort());
    if (!z3::eq(o.get_sort(), x.get_sort()) && !datatypes) {
      n = i;
      unequal_end = true;
      break;
    }
    before.push_back(o);
    now.values.push_back(x);
    now.types.push_back(tn);
    now.ranges.push_back(d->news[i]->tok);
  }
  // Dafny's endsWithWinningTopComparison: the olds' list is a proper prefix of the news'.
  bool top_wins = n == d->olds.size() && n < d->news.size();
  bool or_equal = !unequal_end && (d->allow_no_change || top_wins);
  return LexLess(now, before, /*bounded=*/false, or_equal);
}

void Lowerer::CheckCallTermination(const CallExpr* call, const Decl* callee, const Env& callee_env,
                                   const z3::expr& guard) {
  if (axiom_owner_ || in_own_postcondition_) return;
  Decreases now = CalleeDecreases(callee, callee_env, sym_.BaseLayer());
  const Decreases& before = entry_decreases_;
  Obligation decrease = before.inferred ? Obligation::CallTermination : Obligation::CallDecreases;
  // (Dafny says why a call of a function returning a codatatype is not co-recursive.)
  // (A guarded call that would be co-recursive but for an ensures clause: one check, as Dafny.)
  if (auto note = co_call_notes_.find(call); note != co_call_notes_.end() && now.inferred) {
    if (note->second == Obligation::CallTerminationCoEnsures) {
      Assert(note->second, call->tok, z3::implies(guard, LexLess(now, before.values, true)));
      return;
    }
    decrease = note->second;
  }
  // Dafny's DecreasesCheck: first, for each int or real component k of the compared prefix
  // (up to the first pair of incomparable types), that it is bounded below by 0 unless an
  // earlier component decreased or it stays the same; the bound is on the caller's value, the
  // one the call decreases from. Then the decrease, given the bounds (a call that fails both
  // reports both).
  size_t n = std::min(now.values.size(), before.values.size());
  for (size_t k = 0; k < n; ++k) {
    if (!now.types[k] || !before.types[k] ||
        !CompatibleDecreasesTypes(now.types[k], before.types[k])) {
      n = k;
      break;
    }
  }
  z3::expr earlier_less = c_.bool_val(false);
  for (size_t k = 0; k < n; ++k) {
    const z3::expr& a = now.values[k];
    const z3::expr& b = before.values[k];
    bool is_int = IsIntBased(before.types[k]) && before.types[k]->kind != TypeKind::Nat;
    bool is_real = before.types[k]->kind == TypeKind::Real;
    if (is_int || is_real) {
      z3::expr zero = is_int ? c_.int_val(0) : c_.real_val(0);
      Assert(n == 1 ? Obligation::CallBoundedBelow : Obligation::CallBoundedBelowAt, call->tok,
             z3::implies(guard, earlier_less || a == b || zero <= b), before.ranges[k]);
      const char* zero_text = is_int ? "0" : "0.0";
      if (n == 1) {
        task_.asserts.back().subject = zero_text;
      } else {
        task_.asserts.back().subject = std::to_string(k);
        task_.asserts.back().subject2 = zero_text;
      }
    }
    if (k + 1 < n) {
      Decreases one{{a}, {now.types[k]}, {now.ranges[k]}, now.inferred};
      earlier_less = earlier_less || LexLess(one, {b}, false);
    }
  }
  // Dafny's rule for explicit clauses of different lengths: a caller's shorter list stands for
  // itself followed by a top element, so a callee equal on the caller's components decreases
  // (`decreases right` calling `decreases right, 0`).
  bool caller_shorter =
      !now.inferred && !before.inferred && before.values.size() < now.values.size();
  Assert(decrease, call->tok,
         z3::implies(guard, LexLess(now, before.values, true, caller_shorter, &before.types)));
}

// --- declarations -----------------------------------------------------------------------

void Lowerer::CheckPostconditions(SourceRange at) {
  for (const Spec& ens : method_->ensures) AssumeCanCallFacts(ens.expr, env_);
  for (const Spec& ens : method_->ensures) {
    std::vector<AssertItem> items;
    std::vector<Conjunct> parts = Conjuncts(ens.expr);
    for (const Conjunct& part : parts) {
      items.push_back({Obligation::Postcondition, at, TrAsserted(part), part->tok});
    }
    size_t first = task_.asserts.size();
    AssertGroup(items);
    for (size_t k = 0; k < parts.size(); ++k) NoteInlined(first + k, parts[k], env_);
  }
  if (by_method_of_) {
    // (An unnamed result has only the value of a `return e`; none on a path without one.)
    const Var* r = by_method_of_->result;
    z3::expr value =
        r ? env_.at(r)
          : by_method_returned_.value_or(sym_.Fresh("result", rp_.ResultType(by_method_of_)));
    AssertGroup(
        {{Obligation::Postcondition, at, value == *by_method_value_, by_method_of_->by_tok}});
  }
}

// A member function's `this`: an allocated, non-null object of its class (when a reference),
// else a value of its datatype or newtype (with the constraints of its fields or base).
void Lowerer::BindFunctionReceiver(const FunctionDecl* f) {
  if (!sym_.HasReceiver(f)) return;
  z3::expr self = c_.constant("this", sym_.ReceiverSort(f));
  env_.insert_or_assign(&this_var_, self);
  if (z3::eq(self.get_sort(), sym_.ref_sort)) {
    Assume(self != sym_.null_ref && z3::select(HeapValue(Symbols::kAllocPart, env_), self));
    AssumeClassOf(rp_.OwnerOf(f), self);
  } else {
    AssumeValueReceiver(f, self);
  }
}

void Lowerer::AssumeValueReceiver(const Decl* member, const z3::expr& self) {
  const Type* t = sym_.SelfType(rp_.OwnerOf(member));
  if (z3::expr is = IsType(t, self); !is.is_true()) Assume(is);
}

void Lowerer::LowerByMethod(const FunctionDecl* f) {
  by_method_of_ = f;
  MethodDecl& m = by_method_shell_;
  m.name = f->name;
  m.range = f->range;
  m.name_range = f->name_range;
  m.ins = f->params;
  if (f->result) m.outs = {f->result};
  m.decreases = f->decreases;
  m.body = f->by_method;
  method_ = &m;
  HavocHeap(true);
  BindFunctionReceiver(f);
  for (const Var* p : f->params) Havoc(p);
  entry_env_ = env_;
  if (f->result) Havoc(f->result);
  for (const Spec& req : f->requires_) Assume(Tr(req.expr));
  // The function's value in the state the method starts in (it modifies nothing).
  z3::expr_vector args(c_);
  args.push_back(graph_.IsRecursive(f) ? sym_.ls(sym_.BaseLayer()) : sym_.BaseLayer());
  if (Symbols::ReadsHeap(f)) {
    for (size_t i = 0; i < sym_.HeapParts().size(); ++i) args.push_back(HeapValue(i, env_));
  }
  if (sym_.HasReceiver(f)) args.push_back(env_.at(&this_var_));
  for (const Var* p : f->params) args.push_back(env_.at(p));
  by_method_value_ = sym_.Function(f, sym_.TypeParamsOf(f))(args);
  entry_decreases_ = CalleeDecreases(f, entry_env_, sym_.BaseLayer());
  loop_bounds_ = InferLoopBounds(rp_, m);
  if (f->result) Track(f->result);
  LowerBlock(m.body);
  if (!terminated_) {
    SourceRange close{m.body->range.file, m.body->range.end - 1, m.body->range.end};
    CheckPostconditions(FirstChars(m.body->range, 1));
    CheckOutsAssigned(close);
  }
}

void Lowerer::LowerMethod(const MethodDecl* m, bool spec_only) {
  if (const IteratorDecl* it = IteratorOf(rp_, m)) {
    // The constructor and MoveNext of an iterator: its specification and body.
    if (m->flavor == MethodFlavor::Constructor) {
      if (spec_only) LowerIteratorConstructorSpec(it, m);
    } else if (m->name == "MoveNext") {
      LowerIterator(it, m, spec_only);
    }
    return;
  }
  method_ = m;
  method_reads_ = check_method_reads_ && HasReadsFrame(m) && !ReadsAll(m) ? &m->reads : nullptr;
  bool two_state = m->flavor == MethodFlavor::TwoStateLemma;
  if (two_state) {
    BeginTwoState(true);
  } else {
    HavocHeap(true);
  }
  if (sym_.HasReceiver(m)) {
    z3::expr self = c_.constant("this", sym_.ReceiverSort(m));
    env_.insert_or_assign(&this_var_, self);
    if (z3::eq(self.get_sort(), sym_.ref_sort)) {
      z3::expr allocated = z3::select(HeapValue(Symbols::kAllocPart, env_), self);
      // A constructor's object is new; any other method's is allocated.
      Assume(self != sym_.null_ref &&
             (m->flavor == MethodFlavor::Constructor ? !allocated : allocated));
      AssumeClassOf(rp_.OwnerOf(m), self);
    } else {
      AssumeValueReceiver(m, self);
    }
  }
  for (const Var* p : m->ins) Havoc(p);
  if (two_state) {
    Assume(AllocatedBefore(m->ins, env_, two_state_before_));
    Assume(ThisAllocatedBefore(env_, two_state_before_));
  }
  bool prefix = IsExtremeLemma(m) && !spec_only;
  if (prefix) BeginPrefixLemma(m);
  entry_env_ = env_;
  if (!spec_only) {
    for (const Var* o : m->outs) Havoc(o);
  }
  z3::expr yes = c_.bool_val(true);
  if (spec_only) WellFormedDefaults(m->ins, m->defaults);
  // (Dafny checks the reads of the precondition after assuming all of it.)
  if (spec_only && method_reads_) {
    for (const Spec& req : m->requires_) reads_premise_ = reads_premise_ && Tr(req.expr);
  }
  for (const Spec& req : m->requires_) {
    if (spec_only) WellFormed(req.expr, yes);
    AssumeClause(req.expr);
  }
  reads_premise_ = yes;
  if (spec_only) {
    // The well-formedness of the specification: the postconditions in some state after the
    // method (as Dafny's: the heap changed within the modifies clause), for arbitrary
    // out-parameters allocated in it.
    // (A method without a reads clause reads *.)
    for (const Expr* r : m->reads) {
      if (r->kind != ExprKind::Wildcard) WellFormed(r, yes);
    }
    if (!m->reads_assume_concurrent) CheckConcurrentFrame(m, m->reads, m->reads.empty(), "reads");
    for (const Expr* f : m->modifies) WellFormed(f, yes);
    if (!m->modifies_assume_concurrent) CheckConcurrentFrame(m, m->modifies, false, "modifies");
    for (const Expr* d : m->decreases) WellFormed(d, yes);
    HavocHeap(true);
    AssumeFrameUnchangedExcept(
        entry_env_, &m->modifies, entry_env_,
        m->flavor == MethodFlavor::Constructor ? env_.at(&this_var_) : sym_.null_ref);
    if (m->flavor == MethodFlavor::Constructor) {
      Assume(z3::select(HeapValue(Symbols::kAllocPart, env_), env_.at(&this_var_)));
    }
    for (const Var* o : m->outs) Havoc(o);
    for (const Spec& ens : m->ensures) {
      WellFormed(ens.expr, yes);
      Assume(Tr(ens.expr));
    }
    return;
  }
  entry_decreases_ = CalleeDecreases(m, entry_env_, sym_.BaseLayer());
  if (!m->body) return;
  if (m->flavor == MethodFlavor::Constructor) {
    // The new object is allocated from here on (in the old state it is not: it is fresh).
    z3::expr alloc = HeapValue(Symbols::kAllocPart, env_);
    z3::expr next = c_.constant(fmt::format("$Alloc#{}", sym_.NextId()).c_str(), alloc.get_sort());
    Assume(next == z3::store(alloc, env_.at(&this_var_), c_.bool_val(true)));
    env_.insert_or_assign(HeapVar(Symbols::kAllocPart), next);
  }
  if (m->flavor == MethodFlavor::Lemma || prefix) AssumeInductionHypothesis(m);
  loop_bounds_ = InferLoopBounds(rp_, *m);
  for (const Var* o : m->outs) Track(o);
  if (m->flavor == MethodFlavor::Constructor) {
    TrackConstructorFields(m);
    BeginConstructorConsts(m);
  }
  LowerBodyAndExit(m, prefix);
}

// A method's body, then its exit: the postconditions, checked once for all return paths.
void Lowerer::LowerBodyAndExit(const MethodDecl* m, bool prefix) {
  // Dafny checks out-parameters (and a constructor's fields) after the body, so only a body
  // without them ends in its last statement.
  bool tail = m->outs.empty() && m->flavor != MethodFlavor::Constructor;
  MarkReturnPoint(std::nullopt);
  // With `return`s, the body is a branch of its own, after which the exit's label comes: the
  // VIR's jumps go forward.
  vir::Block* top = cur_;
  vir::Cmd wrapper{vir::Cmd::Choice, c_.bool_val(true), 0, {}};
  collect_returns_ = ContainsStmt(m->body, StmtKind::Return);
  if (collect_returns_) cur_ = NewBranch(wrapper);
  if (prefix) {
    LowerPrefixLemmaBody(m, tail);
  } else {
    LowerBlock(m->body, tail);
  }
  bool falls_through = !terminated_;
  if (falls_through) {
    SourceRange close{m->body->range.file, m->body->range.end - 1, m->body->range.end};
    CheckFieldsAssigned(close);
    EndConstructorConsts();
    CheckOutsAssigned(close);
  }
  // The exit: the end of the body joined with every `return`.
  std::vector<std::pair<vir::Block*, Env>> arms = std::move(returns_);
  size_t jumps = arms.size();
  if (falls_through) arms.emplace_back(cur_, env_);
  if (collect_returns_) {
    collect_returns_ = false;
    cur_ = top;
    cur_->cmds.push_back(std::move(wrapper));
  }
  if (arms.empty()) return;
  uint32_t exit_label = label_counter_++;
  Join(arms, false);
  for (size_t i = 0; i < jumps; ++i) {
    arms[i].first->cmds.push_back(vir::Cmd{vir::Cmd::Exit, c_.bool_val(true), exit_label, {}});
  }
  if (jumps > 0) {
    cur_->cmds.push_back(vir::Cmd{vir::Cmd::Label, c_.bool_val(true), exit_label, {}});
  }
  size_t first = task_.asserts.size();
  CheckPostconditions(FirstChars(m->body->range, 1));
  const z3::expr& point = env_.at(&return_point_var_);
  for (size_t i = first; i < task_.asserts.size() && !task_.return_points.empty(); ++i) {
    if (task_.asserts[i].kind == Obligation::Postcondition) {
      task_.return_point_of.emplace_back(static_cast<uint32_t>(i), point);
    }
  }
}

// Dafny's automatic induction for lemmas (Rewriters/InductionRewriter.cs, heuristic 6): the
// int and nat parameters that appear as an argument of a call of a recursive function in the
// specification are induction variables; the lemma may assume its own postcondition for every
// smaller value of them (smaller in its decreases order), which is sound by well-founded
// induction on that order.
void Lowerer::AssumeInductionHypothesis(const MethodDecl* m) {
  for (const Attribute& a : m->attributes) {
    if (a.name == "induction") {
      // {:induction false} turns it off; explicit variable lists are not supported yet.
      return;
    }
  }
  // Dafny's induction heuristic (its default, 6): a parameter is an induction variable when it
  // occurs in a prominent position of an argument of a recursive function call; arithmetic,
  // concatenation, set operations, unary operators, branches of an if and a datatype's
  // constructor arguments (for a datatype variable) keep prominence, other contexts lose it.
  std::function<bool(const Expr*, const Var*, bool)> occurs = [&](const Expr* e, const Var* v,
                                                                  bool prominent) -> bool {
    switch (e->kind) {
      case ExprKind::Name:
        return prominent && rp_.BindingOf(e).var == v;
      case ExprKind::Paren:
        return occurs(static_cast<const ParenExpr*>(e)->inner, v, prominent);
      case ExprKind::Old:
      case ExprKind::Unary:
      case ExprKind::Cardinality: {
        bool found = false;
        ForEachSubExpr(e, [&](const Expr* x) { found = found || occurs(x, v, prominent); });
        return found;
      }
      case ExprKind::Call: {
        auto* call = static_cast<const CallExpr*>(e);
        const Binding& b = rp_.CalleeOf(call);
        bool rec = b.function && graph_.IsRecursive(b.function);
        const Type* vt = Underlying(rp_, rp_.TypeOf(v));
        bool keep = b.datatype && b.ctor >= 0 && vt->kind == TypeKind::UserDefined &&
                    vt->decl->kind == DeclKind::Datatype;
        bool found = false;
        for (const Expr* a : call->args) {
          found = found || occurs(ArgValueExpr(a), v, rec || (keep && prominent));
        }
        if (call->callee->kind == ExprKind::Select) {
          found = found || occurs(static_cast<const SelectExpr*>(call->callee)->object, v, rec);
        }
        return found;
      }
      case ExprKind::Binary: {
        auto* bin = static_cast<const BinaryExpr*>(e);
        bool keep = false;
        switch (bin->op) {
          case BinaryOp::Add:
          case BinaryOp::Sub:
          case BinaryOp::Mul:
          case BinaryOp::Div:
          case BinaryOp::Mod:
          case BinaryOp::LeftShift:
          case BinaryOp::RightShift:
          case BinaryOp::BitAnd:
          case BinaryOp::BitOr:
          case BinaryOp::BitXor:
            keep = true;
            break;
          default:
            break;
        }
        return occurs(bin->lhs, v, keep && prominent) || occurs(bin->rhs, v, keep && prominent);
      }
      case ExprKind::IfThenElse: {
        auto* ite = static_cast<const IfThenElseExpr*>(e);
        return occurs(ite->cond, v, false) || occurs(ite->then_branch, v, prominent) ||
               occurs(ite->else_branch, v, prominent);
      }
      case ExprKind::StmtInExpr:
        return occurs(static_cast<const StmtInExprExpr*>(e)->body, v, prominent);
      case ExprKind::PrefixEquality: {
        // (As a call of a recursive function: its depth and operands are prominent.)
        auto* p = static_cast<const PrefixEqualityExpr*>(e);
        return occurs(p->depth, v, true) || occurs(p->lhs, v, true) || occurs(p->rhs, v, true);
      }
      default: {
        bool found = false;
        ForEachSubExpr(e, [&](const Expr* x) { found = found || occurs(x, v, false); });
        return found;
      }
    }
  };
  std::vector<const Var*> chosen;
  for (const Var* v : m->ins) {
    const Type* t = rp_.TypeOf(v);
    if (t->kind == TypeKind::TypeParam || t->kind == TypeKind::Arrow) continue;
    if (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::OpaqueType) continue;
    bool found = false;
    for (const Spec& s : m->ensures) found = found || occurs(s.expr, v, false);
    for (const Spec& s : m->requires_) found = found || occurs(s.expr, v, false);
    if (found) chosen.push_back(v);
  }
  // A prefix lemma's depth is an induction variable when its specification mentions it (when
  // it has friendly calls).
  auto depth = entry_env_.find(&prefix_k_var_);
  bool prefix = depth != entry_env_.end() && MarkFriendlyCalls(m);
  if ((chosen.empty() && !prefix) || !m->outs.empty()) return;
  // The hypothesis: forall smaller values of the chosen parameters (the others unchanged).
  Env ih = entry_env_;
  std::vector<z3::expr> bound;
  z3::expr typing = c_.bool_val(true);
  if (prefix) {
    z3::expr k = c_.constant("_k#ih", depth->second.get_sort());
    bound.push_back(k);
    ih.insert_or_assign(&prefix_k_var_, k);
    if (k.is_int()) typing = k >= 0;
  }
  for (const Var* v : chosen) {
    z3::expr k = sym_.Fresh(v->name + "#ih", rp_.TypeOf(v));
    bound.push_back(k);
    ih.insert_or_assign(v, k);
    typing = typing && BoundRange(rp_.TypeOf(v), k);
  }
  // A prefix lemma's hypothesis holds at every layer of fuel: the prefix predicates it is about
  // appear at smaller layers where their definitions unfold.
  z3::expr layer = sym_.BaseLayer();
  if (prefix) {
    layer = c_.constant("ly#ih", sym_.layer);
    bound.push_back(layer);
  }
  z3::expr pre = typing;
  for (const Spec& r : m->requires_) pre = pre && Tr(r.expr, ih, layer);
  Decreases smaller = CalleeDecreases(m, ih, sym_.BaseLayer());
  z3::expr less = LexLess(smaller, entry_decreases_.values, true);
  z3::expr post = c_.bool_val(true);
  for (const Spec& s : m->ensures) post = post && Tr(s.expr, ih, layer);
  z3::expr matrix = z3::implies(pre && less, post);
  // Triggers come from the lemma's specification alone (Dafny's ComputeInductionTriggers), not
  // from the decreases measure: |s| would match every sequence.
  z3::expr spec = z3::implies(pre, post);
  // As Dafny: triggers that would start a matching loop (the body holds another application of
  // the same function to other terms over the bound variables) are not used, and without a
  // trigger there is no automatic induction.
  // A term is an instance of a trigger when the trigger's bound variables can be bound to make
  // it: the trigger would match it, and a different instance that mentions bound variables makes
  // a matching loop.
  std::function<bool(const z3::expr&, const z3::expr&, std::vector<std::optional<z3::expr>>&)>
      instance = [&](const z3::expr& pattern, const z3::expr& term,
                     std::vector<std::optional<z3::expr>>& binding) -> bool {
    for (size_t i = 0; i < bound.size(); ++i) {
      if (!z3::eq(pattern, bound[i])) continue;
      if (!binding[i]) binding[i] = term;
      return z3::eq(*binding[i], term);
    }
    if (!pattern.is_app() || !term.is_app()) return z3::eq(pattern, term);
    if (!z3::eq(pattern.decl(), term.decl()) || pattern.num_args() != term.num_args()) {
      return false;
    }
    for (unsigned i = 0; i < pattern.num_args(); ++i) {
      if (!instance(pattern.arg(i), term.arg(i), binding)) return false;
    }
    return true;
  };
  // Dafny's ExpressionEqModuloExpressionsNotInvolvingBoundVariables: the instance differs from
  // the trigger only where the trigger has a name and the instance a name or a term free of
  // the bound variables (sum(a, k, j) is no loop of sum(a, i, k); f(x + 1) is one of f(x)).
  std::function<bool(const z3::expr&, const z3::expr&)> harmless = [&](const z3::expr& t,
                                                                       const z3::expr& u) {
    if (t.is_const() && !t.is_numeral()) {
      if (u.is_const() && !u.is_numeral()) return true;
      for (const z3::expr& b : bound) {
        if (Mentions(u, b)) return false;
      }
      return true;
    }
    if (!t.is_app() || !u.is_app()) return z3::eq(t, u);
    if (!z3::eq(t.decl(), u.decl()) || t.num_args() != u.num_args()) return false;
    for (unsigned i = 0; i < t.num_args(); ++i) {
      if (!harmless(t.arg(i), u.arg(i))) return false;
    }
    return true;
  };
  auto loops = [&](const z3::expr& t) {
    std::vector<z3::expr> same_function;
    CollectTriggerCandidatesOf(spec, t.decl(), same_function);
    for (const z3::expr& other : same_function) {
      if (z3::eq(other, t)) continue;
      std::vector<std::optional<z3::expr>> binding(bound.size());
      if (instance(t, other, binding) && !harmless(t, other)) return true;
    }
    return false;
  };
  std::vector<z3::expr> triggers;
  for (const z3::expr& t : CollectTriggers(spec, bound)) {
    if (!loops(t)) triggers.push_back(t);
  }
  if (triggers.empty() && bound.size() > 1) {
    // No term mentions every induction variable: a multi-trigger of terms that together do.
    std::vector<z3::expr> multi;
    std::vector<bool> covered(bound.size(), false);
    for (const z3::expr& t : CollectTriggers(spec, bound, true)) {
      if (loops(t)) continue;
      bool adds = false;
      for (size_t i = 0; i < bound.size(); ++i) {
        if (!covered[i] && Mentions(t, bound[i])) covered[i] = adds = true;
      }
      if (adds) multi.push_back(t);
    }
    if (std::all_of(covered.begin(), covered.end(), [](bool b) { return b; })) {
      Assume(Forall(c_, bound, matrix, multi));
    }
    return;
  }
  if (triggers.empty()) return;
  // Every trigger is an alternative pattern, as Dafny gives them all.
  std::vector<std::vector<z3::expr>> patterns;
  for (const z3::expr& t : triggers) patterns.push_back({t});
  Assume(Quantifier(c_, true, bound, matrix, patterns));
}

// The branches of a function's body, as Dafny checks its postcondition: each leaf of the body's
// if-then-else, match and let structure is a path of its own, which assumes the result is the
// leaf's value and returns at the leaf (where a failed postcondition is reported).
z3::expr Lowerer::FunctionBranches(const FunctionDecl* f, const Expr* body, const z3::expr& self,
                                   bool result_checked) {
  if (body->kind == ExprKind::Paren) {
    return FunctionBranches(f, static_cast<const ParenExpr*>(body)->inner, self, result_checked);
  }
  if (body->kind == ExprKind::IfThenElse) {
    auto* ite = static_cast<const IfThenElseExpr*>(body);
    z3::expr cond = Tr(ite->cond);
    vir::Cmd choice{vir::Cmd::Choice, c_.bool_val(true), 0, {}};
    vir::Block* then_block = NewBranch(choice);
    vir::Block* else_block = NewBranch(choice);
    vir::Block* parent = cur_;
    cur_ = then_block;
    Assume(cond);
    z3::expr then_point = FunctionBranches(f, ite->then_branch, self, result_checked);
    cur_ = else_block;
    Assume(!cond);
    z3::expr else_point = FunctionBranches(f, ite->else_branch, self, result_checked);
    cur_ = parent;
    cur_->cmds.push_back(std::move(choice));
    return z3::ite(cond, then_point, else_point);
  }
  // The result's type is checked on the whole of a let or match (as it is on each branch of an
  // if-then-else).
  bool let = body->kind == ExprKind::Let && static_cast<const LetExpr*>(body)->op == LetOp::Assign;
  if ((let || body->kind == ExprKind::Match) && !result_checked) {
    z3::expr value = Tr(body);
    Assume(self == value);
    CheckSubset(rp_.ResultType(f), body, value, c_.bool_val(true));
  }
  if (let) {
    // The bindings as TrLet makes them.
    auto* l = static_cast<const LetExpr*>(body);
    Env saved = env_;
    Env inner = env_;
    for (size_t i = 0; i < l->lhs.size(); ++i) {
      MatchPattern(l->lhs[i], Tr(l->rhs[i]), rp_.TypeOf(l->rhs[i]), inner);
    }
    env_ = inner;
    z3::expr point = FunctionBranches(f, l->body, self, true);
    env_ = saved;
    return point;
  }
  if (body->kind == ExprKind::Match) {
    // Case i applies when it matches and no earlier one does (a value no case matches is the
    // well-formedness check's error).
    auto* m = static_cast<const MatchExpr*>(body);
    const Type* t = rp_.TypeOf(m->scrutinee);
    z3::expr value = Tr(m->scrutinee);
    vir::Cmd choice{vir::Cmd::Choice, c_.bool_val(true), 0, {}};
    vir::Block* parent = cur_;
    Env saved = env_;
    z3::expr earlier = c_.bool_val(false);
    std::vector<z3::expr> conds, points;
    for (size_t i = 0; i < m->cases.size(); ++i) {
      cur_ = NewBranch(choice);
      Env inner = saved;
      z3::expr cond = MatchPattern(m->cases[i].pattern, value, t, inner);
      env_ = inner;
      Assume(cond && !earlier);
      points.push_back(FunctionBranches(f, m->cases[i].body, self, true));
      conds.push_back(cond);
      earlier = earlier || cond;
      env_ = saved;
    }
    cur_ = parent;
    cur_->cmds.push_back(std::move(choice));
    if (points.empty()) throw std::logic_error("verifier: empty match");
    z3::expr point = points.back();
    for (size_t i = points.size() - 1; i-- > 0;) point = z3::ite(conds[i], points[i], point);
    return point;
  }
  z3::expr value = Tr(body);
  Assume(self == value);
  if (!result_checked) CheckSubset(rp_.ResultType(f), body, value, c_.bool_val(true));
  // (A datatype value is reported at its constructor's name, as Dafny's token for it.)
  const Expr* at = body;
  if (body->kind == ExprKind::Call) {
    const Binding& b = rp_.CalleeOf(static_cast<const CallExpr*>(body));
    if (!b.function && b.datatype && b.ctor >= 0) at = static_cast<const CallExpr*>(body)->callee;
  }
  task_.return_points.push_back(at->tok);
  return c_.int_val(static_cast<uint32_t>(task_.return_points.size()));
}

void Lowerer::CheckFunctionPost(const FunctionDecl* f, const Expr* body, const z3::expr& self) {
  z3::expr point = FunctionBranches(f, body, self);
  // On every path the result is `self`, which equals the path's value.
  if (f->result) env_.insert_or_assign(f->result, self);
  in_own_postcondition_ = true;
  for (const Spec& ens : f->ensures) {
    WellFormed(ens.expr, c_.bool_val(true));
    for (const Conjunct& part : Conjuncts(ens.expr)) {
      Assert(Obligation::Postcondition, body->tok, TrAsserted(part), part->tok);
      NoteInlined(task_.asserts.size() - 1, part, env_);
      task_.return_point_of.emplace_back(static_cast<uint32_t>(task_.asserts.size() - 1), point);
    }
  }
  in_own_postcondition_ = false;
  // What the `older` formals promise (after the postconditions, as Dafny orders them).
  if (auto older = OlderCondition(f, self, env_)) {
    Assert(Obligation::IsOlder, body->tok, *older, f->name_range);
    task_.asserts.back().subject = OlderMessage(f, sym_.HasReceiver(f));
    task_.return_point_of.emplace_back(static_cast<uint32_t>(task_.asserts.size() - 1), point);
  }
}

void Lowerer::LowerFunction(const FunctionDecl* f) {
  function_ = f;
  FindCoCalls(f);
  if (Symbols::TwoState(f)) {
    BeginTwoState(false);
  } else {
    HavocHeap(true);
  }
  BindFunctionReceiver(f);
  for (const Var* p : f->params) Havoc(p);
  if (Symbols::TwoState(f)) {
    Assume(AllocatedBefore(f->params, env_, two_state_before_));
    Assume(ThisAllocatedBefore(env_, two_state_before_));
  }
  entry_env_ = env_;
  z3::expr yes = c_.bool_val(true);
  WellFormedDefaults(f->params, f->defaults);
  for (const Spec& req : f->requires_) reads_premise_ = reads_premise_ && Tr(req.expr);
  for (const Spec& req : f->requires_) {
    WellFormed(req.expr, yes);
    Assume(Tr(req.expr));
  }
  reads_premise_ = yes;
  // The reads clause, under the precondition (its own field reads within it).
  for (const Expr* r : f->reads) {
    if (r->kind != ExprKind::Wildcard) WellFormed(r, yes);
  }
  if (!f->reads_assume_concurrent) CheckConcurrentFrame(f, f->reads, f->reads_star, "reads");
  // (Termination checks but no reads checks, as Dafny's CheckWellformed of them.)
  no_reads_checks_ = true;
  for (const Expr* d : f->decreases) WellFormed(d, yes);
  no_reads_checks_ = false;
  entry_decreases_ = CalleeDecreases(f, entry_env_, sym_.BaseLayer());
  std::vector<z3::expr> args;
  for (const Var* p : f->params) args.push_back(env_.at(p));
  z3::expr_vector call_args(c_);
  call_args.push_back(sym_.BaseLayer());
  if (Symbols::TwoState(f)) {
    for (size_t i = 0; i < sym_.HeapParts().size(); ++i) {
      call_args.push_back(HeapValue(i, two_state_before_));
    }
  }
  if (Symbols::ReadsHeap(f)) {
    for (size_t i = 0; i < sym_.HeapParts().size(); ++i) call_args.push_back(HeapValue(i, env_));
  }
  if (sym_.HasReceiver(f)) call_args.push_back(env_.at(&this_var_));
  for (const z3::expr& a : args) call_args.push_back(a);
  z3::expr self = sym_.Function(f, sym_.TypeParamsOf(f))(call_args);
  if (f->body) {
    WellFormed(f->body, yes);
    CheckFunctionPost(f, f->body, self);
  } else {
    if (f->result) env_.insert_or_assign(f->result, self);
    // F() in F's own postcondition is its result: no termination check for it.
    // Each clause is assumed once checked (Dafny's CheckWellformedAndAssume), so a later one
    // may index what an earlier one bounds (`|F(n)| == n` then `F(n)[i]`).
    in_own_postcondition_ = true;
    for (const Spec& ens : f->ensures) {
      WellFormed(ens.expr, yes);
      Assume(Tr(ens.expr));
    }
    in_own_postcondition_ = false;
    // Without a body what `older` promises is assumed, not checked; but Dafny's task has it as
    // a postcondition, so it counts as verified.
    if (OlderCondition(f, self, env_)) Assert(Obligation::IsOlder, f->name_range, yes);
  }
}

std::vector<z3::expr> Lowerer::FunctionAxioms() {
  std::vector<z3::expr> axioms;
  for (const Decl* d : rp_.callables()) {
    if (d->kind != DeclKind::Function) continue;
    auto* f = static_cast<const FunctionDecl*>(d);
    if (!sym_.TypeParamsOf(f).empty()) continue;  // made per instantiation, on request
    std::vector<z3::expr> more = AxiomsOf(f, {});
    axioms.insert(axioms.end(), more.begin(), more.end());
  }
  std::vector<z3::expr> more = OverrideAxioms();
  axioms.insert(axioms.end(), more.begin(), more.end());
  return axioms;
}

std::vector<z3::expr> Lowerer::InstanceAxioms() {
  std::vector<z3::expr> axioms;
  // Instances may request more instances; a bound stops polymorphic recursion. (200 was too
  // few for a program over Std.Producers and Std.Consumers: the instances of the traits'
  // functions at its own type arguments came last and had no axioms.)
  for (; instances_done_ < sym_.requested.size() && instances_done_ < 1000; ++instances_done_) {
    Symbols::Requested r = sym_.requested[instances_done_];
    // (An instance whose definition reads a field the heap has no part for, below the
    // deepest instantiation the program names, keeps no axioms: an uninterpreted function
    // there is weaker, never wrong. ExtensibleArray<T>'s Valid calls depot.Valid() of an
    // ExtensibleArray<array<T>>, whose definition calls that of ExtensibleArray<array<array<T>>>.)
    const Env* saved_old = old_env_;
    try {
      std::vector<z3::expr> more = AxiomsOf(r.f, r.inst);
      std::vector<z3::expr> overrides = OverrideAxiomsOf(r.f, r.inst);
      axioms.insert(axioms.end(), more.begin(), more.end());
      axioms.insert(axioms.end(), overrides.begin(), overrides.end());
    } catch (const MissingHeapPart&) {
      old_env_ = saved_old;
      axiom_owner_ = nullptr;
    }
  }
  return axioms;
}

// Dafny's frame axiom of a function that reads the heap: f(h0, x) == f(h1, x) when h0 and h1
// agree on f's reads clause (on every location of each object or array in it other than null,
// which no reads clause needs: f.reads(x) may hold null), triggered by the two applications. None
// for `reads *` or a frame dfyc cannot enumerate.
std::optional<z3::expr> Lowerer::FrameAxiom(const FunctionDecl* f, const z3::func_decl& fn,
                                            const std::vector<z3::expr>& bound, const Env& env,
                                            const std::vector<z3::expr>& heap_args) {
  if (f->reads_star) return std::nullopt;
  const auto& parts = sym_.HeapParts();
  Env env1 = env;
  std::vector<z3::expr> heap1;
  for (size_t i = 0; i < parts.size(); ++i) {
    heap1.push_back(c_.constant(fmt::format("{}#ax1", parts[i].name).c_str(), parts[i].sort));
    env1.insert_or_assign(HeapVar(i), heap1.back());
  }
  z3::expr agree = c_.bool_val(true);
  try {
    for (const Expr* r : f->reads) {
      if (IsEmptyDisplay(r)) continue;
      if (r->kind == ExprKind::FieldFrame) {
        // o`g: the two heaps agree on field g of o (or of each object of the collection o).
        auto* ff = static_cast<const FieldFrameExpr*>(r);
        // (All the field's parts, of every instantiation of a generic class: a stronger
        // premise, so a weaker axiom.)
        z3::expr o = ff->object ? Tr(ff->object, env, sym_.BaseLayer()) : env.at(&this_var_);
        const Type* ot = ff->object ? rp_.TypeOf(ff->object) : nullptr;
        for (size_t p : sym_.FieldParts(rp_.BindingOf(r).member)) {
          if (!ot || IsReference(ot)) {
            agree = agree && z3::implies(o != sym_.null_ref,
                                         z3::select(heap_args[p], o) == z3::select(heap1[p], o));
          } else if (ot->kind == TypeKind::Set) {
            z3::expr x = c_.constant("$fo", sym_.ref_sort);
            agree =
                agree && Forall(c_, {x},
                                z3::implies(x != sym_.null_ref && sym_.SetOf(ot).member(o, x),
                                            z3::select(heap_args[p], x) == z3::select(heap1[p], x)),
                                {});
          } else {
            return std::nullopt;
          }
        }
        continue;
      }
      const Type* t = rp_.TypeOf(r);
      z3::expr value = Tr(r, env, sym_.BaseLayer());
      if (IsReference(t)) {
        for (size_t p : PartsOf(t)) {
          agree = agree && z3::implies(value != sym_.null_ref, z3::select(heap_args[p], value) ==
                                                                   z3::select(heap1[p], value));
        }
        continue;
      }
      if ((t->kind != TypeKind::Set && t->kind != TypeKind::Seq) || !IsReference(t->args[0])) {
        return std::nullopt;
      }
      z3::expr o = c_.constant("$fo", sym_.ref_sort);
      z3::expr in = HasElement(t, value, o);
      z3::expr same = c_.bool_val(true);
      for (size_t p : PartsOf(t->args[0])) {
        same = same && z3::select(heap_args[p], o) == z3::select(heap1[p], o);
      }
      agree = agree && Forall(c_, {o}, z3::implies(o != sym_.null_ref && in, same), {});
    }
  } catch (const std::logic_error&) {
    return std::nullopt;
  }
  // f's arguments: the layer, the heap parts, then the receiver and parameters.
  std::vector<z3::expr> vars = bound;
  z3::expr_vector args0(c_), args1(c_);
  for (size_t i = 0; i < bound.size(); ++i) {
    args0.push_back(bound[i]);
    bool heap = i >= 1 && i <= parts.size();
    args1.push_back(heap ? heap1[i - 1] : bound[i]);
  }
  vars.insert(vars.end(), heap1.begin(), heap1.end());
  z3::expr f0 = fn(args0), f1 = fn(args1);
  return Forall(c_, vars, z3::implies(agree, f0 == f1), {f0, f1});
}

// The definition (limited by fuel), layer synonym and consequence axioms of one function
// instance.
std::vector<z3::expr> Lowerer::AxiomsOf(const FunctionDecl* f, const Symbols::Instance& inst) {
  std::vector<z3::expr> axioms;
  Symbols::SubstScope scope(sym_, f, inst);
  {
    axiom_owner_ = f;
    z3::expr ly = c_.constant("ly", sym_.layer);
    std::vector<z3::expr> bound{ly};
    Env env;
    z3::expr guard = c_.bool_val(true);
    z3::expr_vector args_ly(c_), args_s(c_);
    args_ly.push_back(ly);
    args_s.push_back(sym_.ls(ly));
    std::vector<z3::expr> heap_args;
    // A two-state function's previous heap, for old(...) in its definition and specification.
    Env before;
    const Env* saved_old = old_env_;
    if (Symbols::TwoState(f)) {
      const auto& parts = sym_.HeapParts();
      for (size_t i = 0; i < parts.size(); ++i) {
        z3::expr h = c_.constant(fmt::format("{}#ax_old", parts[i].name).c_str(), parts[i].sort);
        bound.push_back(h);
        heap_args.push_back(h);
        before.insert_or_assign(HeapVar(i), h);
        args_ly.push_back(h);
        args_s.push_back(h);
      }
      old_env_ = &before;
    }
    if (Symbols::ReadsHeap(f)) {
      const auto& parts = sym_.HeapParts();
      for (size_t i = 0; i < parts.size(); ++i) {
        z3::expr h = c_.constant(fmt::format("{}#ax", parts[i].name).c_str(), parts[i].sort);
        bound.push_back(h);
        heap_args.push_back(h);
        env.insert_or_assign(HeapVar(i), h);
        args_ly.push_back(h);
        args_s.push_back(h);
      }
    }
    std::vector<z3::expr> receiver_args;
    if (sym_.HasReceiver(f)) {
      z3::expr self = c_.constant("this#ax", sym_.ReceiverSort(f));
      bound.push_back(self);
      receiver_args.push_back(self);
      env.insert_or_assign(&this_var_, self);
      args_ly.push_back(self);
      args_s.push_back(self);
      if (z3::eq(self.get_sort(), sym_.ref_sort)) guard = guard && self != sym_.null_ref;
    }
    for (size_t i = 0; i < f->params.size(); ++i) {
      const Var* p = f->params[i];
      z3::expr x =
          c_.constant(fmt::format("{}#p{}", p->name, i).c_str(), sym_.SortOf(rp_.TypeOf(p)));
      bound.push_back(x);
      env.insert_or_assign(p, x);
      args_ly.push_back(x);
      args_s.push_back(x);
      if (HasDirectConstraint(rp_.TypeOf(p))) guard = guard && IsType(rp_.TypeOf(p), x);
    }
    if (Symbols::TwoState(f)) {
      guard = guard && AllocatedBefore(f->params, env, before) && ThisAllocatedBefore(env, before);
    }
    for (const Spec& req : f->requires_) guard = guard && Tr(req.expr, env, ly);
    z3::func_decl fn = sym_.Function(f, inst);
    z3::expr self_ly = fn(args_ly);
    z3::expr self_s = fn(args_s);
    // While f's own cluster is verified, f is not known to terminate, and its definition
    // could be contradictory (f(s) == 1 + f(s[0..])): as Dafny's, it then holds only for
    // checked calls (canCall).
    bool own_cluster = InTaskCluster(f);
    auto can_call = [&](const z3::expr_vector& args) {
      z3::expr_vector cc(c_);
      for (unsigned i = 1 + static_cast<unsigned>(heap_args.size()); i < args.size(); ++i) {
        cc.push_back(args[i]);
      }
      return sym_.CanCall(f, inst)(cc);
    };
    auto checked = [&](const z3::expr_vector& args) {
      return own_cluster ? can_call(args) : c_.bool_val(true);
    };
    // Definition: each unfolding consumes one layer of fuel. None where an export set hides
    // the body from the module being verified (provided, not revealed).
    bool body = f->body && rp_.BodyVisibleFrom(f, decl_);
    // An opaque function's definition holds only where revealed (encode_reveal.cpp). Revealing
    // an override reveals what it overrides, as in Dafny.
    auto revealed = [&](const z3::expr& axiom) {
      return IsOpaque(f) ? z3::implies(sym_.Revealed(f), axiom) : axiom;
    };
    if (const Decl* parent = rp_.OverriddenOf(f); IsOpaque(f) && parent && IsOpaque(parent)) {
      axioms.push_back(z3::implies(sym_.Revealed(f), sym_.Revealed(parent)));
    }
    if (body) {
      z3::expr definition =
          WithCanCallFacts(self_s == Tr(f->body, env, ly), can_call(args_s), f->body, env, ly);
      axioms.push_back(
          revealed(Forall(c_, bound, z3::implies(guard && checked(args_s), definition), {self_s})));
    }
    // Literal arguments: the definition unfolds without consuming fuel (Dafny's Lit axiom). A
    // receiver that is a value (of a datatype or newtype) is one of them.
    bool lit_receiver =
        !receiver_args.empty() && !z3::eq(receiver_args[0].get_sort(), sym_.ref_sort);
    if (body && (!f->params.empty() || lit_receiver)) {
      Env lit_env;
      z3::expr_vector lit_args(c_);
      lit_args.push_back(sym_.ls(ly));
      for (const z3::expr& h : heap_args) lit_args.push_back(h);
      for (const auto& [var, value] : env) {
        if (var->kind != VarKind::InParam) lit_env.insert_or_assign(var, value);
      }
      for (const z3::expr& h : receiver_args) {
        z3::expr self = lit_receiver ? sym_.Lit(h) : h;
        lit_args.push_back(self);
        lit_env.insert_or_assign(&this_var_, self);
      }
      z3::expr lit_guard = c_.bool_val(true);
      for (size_t i = 0; i < f->params.size(); ++i) {
        z3::expr lit = sym_.Lit(bound[i + 1 + heap_args.size() + receiver_args.size()]);
        lit_env.insert_or_assign(f->params[i], lit);
        lit_args.push_back(lit);
        if (HasDirectConstraint(rp_.TypeOf(f->params[i]))) {
          lit_guard = lit_guard && IsType(rp_.TypeOf(f->params[i]), lit);
        }
      }
      for (const Spec& req : f->requires_) lit_guard = lit_guard && Tr(req.expr, lit_env, ly);
      lit_guard = lit_guard && checked(lit_args);
      z3::expr lhs = fn(lit_args);
      z3::expr definition = WithCanCallFacts(lhs == Tr(f->body, lit_env, sym_.ls(ly)),
                                             can_call(lit_args), f->body, lit_env, sym_.ls(ly));
      axioms.push_back(revealed(Forall(c_, bound, z3::implies(lit_guard, definition), {lhs})));
    }
    // Layer synonym: more fuel never changes the value.
    axioms.push_back(Forall(c_, bound, self_s == self_ly, {self_s}));
    if (IsExtremePredicate(f)) PrefixAxioms(f, inst, bound, args_ly, env, guard, axioms);
    // Frame: in two heaps that agree on what f reads, f has the same value.
    if (!heap_args.empty() && !Symbols::TwoState(f)) {
      if (auto frame = FrameAxiom(f, fn, bound, env, heap_args)) axioms.push_back(*frame);
    }
    // Consequence: the postconditions and the result type.
    Env post_env = env;
    if (f->result) post_env.insert_or_assign(f->result, self_ly);
    z3::expr post = c_.bool_val(true);
    for (const Spec& ens : f->ensures) {
      post = WithCanCallFacts(post && Tr(ens.expr, post_env, ly), can_call(args_ly), ens.expr,
                              post_env, ly);
    }
    if (HasSubsetType(rp_.ResultType(f))) post = post && IsType(rp_.ResultType(f), self_ly);
    if (auto older = OlderCondition(f, self_ly, env)) post = post && *older;
    // A result of a non-null class type is not null (Dafny's $Is of the result).
    if (const Type* rt = sym_.Apply(rp_.ResultType(f));
        rt && IsReference(rt) && !rt->nullable && z3::eq(self_ly.get_sort(), sym_.ref_sort)) {
      post = post && self_ly != sym_.null_ref;
    }
    if (z3::eq(self_ly.get_sort(), sym_.ref_sort)) {
      if (z3::expr is = IsOfType(rp_.ResultType(f), self_ly); !is.is_true()) post = post && is;
      // A result of a class type is of that class (Dafny's $Is of the result, whose class
      // type's objects have its dtype): results of different classes differ.
      if (const Type* rt = sym_.Apply(rp_.ResultType(f));
          rt && rt->kind == TypeKind::UserDefined &&
          (rt->decl->kind == DeclKind::Class || rt->decl->kind == DeclKind::Iterator)) {
        post = post && z3::implies(self_ly != sym_.null_ref,
                                   sym_.dtype(self_ly) == sym_.ClassTag(rt->decl));
      }
    }
    // A checked call (canCall) may use f's postcondition; outside f's own cluster, so may any
    // call whose arguments satisfy f's parameter types and precondition. While f's cluster is
    // verified, only checked calls may (the induction hypothesis), never f itself.
    z3::expr_vector cc(c_);
    for (size_t i = 1 + heap_args.size(); i < args_ly.size(); ++i) cc.push_back(args_ly[i]);
    // (the receiver, when there is one, is the first of these)
    guard = InTaskCluster(f) ? sym_.CanCall(f, inst)(cc) : (sym_.CanCall(f, inst)(cc) || guard);
    if (!post.is_true()) axioms.push_back(Forall(c_, bound, z3::implies(guard, post), {self_ly}));
    old_env_ = saved_old;
  }
  axiom_owner_ = nullptr;
  return axioms;
}

// --- statements -------------------------------------------------------------------------

void Lowerer::LowerBlock(const BlockStmt* b, bool tail) {
  int divider = method_ && b == method_->body ? method_->new_divider : -1;
  for (size_t i = 0; i < b->stmts.size(); ++i) {
    if (terminated_) return;  // unreachable code is not checked, as in Dafny
    if (static_cast<int>(i) == divider) {
      CheckFieldsAssigned(method_->new_divider_at);
      field_trackers_.clear();
      EndConstructorConsts();
    }
    LowerStmt(b->stmts[i], tail && i + 1 == b->stmts.size());
  }
  if (!terminated_ && divider == static_cast<int>(b->stmts.size())) {
    CheckFieldsAssigned(method_->new_divider_at);
    field_trackers_.clear();
    EndConstructorConsts();
  }
}

// The frame `frames` (evaluated in `frames_env`) within what the current method may modify:
// each object allocated when the method began is in its modifies clause (o`f for its field),
// and in the modifies clause of each enclosing loop.
z3::expr Lowerer::FrameAllowed(const std::vector<Expr*>& frames, const Env& frames_env) {
  z3::expr r = c_.constant("$o", sym_.ref_sort);
  z3::expr allocated_at_entry = z3::select(HeapValue(Symbols::kAllocPart, entry_env_), r);
  const std::vector<Expr*> none;
  const std::vector<Expr*>& mine = method_ ? method_->modifies : none;
  z3::expr old_object = r != sym_.null_ref && allocated_at_entry;
  // Whole objects within whole objects; and each field the callee names by o`f within the
  // caller's frame for that field. (An iterator's body may also modify `this`.)
  // (The caller's frames in the caller's scope, when a callee's is in force.)
  struct InCaller {
    Symbols& sym;
    std::optional<SavedScope> saved;
    InCaller(Symbols& s, const std::optional<SavedScope>& caller) : sym(s) {
      if (!caller) return;
      saved = SavedScope{std::exchange(sym.subst, caller->subst),
                         std::exchange(sym.scope_decl, caller->decl)};
    }
    ~InCaller() {
      if (!saved) return;
      sym.subst = std::move(saved->subst);
      sym.scope_decl = saved->decl;
    }
  };
  std::optional<InCaller> in_caller;
  in_caller.emplace(sym_, caller_scope_);
  z3::expr allowed = InFrame(mine, r, entry_env_);
  in_caller.reset();
  if (iterator_) allowed = allowed || r == IteratorThis();
  z3::expr ok =
      Forall(c_, {r}, z3::implies(old_object && InFrame(frames, r, frames_env), allowed), {});
  std::set<const Decl*> fields;
  for (const Expr* f : frames) {
    if (f->kind == ExprKind::FieldFrame) fields.insert(rp_.BindingOf(f).member);
  }
  for (const Decl* field : fields) {
    z3::expr in_callee = InFrame(frames, r, frames_env, field);
    in_caller.emplace(sym_, caller_scope_);
    z3::expr in_mine = InFrame(mine, r, entry_env_, field);
    in_caller.reset();
    ok = ok && Forall(c_, {r}, z3::implies(old_object && in_callee, in_mine), {});
  }
  // And within the modifies clause of each enclosing loop.
  for (const LoopFrame& f : loop_frames_) {
    z3::expr at_loop = z3::select(HeapValue(Symbols::kAllocPart, *f.at), r);
    z3::expr in_callee = InFrame(frames, r, frames_env, nullptr, true);
    in_caller.emplace(sym_, caller_scope_);
    z3::expr in_loop = InFrame(*f.modifies, r, *f.at);
    in_caller.reset();
    ok =
        ok && Forall(c_, {r}, z3::implies(r != sym_.null_ref && at_loop && in_callee, in_loop), {});
  }
  return ok;
}

void Lowerer::LowerModify(const ModifyStmt* s) {
  z3::expr yes = c_.bool_val(true);
  for (const Expr* f : s->frames) {
    if (f->kind == ExprKind::FieldFrame) {
      if (const Expr* o = static_cast<const FieldFrameExpr*>(f)->object) WellFormed(o, yes);
    } else {
      WellFormed(f, yes);
    }
  }
  Assert(Obligation::ModifyFrame, s->range, FrameAllowed(s->frames, env_));
  Env before = env_;
  if (s->body) {
    // `modify E { S }` (deprecated): S runs with E as its frame, as a loop's modifies clause
    // bounds its body; nothing else changes.
    loop_frames_.push_back({&s->frames, &before});
    LowerBlock(s->body);
    loop_frames_.pop_back();
    return;
  }
  HavocHeap(false);
  AssumeFrameUnchanged(before, &s->frames, before);
}

void Lowerer::AssertPreconditions(const std::vector<Spec>& requires_, SourceRange at,
                                  const Env& callee, bool note_inlined) {
  for (const Spec& req : requires_) AssumeCanCallFacts(req.expr, callee);
  for (const Spec& req : requires_) {
    std::vector<AssertItem> items;
    std::vector<Conjunct> parts = Conjuncts(req.expr);
    for (const Conjunct& part : parts) {
      items.push_back(
          {Obligation::Precondition, at, Tr(part, callee, sym_.ls(sym_.BaseLayer())), part->tok});
    }
    size_t first = task_.asserts.size();
    AssertGroup(items);
    if (!note_inlined) continue;
    for (size_t k = 0; k < parts.size(); ++k) NoteInlined(first + k, parts[k], callee);
  }
}

std::vector<z3::expr> Lowerer::LowerMethodCall(const CallExpr* call, const MethodDecl* m) {
  z3::expr yes = c_.bool_val(true);
  if (const IteratorDecl* it = IteratorOf(rp_, m); it && m->name == "MoveNext") {
    return LowerMoveNextCall(call, m, it);
  }
  std::optional<z3::expr> receiver;
  if (sym_.HasReceiver(m)) receiver = Receiver(call->callee, env_, sym_.BaseLayer());
  Symbols::Instance inst = InstanceOf(rp_.CalleeOf(call), call->callee);
  std::vector<const Expr*> bound = BoundArgs(call->args, m->ins);
  std::vector<z3::expr> args = ArgValues(
      bound, {&m->ins, &m->defaults, m, inst, receiver}, env_, sym_.BaseLayer(),
      [&](size_t i, const Expr* a) {
        WellFormed(a, yes);
        z3::expr value = TrLit(a, env_, sym_.BaseLayer());
        CheckSubset(CalleeType(m, rp_.CalleeOf(call), call->callee, rp_.TypeOf(m->ins[i])), a,
                    value, yes);
        return value;
      },
      true);
  bool two_state = m->flavor == MethodFlavor::TwoStateLemma;
  if (two_state) {
    // (The receiver first, as Dafny checks them.)
    if (receiver) {
      CheckReceiverAllocatedBefore(call->callee, *receiver, yes,
                                   Obligation::TwoStateLemmaReceiverAllocated);
    }
    CheckAllocatedBefore(m->ins, bound, args, yes, Obligation::TwoStateLemmaArgAllocated);
  }
  Env callee = BindFormals(m->ins, args);
  if (std::optional<z3::expr> depth = CallDepth(call, m)) {
    MarkFriendlyCalls(m);
    callee.insert_or_assign(&prefix_k_var_, *depth);
  }
  if (receiver) {
    if (call->callee->kind == ExprKind::Select) {
      WellFormed(static_cast<const SelectExpr*>(call->callee)->object, yes);
      if (z3::eq(receiver->get_sort(), sym_.ref_sort)) {
        // (At the receiver, as Dafny reports it.)
        Assert(Obligation::NullTarget, static_cast<const SelectExpr*>(call->callee)->object->tok,
               *receiver != sym_.null_ref);
      }
    }
    callee.insert_or_assign(&this_var_, *receiver);
  }
  caller_scope_ = SavedScope{sym_.subst, sym_.scope_decl};
  Symbols::SubstScope scope(sym_, m, inst);
  AssertPreconditions(m->requires_, call->tok, callee, true);
  // (A method declared `decreases *` may recurse without end.)
  bool may_diverge = method_ && method_->decreases_star;
  if (InTaskCluster(m) && !may_diverge) CheckCallTermination(call, m, callee, yes);
  // With a checked reads clause, what the callee may read must be in it (a method without a
  // reads clause reads *; a lemma reads what it likes).
  if (const std::vector<Expr*>* frame = CheckedReads(); frame && HasReadsFrame(m)) {
    z3::expr within = c_.bool_val(false);
    if (!ReadsAll(m)) {
      z3::expr o = c_.constant(fmt::format("$ro#{}", sym_.NextId()).c_str(), sym_.ref_sort);
      z3::expr used = o != sym_.null_ref && z3::select(HeapValue(Symbols::kAllocPart, env_), o) &&
                      InFrame(m->reads, o, callee, nullptr, true);
      within = Forall(c_, {o}, z3::implies(used, InFrame(*frame, o, ReadsEnv())), {});
    }
    Assert(Obligation::ReadsMethodCall, call->tok, within);
  }
  // The callee's frame must be within the caller's: what it may modify was allocated after
  // the caller began, or is in the caller's modifies clause.
  if (m->modifies.empty()) {
    Assert(Obligation::CallFrame, call->tok, c_.bool_val(true));
  } else {
    Assert(Obligation::CallFrame, call->tok, FrameAllowed(m->modifies, callee));
  }
  caller_scope_.reset();
  // The call: the heap changes only within the callee's frame; then its postconditions hold,
  // with old(...) in the state before the call.
  Env before = env_;
  // (A two-state lemma's previous state is the caller's.)
  Env callee_before = callee;
  if (two_state) {
    const Env& caller_before = OldStateOf("");
    for (size_t i = 0; i < sym_.HeapParts().size(); ++i) {
      callee_before.insert_or_assign(HeapVar(i), caller_before.at(HeapVar(i)));
    }
  }
  HavocHeap(true);
  AssumeFrameUnchanged(before, &m->modifies, callee_before);
  // A lemma can neither allocate nor, with no modifies clause, change the heap: the heap after
  // it is the one before (Dafny's "S1 == S2" frame condition), not only equal at each object.
  // (Only in a method: in a lemma, where the heap hardly matters, the equalities changed Z3's
  // search enough to time out examples/framing's ParseFramesWritten.)
  auto lemma = [](const MethodDecl* x) {
    return x->flavor == MethodFlavor::Lemma || x->flavor == MethodFlavor::TwoStateLemma ||
           x->flavor == MethodFlavor::LeastLemma || x->flavor == MethodFlavor::GreatestLemma;
  };
  if (lemma(m) && m->modifies.empty() && method_ && !lemma(method_)) {
    for (size_t i = 0; i < sym_.HeapParts().size(); ++i) {
      Assume(HeapValue(i, env_) == HeapValue(i, before));
    }
  }
  for (const auto& [part, var] : heap_var_of_) callee.insert_or_assign(var, env_.at(var));
  std::vector<z3::expr> outs;
  for (const Var* o : m->outs) {
    z3::expr fresh = sym_.Fresh(o->name, rp_.TypeOf(o));
    AssumeTypeConstraint(o, fresh);
    callee.insert_or_assign(o, fresh);
    outs.push_back(fresh);
  }
  const Env* saved_old = old_env_;
  old_env_ = &callee_before;
  for (const Spec& ens : m->ensures) AssumeClause(ens.expr, callee);
  old_env_ = saved_old;
  return outs;
}

void Lowerer::LowerAssign(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs) {
  z3::expr yes = c_.bool_val(true);
  if (rhs.size() == 1 && rhs[0]->kind == ExprKind::Call) {
    auto* call = static_cast<const CallExpr*>(rhs[0]);
    if (const MethodDecl* m = rp_.CalleeOf(call).method) {
      std::vector<z3::expr> outs = LowerMethodCall(call, m);
      for (size_t i = 0; i < lhs.size() && i < outs.size(); ++i) {
        const Var* v = rp_.BindingOf(lhs[i]).var;
        CheckOutSubset(rp_.TypeOf(v), rp_.TypeOf(m->outs[i]), lhs[i]->tok, outs[i]);
        AssignVar(v, outs[i], nullptr);
      }
      return;
    }
  }
  // Right-hand sides first, all in the state before the assignment.
  for (const Expr* l : lhs) {
    if (l->kind == ExprKind::Index) {
      auto* ix = static_cast<const IndexExpr*>(l);
      WellFormed(ix->seq, yes);
      for (const Expr* i : ix->indices) WellFormed(i, yes);
    }
  }
  std::vector<z3::expr> values;
  for (size_t i = 0; i < rhs.size(); ++i) {
    values.push_back(LowerRhs(rhs[i], i < lhs.size() ? rp_.TypeOf(lhs[i]) : nullptr));
  }
  // Two fields assigned at once may be the same one only with the same value.
  auto field_of = [&](const Expr* l) -> const Decl* {
    const Decl* f = rp_.BindingOf(l).member;
    return f && f->kind == DeclKind::Field ? f : nullptr;
  };
  auto object_of = [&](const Expr* l) {
    return l->kind == ExprKind::Select ? Tr(static_cast<const SelectExpr*>(l)->object)
                                       : env_.at(&this_var_);
  };
  for (size_t j = 0; j < lhs.size() && j < values.size(); ++j) {
    const Decl* fj = field_of(lhs[j]);
    if (!fj) continue;
    for (size_t i = 0; i < j; ++i) {
      if (field_of(lhs[i]) != fj) continue;
      Assert(Obligation::SameLocation, lhs[j]->tok,
             z3::implies(object_of(lhs[i]) == object_of(lhs[j]),
                         Unlit(values[i]) == Unlit(values[j])));
      task_.asserts.back().subject = ExprText(lhs[j]);
      task_.asserts.back().subject2 = ExprText(lhs[i]);
    }
  }
  // A local assigned twice at once: with the same value (Dafny's DistinctLHS).
  for (size_t j = 0; j < lhs.size() && j < values.size(); ++j) {
    const Var* vj = rp_.BindingOf(lhs[j]).var;
    if (!vj || lhs[j]->kind != ExprKind::Name) continue;
    for (size_t i = 0; i < j; ++i) {
      if (rp_.BindingOf(lhs[i]).var != vj || lhs[i]->kind != ExprKind::Name) continue;
      Assert(Obligation::SameLocation, lhs[j]->tok,
             EqualValues(Unlit(values[i]), Unlit(values[j]), rp_.TypeOf(vj)));
      task_.asserts.back().subject = ExprText(lhs[j]);
      task_.asserts.back().subject2 = ExprText(lhs[i]);
    }
  }
  // Two array elements assigned at once may be the same one only with the same value.
  for (size_t j = 0; j < lhs.size() && j < values.size(); ++j) {
    if (lhs[j]->kind != ExprKind::Index) continue;
    auto* xj = static_cast<const IndexExpr*>(lhs[j]);
    for (size_t i = 0; i < j; ++i) {
      if (lhs[i]->kind != ExprKind::Index) continue;
      auto* xi = static_cast<const IndexExpr*>(lhs[i]);
      if (sym_.ArrayPart(rp_.TypeOf(xi->seq)) != sym_.ArrayPart(rp_.TypeOf(xj->seq))) continue;
      z3::expr same = Tr(xi->seq) == Tr(xj->seq);
      for (size_t k = 0; k < xi->indices.size() && k < xj->indices.size(); ++k) {
        same = same && Tr(xi->indices[k]) == Tr(xj->indices[k]);
      }
      Assert(Obligation::SameLocation, lhs[j]->tok,
             z3::implies(same, Unlit(values[i]) == Unlit(values[j])));
      task_.asserts.back().subject = ExprText(lhs[j]);
      task_.asserts.back().subject2 = ExprText(lhs[i]);
    }
  }
  // The targets' objects and indices are those of the state before the assignment.
  const Env before = env_;
  for (size_t i = 0; i < lhs.size() && i < values.size(); ++i) {
    if (const Decl* f = rp_.BindingOf(lhs[i]).member; f && f->kind == DeclKind::Field) {
      LowerFieldAssign(lhs[i], Unlit(values[i]), rhs[i], &before);
      continue;
    }
    if (const Decl* f = rp_.BindingOf(lhs[i]).member; f && IsObjectConst(rp_, f)) {
      AssignObjectConst(lhs[i], Unlit(values[i]), rhs[i]);
      continue;
    }
    if (lhs[i]->kind == ExprKind::Index) {
      LowerArrayAssign(static_cast<const IndexExpr*>(lhs[i]), Unlit(values[i]), rhs[i], &before);
      continue;
    }
    AssignVar(rp_.BindingOf(lhs[i]).var, values[i], rhs[i]);
  }
}

z3::expr Lowerer::LowerRhs(const Expr* r, const Type* target) {
  if (r->kind == ExprKind::New) {
    auto* n = static_cast<const NewRhsExpr*>(r);
    z3::expr o = n->is_array ? LowerNewArray(n) : LowerNewObject(n);
    if (iterator_) RecordNewObject(o);  // (in an iterator's body: into _new, as Dafny does)
    return o;
  }
  if (r->kind == ExprKind::Wildcard) {
    // x := *: an arbitrary value of the target's type.
    const Type* t = target ? target : rp_.TypeOf(r);
    z3::expr v = sym_.Fresh("$havoc", t);
    Assume(BoundRange(t, v) && IsType(t, v));
    if (t->kind == TypeKind::Multiset) Assume(sym_.MultisetOf(t).is_good(v));
    AssumeAllocated(t, v);
    return v;
  }
  WellFormed(r, c_.bool_val(true));
  return TrLit(r, env_, sym_.BaseLayer());
}

void Lowerer::LowerVarDecl(const VarDeclStmt* s) {
  if (s->rhs.empty()) {
    for (const Var* v : s->vars) {
      Havoc(v);
      Track(v);
    }
    return;
  }
  // Declared variables are bound by name expressions only after the declaration, so bind the
  // targets by position here.
  z3::expr yes = c_.bool_val(true);
  if (s->rhs.size() == 1 && s->rhs[0]->kind == ExprKind::Call) {
    auto* call = static_cast<const CallExpr*>(s->rhs[0]);
    if (const MethodDecl* m = rp_.CalleeOf(call).method) {
      std::vector<z3::expr> outs = LowerMethodCall(call, m);
      for (size_t i = 0; i < s->vars.size() && i < outs.size(); ++i) {
        CheckOutSubset(rp_.TypeOf(s->vars[i]), rp_.TypeOf(m->outs[i]), s->vars[i]->range, outs[i]);
        AssignVar(s->vars[i], outs[i], nullptr);
      }
      return;
    }
  }
  std::vector<z3::expr> values;
  for (size_t i = 0; i < s->rhs.size(); ++i) {
    values.push_back(LowerRhs(s->rhs[i], i < s->vars.size() ? rp_.TypeOf(s->vars[i]) : nullptr));
  }
  for (size_t i = 0; i < s->vars.size() && i < values.size(); ++i) {
    AssignVar(s->vars[i], values[i], s->rhs[i]);
  }
}

void Lowerer::LowerIf(const IfStmt* s, bool tail) {
  std::optional<z3::expr> cond;
  // if x :| p: the then branch runs with some x satisfying p, the else branch when none does.
  std::optional<z3::expr> none;
  if (s->kind == StmtKind::BindingIf) {
    for (const Var* v : s->bound_vars) Havoc(v);
    WellFormed(s->cond, c_.bool_val(true));  // for arbitrary values of the variables
    Env inner = env_;
    std::vector<z3::expr> bound;
    z3::expr range = BindFresh({s->bound_vars.begin(), s->bound_vars.end()}, inner, bound);
    z3::expr body = range && Tr(s->cond, inner, sym_.BaseLayer());
    std::vector<std::vector<z3::expr>> patterns;
    for (const z3::expr& t : CollectTriggers(body, bound)) patterns.push_back({t});
    none = !Quantifier(c_, false, bound, body, patterns);
    for (const Var* v : s->bound_vars) Havoc(v);
  } else if (s->cond) {
    WellFormed(s->cond, c_.bool_val(true));
    cond = Tr(s->cond);
  }
  vir::Cmd choice{vir::Cmd::Choice, c_.bool_val(true), 0, {}};
  vir::Block* then_block = NewBranch(choice);
  vir::Block* else_block = NewBranch(choice);
  vir::Block* parent = cur_;
  Env before = env_;
  std::vector<std::pair<vir::Block*, Env>> live;

  cur_ = then_block;
  terminated_ = false;
  if (cond) Assume(*cond);
  if (none) Assume(Tr(s->cond));
  // (A branch of `if *` with no statements has no commands in Boogie, so no return point.)
  bool guarded = cond || none;
  if (tail) {
    MarkReturnPoint(guarded || !s->then_branch->stmts.empty()
                        ? std::optional(FirstChars(s->then_branch->range, 1))
                        : std::nullopt);
  }
  LowerBlock(s->then_branch, tail);
  if (!terminated_) live.emplace_back(then_block, env_);

  cur_ = else_block;
  env_ = before;
  terminated_ = false;
  if (cond) Assume(!*cond);
  if (none) Assume(*none);
  if (tail && !s->else_branch) {
    MarkReturnPoint(guarded ? std::optional(FirstChars(s->range, 2)) : std::nullopt);
  } else if (tail && s->else_branch->kind == StmtKind::Block) {
    bool empty = static_cast<const BlockStmt*>(s->else_branch)->stmts.empty();
    MarkReturnPoint(guarded || !empty ? std::optional(FirstChars(s->else_branch->range, 1))
                                      : std::nullopt);
  }
  if (s->else_branch) LowerStmt(s->else_branch, tail);
  if (!terminated_) live.emplace_back(else_block, env_);

  cur_ = parent;
  Join(live, false);
  cur_->cmds.push_back(std::move(choice));
  if (terminated_) Assume(c_.bool_val(false));
}

// match e { case p => S ... }: one branch per case, taken when its pattern matches and no
// earlier one does; a value no case matches is an error (the resolver's exhaustiveness check
// already rules it out when the patterns are simple).
void Lowerer::LowerMatch(const MatchStmt* s, bool tail) {
  z3::expr yes = c_.bool_val(true);
  WellFormed(s->scrutinee, yes);
  const Type* t = rp_.TypeOf(s->scrutinee);
  z3::expr value = Tr(s->scrutinee);
  vir::Cmd choice{vir::Cmd::Choice, yes, 0, {}};
  vir::Block* parent = cur_;
  Env before = env_;
  std::vector<std::pair<vir::Block*, Env>> live;
  z3::expr earlier = c_.bool_val(false);
  for (const MatchCaseStmt& c : s->cases) {
    vir::Block* branch = NewBranch(choice);
    cur_ = branch;
    env_ = before;
    terminated_ = false;
    Env inner = env_;
    z3::expr cond = MatchPattern(c.pattern, value, t, inner);
    env_ = inner;
    Assume(cond && !earlier);
    earlier = earlier || cond;
    if (tail) MarkReturnPoint(FirstChars(c.range, 4));
    for (const Stmt* x : c.body) {
      if (terminated_) break;
      LowerStmt(x, tail && x == c.body.back());
    }
    if (!terminated_) live.emplace_back(cur_, env_);
  }
  // The values no case matches.
  cur_ = NewBranch(choice);
  env_ = before;
  SourceRange keyword{s->range.file, s->range.begin, s->range.begin + 5};
  std::vector<const Pattern*> patterns;
  for (const MatchCaseStmt& c : s->cases) patterns.push_back(c.pattern);
  if (!CheckMissingCases(patterns, t, value, c_.bool_val(true), keyword, "statement") &&
      !earlier.simplify().is_true()) {
    Assert(Obligation::MatchMissingCase, keyword, earlier);
  }
  Assume(c_.bool_val(false));
  cur_ = parent;
  terminated_ = false;
  Join(live, false);
  cur_->cmds.push_back(std::move(choice));
  if (terminated_) Assume(c_.bool_val(false));
}

std::vector<z3::expr> Lowerer::AlternativeGuards(const std::vector<GuardedAlternative>& cases) {
  z3::expr yes = c_.bool_val(true);
  std::vector<z3::expr> guards;
  for (const GuardedAlternative& alt : cases) {
    if (alt.bound_vars.empty()) {
      WellFormed(alt.guard, yes);
      guards.push_back(Tr(alt.guard));
      continue;
    }
    // case x :| P: P is well-formed for every x (Dafny checks the guard `exists x :: P`); the
    // case may be taken when some x satisfies P.
    Env saved = env_;
    for (const Var* v : alt.bound_vars) Havoc(v);
    WellFormed(alt.guard, yes);
    Env inner = env_;
    std::vector<z3::expr> bound;
    z3::expr range = BindFresh({alt.bound_vars.begin(), alt.bound_vars.end()}, inner, bound);
    z3::expr body = range && Tr(alt.guard, inner, sym_.BaseLayer());
    std::vector<std::vector<z3::expr>> patterns;
    for (const z3::expr& t : CollectTriggers(body, bound)) patterns.push_back({t});
    guards.push_back(Quantifier(c_, false, bound, body, patterns));
    env_ = saved;
  }
  return guards;
}

std::vector<std::pair<vir::Block*, Env>> Lowerer::LowerAlternatives(
    const std::vector<GuardedAlternative>& cases, const std::vector<z3::expr>& guards,
    vir::Cmd& choice, bool tail) {
  Env before = env_;
  std::vector<std::pair<vir::Block*, Env>> live;
  for (size_t i = 0; i < cases.size(); ++i) {
    cur_ = NewBranch(choice);
    env_ = before;
    terminated_ = false;
    if (cases[i].bound_vars.empty()) {
      Assume(guards[i]);
    } else {
      // The variables take values satisfying the guard (the existence is what `guards[i]`
      // says; an alternative needs no check of it).
      for (const Var* v : cases[i].bound_vars) Havoc(v);
      Assume(Tr(cases[i].guard));
    }
    if (tail) MarkReturnPoint(FirstChars(cases[i].range, 4));
    for (const Stmt* x : cases[i].body) {
      if (terminated_) break;
      LowerStmt(x, tail && x == cases[i].body.back());
    }
    if (!terminated_) live.emplace_back(cur_, env_);
  }
  return live;
}

// if { case g => S ... }: some guard must hold; any case whose guard holds may run.
void Lowerer::LowerAlternativeIf(const AlternativeIfStmt* s, bool tail) {
  z3::expr yes = c_.bool_val(true);
  std::vector<z3::expr> guards = AlternativeGuards(s->cases);
  z3::expr any = c_.bool_val(false);
  for (const z3::expr& g : guards) any = any || g;
  Assert(Obligation::AlternativesCover,
         SourceRange{s->range.file, s->range.begin, s->range.begin + 2}, any);
  vir::Cmd choice{vir::Cmd::Choice, yes, 0, {}};
  vir::Block* parent = cur_;
  std::vector<std::pair<vir::Block*, Env>> live = LowerAlternatives(s->cases, guards, choice, tail);
  cur_ = parent;
  terminated_ = false;
  Join(live, false);
  cur_->cmds.push_back(std::move(choice));
  if (terminated_) Assume(c_.bool_val(false));
}

void Lowerer::LowerReturn(const ReturnStmt* s) {
  if (!s->values.empty()) {
    z3::expr yes = c_.bool_val(true);
    std::vector<z3::expr> values;
    for (const Expr* v : s->values) values.push_back(LowerRhs(v));
    for (size_t i = 0; i < method_->outs.size() && i < values.size(); ++i) {
      AssignVar(method_->outs[i], values[i], s->values[i]);
    }
    if (by_method_of_ && !by_method_of_->result && values.size() == 1) {
      CheckSubset(rp_.ResultType(by_method_of_), s->values[0], values[0], yes);
      by_method_returned_ = values[0];
    }
  }
  CheckFieldsAssigned(FirstChars(s->range, 6));
  EndConstructorConsts(/*clear=*/false);
  if (!collect_returns_) {
    CheckPostconditions(s->range);
    CheckOutsAssigned(FirstChars(s->range, 6));
    Assume(c_.bool_val(false));
    terminated_ = true;
    return;
  }
  CheckOutsAssigned(FirstChars(s->range, 6));
  MarkReturnPoint(s->range);
  // The path continues at the method's exit (LowerMethod), from a block of its own, so that
  // nothing lowered later lands on it.
  vir::Cmd choice{vir::Cmd::Choice, c_.bool_val(true), 0, {}};
  vir::Block* arm = NewBranch(choice);
  cur_->cmds.push_back(std::move(choice));
  Assume(c_.bool_val(false));
  returns_.emplace_back(arm, env_);
  terminated_ = true;
}

void Lowerer::LowerStmt(const Stmt* s, bool tail) {
  z3::expr yes = c_.bool_val(true);
  switch (s->kind) {
    case StmtKind::Block:
      LowerBlock(static_cast<const BlockStmt*>(s), tail);
      return;
    case StmtKind::VarDecl:
      LowerVarDecl(static_cast<const VarDeclStmt*>(s));
      return;
    case StmtKind::Assign: {
      auto* a = static_cast<const AssignStmt*>(s);
      LowerAssign(a->lhs, a->rhs);
      return;
    }
    case StmtKind::Call: {
      auto* c = static_cast<const CallStmt*>(s);
      if (const MethodDecl* m = rp_.CalleeOf(c->call).method) {
        LowerMethodCall(c->call, m);
      } else {
        WellFormed(c->call, yes);
      }
      return;
    }
    case StmtKind::If:
    case StmtKind::BindingIf:
      LowerIf(static_cast<const IfStmt*>(s), tail);
      return;
    case StmtKind::While:
    case StmtKind::For:
      // A loop's exit returns at its keyword; one with a `break` (which Dafny translates to a
      // jump past it) at the body's `{`.
      if (tail) {
        MarkReturnPoint(
            ContainsStmt(s, StmtKind::Break)
                ? std::nullopt
                : std::optional(FirstChars(s->range, s->kind == StmtKind::For ? 3 : 5)));
      }
      if (s->kind == StmtKind::For) {
        LowerFor(static_cast<const ForStmt*>(s));
      } else {
        LowerWhile(static_cast<const WhileStmt*>(s));
      }
      return;
    case StmtKind::Match:
      LowerMatch(static_cast<const MatchStmt*>(s), tail);
      return;
    case StmtKind::Calc:
      LowerCalc(static_cast<const CalcStmt*>(s));
      return;
    case StmtKind::AlternativeIf:
      LowerAlternativeIf(static_cast<const AlternativeIfStmt*>(s), tail);
      return;
    case StmtKind::AlternativeWhile:
      // (Its exit returns at its keyword, as a while loop's; Dafny jumps past it with a break
      // when no guard holds.)
      if (tail) MarkReturnPoint(FirstChars(s->range, 5));
      LowerAlternativeWhile(static_cast<const AlternativeWhileStmt*>(s));
      return;
    case StmtKind::Reveal:
      // (Labels: dfyc hides no labelled assertion or precondition, so reveals none.)
      LowerReveal(static_cast<const RevealStmt*>(s), c_.bool_val(true));
      return;
    case StmtKind::Forall:
      LowerForall(static_cast<const ForallStmt*>(s));
      return;
    case StmtKind::AssignSuchThat:
    case StmtKind::VarDeclUpdate: {
      if (s->kind == StmtKind::VarDeclUpdate && static_cast<const VarDeclStmt*>(s)->pattern) {
        // var (a, b) := e;
        auto* vd = static_cast<const VarDeclStmt*>(s);
        WellFormed(vd->rhs[0], yes);
        z3::expr v = Tr(vd->rhs[0]);
        Env inner = env_;
        z3::expr cond = MatchPattern(vd->pattern, v, rp_.TypeOf(vd->rhs[0]), inner);
        Assert(Obligation::LetPattern, vd->pattern->range, cond);
        for (const Var* var : SortedVars(inner)) {
          const z3::expr& value = inner.at(var);
          auto it = env_.find(var);
          if (it == env_.end() || !z3::eq(it->second, value)) AssignVar(var, value, nullptr);
        }
        return;
      }
      const AssignSuchThatStmt* st;
      std::vector<const Var*> targets;
      if (s->kind == StmtKind::VarDeclUpdate) {
        auto* vd = static_cast<const VarDeclStmt*>(s);
        st = static_cast<const AssignSuchThatStmt*>(vd->update);
        for (const Var* v : vd->vars) {
          Havoc(v);
          targets.push_back(v);
        }
      } else {
        st = static_cast<const AssignSuchThatStmt*>(s);
        for (const Expr* l : st->lhs) targets.push_back(rp_.BindingOf(l).var);
      }
      // Dafny reports a failure at the `:|`, which precedes the predicate.
      SourceRange at = st->expr->range;
      at.begin = at.begin >= 3 ? at.begin - 3 : at.begin;
      at.end = at.begin + 2;
      LowerSuchThat(targets, st->expr, st->assume, at);
      return;
    }
    case StmtKind::Break:
    case StmtKind::Continue:
      LowerBreak(static_cast<const BreakStmt*>(s));
      return;
    case StmtKind::Label: {
      auto* l = static_cast<const LabelStmt*>(s);
      label_states_.insert_or_assign(l->label, env_);  // the state old@L refers to
      if (l->body && l->body->kind == StmtKind::While) {
        LowerWhile(static_cast<const WhileStmt*>(l->body), l->label);
      } else if (l->body && l->body->kind == StmtKind::AlternativeWhile) {
        LowerAlternativeWhile(static_cast<const AlternativeWhileStmt*>(l->body), l->label);
      } else if (l->body && l->body->kind == StmtKind::For) {
        LowerFor(static_cast<const ForStmt*>(l->body), l->label);
      } else if (l->body) {
        LowerLabelled(l);
      }
      return;
    }
    case StmtKind::Return:
      LowerReturn(static_cast<const ReturnStmt*>(s));
      return;
    case StmtKind::Assert: {
      auto* a = static_cast<const PredicateStmt*>(s);
      if (a->proof) {
        // assert e by { S }: S and the check of e happen in a branch of their own.
        vir::Cmd choice{vir::Cmd::Choice, yes, 0, {}};
        vir::Block* proof = NewBranch(choice);
        NewBranch(choice);
        vir::Block* parent = cur_;
        Env saved = env_;
        cur_ = proof;
        LowerBlock(a->proof);
        if (!terminated_) {
          WellFormed(a->expr, yes, false);
          std::vector<Conjunct> parts = Conjuncts(a->expr);
          for (const Conjunct& part : parts) {
            Assert(Obligation::Assertion, AssertPosition(s, parts, part), TrAsserted(part));
            NoteInlined(task_.asserts.size() - 1, part, env_);
          }
          Assume(c_.bool_val(false));
        }
        terminated_ = false;
        cur_ = parent;
        env_ = saved;
        cur_->cmds.push_back(std::move(choice));
        Assume(Tr(a->expr));
        return;
      }
      WellFormed(a->expr, yes, false);
      std::vector<Conjunct> parts = Conjuncts(a->expr);
      std::vector<AssertItem> items;
      for (const Conjunct& part : parts) {
        items.push_back({Obligation::Assertion, AssertPosition(s, parts, part), TrAsserted(part),
                         std::nullopt});
      }
      size_t first = task_.asserts.size();
      AssertGroup(items);
      for (size_t k = 0; k < parts.size(); ++k) NoteInlined(first + k, parts[k], env_);
      return;
    }
    case StmtKind::Assume:
    case StmtKind::Expect: {
      auto* a = static_cast<const PredicateStmt*>(s);
      WellFormed(a->expr, yes, false);
      // The message is evaluated only when the expectation fails (`expect r.Success?, r.error`).
      if (a->message) WellFormed(a->message, !Tr(a->expr), false);
      Assume(Tr(a->expr));
      return;
    }
    case StmtKind::Print:
      for (const Expr* e : static_cast<const PrintStmt*>(s)->args) WellFormed(e, yes, false);
      return;
    case StmtKind::Yield:
      LowerYield(static_cast<const YieldStmt*>(s));
      return;
    case StmtKind::Modify:
      LowerModify(static_cast<const ModifyStmt*>(s));
      return;
    default:
      throw std::logic_error(std::string("verifier: unsupported statement ") +
                             StmtKindName(s->kind));
  }
}

}  // namespace dfy::verify
