#include "frontend/types.h"

#include <fmt/format.h>

namespace dfy {

static std::string Key(const Type& t) {
  std::string key = fmt::format("{}:{}:{}:{}:{}(", static_cast<int>(t.kind), t.width, t.name,
                                reinterpret_cast<uintptr_t>(t.decl), t.nullable ? 1 : 0);
  for (const Type* a : t.args) key += std::to_string(reinterpret_cast<uintptr_t>(a)) + ",";
  return key + ")";
}

const Type* TypeTable::Get(TypeKind kind, std::vector<const Type*> args, uint32_t width,
                           const std::string& name, const Decl* decl, bool nullable) const {
  Type t{kind, std::move(args), width, name, decl, nullable};
  std::string key = Key(t);
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = index_.find(key);
  if (it != index_.end()) return it->second;
  types_.push_back(std::move(t));
  index_[key] = &types_.back();
  return &types_.back();
}

static std::string ArgList(const Type* t, size_t begin, size_t end) {
  std::string s;
  for (size_t i = begin; i < end; ++i) {
    s += (i > begin ? ", " : "");
    if (t->kind == TypeKind::Tuple && IsGhostComponent(t, i)) s += "ghost ";
    s += TypeName(t->args[i]);
  }
  return s;
}

bool IsGhostComponent(const Type* t, size_t i) {
  return t->kind == TypeKind::Tuple && i < kMaxGhostTupleComponents && ((t->width >> i) & 1u);
}

bool MentionsTypeParam(const Type* t) {
  if (!t) return false;
  if (t->kind == TypeKind::TypeParam) return true;
  for (const Type* a : t->args) {
    if (MentionsTypeParam(a)) return true;
  }
  return false;
}

std::string TypeName(const Type* t) {
  switch (t->kind) {
    case TypeKind::Error:
      return "?";
    case TypeKind::Proxy:
      return "?";
    case TypeKind::Bool:
      return "bool";
    case TypeKind::Int:
      return "int";
    case TypeKind::Nat:
      return "nat";
    case TypeKind::Real:
      return "real";
    case TypeKind::Char:
      return "char";
    case TypeKind::String:
      return "string";
    case TypeKind::BitVector:
      return "bv" + std::to_string(t->width);
    case TypeKind::Ordinal:
      return "ORDINAL";
    case TypeKind::Object:
      return t->nullable ? "object?" : "object";
    case TypeKind::Tuple:
      return "(" + ArgList(t, 0, t->args.size()) + ")";
    case TypeKind::Arrow: {
      size_t n = t->args.size() - 1;
      std::string params = n == 1 && t->args[0]->kind != TypeKind::Tuple
                               ? TypeName(t->args[0])
                               : "(" + ArgList(t, 0, n) + ")";
      return params + " " + t->name + " " + TypeName(t->args[n]);
    }
    default:
      break;
  }
  std::string s;
  switch (t->kind) {
    case TypeKind::Seq:
      s = "seq";
      break;
    case TypeKind::Set:
      s = "set";
      break;
    case TypeKind::ISet:
      s = "iset";
      break;
    case TypeKind::Multiset:
      s = "multiset";
      break;
    case TypeKind::Map:
      s = "map";
      break;
    case TypeKind::IMap:
      s = "imap";
      break;
    case TypeKind::Array:
      s = t->width == 1 ? "array" : "array" + std::to_string(t->width);
      break;
    default:
      s = t->name;
      break;
  }
  // As Dafny: the nullable type's name is C? (array?<int>, C?<T>).
  if (t->nullable) s += "?";
  if (!t->args.empty()) s += "<" + ArgList(t, 0, t->args.size()) + ">";
  return s;
}

bool IsIntBased(const Type* t) { return t->kind == TypeKind::Int || t->kind == TypeKind::Nat; }
bool IsNumeric(const Type* t) { return IsIntBased(t) || t->kind == TypeKind::Real; }

bool Assignable(const Type* to, const Type* from) {
  if (to == from || to->kind == TypeKind::Error || from->kind == TypeKind::Error) return true;
  return IsIntBased(to) && IsIntBased(from);
}

}  // namespace dfy
