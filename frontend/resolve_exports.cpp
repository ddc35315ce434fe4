// Export sets: what an importer sees of a module. Dafny's checks of the names export sets list,
// the view of a module an import gives (names shown, types and members revealed), provided
// types that are opaque to importers, and the definitions the verifier must leave out
// (ResolvedProgram::BodyVisibleFrom).
#include "frontend/resolver.h"

namespace dfy::resolve {

const std::set<std::string>* Resolver::ExportView(ModuleInfo* m,
                                                  const std::vector<std::string>& sets) {
  if (m->exports.empty()) return nullptr;
  std::vector<std::string> wanted = sets.empty() ? std::vector<std::string>{""} : sets;
  std::string key = fmt::format("{}", fmt::join(wanted, ","));
  if (auto it = export_views_.find({m, key}); it != export_views_.end()) return it->second.get();
  auto view = std::make_unique<std::set<std::string>>();
  std::set<std::string> revealed;
  std::set<std::string> members;  // "C.m": the members of types the sets show
  bool all = false;               // reveals * (or a set dfyc does not find): everything
  bool provides_all = false;      // provides *: every name, revealed only as listed
  std::set<std::string> seen;
  std::function<bool(const std::string&)> add = [&](const std::string& set) {
    for (const ExportDecl* x : m->exports) {
      bool match = x->name == set || (set.empty() && x->name == m->name) ||
                   (set == m->name && x->name.empty());
      if (!match) continue;
      if (!seen.insert(x->name).second) return true;
      all = all || x->reveals_all;
      provides_all = provides_all || x->provides_all;
      for (const auto* names : {&x->provides, &x->reveals}) {
        for (const std::string& n : *names) {
          view->insert(n.substr(0, n.find('.')));
          if (n.find('.') != std::string::npos) members.insert(n);
        }
      }
      for (const std::string& n : x->reveals) revealed.insert(n);
      for (const std::string& e : x->extends) add(e);
      return true;
    }
    return false;
  };
  for (const std::string& s : wanted) {
    if (!add(s)) all = true;  // a set dfyc does not find: everything, rather than a false error
  }
  if (all) {
    view.reset();
  } else {
    if (provides_all) {
      for (const auto& [n, e] : m->names) view->insert(n);
    }
    // Members shown without being listed: with `provides *`, every member except constructors
    // and mutable fields of a type not revealed (Dafny's ProvideRevealAllRewriter); a revealed
    // class's anonymous constructor.
    for (const auto& [n, e] : m->names) {
      if (e.kind != Entity::Kind::Type || !view->count(n)) continue;
      const auto* mems = MembersOf(e.decl);
      if (!mems) continue;
      bool rev = revealed.count(n) > 0;
      for (const Decl* d : *mems) {
        bool ctor = d->kind == DeclKind::Method &&
                    static_cast<const MethodDecl*>(d)->flavor == MethodFlavor::Constructor;
        if ((provides_all && ((!ctor && d->kind != DeclKind::Field) || rev)) ||
            (ctor && d->name.empty() && rev)) {
          members.insert(n + "." + d->name);
        }
      }
    }
    revealed_in_view_[view.get()] = std::move(revealed);
    members_in_view_[view.get()] = std::move(members);
  }
  const std::set<std::string>* out = view.get();
  export_views_[{m, key}] = std::move(view);
  return out;
}

// Dafny's checks of the names export sets list (ModuleResolver): each must be declared in the
// module, a member in its type; only functions, consts and types can be revealed. Then, when
// those hold, a type member needs its type in the set, revealed for a constructor or a mutable
// field.
void Resolver::CheckExports(ModuleInfo* m) {
  struct Item {
    const ExportDecl* set;
    const std::string* name;
    SourceRange at;
    bool opaque;
    const Decl* decl = nullptr;
    const Decl* type = nullptr;  // for `C.m`: C
  };
  auto kind_of = [](const Decl* d) -> std::string {
    switch (d->kind) {
      case DeclKind::Class:
        return "class";
      case DeclKind::Trait:
        return "trait";
      case DeclKind::Datatype:
        return static_cast<const DatatypeDecl*>(d)->co ? "codatatype" : "datatype";
      case DeclKind::Newtype:
        return "newtype";
      case DeclKind::Iterator:
        return "iterator";
      case DeclKind::OpaqueType:
        return "abstract type";
      default:
        return "type";
    }
  };
  std::vector<Item> items;
  size_t errors = ctx_.diags.Count(DiagCategory::Resolution);
  for (const ExportDecl* x : m->exports) {
    for (int opaque = 1; opaque >= 0; --opaque) {
      const auto& names = opaque ? x->provides : x->reveals;
      const auto& ats = opaque ? x->provides_at : x->reveals_at;
      for (size_t i = 0; i < names.size() && i < ats.size(); ++i) {
        Item it{x, &names[i], ats[i], opaque == 1};
        const std::string& n = names[i];
        if (size_t dot = n.find('.'); dot != std::string::npos) {
          auto t = m->names.find(n.substr(0, dot));
          if (t == m->names.end() || t->second.kind != Entity::Kind::Type) continue;
          const auto* mems = MembersOf(t->second.decl);
          std::string member = n.substr(dot + 1);
          for (const Decl* d : mems ? *mems : std::vector<Decl*>{}) {
            if (d->name == member) it.decl = d;
          }
          if (!it.decl) {
            Error(it.at, fmt::format("No member '{}' found in type '{}'", member, t->first));
            continue;
          }
          it.type = t->second.decl;
        } else {
          auto e = m->names.find(n);
          bool is_set = false;
          for (const ExportDecl* y : m->exports)
            is_set = is_set || (!y->name.empty() && y->name == n);
          if (e == m->names.end() && is_set) {
            Error(it.at, fmt::format("'{}' is an export set and cannot be provided/revealed by "
                                     "another export set (did you intend to list it in an "
                                     "\"extends\"?)",
                                     n));
            continue;
          }
          if (e == m->names.end() || e->second.kind == Entity::Kind::Ctor) {
            Error(it.at, fmt::format("'{}' must be a member of '{}' to be exported", n, m->name));
            continue;
          }
          it.decl = e->second.kind == Entity::Kind::Module ? nullptr : e->second.decl;
        }
        bool revealable = it.decl && (it.decl->kind == DeclKind::Function ||
                                      it.decl->kind == DeclKind::Const || InfoOf(it.decl));
        if (!it.opaque && !revealable) {
          Error(it.at, fmt::format("'{}' cannot be revealed in an export. Use \"provides\" "
                                   "instead.",
                                   n.substr(n.find('.') + 1)));
          continue;
        }
        items.push_back(it);
      }
    }
  }
  if (ctx_.diags.Count(DiagCategory::Resolution) != errors) return;
  for (const ExportDecl* x : m->exports) {
    // The sets x extends, transitively, with x.
    std::vector<const ExportDecl*> sets{x};
    for (size_t i = 0; i < sets.size(); ++i) {
      for (const std::string& e : sets[i]->extends) {
        for (const ExportDecl* y : m->exports) {
          if (y->name == e && std::find(sets.begin(), sets.end(), y) == sets.end())
            sets.push_back(y);
        }
      }
    }
    auto in_sets = [&](const std::string& name, bool revealed) {
      for (const ExportDecl* y : sets) {
        if (y->reveals_all || (y->provides_all && !revealed)) return true;
        if (std::find(y->reveals.begin(), y->reveals.end(), name) != y->reveals.end()) return true;
        if (!revealed &&
            std::find(y->provides.begin(), y->provides.end(), name) != y->provides.end()) {
          return true;
        }
      }
      return false;
    };
    for (const ExportDecl* y : sets) {
      for (const Item& it : items) {
        if (it.set != y || !it.type) continue;
        const Decl* d = it.decl;
        const std::string& tn = it.type->name;
        bool ctor = d->kind == DeclKind::Method &&
                    static_cast<const MethodDecl*>(d)->flavor == MethodFlavor::Constructor;
        if (!in_sets(tn, false)) {
          Error(it.at, fmt::format("Cannot export type member '{}' without providing its enclosing "
                                   "{} '{}'",
                                   d->name, kind_of(it.type), tn));
        } else if (ctor && !in_sets(tn, true)) {
          Error(it.at, fmt::format("Cannot export constructor '{}' without revealing its "
                                   "enclosing {} '{}'",
                                   d->name, kind_of(it.type), tn));
        } else if (d->kind == DeclKind::Field && !in_sets(tn, true)) {
          Error(it.at, fmt::format("Cannot export mutable field '{}' without revealing its "
                                   "enclosing {} '{}'",
                                   d->name, kind_of(it.type), tn));
        }
      }
    }
  }
}

// Dafny's `{:_provided}`: the type synonyms, subset types and newtypes an export set of their
// module provides without revealing. An importer that is not shown their definition sees them
// as opaque types; a synonym among them keeps its name in types until resolution ends.
void Resolver::FindProvidedTypes() {
  for (auto& m : modules_) {
    for (const ExportDecl* x : m->exports) {
      auto add = [&](const std::string& n) {
        auto it = m->names.find(n);
        if (it == m->names.end() || it->second.kind != Entity::Kind::Type) return;
        DeclKind k = it->second.decl->kind;
        if (k == DeclKind::TypeSynonym || k == DeclKind::SubsetType || k == DeclKind::Newtype) {
          provided_types_.insert(it->second.decl);
        }
      };
      for (const std::string& n : x->provides) add(n);
      if (x->provides_all && !x->reveals_all) {
        for (const auto& [n, e] : m->names) add(n);
      }
    }
  }
}

bool Resolver::OpaqueHere(const Decl* d) {
  if (provided_types_.empty() || !provided_types_.count(d)) return false;
  auto key = std::make_pair(cur_module_, d);
  auto it = opaque_here_.find(key);
  if (it != opaque_here_.end()) return it->second;
  bool opaque = !RevealedTo(cur_module_, d);
  opaque_here_[key] = opaque;
  return opaque;
}

// The resolved program names no synonym: each kept one is replaced by its right side.
void Resolver::ExpandProvidedSynonyms() {
  if (provided_types_.empty()) return;
  std::map<const Type*, const Type*> memo;
  std::function<const Type*(const Type*)> expand = [&](const Type* t) -> const Type* {
    if (!t) return t;
    if (auto it = memo.find(t); it != memo.end()) return it->second;
    const Type* out = t;
    if (t->kind == TypeKind::UserDefined && t->decl->kind == DeclKind::TypeSynonym) {
      TypeInfo* ti = InfoOf(t->decl);
      Subst s;
      for (size_t i = 0; i < t->args.size(); ++i) {
        s[t_.Get(TypeKind::TypeParam, {}, static_cast<uint32_t>(i), (*ti->type_params)[i].name,
                 t->decl)] = t->args[i];
      }
      out = expand(ti->base ? Substitute(ti->base, s) : t_.Error());
    } else if (!t->args.empty()) {
      Type copy = *t;
      for (const Type*& a : copy.args) a = expand(a);
      out = t_.Get(copy);
    }
    memo[t] = out;
    return out;
  };
  for (const Type*& t : rp_->expr_type_) t = expand(t);
  for (const Type*& t : rp_->var_type_) t = expand(t);
  for (Binding& b : rp_->binding_) {
    for (const Type*& t : b.type_args) t = expand(t);
  }
  for (auto& [f, t] : rp_->function_result_) t = expand(t);
  for (auto& [d, t] : rp_->member_type_) t = expand(t);
  for (auto& [e, t] : rp_->tested_type_) t = expand(t);
}

// For each module, the functions and consts of the modules it imports whose definitions no
// import of it reveals (ResolvedProgram::BodyVisibleFrom).
void Resolver::FindHiddenBodies() {
  for (auto& cur : modules_) {
    std::map<ModuleInfo*, std::vector<const std::set<std::string>*>> views;
    for (const auto& [name, e] : cur->names) {
      if (e.kind == Entity::Kind::Module && e.module != cur.get())
        views[e.module].push_back(e.visible);
    }
    for (const auto& [home, vs] : views) {
      if (std::find(vs.begin(), vs.end(), nullptr) != vs.end()) continue;
      auto revealed = [&](const std::string& key) {
        for (const auto* v : vs) {
          auto r = revealed_in_view_.find(v);
          if (r == revealed_in_view_.end() || r->second.count(key)) return true;
        }
        return false;
      };
      auto consider = [&](const Decl* d, const std::string& key) {
        bool has_body =
            (d->kind == DeclKind::Function && static_cast<const FunctionDecl*>(d)->body) ||
            (d->kind == DeclKind::Const && static_cast<const ConstDecl*>(d)->init);
        if (has_body && !revealed(key)) rp_->body_hidden_in_[d].insert(cur->decl);
      };
      for (const auto& [n, e] : home->names) {
        if (e.kind == Entity::Kind::Member) consider(e.decl, n);
        if (e.kind != Entity::Kind::Type) continue;
        if (const auto* mems = MembersOf(e.decl)) {
          for (const Decl* d : *mems) consider(d, n + "." + d->name);
        }
      }
    }
  }
}

void Resolver::CheckAbstractUse(const Entity& e, const std::string& name, const Node* use,
                                SourceRange at) {
  if (e.kind != Entity::Kind::Module || !e.abstract_import || !cur_module_ || !cur_module_->decl ||
      cur_module_->decl->is_abstract || cur_module_->decl->is_replaceable) {
    return;
  }
  Diagnostic& d = ctx_.diags.Report(
      DiagKind::ResolutionError, at,
      fmt::format("a compiled module is not allowed to use an abstract module ({})", name));
  // Dafny notes the refining module when the use was inherited from the refined one.
  if (elaboration_ && elaboration_->inherited.count(use)) {
    d.notes.push_back(DiagNote{cur_module_->decl->name_range, "refining module"});
  }
}

const Type* Resolver::NotImported(const SelectExpr* s, const std::string& name) {
  Error(s->tok, fmt::format("member '{}' has not been imported in this scope and cannot be "
                            "accessed here",
                            name));
  return t_.Error();
}

bool Resolver::MemberVisibleTo(ModuleInfo* cur, TypeInfo* owner, const Decl* member) {
  if (!cur || !owner || owner->module == cur) return true;
  ModuleInfo* home = owner->module;
  std::string key = owner->decl->name + "." + member->name;
  bool imported = false;
  for (const auto& [name, e] : cur->names) {
    if (e.kind != Entity::Kind::Module || e.module != home) continue;
    imported = true;
    // Dafny does not check which members of a type an abstract import (`import P : M`) names:
    // Std.Parsers.Builders calls `Remaining()` of P's ParseResult, which P's export leaves out.
    if (!e.visible || e.abstract_import) return true;
    auto r = members_in_view_.find(e.visible);
    if (r == members_in_view_.end() || r->second.count(key)) return true;
  }
  return !imported;
}

bool Resolver::RevealedTo(ModuleInfo* cur, const Decl* d) {
  auto it = type_infos_.find(d);
  if (!cur || it == type_infos_.end() || it->second->module == cur) return true;
  ModuleInfo* home = it->second->module;
  bool imported = false;
  for (const auto& [name, e] : cur->names) {
    if (e.kind != Entity::Kind::Module || e.module != home) continue;
    imported = true;
    if (!e.visible) return true;
    auto r = revealed_in_view_.find(e.visible);
    if (r == revealed_in_view_.end() || r->second.count(d->name)) return true;
  }
  return !imported;
}

}  // namespace dfy::resolve
