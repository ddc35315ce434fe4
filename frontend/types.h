// Resolved types. Types are interned in a TypeTable, so equal types are equal pointers.
#pragma once

#include <deque>
#include <map>
#include <string>
#include <vector>

namespace dfy {

// Every type constructor of Dafny 4; the resolver produces the ones it supports so far and
// reports the others as Unsupported.
enum class TypeKind : uint8_t {
  Error,  // the type of an ill-typed expression; suppresses follow-on errors
  Bool,
  Int,
  Nat,  // the subset type nat = x: int | 0 <= x
  Real,
  Char,
  String,  // seq<char>
  BitVector,
  Ordinal,
  Seq,
  Set,
  ISet,
  Multiset,
  Map,
  IMap,
  Tuple,
  Arrow,
  Object,
  UserDefined,
  TypeParam,
};

struct Type {
  TypeKind kind;
  std::vector<const Type*> args;
  uint32_t width = 0;  // BitVector width
  std::string name;    // UserDefined / TypeParam name
};

class TypeTable {
 public:
  // Interning is logically const: a table shared read-only may still hand out new types.
  const Type* Get(TypeKind kind, std::vector<const Type*> args = {}, uint32_t width = 0,
                  const std::string& name = {}) const;
  const Type* Error() { return Get(TypeKind::Error); }
  const Type* Bool() { return Get(TypeKind::Bool); }
  const Type* Int() { return Get(TypeKind::Int); }
  const Type* Nat() { return Get(TypeKind::Nat); }
  const Type* Real() { return Get(TypeKind::Real); }
  const Type* Char() { return Get(TypeKind::Char); }
  const Type* String() { return Get(TypeKind::String); }

 private:
  mutable std::deque<Type> types_;
  mutable std::map<std::string, const Type*> index_;
};

// Dafny's spelling of a type, as used in its messages ("int", "seq<char>").
std::string TypeName(const Type* t);
// int and its subset types (nat) are int-based.
bool IsIntBased(const Type* t);
bool IsNumeric(const Type* t);
// True when a value of type `from` may be assigned to a variable of type `to` (subset
// constraints are checked by the verifier, not here).
bool Assignable(const Type* to, const Type* from);

}  // namespace dfy
