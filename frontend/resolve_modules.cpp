// The module graph: module paths, imports and their cycles, and the order in which modules are
// resolved (Dafny's: each after those it imports and contains, none after errors in those).
#include "frontend/resolver.h"

namespace dfy::resolve {

ModuleInfo* Resolver::FindModulePath(ModuleInfo* from, const std::string& path, SourceRange at) {
  std::string first = path.substr(0, path.find('.'));
  // The first segment: a sibling or a module of an enclosing scope, or an import alias.
  ModuleInfo* found = nullptr;
  for (ModuleInfo* scope = from; scope && !found; scope = scope->parent) {
    auto it = scope->names.find(first);
    if (it != scope->names.end() && it->second.kind == Entity::Kind::Module) {
      found = it->second.module;
    }
  }
  if (!found) {
    Error(at, fmt::format("module {} does not exist", first));
    return nullptr;
  }
  std::string rest = path.size() > first.size() ? path.substr(first.size() + 1) : "";
  while (!rest.empty()) {
    std::string seg = rest.substr(0, rest.find('.'));
    rest = rest.size() > seg.size() ? rest.substr(seg.size() + 1) : "";
    auto it = found->children.find(seg);
    if (it == found->children.end()) {
      Error(at, fmt::format("module {} does not exist", path));
      return nullptr;
    }
    found = it->second;
  }
  return found;
}

// A module may not depend on itself through imports; reported once per cycle, at the module
// where the search first meets it, with the path in Dafny's words.
void Resolver::CheckImportCycles() {
  enum class Color : uint8_t { White, Grey, Black };
  std::map<ModuleInfo*, Color> color;
  std::vector<std::pair<ModuleInfo*, std::string>> path;  // module, and the import taken from it
  std::function<void(ModuleInfo*)> visit = [&](ModuleInfo* m) {
    color[m] = Color::Grey;
    for (const ImportDecl* imp : m->imports) {
      auto it = m->names.find(imp->name);
      if (it == m->names.end() || it->second.kind != Entity::Kind::Module) continue;
      ModuleInfo* target = it->second.module;
      path.emplace_back(m, imp->name);
      if (color[target] == Color::Grey) {
        std::vector<std::string> steps;
        size_t from = 0;
        while (path[from].first != target) ++from;
        for (size_t i = from; i < path.size(); ++i) {
          steps.push_back("module " + path[i].first->name);
          steps.push_back("import " + path[i].second);
        }
        steps.push_back("module " + target->name);
        Error(target->decl->name_range,
              fmt::format("module definition contains a cycle (note: parent modules implicitly "
                          "depend on submodules): {}",
                          fmt::join(steps, " -> ")));
      } else if (color[target] == Color::White) {
        visit(target);
      }
      path.pop_back();
    }
    color[m] = Color::Black;
  };
  for (auto& m : modules_) {
    if (color[m.get()] == Color::White) visit(m.get());
  }
}

void Resolver::ResolveImports(ModuleInfo* m) {
  if (m->imports_resolved) return;
  m->imports_resolved = true;
  for (const ImportDecl* imp : m->imports) {
    // Imports are resolved in the enclosing scope: siblings of this module first.
    ModuleInfo* target = nullptr;
    std::string first = imp->target.substr(0, imp->target.find('.'));
    auto own = m->names.find(first);
    if (own != m->names.end() && own->second.kind == Entity::Kind::Module &&
        own->second.module != m) {
      target = FindModulePath(m, imp->target, imp->name_range);
    } else {
      target = FindModulePath(m->parent ? m->parent : m, imp->target, imp->name_range);
    }
    if (!target) continue;
    // Dafny resolves (and checks the exports of) a module before the modules importing it.
    ResolveImports(target);
    bool abstract_target = target->decl && target->decl->is_abstract;
    bool abstract_here = m->decl && m->decl->is_abstract;
    if (imp->abstract_import && !abstract_here && !(m->decl && m->decl->is_replaceable) &&
        !(elaboration_ && elaboration_->inherited.count(imp))) {
      dependency_error_ = true;
      Error(imp->name_range, fmt::format("The abstract import named {} (using :) may only be used "
                                         "in an abstract or replaceable module declaration",
                                         imp->name));
    }
    if (abstract_target && !abstract_here && !imp->abstract_import) {
      // A signature error: Dafny reports it when it resolves m (ResolveModuleDecls).
      m->signature_errors.emplace_back(
          imp->target_range, fmt::format("a compiled module ({}) is not allowed to import an "
                                         "abstract module ({})",
                                         m == root_ ? "_module" : m->name, imp->target));
    }
    if (m->names.count(imp->name) && m->names[imp->name].module != target) {
      bool other_import = false;
      for (const ImportDecl* o : m->imports) {
        if (o == imp) break;
        other_import = other_import || o->name == imp->name;
      }
      Error(imp->name_range,
            fmt::format("Duplicate name of {}: {}",
                        other_import ? "import" : "top-level declaration", imp->name));
      continue;
    }
    if (imp->exports.empty() && !target->exports.empty()) {
      bool has_default = false;
      for (const ExportDecl* x : target->exports) {
        has_default = has_default || x->name.empty() || x->name == target->name;
      }
      if (!has_default) {
        Error(imp->name_range,
              fmt::format("no default export set declared in module: {}", target->name));
        continue;
      }
    }
    Entity e;
    e.kind = Entity::Kind::Module;
    e.module = target;
    e.abstract_import = imp->abstract_import;
    e.visible = ExportView(target, imp->exports);
    m->names[imp->name] = e;
    if (imp->opened) {
      m->opened.push_back(target);
      m->opened_views.push_back(e.visible);
    }
  }
  CheckExports(m);
  // Local names win over opened ones, except (as in Dafny) that `import opened M`, where module
  // M declares a type M, makes the name M that type rather than the import: after `import opened
  // Std.DynamicArray`, `DynamicArray<int>` is the class.
  for (size_t i = 0; i < m->opened.size(); ++i) {
    ModuleInfo* o = m->opened[i];
    std::string short_name = o->name.substr(o->name.rfind('.') + 1);
    auto local = m->names.find(short_name);
    if (local == m->names.end() || local->second.kind != Entity::Kind::Module ||
        local->second.module != o) {
      continue;
    }
    Entity inner =
        LookupThrough(o, i < m->opened_views.size() ? m->opened_views[i] : nullptr, short_name);
    if (inner.kind == Entity::Kind::Type) m->opened_over_import[short_name] = inner;
  }
}

// The modules, each after those it imports and those it contains (Dafny's dependency order);
// in declaration order otherwise.
std::vector<ModuleInfo*> Resolver::ModulesInDependencyOrder() {
  std::vector<ModuleInfo*> order;
  std::set<ModuleInfo*> seen;
  std::function<void(ModuleInfo*)> visit = [&](ModuleInfo* m) {
    if (!seen.insert(m).second) return;
    for (const ImportDecl* imp : m->imports) {
      auto it = m->names.find(imp->name);
      if (it != m->names.end() && it->second.kind == Entity::Kind::Module) {
        visit(it->second.module);
      }
    }
    if (m->decl) {
      for (const Decl* d : m->decl->decls) {
        if (d->kind != DeclKind::Module) continue;
        for (const auto& [name, c] : m->children) {
          if (c->decl == d) visit(c);
        }
      }
    }
    order.push_back(m);
  };
  for (auto& m : modules_) visit(m.get());
  return order;
}

// Dafny's IsEssentiallyEmpty: a declaration that gives nothing to resolve but its name.
static bool EssentiallyEmpty(const Decl* d) {
  const std::vector<TypeParam>* tps = TypeParamsOf(d);
  bool base = d->attributes.empty() || (tps && !tps->empty());
  switch (d->kind) {
    case DeclKind::Module:
    case DeclKind::Import:
    case DeclKind::Export:
      return true;
    case DeclKind::Datatype: {
      auto* dt = static_cast<const DatatypeDecl*>(d);
      for (const DatatypeCtor& c : dt->ctors) {
        if (!c.attributes.empty() || !c.formals.empty()) return false;
      }
      return dt->members.empty() && base;
    }
    case DeclKind::Class:
    case DeclKind::Trait: {
      auto* c = static_cast<const ClassDecl*>(d);
      return c->members.empty() && c->extends.empty() && base;
    }
    case DeclKind::OpaqueType:
      return static_cast<const OpaqueTypeDecl*>(d)->members.empty() && base;
    default:
      return false;  // functions, methods, consts, newtypes, subset types, synonyms, iterators
  }
}

// The bounds of type parameters (`X extends Tr`), resolved for Dafny's errors (dfyc does not
// use them yet): the module's functions and methods first, then each type and its members, a
// class's twice (Dafny resolves them for the class and for its non-null type).
void Resolver::ResolveTypeParamBounds(ModuleInfo* m, const std::vector<TypeInfo*>& types) {
  auto member_bounds = [&](const Decl* d) {
    const std::vector<TypeParam>* tps = nullptr;
    if (d->kind == DeclKind::Function) tps = &static_cast<const FunctionDecl*>(d)->type_params;
    if (d->kind == DeclKind::Method) tps = &static_cast<const MethodDecl*>(d)->type_params;
    if (!tps) return;
    PushTypeParams(d, *tps);
    for (const TypeParam& tp : *tps) {
      for (const TypeExpr* b : tp.bounds) ResolveType(b, m);
    }
    PopTypeParams();
  };
  ModuleScope in_module(this, m);
  for (auto& [mm, d] : module_members_) {
    if (mm == m) member_bounds(d);
  }
  for (TypeInfo* ti : types) {
    const std::vector<TypeParam>* tps = TypeParamsOf(ti->decl);
    PushTypeParams(ti->decl, tps ? *tps : std::vector<TypeParam>{});
    for (int twice = ti->is_class || ti->is_trait ? 2 : 1; twice > 0; --twice) {
      for (const TypeParam& tp : tps ? *tps : std::vector<TypeParam>{}) {
        for (const TypeExpr* b : tp.bounds) ResolveType(b, m);
      }
    }
    if (const auto* members = MembersOf(ti->decl)) {
      for (const Decl* d : *members) member_bounds(d);
    }
    PopTypeParams();
  }
}

// Whether the modules `m` imports and contains resolved without errors. Dafny says nothing of
// a failed import; of a failed nested module, it reports that the enclosing one is not
// resolved (unless that gives nothing to resolve).
bool Resolver::DependenciesResolved(ModuleInfo* m, const std::set<ModuleInfo*>& failed) {
  if (!m->decl) return true;
  for (const Decl* d : m->decl->decls) {
    if (d->kind == DeclKind::Import) {
      auto it = m->names.find(d->name);
      if (it != m->names.end() && it->second.kind == Entity::Kind::Module &&
          failed.count(it->second.module)) {
        return false;
      }
    } else if (d->kind == DeclKind::Module) {
      for (const auto& [name, c] : m->children) {
        if (c->decl != d || !failed.count(c)) continue;
        bool empty = true;
        for (const Decl* x : m->decl->decls) empty = empty && EssentiallyEmpty(x);
        if (!empty) {
          Error(d->name_range, fmt::format("not resolving module '{}' because there were errors "
                                           "in resolving its nested module '{}'",
                                           m == root_ ? "_module" : m->name, c->name));
        }
        return false;
      }
    }
  }
  return true;
}

// The declarations of module `m`: type headers, then signatures; when those have no errors,
// bodies. False when the signatures had errors.
bool Resolver::ResolveModuleDecls(ModuleInfo* m) {
  std::vector<TypeInfo*> types;
  for (TypeInfo* ti : type_order_) {
    if (ti->module == m) types.push_back(ti);
  }
  size_t before = ctx_.diags.Count(DiagCategory::Resolution);
  body_errors_early_ = 0;
  for (const auto& [at, msg] : m->signature_errors) Error(at, msg);
  for (TypeInfo* ti : types) ResolveTypeDeclHeader(ti);
  // A module-level const without a type takes it from its value: the consts that value names,
  // and those a constraint names, are resolved before it (or the constraint).
  std::map<std::string, const ConstDecl*> untyped;
  for (auto& [mm, d] : module_members_) {
    if (mm == m && d->kind == DeclKind::Const) {
      auto* cd = static_cast<const ConstDecl*>(d);
      if (!cd->type && cd->init) untyped[cd->name] = cd;
    }
  }
  std::set<const Decl*> done;
  std::function<void(const Decl*)> signature;
  std::function<void(const Expr*)> named_consts = [&](const Expr* e) {
    if (!e) return;
    if (e->kind == ExprKind::Name) {
      auto it = untyped.find(static_cast<const NameExpr*>(e)->name);
      if (it != untyped.end()) signature(it->second);
    }
    ForEachSubExpr(e, named_consts);
  };
  signature = [&](const Decl* d) {
    if (!done.insert(d).second) return;
    if (d->kind == DeclKind::Const && untyped.count(d->name) && untyped[d->name] == d) {
      named_consts(static_cast<const ConstDecl*>(d)->init);
    }
    ResolveMemberSignature(nullptr, m, d);
  };
  // A newtype or subset type without a base type takes it from its constraint
  // (`type lower = c | 'a' <= c <= 'z'`), before anything uses it.
  for (TypeInfo* ti : types) {
    if ((ti->decl->kind == DeclKind::Newtype || ti->decl->kind == DeclKind::SubsetType) &&
        !ti->base) {
      // (its errors count in body_errors_early_ as the const's own)
      named_consts(static_cast<const NewtypeDecl*>(ti->decl)->constraint);
      named_consts(static_cast<const NewtypeDecl*>(ti->decl)->witness);
      size_t b = ctx_.diags.Count(DiagCategory::Resolution);
      ti->base = NewProxy();
      if (auto* nt = static_cast<const NewtypeDecl*>(ti->decl); nt->var) {
        rp_->var_type_[nt->var->id] = ti->base;
      }
      ResolveTypeDeclBody(ti);
      ti->base = Zonk(ti->base);
      if (ti->base->kind == TypeKind::Proxy) ti->base = t_.Int();
      if (auto* nt = static_cast<const NewtypeDecl*>(ti->decl); nt->var) {
        rp_->var_type_[nt->var->id] = ti->base;
      }
      early_bodies_.insert(ti->decl);
      body_errors_early_ += ctx_.diags.Count(DiagCategory::Resolution) - b;
    }
  }
  // Signatures first, so bodies may refer to later declarations.
  for (auto& [mm, d] : module_members_) {
    if (mm == m) signature(d);
  }
  for (TypeInfo* ti : types) {
    if (const auto* members = MembersOf(ti->decl)) {
      for (const Decl* d : *members) ResolveMemberSignature(ti, ti->module, d);
    }
  }
  ResolveTypeParamBounds(m, types);
  if (ctx_.diags.Count(DiagCategory::Resolution) - body_errors_early_ != before) return false;
  for (TypeInfo* ti : types) CheckTraitMembersImplemented(ti);
  for (TypeInfo* ti : types) ResolveTypeDeclBody(ti);
  WarnUngroundedDatatypes(m);
  for (auto& [mm, d] : module_members_) {
    if (mm == m) ResolveMemberBody(nullptr, m, d);
  }
  for (TypeInfo* ti : types) {
    if (const auto* members = MembersOf(ti->decl)) {
      for (const Decl* d : *members) ResolveMemberBody(ti, ti->module, d);
    }
  }
  // Dafny checks what inference decided only in a module without errors.
  if (ctx_.diags.Count(DiagCategory::Resolution) - body_errors_early_ == before) CheckTypeTests();
  type_tests_.clear();
  if (ctx_.diags.Count(DiagCategory::Resolution) == before) CheckTypeCharacteristics();
  characteristic_uses_.clear();
  compiled_calls_.clear();
  if (ctx_.diags.Count(DiagCategory::Resolution) == before) CheckConstructorFirstDivisions(types);
  return true;
}

}  // namespace dfy::resolve
