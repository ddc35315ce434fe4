// Type expressions, inference variables (proxies), unification and subtyping.
#include "frontend/resolver.h"

namespace dfy::resolve {

namespace {

const std::map<std::string, TypeKind>& Builtins() {
  static const std::map<std::string, TypeKind> kBuiltins = {
      {"int", TypeKind::Int},        {"bool", TypeKind::Bool}, {"nat", TypeKind::Nat},
      {"real", TypeKind::Real},      {"char", TypeKind::Char}, {"string", TypeKind::String},
      {"ORDINAL", TypeKind::Ordinal}};
  return kBuiltins;
}

const std::map<std::string, std::pair<TypeKind, size_t>>& Collections() {
  static const std::map<std::string, std::pair<TypeKind, size_t>> kCollections = {
      {"seq", {TypeKind::Seq, 1}},   {"set", {TypeKind::Set, 1}},
      {"iset", {TypeKind::ISet, 1}}, {"multiset", {TypeKind::Multiset, 1}},
      {"map", {TypeKind::Map, 2}},   {"imap", {TypeKind::IMap, 2}}};
  return kCollections;
}

}  // namespace

const Type* Resolver::ResolveType(const TypeExpr* te, ModuleInfo* m) {
  if (!te) return t_.Error();
  switch (te->kind) {
    case TypeExprKind::Tuple: {
      std::vector<const Type*> elems;
      uint32_t ghost = 0;
      for (size_t i = 0; i < te->args.size(); ++i) {
        elems.push_back(ResolveType(te->args[i], m));
        if (i < te->ghost.size() && te->ghost[i]) MarkGhostComponent(ghost, i, te->args[i]->range);
      }
      if (elems.size() == 1 && ghost == 0) return elems[0];
      return t_.Tuple(std::move(elems), ghost);
    }
    case TypeExprKind::Arrow: {
      std::vector<const Type*> args;
      for (const TypeExpr* a : te->args) args.push_back(ResolveType(a, m));
      return t_.Get(TypeKind::Arrow, std::move(args), 0, te->arrow);
    }
    case TypeExprKind::Named:
      return NamedType(te, m);
  }
  return t_.Error();
}

std::string Resolver::NotDeclaredMessage(const std::string& name) {
  return fmt::format(
      "Type or type parameter is not declared in this scope: {} (did you forget "
      "to qualify a name or declare a module import 'opened'?) (note that names "
      "in outer modules are not visible in contained modules)",
      name);
}

const Type* Resolver::NamedType(const TypeExpr* te, ModuleInfo* m) {
  std::string name = te->name;
  std::vector<const Type*> args;
  for (const TypeExpr* a : te->args) args.push_back(ResolveType(a, m));
  auto arity_error = [&](size_t want, const Decl* d = nullptr) {
    const char* what = "type";
    if (d && d->kind == DeclKind::Datatype) {
      what = static_cast<const DatatypeDecl*>(d)->co ? "codatatype" : "datatype";
    } else if (d && d->kind == DeclKind::Class) {
      what = "class";
    } else if (d && d->kind == DeclKind::Trait) {
      what = "trait";
    } else if (d && d->kind == DeclKind::Newtype) {
      what = "newtype";
    }
    Error(prefix_type_args_ ? prefix_error_at_ : te->range,
          fmt::format("Wrong number of type arguments ({} instead of {}) passed to "
                      "{}: {}",
                      args.size(), want, what, name));
    return t_.Error();
  };
  auto b = Builtins().find(name);
  if (b != Builtins().end()) {
    if (!args.empty()) return arity_error(0);
    return t_.Get(b->second);
  }
  auto c = Collections().find(name);
  if (c != Collections().end()) {
    if (args.empty() && prefix_type_args_) {
      if (!PrefixTypeArgs(c->second.second, args)) {
        Error(prefix_error_at_, fmt::format("Wrong number of type arguments (0 instead of {}) "
                                            "passed to type: {}",
                                            c->second.second, name));
        return t_.Error();
      }
    }
    if (args.empty()) {
      for (size_t i = 0; i < c->second.second; ++i) args.push_back(MissingTypeArg(i));
    }
    if (args.size() != c->second.second) return arity_error(c->second.second);
    return t_.Get(c->second.first, args);
  }
  if (name == "object" || name == "object?") {
    return t_.Get(TypeKind::Object, {}, 0, {}, nullptr, name.back() == '?');
  }
  if (name.starts_with("bv") && name.size() > 2 &&
      name.find_first_not_of("0123456789", 2) == std::string::npos) {
    return t_.Get(TypeKind::BitVector, {}, static_cast<uint32_t>(std::stoul(name.substr(2))));
  }
  if (name.starts_with("array")) {
    std::string rest = name.substr(5);
    bool nullable = !rest.empty() && rest.back() == '?';
    if (nullable) rest.pop_back();
    if (rest.empty() || (rest.find_first_not_of("0123456789") == std::string::npos &&
                         rest[0] != '0' && rest.size() < 3)) {
      uint32_t dims = rest.empty() ? 1 : static_cast<uint32_t>(std::stoul(rest));
      if (args.empty() && prefix_type_args_ && !PrefixTypeArgs(1, args)) return arity_error(1);
      if (args.empty()) args.push_back(MissingTypeArg(0));
      if (args.size() != 1) return arity_error(1);
      return t_.Get(TypeKind::Array, args, dims, {}, nullptr, nullable);
    }
  }
  // Type parameters in scope.
  if (name.find('.') == std::string::npos) {
    for (auto it = type_param_scopes_.rbegin(); it != type_param_scopes_.rend(); ++it) {
      auto f = it->find(name);
      if (f != it->end()) {
        if (!args.empty()) return arity_error(0);
        return f->second;
      }
    }
  }
  // A user-defined type, possibly qualified by modules.
  bool nullable = name.back() == '?';
  if (nullable) name.pop_back();
  ModuleInfo* scope = m;
  std::string last = name;
  Entity e;
  if (size_t dot = name.rfind('.'); dot != std::string::npos) {
    std::string path = name.substr(0, dot);
    last = name.substr(dot + 1);
    // The qualifier is a module path, looked up like an import, or through import aliases.
    std::string first = path.substr(0, path.find('.'));
    Entity head = LookupEntity(first, m);
    if (head.kind != Entity::Kind::Module) {
      Error(te->range, fmt::format("module {} does not exist", first));
      return t_.Error();
    }
    CheckAbstractUse(head, first, te,
                     SourceRange{te->range.file, te->range.begin,
                                 te->range.begin + static_cast<uint32_t>(first.size())});
    scope = head.module;
    const std::set<std::string>* visible = head.visible;
    std::string rest = path.size() > first.size() ? path.substr(first.size() + 1) : "";
    while (!rest.empty() && scope) {
      std::string seg = rest.substr(0, rest.find('.'));
      rest = rest.size() > seg.size() ? rest.substr(seg.size() + 1) : "";
      Entity x = LookupThrough(scope, visible, seg);
      scope = x.kind == Entity::Kind::Module ? x.module : nullptr;
      visible = x.visible;
    }
    if (!scope) {
      Error(te->range, fmt::format("module {} does not exist", path));
      return t_.Error();
    }
    e = LookupThrough(scope, visible, last);
    if (e.kind != Entity::Kind::Type) {
      // Dafny reports the last name of the path.
      uint32_t at = te->range.begin + static_cast<uint32_t>(dot) + 1;
      Error(SourceRange{te->range.file, at, at + static_cast<uint32_t>(last.size())},
            fmt::format("module '{}' does not declare a type '{}'", scope->name, last));
      return t_.Error();
    }
  } else {
    e = LookupEntity(last, m, true);
  }
  if (e.kind != Entity::Kind::Type) {
    Error(te->range, NotDeclaredMessage(te->name));
    return t_.Error();
  }
  TypeInfo* ti = InfoOf(e.decl);
  size_t want = ti->type_params ? ti->type_params->size() : 0;
  if (args.empty() && want > 0 && prefix_type_args_ && !PrefixTypeArgs(want, args)) {
    return arity_error(want, e.decl);
  }
  if (args.empty() && want > 0) {
    for (size_t i = 0; i < want; ++i) {
      // Outside a signature (`datatype List<T> = Nil | Cons(T, tail: List)`), Dafny completes
      // the arguments with the type parameters in scope of the same names.
      const Type* same_name = nullptr;
      if (complete_by_name_) {
        const std::string& formal = (*ti->type_params)[i].name;
        for (auto it = type_param_scopes_.rbegin(); it != type_param_scopes_.rend() && !same_name;
             ++it) {
          if (auto f = it->find(formal); f != it->end()) same_name = f->second;
        }
      }
      args.push_back(same_name ? same_name : MissingTypeArg(i));
    }
  }
  if (args.size() != want) return arity_error(want, e.decl);
  if (nullable && !(ti->is_class || ti->is_trait)) {
    Error(te->range, NotDeclaredMessage(te->name));
    return t_.Error();
  }
  return TypeOfDecl(e.decl, args, nullable);
}

// The type named by a declaration with its arguments; synonyms are expanded.
const Type* Resolver::TypeOfDecl(const Decl* d, std::vector<const Type*> args, bool nullable) {
  TypeInfo* ti = InfoOf(d);
  if (d->kind == DeclKind::TypeSynonym) {
    if (!ti->base) ResolveTypeDeclHeader(ti);
    // A synonym whose right side is being resolved: a cycle, reported once at its first type.
    auto on_stack = std::find(synonym_stack_.begin(), synonym_stack_.end(), d);
    if (on_stack != synonym_stack_.end() && !synonym_cycles_.count(*on_stack)) {
      std::vector<std::string> names;
      for (auto it = on_stack; it != synonym_stack_.end(); ++it) {
        names.push_back((*it)->name);
        synonym_cycles_.insert(*it);
      }
      names.push_back(d->name);
      Error((*on_stack)->name_range,
            fmt::format("cycle among redirecting types (newtypes, subset types, type synonyms): {}",
                        fmt::join(names, " -> ")));
    }
    // A provided synonym keeps its name: importers that are not shown it see an opaque type.
    if (provided_types_.count(d)) {
      return t_.Get(TypeKind::UserDefined, std::move(args), 0, d->name, d, false);
    }
    Subst s;
    for (size_t i = 0; i < args.size(); ++i) {
      s[t_.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i), (*ti->type_params)[i].name, d)] =
          args[i];
    }
    return Substitute(ti->base, s);
  }
  return t_.Get(TypeKind::UserDefined, std::move(args), 0, d->name, d, nullable);
}

// The type of `this` in a member of `ti`: its type parameters as arguments.
const Type* Resolver::ThisType(TypeInfo* ti) {
  std::vector<const Type*> args;
  if (ti->type_params) {
    for (size_t i = 0; i < ti->type_params->size(); ++i) {
      args.push_back(t_.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i),
                            (*ti->type_params)[i].name, ti->decl));
    }
  }
  return t_.Get(TypeKind::UserDefined, std::move(args), 0, ti->decl->name, ti->decl, false);
}

// The i-th type argument left out: in a signature, the declaration's i-th type parameter, made
// up when it has too few (`function f(s: seq, t: seq)` is `function f<_T0>(s: seq<_T0>,
// t: seq<_T0>)`, as Dafny completes type parameters); elsewhere, to be inferred.
const Type* Resolver::MissingTypeArg(size_t i) {
  if (!implicit_owner_) return NewProxy();
  const std::vector<TypeParam>* declared = nullptr;
  if (implicit_owner_->kind == DeclKind::Method) {
    declared = &static_cast<const MethodDecl*>(implicit_owner_)->type_params;
  } else if (implicit_owner_->kind == DeclKind::Function) {
    declared = &static_cast<const FunctionDecl*>(implicit_owner_)->type_params;
  }
  if (declared && i < declared->size()) {
    return t_.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i), (*declared)[i].name,
                  implicit_owner_);
  }
  uint32_t& count = implicit_count_[implicit_owner_];
  count = std::max<uint32_t>(count, static_cast<uint32_t>(i + 1));
  return t_.Get(TypeKind::TypeParam, {}, kImplicitTypeParamBase + static_cast<uint32_t>(i),
                fmt::format("_T{}", i), implicit_owner_);
}

const Type* Resolver::NewProxy(ProxyKind k) {
  uint32_t id = static_cast<uint32_t>(proxy_binding_.size());
  proxy_binding_.push_back(nullptr);
  proxy_kind_.push_back(k);
  return t_.Get(TypeKind::Proxy, {}, id);
}

const Type* Resolver::Walk(const Type* t) {
  const Type* root = t;
  while (root && root->kind == TypeKind::Proxy && proxy_binding_[root->width]) {
    root = proxy_binding_[root->width];
  }
  // Path compression: a long chain of bound proxies (the elements of a 100,000-element display
  // unified one after the other) is followed once, not once per element.
  while (t != root) {
    const Type* next = proxy_binding_[t->width];
    proxy_binding_[t->width] = root;
    t = next;
  }
  return root;
}

const Type* Resolver::Zonk(const Type* t) {
  t = Walk(t);
  if (!t) return t_.Error();
  if (t->kind == TypeKind::Proxy) {
    switch (proxy_kind_[t->width]) {
      case ProxyKind::IntLiteral:
        return t_.Int();
      case ProxyKind::RealLiteral:
        return t_.Real();
      case ProxyKind::Any:
        return t;
    }
  }
  if (t->args.empty()) return t;
  Type copy = *t;
  bool changed = false;
  for (const Type*& a : copy.args) {
    const Type* z = Zonk(a);
    changed = changed || z != a;
    a = z;
  }
  return changed ? t_.Get(copy) : t;
}

const Type* Resolver::Base(const Type* t) {
  t = Walk(t);
  if (!t) return t_.Error();
  switch (t->kind) {
    case TypeKind::Nat:
      return t_.Int();
    case TypeKind::UserDefined: {
      if (t->decl->kind == DeclKind::SubsetType || t->decl->kind == DeclKind::TypeSynonym) {
        if (OpaqueHere(t->decl)) return t;
        TypeInfo* ti = InfoOf(t->decl);
        if (!ti->base) return t_.Error();
        Subst s;
        for (size_t i = 0; i < t->args.size(); ++i) {
          s[t_.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i), (*ti->type_params)[i].name,
                   t->decl)] = t->args[i];
        }
        return Base(Substitute(ti->base, s));
      }
      if (t->nullable) return t_.Get(TypeKind::UserDefined, t->args, 0, t->name, t->decl, false);
      return t;
    }
    case TypeKind::Object:
    case TypeKind::Array:
      return t->nullable ? t_.Get(t->kind, t->args, t->width, t->name, t->decl, false) : t;
    default:
      return t;
  }
}

const Type* Resolver::DeepBase(const Type* t) {
  t = Walk(t);
  if (t->kind == TypeKind::Nat ||
      (t->kind == TypeKind::UserDefined &&
       (t->decl->kind == DeclKind::SubsetType || t->decl->kind == DeclKind::TypeSynonym))) {
    t = Base(t);
  }
  if (t->args.empty()) return t;
  Type copy = *t;
  for (const Type*& a : copy.args) a = DeepBase(a);
  return t_.Get(copy);
}

const Type* Resolver::Shape(const Type* t) {
  t = Base(t);
  if (t->kind == TypeKind::String) return t_.Seq(t_.Char());
  if (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::Newtype) return t;
  return t;
}

TypeInfo* Resolver::InfoOf(const Type* t) {
  t = Walk(t);
  return t && t->kind == TypeKind::UserDefined ? InfoOf(t->decl) : nullptr;
}

bool Resolver::IsSubtypeDecl(const Decl* sub, const Decl* super) {
  if (sub == super) return true;
  TypeInfo* ti = InfoOf(sub);
  if (!ti) return false;
  for (const Type* p : ti->parents) {
    if (IsSubtypeDecl(p->decl, super)) return true;
  }
  return false;
}

const Type* Resolver::UpcastTo(const Type* t, const Decl* super) {
  t = Base(t);
  if (!t || t->kind != TypeKind::UserDefined) return nullptr;
  if (t->decl == super) return t;
  TypeInfo* ti = InfoOf(t->decl);
  if (!ti) return nullptr;
  Subst s;
  for (size_t i = 0; ti->type_params && i < ti->type_params->size() && i < t->args.size(); ++i) {
    s[t_.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i), (*ti->type_params)[i].name,
             ti->decl)] = t->args[i];
  }
  for (const Type* p : ti->parents) {
    if (!p->decl || !IsSubtypeDecl(p->decl, super)) continue;
    if (const Type* up = UpcastTo(Substitute(p, s), super)) return up;
  }
  return nullptr;
}

const Type* Resolver::CommonReferenceType(const std::vector<const Type*>& types) {
  std::vector<const Type*> refs;
  bool nullable = false;
  for (const Type* t : types) {
    const Type* w = Walk(t);
    if (w->kind == TypeKind::Proxy) continue;
    if (!IsReference(w)) return nullptr;
    nullable = nullable || w->nullable;
    refs.push_back(w);
  }
  bool differ = false;
  for (const Type* r : refs) differ = differ || Base(r)->decl != Base(refs[0])->decl;
  if (!differ) return nullptr;
  // The class or trait itself and every trait it extends, nearest first.
  auto supers = [&](const Type* t) {
    std::vector<const Decl*> out;
    std::vector<TypeInfo*> work;
    if (TypeInfo* ti = InfoOf(Base(t))) work.push_back(ti);
    for (size_t i = 0; i < work.size(); ++i) {
      if (std::find(out.begin(), out.end(), work[i]->decl) != out.end()) continue;
      out.push_back(work[i]->decl);
      for (const Type* p : work[i]->parents) {
        if (TypeInfo* pi = InfoOf(p)) work.push_back(pi);
      }
    }
    return out;
  };
  for (const Decl* candidate : supers(refs[0])) {
    TypeInfo* ci = InfoOf(candidate);
    if (!ci || !ci->is_trait || (ci->type_params && !ci->type_params->empty())) continue;
    bool shared = true;
    for (const Type* r : refs) {
      auto s = supers(r);
      shared = shared && std::find(s.begin(), s.end(), candidate) != s.end();
    }
    if (shared) return t_.Get(TypeKind::UserDefined, {}, 0, candidate->name, candidate, nullable);
  }
  return t_.Get(TypeKind::Object, {}, 0, {}, nullptr, nullable);
}

bool Resolver::IsReference(const Type* t) {
  t = Base(t);
  if (t->kind == TypeKind::Object || t->kind == TypeKind::Array) return true;
  TypeInfo* ti = InfoOf(t);
  return ti && (ti->is_class || ti->is_trait);
}

bool Resolver::IsIntLike(const Type* t) {
  t = Base(t);
  if (t->kind == TypeKind::Proxy) return proxy_kind_[t->width] == ProxyKind::IntLiteral;
  if (t->kind == TypeKind::Int) return true;
  if (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::Newtype) {
    TypeInfo* ti = InfoOf(t->decl);
    return ti->base && !OpaqueHere(t->decl) && IsIntLike(ti->base);
  }
  return false;
}

bool Resolver::IsRealLike(const Type* t) {
  t = Base(t);
  if (t->kind == TypeKind::Proxy) return proxy_kind_[t->width] == ProxyKind::RealLiteral;
  if (t->kind == TypeKind::Real) return true;
  if (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::Newtype) {
    TypeInfo* ti = InfoOf(t->decl);
    return ti->base && !OpaqueHere(t->decl) && IsRealLike(ti->base);
  }
  return false;
}

void Resolver::MarkGhostComponent(uint32_t& ghost, size_t i, SourceRange at) {
  if (i < kMaxGhostTupleComponents) {
    ghost |= 1u << i;
    return;
  }
  Error(at, fmt::format("a tuple may have ghost components only among its first {}",
                        kMaxGhostTupleComponents));
}

// Unification up to subset types and nullability: `a` and `b` must be the same type once
// subset types are replaced by their bases; classes also unify with the traits they extend.
bool Resolver::Unify(const Type* a, const Type* b) {
  a = Walk(a);
  b = Walk(b);
  if (!a || !b || a == b) return true;
  if (a->kind == TypeKind::Error || b->kind == TypeKind::Error) return true;
  if (a->kind == TypeKind::Proxy || b->kind == TypeKind::Proxy) {
    if (b->kind == TypeKind::Proxy && a->kind != TypeKind::Proxy) std::swap(a, b);
    // a is a proxy.
    ProxyKind k = proxy_kind_[a->width];
    if (b->kind == TypeKind::Proxy) {
      ProxyKind kb = proxy_kind_[b->width];
      if (k != ProxyKind::Any && kb != ProxyKind::Any && k != kb) return false;
      if (kb == ProxyKind::Any) proxy_kind_[b->width] = k;
      proxy_binding_[a->width] = b;
      return true;
    }
    if (k == ProxyKind::IntLiteral) {
      const Type* s = Base(b);
      bool ok = IsIntLike(s) || s->kind == TypeKind::BitVector || s->kind == TypeKind::Ordinal;
      if (!ok) return false;
    } else if (k == ProxyKind::RealLiteral) {
      if (!IsRealLike(b)) return false;
    }
    // Occurs check.
    std::function<bool(const Type*)> occurs = [&](const Type* t) {
      t = Walk(t);
      if (t == a) return true;
      for (const Type* x : t->args) {
        if (occurs(x)) return true;
      }
      return false;
    };
    if (occurs(b)) return false;
    // An inferred type never is a subset type: values flowing into a proxy are not known to
    // satisfy a constraint, so the verifier must still check them where one is required.
    proxy_binding_[a->width] = DeepBase(b);
    return true;
  }
  const Type* sa = Base(a);
  const Type* sb = Base(b);
  if (sa->kind == TypeKind::String) sa = t_.Seq(t_.Char());
  if (sb->kind == TypeKind::String) sb = t_.Seq(t_.Char());
  if (sa == sb) return true;
  if (sa->kind != sb->kind) {
    // object is a supertype of every reference type.
    if (sa->kind == TypeKind::Object) return IsReference(sb);
    if (sb->kind == TypeKind::Object) return IsReference(sa);
    return false;
  }
  if (sa->kind == TypeKind::UserDefined && sa->decl != sb->decl) {
    // A class or trait and a trait above it: the type arguments meet through the extends
    // clauses, so that C<int> given for Tr<T> (C<X> extends Tr<X>) makes T int.
    const Type* up = UpcastTo(sa, sb->decl);
    const Type* down = sb;
    if (!up) {
      up = UpcastTo(sb, sa->decl);
      down = sa;
    }
    if (!up) return IsSubtypeDecl(sa->decl, sb->decl) || IsSubtypeDecl(sb->decl, sa->decl);
    for (size_t i = 0; i < up->args.size() && i < down->args.size(); ++i) {
      Unify(up->args[i], down->args[i]);
    }
    return true;
  }
  if (sa->kind == TypeKind::UserDefined || sa->kind == TypeKind::TypeParam) {
    if (sa->decl != sb->decl || sa->width != sb->width) return false;
  }
  if (sa->width != sb->width || sa->args.size() != sb->args.size()) return false;
  if (sa->kind == TypeKind::Arrow) {
    // Arrow kinds (-> --> ~>) are subtypes of one another; the arguments must agree.
  }
  for (size_t i = 0; i < sa->args.size(); ++i) {
    if (!Unify(sa->args[i], sb->args[i])) return false;
  }
  return true;
}

const Type* Resolver::Substitute(const Type* t, const Subst& s) {
  if (s.empty() || !t) return t;
  t = Walk(t);
  if (t->kind == TypeKind::TypeParam) {
    auto it = s.find(t);
    return it == s.end() ? t : it->second;
  }
  if (t->args.empty()) return t;
  Type copy = *t;
  for (const Type*& a : copy.args) a = Substitute(a, s);
  return t_.Get(copy);
}

Subst Resolver::InstantiateFresh(const Decl* owner, const std::vector<TypeParam>& tps,
                                 std::vector<const Type*>* args_out) {
  Subst s;
  for (size_t i = 0; i < tps.size(); ++i) {
    const Type* p = NewProxy();
    s[t_.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i), tps[i].name, owner)] = p;
    if (args_out) args_out->push_back(p);
  }
  auto implicit = implicit_count_.find(owner);
  for (uint32_t i = 0; implicit != implicit_count_.end() && i < implicit->second; ++i) {
    const Type* p = NewProxy();
    s[t_.Get(TypeKind::TypeParam, {}, kImplicitTypeParamBase + i, fmt::format("_T{}", i), owner)] =
        p;
    if (args_out) args_out->push_back(p);
  }
  return s;
}

// The substitution of the receiver type's own parameters by its arguments (C<int>: T := int),
// extended through the traits it extends.
Subst Resolver::ReceiverSubst(const Type* receiver) {
  Subst s;
  const Type* r = Base(receiver);
  if (r->kind == TypeKind::Array || r->kind == TypeKind::Object) return s;
  TypeInfo* ti = InfoOf(r);
  if (!ti || !ti->type_params) return s;
  for (size_t i = 0; i < ti->type_params->size() && i < r->args.size(); ++i) {
    s[t_.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i), (*ti->type_params)[i].name,
             ti->decl)] = r->args[i];
  }
  for (const Type* p : ti->parents) {
    Subst ps = ReceiverSubst(Substitute(p, s));
    s.insert(ps.begin(), ps.end());
  }
  return s;
}

const Decl* Resolver::FindMemberIn(TypeInfo* ti, const std::string& name, TypeInfo** owner) {
  auto it = ti->members.find(name);
  if (it != ti->members.end()) {
    if (owner) *owner = ti;
    return it->second;
  }
  for (const Type* p : ti->parents) {
    if (TypeInfo* pi = InfoOf(p->decl)) {
      if (const Decl* d = FindMemberIn(pi, name, owner)) return d;
    }
  }
  return nullptr;
}

const Decl* Resolver::FindMember(const Type* receiver, const std::string& name, TypeInfo** owner) {
  TypeInfo* ti = InfoOf(Base(receiver));
  return ti ? FindMemberIn(ti, name, owner) : nullptr;
}

}  // namespace dfy::resolve
