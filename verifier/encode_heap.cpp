// The heap: references, arrays and their elements, allocation, frames (modifies and reads
// clauses), `new`, old(...) and fresh(...).
//
// The heap state is split into parts, each a pseudo-variable of the lowering (so assignment,
// havoc and the join of branches treat it as any variable): the allocation state, a Z3 array
// Ref -> bool, and for each sort E of array elements a Z3 array Ref -> (int -> E). Separate
// parts per element sort are sound because an array's element type is fixed: an array<int> and
// an array<bool> never share elements. Lengths never change, so they are one function.
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <stdexcept>

#include "frontend/printer.h"
#include "verifier/encoder.h"

namespace dfy::verify {

using vir::Obligation;

const std::vector<Symbols::HeapPart>& Symbols::HeapParts() {
  if (heap_ready_) return heap_parts_;
  heap_ready_ = true;
  heap_parts_.push_back({"$Alloc", c.array_sort(ref_sort, c.bool_sort())});
  // Every array element type of the program, in a fixed order (by sort name).
  std::map<std::string, z3::sort> elems;
  auto scan = [&](const Type* t) {
    if (t && t->kind == TypeKind::Array) {
      z3::sort e = SortOf(t->args[0]);
      elems.emplace(e.name().str(), e);
    }
  };
  for (const Type* t : rp.expr_type_) scan(t);
  for (const Type* t : rp.var_type_) scan(t);
  for (auto& [name, sort] : elems) {
    array_part_[name] = heap_parts_.size();
    heap_parts_.push_back(
        {"$Heap_" + name, c.array_sort(ref_sort, c.array_sort(c.int_sort(), sort))});
  }
  // One part per field of a class: Ref -> value.
  for (const Decl* d : rp.decls()) {
    if (d->kind != DeclKind::Field) continue;
    field_part_[d] = heap_parts_.size();
    part_field_[heap_parts_.size()] = d;
    heap_parts_.push_back(
        {"$F_" + QualifiedName(d), c.array_sort(ref_sort, SortOf(rp.MemberType(d)))});
  }
  return heap_parts_;
}

size_t Symbols::FieldPart(const Decl* field) {
  HeapParts();
  return field_part_.at(field);
}

const Decl* Symbols::FieldOfPart(size_t part) {
  HeapParts();
  auto it = part_field_.find(part);
  return it == part_field_.end() ? nullptr : it->second;
}

bool Symbols::HasReceiver(const Decl* d) const {
  const Decl* owner = rp.OwnerOf(d);
  if (!owner || (owner->kind != DeclKind::Class && owner->kind != DeclKind::Datatype)) {
    return false;
  }
  if (d->kind == DeclKind::Method) return !static_cast<const MethodDecl*>(d)->is_static;
  if (d->kind == DeclKind::Function) return !static_cast<const FunctionDecl*>(d)->is_static;
  return d->kind == DeclKind::Field;
}

z3::sort Symbols::ReceiverSort(const Decl* d) {
  const Decl* owner = rp.OwnerOf(d);
  if (owner->kind == DeclKind::Datatype) {
    return SortOf(rp.types.Get(TypeKind::UserDefined, {}, 0, owner->name, owner, false));
  }
  return ref_sort;
}

size_t Symbols::ArrayPart(const Type* array_type) {
  HeapParts();
  auto it = array_part_.find(SortOf(array_type->args[0]).name().str());
  if (it == array_part_.end()) throw std::logic_error("verifier: no heap part for an array type");
  return it->second;
}

z3::expr Symbols::FromArray(const z3::expr& row, const z3::expr& n) {
  z3::sort elem = row.get_sort().array_range();
  std::string key = elem.name().str();
  auto it = from_array_.find(key);
  if (it == from_array_.end()) {
    const auto& q = coll.Seq(elem);
    z3::func_decl f =
        c.function(("Seq#FromArray_" + key).c_str(), row.get_sort(), c.int_sort(), q.sort);
    it = from_array_.emplace(key, f).first;
    z3::expr r = c.constant("row", row.get_sort());
    z3::expr len = c.constant("len", c.int_sort());
    z3::expr i = c.constant("i", c.int_sort());
    z3::expr v = c.constant("v", elem);
    z3::expr fa = f(r, len);
    // Its length and elements (Dafny's Seq#FromArray axioms).
    heap_axioms_.push_back(Forall(c, {r, len}, z3::implies(0 <= len, q.length(fa) == len), {fa}));
    // Both ways (Dafny's two triggers): from the sequence's element to the array's, and from
    // the array's element, while the sequence exists, to the sequence's.
    z3::expr element = z3::implies(0 <= i && i < len, q.index(fa, i) == z3::select(r, i));
    heap_axioms_.push_back(Forall(c, {r, len, i}, element, {q.index(fa, i)}));
    heap_axioms_.push_back(Forall(c, {r, len, i}, element, {fa, z3::select(r, i)}));
    // Dafny's extension axiom, on takes of arrays only: a[..n+1] is a[..n] + [a[n]].
    z3::expr n0 = c.constant("n0", c.int_sort());
    z3::expr n1 = c.constant("n1", c.int_sort());
    z3::expr take0 = q.take(fa, n0), take1 = q.take(fa, n1);
    heap_axioms_.push_back(Forall(c, {r, len, n0, n1},
                                  z3::implies(n0 + 1 == n1 && 0 <= n0 && n1 <= len,
                                              take1 == q.build(take0, z3::select(r, n0))),
                                  {take0, take1}));
    // An element update of the array is an update of its sequence.
    z3::expr updated = f(z3::store(r, i, v), len);
    heap_axioms_.push_back(Forall(c, {r, len, i, v},
                                  z3::implies(0 <= i && i < len, updated == q.update(fa, i, v)),
                                  {updated}));
  }
  return it->second(row, n);
}

std::vector<z3::expr> Symbols::TakeHeapAxioms() {
  std::vector<z3::expr> out;
  z3::expr r = c.constant("r", ref_sort);
  out.push_back(Forall(c, {r}, 0 <= array_length(r), {array_length(r)}));
  out.insert(out.end(), heap_axioms_.begin(), heap_axioms_.end());
  heap_axioms_.clear();
  return out;
}

const Var* Lowerer::HeapVar(size_t part) {
  auto it = heap_var_of_.find(part);
  if (it != heap_var_of_.end()) return it->second;
  heap_vars_.emplace_back();
  Var& v = heap_vars_.back();
  v.name = sym_.HeapParts()[part].name;
  heap_var_of_[part] = &v;
  return &v;
}

void Lowerer::HavocHeap(bool also_alloc) {
  const auto& parts = sym_.HeapParts();
  for (size_t i = also_alloc ? 0 : 1; i < parts.size(); ++i) {
    env_.insert_or_assign(
        HeapVar(i),
        sym_.c.constant(fmt::format("{}#{}", parts[i].name, sym_.NextId()).c_str(), parts[i].sort));
  }
  AssumeGoodHeap();
}

// Dafny's $IsGoodHeap: in every heap, a field of an allocated object holds a value of the
// field's type: a non-null reference type's object is allocated and not null, a nat is not
// negative, and so on. Stated per field, triggered by the field's read.
void Lowerer::AssumeGoodHeap() {
  z3::expr alloc = HeapValue(Symbols::kAllocPart, env_);
  z3::expr o = c_.constant("o", sym_.ref_sort);
  for (const Decl* d : rp_.decls()) {
    if (d->kind != DeclKind::Field) continue;
    const Type* t = rp_.MemberType(d);
    z3::expr value = TrField(d, o, env_);
    z3::expr fact = c_.bool_val(true);
    if (HasSubsetType(t)) fact = IsType(t, value);
    if (t->kind == TypeKind::Multiset) fact = sym_.MultisetOf(t).is_good(value);
    if (IsReference(t)) {
      z3::expr allocated = z3::select(alloc, value);
      fact = t->nullable ? (value == sym_.null_ref || allocated)
                         : (value != sym_.null_ref && allocated);
    }
    if (fact.is_true()) continue;
    Assume(Forall(c_, {o}, z3::implies(o != sym_.null_ref && z3::select(alloc, o), fact), {value}));
  }
}

z3::expr Lowerer::HeapValue(size_t part, const Env& env) {
  auto it = env.find(HeapVar(part));
  if (it != env.end()) return it->second;
  // A context without a heap (a function that reads nothing): some fixed, unknown heap.
  const auto& p = sym_.HeapParts()[part];
  return c_.constant((p.name + "#none").c_str(), p.sort);
}

void Lowerer::AssumeAllocated(const Type* t, const z3::expr& value) {
  if (!IsReference(t)) return;
  z3::expr alloc = HeapValue(Symbols::kAllocPart, env_);
  if (t->nullable) {
    Assume(value == sym_.null_ref || z3::select(alloc, value));
  } else {
    Assume(value != sym_.null_ref && z3::select(alloc, value));
  }
}

std::string Lowerer::ExprText(const Expr* e) { return PrintExpr(e); }

z3::expr Lowerer::InFrame(const std::vector<Expr*>& frames, const z3::expr& r, const Env& env,
                          const Decl* field, bool field_frames_whole) {
  z3::expr in = c_.bool_val(false);
  for (const Expr* f : frames) {
    if (f->kind == ExprKind::Wildcard) return c_.bool_val(true);
    if (f->kind == ExprKind::FieldFrame) {
      // o`f: the location of field f of o (or of each object of a collection o). It counts for
      // that field, or for the whole object where the caller asks for an over-approximation.
      auto* ff = static_cast<const FieldFrameExpr*>(f);
      bool counts = field ? rp_.BindingOf(f).member == field : field_frames_whole;
      if (!counts) continue;
      if (!ff->object) {
        in = in || r == env.at(&this_var_);
        continue;
      }
      const Type* ot = rp_.TypeOf(ff->object);
      z3::expr o = Tr(ff->object, env, sym_.BaseLayer());
      if (IsReference(ot)) {
        in = in || r == o;
      } else if (ot->kind == TypeKind::Set || ot->kind == TypeKind::ISet) {
        in = in || sym_.SetOf(ot).member(o, r);
      } else if (ot->kind == TypeKind::Seq) {
        in = in || sym_.SeqOf(ot).contains(o, r);
      } else {
        in = in || 0 < sym_.MultisetOf(ot).count(o, r);
      }
      continue;
    }
    const Type* t = rp_.TypeOf(f);
    if (IsReference(t)) {
      in = in || r == Tr(f, env, sym_.BaseLayer());
      continue;
    }
    z3::expr s = Tr(f, env, sym_.BaseLayer());
    switch (t->kind) {
      case TypeKind::Set:
      case TypeKind::ISet:
        in = in || sym_.SetOf(t).member(s, r);
        break;
      case TypeKind::Seq:
        in = in || sym_.SeqOf(t).contains(s, r);
        break;
      case TypeKind::Multiset:
        in = in || 0 < sym_.MultisetOf(t).count(s, r);
        break;
      default:
        throw std::logic_error("verifier: unsupported frame expression");
    }
  }
  return in;
}

void Lowerer::AssumeFrameUnchanged(const Env& before, const std::vector<Expr*>* frames,
                                   const Env& frame_env, const Env* protected_env) {
  AssumeFrameUnchangedExcept(before, frames, frame_env, sym_.null_ref, protected_env);
}

void Lowerer::AssumeFrameUnchangedExcept(const Env& before, const std::vector<Expr*>* frames,
                                         const Env& frame_env, const z3::expr& also,
                                         const Env* protected_env) {
  const auto& parts = sym_.HeapParts();
  z3::expr r = c_.constant("$o", sym_.ref_sort);
  z3::expr alloc_before = HeapValue(Symbols::kAllocPart, before);
  // The objects the frame protects: those allocated in this state (by default `before`).
  z3::expr alloc_protected =
      HeapValue(Symbols::kAllocPart, protected_env ? *protected_env : before);
  z3::expr alloc_now = HeapValue(Symbols::kAllocPart, env_);
  Assume(Forall(c_, {r}, z3::implies(z3::select(alloc_before, r), z3::select(alloc_now, r)),
                {z3::select(alloc_now, r)}));
  for (size_t i = 1; i < parts.size(); ++i) {
    z3::expr h0 = HeapValue(i, before), h1 = HeapValue(i, env_);
    if (z3::eq(h0, h1)) continue;
    // A field's part may change at the objects the frame names, whole or by this field.
    const Decl* field = sym_.FieldOfPart(i);
    z3::expr outside = frames ? !InFrame(*frames, r, frame_env, field, false) : c_.bool_val(true);
    outside = outside && r != also;
    Assume(Forall(c_, {r},
                  z3::implies(r != sym_.null_ref && z3::select(alloc_protected, r) && outside,
                              z3::select(h1, r) == z3::select(h0, r)),
                  {z3::select(h1, r)}));
  }
}

z3::expr Lowerer::TrArrayExpr(const Expr* e, const Env& env, const z3::expr& layer) {
  switch (e->kind) {
    case ExprKind::Index: {
      auto* ix = static_cast<const IndexExpr*>(e);
      const Type* t = rp_.TypeOf(ix->seq);
      z3::expr a = Tr(ix->seq, env, layer);
      z3::expr i = Tr(ix->indices[0], env, layer);
      return z3::select(z3::select(HeapValue(sym_.ArrayPart(t), env), a), i);
    }
    case ExprKind::Slice: {
      auto* sl = static_cast<const SliceExpr*>(e);
      const Type* t = rp_.TypeOf(sl->seq);
      z3::expr a = Tr(sl->seq, env, layer);
      z3::expr row = z3::select(HeapValue(sym_.ArrayPart(t), env), a);
      z3::expr s = sym_.FromArray(row, sym_.array_length(a));
      const auto& q = sym_.coll.Seq(row.get_sort().array_range());
      if (sl->hi) s = q.take(s, Tr(sl->hi, env, layer));
      if (sl->lo) s = q.drop(s, Tr(sl->lo, env, layer));
      return s;
    }
    case ExprKind::Select:
      return sym_.array_length(Tr(static_cast<const SelectExpr*>(e)->object, env, layer));
    default:
      throw std::logic_error("verifier: unsupported array expression");
  }
}

void Lowerer::WellFormedArray(const Expr* e, const z3::expr& guard) {
  const Expr* arr = e->kind == ExprKind::Index   ? static_cast<const IndexExpr*>(e)->seq
                    : e->kind == ExprKind::Slice ? static_cast<const SliceExpr*>(e)->seq
                                                 : static_cast<const SelectExpr*>(e)->object;
  z3::expr a = Tr(arr);
  // Checked for non-null types too (it holds), as Dafny does.
  Assert(Obligation::NullTarget, e->tok, z3::implies(guard, a != sym_.null_ref));
  if (e->kind == ExprKind::Select) return;
  z3::expr len = sym_.array_length(a);
  // A function may read only what its reads clause names.
  auto check_reads = [&] {
    if (!function_ || function_->reads_star) return;
    Assert(Obligation::ReadsArray, e->tok, z3::implies(guard, InFrame(function_->reads, a, env_)));
    task_.asserts.back().subject = ExprText(arr);
  };
  if (e->kind == ExprKind::Index) {
    z3::expr i = Tr(static_cast<const IndexExpr*>(e)->indices[0]);
    Assert(Obligation::IndexRange, e->tok, z3::implies(guard, 0 <= i && i < len));
    check_reads();
    // Every element of an array of a subset type satisfies it (every write is checked).
    const Type* elem = rp_.TypeOf(arr)->args[0];
    if (HasSubsetType(elem)) Assume(z3::implies(guard, IsType(elem, Tr(e))));
    return;
  }
  auto* sl = static_cast<const SliceExpr*>(e);
  z3::expr lo = sl->lo ? Tr(sl->lo) : c_.int_val(0);
  if (sl->lo) {
    z3::expr ok = 0 <= lo;
    if (!sl->hi) ok = ok && lo <= len;
    Assert(Obligation::SliceLower, e->tok, z3::implies(guard, ok));
  }
  if (sl->hi) {
    z3::expr hi = Tr(sl->hi);
    Assert(Obligation::SliceBoundsArray, e->tok, z3::implies(guard, lo <= hi && hi <= len));
  }
  check_reads();
}

void Lowerer::LowerArrayAssign(const IndexExpr* lhs, const z3::expr& value, const Expr* rhs_expr) {
  const Type* t = rp_.TypeOf(lhs->seq);
  z3::expr a = Tr(lhs->seq);
  z3::expr i = Tr(lhs->indices[0]);
  z3::expr yes = c_.bool_val(true);
  if (t->nullable) Assert(Obligation::NullTarget, lhs->tok, a != sym_.null_ref);
  Assert(Obligation::IndexRange, lhs->tok, 0 <= i && i < sym_.array_length(a));
  // The array must be in the modifies clause, or allocated since the method began.
  z3::expr fresh = !z3::select(HeapValue(Symbols::kAllocPart, entry_env_), a);
  Assert(Obligation::ArrayModifies, lhs->tok, fresh || InFrame(method_->modifies, a, entry_env_));
  const Type* elem = t->args[0];
  if (HasSubsetType(elem) && rhs_expr && rp_.TypeOf(rhs_expr) != elem) {
    if (elem->kind == TypeKind::Nat) {
      Assert(Obligation::NatConstraint, rhs_expr->tok, value >= 0);
    } else {
      Assert(Obligation::SubsetConstraint, rhs_expr->tok, IsType(elem, value));
      task_.asserts.back().subject = TypeName(rp_.TypeOf(rhs_expr));
      task_.asserts.back().subject2 = TypeName(elem);
    }
  }
  size_t part = sym_.ArrayPart(t);
  z3::expr h = HeapValue(part, env_);
  z3::expr updated = z3::store(h, a, z3::store(z3::select(h, a), i, value));
  z3::expr next = c_.constant(
      fmt::format("{}#{}", sym_.HeapParts()[part].name, sym_.NextId()).c_str(), h.get_sort());
  Assume(next == updated);
  env_.insert_or_assign(HeapVar(part), next);
}

z3::expr Lowerer::LowerNewArray(const NewRhsExpr* e) {
  z3::expr yes = c_.bool_val(true);
  const Type* t = rp_.TypeOf(e);
  z3::expr n = c_.int_val(static_cast<int>(e->elements.size()));
  if (!e->dims.empty()) {
    WellFormed(e->dims[0], yes);
    n = Tr(e->dims[0]);
    Assert(Obligation::ArraySizeNonNegative, e->dims[0]->tok, 0 <= n);
  }
  std::vector<z3::expr> elems;
  for (const Expr* x : e->elements) {
    WellFormed(x, yes);
    elems.push_back(Tr(x));
  }
  z3::expr r = c_.constant(fmt::format("$nw#{}", sym_.NextId()).c_str(), sym_.ref_sort);
  z3::expr alloc = HeapValue(Symbols::kAllocPart, env_);
  Assume(r != sym_.null_ref && !z3::select(alloc, r) && sym_.array_length(r) == n);
  z3::expr next_alloc =
      c_.constant(fmt::format("$Alloc#{}", sym_.NextId()).c_str(), alloc.get_sort());
  Assume(next_alloc == z3::store(alloc, r, c_.bool_val(true)));
  env_.insert_or_assign(HeapVar(Symbols::kAllocPart), next_alloc);
  size_t part = sym_.ArrayPart(t);
  z3::expr row = z3::select(HeapValue(part, env_), r);
  for (size_t i = 0; i < elems.size(); ++i) {
    Assume(z3::select(row, c_.int_val(static_cast<int>(i))) == elems[i]);
  }
  if (e->init) {
    // new T[n](f): element i is f(i); a lambda is applied by substitution.
    if (e->init->kind != ExprKind::Lambda) {
      throw std::logic_error("verifier: array initializers other than lambdas");
    }
    auto* l = static_cast<const LambdaExpr*>(e->init);
    z3::expr i = c_.constant(fmt::format("$i#{}", sym_.NextId()).c_str(), c_.int_sort());
    Env inner = env_;
    inner.insert_or_assign(l->params[0], i);
    // The initializer must be defined on every index.
    vir::Cmd choice{vir::Cmd::Choice, yes, 0, {}};
    vir::Block* check = NewBranch(choice);
    NewBranch(choice);
    vir::Block* parent = cur_;
    Env saved = env_;
    cur_ = check;
    env_ = inner;
    Assume(0 <= i && i < n);
    for (const Expr* req : l->requires_) Assume(Tr(req));
    WellFormed(l->body, yes);
    Assume(c_.bool_val(false));
    cur_ = parent;
    env_ = saved;
    cur_->cmds.push_back(std::move(choice));
    z3::expr body = Tr(l->body, inner, sym_.BaseLayer());
    Assume(Forall(c_, {i}, z3::implies(0 <= i && i < n, z3::select(row, i) == body),
                  {z3::select(row, i)}));
  }
  return r;
}

}  // namespace dfy::verify
