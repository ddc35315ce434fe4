// Expressions. Each Dafny expression becomes one C++ expression; let and match expressions
// become immediately invoked lambdas (or, as a function's result, statements: EmitReturn).
#include <fmt/format.h>

#include "backend/emitter.h"

namespace dfy::backend {

namespace {

bool IsKind(const Type* t, TypeKind k) { return t && t->kind == k; }

// `[]`, `{}`, `multiset{}`, `map[]` (and in parentheses).
bool IsEmptyDisplay(const dfy::Expr* e) {
  while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
  switch (e->kind) {
    case ExprKind::SeqDisplay:
    case ExprKind::SetDisplay:
    case ExprKind::MultisetDisplay: {
      auto* d = static_cast<const DisplayExpr*>(e);
      return !d->from_collection && d->elements.empty();
    }
    case ExprKind::MapDisplay:
      return static_cast<const MapDisplayExpr*>(e)->keys.empty();
    default:
      return false;
  }
}

}  // namespace

std::string Emitter::StringLiteral(const std::u32string& chars) {
  std::string s;
  bool nul = false;
  for (char32_t c : chars) {
    if (c == '"' || c == '\\') {
      s += '\\';
      s += static_cast<char>(c);
    } else if (c == '\n') {
      s += "\\n";
    } else if (c == '\t') {
      s += "\\t";
    } else if (c == '\r') {
      s += "\\r";
    } else if (c >= 0x20 && c < 0x7F) {
      s += static_cast<char>(c);
    } else if (c < 0x80) {
      nul = nul || c == 0;
      s += fmt::format("\\{:03o}", static_cast<uint32_t>(c));
    } else {
      s += fmt::format("\\U{:08x}", static_cast<uint32_t>(c));
    }
  }
  if (nul) return fmt::format("dfy::String(std::u32string_view(U\"{}\", {}))", s, chars.size());
  return "dfy::String(U\"" + s + "\")";
}

std::string Emitter::Literal(const dfy::Expr* e) {
  auto* l = static_cast<const LiteralExpr*>(e);
  switch (e->kind) {
    case ExprKind::BoolLiteral:
      return l->bool_value ? "true" : "false";
    case ExprKind::IntLiteral: {
      if (const NativeInt* n = Native(rp_.TypeOf(e))) return NativeLiteral(e, *n, false);
      if (int n = WideBv(rp_.TypeOf(e))) return WideBvLiteral(e, n, false);
      const Type* t = BaseOf(rp_.TypeOf(e));
      if (!IsKind(t, TypeKind::Int) && !IsKind(t, TypeKind::Real)) CppType(t, e->tok);
      if (IsKind(t, TypeKind::Real)) return "dfy::Real(" + IntLiteral(l->text) + ")";
      return IntLiteral(l->text);
    }
    case ExprKind::RealLiteral:
      return "dfy::Real::FromString(\"" + l->text + "\")";
    case ExprKind::CharLiteral: {
      char32_t c = l->chars.at(0);
      if (c >= 0x20 && c < 0x7F && c != '\'' && c != '\\') {
        return fmt::format("U'{}'", static_cast<char>(c));
      }
      return fmt::format("char32_t{{0x{:x}}}", static_cast<uint32_t>(c));
    }
    case ExprKind::StringLiteral:
      return StringLiteral(l->chars);
    default: {
      // null
      const Type* t = BaseOf(rp_.TypeOf(e));
      if (IsKind(t, TypeKind::Array)) return CppType(t, e->tok) + "()";
      return "nullptr";
    }
  }
}

std::string Emitter::CollectionOfObjectsAs(const dfy::Expr* e, std::string x, const Type* want) {
  const Type* have = rp_.TypeOf(e);
  if (!want || !have || MentionsTypeParam(want) || MentionsTypeParam(have)) return x;
  const Type* w = BaseOf(want);
  const Type* h = BaseOf(have);
  if (!w || !h || w->kind != h->kind || w->args.size() != 1 || h->args.size() != 1) return x;
  if (w->kind != TypeKind::Set && w->kind != TypeKind::Seq && w->kind != TypeKind::Multiset) {
    return x;
  }
  if (!IsClassType(w->args[0]) || !IsClassType(h->args[0])) return x;
  std::string wt = CppType(w, e->tok);
  if (CppType(h, e->tok) == wt) return x;
  return wt + "(" + x + ")";
}

std::string Emitter::ExprAs(const dfy::Expr* e, const Type* want) {
  std::string x = Expr(e);
  if (!want) return x;
  if (!IsClassType(want)) return CollectionOfObjectsAs(e, std::move(x), want);
  const Type* have = rp_.TypeOf(e);
  if (e->kind == ExprKind::NullLiteral || !have || BaseOf(have) == BaseOf(want)) return x;
  // The call's explicit template arguments let C++ convert the pointer to a formal's type
  // that mentions the callee's type parameters.
  if (MentionsTypeParam(want)) return x;
  std::string wt = CppType(BaseOf(want), e->tok);
  if (CppType(BaseOf(have), e->tok) == wt) return x;
  return "static_cast<" + wt + ">(" + x + ")";
}

std::string Emitter::Expr(const dfy::Expr* e) {
  switch (e->kind) {
    case ExprKind::BoolLiteral:
    case ExprKind::IntLiteral:
    case ExprKind::RealLiteral:
    case ExprKind::CharLiteral:
    case ExprKind::StringLiteral:
    case ExprKind::NullLiteral:
      return Literal(e);
    case ExprKind::This:
      if (!this_alias_.empty()) return this_alias_;
      return type_ && type_->kind == DeclKind::Datatype ? "(*this)" : "this";
    case ExprKind::Paren:
      return Expr(static_cast<const ParenExpr*>(e)->inner);
    case ExprKind::Name:
      return NameRef(e);
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(e);
      if (const NativeInt* n = Native(rp_.TypeOf(e))) return NativeUnary(u, *n);
      if (int n = WideBv(rp_.TypeOf(e))) return WideBvUnary(u, n);
      return (u->op == UnaryOp::Not ? "!" : "-") + Expr(u->operand);
    }
    case ExprKind::Binary:
      return Binary(static_cast<const BinaryExpr*>(e));
    case ExprKind::Call:
      return CallExpr(static_cast<const dfy::CallExpr*>(e));
    case ExprKind::Select:
      return SelectExpr(static_cast<const dfy::SelectExpr*>(e));
    case ExprKind::Index: {
      auto* ix = static_cast<const IndexExpr*>(e);
      const Type* t = BaseOf(rp_.TypeOf(ix->seq));
      std::string s = Expr(ix->seq);
      if (IsKind(t, TypeKind::Array) && t->width > 1) {
        std::vector<std::string> is;
        for (const dfy::Expr* i : ix->indices) is.push_back(Expr(i));
        return s + ".At(" + Join(is) + ")";
      }
      if (ix->indices.size() != 1) {
        Unsupported(e->tok, "this indexing");
        return "";
      }
      if (IsKind(t, TypeKind::Multiset)) {
        return s + ".Multiplicity(" + Expr(ix->indices[0]) + ")";
      }
      if (IsKind(t, TypeKind::Seq) || IsKind(t, TypeKind::String) || IsKind(t, TypeKind::Array) ||
          IsKind(t, TypeKind::Map)) {
        return s + "[" + Expr(ix->indices[0]) + "]";
      }
      Unsupported(e->tok, "indexing of " + (t ? TypeName(t) : std::string("?")));
      return "";
    }
    case ExprKind::Slice: {
      auto* sl = static_cast<const SliceExpr*>(e);
      const Type* t = BaseOf(rp_.TypeOf(sl->seq));
      std::string s = Expr(sl->seq);
      bool array = IsKind(t, TypeKind::Array);
      if (array && t->width != 1) {
        Unsupported(e->tok, "slices of multi-dimensional arrays");
        return "";
      }
      if (!sl->lo && !sl->hi) return array ? s + ".ToSeq()" : s;
      if (!sl->lo) return s + ".Take(" + Expr(sl->hi) + ")";
      if (!sl->hi) return s + ".Drop(" + Expr(sl->lo) + ")";
      return s + ".Slice(" + Expr(sl->lo) + ", " + Expr(sl->hi) + ")";
    }
    case ExprKind::SeqUpdate: {
      auto* u = static_cast<const SeqUpdateExpr*>(e);
      const Type* t = BaseOf(rp_.TypeOf(u->seq));
      if (!IsKind(t, TypeKind::Seq) && !IsKind(t, TypeKind::String) && !IsKind(t, TypeKind::Map) &&
          !IsKind(t, TypeKind::Multiset)) {
        Unsupported(e->tok, "this update expression");
        return "";
      }
      return Expr(u->seq) + ".Update(" + Expr(u->index) + ", " + Expr(u->value) + ")";
    }
    case ExprKind::Cardinality: {
      auto* c = static_cast<const CardinalityExpr*>(e);
      const Type* t = BaseOf(rp_.TypeOf(c->operand));
      std::string x = Expr(c->operand);
      if (IsKind(t, TypeKind::Seq) || IsKind(t, TypeKind::String)) return x + ".Length()";
      if (IsKind(t, TypeKind::Set) || IsKind(t, TypeKind::Multiset) || IsKind(t, TypeKind::Map)) {
        return x + ".Cardinality()";
      }
      Unsupported(e->tok, "the cardinality of " + (t ? TypeName(t) : std::string("?")));
      return "";
    }
    case ExprKind::IfThenElse: {
      auto* i = static_cast<const IfThenElseExpr*>(e);
      const Type* t = rp_.TypeOf(e);
      return "(" + Expr(i->cond) + " ? " + ExprAs(i->then_branch, t) + " : " +
             ExprAs(i->else_branch, t) + ")";
    }
    case ExprKind::Quantifier:
      return Quantifier(static_cast<const QuantifierExpr*>(e));
    case ExprKind::SeqDisplay:
    case ExprKind::SetDisplay:
    case ExprKind::MultisetDisplay: {
      auto* d = static_cast<const DisplayExpr*>(e);
      const Type* t = rp_.TypeOf(e);
      std::string type = CppType(t, e->tok);
      if (d->from_collection) {
        const Type* from = BaseOf(rp_.TypeOf(d->elements.at(0)));
        std::string f = IsKind(from, TypeKind::Set) ? "FromSet" : "FromSeq";
        return type + "::" + f + "(" + Expr(d->elements[0]) + ")";
      }
      if (d->elements.empty()) return type + "()";
      const Type* et = BaseOf(t) && !BaseOf(t)->args.empty() ? BaseOf(t)->args[0] : nullptr;
      std::vector<std::string> xs;
      for (const dfy::Expr* x : d->elements) xs.push_back(ExprAs(x, et));
      return type + "{" + Join(xs) + "}";
    }
    case ExprKind::MapDisplay: {
      auto* m = static_cast<const MapDisplayExpr*>(e);
      std::string type = CppType(rp_.TypeOf(e), e->tok);
      if (m->keys.empty()) return type + "()";
      std::vector<std::string> xs;
      for (size_t i = 0; i < m->keys.size(); ++i) {
        xs.push_back("{" + Expr(m->keys[i]) + ", " + Expr(m->values[i]) + "}");
      }
      return type + "{" + Join(xs) + "}";
    }
    case ExprKind::SeqConstruction: {
      auto* sc = static_cast<const SeqConstructionExpr*>(e);
      return CppType(rp_.TypeOf(e), e->tok) + "::Create(" + Expr(sc->length) + ", " +
             Expr(sc->init) + ")";
    }
    case ExprKind::SetComprehension:
      return SetComprehension(static_cast<const SetComprehensionExpr*>(e));
    case ExprKind::MapComprehension:
      return MapComprehension(static_cast<const MapComprehensionExpr*>(e));
    case ExprKind::Lambda:
      return Lambda(static_cast<const LambdaExpr*>(e));
    case ExprKind::Let:
    case ExprKind::Match: {
      // Dafny counts the branches of a match expression anywhere (and of the if-then-else
      // results of its cases), not those of a let expression's body (coverage only).
      bool saved = cover_ite_;
      cover_ite_ = e->kind == ExprKind::Match;
      std::string iife = Iife(rp_.TypeOf(e), e->tok, [&] { EmitReturn(e); });
      cover_ite_ = saved;
      return iife;
    }
    case ExprKind::Tuple: {
      // Ghost components are erased; a tuple with one compiled component is that component.
      auto* t = static_cast<const TupleExpr*>(e);
      const Type* type = rp_.TypeOf(e);
      if (IsErasedTuple(type)) return Expr(t->elements.at(CompiledComponents(type)[0]));
      std::vector<std::string> xs;
      for (size_t i = 0; i < t->elements.size(); ++i) {
        if (i < t->ghost.size() && t->ghost[i]) continue;
        xs.push_back(Expr(t->elements[i]));
      }
      return CppType(type, e->tok) + "(" + Join(xs) + ")";
    }
    case ExprKind::Conversion:
      return Conversion(static_cast<const TypeOpExpr*>(e));
    case ExprKind::TypeTest:
      return TypeTest(static_cast<const TypeOpExpr*>(e));
    case ExprKind::StmtInExpr: {
      auto* s = static_cast<const StmtInExprExpr*>(e);
      StmtKind k = s->stmt->kind;
      if (k == StmtKind::Assert || k == StmtKind::Assume || k == StmtKind::Reveal ||
          k == StmtKind::Calc) {
        return Expr(s->body);
      }
      if (k == StmtKind::Call) {
        const MethodDecl* m = rp_.CalleeOf(static_cast<const CallStmt*>(s->stmt)->call).method;
        if (m && !IsCompiled(m)) return Expr(s->body);
      }
      Unsupported(e->tok, "statements in expressions");
      return "";
    }
    case ExprKind::DatatypeUpdate:
      return DatatypeUpdate(static_cast<const DatatypeUpdateExpr*>(e));
    case ExprKind::New:
      return NewExpr(static_cast<const NewRhsExpr*>(e));
    case ExprKind::Wildcard:
      return DefaultValue(rp_.TypeOf(e), e->tok);
    default:
      Unsupported(e->tok, fmt::format("{} expressions", ExprKindName(e->kind)));
      return "";
  }
}

std::string Emitter::GenericQualifier(const Decl* owner, const dfy::Expr* member) {
  while (member->kind == ExprKind::Paren) member = static_cast<const ParenExpr*>(member)->inner;
  if (member->kind != ExprKind::Select) return "";
  const dfy::Expr* q = static_cast<const dfy::SelectExpr*>(member)->object;
  const Binding& qb = rp_.BindingOf(q);
  const std::string& qname = q->kind == ExprKind::Name ? static_cast<const NameExpr*>(q)->name
                             : q->kind == ExprKind::Select
                                 ? static_cast<const dfy::SelectExpr*>(q)->member
                                 : std::string();
  const std::vector<TypeParam>* tps = TypeParamsOf(owner);
  // (A qualifier that names another type, or whose type arguments were not determined.)
  if (!qb.is_qualifier || qname != owner->name || !tps || qb.type_args.size() != tps->size()) {
    return "";
  }
  for (const Type* a : qb.type_args) {
    if (!a || a->kind == TypeKind::Proxy || a->kind == TypeKind::Error) return "";
  }
  return QualifiedName(owner) + TypeArgs(qb.type_args, member->tok);
}

std::string Emitter::NameRef(const dfy::Expr* e) {
  const Binding& b = rp_.BindingOf(e);
  if (b.var) {
    auto alias = var_alias_.find(b.var);
    if (alias != var_alias_.end()) return alias->second;
    if (!writing_ && read_.insert(b.var).second) read_log_.push_back(b.var);
    if (rp_.IsGhost(b.var)) {
      Error(e->tok, "ghost variables are allowed only in specification contexts");
    }
    if (e == move_from_) return "std::move(" + CppName(b.var->name) + ")";
    return CppName(b.var->name);
  }
  if (b.datatype && b.ctor >= 0 && b.destructor < 0 && !b.ctor_test) {
    return FunctionValue(e, b);
  }
  if (b.datatype && b.destructor >= 0) {
    return ThisAccess(true) + CppName(b.datatype->ctors[b.ctor].formals[b.destructor]->name) + "()";
  }
  if (b.datatype && b.ctor_test && b.ctor >= 0) {
    // `C?` alone, in a member of the datatype: a test of `this`.
    return ThisAccess(true) + "is_" + CppName(b.datatype->ctors[b.ctor].name) + "()";
  }
  if (b.member) {
    switch (b.member->kind) {
      case DeclKind::Field:
        if (b.member->ghost)
          Error(e->tok, "a ghost field is allowed only in specification contexts");
        return ThisAccess(false) + CppName(b.member->name);
      case DeclKind::Const:
        return ConstRef(static_cast<const ConstDecl*>(b.member), "");
      case DeclKind::Function:
        return FunctionValue(e, b);
      default:
        break;
    }
  }
  Unsupported(e->tok, "this name");
  return "";
}

std::string Emitter::Receiver(const dfy::Expr* object) {
  std::string x = Expr(object);
  // Parentheses in Dafny are not kept by Expr: `(-a).Floor` needs them back.
  while (object->kind == ExprKind::Paren) object = static_cast<const ParenExpr*>(object)->inner;
  if (object->kind == ExprKind::Binary || object->kind == ExprKind::Unary ||
      object->kind == ExprKind::IfThenElse)
    return "(" + x + ")";
  return x;
}

std::string Emitter::SelectExpr(const dfy::SelectExpr* s) {
  const Binding& b = rp_.BindingOf(s);
  if (b.ctor_test) {
    return Receiver(s->object) + ".is_" + CppName(b.datatype->ctors[b.ctor].name) + "()";
  }
  if (b.datatype && b.destructor >= 0) {
    const Var* f = b.datatype->ctors[b.ctor].formals[b.destructor];
    if (rp_.IsGhost(f))
      Error(s->tok, "a ghost destructor is allowed only in specification contexts");
    return Receiver(s->object) + "." + CppName(f->name) + "()";
  }
  if (b.datatype && b.ctor >= 0) return FunctionValue(s, b);
  bool qualifier = rp_.BindingOf(s->object).is_qualifier;
  if (b.member) {
    const Decl* owner = rp_.OwnerOf(b.member);
    switch (b.member->kind) {
      case DeclKind::Field:
        if (b.member->ghost) {
          Error(s->tok, "a ghost field is allowed only in specification contexts");
        }
        return Receiver(s->object) + "->" + CppName(b.member->name);
      case DeclKind::Const: {
        auto* c = static_cast<const ConstDecl*>(b.member);
        if (c->is_static && owner && owner != type_ && TypeParamsOf(owner) &&
            !TypeParamsOf(owner)->empty()) {
          std::string q = GenericQualifier(owner, s);
          if (q.empty()) Unsupported(s->tok, "static members of generic types");
          return q + "::" + CppName(c->name) + "()";
        }
        if (qualifier || c->is_static || !owner || owner->kind == DeclKind::Module) {
          return ConstRef(c, "");
        }
        return ConstRef(c, Receiver(s->object));
      }
      case DeclKind::Function:
        return FunctionValue(s, b);
      default:
        break;
    }
  }
  const Type* t = BaseOf(rp_.TypeOf(s->object));
  std::string x = qualifier ? "" : Receiver(s->object);
  if (IsKind(t, TypeKind::Array)) {
    if (s->member == "Length") return x + ".Length()";
    if (s->member.starts_with("Length")) return x + "." + s->member + "()";
  }
  if (IsKind(t, TypeKind::Map)) {
    if (s->member == "Keys" || s->member == "Values" || s->member == "Items") {
      return x + "." + s->member + "()";
    }
  }
  if (IsKind(t, TypeKind::Real) && s->member == "Floor") return x + ".Floor()";
  if (IsKind(t, TypeKind::Ordinal)) {
    // The ordinals a program makes are naturals: 0 is the only limit, the others successors.
    if (s->member == "IsLimit") return "(" + x + " == dfy::Int(0))";
    if (s->member == "IsSucc") return "(" + x + " > dfy::Int(0))";
    if (s->member == "IsNat") return "true";
    if (s->member == "Offset") return x;
  }
  if (IsKind(t, TypeKind::Tuple) && !s->member.empty() && s->member.size() < 4 &&
      s->member.find_first_not_of("0123456789") == std::string::npos) {
    size_t i = std::stoul(s->member);
    // The resolver rejects a ghost component in compiled code.
    if (IsGhostComponent(t, i)) Unsupported(s->tok, "ghost components of tuples here");
    return TupleComponent(t, i, x);
  }
  Unsupported(s->tok, "the member ." + s->member);
  return "";
}

std::string Emitter::Args(const CallSite& cs) {
  std::vector<std::string> args;
  std::vector<std::string> values = ArgValues(cs);
  for (size_t i = 0; i < values.size(); ++i) {
    if (!rp_.IsGhost((*cs.formals)[i])) args.push_back(values[i]);
  }
  return Join(args);
}

std::string Emitter::CallExpr(const dfy::CallExpr* c) {
  const Binding& b = rp_.CalleeOf(c);
  if (b.datatype && b.ctor >= 0 && !b.ctor_test && b.destructor < 0) {
    const DatatypeCtor& ctor = b.datatype->ctors[b.ctor];
    CallSite cs(&c->args, &ctor.formals, &ctor.defaults, c->tok);
    cs.owner = b.datatype;
    if (const Type* t = BaseOf(rp_.TypeOf(c))) cs.owner_type_args = t->args;
    std::string value =
        CppType(rp_.TypeOf(c), c->tok) + "::" + CtorName(b.datatype, b.ctor) + "(" + Args(cs) + ")";
    return IsCoCall(c) ? CoCall(c, value) : value;
  }
  if (c->callee->kind == ExprKind::Select && c->args.size() == 1) {
    // x.RotateLeft(n), x.RotateRight(n) on a bit-vector.
    auto* sel = static_cast<const dfy::SelectExpr*>(c->callee);
    const Type* t = BaseOf(rp_.TypeOf(sel->object));
    if (IsKind(t, TypeKind::BitVector) &&
        (sel->member == "RotateLeft" || sel->member == "RotateRight")) {
      const NativeInt* n = Native(t);
      return fmt::format("dfy::{}<{}>({}, {})", sel->member == "RotateLeft" ? "BvRotl" : "BvRotr",
                         n ? n->bv : WideBv(t), Expr(sel->object), Expr(c->args[0]));
    }
  }
  const Decl* callee = b.function ? static_cast<const Decl*>(b.function) : b.method;
  // `Twice(f)(5)` calls the function value that `Twice(f)` returns, whatever the outer call's
  // binding says.
  const dfy::Expr* called = c->callee;
  while (called->kind == ExprKind::Paren) called = static_cast<const ParenExpr*>(called)->inner;
  if (called->kind == ExprKind::Call) callee = nullptr;
  if (callee) {
    if (callee->ghost || !IsCompiled(callee)) {
      Error(c->tok,
            "a call to a ghost function is allowed only in specification contexts "
            "(consider declaring the function without the 'ghost' keyword)");
    }
    const std::vector<Var*>& formals = b.function ? b.function->params : b.method->ins;
    const Decl* owner = rp_.OwnerOf(callee);
    std::string name = DeclName(callee);
    std::string targs = TypeArgs(b.type_args, c->tok);
    bool is_static = b.function ? b.function->is_static : b.method->is_static;
    std::string f;
    CallSite cs(&c->args, &formals, b.function ? &b.function->defaults : &b.method->defaults,
                c->tok);
    cs.callee = callee;
    cs.type_args = b.type_args;
    bool module_level = !owner || owner->kind == DeclKind::Module;
    if (module_level) {
      f = CallName(callee);
    } else if (is_static) {
      const std::vector<TypeParam>* tps =
          owner->kind == DeclKind::Datatype ? &static_cast<const DatatypeDecl*>(owner)->type_params
          : (owner->kind == DeclKind::Class || owner->kind == DeclKind::Trait)
              ? &static_cast<const ClassDecl*>(owner)->type_params
              : nullptr;
      if (tps && !tps->empty()) {
        if (std::string q = GenericQualifier(owner, c->callee); !q.empty()) {
          f = q + "::" + name;
        } else if (owner == type_) {
          f = name;
        } else {
          Unsupported(c->tok, "static members of generic types");
        }
      } else {
        f = QualifiedName(owner) + "::" + name;
      }
    } else if (owner->kind == DeclKind::Newtype) {
      // `x.M(a)` is `T::M(x, a)`; `M(a)` in a member of T passes its own `self`.
      std::string recv = this_alias_;
      if (c->callee->kind == ExprKind::Select) {
        recv = Expr(static_cast<const dfy::SelectExpr*>(c->callee)->object);
      }
      std::string args = Args(cs);
      return QualifiedName(owner) + "::" + name + targs + "(" + recv +
             (args.empty() ? "" : ", " + args) + ")";
    } else {
      std::string recv = ThisAccess(owner->kind == DeclKind::Datatype);
      if (c->callee->kind == ExprKind::Select) {
        auto* sel = static_cast<const dfy::SelectExpr*>(c->callee);
        const dfy::Expr* object = sel->object;
        while (object->kind == ExprKind::Paren)
          object = static_cast<const ParenExpr*>(object)->inner;
        if (object->kind != ExprKind::This) {
          cs.receiver = Receiver(sel->object);
          cs.owner = owner;
          if (const Type* t = BaseOf(rp_.TypeOf(sel->object))) cs.owner_type_args = t->args;
        }
        recv = Receiver(sel->object) + (owner->kind == DeclKind::Datatype ? "." : "->");
      }
      // `template` keeps a member template call valid in a dependent context.
      f = recv + (targs.empty() ? "" : "template ") + name;
    }
    f += targs;
    return f + "(" + Args(cs) + ")";
  }
  // A function value.
  const Type* ct = BaseOf(rp_.TypeOf(c->callee));
  if (IsKind(ct, TypeKind::Arrow)) {
    std::vector<std::string> args;
    for (const dfy::Expr* a : c->args) args.push_back(Expr(a));
    std::string f = Expr(c->callee);
    if (c->callee->kind == ExprKind::Lambda) f = "(" + f + ")";
    return f + "(" + Join(args) + ")";
  }
  Unsupported(c->tok, "this call");
  return "";
}

std::string Emitter::Binary(const BinaryExpr* b) {
  const Type* lt = BaseOf(rp_.TypeOf(b->lhs));
  const Type* rt = BaseOf(rp_.TypeOf(b->rhs));
  // Collections of objects of different classes joined (`{this} + {a}` is a set<object>):
  // each operand converted to the result's type.
  if (b->op == BinaryOp::Add || b->op == BinaryOp::Sub || b->op == BinaryOp::Mul) {
    const Type* bt = rp_.TypeOf(b);
    std::string l = CollectionOfObjectsAs(b->lhs, "", bt);
    std::string r = CollectionOfObjectsAs(b->rhs, "", bt);
    if (!l.empty() || !r.empty()) {
      return "(" + ExprAs(b->lhs, bt) + " " + std::string(BinaryOpSpelling(b->op)) + " " +
             ExprAs(b->rhs, bt) + ")";
    }
  }
  // s + {x}, s - {x}: no one-element set built.
  if ((b->op == BinaryOp::Add || b->op == BinaryOp::Sub) && IsKind(lt, TypeKind::Set)) {
    const dfy::Expr* r = b->rhs;
    while (r->kind == ExprKind::Paren) r = static_cast<const ParenExpr*>(r)->inner;
    if (r->kind == ExprKind::SetDisplay) {
      auto* d = static_cast<const DisplayExpr*>(r);
      if (!d->infinite && !d->from_collection && d->elements.size() == 1) {
        return Receiver(b->lhs) + (b->op == BinaryOp::Add ? ".Add(" : ".Remove(") +
               ExprAs(d->elements[0], lt->args.empty() ? nullptr : lt->args[0]) + ")";
      }
    }
  }
  // s + [x]: appended in place when s ends its buffer, no one-element seq built.
  if (b->op == BinaryOp::Add && (IsKind(lt, TypeKind::Seq) || IsKind(lt, TypeKind::String))) {
    const dfy::Expr* r = b->rhs;
    while (r->kind == ExprKind::Paren) r = static_cast<const ParenExpr*>(r)->inner;
    if (r->kind == ExprKind::SeqDisplay) {
      auto* d = static_cast<const DisplayExpr*>(r);
      if (!d->from_collection && d->elements.size() == 1) {
        const Type* element =
            IsKind(lt, TypeKind::Seq) && !lt->args.empty() ? lt->args[0] : nullptr;
        return Receiver(b->lhs) + ".Append(" + ExprAs(d->elements[0], element) + ")";
      }
    }
  }
  size_t reads = read_log_.size();
  std::string l = Expr(b->lhs), r = Expr(b->rhs);
  // `a == a` on references, bools, chars and native integers: C++ compilers warn that a
  // comparison of a scalar with itself is constant (-Wtautological-compare), so emit the
  // constant (Dafny expressions have no effects), and the variables read only there are unread.
  if (l == r &&
      (IsClassType(lt) || IsKind(lt, TypeKind::Bool) || IsKind(lt, TypeKind::Char) || Native(lt))) {
    auto unread = [&] {
      for (size_t i = reads; i < read_log_.size(); ++i) read_.erase(read_log_[i]);
      read_log_.resize(reads);
    };
    switch (b->op) {
      case BinaryOp::Eq:
      case BinaryOp::Iff:
      case BinaryOp::Le:
      case BinaryOp::Ge:
        unread();
        return "true";
      case BinaryOp::Neq:
      case BinaryOp::Lt:
      case BinaryOp::Gt:
        unread();
        return "false";
      default:
        break;
    }
  }
  if (int n = WideBv(lt)) {
    std::string x = WideBvBinary(b, n, l, r);
    if (!x.empty()) return x;
  }
  if (const NativeInt* n = Native(lt)) {
    std::string x = NativeBinary(b, *n, l, r);
    if (x.empty()) x = NativeComparison(b, *n);
    if (!x.empty()) return x;
  }
  auto infix = [&](const char* op) { return "(" + l + " " + op + " " + r + ")"; };
  auto collection = [](const Type* t) {
    return IsKind(t, TypeKind::Seq) || IsKind(t, TypeKind::String) || IsKind(t, TypeKind::Set) ||
           IsKind(t, TypeKind::Multiset) || IsKind(t, TypeKind::Map);
  };
  switch (b->op) {
    case BinaryOp::And:
      return infix("&&");
    case BinaryOp::Or:
      return infix("||");
    case BinaryOp::Implies:
      return "(!" + l + " || " + r + ")";
    case BinaryOp::Explies:
      return "(" + l + " || !" + r + ")";
    case BinaryOp::Iff:
      return infix("==");
    case BinaryOp::Eq:
    case BinaryOp::Neq: {
      bool eq = b->op == BinaryOp::Eq;
      if (IsKind(lt, TypeKind::Array) || IsKind(rt, TypeKind::Array)) {
        if (b->rhs->kind == ExprKind::NullLiteral) return (eq ? "" : "!") + l + ".IsNull()";
        if (b->lhs->kind == ExprKind::NullLiteral) return (eq ? "" : "!") + r + ".IsNull()";
      }
      // Functions have no equality: the resolver rejects `f == g` in compiled code (Dafny's
      // "== can only be applied to expressions of types that support equality").
      // `s == []`, `m != map[]`: Dafny allows these for any element type, functions included,
      // which have no C++ `==`.
      if (collection(lt) && IsEmptyDisplay(b->rhs)) return (eq ? "" : "!") + l + ".empty()";
      if (collection(rt) && IsEmptyDisplay(b->lhs)) return (eq ? "" : "!") + r + ".empty()";
      return infix(eq ? "==" : "!=");
    }
    case BinaryOp::Lt:
    case BinaryOp::Le:
    case BinaryOp::Gt:
    case BinaryOp::Ge: {
      const char* op = b->op == BinaryOp::Lt   ? "<"
                       : b->op == BinaryOp::Le ? "<="
                       : b->op == BinaryOp::Gt ? ">"
                                               : ">=";
      if ((IsKind(lt, TypeKind::Seq) || IsKind(lt, TypeKind::String)) &&
          (b->op == BinaryOp::Gt || b->op == BinaryOp::Ge)) {
        Unsupported(b->tok, "this comparison of sequences");
      }
      return infix(op);
    }
    case BinaryOp::In:
    case BinaryOp::NotIn:
      if (!collection(rt)) {
        Unsupported(b->tok, "'in' on this type");
        return "";
      }
      return (b->op == BinaryOp::NotIn ? "!" : "") + r + ".Contains(" + l + ")";
    case BinaryOp::Disjoint:
      return l + ".IsDisjointFrom(" + r + ")";
    case BinaryOp::Add:
    case BinaryOp::Sub:
      if (IsKind(lt, TypeKind::Char)) {
        return "static_cast<char32_t>(" + infix(b->op == BinaryOp::Add ? "+" : "-") + ")";
      }
      [[fallthrough]];
    case BinaryOp::Mul:
    case BinaryOp::Div:
    case BinaryOp::Mod: {
      bool numeric =
          IsKind(lt, TypeKind::Int) || IsKind(lt, TypeKind::Real) || IsKind(lt, TypeKind::Ordinal);
      bool ok = numeric || (collection(lt) && b->op != BinaryOp::Div && b->op != BinaryOp::Mod);
      if (!ok) {
        Unsupported(b->tok, fmt::format("the operator {} on {}", BinaryOpSpelling(b->op),
                                        lt ? TypeName(lt) : "?"));
        return "";
      }
      return infix(std::string(BinaryOpSpelling(b->op)).c_str());
    }
    default:
      Unsupported(b->tok, fmt::format("the operator {}", BinaryOpSpelling(b->op)));
      return "";
  }
}

std::string Emitter::CaptureList() const { return member_scope_ ? "[=, this]" : "[=]"; }

std::string Emitter::Lambda(const LambdaExpr* l) {
  std::vector<std::string> ps;
  for (const Var* p : l->params) {
    // A wildcard parameter (`(_, _) => 1`) has no name in C++ either: there may be several.
    if (p->name == "_") {
      ps.push_back(ParamType(rp_.TypeOf(p), p->range));
      continue;
    }
    // A lambda need not use its parameters (`x => 0`).
    ps.push_back(UnusedMark(p) + ParamType(rp_.TypeOf(p), p->range) + " " + CppName(p->name));
  }
  const Type* t = rp_.TypeOf(l);
  const Type* result = IsKind(t, TypeKind::Arrow) ? t->args.back() : nullptr;
  std::string r = result ? CppType(result, l->tok) : "auto";
  return CaptureList() + "(" + Join(ps) + ") -> " + r + " { return " + ExprAs(l->body, result) +
         "; }";
}

std::string Emitter::FunctionValue(const dfy::Expr* e, const Binding& b) {
  // A function or constructor used as a value: a lambda that calls it.
  const Type* t = BaseOf(rp_.TypeOf(e));
  if (b.datatype && b.ctor >= 0) {
    const DatatypeCtor& c = b.datatype->ctors[b.ctor];
    std::string dt = CppType(t && t->kind == TypeKind::Arrow ? t->args.back() : t, e->tok);
    if (c.formals.empty()) return dt + "::" + CtorName(b.datatype, b.ctor) + "()";
    std::vector<std::string> ps, args;
    for (size_t i = 0; i + 1 < t->args.size(); ++i) {
      ps.push_back(ParamType(t->args[i], e->tok) + fmt::format(" a{}", i));
      if (!rp_.IsGhost(c.formals[i])) args.push_back(fmt::format("a{}", i));
    }
    return fmt::format("[]({}) {{ return {}::{}({}); }}", Join(ps), dt,
                       CtorName(b.datatype, b.ctor), Join(args));
  }
  const FunctionDecl* f = b.function;
  if (!f || !IsKind(t, TypeKind::Arrow)) {
    Unsupported(e->tok, "this function value");
    return "";
  }
  // A function with ghost parameters is never a value in compiled code: the resolver
  // rejects it ("a function with ghost parameters can be used as a value only in
  // specification contexts", or the variable holding it is ghost).
  std::vector<std::string> ps, args;
  for (size_t i = 0; i + 1 < t->args.size(); ++i) {
    ps.push_back(ParamType(t->args[i], e->tok) + fmt::format(" a{}", i));
    args.push_back(fmt::format("a{}", i));
  }
  const Decl* owner = rp_.OwnerOf(f);
  std::string callee;
  std::string capture = "[=]";
  if (!owner || owner->kind == DeclKind::Module) {
    callee = QualifiedName(f);
  } else if (f->is_static) {
    callee = QualifiedName(owner) + "::" + DeclName(f);
    if (const std::vector<TypeParam>* tps = TypeParamsOf(owner); tps && !tps->empty()) {
      // `C<int>.F`, or F inside C (its own instantiation).
      std::string q = GenericQualifier(owner, e);
      if (q.empty() && owner != type_) Unsupported(e->tok, "static members of generic types");
      callee = q.empty() ? DeclName(f) : q + "::" + DeclName(f);
    }
  } else if (owner->kind == DeclKind::Newtype) {
    // `x.F` is `T::F(x, ..)` with x computed once (a member's own `F`: its `self`).
    std::string recv = Fresh("receiver");
    std::string value = e->kind == ExprKind::Select
                            ? Expr(static_cast<const dfy::SelectExpr*>(e)->object)
                            : this_alias_;
    capture = "[" + recv + " = " + value + "]";
    callee = QualifiedName(owner) + "::" + DeclName(f) + TypeArgs(b.type_args, e->tok);
    args.insert(args.begin(), recv);
    return fmt::format("{}({}) {{ return {}({}); }}", capture, Join(ps), callee, Join(args));
  } else if (e->kind == ExprKind::Select) {
    bool value = owner->kind == DeclKind::Datatype;
    std::string recv = Fresh("receiver");
    capture = "[" + recv + " = " + Receiver(static_cast<const dfy::SelectExpr*>(e)->object) + "]";
    callee = recv + (value ? "." : "->") + DeclName(f);
  } else {
    capture = CaptureList();
    callee = ThisAccess(owner->kind == DeclKind::Datatype) + DeclName(f);
  }
  callee += TypeArgs(b.type_args, e->tok);
  return fmt::format("{}({}) {{ return {}({}); }}", capture, Join(ps), callee, Join(args));
}

std::string Emitter::Conversion(const TypeOpExpr* c) {
  const Type* from = BaseOf(rp_.TypeOf(c->operand));
  const Type* to = BaseOf(rp_.TypeOf(c));
  std::string x = Expr(c->operand);
  if (!from || !to) return x;
  if (CppType(from, c->tok) == CppType(to, c->tok) && !IsClassType(to)) return x;
  std::string wide = WideBvConversion(c, from, to, x);
  if (!wide.empty()) return wide;
  std::string native = NativeConversion(c->tok, from, to, x);
  if (!native.empty()) return native;
  TypeKind f = from->kind, t = to->kind;
  if (f == TypeKind::Int && t == TypeKind::Real) return "dfy::Real(" + x + ")";
  if (f == TypeKind::Real && t == TypeKind::Int) return Receiver(c->operand) + ".Floor()";
  if (f == TypeKind::Char && t == TypeKind::Int) {
    return "dfy::Int(static_cast<int64_t>(" + x + "))";
  }
  if (f == TypeKind::Int && t == TypeKind::Char) {
    return "static_cast<char32_t>(" + x + ".ToInt64())";
  }
  // Through int, as Dafny's compilers do (the verifier proves the real an integral code point).
  if (f == TypeKind::Char && t == TypeKind::Real) {
    return "dfy::Real(dfy::Int(static_cast<int64_t>(" + x + ")))";
  }
  if (f == TypeKind::Real && t == TypeKind::Char) {
    return "static_cast<char32_t>(" + Receiver(c->operand) + ".Floor().ToInt64())";
  }
  if (IsClassType(from) && IsClassType(to)) {
    if (CppType(from, c->tok) == CppType(to, c->tok)) return x;
    return "dynamic_cast<" + CppType(to, c->tok) + ">(" + x + ")";
  }
  Unsupported(c->tok, fmt::format("conversions from {} to {}", TypeName(from), TypeName(to)));
  return "";
}

std::string Emitter::TypeTest(const TypeOpExpr* c) {
  const Type* to = BaseOf(rp_.TestedType(c));
  const Type* from = BaseOf(rp_.TypeOf(c->operand));
  if (to && from && IsClassType(to) && IsClassType(from)) {
    // `x is C` on references: the dynamic type; a nullable `C?` also holds null.
    std::string x = Expr(c->operand);
    std::string test = IsKind(to, TypeKind::Object)
                           ? "(" + x + " != nullptr)"
                           : "(dynamic_cast<" + CppType(to, c->tok) + ">(" + x + ") != nullptr)";
    return to->nullable ? "(" + x + " == nullptr || " + test + ")" : test;
  }
  Unsupported(c->tok, "this 'is' test");
  return "";
}

std::string Emitter::DatatypeUpdate(const DatatypeUpdateExpr* u) {
  std::string x = Receiver(u->object);
  for (size_t i = 0; i < u->fields.size(); ++i) {
    x += ".with_" + CppName(u->fields[i]) + "(" + Expr(u->values[i]) + ")";
  }
  return x;
}

std::string Emitter::NewExpr(const NewRhsExpr* n) {
  const Type* t = BaseOf(rp_.TypeOf(n));
  if (n->is_array) {
    if (!IsKind(t, TypeKind::Array)) {
      Unsupported(n->tok, "this array allocation");
      return "";
    }
    std::string type = CppType(t, n->tok);
    if (n->has_elements) {
      std::vector<std::string> xs;
      for (const dfy::Expr* x : n->elements) xs.push_back(ExprAs(x, t->args[0]));
      return type + "::FromList({" + Join(xs) + "})";
    }
    std::vector<std::string> dims;
    for (const dfy::Expr* d : n->dims) dims.push_back(Expr(d));
    if (n->init) return type + "::Init({" + Join(dims) + "}, " + Expr(n->init) + ")";
    return type + "::Filled({" + Join(dims) + "}, " + DefaultValue(t->args[0], n->tok) + ")";
  }
  // `new object`: an object of no class, which prints as `object`.
  if (IsKind(t, TypeKind::Object)) return "dfy::New<dfy::Object>()";
  if (!IsClassType(t)) {
    Unsupported(n->tok, "this allocation");
    return "";
  }
  std::string cls = CppType(t, n->tok);
  cls.pop_back();  // the '*'
  const MethodDecl* ctor = rp_.BindingOf(n).method;
  if (!ctor) return cls + "::New()";
  std::string factory = ctor->name.empty() ? "New" : "New_" + DeclName(ctor);
  CallSite cs(&n->args, &ctor->ins, &ctor->defaults, n->tok);
  cs.callee = ctor;
  cs.owner = rp_.OwnerOf(ctor);
  if (const Type* c = BaseOf(t)) cs.owner_type_args = c->args;
  std::vector<std::string> args{Args(cs)};
  if (args[0].empty()) args.clear();
  if (ctor->flavor != MethodFlavor::Constructor) {
    // `new C.M(args)` with M a method (C has no constructor): allocate, then call M.
    return fmt::format(
        "[&]() {{ {0}* _object = {0}::New(); _object->{1}({2}); return _object; }}()", cls,
        DeclName(ctor), Join(args));
  }
  return cls + "::" + factory + "(" + Join(args) + ")";
}

}  // namespace dfy::backend
