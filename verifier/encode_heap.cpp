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
#include <utility>

#include "frontend/printer.h"
#include "verifier/encoder.h"

namespace dfy::verify {

using vir::Obligation;

const std::vector<Symbols::HeapPart>& Symbols::HeapParts() {
  if (heap_ready_) return heap_parts_;
  heap_ready_ = true;
  heap_parts_.push_back({"$Alloc", c.array_sort(ref_sort, c.bool_sort())});
  // Every array element type and dimension count of the program, in a fixed order (by key):
  // an arrayN<E> is Ref -> int -> ... -> int -> E.
  std::map<std::string, std::pair<uint32_t, z3::sort>> elems;
  auto scan = [&](const Type* t) {
    if (t && t->kind == TypeKind::Array) {
      z3::sort e = SortOf(t->args[0]);
      elems.emplace(ArrayKey(t->width, e), std::make_pair(t->width, e));
      array_key_types_[ArrayKey(t->width, e)].push_back(t->args[0]);
    }
  };
  for (const Type* t : rp.expr_type_) scan(t);
  for (const Type* t : rp.var_type_) scan(t);
  for (auto& [key, shape] : elems) {
    array_part_[key] = heap_parts_.size();
    z3::sort row = ArrayRowSort(shape.first, shape.second);
    heap_parts_.push_back({"$Heap_" + key, c.array_sort(ref_sort, row), shape.first});
  }
  // One part per field of a class, Ref -> value; for a generic class, one per instantiation
  // the program names (and its own, over its type parameters), in a fixed order. The sorts are
  // those of the program's types, whatever substitution a caller has in force.
  std::map<const Type*, const Type*> saved = std::move(subst);
  subst.clear();
  std::map<const Decl*, std::map<std::string, const Type*>> instances;
  std::function<void(const Type*)> collect = [&](const Type* t) {
    if (!t) return;
    for (const Type* a : t->args) collect(a);
    if (t->kind == TypeKind::UserDefined && IsClassLike(t->decl) &&
        (!t->args.empty() || !rp.ParentsOf(t->decl).empty())) {
      if (!t->args.empty()) instances[t->decl].emplace(TypeKey(t), t);
      // A generic class's objects are also instances of its traits.
      std::vector<const Type*> work{t};
      for (size_t i = 0; i < work.size(); ++i) {
        for (const Type* p : rp.ParentsOf(work[i]->decl)) {
          const Type* up = SubstituteParams(rp.types, p, work[i]->decl, work[i]->args);
          if (!up->args.empty()) instances[up->decl].emplace(TypeKey(up), up);
          work.push_back(up);
        }
      }
    }
  };
  for (const Type* t : rp.expr_type_) collect(t);
  for (const Type* t : rp.var_type_) collect(t);
  // Each generic class's own, over its type parameters, seen as its traits (the type of an
  // implicit `this`, which the program may never write: `count := 0` in a constructor).
  // (And the traits a non-generic class extends: D extends Tr<int>.)
  for (const Decl* d : rp.decls()) {
    if (IsClassLike(d) && (!ClassTypeParams(d).empty() || !rp.ParentsOf(d).empty())) {
      collect(SelfType(d));
    }
  }
  // And those the fields of each instantiation name (a Queue<U>'s Node<U>), to a fixpoint;
  // but none nested deeper than one level below the deepest the program names, which ends
  // the closure of a class whose field instantiates it anew (C<T> with a C?<array<T>>: C<int>,
  // C<array<int>>, C<array<array<int>>>, ...). A part the verifier then needs and lacks is an
  // internal error (FieldPart), never a location left unconstrained.
  std::function<size_t(const Type*)> depth = [&](const Type* t) {
    size_t d = 0;
    for (const Type* a : t->args) d = std::max(d, depth(a));
    return d + 1;
  };
  size_t max_depth = 0;
  for (const auto& [owner, inst] : instances) {
    for (const auto& [key, t] : inst) max_depth = std::max(max_depth, depth(t));
  }
  std::map<const Decl*, std::vector<const Decl*>> fields_of;
  for (const Decl* d : rp.decls()) {
    if (d->kind == DeclKind::Field) fields_of[rp.OwnerOf(d)].push_back(d);
  }
  for (bool grew = true; grew;) {
    size_t before = 0;
    for (const auto& [owner, inst] : instances) before += inst.size();
    std::vector<std::pair<const Decl*, const Type*>> all;
    for (const auto& [owner, inst] : instances) {
      for (const auto& [key, t] : inst) all.emplace_back(owner, t);
    }
    for (const auto& [owner, t] : all) {
      for (const Decl* f : fields_of[owner]) {
        const Type* ft = SubstituteParams(rp.types, rp.MemberType(f), owner, t->args);
        if (depth(ft) <= max_depth + 1) collect(ft);
      }
    }
    size_t after = 0;
    for (const auto& [owner, inst] : instances) after += inst.size();
    grew = after != before && after < 10000;
  }
  for (const auto& [owner, inst] : instances) {
    for (const auto& [key, t] : inst) {
      instances_with_parts_.insert(key);
      named_instances_[owner].push_back(t);
    }
  }
  // The arrays in the fields of each instantiation of a generic class (a List<int>'s
  // array<int>, which the program may never name), after those the program names.
  std::map<std::string, std::pair<uint32_t, z3::sort>> field_elems;
  for (const Decl* d : rp.decls()) {
    if (d->kind != DeclKind::Field) continue;
    const Decl* owner = rp.OwnerOf(d);
    const Type* t = rp.MemberType(d);
    if (!t || t->kind != TypeKind::Array) continue;
    for (const auto& [key, receiver] : instances[owner]) {
      const Type* at = SubstituteParams(rp.types, t, owner, receiver->args);
      z3::sort e = SortOf(at->args[0]);
      std::string k = ArrayKey(at->width, e);
      if (!array_part_.count(k)) field_elems.emplace(k, std::make_pair(at->width, e));
      array_key_types_[k].push_back(at->args[0]);
    }
  }
  for (auto& [key, shape] : field_elems) {
    array_part_[key] = heap_parts_.size();
    z3::sort row = ArrayRowSort(shape.first, shape.second);
    heap_parts_.push_back({"$Heap_" + key, c.array_sort(ref_sort, row), shape.first});
  }
  for (const Decl* d : rp.decls()) {
    if (d->kind != DeclKind::Field) continue;
    const Decl* owner = rp.OwnerOf(d);
    const Type* self = SelfType(owner);
    std::map<std::string, const Type*> receivers{{TypeKey(self), self}};
    bool per_instance = FieldPerInstance(d);
    if (per_instance) {
      for (const auto& [key, t] : instances[owner]) receivers.emplace(key, t);
    }
    for (const auto& [key, receiver] : receivers) {
      size_t part = heap_parts_.size();
      field_part_[PartKey(d, receiver)] = part;
      part_field_[part] = d;
      part_receiver_[part] = receiver;
      const Type* t = SubstituteParams(rp.types, rp.MemberType(d), owner, receiver->args);
      std::string name = "$F_" + QualifiedName(d);
      if (per_instance) name += "<" + key + ">";
      heap_parts_.push_back({name, c.array_sort(ref_sort, SortOf(t))});
    }
  }
  subst = std::move(saved);
  return heap_parts_;
}

std::string Symbols::PartKey(const Decl* field, const Type* receiver) const {
  return QualifiedName(field) + "|" + (FieldPerInstance(field) ? TypeKey(receiver) : "");
}

namespace {

bool MentionsParamOf(const Type* t, const Decl* owner) {
  if (t->kind == TypeKind::TypeParam) return t->decl == owner;
  if (t->kind == TypeKind::Proxy || t->kind == TypeKind::Error) return true;
  for (const Type* a : t->args) {
    if (MentionsParamOf(a, owner)) return true;
  }
  return false;
}

}  // namespace

// A field of a generic class has a heap part per instantiation only when its type depends on
// the class's type parameters: `ghost var count: nat` of Measurable<T> has one value per object
// whatever the instantiation it is seen through, so one part holds it and a write through one
// instantiation needs no forgetting of the others (ForgetAliases).
bool Symbols::FieldPerInstance(const Decl* field) const {
  const Decl* owner = rp.OwnerOf(field);
  return !SelfType(owner)->args.empty() && MentionsParamOf(rp.MemberType(field), owner);
}

const Type* Symbols::SelfType(const Decl* owner) const {
  const std::vector<TypeParam>* params = nullptr;
  if (IsClassLike(owner)) params = &ClassTypeParams(owner);
  if (owner->kind == DeclKind::Datatype) {
    params = &static_cast<const DatatypeDecl*>(owner)->type_params;
  }
  if (owner->kind == DeclKind::OpaqueType) {
    params = &static_cast<const OpaqueTypeDecl*>(owner)->type_params;
  }
  std::vector<const Type*> args;
  for (size_t i = 0; params && i < params->size(); ++i) {
    args.push_back(
        rp.types.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i), (*params)[i].name, owner));
  }
  return rp.types.Get(TypeKind::UserDefined, std::move(args), 0, owner->name, owner, false);
}

bool InheritsFrom(const ResolvedProgram& rp, const Decl* d, const Decl* ancestor) {
  if (d == ancestor) return true;
  for (const Type* p : rp.ParentsOf(d)) {
    if (InheritsFrom(rp, p->decl, ancestor)) return true;
  }
  return false;
}

const Type* Symbols::Upcast(const Type* t, const Decl* owner) const {
  // A subset type's values are its base type's (a member call on `i: I` with
  // `type I = x: S<char> | P(x)` calls S<char>'s member).
  if (t && t->kind == TypeKind::UserDefined && t->decl != owner && IsConstrainedType(t)) {
    t = Underlying(rp, t);
  }
  if (!t || t->kind != TypeKind::UserDefined || t->decl == owner || !IsClassLike(t->decl)) {
    return t;
  }
  for (const Type* p : rp.ParentsOf(t->decl)) {
    const Type* up = Upcast(SubstituteParams(rp.types, p, t->decl, t->args), owner);
    if (up && up->decl == owner) return up;
  }
  return t;
}

size_t Symbols::FieldPart(const Decl* field, const Type* receiver) {
  HeapParts();
  receiver = Upcast(Apply(receiver), rp.OwnerOf(field));
  auto it = field_part_.find(PartKey(field, receiver));
  if (it == field_part_.end()) {
    throw MissingHeapPart("verifier: field '" + field->name + "' of an instantiation " +
                          TypeName(Apply(receiver)) + " the program does not name");
  }
  return it->second;
}

std::vector<size_t> Symbols::FieldParts(const Decl* field) {
  HeapParts();
  std::vector<size_t> out;
  for (const auto& [part, d] : part_field_) {
    if (d == field) out.push_back(part);
  }
  return out;
}

const Type* Symbols::ReceiverOfPart(size_t part) {
  HeapParts();
  return part_receiver_.at(part);
}

const Decl* Symbols::FieldOfPart(size_t part) {
  HeapParts();
  auto it = part_field_.find(part);
  return it == part_field_.end() ? nullptr : it->second;
}

namespace {

// Whether `a` and `b` may be one type under some instantiation of the type parameters they
// name (each parameter taken as any type, independently: an over-approximation).
bool MayBeOneType(const TypeTable& types, const Type* a, const Type* b) {
  if (a == b) return true;
  auto known = [](const Type* t) {
    return t->kind != TypeKind::TypeParam && t->kind != TypeKind::Proxy &&
           t->kind != TypeKind::Error;
  };
  if (!known(a) || !known(b)) return true;
  // string is seq<char>.
  if (a->kind == TypeKind::String) a = types.Seq(types.Char());
  if (b->kind == TypeKind::String) b = types.Seq(types.Char());
  if (a->kind != b->kind || a->decl != b->decl || a->width != b->width ||
      a->nullable != b->nullable || a->name != b->name || a->args.size() != b->args.size()) {
    return false;
  }
  for (size_t i = 0; i < a->args.size(); ++i) {
    if (!MayBeOneType(types, a->args[i], b->args[i])) return false;
  }
  return true;
}

}  // namespace

namespace {

bool IsGround(const Type* t) {
  if (t->kind == TypeKind::TypeParam || t->kind == TypeKind::Proxy || t->kind == TypeKind::Error) {
    return false;
  }
  for (const Type* a : t->args) {
    if (!IsGround(a)) return false;
  }
  return true;
}

}  // namespace

z3::func_decl Symbols::IsInstance(const Type* t) {
  t = Apply(t);
  std::string key = TypeKey(t);
  auto it = is_instance_.find(key);
  if (it == is_instance_.end()) {
    z3::func_decl is = c.function(("$Is<" + key + ">").c_str(), ref_sort, c.bool_sort());
    it = is_instance_.emplace(key, is).first;
    // An object has one instantiation of its class: E<bool>'s objects are not E<int>'s.
    // (Stated between instantiations without type parameters: E<U> may be E<int>.)
    if (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::Class && IsGround(t)) {
      std::vector<z3::func_decl>& others = ground_instances_[t->decl];
      for (const z3::func_decl& other : others) {
        z3::expr o = c.constant("o", ref_sort);
        AddAxiom(Forall(c, {o}, !(is(o) && other(o)), {is(o), other(o)}));
      }
      others.push_back(is);
    }
  }
  return it->second;
}

std::vector<const Type*> Symbols::NamedInstances(const Decl* d) {
  HeapParts();
  if (ClassTypeParams(d).empty()) return {SelfType(d)};
  auto it = named_instances_.find(d);
  return it == named_instances_.end() ? std::vector<const Type*>{} : it->second;
}

bool Symbols::HasFieldParts(const Type* t) {
  HeapParts();
  t = Apply(t);
  return t->args.empty() || instances_with_parts_.count(TypeKey(t)) > 0;
}

const std::vector<size_t>& Symbols::AliasParts(size_t part) {
  HeapParts();
  auto it = alias_parts_.find(part);
  if (it != alias_parts_.end()) return it->second;
  std::vector<size_t> out;
  if (const Decl* field = FieldOfPart(part)) {
    const Type* receiver = ReceiverOfPart(part);
    for (size_t q : FieldParts(field)) {
      if (q != part && MayBeOneType(rp.types, receiver, ReceiverOfPart(q))) out.push_back(q);
    }
  } else if (uint32_t width = heap_parts_[part].array_width; width > 0) {
    std::string key;
    for (const auto& [k, p] : array_part_) {
      if (p == part) key = k;
    }
    for (const auto& [k, q] : array_part_) {
      if (q == part || heap_parts_[q].array_width != width) continue;
      bool may = false;
      for (const Type* a : array_key_types_[key]) {
        for (const Type* b : array_key_types_[k]) may = may || MayBeOneType(rp.types, a, b);
      }
      if (may) out.push_back(q);
    }
  }
  return alias_parts_.emplace(part, std::move(out)).first->second;
}

bool Symbols::HasReceiver(const Decl* d) const {
  const Decl* owner = rp.OwnerOf(d);
  if (!owner || (!IsClassLike(owner) && owner->kind != DeclKind::Datatype &&
                 owner->kind != DeclKind::Newtype && owner->kind != DeclKind::OpaqueType)) {
    return false;
  }
  if (d->kind == DeclKind::Method) return !static_cast<const MethodDecl*>(d)->is_static;
  if (d->kind == DeclKind::Function) return !static_cast<const FunctionDecl*>(d)->is_static;
  return d->kind == DeclKind::Field;
}

z3::sort Symbols::ReceiverSort(const Decl* d) {
  const Decl* owner = rp.OwnerOf(d);
  if (owner->kind == DeclKind::Datatype || owner->kind == DeclKind::Newtype ||
      owner->kind == DeclKind::OpaqueType) {
    return SortOf(SelfType(owner));
  }
  return ref_sort;
}

std::string Symbols::ArrayKey(uint32_t width, const z3::sort& elem) {
  std::string name = elem.name().str();
  return width == 1 ? name : fmt::format("{}#{}d", name, width);
}

z3::sort Symbols::ArrayRowSort(uint32_t width, const z3::sort& elem) {
  if (width == 1) return c.array_sort(c.int_sort(), elem);
  z3::sort_vector domain(c);
  for (uint32_t i = 0; i < width; ++i) domain.push_back(c.int_sort());
  return c.array_sort(domain, elem);
}

z3::expr Symbols::ArrayElement(const z3::expr& row, const std::vector<z3::expr>& indices) {
  if (indices.size() == 1) return z3::select(row, indices[0]);
  z3::expr_vector is(row.ctx());
  for (const z3::expr& i : indices) is.push_back(i);
  return z3::select(row, is);
}

z3::expr Symbols::ArrayStore(const z3::expr& row, const std::vector<z3::expr>& indices,
                             const z3::expr& value) {
  if (indices.size() == 1) return z3::store(row, indices[0], value);
  z3::expr_vector is(row.ctx());
  for (const z3::expr& i : indices) is.push_back(i);
  return z3::store(row, is, value);
}

z3::expr Symbols::ArrayLength(const z3::expr& r, uint32_t width, uint32_t dim) {
  if (width == 1) return array_length(r);
  std::string name = fmt::format("_System.array{}.Length{}", width, dim);
  auto it = array_lengths_.find(name);
  if (it == array_lengths_.end()) {
    it = array_lengths_.emplace(name, c.function(name.c_str(), ref_sort, c.int_sort())).first;
    z3::expr x = c.constant("r", ref_sort);
    heap_axioms_.push_back(Forall(c, {x}, 0 <= it->second(x), {it->second(x)}));
  }
  return it->second(r);
}

size_t Symbols::ArrayPart(const Type* array_type) {
  HeapParts();
  auto it = array_part_.find(ArrayKey(array_type->width, SortOf(array_type->args[0])));
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

void Lowerer::ForgetAliases(size_t part, const std::optional<z3::expr>& o) {
  for (size_t q : sym_.AliasParts(part)) {
    const auto& info = sym_.HeapParts()[q];
    z3::expr h = HeapValue(q, env_);
    z3::expr next =
        c_.constant(fmt::format("{}#{}", info.name, sym_.NextId()).c_str(), h.get_sort());
    if (o) {
      z3::expr v =
          c_.constant(fmt::format("$v#{}", sym_.NextId()).c_str(), h.get_sort().array_range());
      Assume(next == z3::store(h, *o, v));
    }
    env_.insert_or_assign(HeapVar(q), next);
  }
}

// Dafny's $IsGoodHeap: in every heap, a field of an allocated object holds a value of the
// field's type: a non-null reference type's object is allocated and not null, a nat is not
// negative, and so on. Stated per field, triggered by the field's read.
void Lowerer::AssumeGoodHeap() {
  z3::expr alloc = HeapValue(Symbols::kAllocPart, env_);
  z3::expr o = c_.constant("o", sym_.ref_sort);
  // Each part's facts are those of its own instantiation, whatever substitution is in force.
  std::map<const Type*, const Type*> saved = std::exchange(sym_.subst, {});
  const auto& parts = sym_.HeapParts();
  for (size_t part = 0; part < parts.size(); ++part) {
    const Decl* d = sym_.FieldOfPart(part);
    // An allocated array of references holds allocated ones (or null): by index, triggered
    // by the element's read. (Whether null may be there depends on the element type, which
    // parts do not tell apart: a read assumes that, WellFormedArray.)
    if (!d && parts[part].array_width > 0) {
      uint32_t width = parts[part].array_width;
      std::vector<z3::expr> vars{o}, indices;
      z3::expr in_range = o != sym_.null_ref && z3::select(alloc, o);
      for (uint32_t k = 0; k < width; ++k) {
        indices.push_back(c_.constant(fmt::format("$i{}", k).c_str(), c_.int_sort()));
        vars.push_back(indices.back());
        in_range = in_range && 0 <= vars.back() && vars.back() < sym_.ArrayLength(o, width, k);
      }
      z3::expr element = Symbols::ArrayElement(z3::select(HeapValue(part, env_), o), indices);
      if (!z3::eq(element.get_sort(), sym_.ref_sort)) continue;
      z3::expr ok = element == sym_.null_ref || z3::select(alloc, element);
      Assume(Forall(c_, vars, z3::implies(in_range, ok), {element}));
      continue;
    }
    if (!d) continue;
    const Type* receiver = sym_.ReceiverOfPart(part);
    const Type* t = SubstituteParams(rp_.types, rp_.MemberType(d), rp_.OwnerOf(d), receiver->args);
    z3::expr value = z3::select(HeapValue(part, env_), o);
    z3::expr fact = c_.bool_val(true);
    if (HasSubsetType(t)) fact = IsType(t, value);
    if (t->kind == TypeKind::Multiset) fact = sym_.MultisetOf(t).is_good(value);
    if (IsReference(t)) {
      z3::expr allocated = z3::select(alloc, value);
      fact = t->nullable ? (value == sym_.null_ref || allocated)
                         : (value != sym_.null_ref && allocated);
      if (t->kind == TypeKind::UserDefined &&
          (t->decl->kind == DeclKind::Class || t->decl->kind == DeclKind::Iterator)) {
        fact = fact && (value == sym_.null_ref || sym_.dtype(value) == sym_.ClassTag(t->decl));
      }
      if (z3::expr is = IsOfType(t, value); !is.is_true()) fact = fact && is;
    }
    z3::expr owner_ok = o != sym_.null_ref && z3::select(alloc, o);
    // A set of objects (Repr) holds allocated objects (Dafny's $IsAlloc of a set).
    if ((t->kind == TypeKind::Set || t->kind == TypeKind::ISet) && IsReference(t->args[0])) {
      z3::expr x = c_.constant("x", sym_.ref_sort);
      z3::expr in = sym_.SetOf(t).member(value, x);
      z3::expr ok = t->args[0]->nullable ? (x == sym_.null_ref || z3::select(alloc, x))
                                         : (x != sym_.null_ref && z3::select(alloc, x));
      Assume(Forall(c_, {o, x}, z3::implies(owner_ok && in, ok), {in}));
    }
    if (fact.is_true()) continue;
    Assume(Forall(c_, {o}, z3::implies(owner_ok, fact), {value}));
  }
  // The same for the consts of classes that hold objects (functions of the object, outside
  // the heap): an allocated object's are allocated (Dafny's allocation axiom of a const field,
  // under $IsGoodHeap). Consts of generic classes, one function per instantiation, are left out.
  for (const Decl* d : rp_.decls()) {
    if (!IsObjectConst(rp_, d) || static_cast<const ConstDecl*>(d)->init) continue;
    const Decl* owner = rp_.OwnerOf(d);
    if (owner->kind == DeclKind::Iterator || !ClassTypeParams(owner).empty()) continue;
    const Type* t = rp_.MemberType(d);
    if (!IsReference(t)) continue;
    z3::expr value = sym_.ConstField(d)(o);
    z3::expr allocated = value == sym_.null_ref || z3::select(alloc, value);
    Assume(Forall(c_, {o}, z3::implies(o != sym_.null_ref && z3::select(alloc, o), allocated),
                  {value}));
  }
  sym_.subst = std::move(saved);
}

z3::expr Lowerer::HeapValue(size_t part, const Env& env) {
  auto it = env.find(HeapVar(part));
  if (it != env.end()) return it->second;
  // A context without a heap (a function that reads nothing): some fixed, unknown heap.
  const auto& p = sym_.HeapParts()[part];
  return c_.constant((p.name + "#none").c_str(), p.sort);
}

z3::expr Lowerer::HasElement(const Type* t, const z3::expr& c, const z3::expr& x) {
  switch (t->kind) {
    case TypeKind::Seq:
    case TypeKind::String:
      return sym_.SeqOf(t).contains(c, x);
    case TypeKind::Multiset:
      return 0 < sym_.MultisetOf(t).count(c, x);
    case TypeKind::Map:
    case TypeKind::IMap: {
      // `x <- m` over a map ranges over its keys.
      const auto& ops = sym_.MapOf(t);
      auto keys =
          t->kind == TypeKind::Map ? sym_.coll.Set(ops.key).member : sym_.coll.ISet(ops.key).member;
      return keys(ops.domain(c), x);
    }
    default:
      return sym_.SetOf(t).member(c, x);
  }
}

std::vector<size_t> Lowerer::PartsOf(const Type* t) {
  std::vector<size_t> out;
  if (t->kind == TypeKind::Array) {
    out.push_back(sym_.ArrayPart(t));
  } else if (t->kind == TypeKind::UserDefined &&
             (t->decl->kind == DeclKind::Class || t->decl->kind == DeclKind::Iterator)) {
    // A class's fields and those of its traits.
    for (const Decl* d : rp_.decls()) {
      if (d->kind == DeclKind::Field && InheritsFrom(rp_, t->decl, rp_.OwnerOf(d))) {
        out.push_back(sym_.FieldPart(d, t));
      }
    }
  } else if (IsReference(t)) {
    // An object of a trait type (of some class extending it) or of type object: every field
    // of the program, and for `object` every array too.
    for (size_t p = 1; p < sym_.HeapParts().size(); ++p) {
      if (sym_.FieldOfPart(p) || t->kind == TypeKind::Object) out.push_back(p);
    }
  } else {
    throw std::logic_error("verifier: the heap parts of a non-reference");
  }
  return out;
}

z3::expr Lowerer::TrUnchanged(const TwoStateExpr* e, const Env& env, const z3::expr& layer) {
  const Env& old_state = OldStateOf(e->label);
  z3::expr same = c_.bool_val(true);
  // The locations of object `o` in `parts` hold what they held in the old state.
  auto kept = [&](const z3::expr& o, const std::vector<size_t>& parts) {
    z3::expr all = c_.bool_val(true);
    for (size_t p : parts) {
      all = all && z3::select(HeapValue(p, env), o) == z3::select(HeapValue(p, old_state), o);
    }
    return all;
  };
  for (const Expr* f : e->args) {
    const Expr* object = f;
    std::vector<size_t> parts;
    if (f->kind == ExprKind::FieldFrame) {
      auto* ff = static_cast<const FieldFrameExpr*>(f);
      object = ff->object;
      parts = sym_.FieldParts(rp_.BindingOf(f).member);
      if (!object) {
        same = same && kept(env.at(&this_var_), parts);
        continue;
      }
    }
    const Type* t = rp_.TypeOf(object);
    z3::expr value = Tr(object, env, layer);
    // All of an object's locations, and (as Dafny's heap has it) its allocatedness.
    auto whole = [&](const Type* ot) {
      std::vector<size_t> all = PartsOf(ot);
      all.push_back(Symbols::kAllocPart);
      return all;
    };
    if (IsReference(t)) {
      if (f == object) parts = whole(t);
      same = same && kept(value, parts);
      continue;
    }
    // A collection of objects: each of them.
    if (f == object) parts = whole(t->args[0]);
    z3::expr o = sym_.Fresh("$uo", t->args[0]);
    z3::expr in = HasElement(t, value, o);
    same = same && Forall(c_, {o}, z3::implies(in, kept(o, parts)), {in});
  }
  return same;
}

void Lowerer::WellFormedUnchanged(const TwoStateExpr* e, const z3::expr& guard, bool subsume) {
  z3::expr old_alloc = HeapValue(Symbols::kAllocPart, OldStateOf(e->label));
  for (const Expr* f : e->args) {
    const Expr* object =
        f->kind == ExprKind::FieldFrame ? static_cast<const FieldFrameExpr*>(f)->object : f;
    if (!object) continue;
    WellFormed(object, guard, subsume);
    const Type* t = rp_.TypeOf(object);
    z3::expr value = Tr(object);
    if (IsReference(t)) {
      if (t->nullable) {
        Assert(Obligation::UnchangedNonNull, object->tok,
               z3::implies(guard, value != sym_.null_ref));
        task_.asserts.back().subject = "object";
      }
      Assert(Obligation::UnchangedAllocated, object->tok,
             z3::implies(guard && value != sym_.null_ref, z3::select(old_alloc, value)));
      task_.asserts.back().subject = "object";
      continue;
    }
    z3::expr o = sym_.Fresh("$uo", t->args[0]);
    z3::expr in = HasElement(t, value, o);
    std::string what = t->kind == TypeKind::Seq        ? "some sequence element"
                       : t->kind == TypeKind::Multiset ? "some multiset element"
                                                       : "some set element";
    if (t->args[0]->nullable) {
      Assert(Obligation::UnchangedNonNull, object->tok,
             z3::implies(guard, Forall(c_, {o}, z3::implies(in, o != sym_.null_ref), {in})));
      task_.asserts.back().subject = what;
    }
    Assert(
        Obligation::UnchangedAllocated, object->tok,
        z3::implies(guard,
                    Forall(c_, {o}, z3::implies(in && o != sym_.null_ref, z3::select(old_alloc, o)),
                           {in})));
    task_.asserts.back().subject = what;
  }
}

// Dafny's check at a call of a two-state function or lemma: each argument of a reference type
// (for a formal not declared `new`) was allocated in the previous state.
void Lowerer::CheckAllocatedBefore(const std::vector<Var*>& formals,
                                   const std::vector<const Expr*>& actuals,
                                   const std::vector<z3::expr>& values, const z3::expr& guard,
                                   vir::Obligation kind) {
  z3::expr old_alloc = HeapValue(Symbols::kAllocPart, OldStateOf(""));
  for (size_t i = 0; i < formals.size() && i < values.size(); ++i) {
    const Type* t = rp_.TypeOf(formals[i]);
    // (A default value is checked in the callee.)
    if (formals[i]->is_new || !IsReference(t) || !actuals[i]) continue;
    Assert(kind, actuals[i]->tok,
           z3::implies(guard, values[i] == sym_.null_ref || z3::select(old_alloc, values[i])));
    task_.asserts.back().subject = formals[i]->name;
    task_.asserts.back().subject2 = TypeName(t);
  }
}

// A two-state declaration's previous state: a heap of its own; old(...) refers to it. For a
// lemma (`monotonic`), its allocated objects are allocated in the current one. (Not for a
// function, whose consequence axiom could not be guarded by that.)
void Lowerer::BeginTwoState(bool monotonic) {
  HavocHeap(true);
  two_state_before_ = env_;
  HavocHeap(true);
  old_env_ = &two_state_before_;
  if (!monotonic) return;
  z3::expr o = c_.constant("$o", sym_.ref_sort);
  z3::expr before = z3::select(HeapValue(Symbols::kAllocPart, two_state_before_), o);
  Assume(Forall(c_, {o}, z3::implies(before, z3::select(HeapValue(Symbols::kAllocPart, env_), o)),
                {before}));
}

// A two-state declaration's formals (but those declared `new`) were allocated in the previous
// state: its callers check that.
z3::expr Lowerer::AllocatedBefore(const std::vector<Var*>& formals, const Env& env,
                                  const Env& before) {
  z3::expr all = c_.bool_val(true);
  for (const Var* p : formals) {
    if (p->is_new || !IsReference(rp_.TypeOf(p))) continue;
    z3::expr v = env.at(p);
    all = all && (v == sym_.null_ref || z3::select(HeapValue(Symbols::kAllocPart, before), v));
  }
  return all;
}

z3::expr Lowerer::ThisAllocatedBefore(const Env& env, const Env& before) {
  auto it = env.find(&this_var_);
  if (it == env.end() || !z3::eq(it->second.get_sort(), sym_.ref_sort)) return c_.bool_val(true);
  return z3::select(HeapValue(Symbols::kAllocPart, before), it->second);
}

void Lowerer::CheckReceiverAllocatedBefore(const Expr* callee, const z3::expr& receiver,
                                           const z3::expr& guard, vir::Obligation kind) {
  if (!z3::eq(receiver.get_sort(), sym_.ref_sort)) return;
  const Expr* at =
      callee->kind == ExprKind::Select ? static_cast<const SelectExpr*>(callee)->object : callee;
  z3::expr old_alloc = HeapValue(Symbols::kAllocPart, OldStateOf(""));
  Assert(kind, at->tok, z3::implies(guard, z3::select(old_alloc, receiver)));
}

const Env& Lowerer::OldStateOf(const std::string& label) const {
  if (!label.empty()) {
    auto it = label_states_.find(label);
    if (it == label_states_.end()) {
      throw std::logic_error("verifier: a two-state expression at " + label + " before its label");
    }
    return it->second;
  }
  return old_env_ ? *old_env_ : entry_env_;
}

z3::expr Lowerer::IsOfType(const Type* t, const z3::expr& o) {
  z3::expr out = c_.bool_val(true);
  t = sym_.Apply(t);
  auto class_like = [](const Type* x) {
    return x && x->kind == TypeKind::UserDefined && IsClassLike(x->decl) &&
           x->decl->kind != DeclKind::Iterator;
  };
  if (!class_like(t)) return out;
  std::vector<const Type*> work{t};
  std::set<std::string> seen;
  for (size_t i = 0; i < work.size(); ++i) {
    const Type* w = work[i];
    if (!seen.insert(sym_.TypeKey(w)).second) continue;
    if (w->decl->kind == DeclKind::Trait || !w->args.empty()) out = out && sym_.IsInstance(w)(o);
    for (const Type* p : rp_.ParentsOf(w->decl)) {
      const Type* up = SubstituteParams(rp_.types, p, w->decl, w->args);
      if (class_like(up)) work.push_back(up);
    }
  }
  if (out.is_true()) return out;
  return z3::implies(o != sym_.null_ref, out);
}

void Lowerer::AssumeAllocated(const Type* t, const z3::expr& value) {
  // A collection of objects holds allocated ones.
  if ((t->kind == TypeKind::Set || t->kind == TypeKind::Seq) && IsReference(t->args[0])) {
    z3::expr o = sym_.Fresh("$ao", t->args[0]);
    z3::expr in = HasElement(t, value, o);
    z3::expr alloc = HeapValue(Symbols::kAllocPart, env_);
    z3::expr allocated = z3::select(alloc, o);
    Assume(Forall(c_, {o},
                  z3::implies(in, t->args[0]->nullable ? o == sym_.null_ref || allocated
                                                       : o != sym_.null_ref && allocated),
                  {in}));
    // And by index (Dafny's $Is of a sequence, triggered by s[i]).
    if (t->kind == TypeKind::Seq) {
      const auto& q = sym_.SeqOf(t);
      z3::expr i = c_.constant(fmt::format("$ai#{}", sym_.NextId()).c_str(), c_.int_sort());
      z3::expr x = q.index(value, i);
      z3::expr ok = z3::select(alloc, x);
      ok = t->args[0]->nullable ? x == sym_.null_ref || ok : x != sym_.null_ref && ok;
      // (and of its class, for a class's objects: Dafny's $IsBox of each element)
      const Type* et = sym_.Apply(t->args[0]);
      if (et->kind == TypeKind::UserDefined &&
          (et->decl->kind == DeclKind::Class || et->decl->kind == DeclKind::Iterator)) {
        ok = ok && z3::implies(x != sym_.null_ref, sym_.dtype(x) == sym_.ClassTag(et->decl));
      }
      Assume(Forall(c_, {i}, z3::implies(0 <= i && i < q.length(value), ok), {x}));
    }
    return;
  }
  if (t->kind == TypeKind::Arrow && sym_.Apply(t)->name == "~>") {
    AssumeArrowAllocated(sym_.Apply(t), value);
    return;
  }
  if (!IsReference(t)) return;
  // An object of a class type is of that class (classes are not extended): objects of
  // different classes differ.
  if (t->kind == TypeKind::UserDefined &&
      (t->decl->kind == DeclKind::Class || t->decl->kind == DeclKind::Iterator)) {
    Assume(z3::implies(value != sym_.null_ref, sym_.dtype(value) == sym_.ClassTag(t->decl)));
  }
  if (z3::expr is = IsOfType(t, value); !is.is_true()) Assume(is);
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
    if (IsEmptyDisplay(f)) continue;  // `{}`: no object
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
    if (t->kind == TypeKind::Set || t->kind == TypeKind::ISet) {
      in = in || TrInSet(f, r, env, sym_.BaseLayer());
      continue;
    }
    z3::expr s = Tr(f, env, sym_.BaseLayer());
    switch (t->kind) {
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
      z3::expr row = z3::select(HeapValue(sym_.ArrayPart(t), env), a);
      std::vector<z3::expr> indices;
      for (const Expr* i : ix->indices) indices.push_back(Tr(i, env, layer));
      return Symbols::ArrayElement(row, indices);
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
    case ExprKind::Select: {
      // a.Length, or a.Length0, a.Length1, ... of a multi-dimensional array.
      auto* sel = static_cast<const SelectExpr*>(e);
      const Type* t = rp_.TypeOf(sel->object);
      uint32_t dim = sel->member == "Length" ? 0 : std::stoul(sel->member.substr(6));
      return sym_.ArrayLength(Tr(sel->object, env, layer), t->width, dim);
    }
    default:
      throw std::logic_error("verifier: unsupported array expression");
  }
}

void Lowerer::WellFormedArray(const Expr* e, const z3::expr& guard) {
  const Expr* arr = e->kind == ExprKind::Index   ? static_cast<const IndexExpr*>(e)->seq
                    : e->kind == ExprKind::Slice ? static_cast<const SliceExpr*>(e)->seq
                                                 : static_cast<const SelectExpr*>(e)->object;
  z3::expr a = Tr(arr);
  // Checked for non-null types too (it holds), as Dafny does: an element at the array.
  if (e->kind == ExprKind::Select) {
    Assert(Obligation::NullTarget, e->tok, z3::implies(guard, a != sym_.null_ref));
  } else {
    Assert(Obligation::NullArray, arr->tok, z3::implies(guard, a != sym_.null_ref));
  }
  if (e->kind == ExprKind::Select) return;
  z3::expr len = sym_.array_length(a);
  // A function may read only what its reads clause names.
  auto check_reads = [&] {
    const std::vector<Expr*>* frame = CheckedReads();
    if (!frame) return;
    bool in_lambda = function_ == &lambda_frame_;
    bool reading_lambda = in_lambda && !lambda_frame_.reads.empty();
    Assert(in_default_              ? Obligation::ReadsArrayInDefault
           : reading_lambda         ? Obligation::ReadsArrayInReadingLambda
           : in_lambda              ? Obligation::ReadsArrayInLambda
           : !function_             ? Obligation::ReadsArrayInMethod
           : IsPredicate(function_) ? Obligation::ReadsArrayInPredicate
                                    : Obligation::ReadsArray,
           e->tok, z3::implies(guard && reads_premise_, InFrame(*frame, a, ReadsEnv())));
    task_.asserts.back().subject = ExprText(arr);
    if (in_lambda && !reading_lambda) {
      task_.asserts.back().subject = ExprText(e);
      task_.asserts.back().subject2 = ExprText(arr);
    }
  };
  if (e->kind == ExprKind::Index) {
    auto* ix = static_cast<const IndexExpr*>(e);
    uint32_t width = rp_.TypeOf(arr)->width;
    for (uint32_t d = 0; d < ix->indices.size(); ++d) {
      z3::expr i = Tr(ix->indices[d]);
      z3::expr n = width == 1 ? len : sym_.ArrayLength(a, width, d);
      Assert(width == 1 ? Obligation::IndexRange : Obligation::IndexRangeDim,
             width == 1 ? e->tok : ix->indices[d]->tok, z3::implies(guard, 0 <= i && i < n));
      if (width > 1) task_.asserts.back().subject = std::to_string(d);
    }
    check_reads();
    // Every element of an array of a subset type satisfies it (every write is checked); one
    // of a reference type is allocated, and not null if its type is not nullable (Dafny's
    // $IsGoodHeap: the array is allocated).
    const Type* elem = rp_.TypeOf(arr)->args[0];
    if (HasSubsetType(elem)) Assume(z3::implies(guard, IsType(elem, Tr(e))));
    if (IsReference(elem)) {
      z3::expr x = Tr(e);
      z3::expr allocated = z3::select(HeapValue(Symbols::kAllocPart, env_), x);
      Assume(z3::implies(guard, elem->nullable ? x == sym_.null_ref || allocated
                                               : x != sym_.null_ref && allocated));
    }
    return;
  }
  auto* sl = static_cast<const SliceExpr*>(e);
  z3::expr lo = sl->lo ? Tr(sl->lo) : c_.int_val(0);
  if (sl->lo) {
    // (Within the length too, as Dafny checks it, whether or not there is an upper bound.)
    z3::expr ok = 0 <= lo && lo <= len;
    Assert(Obligation::SliceLower, e->tok, z3::implies(guard, ok));
  }
  if (sl->hi) {
    z3::expr hi = Tr(sl->hi);
    Assert(Obligation::SliceBoundsArray, e->tok, z3::implies(guard, lo <= hi && hi <= len));
  }
  check_reads();
}

void Lowerer::LowerArrayAssign(const IndexExpr* lhs, const z3::expr& value, const Expr* rhs_expr,
                               const Env* at) {
  const Type* t = rp_.TypeOf(lhs->seq);
  const Env& where = at ? *at : env_;
  z3::expr a = Tr(lhs->seq, where, sym_.BaseLayer());
  std::vector<z3::expr> idx;
  for (const Expr* i : lhs->indices) idx.push_back(Tr(i, where, sym_.BaseLayer()));
  if (t->nullable) Assert(Obligation::NullArray, lhs->seq->tok, a != sym_.null_ref);
  for (uint32_t d = 0; d < idx.size(); ++d) {
    Assert(t->width == 1 ? Obligation::IndexRange : Obligation::IndexRangeDim,
           t->width == 1 ? lhs->tok : lhs->indices[d]->tok,
           0 <= idx[d] && idx[d] < sym_.ArrayLength(a, t->width, d));
    if (t->width > 1) task_.asserts.back().subject = std::to_string(d);
  }
  // The array must be in the modifies clause, or allocated since the method began.
  z3::expr fresh = !z3::select(HeapValue(Symbols::kAllocPart, entry_env_), a);
  Assert(Obligation::ArrayModifies, lhs->tok,
         InLoopFrames(fresh || InFrame(method_->modifies, a, entry_env_), a));
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
  z3::expr updated = z3::store(h, a, Symbols::ArrayStore(z3::select(h, a), idx, value));
  z3::expr next = c_.constant(
      fmt::format("{}#{}", sym_.HeapParts()[part].name, sym_.NextId()).c_str(), h.get_sort());
  Assume(next == updated);
  env_.insert_or_assign(HeapVar(part), next);
  ForgetAliases(part, a);
}

z3::expr Lowerer::LowerNewArray(const NewRhsExpr* e) {
  z3::expr yes = c_.bool_val(true);
  const Type* t = rp_.TypeOf(e);
  z3::expr n = c_.int_val(static_cast<int>(e->elements.size()));
  std::vector<z3::expr> dims;
  for (const Expr* d : e->dims) {
    WellFormed(d, yes);
    dims.push_back(Tr(d));
    if (e->dims.size() == 1) {
      Assert(Obligation::ArraySizeNonNegative, d->tok, 0 <= dims.back());
    } else {
      Assert(Obligation::ArraySizeDimNonNegative, d->tok, 0 <= dims.back());
      task_.asserts.back().subject = std::to_string(dims.size() - 1);
    }
  }
  if (!dims.empty()) n = dims[0];
  if (e->has_elements && !dims.empty()) {
    // new T[n] [a, b, c]: n is the number of elements (Dafny's ArrayInitSizeValid).
    Assert(Obligation::ArrayInitSize, e->dims[0]->tok,
           dims[0] == c_.int_val(static_cast<int>(e->elements.size())));
    task_.asserts.back().subject = std::to_string(e->elements.size());
  }
  if (rp_.ArrayNeedsEmpty(e)) {
    // Elements without a default value: some dimension is 0 (Dafny's ArrayInitEmpty).
    z3::expr empty = c_.bool_val(false);
    for (const z3::expr& d : dims) empty = empty || d == 0;
    Assert(Obligation::ArrayInitEmpty,
           SourceRange{e->range.file, e->range.begin, e->range.begin + 3}, empty);
    task_.asserts.back().subject = TypeName(t->args[0]);
  }
  std::vector<z3::expr> elems;
  for (const Expr* x : e->elements) {
    WellFormed(x, yes);
    elems.push_back(Tr(x));
  }
  z3::expr r = c_.constant(fmt::format("$nw#{}", sym_.NextId()).c_str(), sym_.ref_sort);
  z3::expr alloc = HeapValue(Symbols::kAllocPart, env_);
  z3::expr fresh_array = r != sym_.null_ref && !z3::select(alloc, r);
  if (t->width == 1) fresh_array = fresh_array && sym_.array_length(r) == n;
  for (uint32_t d = 0; t->width > 1 && d < dims.size(); ++d) {
    fresh_array = fresh_array && sym_.ArrayLength(r, t->width, d) == dims[d];
  }
  Assume(fresh_array);
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
    std::vector<z3::expr> is;
    Env inner = env_;
    std::optional<z3::expr> range;
    for (size_t d = 0; d < l->params.size(); ++d) {
      is.push_back(c_.constant(fmt::format("$i#{}", sym_.NextId()).c_str(), c_.int_sort()));
      inner.insert_or_assign(l->params[d], is.back());
      z3::expr len = t->width == 1 ? n : dims[d];
      z3::expr in = 0 <= is.back() && is.back() < len;
      range = range ? *range && in : in;
    }
    z3::expr in_range = range.value_or(yes);
    // The initializer must be defined on every index.
    vir::Cmd choice{vir::Cmd::Choice, yes, 0, {}};
    vir::Block* check = NewBranch(choice);
    NewBranch(choice);
    vir::Block* parent = cur_;
    Env saved = env_;
    cur_ = check;
    env_ = inner;
    Assume(in_range);
    // A reads clause: the initializer's reads are checked against it (as a lambda's are).
    const FunctionDecl* saved_function = function_;
    z3::expr saved_premise = reads_premise_;
    if (!l->reads.empty()) {
      for (const Expr* f : l->reads) WellFormed(f, yes);
      lambda_frame_.reads = l->reads;
      function_ = &lambda_frame_;
      reads_premise_ = yes;
    }
    for (const Expr* req : l->requires_) {
      WellFormed(req, yes);
      // (At `new`, as Dafny reports it.)
      Assert(Obligation::ArrayInitDomain,
             SourceRange{e->range.file, e->range.begin, e->range.begin + 3}, Tr(req));
    }
    WellFormed(l->body, yes);
    function_ = saved_function;
    reads_premise_ = saved_premise;
    lambda_frame_.reads.clear();
    Assume(c_.bool_val(false));
    cur_ = parent;
    env_ = saved;
    cur_->cmds.push_back(std::move(choice));
    z3::expr body = Tr(l->body, inner, sym_.BaseLayer());
    z3::expr elem = Symbols::ArrayElement(row, is);
    Assume(Forall(c_, is, z3::implies(in_range, elem == body), {elem}));
  }
  return r;
}

}  // namespace dfy::verify
