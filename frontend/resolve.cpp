// The resolver's driver: the module graph, declarations and their signatures, then bodies.
#include "frontend/resolve.h"

#include "frontend/elaborate.h"
#include "frontend/lint_precedence.h"
#include "frontend/resolve_extreme.h"
#include "frontend/resolver.h"

namespace dfy {

bool ResolvedProgram::BodyVisibleFrom(const Decl* d, const Decl* user) const {
  auto it = body_hidden_in_.find(d);
  if (it == body_hidden_in_.end() || !user) return true;
  const Decl* m = user;
  while (m && m->kind != DeclKind::Module) m = OwnerOf(m);
  return !m || !it->second.count(m);
}

const MethodDecl* ResolvedProgram::FindMethod(const std::string& name) const {
  auto it = top_level_.find(name);
  if (it == top_level_.end() || it->second->kind != DeclKind::Method) return nullptr;
  return static_cast<const MethodDecl*>(it->second);
}

std::unique_ptr<ResolvedProgram> Resolve(Program& program, Context& ctx) {
  LintPrecedence(program, ctx);  // on the program as written, as Dafny's PreResolve
  Elaboration elaboration = Elaborate(program, ctx);
  resolve::Resolver resolver(program, ctx);
  resolver.SetElaboration(&elaboration);
  return resolver.Run();
}

namespace resolve {

Resolver::Resolver(const Program& program, Context& ctx)
    : rp_(std::make_unique<ResolvedProgram>(program)), ctx_(ctx), t_(rp_->types) {
  rp_->expr_type_.assign(program.arena.expr_count(), nullptr);
  rp_->var_type_.assign(program.arena.var_count(), nullptr);
  rp_->ghost_var_.assign(program.arena.var_count(), false);
  rp_->binding_.assign(program.arena.expr_count(), Binding{});
}

const std::vector<TypeParam>* TypeParamsOf(const Decl* d) {
  switch (d->kind) {
    case DeclKind::Class:
    case DeclKind::Trait:
      return &static_cast<const ClassDecl*>(d)->type_params;
    case DeclKind::Datatype:
      return &static_cast<const DatatypeDecl*>(d)->type_params;
    case DeclKind::Newtype:
    case DeclKind::SubsetType:
      return &static_cast<const NewtypeDecl*>(d)->type_params;
    case DeclKind::TypeSynonym:
      return &static_cast<const TypeSynonymDecl*>(d)->type_params;
    case DeclKind::OpaqueType:
      return &static_cast<const OpaqueTypeDecl*>(d)->type_params;
    case DeclKind::Iterator:
      return &static_cast<const IteratorDecl*>(d)->type_params;
    default:
      return nullptr;
  }
}

const std::vector<Decl*>* MembersOf(const Decl* d) {
  switch (d->kind) {
    case DeclKind::Class:
    case DeclKind::Trait:
      return &static_cast<const ClassDecl*>(d)->members;
    case DeclKind::Datatype:
      return &static_cast<const DatatypeDecl*>(d)->members;
    case DeclKind::Newtype:
    case DeclKind::SubsetType:
      return &static_cast<const NewtypeDecl*>(d)->members;
    case DeclKind::OpaqueType:
      return &static_cast<const OpaqueTypeDecl*>(d)->members;
    case DeclKind::Iterator:
      return &static_cast<const IteratorDecl*>(d)->members;
    default:
      return nullptr;
  }
}

std::unique_ptr<ResolvedProgram> Resolver::Run() {
  modules_.push_back(std::make_unique<ModuleInfo>());
  root_ = modules_.back().get();
  BuildModule(root_, rp_->program.default_module);
  for (auto& m : modules_) ResolveImports(m.get());
  CheckImportCycles();
  if (dependency_error_) return std::move(rp_);
  FindProvidedTypes();
  // Module by module, each after the modules it imports and contains, as Dafny does: a module
  // whose signatures have errors has its bodies left unresolved, and a module is not resolved
  // when a module it imports or contains had errors.
  std::set<ModuleInfo*> failed;
  for (ModuleInfo* m : ModulesInDependencyOrder()) {
    if (!DependenciesResolved(m, failed)) {
      failed.insert(m);
      continue;
    }
    size_t before = ctx_.diags.Count(DiagCategory::Resolution);
    if (!ResolveModuleDecls(m)) failed.insert(m);
    FlushDeferredTypeErrors();
    if (ctx_.diags.Count(DiagCategory::Resolution) != before) failed.insert(m);
  }
  // Callables in declaration order: module-level ones, then those of types.
  std::set<const Decl*> resolved(rp_->callables_.begin(), rp_->callables_.end());
  rp_->callables_.clear();
  for (auto& [m, d] : module_members_) {
    if (resolved.count(d)) rp_->callables_.push_back(d);
  }
  for (TypeInfo* ti : type_order_) {
    if (const auto* members = MembersOf(ti->decl)) {
      for (const Decl* d : *members) {
        if (resolved.count(d)) rp_->callables_.push_back(d);
      }
    }
  }
  if (elaboration_) CheckRefinementAssignments();
  CheckFiniteComprehensions();
  rp_->implicit_type_params_ = implicit_count_;
  if (elaboration_) {
    for (const Decl* d : rp_->decls_) {
      if (elaboration_->inherited_whole.count(d)) rp_->inherited_.insert(d);
    }
  }
  for (TypeInfo* ti : type_order_) {
    if ((ti->decl->kind == DeclKind::Newtype || ti->decl->kind == DeclKind::SubsetType) &&
        ti->base) {
      rp_->member_type_[ti->decl] = Zonk(ti->base);
    }
  }
  ExpandProvidedSynonyms();
  FindHiddenBodies();
  if (ctx_.diags.Count(DiagCategory::Resolution) == 0) CheckExtremeRecursion(*rp_, ctx_);
  // Dafny looks for triggers only in a program that resolved.
  if (ctx_.diags.Count(DiagCategory::Resolution) > 0) ctx_.diags.Drop(DiagKind::TriggerWarning);
  return std::move(rp_);
}

void Resolver::BuildModule(ModuleInfo* m, const ModuleDecl* d) {
  m->decl = d;
  rp_->decls_.push_back(d);
  for (const Decl* x : d->decls) {
    if (x->kind == DeclKind::Module) {
      auto* md = static_cast<const ModuleDecl*>(x);
      // `module A.B { }` declares B inside the existing module A.
      ModuleInfo* parent = m;
      std::string name = md->name;
      for (size_t dot; (dot = name.find('.')) != std::string::npos;) {
        auto it = parent->children.find(name.substr(0, dot));
        if (it == parent->children.end()) {
          Error(md->name_range, fmt::format("module {} not found", name.substr(0, dot)));
          parent = nullptr;
          break;
        }
        parent = it->second;
        name = name.substr(dot + 1);
      }
      if (!parent) continue;
      if (auto it = parent->children.find(name); it != parent->children.end()) {
        Diagnostic& dup = ctx_.diags.Report(DiagKind::ResolutionError, md->name_range,
                                            fmt::format("Duplicate module name: {}", name));
        dup.notes.push_back(DiagNote{it->second->decl->name_range, ""});
        continue;
      }
      if (parent->names.count(name)) {
        Error(md->name_range, fmt::format("Duplicate name of top-level declaration: {}", name));
        continue;
      }
      modules_.push_back(std::make_unique<ModuleInfo>());
      ModuleInfo* child = modules_.back().get();
      child->parent = parent;
      child->name = name;
      parent->children[name] = child;
      Entity e;
      e.kind = Entity::Kind::Module;
      e.module = child;
      parent->names[name] = e;
      rp_->owner_[md] = d;
      BuildModule(child, md);
      continue;
    }
    Declare(m, x);
  }
}

void Resolver::Declare(ModuleInfo* m, const Decl* d) {
  rp_->owner_[d] = m->decl;
  auto add = [&](const std::string& name, Entity e, SourceRange at) {
    if (auto it = m->names.find(name); it != m->names.end()) {
      if (e.kind == Entity::Kind::Member) {
        Error(at, fmt::format("Duplicate member name: {}", name));
        return false;
      }
      Diagnostic& dup =
          ctx_.diags.Report(DiagKind::ResolutionError, at,
                            fmt::format("duplicate name of top-level declaration: {}", name));
      const Entity& prev = it->second;
      if (prev.decl) {
        dup.notes.push_back(DiagNote{prev.decl->name_range, ""});
      } else if (prev.kind == Entity::Kind::Module && prev.module->decl) {
        dup.notes.push_back(DiagNote{prev.module->decl->name_range, ""});
      }
      return false;
    }
    m->names[name] = e;
    return true;
  };
  switch (d->kind) {
    case DeclKind::Import:
      m->imports.push_back(static_cast<const ImportDecl*>(d));
      return;
    case DeclKind::Export:
      m->exports.push_back(static_cast<const ExportDecl*>(d));
      return;
    case DeclKind::Method:
    case DeclKind::Function:
    case DeclKind::Const:
    case DeclKind::Field: {
      Entity e;
      e.kind = Entity::Kind::Member;
      e.decl = d;
      if (add(d->name, e, d->name_range)) {
        module_members_.emplace_back(m, d);
        rp_->decls_.push_back(d);
        if (m == root_) rp_->top_level_[d->name] = d;
      }
      return;
    }
    default:
      break;
  }
  // A type declaration.
  Entity e;
  e.kind = Entity::Kind::Type;
  e.decl = d;
  if (!add(d->name, e, d->name_range)) return;
  rp_->decls_.push_back(d);
  auto ti = std::make_unique<TypeInfo>();
  ti->decl = d;
  ti->module = m;
  ti->type_params = TypeParamsOf(d);
  // An iterator is a class to its clients (elaboration gave it its members).
  ti->is_class = d->kind == DeclKind::Class || d->kind == DeclKind::Iterator;
  ti->is_trait = d->kind == DeclKind::Trait;
  if (const auto* members = MembersOf(d)) {
    for (const Decl* x : *members) {
      rp_->owner_[x] = d;
      rp_->decls_.push_back(x);
      if (!ti->members.emplace(x->name, x).second) {
        Error(x->name_range, fmt::format("Duplicate member name: {}", x->name));
      }
    }
  }
  if (d->kind == DeclKind::Datatype) {
    auto* dt = static_cast<const DatatypeDecl*>(d);
    std::set<std::string> ctor_names;
    for (size_t i = 0; i < dt->ctors.size(); ++i) {
      const DatatypeCtor& c = dt->ctors[i];
      if (!ctor_names.insert(c.name).second) {
        Error(c.name_range, fmt::format("Duplicate datatype constructor name: {}", c.name));
        continue;
      }
      auto it = m->names.find(c.name);
      if (it != m->names.end()) {
        if (it->second.kind == Entity::Kind::Ctor) it->second.ambiguous = true;
        continue;
      }
      Entity ce;
      ce.kind = Entity::Kind::Ctor;
      ce.datatype = dt;
      ce.ctor = static_cast<int>(i);
      m->names[c.name] = ce;
    }
  }
  type_order_.push_back(ti.get());
  type_infos_[d] = std::move(ti);
}

void Resolver::CheckDuplicateTypeParams(const std::vector<TypeParam>& tps) {
  std::set<std::string> seen;
  for (const TypeParam& tp : tps) {
    if (!seen.insert(tp.name).second) {
      Error(tp.range, fmt::format("Duplicate type-parameter name: {}", tp.name));
    }
  }
}

void Resolver::CheckDuplicateParams(const std::vector<const Var*>& params) {
  std::set<std::string> seen;
  for (const Var* v : params) {
    if (!seen.insert(v->name).second && v->name != "_") {
      Error(v->range, fmt::format("Duplicate parameter name: {}", v->name));
    }
  }
}

// A class must give every body-less method and function of the traits it extends. The members
// of a class, or of a trait, that override those of the traits above it are recorded (the
// verifier checks each override against the member it overrides).
void Resolver::CheckTraitMembersImplemented(TypeInfo* ti) {
  if (ti->parents.empty()) return;
  std::set<const Decl*> seen;
  std::vector<TypeInfo*> work;
  for (const Type* p : ti->parents) {
    if (TypeInfo* pi = InfoOf(p)) work.push_back(pi);
  }
  // The members some trait above the class gives a body (`trait Action extends
  // GenericAction` defining GenericAction's `Requires`): the class need not implement them.
  std::set<std::string> inherited_bodies;
  {
    std::set<const Decl*> visited;
    std::vector<TypeInfo*> todo = work;
    while (!todo.empty()) {
      TypeInfo* trait = todo.back();
      todo.pop_back();
      if (!visited.insert(trait->decl).second) continue;
      for (const Decl* m : static_cast<const ClassDecl*>(trait->decl)->members) {
        bool body = (m->kind == DeclKind::Method && static_cast<const MethodDecl*>(m)->body) ||
                    (m->kind == DeclKind::Function && static_cast<const FunctionDecl*>(m)->body);
        if (body) inherited_bodies.insert(m->name);
      }
      for (const Type* p : trait->parents) {
        if (TypeInfo* pi = InfoOf(p)) todo.push_back(pi);
      }
    }
  }
  while (!work.empty()) {
    TypeInfo* trait = work.back();
    work.pop_back();
    if (!seen.insert(trait->decl).second) continue;
    for (const Decl* m : static_cast<const ClassDecl*>(trait->decl)->members) {
      bool bodyless = false;
      const char* what = nullptr;
      if (m->kind == DeclKind::Method) {
        auto* md = static_cast<const MethodDecl*>(m);
        bodyless = !md->body && md->flavor != MethodFlavor::Constructor;
        what = md->flavor == MethodFlavor::Lemma ? "lemma" : "method";
      } else if (m->kind == DeclKind::Function) {
        auto* f = static_cast<const FunctionDecl*>(m);
        bodyless = !f->body;
        what = "function";
      }
      auto own = ti->members.find(m->name);
      if (own != ti->members.end()) {
        rp_->overridden_.emplace(own->second, m);
        CheckOverride(own->second, m, trait);
        continue;
      }
      if (!ti->is_class || !bodyless || inherited_bodies.count(m->name)) continue;
      Error(ti->decl->name_range, fmt::format("class '{}' does not implement trait {} '{}.{}'",
                                              ti->decl->name, what, trait->decl->name, m->name));
    }
    for (const Type* p : trait->parents) {
      if (TypeInfo* pi = InfoOf(p)) work.push_back(pi);
    }
  }
}

// A class member that overrides a member of a trait: same staticness and, for a trait without
// type parameters, the same parameter and result types (Dafny's messages).
void Resolver::CheckOverride(const Decl* member, const Decl* inherited, TypeInfo* trait) {
  auto is_static = [](const Decl* d) {
    if (d->kind == DeclKind::Method) return static_cast<const MethodDecl*>(d)->is_static;
    if (d->kind == DeclKind::Function) return static_cast<const FunctionDecl*>(d)->is_static;
    return false;
  };
  if (is_static(member) && !is_static(inherited)) {
    Error(member->name_range, fmt::format("static member '{}' overrides non-static member in "
                                          "trait '{}'",
                                          member->name, trait->decl->name));
    return;
  }
  if (member->kind != inherited->kind || (trait->type_params && !trait->type_params->empty())) {
    return;
  }
  // The member's own type parameters stand for the overridden one's (`Tag<X>` for `Tag<U>`).
  auto type_params = [](const Decl* d) -> const std::vector<TypeParam>& {
    if (d->kind == DeclKind::Method) return static_cast<const MethodDecl*>(d)->type_params;
    return static_cast<const FunctionDecl*>(d)->type_params;
  };
  const std::vector<TypeParam>& mine_tps = type_params(member);
  const std::vector<TypeParam>& theirs_tps = type_params(inherited);
  Subst renaming;
  if (mine_tps.size() != theirs_tps.size()) {
    const char* kind = member->kind == DeclKind::Method ? "method" : "function";
    Error(member->name_range,
          fmt::format("{0} '{1}' is declared with a different number of type parameters ({2} "
                      "instead of {3}) than in the overridden {0}",
                      kind, member->name, mine_tps.size(), theirs_tps.size()));
  } else {
    for (size_t i = 0; i < mine_tps.size(); ++i) {
      auto index = static_cast<uint32_t>(i);
      renaming[t_.Get(TypeKind::TypeParam, {}, index, theirs_tps[i].name, inherited)] =
          t_.Get(TypeKind::TypeParam, {}, index, mine_tps[i].name, member);
    }
  }
  auto compare = [&](const std::vector<Var*>& mine, const std::vector<Var*>& theirs,
                     const char* what, const char* where) {
    for (size_t i = 0; i < mine.size() && i < theirs.size(); ++i) {
      // Dafny's order: ghost, new, older, then the type.
      const Var* n = mine[i];
      const Var* o = theirs[i];
      const char* change = !o->ghost && n->ghost         ? "non-ghost to ghost"
                           : o->ghost && !n->ghost       ? "ghost to non-ghost"
                           : o->is_new && !n->is_new     ? "new to non-new"
                           : !o->is_new && n->is_new     ? "non-new to new"
                           : !o->is_older && n->is_older ? "non-older to older"
                           : o->is_older && !n->is_older ? "older to non-older"
                                                         : nullptr;
      if (change) {
        Error(n->range, fmt::format("{} '{}' of {} {} cannot be changed, compared to in the "
                                    "overridden {}, from {}",
                                    what, n->name, where, member->name, where, change));
        return false;
      }
      const Type* a = rp_->TypeOf(mine[i]);
      const Type* b = rp_->TypeOf(theirs[i]);
      if (b && !renaming.empty()) b = Substitute(b, renaming);
      if (a && b && a != b && a->kind != TypeKind::Error && b->kind != TypeKind::Error) {
        Error(mine[i]->range,
              fmt::format("the type of {} '{}' is different from the type of the corresponding "
                          "{} in trait {} ('{}' instead of '{}')",
                          what, mine[i]->name, what, where, TypeName(a), TypeName(b)));
        return false;
      }
    }
    return true;
  };
  if (member->kind == DeclKind::Method) {
    auto* m = static_cast<const MethodDecl*>(member);
    auto* t = static_cast<const MethodDecl*>(inherited);
    if (m->ins.size() != t->ins.size() || m->outs.size() != t->outs.size()) return;
    if (compare(m->ins, t->ins, "in-parameter", "method")) {
      compare(m->outs, t->outs, "out-parameter", "method");
    }
  } else if (member->kind == DeclKind::Function) {
    auto* f = static_cast<const FunctionDecl*>(member);
    auto* t = static_cast<const FunctionDecl*>(inherited);
    if (f->params.size() != t->params.size()) return;
    if (!compare(f->params, t->params, "parameter", "function")) return;
    const Type* a = rp_->function_result_[f];
    const Type* b = rp_->function_result_[t];
    if (b && !renaming.empty()) b = Substitute(b, renaming);
    if (a && b && a != b && a->kind != TypeKind::Error && b->kind != TypeKind::Error) {
      Error(member->name_range, fmt::format("the result type of function '{}' ({}) differs from "
                                            "that in the overridden function ({})",
                                            f->name, TypeName(a), TypeName(b)));
    }
  }
}

// Datatypes none of whose constructors can be built without a value of the datatype itself.
void Resolver::WarnUngroundedDatatypes(ModuleInfo* m) {
  std::set<const Decl*> grounded;
  std::vector<const DatatypeDecl*> datatypes;
  for (TypeInfo* ti : type_order_) {
    if (ti->decl->kind != DeclKind::Datatype) continue;
    auto* dt = static_cast<const DatatypeDecl*>(ti->decl);
    if (!dt->co) datatypes.push_back(dt);
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (const DatatypeDecl* dt : datatypes) {
      if (grounded.count(dt)) continue;
      for (const DatatypeCtor& c : dt->ctors) {
        bool ok = true;
        for (const Var* v : c.formals) {
          const Type* t = rp_->TypeOf(v);
          const DatatypeDecl* arg = t ? DatatypeOf(t) : nullptr;
          if (arg && !arg->co && !grounded.count(arg)) ok = false;
        }
        if (ok) {
          grounded.insert(dt);
          changed = true;
          break;
        }
      }
    }
  }
  for (const DatatypeDecl* dt : datatypes) {
    if (grounded.count(dt) || InfoOf(dt)->module != m) continue;
    ctx_.diags.Report(DiagKind::ResolutionWarning, dt->name_range,
                      fmt::format("because of cyclic dependencies among constructor argument "
                                  "types, no instances of datatype '{}' can be constructed",
                                  dt->name));
  }
}

void Resolver::PushTypeParams(const Decl* owner, const std::vector<TypeParam>& tps) {
  std::map<std::string, const Type*> scope;
  for (size_t i = 0; i < tps.size(); ++i) {
    scope[tps[i].name] =
        t_.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i), tps[i].name, owner);
  }
  type_param_scopes_.push_back(std::move(scope));
}

void Resolver::ResolveTypeDeclHeader(TypeInfo* ti) {
  ModuleScope in_module(this, ti->module);
  const Decl* d = ti->decl;
  if (ti->type_params) CheckDuplicateTypeParams(*ti->type_params);
  PushTypeParams(d, ti->type_params ? *ti->type_params : std::vector<TypeParam>{});
  const std::vector<TypeExpr*>* extends = nullptr;
  if (d->kind == DeclKind::Class || d->kind == DeclKind::Trait) {
    extends = &static_cast<const ClassDecl*>(d)->extends;
  } else if (d->kind == DeclKind::Datatype) {
    extends = &static_cast<const DatatypeDecl*>(d)->extends;
  } else if (d->kind == DeclKind::OpaqueType) {
    extends = &static_cast<const OpaqueTypeDecl*>(d)->extends;
  }
  if (extends) {
    for (const TypeExpr* te : *extends) {
      const Type* p = ResolveType(te, ti->module);
      if (p->kind == TypeKind::Object) continue;
      TypeInfo* pi = InfoOf(p);
      if (!pi || !pi->is_trait) {
        if (p->kind != TypeKind::Error) {
          std::string kind = DeclKindName(d->kind);
          for (char& c : kind) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          Error(te->range,
                fmt::format("a {} can only extend traits (found '{}')", kind, TypeName(p)));
        }
        continue;
      }
      ti->parents.push_back(p);
      rp_->parents_[d].push_back(p);
    }
  }
  if (d->kind == DeclKind::Newtype || d->kind == DeclKind::SubsetType) {
    auto* nt = static_cast<const NewtypeDecl*>(d);
    const TypeExpr* base = nt->base ? nt->base : (nt->var ? nt->var->type : nullptr);
    ti->base = base ? ResolveType(base, ti->module) : nullptr;
    if (d->kind == DeclKind::Newtype && ti->base) {
      const Type* s = Shape(ti->base);
      // (Bit-vector types are not numeric here: Dafny 4.11 rejects `newtype B = bv8`.)
      bool numeric = IsIntLike(s) || IsRealLike(s) || s->kind == TypeKind::Error;
      if (!numeric) {
        Error(d->name_range, fmt::format("newtypes must be based on some numeric type (got {})",
                                         TypeName(ti->base)));
      }
    }
    if (nt->var) rp_->var_type_[nt->var->id] = ti->base;
  } else if (d->kind == DeclKind::TypeSynonym && !ti->base) {
    ti->base = t_.Error();  // guards against cycles while the right side resolves
    synonym_stack_.push_back(d);
    ti->base = ResolveType(static_cast<const TypeSynonymDecl*>(d)->rhs, ti->module);
    synonym_stack_.pop_back();
  }
  PopTypeParams();
}

CodeContext Resolver::ContextFor(TypeInfo* owner, ModuleInfo* m, const Decl* d) {
  CodeContext cc;
  cc.module = m;
  cc.type = owner;
  cc.member = d;
  bool is_static = owner == nullptr;
  if (d->kind == DeclKind::Method) {
    auto* md = static_cast<const MethodDecl*>(d);
    cc.method = md;
    is_static = is_static || md->is_static;
  } else if (d->kind == DeclKind::Function) {
    auto* f = static_cast<const FunctionDecl*>(d);
    cc.function = f;
    is_static = is_static || f->is_static;
  } else if (d->kind == DeclKind::Const) {
    is_static = is_static || static_cast<const ConstDecl*>(d)->is_static;
  }
  cc.is_static = is_static;
  cc.ghost = IsGhostDecl(d);
  return cc;
}

void Resolver::ResolveMemberSignature(TypeInfo* owner, ModuleInfo* m, const Decl* d) {
  ModuleScope in_module(this, m);
  if (owner) {
    PushTypeParams(owner->decl,
                   owner->type_params ? *owner->type_params : std::vector<TypeParam>{});
  }
  auto formals = [&](const std::vector<Var*>& vars) {
    for (const Var* v : vars) rp_->var_type_[v->id] = ResolveType(v->type, m);
  };
  switch (d->kind) {
    case DeclKind::Method: {
      auto* md = static_cast<const MethodDecl*>(d);
      rp_->callables_.push_back(d);
      if (owner && owner->is_trait && md->flavor == MethodFlavor::Constructor) {
        Error(SourceRange{d->range.file, d->range.begin, d->range.begin},
              "a trait is not allowed to declare a constructor");
      }
      CheckDuplicateTypeParams(md->type_params);
      std::vector<const Var*> params(md->ins.begin(), md->ins.end());
      params.insert(params.end(), md->outs.begin(), md->outs.end());
      CheckDuplicateParams(params);
      PushTypeParams(d, md->type_params);
      implicit_owner_ = d;
      formals(md->ins);
      formals(md->outs);
      implicit_owner_ = nullptr;
      PopTypeParams();
      WarnUnneededEquality(d, md->type_params);
      WarnBodylessEnsures(d);
      break;
    }
    case DeclKind::Function: {
      auto* f = static_cast<const FunctionDecl*>(d);
      rp_->callables_.push_back(d);
      CheckDuplicateTypeParams(f->type_params);
      CheckDuplicateParams(std::vector<const Var*>(f->params.begin(), f->params.end()));
      PushTypeParams(d, f->type_params);
      implicit_owner_ = d;
      formals(f->params);
      const Type* rt = ResolveType(f->result_type, m);
      implicit_owner_ = nullptr;
      if (f->result) rp_->var_type_[f->result->id] = rt;
      rp_->function_result_[f] = rt;
      PopTypeParams();
      WarnUnneededEquality(d, f->type_params);
      WarnBodylessEnsures(d);
      break;
    }
    case DeclKind::Field: {
      auto* fd = static_cast<const FieldDecl*>(d);
      if (!owner || !(owner->is_class || owner->is_trait)) {
        Error(d->name_range, "fields are allowed only in classes and traits");
      }
      complete_by_name_ = true;
      rp_->member_type_[d] = ResolveType(fd->type, m);
      complete_by_name_ = false;
      break;
    }
    case DeclKind::Const: {
      auto* cd = static_cast<const ConstDecl*>(d);
      if (cd->type) {
        rp_->member_type_[d] = ResolveType(cd->type, m);
      } else if (cd->init) {
        // The value gives the type; Dafny resolves it with the bodies, so its errors do not
        // count as the signature's.
        size_t before = ctx_.diags.Count(DiagCategory::Resolution);
        size_t errors_before = ctx_.diags.ErrorCount();
        CodeContext cc = ContextFor(owner, m, d);
        scopes_.clear();
        scopes_.emplace_back();
        rp_->member_type_[d] = Base(ResolveExpr(cd->init, cc));
        FinishCallable();
        if (ctx_.diags.ErrorCount() != errors_before) const_init_errors_.insert(d);
        rp_->member_type_[d] = Zonk(rp_->member_type_[d]);
        body_errors_early_ += ctx_.diags.Count(DiagCategory::Resolution) - before;
      } else {
        Error(d->name_range, "a const declaration must have a type or an initializing expression");
        rp_->member_type_[d] = t_.Error();
      }
      break;
    }
    default:
      Error(d->name_range, fmt::format("a {} cannot be declared here", DeclKindName(d->kind)));
      break;
  }
  if (owner) PopTypeParams();
}

void Resolver::ResolveMemberBody(TypeInfo* owner, ModuleInfo* m, const Decl* d) {
  ModuleScope in_module(this, m);
  if (!SupportedDecl(d)) return;
  if (owner) {
    PushTypeParams(owner->decl,
                   owner->type_params ? *owner->type_params : std::vector<TypeParam>{});
  }
  CodeContext cc = ContextFor(owner, m, d);
  scopes_.clear();
  scopes_.emplace_back();
  if (d->kind == DeclKind::Method) {
    auto* md = static_cast<const MethodDecl*>(d);
    PushTypeParams(d, md->type_params);
    ResolveMethodBody(md, cc);
    PopTypeParams();
  } else if (d->kind == DeclKind::Function) {
    auto* f = static_cast<const FunctionDecl*>(d);
    PushTypeParams(d, f->type_params);
    ResolveFunctionBody(f, cc);
    PopTypeParams();
  } else if (d->kind == DeclKind::Const) {
    auto* cd = static_cast<const ConstDecl*>(d);
    if (cd->init && cd->type) {
      size_t errors_before = ctx_.diags.ErrorCount();
      const Type* want = rp_->member_type_[d];
      const Type* it = ResolveExpr(cd->init, cc, want);
      if (!Unify(want, it)) {
        TypeError(d->name_range, fmt::format("type for constant '{}' is '{}', but its "
                                             "initialization value type is '{}'",
                                             d->name, TypeName(Zonk(want)), TypeName(Zonk(it))));
      }
      FinishCallable();
      if (!IsGhostDecl(cd)) CheckCompiledConstInit(cd, errors_before);
    } else if (cd->init && !IsGhostDecl(cd) && !const_init_errors_.count(d)) {
      // Resolved with the signatures (its type is its value's).
      CheckCompiledConstInit(cd, ctx_.diags.ErrorCount());
    }
  }
  if (owner) PopTypeParams();
}

void Resolver::ResolveMethodBody(const MethodDecl* m, CodeContext cc) {
  unit_diag_begin_ = ctx_.diags.size();
  CodeContext spec = cc;
  spec.ghost = true;
  spec.allow_old = m->flavor == MethodFlavor::TwoStateLemma;
  for (const Var* v : m->ins) DeclareVar(v, rp_->TypeOf(v));
  for (const Spec& s : m->requires_) {
    ExpectBoolMsg(s.expr, spec, "Precondition must be a boolean (got {})");
  }
  for (const Expr* e : m->reads) ResolveFrame(e, spec, FrameKind::Reads);
  for (const Expr* e : m->modifies) ResolveFrame(e, spec);
  for (const Expr* e : m->decreases) ResolveExpr(e, spec);
  for (size_t i = 0; i < m->defaults.size() && i < m->ins.size(); ++i) {
    ResolveDefault(m->defaults[i], m->ins[i], spec);
  }
  CheckDefaultCycles(m->ins, m->defaults);
  scopes_.emplace_back();
  for (const Var* v : m->outs) DeclareVar(v, rp_->TypeOf(v));
  CodeContext post = spec;
  post.allow_old = true;
  for (const Spec& s : m->ensures) {
    ExpectBoolMsg(s.expr, post, "Postcondition must be a boolean (got {})");
  }
  EndConstraintUnit();
  unit_diag_begin_ = ctx_.diags.size();
  if (m->body) {
    CodeContext body = cc;
    body.is_method = true;
    body.allow_old = true;
    body.ghost = cc.ghost;
    labels_.clear();
    enclosing_labels_.clear();
    assert_labels_.clear();
    loop_depth_ = 0;
    loop_indices_.clear();
    if (m->flavor == MethodFlavor::LeastLemma || m->flavor == MethodFlavor::GreatestLemma) {
      // The body of an extreme lemma is that of its prefix lemma, whose depth is `_k`.
      auto k = std::make_unique<Var>();
      k->id = static_cast<uint32_t>(rp_->var_type_.size());
      k->kind = VarKind::InParam;
      k->name = "_k";
      k->ghost = true;
      k->range = m->name_range;
      rp_->var_type_.push_back(nullptr);
      rp_->ghost_var_.push_back(true);
      scopes_.emplace_back();
      DeclareVar(k.get(), m->k_type == "nat" ? t_.Nat() : t_.Get(TypeKind::Ordinal));
      rp_->synthetic_vars_.push_back(std::move(k));
      ResolveBlock(m->body, body);
      scopes_.pop_back();
    } else {
      ResolveBlock(m->body, body);
    }
  }
  FinishCallable();
  // Default values of a compiled method's compiled formals are compiled (Dafny's
  // CheckParameterDefaultValuesAreCompilable).
  if (!IsGhostDecl(m)) {
    MarkCompiledDefaults(m->ins, m->defaults);
    // The types of compiled formals: their sets, multisets and maps need equality (Dafny's
    // CheckTypeCharacteristics of formals).
    for (const std::vector<Var*>* formals : {&m->ins, &m->outs}) {
      for (const Var* v : *formals) {
        if (!v->ghost) CheckEqualityOfType(v->range, rp_->TypeOf(v), v->type);
      }
    }
  }
  if (m->body) {
    InferNatLocals(m->body);
    MarkArraysNeedingEmpty(m->body);
    if (!IsGhostDecl(m)) {
      CheckGhostUses(m->body);
      MarkCompiledStmt(m->body);
    } else {
      CheckGhostMethodBody(m->body, m);
    }
    CheckLocality(m->body);
  }
  // Dafny reports these after the body's ghost errors.
  bool lemma_like = m->flavor != MethodFlavor::Method && m->flavor != MethodFlavor::Constructor;
  for (const Expr* r : m->reads) {
    // (Dafny names o`f at its field.)
    SourceRange at = r->tok;
    if (r->kind == ExprKind::FieldFrame) at = SourceRange{at.file, at.end, r->range.end};
    if (lemma_like) {
      Error(at, fmt::format("{}s are not allowed to have reads clauses (they are allowed to "
                            "read all memory locations)",
                            MethodKind(m)));
    } else if (!ctx_.options.reads_clauses_on_methods &&
               !ctx_.sources.File(m->range.file).library() &&
               !(cc.type && cc.type->decl->kind == DeclKind::Iterator)) {
      // (The standard library is built with the option, as Dafny's; an iterator's reads
      // clause is its own.)
      Error(at,
            "reads clauses on methods are forbidden without the command-line flag "
            "`--reads-clauses-on-methods`");
    }
  }
  if ((m->flavor == MethodFlavor::Lemma || m->flavor == MethodFlavor::TwoStateLemma) &&
      !m->modifies.empty()) {
    Error(m->modifies[0]->tok, "lemmas are not allowed to have modifies clauses");
  }
}

void Resolver::ResolveFunctionBody(const FunctionDecl* f, CodeContext cc) {
  unit_diag_begin_ = ctx_.diags.size();
  size_t errors_before = ctx_.diags.ErrorCount();
  CodeContext spec = cc;
  spec.ghost = true;
  spec.allow_old = f->flavor == FunctionFlavor::TwoStateFunction ||
                   f->flavor == FunctionFlavor::TwoStatePredicate;
  for (const Var* v : f->params) DeclareVar(v, rp_->TypeOf(v));
  // Dafny's CheckOlderParameters (extreme predicates are rejected by the parser).
  if (Zonk(rp_->function_result_[f])->kind != TypeKind::Bool) {
    for (const Var* v : f->params) {
      if (v->is_older) {
        Error(v->range, "only predicates and two-state predicates are allowed 'older' parameters");
      }
    }
  }
  for (const Spec& s : f->requires_) {
    ExpectBoolMsg(s.expr, spec, "Precondition must be a boolean (got {})");
  }
  for (const Expr* e : f->reads) ResolveFrame(e, spec, FrameKind::Reads);
  for (const Expr* e : f->decreases) ResolveExpr(e, spec);
  for (size_t i = 0; i < f->defaults.size() && i < f->params.size(); ++i) {
    ResolveDefault(f->defaults[i], f->params[i], spec);
  }
  CheckDefaultCycles(f->params, f->defaults);
  if (f->body) {
    CodeContext body = cc;
    body.allow_old = spec.allow_old;
    const Type* rt = rp_->function_result_[f];
    const Type* bt = ResolveExpr(f->body, body, rt);
    if (!Unify(rt, bt)) {
      TypeError(f->name_range,
                fmt::format("Function body type mismatch (expected {}, got {}){}",
                            TypeName(Zonk(rt)), TypeName(Zonk(bt)), VarianceNote(bt, rt)));
    }
  }
  if (f->by_method) {
    CodeContext body = cc;
    body.is_method = true;
    body.allow_old = true;
    body.ghost = false;
    scopes_.emplace_back();
    if (f->result) DeclareVar(f->result, rp_->TypeOf(f->result));
    ResolveBlock(f->by_method, body);
    scopes_.pop_back();
  }
  scopes_.emplace_back();
  if (f->result) DeclareVar(f->result, rp_->TypeOf(f->result));
  for (const Spec& s : f->ensures) {
    ExpectBoolMsg(s.expr, spec, "Postcondition must be a boolean (got {})");
  }
  FinishCallable();
  // The body of a compiled function is compiled (with `by method`, the method is).
  if (f->body && !f->by_method && !IsGhostDecl(f) && ctx_.diags.ErrorCount() == errors_before) {
    checking_function_body_ = true;
    RequireCompiled(f->body);
    MarkCompiled(f->body);
    checking_function_body_ = false;
  }
  if (!IsGhostDecl(f) && ctx_.diags.ErrorCount() == errors_before) {
    MarkCompiledDefaults(f->params, f->defaults);
    for (const Var* v : f->params) {
      if (!v->ghost) CheckEqualityOfType(v->range, rp_->TypeOf(v), v->type);
    }
  }
  if (f->by_method) {
    MarkArraysNeedingEmpty(f->by_method);
    if (!IsGhostDecl(f)) MarkCompiledStmt(f->by_method);
  }
}

void Resolver::ResolveTypeDeclBody(TypeInfo* ti) {
  ModuleScope in_module(this, ti->module);
  const Decl* d = ti->decl;
  if (early_bodies_.count(d)) return;
  PushTypeParams(d, ti->type_params ? *ti->type_params : std::vector<TypeParam>{});
  CodeContext cc;
  cc.module = ti->module;
  cc.type = ti;
  cc.member = d;
  cc.is_static = true;
  cc.ghost = true;
  scopes_.clear();
  scopes_.emplace_back();
  if (d->kind == DeclKind::Newtype || d->kind == DeclKind::SubsetType) {
    auto* nt = static_cast<const NewtypeDecl*>(d);
    if (nt->var) DeclareVar(nt->var, ti->base);
    if (nt->constraint) {
      ExpectBoolMsg(nt->constraint, cc,
                    d->kind == DeclKind::Newtype
                        ? "newtype constraint must be of type bool (instead got {})"
                        : "subset-type constraint must be of type bool (instead got {})");
    }
    if (nt->witness) {
      const Type* wt = ResolveExpr(nt->witness, cc, ti->base);
      if (!Unify(ti->base, wt)) {
        TypeError(nt->witness->tok, fmt::format("witness expression must have type '{}' (got '{}')",
                                                TypeName(Zonk(ti->base)), TypeName(Zonk(wt))));
      }
    }
    if (Walk(ti->base)->kind == TypeKind::Proxy) Unify(ti->base, t_.Int());
  } else if (d->kind == DeclKind::Datatype) {
    auto* dt = static_cast<const DatatypeDecl*>(d);
    std::map<std::string, const Type*> destructors;
    for (const DatatypeCtor& c : dt->ctors) {
      // As Dafny: a type written without its arguments takes a prefix of the datatype's type
      // parameters (`datatype R<X> = G(next: R, m: set)` is R<X> and set<X>).
      std::vector<const Type*> own = ThisType(ti)->args;
      for (const Var* v : c.formals) {
        prefix_type_args_ = &own;
        prefix_error_at_ = v->range;
        rp_->var_type_[v->id] = ResolveType(v->type, ti->module);
        prefix_type_args_ = nullptr;
        if (v->name.empty()) continue;
        auto [it, fresh] = destructors.emplace(v->name, rp_->var_type_[v->id]);
        if (!fresh && it->second != rp_->var_type_[v->id]) {
          Error(v->range, fmt::format("shared destructors must have the same type, but '{}' has "
                                      "type '{}' in constructor '{}' and type '{}' in another",
                                      v->name, TypeName(rp_->var_type_[v->id]), c.name,
                                      TypeName(it->second)));
        }
        if (ti->members.count(v->name)) {
          Error(v->range, fmt::format("Duplicate member name: {}", v->name));
        }
      }
      // A default value may name the constructor's other formals (`C(x: int, y: int := x)`).
      scopes_.emplace_back();
      for (const Var* v : c.formals) {
        if (!v->name.empty()) DeclareVar(v, rp_->var_type_[v->id]);
      }
      for (size_t i = 0; i < c.defaults.size() && i < c.formals.size(); ++i) {
        ResolveDefault(c.defaults[i], c.formals[i], cc);
      }
      CheckDefaultCycles(c.formals, c.defaults);
      scopes_.pop_back();
    }
  }
  FinishCallable();
  PopTypeParams();
}

void Resolver::ResolveDefault(const Expr* e, const Var* formal, const CodeContext& cc) {
  if (!e) return;
  const Type* want = rp_->TypeOf(formal);
  const Type* t = ResolveExpr(e, cc, want);
  if (!Unify(want, t)) {
    TypeError(e->tok, fmt::format("default-value expression (of type '{}') is not assignable to "
                                  "formal (of type '{}')",
                                  TypeName(Zonk(t)), TypeName(Zonk(want))));
  }
}

void Resolver::CheckDefaultCycles(const std::vector<Var*>& formals,
                                  const std::vector<Expr*>& defaults) {
  // Dafny's graph: an edge from each formal with a default to each variable its default
  // names, vertices in the order the edges add them; its AllCycles reports a maximal set of
  // disjoint cycles, each found by a depth-first search from the vertices in that order.
  std::vector<const Var*> vertices;
  std::map<const Var*, std::vector<const Var*>> succ;
  auto vertex = [&](const Var* v) {
    if (std::find(vertices.begin(), vertices.end(), v) == vertices.end()) vertices.push_back(v);
  };
  for (size_t i = 0; i < formals.size() && i < defaults.size(); ++i) {
    if (!defaults[i]) continue;
    std::vector<const Var*> free;
    std::function<void(const Expr*)> walk = [&](const Expr* e) {
      if (e->kind == ExprKind::Name) {
        const Var* v = rp_->BindingOf(e).var;
        if (v && std::find(free.begin(), free.end(), v) == free.end()) free.push_back(v);
      }
      ForEachSubExpr(e, walk);
    };
    walk(defaults[i]);
    for (const Var* v : free) {
      vertex(formals[i]);
      vertex(v);
      std::vector<const Var*>& s = succ[formals[i]];
      if (std::find(s.begin(), s.end(), v) == s.end()) s.push_back(v);
    }
  }
  enum class Visit { Unvisited, OnStack, Visited };
  std::map<const Var*, Visit> state;
  std::vector<const Var*> stack;
  std::function<void(const Var*)> dfs = [&](const Var* v) {
    state[v] = Visit::OnStack;
    stack.push_back(v);
    for (const Var* s : succ[v]) {
      if (state[s] == Visit::Unvisited) {
        dfs(s);
      } else if (state[s] == Visit::OnStack) {
        for (size_t k = stack.size(); k-- > 0;) {
          if (state[stack[k]] == Visit::Visited) break;
          if (stack[k] != s) continue;
          std::string cycle;
          for (size_t j = k; j < stack.size(); ++j) {
            cycle += stack[j]->name + " -> ";
            state[stack[j]] = Visit::Visited;
          }
          SourceRange at = stack[k]->range;
          at.end = at.begin + static_cast<uint32_t>(stack[k]->name.size());
          Error(at, "default-value expressions for parameters contain a cycle: " + cycle +
                        stack[k]->name);
          break;
        }
      }
    }
    stack.pop_back();
    state[v] = Visit::Visited;
  };
  for (const Var* v : vertices) {
    if (state[v] == Visit::Unvisited) dfs(v);
  }
}

void Resolver::FinishCallable() {
  EndConstraintUnit();
  CheckTypeOpsAssignable();
  // As Dafny, only in a program without other errors (this check's own from earlier
  // callables aside).
  if (ctx_.diags.ErrorCount() == determined_errors_) {
    CheckTypesDetermined();
    determined_errors_ = ctx_.diags.ErrorCount();
  }
  for (const Var* v : typed_vars_) {
    const Type* t = Zonk(rp_->var_type_[v->id]);
    if (t->kind == TypeKind::Proxy && determined_checked_.count(v)) {
      t = t_.Error();
    } else if (t->kind == TypeKind::Proxy) {
      // Dafny's `var b := *;` is `var b; b := *;`, whose left side it reports first.
      Error(v->range, fmt::format("the type of this {} is underspecified",
                                  v->kind == VarKind::Bound ? "bound variable"
                                  : havoc_locals_.count(v)  ? "variable"
                                                            : "local variable"));
      t = t_.Error();
    }
    rp_->var_type_[v->id] = t;
  }
  for (const Var* v : pending_) {
    if (determined_checked_.count(v)) continue;
    Error(v->range, "the type of this local variable is underspecified");
    rp_->var_type_[v->id] = t_.Error();
  }
  pending_.clear();
  for (const Expr* e : typed_exprs_) {
    const Type* t = rp_->expr_type_[e->id];
    if (!t) continue;
    t = Zonk(t);
    rp_->expr_type_[e->id] = t->kind == TypeKind::Proxy ? t_.Error() : t;
    for (const Type*& a : rp_->binding_[e->id].type_args) a = Zonk(a);
  }
  typed_vars_.clear();
  typed_exprs_.clear();
  havoc_locals_.clear();
  var_checks_.clear();
  determined_checked_.clear();
  frame_exprs_.clear();
  undetermined_ok_.clear();
  for (const TypeOpExpr* e : type_tests_) rp_->tested_type_[e] = Zonk(rp_->tested_type_[e]);
}

void Resolver::DeclareVar(const Var* v, const Type* type) {
  rp_->var_type_[v->id] = type;
  typed_vars_.push_back(v);
  auto& scope = scopes_.back();
  // Parameters are checked with their signature.
  if (!scope.emplace(v->name, v).second && v->name != "_" && v->kind != VarKind::InParam &&
      v->kind != VarKind::OutParam) {
    Error(v->range, fmt::format("Duplicate {} name: {}",
                                v->kind == VarKind::Bound ? "bound-variable"
                                : pattern_locals_         ? "local_variable"
                                                          : "local-variable",
                                v->name));
  }
}

const Var* Resolver::LookupVar(const std::string& name) const {
  for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
    auto f = it->find(name);
    if (f != it->end()) return f->second;
  }
  return nullptr;
}

// Declarations dfyc does not handle yet are rejected here, so that no parsed construct is
// silently ignored.
bool Resolver::SupportedDecl(const Decl* d) {
  auto unsupported = [&](const char* what) {
    Unsupported(d->name_range, what);
    return false;
  };
  if (d->refining) return unsupported("refining declarations");
  // Extreme predicates and lemmas resolve; the verifier's subset rejects them for now.
  return true;
}

// Dafny warns about a (==) declared on a type parameter of a ghost method or function.
void Resolver::WarnUnneededEquality(const Decl* d, const std::vector<TypeParam>& tps) {
  if (!IsGhostDecl(d)) return;
  const char* what = d->kind == DeclKind::Function
                         ? FunctionFlavorKeyword(static_cast<const FunctionDecl*>(d)->flavor)
                         : MethodKind(static_cast<const MethodDecl*>(d));
  for (const TypeParam& tp : tps) {
    if (tp.characteristics.find("==") == std::string::npos) continue;
    ctx_.diags.Report(
        DiagKind::ResolutionWarning,
        SourceRange{tp.range.file, tp.range.begin,
                    tp.range.begin + static_cast<uint32_t>(tp.name.size())},
        fmt::format("type parameter {0} of ghost {1} {2} is declared (==), which is unnecessary "
                    "because the {1} doesn't contain any compiled code",
                    tp.name, what, d->name));
  }
}

// Dafny warns that {:verify false} is for development, or else that the postcondition of a
// body-less method or function is an axiom.
void Resolver::WarnBodylessEnsures(const Decl* d) {
  auto has_axiom = [](const std::vector<Attribute>& attrs) {
    for (const Attribute& a : attrs) {
      if (a.name == "axiom" || a.name == "extern") return true;
    }
    return false;
  };
  const Attribute* verify = nullptr;  // Dafny looks at the first {:verify}
  for (const Attribute& a : d->attributes) {
    if (a.name == "verify" && !verify) verify = &a;
  }
  if (verify && verify->args.size() == 1 && verify->args[0]->kind == ExprKind::BoolLiteral &&
      !static_cast<const LiteralExpr*>(verify->args[0])->bool_value) {
    const char* what = d->kind == DeclKind::Function
                           ? FunctionFlavorKeyword(static_cast<const FunctionDecl*>(d)->flavor)
                           : MethodKind(static_cast<const MethodDecl*>(d));
    ctx_.diags.Report(DiagKind::ResolutionWarning, d->name_range,
                      fmt::format("The {{:verify false}} attribute should only be used during "
                                  "development. Consider using a bodyless {} together with the "
                                  "{{:axiom}} attribute instead",
                                  what));
    return;
  }
  if (has_axiom(d->attributes)) return;
  const std::vector<Spec>* ensures = nullptr;
  const char* what = nullptr;
  if (d->kind == DeclKind::Method && !static_cast<const MethodDecl*>(d)->body) {
    ensures = &static_cast<const MethodDecl*>(d)->ensures;
    what = "method";
  } else if (d->kind == DeclKind::Function && !static_cast<const FunctionDecl*>(d)->body) {
    ensures = &static_cast<const FunctionDecl*>(d)->ensures;
    what = "function";
  }
  if (!ensures) return;
  // Members of traits and abstract modules are declarations, not axioms.
  const Decl* owner = rp_->OwnerOf(d);
  if (owner && owner->kind == DeclKind::Trait) return;
  for (const Decl* o = owner; o; o = rp_->OwnerOf(o)) {
    if (o->kind == DeclKind::Module && static_cast<const ModuleDecl*>(o)->is_abstract) return;
  }
  for (const Spec& s : *ensures) {
    if (has_axiom(s.attributes)) continue;
    // {:autocontracts} adds its clauses at the member's name; Dafny does not warn about them.
    if (s.expr->range.begin == d->name_range.begin && s.expr->range.end == d->name_range.end) {
      continue;
    }
    // At Dafny's token for the clause: the '(' of a parenthesized expression, the first
    // operator of a chain of comparisons (dfyc's `a < b && b < c` has the second's).
    SourceRange at = s.expr->tok;
    if (s.expr->kind == ExprKind::Paren) {
      at = SourceRange{s.expr->range.file, s.expr->range.begin, s.expr->range.begin + 1};
    } else {
      const Expr* x = s.expr;
      while (x->kind == ExprKind::Binary &&
             static_cast<const BinaryExpr*>(x)->op == BinaryOp::And &&
             x->tok.begin == static_cast<const BinaryExpr*>(x)->rhs->tok.begin) {
        x = static_cast<const BinaryExpr*>(x)->lhs;  // the chain's first comparison
      }
      at = x->tok;
    }
    ctx_.diags.Report(DiagKind::ResolutionWarning, at,
                      fmt::format("This ensures clause is part of a bodyless {0}. Add the "
                                  "{{:axiom}} attribute to it or the enclosing {0} to suppress "
                                  "this warning",
                                  what));
  }
}

}  // namespace resolve
}  // namespace dfy
