// Names, member selection, calls and `new`.
#include "frontend/resolver.h"

namespace dfy::resolve {

Entity Resolver::LookupInModule(ModuleInfo* m, const std::string& name) {
  ResolveImports(m);
  if (auto over = m->opened_over_import.find(name); over != m->opened_over_import.end()) {
    return over->second;
  }
  auto it = m->names.find(name);
  if (it != m->names.end()) return it->second;
  return {};
}

Entity Resolver::LookupThrough(ModuleInfo* m, const std::set<std::string>* visible,
                               const std::string& name) {
  Entity e = LookupInModule(m, name);
  if (!visible || e.kind == Entity::Kind::None || e.kind == Entity::Kind::Module) return e;
  // A constructor shows with its datatype, when that is revealed (not only provided).
  if (e.kind == Entity::Kind::Ctor) {
    auto r = revealed_in_view_.find(visible);
    bool revealed = r == revealed_in_view_.end() || r->second.count(e.datatype->name);
    return visible->count(e.datatype->name) && revealed ? e : Entity{};
  }
  return visible->count(name) ? e : Entity{};
}

// A name at module level: the module's own declarations, then those of opened imports.
Entity Resolver::LookupEntity(const std::string& name, ModuleInfo* m, bool type_context) {
  // In a type, module-level functions and methods (members of Dafny's default class) are not
  // candidates: `function T(t: T)` names a type T that an opened module declares.
  auto skip = [&](const Entity& f) {
    return f.kind == Entity::Kind::None || (type_context && f.kind == Entity::Kind::Member);
  };
  Entity e = LookupInModule(m, name);
  if (!skip(e)) return e;
  std::set<ModuleInfo*> seen;
  // The name among the declarations of one opened module `o` (its imports included), as
  // Dafny has it: opening is not transitive, so what `o` itself opens is not reached.
  auto probe = [&](ModuleInfo* o, const std::set<std::string>* visible) -> Entity {
    return LookupThrough(o, visible, name);
  };
  ResolveImports(m);
  // The modules `m` opens directly: a member two of them declare is ambiguous.
  Entity found;
  std::vector<std::string> modules;
  for (size_t i = 0; i < m->opened.size(); ++i) {
    ModuleInfo* o = m->opened[i];
    if (!seen.insert(o).second) continue;
    Entity f = probe(o, i < m->opened_views.size() ? m->opened_views[i] : nullptr);
    if (skip(f)) continue;
    if (found.kind == Entity::Kind::None) {
      found = f;
      modules.push_back(o->name);
    } else if (f.kind == Entity::Kind::Member && found.kind == Entity::Kind::Member &&
               f.decl != found.decl) {
      modules.push_back(o->name);
    }
  }
  if (found.kind == Entity::Kind::None && e.kind != Entity::Kind::None) return e;
  if (modules.size() > 1) {
    found.ambiguous = true;
    found.ambiguous_modules = fmt::format("{}", fmt::join(modules, ", "));
  }
  return found;
}

std::vector<const Type*> Resolver::ExplicitTypeArgs(const std::vector<TypeExpr*>& tes,
                                                    const CodeContext& cc) {
  std::vector<const Type*> out;
  for (const TypeExpr* te : tes) out.push_back(ResolveType(te, cc.module));
  return out;
}

// Dafny's WhatKind of a method: "method", "lemma", "twostate lemma", "least lemma", ...
const char* MethodKind(const MethodDecl* m) {
  switch (m->flavor) {
    case MethodFlavor::Method:
      return "method";
    case MethodFlavor::Lemma:
      return "lemma";
    case MethodFlavor::Constructor:
      return "constructor";
    case MethodFlavor::TwoStateLemma:
      return "twostate lemma";
    case MethodFlavor::LeastLemma:
      return "least lemma";
    case MethodFlavor::GreatestLemma:
      return "greatest lemma";
  }
  return "method";
}

// Dafny's GetLocationInformation: " at index i" when the call has several arguments, i being
// the position of argument `arg` (or of the named argument whose value it is) among them.
static std::string AtIndex(const CallExpr* call, const Expr* arg) {
  if (call->args.size() <= 1) return "";
  for (size_t k = 0; k < call->args.size(); ++k) {
    const Expr* a = call->args[k];
    if (a == arg ||
        (a->kind == ExprKind::NamedArg && static_cast<const NamedArgExpr*>(a)->value == arg)) {
      return fmt::format(" at index {}", k);
    }
  }
  return "";
}

bool IsStaticMember(const Decl* d) {
  switch (d->kind) {
    case DeclKind::Method:
      return static_cast<const MethodDecl*>(d)->is_static ||
             static_cast<const MethodDecl*>(d)->flavor == MethodFlavor::Constructor;
    case DeclKind::Function:
      return static_cast<const FunctionDecl*>(d)->is_static;
    case DeclKind::Const:
      return static_cast<const ConstDecl*>(d)->is_static;
    case DeclKind::Field:
      return static_cast<const FieldDecl*>(d)->is_static;
    default:
      return true;
  }
}

// The value of a field, const or function (as a function value) selected from `receiver`
// (null for module-level and static members).
const Type* Resolver::MemberValue(const Expr* e, const Decl* member, const Type* receiver,
                                  TypeInfo* owner, const std::vector<TypeExpr*>& type_args,
                                  const CodeContext& cc) {
  Binding& b = rp_->binding_[e->id];
  b.member = member;
  Subst s = receiver ? ReceiverSubst(receiver) : Subst{};
  (void)owner;
  switch (member->kind) {
    case DeclKind::Field:
    case DeclKind::Const:
      if (member->kind == DeclKind::Field && cc.function == nullptr && false) return t_.Error();
      return Substitute(MemberDeclType(member), s);
    case DeclKind::Function: {
      auto* f = static_cast<const FunctionDecl*>(member);
      b.function = f;
      characteristic_uses_.push_back(e);
      std::vector<const Type*> targs = ExplicitTypeArgs(type_args, cc);
      if (!targs.empty() && targs.size() != f->type_params.size()) {
        Error(e->tok, fmt::format("function '{}' expects {} type argument{} (got {})", f->name,
                                  f->type_params.size(), f->type_params.size() == 1 ? "" : "s",
                                  targs.size()));
      }
      Subst fs;
      if (!targs.empty() && targs.size() == f->type_params.size()) {
        for (size_t i = 0; i < targs.size(); ++i) {
          fs[t_.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i), f->type_params[i].name, f)] =
              targs[i];
        }
        b.type_args = targs;
      } else {
        // (An expression resolved twice, as the middle operand of a chain a == b == c, gets
        // the type arguments of its last resolution, not both.)
        b.type_args.clear();
        fs = InstantiateFresh(f, f->type_params, &b.type_args);
      }
      fs.insert(s.begin(), s.end());
      std::vector<const Type*> sig;
      for (const Var* p : f->params) sig.push_back(Substitute(rp_->TypeOf(p), fs));
      sig.push_back(Substitute(rp_->function_result_[f], fs));
      // As Dafny: total (->) unless it has a precondition (-->) or reads the heap (~>).
      return t_.Get(TypeKind::Arrow, std::move(sig), 0,
                    !f->reads.empty()       ? "~>"
                    : !f->requires_.empty() ? "-->"
                                            : "->");
    }
    case DeclKind::Method:
      if (resolving_callee_) return t_.Error();
      Error(e->tok, fmt::format("expression is not allowed to invoke a {} ({})",
                                MethodKind(static_cast<const MethodDecl*>(member)), member->name));
      return t_.Error();
    default:
      Error(e->tok, fmt::format("{} is not a value", member->name));
      return t_.Error();
  }
}

// A datatype constructor used as a value: nullary constructors are values; others must be
// called, as in Dafny, which has no constructor values (`var g := D;` is its "wrong number of
// arguments" error). Called, a constructor is a function from its formals.
const Type* Resolver::CtorValue(const Expr* e, const DatatypeDecl* dt, int ctor,
                                const Type* dt_type, const CodeContext& cc) {
  (void)cc;
  Binding& b = rp_->binding_[e->id];
  b.datatype = dt;
  b.ctor = ctor;
  if (!dt_type) {
    std::vector<const Type*> args;
    for (size_t i = 0; i < dt->type_params.size(); ++i) args.push_back(NewProxy());
    dt_type = TypeOfDecl(dt, args, false);
  }
  b.type_args = dt_type->args;
  const DatatypeCtor& c = dt->ctors[ctor];
  if (c.formals.empty()) return dt_type;
  Subst s = ReceiverSubst(dt_type);
  if (!resolving_callee_ && !resolving_receiver_) {
    std::vector<std::string> signature;
    // (Each formal with its declared type: `a: T` of `P<T>`.)
    for (const Var* f : c.formals) {
      signature.push_back(fmt::format("{}: {}", f->name, TypeName(rp_->TypeOf(f))));
    }
    Error(e->tok, fmt::format("wrong number of arguments (got 0, but datatype constructor '{}' "
                              "expects {}: ({}))",
                              c.name, c.formals.size(), fmt::join(signature, ", ")));
  }
  std::vector<const Type*> sig;
  for (const Var* v : c.formals) sig.push_back(Substitute(rp_->TypeOf(v), s));
  sig.push_back(dt_type);
  return t_.Get(TypeKind::Arrow, std::move(sig), 0, "->");
}

std::string Resolver::TypeDescription(const Type* t) {
  t = Shape(t);
  switch (t->kind) {
    case TypeKind::Tuple:
      return fmt::format("datatype '_tuple#{}'", t->args.size());
    case TypeKind::Array:
      return fmt::format("array type 'array{}'", t->width > 1 ? std::to_string(t->width) : "");
    case TypeKind::UserDefined:
      break;
    default:
      return "";
  }
  if (!t->decl) return "";
  switch (t->decl->kind) {
    case DeclKind::Class:
      return fmt::format("class '{}'", t->decl->name);
    case DeclKind::Trait:
      return fmt::format("trait '{}'", t->decl->name);
    case DeclKind::Datatype:
      return fmt::format("{} '{}'",
                         static_cast<const DatatypeDecl*>(t->decl)->co ? "codatatype" : "datatype",
                         t->decl->name);
    case DeclKind::Newtype:
      return fmt::format("newtype '{}'", t->decl->name);
    default:
      return fmt::format("type '{}'", t->decl->name);
  }
}

const Type* Resolver::ResolveName(const NameExpr* n, const CodeContext& cc) {
  if (const Var* v = LookupVar(n->name)) {
    rp_->binding_[n->id].var = v;
    return rp_->TypeOf(v);
  }
  // Members of the enclosing type, with an implicit `this`; in a datatype, its destructors.
  if (cc.type && cc.type->decl->kind == DeclKind::Datatype && !cc.is_static) {
    auto* dt = static_cast<const DatatypeDecl*>(cc.type->decl);
    for (size_t i = 0; i < dt->ctors.size(); ++i) {
      if (n->name == dt->ctors[i].name + "?") {  // C? on `this`
        Binding& b = rp_->binding_[n->id];
        b.datatype = dt;
        b.ctor = static_cast<int>(i);
        b.ctor_test = true;
        return t_.Bool();
      }
      for (size_t j = 0; j < dt->ctors[i].formals.size(); ++j) {
        if (dt->ctors[i].formals[j]->name == n->name) {
          Binding& b = rp_->binding_[n->id];
          b.datatype = dt;
          b.ctor = static_cast<int>(i);
          b.destructor = static_cast<int>(j);
          return rp_->TypeOf(dt->ctors[i].formals[j]);
        }
      }
    }
  }
  if (cc.type) {
    TypeInfo* owner = nullptr;
    if (const Decl* m = FindMemberIn(cc.type, n->name, &owner)) {
      if (!IsStaticMember(m) && cc.is_static) {
        Error(n->tok, "'this' is not allowed in a 'static' context");
        rp_->binding_[n->id].member = m;
        return t_.Error();
      }
      return MemberValue(n, m, IsStaticMember(m) ? nullptr : ThisType(cc.type), owner, n->type_args,
                         cc);
    }
  }
  Entity e = LookupEntity(n->name, cc.module);
  switch (e.kind) {
    case Entity::Kind::Member:
      if (e.ambiguous) {
        Error(n->tok, fmt::format("The name {} ambiguously refers to a static member in one of "
                                  "the modules {} (try qualifying the member name with the "
                                  "module name)",
                                  n->name, e.ambiguous_modules));
        return t_.Error();
      }
      return MemberValue(n, e.decl, nullptr, nullptr, n->type_args, cc);
    case Entity::Kind::Ctor:
      if (e.ambiguous) {
        Error(n->tok, fmt::format("the name '{}' denotes constructors of several datatypes; "
                                  "qualify it with the datatype's name",
                                  n->name));
        return t_.Error();
      }
      return CtorValue(n, e.datatype, e.ctor, nullptr, cc);
    case Entity::Kind::Module:
    case Entity::Kind::Type: {
      CheckAbstractUse(e, n->name, n, n->tok);
      Qualifier q;
      q.entity = e;
      if (e.kind == Entity::Kind::Type) {
        TypeInfo* ti = InfoOf(e.decl);
        std::vector<const Type*> args = ExplicitTypeArgs(n->type_args, cc);
        size_t want = ti->type_params ? ti->type_params->size() : 0;
        while (args.size() < want) args.push_back(NewProxy());
        q.type = TypeOfDecl(e.decl, args, false);
        // A generic type's static members are named with its type arguments (`C<int>.F`).
        rp_->binding_[n->id].type_args = args;
      }
      qualifiers_[n] = q;
      // `datatype P = P(x: int)`: the name is also the constructor, when used as a value.
      if (const DatatypeDecl* dt = q.type ? DatatypeOf(q.type) : nullptr) {
        for (size_t i = 0; i < dt->ctors.size(); ++i) {
          if (dt->ctors[i].name == n->name) {
            return CtorValue(n, dt, static_cast<int>(i), nullptr, cc);
          }
        }
      }
      rp_->binding_[n->id].is_qualifier = true;
      return t_.Error();
    }
    case Entity::Kind::None:
      break;
  }
  Error(n->tok, fmt::format("unresolved identifier: {}", n->name));
  return t_.Error();
}

const Type* Resolver::ResolveSelect(const SelectExpr* s, const CodeContext& cc) {
  // The receiver is no callee, and a call in it (`TMNat(1).Lemma()`) clears the flag: this
  // selection is the callee again once its receiver is resolved.
  bool callee = resolving_callee_;
  bool receiver = resolving_receiver_;
  resolving_callee_ = false;
  resolving_receiver_ = s->object->kind == ExprKind::Name || s->object->kind == ExprKind::Select;
  const Type* ot = ResolveExpr(s->object, cc);
  resolving_callee_ = callee;
  resolving_receiver_ = receiver;
  const std::string& name = s->member;
  auto q = qualifiers_.find(s->object);
  if (q != qualifiers_.end()) {
    const Entity& qe = q->second.entity;
    if (qe.kind == Entity::Kind::Module) {
      Entity e = LookupThrough(qe.module, qe.visible, name);
      switch (e.kind) {
        case Entity::Kind::Member:
          return MemberValue(s, e.decl, nullptr, nullptr, s->type_args, cc);
        case Entity::Kind::Ctor:
          return CtorValue(s, e.datatype, e.ctor, nullptr, cc);
        case Entity::Kind::Module:
        case Entity::Kind::Type: {
          Qualifier nq;
          nq.entity = e;
          if (e.kind == Entity::Kind::Type) {
            TypeInfo* ti = InfoOf(e.decl);
            std::vector<const Type*> args = ExplicitTypeArgs(s->type_args, cc);
            size_t want = ti->type_params ? ti->type_params->size() : 0;
            while (args.size() < want) args.push_back(NewProxy());
            nq.type = TypeOfDecl(e.decl, args, false);
            rp_->binding_[s->id].type_args = args;  // as for an unqualified name
          }
          qualifiers_[s] = nq;
          // `M.P(x)` with `datatype P = P(x: int)` in M: the constructor, as a value.
          if (const DatatypeDecl* dt = nq.type ? DatatypeOf(nq.type) : nullptr) {
            for (size_t i = 0; i < dt->ctors.size(); ++i) {
              if (dt->ctors[i].name == name)
                return CtorValue(s, dt, static_cast<int>(i), nullptr, cc);
            }
          }
          rp_->binding_[s->id].is_qualifier = true;
          return t_.Error();
        }
        case Entity::Kind::None:
          break;
      }
      Error(s->tok, fmt::format("unresolved identifier: {}", name));
      return t_.Error();
    }
    // A type: its static members and, for a datatype, its constructors.
    const Type* qt = q->second.type;
    if (const DatatypeDecl* dt = DatatypeOf(qt)) {
      for (size_t i = 0; i < dt->ctors.size(); ++i) {
        if (dt->ctors[i].name == name) return CtorValue(s, dt, static_cast<int>(i), qt, cc);
      }
    }
    TypeInfo* owner = nullptr;
    TypeInfo* ti = InfoOf(qt);
    const Decl* m = ti ? FindMemberIn(ti, name, &owner) : nullptr;
    if (!m) {
      Error(s->tok, fmt::format("member '{}' does not exist in {}", name, TypeDescription(qt)));
      return t_.Error();
    }
    if (!MemberVisibleTo(cc.module, owner, m)) return NotImported(s, name);
    if (!IsStaticMember(m) && (m->kind == DeclKind::Method || m->kind == DeclKind::Field)) {
      Error(s->tok, fmt::format("accessing member '{}' requires an instance expression", name));
      rp_->binding_[s->id].member = m;
      return t_.Error();
    }
    if (Binding& ob = rp_->binding_[s->object->id]; ob.datatype && ob.ctor >= 0) {
      // `Pt.Origin` with `datatype Pt = Pt(...)`: the name is the type here, not the
      // constructor.
      ob.datatype = nullptr;
      ob.ctor = -1;
      ob.is_qualifier = true;
      ob.type_args = qt->args;  // the type's (`D<real>.Of`), not the constructor value's
    }
    // A static member of a generic type has its type arguments too (`C<int>.Twice`).
    return MemberValue(s, m, qt, owner, s->type_args, cc);
  }
  const Type* rt = Walk(ot);
  if (rt->kind == TypeKind::Error) return rt;
  const Type* shape = Shape(rt);
  auto no_member = [&] {
    std::string where = TypeDescription(shape);
    Error(s->tok, where.empty()
                      ? fmt::format("type {} does not have a member {}", TypeName(Zonk(rt)), name)
                      : fmt::format("member '{}' does not exist in {}", name, where));
    return t_.Error();
  };
  switch (shape->kind) {
    case TypeKind::Proxy:
      // A real literal's type (real or a newtype based on it) is not decided yet, but every
      // candidate has Floor (`2.5.Floor`).
      if (proxy_kind_[shape->width] == ProxyKind::RealLiteral && name == "Floor") {
        return t_.Int();
      }
      Error(s->tok, fmt::format("the type of the receiver of '.{}' is not determined at this "
                                "point; add a type annotation",
                                name));
      return t_.Error();
    case TypeKind::Array:
      if ((shape->width == 1 && name == "Length") ||
          (name.starts_with("Length") && name.size() > 6 && name.size() < 12 &&
           name.find_first_not_of("0123456789", 6) == std::string::npos &&
           std::stoul(name.substr(6)) < shape->width && shape->width > 1)) {
        return t_.Int();
      }
      return no_member();
    case TypeKind::Map:
    case TypeKind::IMap: {
      bool inf = shape->kind == TypeKind::IMap;
      TypeKind set = inf ? TypeKind::ISet : TypeKind::Set;
      if (name == "Keys") return t_.Get(set, {shape->args[0]});
      if (name == "Values") return t_.Get(set, {shape->args[1]});
      if (name == "Items") return t_.Get(set, {t_.Tuple({shape->args[0], shape->args[1]})});
      return no_member();
    }
    case TypeKind::Tuple: {
      if (!name.empty() && name.find_first_not_of("0123456789") == std::string::npos) {
        size_t i = std::stoul(name);
        if (i < shape->args.size()) return shape->args[i];
      }
      return no_member();
    }
    case TypeKind::Real:
      if (name == "Floor") return t_.Int();
      return no_member();
    case TypeKind::BitVector:
      // Dafny's members of every bit-vector type: function RotateLeft(w: nat): bvN.
      if (name == "RotateLeft" || name == "RotateRight") {
        return t_.Get(TypeKind::Arrow, {t_.Nat(), shape}, 0, "->");
      }
      return no_member();
    case TypeKind::Ordinal:
      if (name == "IsLimit" || name == "IsSucc" || name == "IsNat") return t_.Bool();
      if (name == "Offset") return t_.Int();
      return no_member();
    case TypeKind::Arrow:
      if (name == "requires") {
        std::vector<const Type*> sig(shape->args.begin(), shape->args.end() - 1);
        sig.push_back(t_.Bool());
        return t_.Get(TypeKind::Arrow, sig, 0, "->");
      }
      if (name == "reads") {
        std::vector<const Type*> sig(shape->args.begin(), shape->args.end() - 1);
        sig.push_back(t_.Set(t_.Get(TypeKind::Object, {}, 0, {}, nullptr, true)));
        return t_.Get(TypeKind::Arrow, sig, 0, "->");
      }
      return no_member();
    default:
      break;
  }
  // A newtype based on real (directly or through other newtypes) has real's Floor.
  if (name == "Floor" && shape->kind == TypeKind::UserDefined &&
      shape->decl->kind == DeclKind::Newtype) {
    const Type* base = shape;
    for (int i = 0;
         i < 64 && base->kind == TypeKind::UserDefined && base->decl->kind == DeclKind::Newtype;
         ++i) {
      TypeInfo* ti = InfoOf(base->decl);
      if (!ti || !ti->base) break;
      base = Shape(ti->base);
    }
    if (base->kind == TypeKind::Real) return t_.Int();
  }
  if (const DatatypeDecl* dt = DatatypeOf(shape)) {
    Binding& b = rp_->binding_[s->id];
    Subst sub = ReceiverSubst(shape);
    // A datatype its module's export only provides has no constructors to an importer.
    bool hidden = !RevealedTo(cc.module, dt);
    auto not_imported = [&]() { return NotImported(s, name); };
    for (size_t i = 0; i < dt->ctors.size(); ++i) {
      const DatatypeCtor& c = dt->ctors[i];
      if (name == c.name + "?") {
        if (hidden) return not_imported();
        b.datatype = dt;
        b.ctor = static_cast<int>(i);
        b.ctor_test = true;
        return t_.Bool();
      }
    }
    for (size_t i = 0; i < dt->ctors.size(); ++i) {
      const DatatypeCtor& c = dt->ctors[i];
      for (size_t j = 0; j < c.formals.size(); ++j) {
        if (c.formals[j]->name == name) {
          if (hidden) return not_imported();
          b.datatype = dt;
          b.ctor = static_cast<int>(i);
          b.destructor = static_cast<int>(j);
          return Substitute(rp_->TypeOf(c.formals[j]), sub);
        }
      }
    }
  }
  TypeInfo* owner = nullptr;
  const Decl* m = FindMember(shape, name, &owner);
  if (!m && shape->kind == TypeKind::UserDefined && shape->decl->kind == DeclKind::Newtype) {
    return no_member();
  }
  if (!m) return no_member();
  if (!MemberVisibleTo(cc.module, owner, m)) return NotImported(s, name);
  return MemberValue(s, m, shape, owner, s->type_args, cc);
}

void Resolver::ResolveArgs(const CallExpr* call, const std::vector<Var*>& formals, const Subst& s,
                           const std::string& name, const char* what, const CodeContext& cc,
                           std::vector<const Expr*>* args_out,
                           std::vector<const Type*>* arg_types) {
  // Positional arguments first, then arguments bound by name.
  std::vector<const Expr*> bound(formals.size(), nullptr);
  size_t positional = 0;
  bool named_seen = false;
  for (const Expr* a : call->args) {
    if (a->kind == ExprKind::NamedArg) {
      named_seen = true;
      auto* na = static_cast<const NamedArgExpr*>(a);
      size_t i = 0;
      while (i < formals.size() && formals[i]->name != na->name) ++i;
      if (i == formals.size()) {
        Error(a->tok, fmt::format("the binding named '{}' does not correspond to any formal "
                                  "parameter",
                                  na->name));
        ResolveExpr(na->value, cc);
        continue;
      }
      bound[i] = na->value;
      SetExprType(a, t_.Error());
      continue;
    }
    if (named_seen) {
      Error(a->tok, "a positional argument is not allowed to follow named arguments");
      ResolveExpr(a, cc);
      continue;
    }
    if (positional < bound.size()) bound[positional] = a;
    ++positional;
  }
  bool has_defaults = false;
  const std::vector<Expr*>* defaults = nullptr;
  if (auto* d = rp_->binding_[call->id].function) defaults = &d->defaults;
  if (auto* d = rp_->binding_[call->id].method) defaults = &d->defaults;
  if (const Binding& b = rp_->binding_[call->id];
      b.datatype && b.ctor >= 0 && !b.ctor_test && b.destructor < 0) {
    defaults = &b.datatype->ctors[b.ctor].defaults;
  }
  if (defaults) has_defaults = !defaults->empty();
  size_t supplied = 0;
  for (const Expr* b : bound) supplied += b != nullptr;
  std::string_view kind = what;
  // A method's or lemma's formals are in-parameters; a constructor's are parameters.
  const char* formal_kind =
      kind == "constructor" || kind == "datatype constructor" ? "parameter" : "in-parameter";
  if ((named_seen || has_defaults) && positional <= formals.size()) {
    // Each formal without an argument or a default value.
    for (size_t i = 0; i < formals.size(); ++i) {
      if (bound[i] || (defaults && i < defaults->size() && (*defaults)[i])) continue;
      Error(call->tok,
            fmt::format("{} {} '{}'{} requires an argument of type {}", what, formal_kind,
                        formals[i]->name, formals.size() > 1 ? fmt::format(" at index {}", i) : "",
                        TypeName(Zonk(Substitute(rp_->TypeOf(formals[i]), s)))));
    }
  } else if (positional > formals.size() ||
             (!has_defaults && !named_seen && positional != formals.size())) {
    std::vector<std::string> signature;
    for (const Var* f : formals) {
      signature.push_back(
          fmt::format("{}: {}", f->name, TypeName(Zonk(Substitute(rp_->TypeOf(f), s)))));
    }
    // Dafny reports a constructor's arguments at its name, other calls at the parenthesis.
    Error(kind == "datatype constructor" ? call->callee->tok : call->tok,
          fmt::format("wrong number of arguments (got {}, but {} '{}' expects {}: ({}))",
                      call->args.size(), what, name, formals.size(), fmt::join(signature, ", ")));
    for (size_t i = formals.size(); i < call->args.size(); ++i) ResolveExpr(call->args[i], cc);
  }
  (void)supplied;
  if (args_out) *args_out = bound;
  if (arg_types) arg_types->assign(formals.size(), nullptr);
  for (size_t i = 0; i < formals.size(); ++i) {
    if (!bound[i]) continue;
    const Type* want = Substitute(rp_->TypeOf(formals[i]), s);
    const Type* at = ResolveExpr(bound[i], cc, want);
    if (arg_types) (*arg_types)[i] = at;
    std::string note;
    bool declared = want == rp_->TypeOf(formals[i]) && DeclaredTypeOf(bound[i]);
    if (!Unify(want, at) || (declared && !(note = NonvarianceNote(want, at)).empty())) {
      TypeMismatch(bound[i]->tok,
                   fmt::format("incorrect argument type{} for {} {} '{}' (expected {}, found {}){}",
                               AtIndex(call, bound[i]), what, formal_kind, formals[i]->name,
                               SpellDeclared(formals[i]->type, rp_->TypeOf(formals[i]), want),
                               SpellExprType(bound[i], at), note),
                   InferredInDafny(bound[i], at));
    }
  }
}

// A call of a function value: the callee has an arrow type.
const Type* Resolver::CallValue(const CallExpr* call, const Type* fn_type, const CodeContext& cc) {
  const Type* ft = Shape(fn_type);
  if (ft->kind == TypeKind::Proxy) {
    std::vector<const Type*> sig;
    for (size_t i = 0; i < call->args.size(); ++i) sig.push_back(NewProxy());
    sig.push_back(NewProxy());
    Unify(ft, t_.Get(TypeKind::Arrow, sig, 0, "~>"));
    ft = Shape(fn_type);
  }
  if (ft->kind != TypeKind::Arrow) {
    if (ft->kind != TypeKind::Error) {
      Error(call->tok, fmt::format("non-function expression (of type {}) is called with "
                                   "parameters",
                                   TypeName(Zonk(fn_type))));
    }
    for (const Expr* a : call->args) ResolveExpr(a, cc);
    return t_.Error();
  }
  size_t n = ft->args.size() - 1;
  if (call->args.size() != n) {
    std::vector<std::string> params;
    for (size_t i = 0; i < n; ++i) {
      params.push_back(fmt::format("_#p{}: {}", i, TypeName(Zonk(ft->args[i]))));
    }
    Error(call->tok, fmt::format("wrong number of arguments (got {}, but function type '{}' "
                                 "expects {}: ({}))",
                                 call->args.size(),
                                 // Dafny names the general arrow here, whatever the kind.
                                 TypeName(Zonk(t_.Get(TypeKind::Arrow, ft->args, 0, "~>"))), n,
                                 fmt::join(params, ", ")));
  }
  for (size_t i = 0; i < call->args.size(); ++i) {
    const Type* want = i < n ? ft->args[i] : nullptr;
    const Type* at = ResolveExpr(call->args[i], cc, want);
    std::string note;
    bool declared = DeclaredTypeOf(call->args[i]);
    if (want && (!Unify(want, at) || (declared && !(note = NonvarianceNote(want, at)).empty()))) {
      TypeError(call->args[i]->tok,
                fmt::format("incorrect argument type{} for function application parameter "
                            "(expected {}, found {}){}",
                            n > 1 ? fmt::format(" at index {}", i) : "", TypeName(Zonk(want)),
                            TypeName(Zonk(at)), note));
    }
  }
  return ft->args[n];
}

const Type* Resolver::ResolveCall(const CallExpr* call, const CodeContext& cc, bool allow_method,
                                  const Type* expected) {
  const Expr* callee = call->callee;
  if (callee->kind == ExprKind::LabelledCallee) {
    Unsupported(callee->tok, "labelled function calls");
    for (const Expr* a : call->args) ResolveExpr(a, cc);
    return t_.Error();
  }
  if (callee->kind == ExprKind::PrefixName) {
    // P#[k](args): the prefix predicate or lemma of an extreme P, called with depth k; it takes
    // P's arguments (the depth is checked here, the rest as a call of P).
    auto* pn = static_cast<const PrefixNameExpr*>(callee);
    const Type* kt = Shape(ResolveExpr(pn->depth, cc));
    if (!IsIntLike(kt) && kt->kind != TypeKind::Ordinal && kt->kind != TypeKind::Error &&
        kt->kind != TypeKind::Proxy) {
      TypeError(pn->depth->tok, fmt::format("the depth of a prefix call must be a nat or ORDINAL "
                                            "(got {})",
                                            TypeName(Zonk(kt))));
    }
    callee = pn->name;
    const Decl* target = nullptr;
    const Type* result = nullptr;
    {
      resolving_callee_ = true;
      ResolveExpr(callee, cc);
      resolving_callee_ = false;
      target = rp_->binding_[callee->id].member;
    }
    bool extreme = false;
    if (target && target->kind == DeclKind::Function) {
      auto fl = static_cast<const FunctionDecl*>(target)->flavor;
      extreme = fl == FunctionFlavor::LeastPredicate || fl == FunctionFlavor::GreatestPredicate;
    } else if (target && target->kind == DeclKind::Method) {
      auto fl = static_cast<const MethodDecl*>(target)->flavor;
      extreme = fl == MethodFlavor::LeastLemma || fl == MethodFlavor::GreatestLemma;
    }
    if (!extreme) {
      if (rp_->TypeOf(callee) && rp_->TypeOf(callee)->kind != TypeKind::Error) {
        // As Dafny, which looks for a prefix predicate or lemma named P#.
        std::string name =
            callee->kind == ExprKind::Name     ? static_cast<const NameExpr*>(callee)->name
            : callee->kind == ExprKind::Select ? static_cast<const SelectExpr*>(callee)->member
                                               : std::string("?");
        Error(callee->tok, fmt::format("unresolved identifier: {}#", name));
      }
      for (const Expr* a : call->args) ResolveExpr(a, cc);
      SetExprType(pn, t_.Error());
      return t_.Error();
    }
    (void)result;
    SetExprType(pn, rp_->TypeOf(callee));
  } else {
    resolving_callee_ = true;
    ResolveExpr(callee, cc);
    resolving_callee_ = false;
  }
  const Type* ct = rp_->TypeOf(callee) ? rp_->TypeOf(callee) : t_.Error();
  Binding cb = rp_->binding_[callee->id];
  // `F(a)(b)` applies the value F(a) returns: the inner call's binding names F, not the callee.
  if (callee->kind == ExprKind::Call) cb = Binding{};
  Binding& b = rp_->binding_[call->id];
  if (cb.is_qualifier) {
    Error(callee->tok, "a type or module name cannot be called");
    for (const Expr* a : call->args) ResolveExpr(a, cc);
    return t_.Error();
  }
  // A datatype constructor.
  if (cb.datatype && cb.ctor >= 0 && !cb.ctor_test && cb.destructor < 0) {
    b = cb;
    const DatatypeCtor& c = cb.datatype->ctors[cb.ctor];
    const Type* dt_type = TypeOfDecl(cb.datatype, cb.type_args, false);
    ResolveArgs(call, c.formals, ReceiverSubst(dt_type), c.name, "datatype constructor", cc);
    return dt_type;
  }
  const Decl* member = cb.member;
  // A method or lemma: the callee's selection reported an error for use as a value; the
  // resolution is redone here for the call.
  if (!member && callee->kind == ExprKind::Name && !cb.var) {
    // ResolveName reported "expression is not allowed to invoke" only for members; nothing to do
  }
  if (member && member->kind == DeclKind::Method) {
    auto* m = static_cast<const MethodDecl*>(member);
    b.method = m;
    b.member = m;
    const char* what = MethodKind(m);
    characteristic_uses_.push_back(call);
    if (!allow_method) {
      Error(callee->tok,
            fmt::format("expression is not allowed to invoke a {} ({})", what, m->name));
      Error(call->tok, fmt::format("{} call is not allowed to be used in an expression context "
                                   "({})",
                                   what, m->name));
      for (const Expr* a : call->args) ResolveExpr(a, cc);
      return t_.Error();
    }
    // The receiver's type arguments and fresh ones for the method's own.
    Subst s;
    if (callee->kind == ExprKind::Select) {
      auto* sel = static_cast<const SelectExpr*>(callee);
      auto q = qualifiers_.find(sel->object);
      if (q == qualifiers_.end()) {
        s = ReceiverSubst(rp_->TypeOf(sel->object));
      } else if (q->second.type) {
        // A static method of a generic type, named with its type arguments (`C<int>.Make`).
        s = ReceiverSubst(q->second.type);
      }
    } else if (cc.type && !IsStaticMember(m)) {
      s = ReceiverSubst(ThisType(cc.type));
    }
    Subst ms = InstantiateFresh(m, m->type_params, &b.type_args);
    // Explicit type arguments (`P<int>(null)`) fix the fresh ones.
    const std::vector<TypeExpr*>* explicit_args =
        callee->kind == ExprKind::Name     ? &static_cast<const NameExpr*>(callee)->type_args
        : callee->kind == ExprKind::Select ? &static_cast<const SelectExpr*>(callee)->type_args
                                           : nullptr;
    if (explicit_args && !explicit_args->empty()) {
      std::vector<const Type*> targs = ExplicitTypeArgs(*explicit_args, cc);
      if (targs.size() != m->type_params.size()) {
        Error(callee->tok, fmt::format("{} '{}' expects {} type argument{} (got {})", what, m->name,
                                       m->type_params.size(), m->type_params.size() == 1 ? "" : "s",
                                       targs.size()));
      } else {
        for (size_t i = 0; i < targs.size(); ++i) Unify(b.type_args[i], targs[i]);
      }
    }
    s.insert(ms.begin(), ms.end());
    std::vector<bool> fresh;
    for (const Type* t : b.type_args) {
      fresh.push_back(t->kind == TypeKind::Proxy && Walk(t) == t);
    }
    std::vector<const Expr*> bound;
    std::vector<const Type*> arg_types;
    ResolveArgs(call, m->ins, s, m->name, MethodKind(m), cc, &bound, &arg_types);
    // A type argument nothing gave is the subset type the arguments give, as for functions.
    ApplyArgumentTypeArgs(m, m->ins, b.type_args, fresh, {}, arg_types, bound, nullptr);
    std::vector<const Type*> outs;
    for (const Var* o : m->outs) outs.push_back(Substitute(rp_->TypeOf(o), s));
    method_outs_[call] = outs;
    return t_.Error();
  }
  if (member && member->kind == DeclKind::Function && ct->kind == TypeKind::Arrow) {
    auto* f = static_cast<const FunctionDecl*>(member);
    b.function = f;
    b.member = f;
    b.type_args = cb.type_args;
    characteristic_uses_.push_back(call);
    // Resolve the arguments against the instantiated signature, with the function's names.
    Subst s;
    for (size_t i = 0; i < f->params.size(); ++i) {
      // map each formal's declared type to its instantiated type through a synthetic subst
      (void)i;
    }
    std::vector<const Type*> sig = ct->args;
    std::vector<const Expr*> bound(f->params.size(), nullptr);
    size_t positional = 0;
    bool named_seen = false;
    for (const Expr* a : call->args) {
      if (a->kind == ExprKind::NamedArg) {
        auto* na = static_cast<const NamedArgExpr*>(a);
        size_t i = 0;
        while (i < f->params.size() && f->params[i]->name != na->name) ++i;
        SetExprType(a, t_.Error());
        named_seen = true;
        if (i == f->params.size()) {
          Error(a->tok, fmt::format("the binding named '{}' does not correspond to any formal "
                                    "parameter",
                                    na->name));
          ResolveExpr(na->value, cc);
          continue;
        }
        bound[i] = na->value;
        continue;
      }
      if (named_seen) {
        Error(a->tok, "a positional argument is not allowed to follow named arguments");
        ResolveExpr(a, cc);
        continue;
      }
      if (positional < bound.size()) {
        bound[positional] = a;
      } else {
        ResolveExpr(a, cc);
      }
      ++positional;
    }
    size_t given = 0;
    for (const Expr* x : bound) given += x != nullptr;
    if ((named_seen || !f->defaults.empty()) && positional <= f->params.size()) {
      for (size_t i = 0; i < f->params.size(); ++i) {
        if (bound[i] || (i < f->defaults.size() && f->defaults[i])) continue;
        Error(call->tok, fmt::format("function parameter '{}'{} requires an argument of type {}",
                                     f->params[i]->name,
                                     f->params.size() > 1 ? fmt::format(" at index {}", i) : "",
                                     TypeName(Zonk(sig[i]))));
      }
    } else if (positional > f->params.size() ||
               (f->defaults.empty() && given != f->params.size())) {
      std::vector<std::string> signature;
      for (size_t i = 0; i < f->params.size(); ++i) {
        signature.push_back(fmt::format("{}: {}", f->params[i]->name, TypeName(Zonk(sig[i]))));
      }
      Error(call->tok,
            fmt::format("wrong number of arguments (got {}, but function '{}' expects {}: ({}))",
                        call->args.size(), f->name, f->params.size(), fmt::join(signature, ", ")));
    }
    // Type arguments the expected type pins to subset types, kept where the arguments allow.
    auto pinned = TypeArgsFromExpected(f, b.type_args, expected);
    // The type arguments still open: inference variables nothing has bound yet.
    std::vector<bool> fresh;
    for (const Type* t : b.type_args) {
      fresh.push_back(t->kind == TypeKind::Proxy && Walk(t) == t);
    }
    std::vector<const Type*> arg_types(f->params.size(), nullptr);
    for (size_t i = 0; i < f->params.size(); ++i) {
      if (!bound[i]) continue;
      const Type* at = ResolveExpr(bound[i], cc, WithPinnedTypeArgs(sig[i], b.type_args, pinned));
      arg_types[i] = at;
      std::string note;
      bool declared = sig[i] == rp_->TypeOf(f->params[i]) && DeclaredTypeOf(bound[i]);
      if (!Unify(sig[i], at) || (declared && !(note = NonvarianceNote(sig[i], at)).empty())) {
        TypeMismatch(
            bound[i]->tok,
            fmt::format("incorrect argument type{} for function parameter '{}' (expected "
                        "{}, found {}){}",
                        AtIndex(call, bound[i]), f->params[i]->name,
                        SpellDeclared(f->params[i]->type, rp_->TypeOf(f->params[i]), sig[i]),
                        SpellExprType(bound[i], at), note),
            InferredInDafny(bound[i], at));
      }
    }
    if (!pinned.empty()) ApplyExpectedTypeArgs(f, b.type_args, pinned, arg_types, bound);
    ApplyArgumentTypeArgs(f, f->params, b.type_args, fresh, pinned, arg_types, bound, expected);
    return sig.back();
  }
  if (ct->kind == TypeKind::Error && !cb.var) {
    for (const Expr* a : call->args) ResolveExpr(a, cc);
    return t_.Error();
  }
  return CallValue(call, ct, cc);
}

const Type* Resolver::ResolveNew(const NewRhsExpr* e, const CodeContext& cc) {
  if (e->is_array) {
    const Type* elem = e->type ? ResolveType(e->type, cc.module) : NewProxy();
    size_t dims = e->dims.size();
    if (e->has_elements && dims == 0) dims = 1;
    for (size_t di = 0; di < e->dims.size(); ++di) {
      const Expr* d = e->dims[di];
      const Type* dt = ResolveExpr(d, cc, t_.Int());
      if (!IsIntLike(dt) && !IsBitvector(dt) && Walk(dt)->kind != TypeKind::Error) {
        if (!Unify(dt, NewProxy(ProxyKind::IntLiteral))) {
          TypeError(d->tok,
                    fmt::format("new must use an integer-based expression for the array "
                                "size (got {}{})",
                                TypeName(Zonk(dt)),
                                e->dims.size() > 1 ? fmt::format(" for index {}", di) : ""));
        }
      }
    }
    if (e->init) {
      std::vector<const Type*> sig(dims, t_.Nat());
      sig.push_back(elem);
      const Type* want = t_.Get(TypeKind::Arrow, sig, 0, "~>");
      const Type* it = ResolveExpr(e->init, cc, want);
      if (!Unify(want, it)) {
        TypeError(e->init->tok, fmt::format("array-allocation initialization expression expected "
                                            "to have type '{}' (instead got '{}')",
                                            TypeName(Zonk(want)), TypeName(Zonk(it))));
      }
    }
    for (const Expr* x : e->elements) ExpectType(x, elem, cc, nullptr);
    return t_.Get(TypeKind::Array, {elem}, static_cast<uint32_t>(std::max<size_t>(dims, 1)));
  }
  // An object: `new C(args)` with the anonymous constructor or `new C.Init(args)`.
  std::string name = e->type->name;
  std::string ctor_name;
  const Type* ct = nullptr;
  {
    TypeExpr probe = *e->type;
    // The whole name as a type (M.C), or a class and a constructor name (C.Init).
    std::string last = name.substr(name.rfind('.') == std::string::npos ? 0 : name.rfind('.') + 1);
    std::string prefix =
        name.rfind('.') == std::string::npos ? "" : name.substr(0, name.rfind('.'));
    bool whole_is_type = false;
    if (prefix.empty()) {
      whole_is_type = LookupEntity(name, cc.module).kind == Entity::Kind::Type;
    } else {
      std::string first = prefix.substr(0, prefix.find('.'));
      Entity head = LookupEntity(first, cc.module);
      if (head.kind == Entity::Kind::Module) {
        ModuleInfo* mod = head.module;
        std::string rest = prefix.size() > first.size() ? prefix.substr(first.size() + 1) : "";
        while (!rest.empty() && mod) {
          std::string seg = rest.substr(0, rest.find('.'));
          rest = rest.size() > seg.size() ? rest.substr(seg.size() + 1) : "";
          Entity x = LookupInModule(mod, seg);
          mod = x.kind == Entity::Kind::Module ? x.module : nullptr;
        }
        whole_is_type = mod && LookupInModule(mod, last).kind == Entity::Kind::Type;
      }
    }
    if (!whole_is_type && !prefix.empty()) {
      probe.name = prefix;
      ctor_name = last;
    }
    ct = ResolveType(&probe, cc.module);
  }
  if (ct->kind == TypeKind::Error) {
    for (const Expr* a : e->args) ResolveExpr(a, cc);
    return ct;
  }
  // `new object` allocates an object of the built-in class (without a constructor).
  if (ct->kind == TypeKind::Object && !ct->nullable && !e->has_args) return ct;
  TypeInfo* ti = InfoOf(ct);
  if (!ti || !ti->is_class) {
    Error(e->tok, fmt::format("new can be applied only to class types (got {})", TypeName(ct)));
    for (const Expr* a : e->args) ResolveExpr(a, cc);
    return t_.Error();
  }
  Binding& b = rp_->binding_[e->id];
  b.type_args = ct->args;
  const Decl* ctor = nullptr;
  auto it = ti->members.find(ctor_name);
  // Dafny 3 also allowed `new C.Init()` with a method Init of a class without constructors.
  if (it != ti->members.end() && it->second->kind == DeclKind::Method &&
      (static_cast<const MethodDecl*>(it->second)->flavor == MethodFlavor::Constructor ||
       !ctor_name.empty())) {
    ctor = it->second;
  }
  // A constructor is exported only with its class revealed (the anonymous one with it).
  if (ctor && !MemberVisibleTo(cc.module, ti, ctor)) {
    if (ctor_name.empty()) {
      Error(e->type->range,
            "member '_ctor' has not been imported in this scope and cannot be "
            "accessed here");
    } else {
      uint32_t at = e->type->range.begin + static_cast<uint32_t>(name.size() - ctor_name.size());
      Error(SourceRange{e->type->range.file, at, e->type->range.end},
            fmt::format("member '{}' does not exist in type '{}' or cannot be part of type name",
                        ctor_name, ti->decl->name));
      Error(e->tok, fmt::format("new can be applied only to class types (got {})", name));
    }
    for (const Expr* a : e->args) ResolveExpr(a, cc);
    return t_.Error();
  }
  if (!ctor && (!ctor_name.empty() || e->has_args)) {
    Error(e->type->range,
          ctor_name.empty()
              ? fmt::format("class '{}' does not have an anonymous constructor", ti->decl->name)
              : fmt::format("member '{}' does not exist in class '{}'", ctor_name, ti->decl->name));
    for (const Expr* a : e->args) ResolveExpr(a, cc);
    return ct;
  }
  if (!ctor) {
    // `new C` without a constructor call is allowed only when C has no constructor.
    for (auto& [n, d] : ti->members) {
      if (d->kind == DeclKind::Method &&
          static_cast<const MethodDecl*>(d)->flavor == MethodFlavor::Constructor) {
        Error(rhs_op_.file || rhs_op_.end ? rhs_op_ : e->type->range,
              fmt::format("when allocating an object of type '{}', one of its constructor "
                          "methods must be called",
                          ti->decl->name));
        break;
      }
    }
    return ct;
  }
  auto* m = static_cast<const MethodDecl*>(ctor);
  b.method = m;
  b.member = m;
  Subst s = ReceiverSubst(ct);
  // The call's arguments are on the NewRhsExpr; check them as a call would.
  CallExpr fake;
  fake.id = e->id;
  fake.tok = e->tok;
  fake.args = e->args;
  ResolveArgs(&fake, m->ins, s, m->name.empty() ? ti->decl->name : m->name, "constructor", cc);
  return ct;
}

}  // namespace dfy::resolve
