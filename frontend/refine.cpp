// Module refinement before resolution (elaborate.h): Dafny's RefinementTransformer. Which
// declarations a refining module may redeclare, how contracts and bodies combine, and how a
// skeleton body (`...;`, `assert ...;`, `if ... { }`) is filled in from the refined body. Its
// errors are Dafny 4.11's. This file: the refinement graph and the merge of declarations,
// consts and members; refine_signatures.cpp and refine_bodies.cpp hold the other phases.
#include "frontend/refine_impl.h"

namespace dfy {

std::vector<Decl*>* MembersOf(Decl* d) {
  switch (d->kind) {
    case DeclKind::Class:
    case DeclKind::Trait:
      return &static_cast<ClassDecl*>(d)->members;
    case DeclKind::Datatype:
      return &static_cast<DatatypeDecl*>(d)->members;
    case DeclKind::Newtype:
    case DeclKind::SubsetType:
      return &static_cast<NewtypeDecl*>(d)->members;
    case DeclKind::OpaqueType:
      return &static_cast<OpaqueTypeDecl*>(d)->members;
    default:
      return nullptr;
  }
}

namespace refine {

const char* WhatKind(const Decl* d) {
  switch (d->kind) {
    case DeclKind::Class:
      return "class";
    case DeclKind::Trait:
      return "trait";
    case DeclKind::Datatype:
      return static_cast<const DatatypeDecl*>(d)->co ? "codatatype" : "datatype";
    case DeclKind::Newtype:
      return "newtype";
    case DeclKind::SubsetType:
      return "subset type";
    case DeclKind::TypeSynonym:
      return "type synonym";
    case DeclKind::OpaqueType:
      return "abstract type";
    case DeclKind::Iterator:
      return "iterator";
    case DeclKind::Module:
    case DeclKind::Import:
      return "module";
    case DeclKind::Export:
      return "export set";
    case DeclKind::Const:
      return "const field";
    case DeclKind::Field:
      return "field";
    case DeclKind::Function: {
      FunctionFlavor f = static_cast<const FunctionDecl*>(d)->flavor;
      if (d->ghost && f == FunctionFlavor::Function) return "ghost function";
      if (d->ghost && f == FunctionFlavor::Predicate) return "ghost predicate";
      return FunctionFlavorKeyword(f);
    }
    case DeclKind::Method:
      switch (static_cast<const MethodDecl*>(d)->flavor) {
        case MethodFlavor::Method:
          return d->ghost ? "ghost method" : "method";
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
  return "declaration";
}

const std::vector<TypeParam>* TypeParamsOf(const Decl* d) {
  switch (d->kind) {
    case DeclKind::Method:
      return &static_cast<const MethodDecl*>(d)->type_params;
    case DeclKind::Function:
      return &static_cast<const FunctionDecl*>(d)->type_params;
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

bool SameTypeExpr(const TypeExpr* a, const TypeExpr* b) {
  if (!a || !b) return a == b;
  if (a->kind != b->kind || a->name != b->name || a->arrow != b->arrow ||
      a->args.size() != b->args.size()) {
    return false;
  }
  for (size_t i = 0; i < a->args.size(); ++i) {
    if (!SameTypeExpr(a->args[i], b->args[i])) return false;
  }
  return true;
}

bool IsMember(const Decl* d) {
  return d->kind == DeclKind::Method || d->kind == DeclKind::Function ||
         d->kind == DeclKind::Const || d->kind == DeclKind::Field;
}

void Refiner::Run(Elaboration& out) {
  IndexParents(p_.default_module);
  Expand(p_.default_module);
  for (Node* copy : cl_.copies()) out.inherited.insert(copy);
  out.added = std::move(added_);
  out.inherited_whole = std::move(whole_);
}

void Refiner::Error(SourceRange at, std::string msg) {
  ctx_.diags.Report(DiagKind::ResolutionError, at, std::move(msg));
}

void Refiner::IndexParents(ModuleDecl* m) {
  for (Decl* d : m->decls) {
    if (d->kind == DeclKind::Module) {
      parent_[d] = m;
      IndexParents(static_cast<ModuleDecl*>(d));
    }
  }
}

ModuleDecl* Refiner::Lookup(ModuleDecl* scope, const ModuleDecl* self, const std::string& path) {
  std::vector<std::string> segs;
  for (size_t start = 0;;) {
    size_t dot = path.find('.', start);
    segs.push_back(path.substr(start, dot - start));
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  // The module at segs[i..] within m; a declaration `module A.B` is one of m's declarations with
  // a dotted name (the resolver nests it in A later), so a name may take several segments.
  std::function<ModuleDecl*(ModuleDecl*, size_t)> walk = [&](ModuleDecl* m,
                                                             size_t i) -> ModuleDecl* {
    if (i == segs.size()) return m;
    for (Decl* d : m->decls) {
      if (d->kind != DeclKind::Module || d == self) continue;
      std::string name;
      for (size_t j = i; j < segs.size() && name.size() < d->name.size(); ++j) {
        name += (j > i ? "." : "") + segs[j];
        if (d->name != name) continue;
        if (ModuleDecl* r = walk(static_cast<ModuleDecl*>(d), j + 1)) return r;
      }
    }
    return nullptr;
  };
  ModuleDecl* found = nullptr;
  for (ModuleDecl* s = scope; s && !found; s = parent_.count(s) ? parent_[s] : nullptr) {
    found = walk(s, 0);
  }
  return found;
}

// An import that a refining module inherits names the module that the base's import names:
// `import opened DivMod` in Std.Arithmetic.LittleEndianNat is Std.Arithmetic.DivMod, also in a
// refining module outside Std.Arithmetic (as in Dafny). Its target becomes that module's full
// name where the refining module's scope would find another module or none.
void Refiner::AnchorImport(ImportDecl* imp, const ModuleDecl* base, const ModuleDecl* m) {
  std::string scope = base->name;  // the base's full name: its enclosing modules' and its own
  for (auto it = parent_.find(base); it != parent_.end() && it->second != p_.default_module;
       it = parent_.find(it->second)) {
    scope = it->second->name + "." + scope;
  }
  for (;;) {
    std::string full = scope.empty() ? imp->target : scope + "." + imp->target;
    if (ModuleDecl* meant = Lookup(p_.default_module, nullptr, full)) {
      ModuleDecl* from = parent_.count(m) ? parent_.at(m) : p_.default_module;
      if (Lookup(from, m, imp->target) != meant) imp->target = full;
      return;
    }
    if (scope.empty()) return;
    size_t dot = scope.rfind('.');
    scope = dot == std::string::npos ? "" : scope.substr(0, dot);
  }
}

void Refiner::Expand(ModuleDecl* m) {
  int& st = state_[m];
  if (st == 2) return;
  if (st == 1) {
    Error(m->name_range,
          fmt::format("module {} refines itself (through a cycle of refinements)", m->name));
    return;
  }
  st = 1;
  if (!m->refines.empty()) {
    ModuleDecl* scope = parent_.count(m) ? parent_[m] : p_.default_module;
    // `module A.B.C refines D` looks D up from A.B outwards: A.B.D, then A.D, then D.
    ModuleDecl* base = nullptr;
    for (std::string prefix = m->name; !base;) {
      size_t dot = prefix.rfind('.');
      prefix = dot == std::string::npos ? "" : prefix.substr(0, dot);
      base = Lookup(scope, m, prefix.empty() ? m->refines : prefix + "." + m->refines);
      if (prefix.empty()) break;
    }
    if (!base) {
      Error(m->name_range,
            fmt::format("module {} named as refinement base does not exist", m->refines));
    } else {
      Expand(base);
      Merge(m, base);
    }
  } else {
    CheckSuperfluous(m->decls, {});
  }
  // Dafny runs its rewriters on a module before a refinement copies it.
  AutoContracts(m, p_.arena, ctx_, refined_);
  for (size_t i = 0; i < m->decls.size(); ++i) {
    if (m->decls[i]->kind == DeclKind::Module) Expand(static_cast<ModuleDecl*>(m->decls[i]));
  }
  state_[m] = 2;
}

void Refiner::CheckSuperfluous(std::vector<Decl*>& decls, const std::set<std::string>& refined) {
  for (Decl* d : decls) {
    if (d->refining && !refined.count(d->name)) {
      if (d->kind == DeclKind::Method) {
        Error(d->name_range, "method signature can be omitted only in refining methods");
      } else if (d->kind == DeclKind::Function) {
        Error(d->name_range, "function signature can be omitted only in refining functions");
      } else if (d->kind == DeclKind::Iterator) {
        Error(d->name_range, "iterator signature can be omitted only in refining methods");
      } else {
        Error(d->name_range,
              fmt::format("declaration '{}' indicates refining (notation `...`), but does not "
                          "refine anything",
                          d->name));
      }
      d->refining = false;
    }
    if (std::vector<Decl*>* ms = MembersOf(d); ms && !d->refining) {
      // Members marked `...` in a type that refines nothing refine nothing either.
      if (!refined.count(d->name)) CheckSuperfluous(*ms, {});
    }
  }
}

Decl* Refiner::CloneInherited(const Decl* d) {
  Decl* c = cl_.Clone(d);
  MarkCloned(c);
  std::vector<Decl*> work = {c};
  while (!work.empty()) {
    Decl* x = work.back();
    work.pop_back();
    whole_.insert(x);
    if (std::vector<Decl*>* ms = MembersOf(x)) work.insert(work.end(), ms->begin(), ms->end());
    if (x->kind == DeclKind::Module) {
      auto& ds = static_cast<ModuleDecl*>(x)->decls;
      work.insert(work.end(), ds.begin(), ds.end());
    }
  }
  return c;
}

void Refiner::MarkCloned(Decl* c) {
  if (c->kind == DeclKind::Module) {
    state_[c] = 2;
    for (Decl* x : static_cast<ModuleDecl*>(c)->decls) {
      if (x->kind == DeclKind::Module) {
        parent_[x] = static_cast<ModuleDecl*>(c);
        MarkCloned(x);
      }
    }
  }
}

void Refiner::Merge(ModuleDecl* m, const ModuleDecl* base) {
  // The copies of the base's declarations are this module's own (another module refining the
  // same base gets copies of its own).
  cl_.Restart();
  // An import the refining module redeclares must be opened exactly when the base's is.
  for (const Decl* x : m->decls) {
    if (x->kind != DeclKind::Import) continue;
    for (const Decl* y : base->decls) {
      if (y->kind != DeclKind::Import || y->name != x->name) continue;
      bool now = static_cast<const ImportDecl*>(x)->opened;
      bool before = static_cast<const ImportDecl*>(y)->opened;
      if (now && !before) {
        Error(m->name_range,
              fmt::format("{} in {} cannot be imported with \"opened\" because it does not "
                          "match the corresponding import in the refinement base {}.",
                          x->name, m->name, m->refines));
      } else if (!now && before) {
        Error(m->name_range, fmt::format("{} in {} must be imported with \"opened\"  to match the "
                                         "corresponding import in its refinement base {}.",
                                         x->name, m->name, m->refines));
      }
    }
  }
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < m->decls.size(); ++i) index.emplace(m->decls[i]->name, i);
  std::set<std::string> processed;
  size_t own = m->decls.size();
  // Dafny merges the module's functions and methods (its default class, the first of its
  // declarations) before the other declarations.
  std::vector<const Decl*> order;
  for (const Decl* d : base->decls) {
    if (IsMember(d)) order.push_back(d);
  }
  for (const Decl* d : base->decls) {
    if (!IsMember(d)) order.push_back(d);
  }
  // The base's unnamed export set is named after the base (Dafny names an unnamed export set
  // after its module): in m it is the set `export m extends Base` extends, not m's default.
  std::string base_set = base->name.substr(base->name.rfind('.') + 1);
  for (const Decl* d : order) {
    bool unnamed_export = d->kind == DeclKind::Export && d->name.empty();
    const std::string& name = unnamed_export ? base_set : d->name;
    processed.insert(name);
    auto it = index.find(name);
    if (it == index.end() || it->second >= own) {
      m->decls.push_back(CloneInherited(d));
      if (unnamed_export) m->decls.back()->name = base_set;
      refined_.insert(m->decls.back());
      if (d->kind == DeclKind::Import) {
        AnchorImport(static_cast<ImportDecl*>(m->decls.back()), base, m);
      }
      continue;
    }
    size_t i = it->second;
    Decl* nw = m->decls[i];
    if (IsMember(d) || IsMember(nw)) {
      MergeMember(m->decls, i, d, m->name);
      refined_.insert(m->decls[i]);
    } else if (nw->refining || d->kind == DeclKind::OpaqueType) {
      MergeTop(nw, d);
    } else if (nw->kind == DeclKind::TypeSynonym) {
      Error(nw->name_range,
            fmt::format("a type synonym ({}) is not allowed to replace a {} from the refined "
                        "module ({}), even if it denotes the same type",
                        nw->name, WhatKind(d), m->refines));
    } else if (!(d->kind == DeclKind::Import &&
                 static_cast<const ImportDecl*>(d)->abstract_import)) {
      Error(nw->name_range,
            fmt::format("to redeclare and refine declaration '{}' from module '{}', you must "
                        "use the refining (`...`) notation",
                        d->name, m->refines));
    }
  }
  std::vector<Decl*> own_decls(m->decls.begin(), m->decls.begin() + own);
  CheckSuperfluous(own_decls, processed);
}

void Refiner::MergeTop(Decl* nw, const Decl* d) {
  nw->refining = false;
  const std::string common = fmt::format(
      "a {0} declaration ({1}) in a refinement module can only refine a {0} declaration or "
      "replace an abstract type declaration",
      WhatKind(nw), nw->name);
  if (d->kind == DeclKind::Module || d->kind == DeclKind::Import) {
    Error(nw->name_range, fmt::format("a module ({}) must refine another module", nw->name));
  } else if (d->kind == DeclKind::OpaqueType) {
    if (nw->kind == DeclKind::Module || nw->kind == DeclKind::Import) {
      Error(nw->name_range, fmt::format("a module ({}) must refine another module", nw->name));
    } else if (MembersOf(nw)) {
      MergeMembers(nw, d);
    } else if (!static_cast<const OpaqueTypeDecl*>(d)->members.empty()) {
      Error(nw->name_range,
            fmt::format("a {} ({}) cannot declare members, so it cannot refine an abstract type "
                        "with members",
                        WhatKind(nw), nw->name));
    } else {
      CheckTypeParams(nw->name_range, d, nw, "type");
    }
  } else if (nw->kind == DeclKind::OpaqueType) {
    Error(nw->name_range,
          fmt::format("an abstract type declaration ({}) in a refining module cannot replace a "
                      "more specific type declaration in the refinement base",
                      nw->name));
  } else if (d->kind == DeclKind::Datatype && nw->kind == DeclKind::Datatype &&
             static_cast<const DatatypeDecl*>(d)->co == static_cast<DatatypeDecl*>(nw)->co) {
    auto* nd = static_cast<DatatypeDecl*>(nw);
    for (const DatatypeCtor& c : static_cast<const DatatypeDecl*>(d)->ctors) {
      DatatypeCtor cc = c;
      cc.attributes = cl_.CloneAll(c.attributes);
      cc.formals = cl_.CloneAll(c.formals);
      cc.defaults = cl_.CloneAll(c.defaults);
      nd->ctors.push_back(cc);
    }
    MergeMembers(nw, d);
  } else if (nw->kind == DeclKind::Datatype) {
    Error(nw->name_range, common);
  } else if ((d->kind == DeclKind::Newtype || d->kind == DeclKind::SubsetType) &&
             nw->kind == d->kind) {
    auto* nn = static_cast<NewtypeDecl*>(nw);
    auto* dn = static_cast<const NewtypeDecl*>(d);
    nn->var = cl_.Clone(dn->var);
    nn->base = cl_.Clone(dn->base);
    nn->constraint = cl_.Clone(dn->constraint);
    nn->witness_kind = dn->witness_kind;
    nn->witness = cl_.Clone(dn->witness);
    MergeMembers(nw, d);
  } else if (nw->kind == DeclKind::Newtype || nw->kind == DeclKind::SubsetType) {
    Error(nw->name_range, common);
  } else if (nw->kind == DeclKind::Iterator) {
    Error(nw->name_range, "dfyc does not support refining iterators yet");
  } else if ((nw->kind == DeclKind::Class || nw->kind == DeclKind::Trait) && d->kind == nw->kind) {
    auto* nc = static_cast<ClassDecl*>(nw);
    for (TypeExpr* t : static_cast<const ClassDecl*>(d)->extends) {
      nc->extends.push_back(cl_.Clone(t));
    }
    MergeMembers(nw, d);
  } else if (nw->kind == DeclKind::TypeSynonym && d->kind == DeclKind::TypeSynonym) {
    Error(d->name_range,
          fmt::format("a type ({}) in a refining module may not replace an already defined "
                      "type (even with the same value)",
                      d->name));
  } else {
    Error(nw->name_range, common);
  }
}

void Refiner::MergeAttributes(Decl* nw, const Decl* prev) {
  std::vector<Attribute> attrs = cl_.CloneAll(prev->attributes);
  attrs.insert(attrs.end(), nw->attributes.begin(), nw->attributes.end());
  nw->attributes = std::move(attrs);
}

void Refiner::MergeMembers(Decl* nw, const Decl* prev) {
  CheckTypeParams(nw->name_range, prev, nw,
                  nw->kind == DeclKind::SubsetType ? "type" : WhatKind(nw));
  MergeAttributes(nw, prev);
  std::vector<Decl*>& ms = *MembersOf(nw);
  std::vector<Decl*>* pms = MembersOf(const_cast<Decl*>(prev));
  if (!pms) return;
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < ms.size(); ++i) index.emplace(ms[i]->name, i);
  std::set<std::string> processed;
  size_t own = ms.size();
  for (const Decl* pm : *pms) {
    processed.insert(pm->name);
    auto it = index.find(pm->name);
    if (it == index.end() || it->second >= own) {
      ms.push_back(CloneInherited(pm));
      refined_.insert(ms.back());
    } else {
      MergeMember(ms, it->second, pm, nw->name);
      refined_.insert(ms[it->second]);
    }
  }
  std::vector<Decl*> own_members(ms.begin(), ms.begin() + own);
  CheckSuperfluous(own_members, processed);
}

void Refiner::MergeMember(std::vector<Decl*>& ms, size_t index, const Decl* prev,
                          const std::string& owner) {
  Decl* nw = ms[index];
  switch (nw->kind) {
    case DeclKind::Const:
      MergeConst(static_cast<ConstDecl*>(nw), prev, owner);
      return;
    case DeclKind::Field:
      if (prev->kind != DeclKind::Field) {
        Error(nw->name_range,
              fmt::format("a field declaration ({}) in a refining class ({}) must replace a "
                          "field in the refinement base",
                          nw->name, owner));
      } else if (!SameTypeExpr(static_cast<FieldDecl*>(nw)->type,
                               static_cast<const FieldDecl*>(prev)->type)) {
        Error(nw->name_range,
              fmt::format("a field declaration ({}) in a refining class ({}) must repeat the "
                          "syntactically same type as the field has in the refinement base",
                          nw->name, owner));
      } else if (prev->ghost || !nw->ghost) {
        Error(nw->name_range,
              fmt::format("a field re-declaration ({}) must be to add 'ghost' to the field "
                          "declaration",
                          nw->name));
      }
      return;
    case DeclKind::Function:
      ms[index] = MergeFunction(static_cast<FunctionDecl*>(nw), prev);
      return;
    case DeclKind::Method:
      ms[index] = MergeMethod(static_cast<MethodDecl*>(nw), prev);
      return;
    default:
      Error(nw->name_range,
            fmt::format("a {} declaration ({}) in a refining module cannot replace a {} of the "
                        "refinement base",
                        WhatKind(nw), nw->name, WhatKind(prev)));
      return;
  }
}

void Refiner::MergeConst(ConstDecl* nw, const Decl* prev_decl, const std::string& owner) {
  nw->refining = false;
  if (prev_decl->kind != DeclKind::Const) {
    Error(nw->name_range,
          fmt::format("a const declaration ({}) in a refining class ({}) must replace a const "
                      "in the refinement base",
                      nw->name, owner));
    return;
  }
  auto* prev = static_cast<const ConstDecl*>(prev_decl);
  if (nw->type && prev->type && !SameTypeExpr(nw->type, prev->type)) {
    Error(nw->name_range,
          fmt::format("the type of a const declaration ({}) in a refining class ({}) must be "
                      "syntactically the same as for the const being refined",
                      nw->name, owner));
  } else if (nw->init && prev->init) {
    Error(nw->name_range,
          fmt::format("a const re-declaration ({}) can give an initializing expression only if "
                      "the const in the refinement base does not",
                      nw->name));
  } else if (nw->is_static != prev->is_static) {
    Error(nw->name_range,
          fmt::format("a const in a refining module cannot be changed from static to "
                      "non-static or vice versa: {}",
                      nw->name));
  } else if (prev->ghost && !nw->ghost) {
    Error(nw->name_range,
          fmt::format("a const re-declaration ({}) is not allowed to remove 'ghost' from the "
                      "const declaration",
                      nw->name));
  } else if (!nw->init && prev->ghost == nw->ghost) {
    Error(nw->name_range,
          fmt::format("a const re-declaration ({}) must be to add 'ghost' to the const "
                      "declaration{}",
                      nw->name, prev->init ? "" : " or to provide an initializing expression"));
  }
  if (!nw->type && prev->type) nw->type = cl_.Clone(prev->type);
  if (!nw->init && prev->init) nw->init = cl_.Clone(prev->init);
}

}  // namespace refine

void RefineModules(Program& program, Context& ctx, Elaboration& out) {
  refine::Refiner(program, ctx).Run(out);
}

}  // namespace dfy
