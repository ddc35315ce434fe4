// Module refinement before resolution (elaborate.h): Dafny's RefinementTransformer. Which
// declarations a refining module may redeclare, how contracts and bodies combine, and how a
// skeleton body (`...;`, `assert ...;`, `if ... { }`) is filled in from the refined body. Its
// errors are Dafny 4.11's.
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "frontend/ast_visit.h"
#include "frontend/clone.h"
#include "frontend/elaborate.h"
#include "frontend/printer.h"

namespace dfy {
namespace {

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
    case DeclKind::Function:
      switch (static_cast<const FunctionDecl*>(d)->flavor) {
        case FunctionFlavor::Function:
          return d->ghost ? "ghost function" : "function";
        case FunctionFlavor::Predicate:
          return d->ghost ? "ghost predicate" : "predicate";
        case FunctionFlavor::TwoStateFunction:
          return "twostate function";
        case FunctionFlavor::TwoStatePredicate:
          return "twostate predicate";
        case FunctionFlavor::LeastPredicate:
          return "least predicate";
        case FunctionFlavor::GreatestPredicate:
          return "greatest predicate";
      }
      return "function";
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

}  // namespace

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

namespace {

bool IsMember(const Decl* d) {
  return d->kind == DeclKind::Method || d->kind == DeclKind::Function ||
         d->kind == DeclKind::Const || d->kind == DeclKind::Field;
}

class Refiner {
 public:
  Refiner(Program& p, Context& ctx) : p_(p), ctx_(ctx), cl_(p.arena) {}

  void Run(Elaboration& out) {
    IndexParents(p_.default_module);
    Expand(p_.default_module);
    for (const auto& [orig, copy] : cl_.copies()) out.inherited.insert(copy);
    out.added = std::move(added_);
  }

 private:
  void Error(SourceRange at, std::string msg) {
    ctx_.diags.Report(DiagKind::ResolutionError, at, std::move(msg));
  }

  void IndexParents(ModuleDecl* m) {
    for (Decl* d : m->decls) {
      if (d->kind == DeclKind::Module) {
        parent_[d] = m;
        IndexParents(static_cast<ModuleDecl*>(d));
      }
    }
  }

  // The module a `refines` clause names: its first segment is looked up in the enclosing
  // module and then outwards, the others inside what was found.
  ModuleDecl* Lookup(ModuleDecl* scope, const ModuleDecl* self, const std::string& path) {
    std::vector<std::string> segs;
    for (size_t start = 0;;) {
      size_t dot = path.find('.', start);
      segs.push_back(path.substr(start, dot - start));
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    auto child = [&](ModuleDecl* m, const std::string& name) -> ModuleDecl* {
      for (Decl* d : m->decls) {
        if (d->kind == DeclKind::Module && d != self && d->name == name) {
          return static_cast<ModuleDecl*>(d);
        }
      }
      return nullptr;
    };
    ModuleDecl* found = nullptr;
    for (ModuleDecl* s = scope; s && !found; s = parent_.count(s) ? parent_[s] : nullptr) {
      found = child(s, segs[0]);
    }
    for (size_t i = 1; found && i < segs.size(); ++i) found = child(found, segs[i]);
    return found;
  }

  void Expand(ModuleDecl* m) {
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
      ModuleDecl* base = Lookup(scope, m, m->refines);
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

  void CheckSuperfluous(std::vector<Decl*>& decls, const std::set<std::string>& refined) {
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

  Decl* CloneInherited(const Decl* d) {
    Decl* c = cl_.Clone(d);
    MarkCloned(c);
    return c;
  }
  void MarkCloned(Decl* c) {
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

  void Merge(ModuleDecl* m, const ModuleDecl* base) {
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
          Error(m->name_range,
                fmt::format("{} in {} must be imported with \"opened\"  to match the "
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
    for (const Decl* d : order) {
      processed.insert(d->name);
      auto it = index.find(d->name);
      if (it == index.end() || it->second >= own) {
        m->decls.push_back(CloneInherited(d));
        refined_.insert(m->decls.back());
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

  void MergeTop(Decl* nw, const Decl* d) {
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
    } else if ((nw->kind == DeclKind::Class || nw->kind == DeclKind::Trait) &&
               d->kind == nw->kind) {
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

  void MergeAttributes(Decl* nw, const Decl* prev) {
    std::vector<Attribute> attrs = cl_.CloneAll(prev->attributes);
    attrs.insert(attrs.end(), nw->attributes.begin(), nw->attributes.end());
    nw->attributes = std::move(attrs);
  }

  void MergeMembers(Decl* nw, const Decl* prev) {
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

  void MergeMember(std::vector<Decl*>& ms, size_t index, const Decl* prev,
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

  void MergeConst(ConstDecl* nw, const Decl* prev_decl, const std::string& owner) {
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

  // Dafny's CheckAgreement_TypeParameters: the same number and names of type parameters, with
  // the same characteristics, variance and bounds. (Dafny lets a type parameter add (==) when
  // equality support was inferred for it in the refined module; dfyc, which does not infer it
  // here, only reports a (==) taken away.)
  void CheckTypeParams(SourceRange at, const Decl* prev, const Decl* nw, const std::string& thing) {
    const std::vector<TypeParam>* old = TypeParamsOf(prev);
    const std::vector<TypeParam>* now = TypeParamsOf(nw);
    if (!old || !now) return;
    if (old->size() != now->size()) {
      Error(at, fmt::format("{0} '{1}' is declared with a different number of type parameters "
                            "({2} instead of {3}) than the corresponding {0} in the module it "
                            "refines",
                            thing, nw->name, now->size(), old->size()));
      return;
    }
    auto has = [](const TypeParam& p, const char* c) {
      // characteristics as written, e.g. "==", "0", "00", "!new", "==, 0"
      const std::string& s = p.characteristics;
      std::string key = c;
      for (size_t at = s.find(key); at != std::string::npos; at = s.find(key, at + 1)) {
        bool starts = at == 0 || s[at - 1] == ',' || s[at - 1] == ' ' || s[at - 1] == '(';
        size_t end = at + key.size();
        bool ends = end == s.size() || s[end] == ',' || s[end] == ' ' || s[end] == ')';
        if (starts && ends) return true;
      }
      return false;
    };
    auto variance = [](char v) { return v == '+' || v == '*' ? '+' : v == '-' ? '-' : '='; };
    for (size_t i = 0; i < old->size(); ++i) {
      const TypeParam& o = (*old)[i];
      const TypeParam& n = (*now)[i];
      if (o.name != n.name) {
        Error(n.range, fmt::format("type parameters are not allowed to be renamed from the names "
                                   "given in the {} in the module being refined (expected '{}', "
                                   "found '{}')",
                                   thing, o.name, n.name));
        continue;
      }
      if (has(o, "==") && !has(n, "==")) {
        Error(n.range, fmt::format("type parameter '{}' is not allowed to change the requirement "
                                   "of supporting equality",
                                   n.name));
      }
      if (has(o, "0") != has(n, "0")) {
        Error(n.range, fmt::format("type parameter '{}' is not allowed to change the requirement "
                                   "of supporting auto-initialization",
                                   n.name));
      } else if ((has(o, "0") || has(o, "00")) != (has(n, "0") || has(n, "00"))) {
        Error(n.range, fmt::format("type parameter '{}' is not allowed to change the requirement "
                                   "of being nonempty",
                                   n.name));
      }
      if (has(o, "!new") != has(n, "!new")) {
        Error(n.range, fmt::format("type parameter '{}' is not allowed to change the "
                                   "no-reference-type requirement",
                                   n.name));
      }
      if (variance(o.variance) != variance(n.variance)) {
        Error(n.range, fmt::format("type parameter '{}' is not allowed to change variance (here, "
                                   "from '{}' to '{}')",
                                   n.name, variance(o.variance), variance(n.variance)));
      }
      if (o.bounds.size() != n.bounds.size()) {
        Error(n.range,
              fmt::format("type parameter '{}' of {} '{}' is declared with a different "
                          "number of type bounds than in the corresponding {} in the "
                          "module it refines (expected {}, found {})",
                          n.name, thing, nw->name, thing, o.bounds.size(), n.bounds.size()));
        continue;
      }
      for (size_t b = 0; b < o.bounds.size(); ++b) {
        if (!SameTypeExpr(o.bounds[b], n.bounds[b])) {
          Error(n.range, fmt::format("type bound for type parameter '{}' of {} '{}' is different "
                                     "from the corresponding type bound of the corresponding type "
                                     "parameter of the corresponding {} in the module it refines "
                                     "(expected '{}', found '{}')",
                                     n.name, thing, nw->name, thing, PrintType(o.bounds[b]),
                                     PrintType(n.bounds[b])));
        }
      }
    }
  }

  // Dafny's CheckAgreement_Parameters: the same number, names and types of parameters.
  void CheckParams(const Decl* nw, const std::vector<Var*>& old, const std::vector<Var*>& now,
                   const char* thing, const char* kind) {
    if (old.size() != now.size()) {
      Error(nw->name_range,
            fmt::format("{0} '{1}' is declared with a different number of {2} ({3} instead of "
                        "{4}) than the corresponding {0} in the module it refines",
                        thing, nw->name, kind, now.size(), old.size()));
      return;
    }
    for (size_t i = 0; i < old.size(); ++i) {
      const Var* o = old[i];
      const Var* n = now[i];
      if (o->name != n->name) {
        Error(n->range, fmt::format("there is a difference in name of {0} {1} ('{2}' versus "
                                    "'{3}') of {4} {5} compared to corresponding {4} in the "
                                    "module it refines",
                                    kind, i, n->name, o->name, thing, nw->name));
      } else if (!o->ghost && n->ghost) {
        Error(n->range, fmt::format("{0} '{1}' of {2} {3} cannot be changed, compared to the "
                                    "corresponding {2} in the module it refines, from non-ghost "
                                    "to ghost",
                                    kind, n->name, thing, nw->name));
      } else if (o->ghost && !n->ghost) {
        Error(n->range, fmt::format("{0} '{1}' of {2} {3} cannot be changed, compared to the "
                                    "corresponding {2} in the module it refines, from ghost to "
                                    "non-ghost",
                                    kind, n->name, thing, nw->name));
      } else if (!SameTypeExpr(o->type, n->type)) {
        Error(n->range, fmt::format("the type of {0} '{1}' is different from the type of the "
                                    "same {0} in the corresponding {2} in the module it refines "
                                    "('{3}' instead of '{4}')",
                                    kind, n->name, thing, PrintType(n->type), PrintType(o->type)));
      }
    }
  }

  static std::vector<Attribute> Concat(std::vector<Attribute> a, const std::vector<Attribute>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
  }

  Decl* MergeFunction(FunctionDecl* f, const Decl* prev_decl) {
    const std::string what = WhatKind(f);
    auto* prev = prev_decl->kind == DeclKind::Function ? static_cast<const FunctionDecl*>(prev_decl)
                                                       : nullptr;
    if (!prev || prev->flavor != f->flavor) {
      Error(f->name_range, fmt::format("a {0} declaration ({1}) can only refine a {0}",
                                       what.substr(what.rfind(' ') + 1), f->name));
      return f;
    }
    if (!f->requires_.empty()) {
      Error(f->requires_[0].expr->tok,
            fmt::format("a refining {} is not allowed to add preconditions", what));
    }
    if (!f->reads.empty()) {
      Error(f->reads[0]->tok,
            fmt::format("a refining {} is not allowed to extend the reads clause", what));
    }
    if (!f->decreases.empty()) {
      Error(f->decreases[0]->tok,
            fmt::format("decreases clause on refining {} not supported", what));
    }
    if (prev->is_static != f->is_static) {
      Error(f->name_range, fmt::format("a function in a refining module cannot be changed from "
                                       "static to non-static or vice versa: {}",
                                       f->name));
    }
    if (!prev->ghost && f->ghost) {
      Error(f->name_range, fmt::format("a compiled function cannot be changed into a ghost "
                                       "function in a refining module: {}",
                                       f->name));
    } else if (prev->ghost && !f->ghost && prev->body) {
      Error(f->name_range, fmt::format("a ghost function can be changed into a compiled function "
                                       "in a refining module only if the function has not yet "
                                       "been given a body: {}",
                                       f->name));
    }
    if (!f->refining) {
      CheckTypeParams(f->name_range, prev, f, "function");
      CheckParams(f, prev->params, f->params, "function", "parameter");
      if (f->result_type && prev->result_type && !SameTypeExpr(prev->result_type, f->result_type)) {
        Error(f->name_range,
              fmt::format("the result type of function '{}' ({}) differs from "
                          "the result type of the corresponding function in the "
                          "module it refines ({})",
                          f->name, PrintType(f->result_type), PrintType(prev->result_type)));
      }
    }
    if (prev->body && f->body) {
      Error(f->name_range,
            fmt::format("a refining {} is not allowed to extend/change the body", what));
    }
    auto* c = static_cast<FunctionDecl*>(cl_.Clone(prev));
    c->range = f->range;
    c->name_range = f->name_range;
    c->ghost = f->ghost;
    c->refining = false;
    c->attributes = Concat(c->attributes, f->attributes);
    c->ensures.insert(c->ensures.end(), f->ensures.begin(), f->ensures.end());
    if (!prev->body) {
      c->body = f->body;
      if (f->by_method) c->by_method = f->by_method;
    }
    return c;
  }

  Decl* MergeMethod(MethodDecl* m, const Decl* prev_decl) {
    if (prev_decl->kind != DeclKind::Method) {
      Error(m->name_range,
            fmt::format("a method declaration ({}) can only refine a method", m->name));
      return m;
    }
    auto* prev = static_cast<const MethodDecl*>(prev_decl);
    if (!m->requires_.empty()) {
      Error(m->requires_[0].expr->tok, "a refining method is not allowed to add preconditions");
    }
    if (!m->reads.empty()) {
      Error(m->reads[0]->tok, "a refining method is not allowed to extend the reads clause");
    }
    if (!m->modifies.empty()) {
      Error(m->modifies[0]->tok, "a refining method is not allowed to extend the modifies clause");
    }
    bool own_decreases = !m->decreases.empty() || m->decreases_star;
    if (own_decreases && !prev->decreases_star) {
      Error(m->decreases.empty() ? m->name_range : m->decreases[0]->tok,
            "decreases clause on refining method not supported, unless the refined method was "
            "specified with 'decreases *'");
    }
    if (prev->is_static != m->is_static) {
      Error(m->name_range, fmt::format("a method in a refining module cannot be changed from "
                                       "static to non-static or vice versa: {}",
                                       m->name));
    }
    if (prev->ghost && !m->ghost) {
      Error(m->name_range, fmt::format("a ghost method cannot be changed into a non-ghost method "
                                       "in a refining module: {}",
                                       m->name));
    } else if (!prev->ghost && m->ghost) {
      Error(m->name_range, fmt::format("a method cannot be changed into a ghost method in a "
                                       "refining module: {}",
                                       m->name));
    }
    if (!m->refining) {
      CheckTypeParams(m->name_range, prev, m, "method");
      CheckParams(m, prev->ins, m->ins, "method", "in-parameter");
      CheckParams(m, prev->outs, m->outs, "method", "out-parameter");
    }
    locals_.clear();
    for (const Var* v : prev->ins) locals_.insert(v->name);
    for (const Var* v : prev->outs) locals_.insert(v->name);
    auto* c = static_cast<MethodDecl*>(cl_.Clone(prev));
    if (m->body) {
      if (!prev->body) {
        c->body = m->body;
        c->new_divider = m->new_divider;
        c->new_divider_at = m->new_divider_at;
      } else if (prev->flavor == MethodFlavor::Constructor) {
        MergeDivided(m, prev, c);
      } else {
        c->body = MergeBlock(m->body, prev->body);
      }
    }
    c->range = m->range;
    c->name_range = m->name_range;
    c->refining = false;
    c->attributes = Concat(c->attributes, m->attributes);
    c->ensures.insert(c->ensures.end(), m->ensures.begin(), m->ensures.end());
    if (own_decreases) {
      c->decreases = m->decreases;
      c->decreases_star = m->decreases_star;
    }
    return c;
  }

  // A constructor's body is two lists, before and after `new;`; each is merged on its own.
  void MergeDivided(const MethodDecl* m, const MethodDecl* prev, MethodDecl* c) {
    auto split = [](const MethodDecl* x, std::vector<Stmt*>& init, std::vector<Stmt*>& proper) {
      const auto& ss = x->body->stmts;
      size_t div = x->new_divider < 0 ? ss.size() : static_cast<size_t>(x->new_divider);
      init.assign(ss.begin(), ss.begin() + div);
      proper.assign(ss.begin() + div, ss.end());
    };
    std::vector<Stmt*> si, sp, oi, op;
    split(m, si, sp);
    split(prev, oi, op);
    CollectLocals(oi);
    CollectLocals(op);
    std::vector<Stmt*> init = MergeList(si, oi);
    std::vector<Stmt*> proper = MergeList(sp, op);
    auto* b = NewBlock(m->body->range);
    b->stmts = init;
    b->stmts.insert(b->stmts.end(), proper.begin(), proper.end());
    c->body = b;
    if (m->new_divider >= 0 || prev->new_divider >= 0) {
      c->new_divider = static_cast<int>(init.size());
      c->new_divider_at = m->new_divider >= 0 ? m->new_divider_at : prev->new_divider_at;
    } else {
      c->new_divider = -1;
    }
  }

  // --- statements ---------------------------------------------------------------------

  BlockStmt* NewBlock(SourceRange at) {
    auto* b = p_.arena.New<BlockStmt>();
    b->id = p_.arena.NextStmtId();
    b->range = at;
    return b;
  }

  void CollectLocals(const std::vector<Stmt*>& ss) {
    std::function<void(const Stmt*)> walk = [&](const Stmt* s) {
      if (!s) return;
      if (s->kind == StmtKind::VarDecl || s->kind == StmtKind::VarDeclUpdate) {
        for (const Var* v : static_cast<const VarDeclStmt*>(s)->vars) locals_.insert(v->name);
      }
      ForEachChild(
          s, [](const Expr*) {}, walk);
    };
    for (const Stmt* s : ss) walk(s);
  }

  BlockStmt* MergeBlock(BlockStmt* skel, const BlockStmt* old) {
    CollectLocals(old->stmts);
    auto* b = NewBlock(skel->range);
    b->attributes = skel->attributes;
    b->stmts = MergeList(skel->stmts, old->stmts);
    return b;
  }

  // The names a left-hand side list assigns, when each is a local variable (Dafny compares
  // resolved identifiers; before resolution a name declared as a local or a parameter of the
  // refined method is one).
  bool LhsAgree(const std::vector<Expr*>& old, const std::vector<Expr*>& now) {
    if (old.size() != now.size()) return false;
    for (size_t i = 0; i < old.size(); ++i) {
      if (old[i]->kind != ExprKind::Name || now[i]->kind != ExprKind::Name) return false;
      const std::string& a = static_cast<const NameExpr*>(old[i])->name;
      if (a != static_cast<const NameExpr*>(now[i])->name || !locals_.count(a)) return false;
    }
    return true;
  }

  static bool VarsAgree(const Stmt* a, const Stmt* b) {
    auto* x = static_cast<const VarDeclStmt*>(a);
    auto* y = static_cast<const VarDeclStmt*>(b);
    if (x->vars.size() != y->vars.size()) return false;
    for (size_t i = 0; i < x->vars.size(); ++i) {
      if (x->vars[i]->name != y->vars[i]->name) return false;
    }
    return true;
  }
  static bool IsVarDecl(const Stmt* s) {
    return s->kind == StmtKind::VarDecl || s->kind == StmtKind::VarDeclUpdate;
  }
  static bool IsPredicate(const Stmt* s) {
    return s->kind == StmtKind::Assert || s->kind == StmtKind::Assume ||
           s->kind == StmtKind::Expect;
  }
  static bool IsIf(const Stmt* s) {
    return s->kind == StmtKind::If || s->kind == StmtKind::BindingIf;
  }

  bool PotentialMatch(const Stmt* nxt, const Stmt* other) {
    if (nxt->kind == StmtKind::Label) {
      return other->kind == StmtKind::Label && static_cast<const LabelStmt*>(nxt)->label ==
                                                   static_cast<const LabelStmt*>(other)->label;
    }
    if (nxt->kind == StmtKind::Skeleton) {
      switch (static_cast<const SkeletonStmt*>(nxt)->of) {
        case StmtKind::Assert:
          return IsPredicate(other);
        case StmtKind::Expect:
        case StmtKind::Assume:
        case StmtKind::Modify:
        case StmtKind::While:
          return other->kind == static_cast<const SkeletonStmt*>(nxt)->of;
        case StmtKind::If:
          return IsIf(other);
        default:
          return false;
      }
    }
    if (nxt->kind == StmtKind::If) {
      return other->kind == StmtKind::If && !static_cast<const IfStmt*>(other)->cond;
    }
    if (nxt->kind == StmtKind::While) {
      return other->kind == StmtKind::While && !static_cast<const WhileStmt*>(other)->cond;
    }
    if (IsVarDecl(nxt)) return IsVarDecl(other) && VarsAgree(nxt, other);
    if (nxt->kind == StmtKind::Block) return other->kind == StmtKind::Block;
    if (nxt->kind == StmtKind::Assign && other->kind == StmtKind::AssignSuchThat) {
      return LhsAgree(static_cast<const AssignSuchThatStmt*>(other)->lhs,
                      static_cast<const AssignStmt*>(nxt)->lhs);
    }
    return false;
  }

  PredicateStmt* NewAssert(SourceRange at, Expr* e) {
    auto* a = p_.arena.New<PredicateStmt>(StmtKind::Assert);
    a->id = p_.arena.NextStmtId();
    a->range = at;
    a->expr = e;
    return a;
  }

  std::vector<Stmt*> MergeList(const std::vector<Stmt*>& skel, const std::vector<Stmt*>& old) {
    std::vector<Stmt*> body;
    size_t i = 0, j = 0;
    while (i < skel.size()) {
      Stmt* cur = skel[i];
      if (j == old.size()) {
        if (cur->kind != StmtKind::Skeleton) {
          Add(cur, body);
        } else if (static_cast<SkeletonStmt*>(cur)->of != StmtKind::Skeleton) {
          Error(cur->range, "skeleton statement does not match old statement");
        }
        ++i;
        continue;
      }
      const Stmt* olds = old[j];
      if (cur->kind == StmtKind::Skeleton) {
        auto* sk = static_cast<SkeletonStmt*>(cur);
        switch (sk->of) {
          case StmtKind::Skeleton: {
            const Stmt* nxt = i + 1 == skel.size() ? nullptr : skel[i + 1];
            bool nxt_dots = nxt && nxt->kind == StmtKind::Skeleton &&
                            static_cast<const SkeletonStmt*>(nxt)->of == StmtKind::Skeleton;
            if (!nxt_dots) {
              while (!nxt || !PotentialMatch(nxt, olds)) {
                body.push_back(cl_.Clone(olds));
                if (++j == old.size()) break;
                olds = old[j];
              }
            }
            ++i;
            break;
          }
          case StmtKind::Assert:
          case StmtKind::Assume:
          case StmtKind::Expect: {
            bool ok = sk->of == StmtKind::Assert ? IsPredicate(olds) : olds->kind == sk->of;
            if (!ok) {
              Error(cur->range, fmt::format("{} template does not match inherited statement",
                                            sk->of == StmtKind::Assert   ? "assert"
                                            : sk->of == StmtKind::Assume ? "assume"
                                                                         : "expect"));
              ++i;
              break;
            }
            auto* op = static_cast<const PredicateStmt*>(olds);
            auto* s = p_.arena.New<PredicateStmt>(sk->of);
            s->id = p_.arena.NextStmtId();
            s->range = sk->range;
            s->expr = cl_.Clone(op->expr);
            if (sk->of == StmtKind::Expect) s->message = cl_.Clone(op->message);
            s->attributes = Concat(cl_.CloneAll(op->attributes), sk->attributes);
            body.push_back(s);
            ++i;
            ++j;
            break;
          }
          case StmtKind::If: {
            if (!IsIf(olds)) {
              Error(cur->range, "if-statement template does not match inherited statement");
              ++i;
              break;
            }
            auto* oi = static_cast<const IfStmt*>(olds);
            auto* si = static_cast<IfStmt*>(sk->inner);
            auto* r = p_.arena.New<IfStmt>(oi->kind);
            r->id = p_.arena.NextStmtId();
            r->range = si->range;
            r->attributes = si->attributes;
            r->bound_vars = cl_.CloneAll(oi->bound_vars);
            r->cond = cl_.Clone(oi->cond);
            r->then_branch = MergeBlock(si->then_branch, oi->then_branch);
            r->else_branch = MergeElse(si->else_branch, oi->else_branch);
            body.push_back(r);
            ++i;
            ++j;
            break;
          }
          case StmtKind::While: {
            if (olds->kind != StmtKind::While) {
              Error(cur->range, "while-statement template does not match inherited statement");
              ++i;
              break;
            }
            auto* ow = static_cast<const WhileStmt*>(olds);
            body.push_back(MergeWhile(static_cast<WhileStmt*>(sk->inner), ow, cl_.Clone(ow->cond)));
            ++i;
            ++j;
            break;
          }
          case StmtKind::Modify: {
            if (olds->kind != StmtKind::Modify) {
              Error(cur->range, "modify template does not match inherited statement");
              ++i;
              break;
            }
            auto* om = static_cast<const ModifyStmt*>(olds);
            auto* r = p_.arena.New<ModifyStmt>();
            r->id = p_.arena.NextStmtId();
            r->range = sk->range;
            r->attributes = sk->attributes;
            r->frames = cl_.CloneAll(om->frames);
            if (!om->body && sk->body) {
              BlockStmt empty;
              r->body = MergeBlock(sk->body, &empty);
            } else if (om->body && !sk->body) {
              Error(cur->range,
                    "modify template must have a body if the inherited modify statement does");
            } else if (om->body) {
              r->body = MergeBlock(sk->body, om->body);
            }
            body.push_back(r);
            ++i;
            ++j;
            break;
          }
          default:
            Error(cur->range, "skeleton statement does not match old statement");
            ++i;
            break;
        }
      } else if (cur->kind == StmtKind::Assert) {
        Add(cur, body);
        ++i;
      } else if (IsVarDecl(cur)) {
        auto* nv = static_cast<VarDeclStmt*>(cur);
        bool merge = false;
        Expr* added = nullptr;
        if (IsVarDecl(olds) && VarsAgree(olds, cur) && cur->kind == StmtKind::VarDecl &&
            !nv->rhs.empty() && !nv->pattern) {
          bool plain = true;
          for (const Expr* r : nv->rhs) {
            if (r->kind == ExprKind::New) plain = false;
          }
          auto* ov = static_cast<const VarDeclStmt*>(olds);
          if (plain) {
            if (ov->kind == StmtKind::VarDecl && ov->rhs.empty() && !ov->pattern) {
              merge = true;
            } else if (ov->update && ov->update->kind == StmtKind::AssignSuchThat) {
              merge = true;
              added = cl_.Clone(static_cast<const AssignSuchThatStmt*>(ov->update)->expr);
            } else if (ov->kind == StmtKind::VarDecl && !ov->pattern) {
              merge = true;
              for (const Expr* r : ov->rhs) {
                if (r->kind != ExprKind::Wildcard) merge = false;
              }
            }
          }
        }
        if (merge) {
          body.push_back(cur);
          if (added) body.push_back(NewAssert(added->range, added));
          ++i;
          ++j;
        } else {
          Add(cur, body);
          ++i;
        }
      } else if (cur->kind == StmtKind::Assign) {
        auto* na = static_cast<AssignStmt*>(cur);
        bool merge = false;
        Expr* added = nullptr;
        if (olds->kind == StmtKind::Assign) {
          auto* oa = static_cast<const AssignStmt*>(olds);
          if (LhsAgree(oa->lhs, na->lhs)) {
            merge = true;
            for (const Expr* r : oa->rhs) {
              if (r->kind != ExprKind::Wildcard) merge = false;
            }
          }
        } else if (olds->kind == StmtKind::AssignSuchThat) {
          auto* os = static_cast<const AssignSuchThatStmt*>(olds);
          if (LhsAgree(os->lhs, na->lhs)) {
            merge = true;
            added = cl_.Clone(os->expr);
          }
        }
        if (merge) {
          body.push_back(cur);
          if (added) body.push_back(NewAssert(added->range, added));
          ++i;
          ++j;
        } else {
          Add(cur, body);
          ++i;
        }
      } else if (cur->kind == StmtKind::If && olds->kind == StmtKind::If &&
                 !static_cast<const IfStmt*>(olds)->cond) {
        auto* ni = static_cast<IfStmt*>(cur);
        auto* oi = static_cast<const IfStmt*>(olds);
        auto* r = p_.arena.New<IfStmt>();
        r->id = p_.arena.NextStmtId();
        r->range = ni->range;
        r->attributes = ni->attributes;
        r->cond = ni->cond;
        r->then_branch = MergeBlock(ni->then_branch, oi->then_branch);
        r->else_branch = MergeElse(ni->else_branch, oi->else_branch);
        body.push_back(r);
        ++i;
        ++j;
      } else if (cur->kind == StmtKind::While && olds->kind == StmtKind::While &&
                 !static_cast<const WhileStmt*>(olds)->cond) {
        auto* nw = static_cast<WhileStmt*>(cur);
        body.push_back(MergeWhile(nw, static_cast<const WhileStmt*>(olds), nw->cond));
        ++i;
        ++j;
      } else if (cur->kind == StmtKind::Block && olds->kind == StmtKind::Block) {
        body.push_back(
            MergeBlock(static_cast<BlockStmt*>(cur), static_cast<const BlockStmt*>(olds)));
        ++i;
        ++j;
      } else if (cur->kind == StmtKind::Label && !static_cast<LabelStmt*>(cur)->body) {
        Add(cur, body);
        ++i;
        ++j;
      } else {
        Add(cur, body);
        ++i;
      }
    }
    // The implicit `...;` at the end of every skeleton block.
    for (; j < old.size(); ++j) body.push_back(cl_.Clone(old[j]));
    return body;
  }

  WhileStmt* MergeWhile(WhileStmt* nw, const WhileStmt* old, Expr* guard) {
    auto* r = p_.arena.New<WhileStmt>();
    r->id = p_.arena.NextStmtId();
    r->range = nw->range;
    r->attributes = nw->attributes;
    r->cond = guard;
    bool own_decreases = !nw->decreases.empty() || nw->decreases_star;
    if (own_decreases) {
      if (!old->decreases_star) {
        Error(nw->decreases.empty() ? nw->range : nw->decreases[0]->tok,
              "a refining loop can provide a decreases clause only if the loop being refined was "
              "declared with 'decreases *'");
      }
      r->decreases = nw->decreases;
      r->decreases_star = nw->decreases_star;
    } else {
      r->decreases = cl_.CloneAll(old->decreases);
      r->decreases_star = old->decreases_star;
    }
    r->invariants = cl_.CloneAll(old->invariants);
    r->invariants.insert(r->invariants.end(), nw->invariants.begin(), nw->invariants.end());
    r->modifies = cl_.CloneAll(old->modifies);
    if (!old->body && nw->body) {
      BlockStmt empty;
      r->body = MergeBlock(nw->body, &empty);
    } else if (old->body && !nw->body) {
      Error(nw->range, "while template must have a body if the inherited while statement does");
    } else if (old->body) {
      r->body = MergeBlock(nw->body, old->body);
    }
    return r;
  }

  Stmt* MergeElse(Stmt* skel, const Stmt* old) {
    if (!skel) return cl_.Clone(old);
    BlockStmt* sb = nullptr;
    if (skel->kind == StmtKind::Block) {
      sb = static_cast<BlockStmt*>(skel);
    } else {
      sb = NewBlock(skel->range);
      sb->stmts.push_back(skel);
    }
    BlockStmt wrapped;
    const BlockStmt* ob = &wrapped;
    if (old && old->kind == StmtKind::Block) {
      ob = static_cast<const BlockStmt*>(old);
    } else if (old) {
      wrapped.stmts.push_back(const_cast<Stmt*>(old));
    }
    return MergeBlock(sb, ob);
  }

  // A statement of the refining body that matches nothing of the refined one: Dafny's
  // CheckIsOkayNewStatement.
  void Add(Stmt* s, std::vector<Stmt*>& body) {
    size_t before = ctx_.diags.Count(DiagCategory::Resolution);
    std::vector<std::string> labels;
    CheckNew(s, labels, 0);
    if (ctx_.diags.Count(DiagCategory::Resolution) == before) {
      body.push_back(s);
      added_.push_back(s);
    }
  }

  void CheckNew(const Stmt* s, std::vector<std::string>& labels, int loops) {
    if (s->kind == StmtKind::Label) labels.push_back(static_cast<const LabelStmt*>(s)->label);
    if (s->kind == StmtKind::Skeleton) {
      Error(s->range,
            "skeleton statement may not be used here; it does not have a matching statement in "
            "what is being replaced");
    } else if (s->kind == StmtKind::Yield) {
      Error(s->range, "yield statements are not allowed in skeletons");
    } else if (s->kind == StmtKind::Break || s->kind == StmtKind::Continue) {
      auto* b = static_cast<const BreakStmt*>(s);
      bool outside = !b->label.empty()
                         ? std::find(labels.begin(), labels.end(), b->label) == labels.end()
                         : loops < b->count;
      if (outside) {
        Error(s->range, fmt::format("{} statement in skeleton is not allowed to break outside the "
                                    "skeleton fragment",
                                    s->kind == StmtKind::Break ? "break" : "continue"));
      }
    } else {
      int inner = loops + (s->kind == StmtKind::While || s->kind == StmtKind::For ||
                           s->kind == StmtKind::AlternativeWhile);
      ForEachChild(
          s, [](const Expr*) {}, [&](const Stmt* c) { CheckNew(c, labels, inner); });
    }
    if (s->kind == StmtKind::Label) labels.pop_back();
  }

  Program& p_;
  Context& ctx_;
  Cloner cl_;
  std::map<const Decl*, ModuleDecl*> parent_;
  std::map<const Decl*, int> state_;
  std::set<std::string> locals_;
  std::vector<const Stmt*> added_;
  // Members copied or merged from a refined module (Dafny's RefinementBase is set).
  std::unordered_set<const Decl*> refined_;
};

}  // namespace

void RefineModules(Program& program, Context& ctx, Elaboration& out) {
  Refiner(program, ctx).Run(out);
}

}  // namespace dfy
