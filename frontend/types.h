// Resolved types. Types are interned in a TypeTable, so equal types are equal pointers.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace dfy {

struct Decl;

// Every type constructor of Dafny 4.
enum class TypeKind : uint8_t {
  Error,  // the type of an ill-typed expression; suppresses follow-on errors
  Bool,
  Int,
  Nat,  // the subset type nat = x: int | 0 <= x
  Real,
  Char,
  String,  // seq<char>, as written `string`
  BitVector,
  Ordinal,
  Seq,
  Set,
  ISet,
  Multiset,
  Map,
  IMap,
  Tuple,
  Arrow,  // args: parameter types, then the result type; name: "->", "-->" or "~>"
  Object,
  Array,        // arrayN<T>: width is N (1 for array<T>)
  UserDefined,  // decl: a class, trait, datatype, newtype, subset type or opaque type
  TypeParam,    // decl: the declaration that binds it; width: its index there
  Proxy,        // an inference variable of the resolver; never in a resolved program
};

struct Type {
  TypeKind kind;
  std::vector<const Type*> args;
  // BitVector width, Array dimensions, TypeParam index, Proxy id, Tuple ghost components (a mask)
  uint32_t width = 0;
  std::string name;  // UserDefined / TypeParam name, Arrow spelling
  const Decl* decl = nullptr;
  bool nullable = false;  // object?, array?, C? for a class or trait C
};

class TypeTable {
 public:
  // Interning is logically const: a table shared read-only may still hand out new types.
  const Type* Get(TypeKind kind, std::vector<const Type*> args = {}, uint32_t width = 0,
                  const std::string& name = {}, const Decl* decl = nullptr,
                  bool nullable = false) const;
  const Type* Get(const Type& t) const {
    return Get(t.kind, t.args, t.width, t.name, t.decl, t.nullable);
  }
  const Type* Error() const { return Get(TypeKind::Error); }
  const Type* Bool() const { return Get(TypeKind::Bool); }
  const Type* Int() const { return Get(TypeKind::Int); }
  const Type* Nat() const { return Get(TypeKind::Nat); }
  const Type* Real() const { return Get(TypeKind::Real); }
  const Type* Char() const { return Get(TypeKind::Char); }
  const Type* String() const { return Get(TypeKind::String); }
  const Type* Seq(const Type* e) const { return Get(TypeKind::Seq, {e}); }
  const Type* Set(const Type* e) const { return Get(TypeKind::Set, {e}); }
  // A tuple type; bit i of `ghost_mask` marks component i ghost (`(ghost int, int)` is 1), and
  // is kept in Type::width, so that tuple types differing in their ghost components differ.
  const Type* Tuple(std::vector<const Type*> elems, uint32_t ghost_mask = 0) const {
    return Get(TypeKind::Tuple, std::move(elems), ghost_mask);
  }

 private:
  // The verifier's worker threads intern types too (instantiating generic types).
  mutable std::mutex mutex_;
  mutable std::deque<Type> types_;
  mutable std::map<std::string, const Type*> index_;
};

// Dafny's spelling of a type, as used in its messages ("int", "seq<char>").
std::string TypeName(const Type* t);
// True when component i of the tuple type t is ghost (`(ghost int, int)`, i == 0).
bool IsGhostComponent(const Type* t, size_t i);
// The most components a tuple may have that can be marked ghost (the bits of Type::width).
inline constexpr size_t kMaxGhostTupleComponents = 32;
// int and its subset types (nat) are int-based.
bool IsIntBased(const Type* t);
bool IsNumeric(const Type* t);
// Whether t mentions a type parameter anywhere (`Container<T>`, `seq<T>`).
bool MentionsTypeParam(const Type* t);
// True when a value of type `from` may be assigned to a variable of type `to` (subset
// constraints are checked by the verifier, not here).
bool Assignable(const Type* to, const Type* from);

}  // namespace dfy
