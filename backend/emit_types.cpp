// Dafny types as C++ types: int is dfy::Int, string is dfy::String (a Seq<char32_t>), classes
// and traits are pointers to heap objects, datatypes are value handles, newtypes and subset
// types are their base type.
#include <fmt/format.h>

#include "backend/emitter.h"

namespace dfy::backend {

const Type* Emitter::NewtypeBase(const NewtypeDecl* nt) const {
  if (nt->var) return rp_.TypeOf(nt->var);
  // The resolved base (`newtype N = Small<bool>` of a generic subset type, `newtype M = I` of
  // a type synonym).
  if (const Type* b = rp_.MemberType(nt)) return b;
  if (!nt->base || nt->base->kind != TypeExprKind::Named || !nt->base->args.empty()) {
    return nullptr;
  }
  const std::string& n = nt->base->name;
  if (n == "int") return rp_.types.Int();
  if (n == "nat") return rp_.types.Nat();
  if (n == "real") return rp_.types.Real();
  if (n == "bool") return rp_.types.Bool();
  if (n == "char") return rp_.types.Char();
  if (n == "string") return rp_.types.String();
  if (n.size() > 2 && n.starts_with("bv") &&
      n.find_first_not_of("0123456789", 2) == std::string::npos && n.size() < 8) {
    return rp_.types.Get(TypeKind::BitVector, {}, static_cast<uint32_t>(std::stoul(n.substr(2))));
  }
  // `newtype N = M` of another newtype or subset type M (of the same module, or qualified).
  std::string last = n.substr(n.rfind('.') == std::string::npos ? 0 : n.rfind('.') + 1);
  const Decl* found = nullptr;
  for (const Decl* d : rp_.decls()) {
    if ((d->kind != DeclKind::Newtype && d->kind != DeclKind::SubsetType) || d->name != last ||
        d == nt) {
      continue;
    }
    if (!found || ModuleOf(d) == ModuleOf(nt)) found = d;
  }
  if (found) return rp_.types.Get(TypeKind::UserDefined, {}, 0, found->name, found);
  return nullptr;
}

const Type* Emitter::BaseOf(const Type* t) const {
  for (int depth = 0; t && depth < 64; ++depth) {
    if (t->kind == TypeKind::Nat) return rp_.types.Int();
    // An iset or imap that compiled code makes is finite: a set or map, as in Dafny's C#
    // (whose ISet and IMap are its Set and Map, printed alike).
    if (t->kind == TypeKind::ISet) return rp_.types.Get(TypeKind::Set, t->args);
    if (t->kind == TypeKind::IMap) return rp_.types.Get(TypeKind::Map, t->args);
    if (t->kind != TypeKind::UserDefined || !t->decl) return t;
    if (t->decl->kind != DeclKind::Newtype && t->decl->kind != DeclKind::SubsetType) return t;
    auto* nt = static_cast<const NewtypeDecl*>(t->decl);
    // A native newtype is a type of its own in C++ (an int8_t .. uint64_t).
    if (nt->kind == DeclKind::Newtype && NewtypeNative(nt)) return t;
    const Type* b = NewtypeBase(nt);
    if (!b) return t;
    // `NonEmpty<int>` of `type NonEmpty<T> = s: seq<T> | ...`: the base with T := int.
    if (!nt->type_params.empty()) b = SubstituteTypeParams(b, nt, t->args);
    t = b;
  }
  return t;
}

const Type* Emitter::SubstituteTypeParams(const Type* t, const Decl* owner,
                                          const std::vector<const Type*>& args) const {
  if (!t) return t;
  if (t->kind == TypeKind::TypeParam) {
    return t->decl == owner && t->width < args.size() ? args[t->width] : t;
  }
  if (t->args.empty()) return t;
  Type copy = *t;
  for (const Type*& a : copy.args) a = SubstituteTypeParams(a, owner, args);
  return rp_.types.Get(copy);
}

bool Emitter::IsNatType(const Type* t) const {
  for (int depth = 0; t && depth < 64; ++depth) {
    if (t->kind == TypeKind::Nat) return true;
    if (t->kind != TypeKind::UserDefined || !t->decl || t->decl->kind != DeclKind::SubsetType)
      return false;
    auto* nt = static_cast<const NewtypeDecl*>(t->decl);
    if (!nt->type_params.empty()) return false;
    t = NewtypeBase(nt);
  }
  return false;
}

bool Emitter::IsStringType(const Type* t) const {
  t = BaseOf(t);
  if (!t) return false;
  if (t->kind == TypeKind::String) return true;
  return t->kind == TypeKind::Seq && t->args.size() == 1 && BaseOf(t->args[0]) &&
         BaseOf(t->args[0])->kind == TypeKind::Char;
}

bool Emitter::IsClassType(const Type* t) const {
  t = BaseOf(t);
  if (!t) return false;
  if (t->kind == TypeKind::Object) return true;
  return t->kind == TypeKind::UserDefined && t->decl &&
         (t->decl->kind == DeclKind::Class || t->decl->kind == DeclKind::Trait ||
          t->decl->kind == DeclKind::Iterator);
}

std::string Emitter::TypeArgs(const std::vector<const Type*>& args, SourceRange where) {
  if (args.empty()) return "";
  std::vector<std::string> parts;
  for (const Type* a : args) parts.push_back(CppType(a, where));
  return "<" + Join(parts) + ">";
}

std::string Emitter::CppType(const Type* t, SourceRange where) {
  if (!t) {
    Unsupported(where, "values of an unknown type");
    return "void";
  }
  auto elem = [&](size_t i) { return CppType(t->args.at(i), where); };
  switch (t->kind) {
    case TypeKind::Int:
    case TypeKind::Nat:
    // A compiled program can make only the natural ordinals (0, 1, ..., no limit ordinal): an
    // ORDINAL is a dfy::Int, as it is a BigInteger in Dafny's C#.
    case TypeKind::Ordinal:
      return "dfy::Int";
    case TypeKind::Bool:
      return "bool";
    case TypeKind::Real:
      return "dfy::Real";
    case TypeKind::Char:
      return "char32_t";
    case TypeKind::String:
      return "dfy::String";
    case TypeKind::Seq:
      return IsStringType(t) ? "dfy::String" : "dfy::Seq<" + elem(0) + ">";
    case TypeKind::Set:
    case TypeKind::ISet:
      return "dfy::Set<" + elem(0) + ">";
    case TypeKind::Multiset:
      return "dfy::Multiset<" + elem(0) + ">";
    case TypeKind::Map:
    case TypeKind::IMap:
      return "dfy::Map<" + elem(0) + ", " + elem(1) + ">";
    case TypeKind::Tuple: {
      if (IsErasedTuple(t)) return elem(CompiledComponents(t)[0]);
      std::vector<std::string> parts;
      for (size_t i : CompiledComponents(t)) parts.push_back(elem(i));
      return "dfy::Tuple<" + Join(parts) + ">";
    }
    case TypeKind::Arrow: {
      std::vector<std::string> parts;
      for (size_t i = 0; i + 1 < t->args.size(); ++i) parts.push_back(elem(i));
      return "std::function<" + elem(t->args.size() - 1) + "(" + Join(parts) + ")>";
    }
    case TypeKind::BitVector:
      if (const NativeInt* n = Native(t)) return n->cpp;
      return fmt::format("dfy::Bv<{}>", t->width);
    case TypeKind::Object:
      return "dfy::Object*";
    case TypeKind::Array:
      if (t->width == 1) return "dfy::Array<" + elem(0) + ">";
      return fmt::format("dfy::Array<{}, {}>", elem(0), t->width);
    case TypeKind::TypeParam: {
      auto alias = type_alias_.find(t->name);
      if (alias != type_alias_.end()) return alias->second;
      return CppName(t->name);
    }
    case TypeKind::UserDefined: {
      const Decl* d = t->decl;
      if (!d) break;
      switch (d->kind) {
        case DeclKind::Class:
        case DeclKind::Trait:
        case DeclKind::Iterator:
          return QualifiedName(d) + TypeArgs(t->args, where) + "*";
        case DeclKind::Datatype:
          return QualifiedName(d) + TypeArgs(t->args, where);
        case DeclKind::Newtype:
        case DeclKind::SubsetType: {
          if (const NativeInt* n = Native(t)) return n->cpp;
          const Type* b = BaseOf(t);
          if (b == t) {
            Unsupported(where, "generic subset types and newtypes");
            return "void";
          }
          return CppType(b, where);
        }
        case DeclKind::OpaqueType:
          if (IsExternClassOrType(d)) return QualifiedName(d) + TypeArgs(t->args, where);
          // An abstract type of a module: reported where it is declared (EmitModuleMembers).
          if (rp_.OwnerOf(d) && rp_.OwnerOf(d)->kind == DeclKind::Module) return "void";
          Unsupported(where, fmt::format("values of type {}", TypeName(t)));
          return "void";
        default:
          Unsupported(where, fmt::format("values of type {}", TypeName(t)));
          return "void";
      }
    }
    default:
      break;
  }
  Unsupported(where, fmt::format("values of type {}", TypeName(t)));
  return "void";
}

std::vector<size_t> Emitter::CompiledComponents(const Type* tuple) const {
  std::vector<size_t> out;
  const Type* t = BaseOf(tuple);
  if (!t || t->kind != TypeKind::Tuple) return out;
  for (size_t i = 0; i < t->args.size(); ++i) {
    if (!IsGhostComponent(t, i)) out.push_back(i);
  }
  return out;
}

bool Emitter::IsErasedTuple(const Type* t) const {
  const Type* b = BaseOf(t);
  return b && b->kind == TypeKind::Tuple && b->width != 0 && CompiledComponents(b).size() == 1;
}

std::string Emitter::TupleComponent(const Type* tuple, size_t i, const std::string& value) const {
  const Type* t = tuple ? BaseOf(tuple) : nullptr;
  if (!t || t->kind != TypeKind::Tuple || t->width == 0) {
    return fmt::format("std::get<{}>({})", i, value);
  }
  if (IsErasedTuple(t)) return value;
  size_t j = 0;
  for (size_t k = 0; k < i && k < t->args.size(); ++k) j += IsGhostComponent(t, k) ? 0 : 1;
  return fmt::format("std::get<{}>({})", j, value);
}

std::string Emitter::ConstRef(const std::string& cpp) {
  // `C* const&`: a reference to a const pointer (`const C*&` would point to a const C).
  if (cpp.ends_with("*")) return cpp + " const&";
  return "const " + cpp + "&";
}

std::string Emitter::ParamType(const Type* t, SourceRange where) {
  std::string cpp = CppType(t, where);
  // A type parameter is `const T&` in the template, also where it stands for a by-value type
  // (type_alias_: a synthesized override of Label(k: K) in a subclass of Labelled<bool>).
  if (t && t->kind == TypeKind::TypeParam) return ConstRef(cpp);
  if (cpp == "bool" || cpp == "char32_t" || cpp.ends_with("*") || Native(t)) return cpp;
  return "const " + cpp + "&";
}

namespace {

// The literal a compiled witness is (`7`, `-3`, `'q'`, `"w"`), with its sign, or null.
const dfy::Expr* LiteralWitness(const NewtypeDecl* nt, bool& negate) {
  negate = false;
  if (nt->witness_kind != WitnessKind::Compiled || !nt->witness) return nullptr;
  const dfy::Expr* w = nt->witness;
  while (w->kind == ExprKind::Paren) w = static_cast<const ParenExpr*>(w)->inner;
  if (w->kind == ExprKind::Unary && static_cast<const UnaryExpr*>(w)->op == UnaryOp::Negate) {
    const dfy::Expr* operand = static_cast<const UnaryExpr*>(w)->operand;
    if (operand->kind != ExprKind::IntLiteral && operand->kind != ExprKind::RealLiteral) {
      return nullptr;
    }
    negate = true;
    return operand;
  }
  switch (w->kind) {
    case ExprKind::IntLiteral:
    case ExprKind::RealLiteral:
    case ExprKind::BoolLiteral:
    case ExprKind::CharLiteral:
    case ExprKind::StringLiteral:
      return w;
    default:
      return nullptr;
  }
}

}  // namespace

const dfy::Expr* Emitter::WitnessExpression(const NewtypeDecl* nt) const {
  bool negate;
  if (nt->witness_kind != WitnessKind::Compiled || LiteralWitness(nt, negate)) return nullptr;
  return nt->witness;
}

std::string Emitter::WitnessDefault(const Type* t) {
  // The nearest subset type or newtype on the way to the base that gives a compiled witness.
  for (int depth = 0; t && depth < 64; ++depth) {
    if (t->kind != TypeKind::UserDefined || !t->decl ||
        (t->decl->kind != DeclKind::Newtype && t->decl->kind != DeclKind::SubsetType)) {
      return "";
    }
    auto* nt = static_cast<const NewtypeDecl*>(t->decl);
    if (nt->witness_kind == WitnessKind::Compiled && nt->witness) {
      bool negate;
      const dfy::Expr* w = LiteralWitness(nt, negate);
      if (!w) {
        // Another expression is computed by the type's witness function (EmitWitnessFunction).
        std::string name = WitnessFunctionName(nt);
        if (ModuleOf(nt) != module_) name = NamespaceOf(ModuleOf(nt)) + "::" + name;
        return name + TypeArgs(t->args, nt->name_range) + "()";
      }
      // A literal, possibly negated, is a constant anywhere.
      switch (w->kind) {
        case ExprKind::IntLiteral:
          if (const NativeInt* n = Native(t)) return NativeLiteral(w, *n, negate);
          if (BaseOf(t)->kind != TypeKind::Int) return "";
          return negate ? "(-" + Literal(w) + ")" : Literal(w);
        case ExprKind::RealLiteral:
          if (BaseOf(t)->kind != TypeKind::Real) return "";
          return negate ? "(-" + Literal(w) + ")" : Literal(w);
        default:
          return Literal(w);
      }
    }
    if (!nt->type_params.empty() || (nt->kind == DeclKind::Newtype && NewtypeNative(nt))) {
      return "";
    }
    t = NewtypeBase(nt);
  }
  return "";
}

std::string Emitter::DefaultValue(const Type* t, SourceRange where) {
  // `type Pos = x: int | x > 0 witness 7`: Dafny's compilers start a Pos at its witness.
  if (std::string w = WitnessDefault(t); !w.empty()) return w;
  const Type* b = BaseOf(t);
  if (b && b->kind == TypeKind::Char) return "U'D'";
  if (IsErasedTuple(b)) return DefaultValue(b->args[CompiledComponents(b)[0]], where);
  if (b && b->kind == TypeKind::UserDefined && b->decl && b->decl->kind == DeclKind::Datatype) {
    auto* dt = static_cast<const DatatypeDecl*>(b->decl);
    for (size_t i = 0; i < dt->ctors.size(); ++i) {
      if (dt->ctors[i].formals.empty()) return CppType(b, where) + "::" + CtorName(dt, i) + "()";
    }
    // A lazy value (an infinite one, for `codatatype Stream = Cons(head: int, tail: Stream)`).
    if (dt->co) return CppType(b, where) + "::Default()";
  }
  std::string cpp = CppType(t, where);
  if (cpp.ends_with("*")) return "nullptr";
  // A type parameter's default is its argument's (a char's is 'D'): dfy::Default<T>().
  if (b && b->kind == TypeKind::TypeParam) return "dfy::Default<" + cpp + ">()";
  return cpp + "{}";
}

std::string Emitter::TemplateHeader(const std::vector<TypeParam>& tps) {
  if (tps.empty()) return "";
  std::vector<std::string> parts;
  for (const TypeParam& tp : tps) parts.push_back("typename " + CppName(tp.name));
  return "template <" + Join(parts) + ">\n";
}

std::string Emitter::TemplateArgsOf(const std::vector<TypeParam>& tps) {
  if (tps.empty()) return "";
  std::vector<std::string> parts;
  for (const TypeParam& tp : tps) parts.push_back(CppName(tp.name));
  return "<" + Join(parts) + ">";
}

std::string Emitter::PrintCall(const Type* t, const std::string& value, const std::string& out) {
  std::string stream = out == "std::cout" ? "" : out + ", ";
  if (IsStringType(t)) return fmt::format("dfy::PrintString({}{})", stream, value);
  // A wrapper of a string prints as that string (Dafny erases the wrapper).
  std::string inner = value;
  if (IsStringType(UnwrapErasable(t, inner))) {
    return fmt::format("dfy::PrintString({}{})", stream, inner);
  }
  return fmt::format("dfy::Print({}{})", stream, value);
}

}  // namespace dfy::backend
