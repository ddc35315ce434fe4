#include "frontend/types.h"

namespace dfy {

static std::string Key(TypeKind kind, const std::vector<const Type*>& args, uint32_t width,
                       const std::string& name) {
  std::string key =
      std::to_string(static_cast<int>(kind)) + ":" + std::to_string(width) + ":" + name + "(";
  for (const Type* a : args) key += std::to_string(reinterpret_cast<uintptr_t>(a)) + ",";
  return key + ")";
}

const Type* TypeTable::Get(TypeKind kind, std::vector<const Type*> args, uint32_t width,
                           const std::string& name) const {
  std::string key = Key(kind, args, width, name);
  auto it = index_.find(key);
  if (it != index_.end()) return it->second;
  types_.push_back(Type{kind, std::move(args), width, name});
  index_[key] = &types_.back();
  return &types_.back();
}

std::string TypeName(const Type* t) {
  switch (t->kind) {
    case TypeKind::Error:
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
      return "object";
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
    default:
      s = t->name;
      break;
  }
  if (!t->args.empty()) {
    s += "<";
    for (size_t i = 0; i < t->args.size(); ++i) s += (i ? ", " : "") + TypeName(t->args[i]);
    s += ">";
  }
  return s;
}

bool IsIntBased(const Type* t) { return t->kind == TypeKind::Int || t->kind == TypeKind::Nat; }
bool IsNumeric(const Type* t) { return IsIntBased(t) || t->kind == TypeKind::Real; }

bool Assignable(const Type* to, const Type* from) {
  if (to == from || to->kind == TypeKind::Error || from->kind == TypeKind::Error) return true;
  return IsIntBased(to) && IsIntBased(from);
}

}  // namespace dfy
