// Module refinement (refine_impl.h): the agreement of type parameters and parameters, and the
// merge of functions and methods with the ones they refine (contracts inherited, bodies added).
#include "frontend/refine_impl.h"

namespace dfy::refine {

void Refiner::CheckTypeParams(SourceRange at, const Decl* prev, const Decl* nw,
                              const std::string& thing) {
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
    auto not_allowed = [&](const std::string& what) {
      Error(n.range, fmt::format("type parameter '{}' is not allowed to change {}", n.name, what));
    };
    if (has(o, "==") && !has(n, "==")) not_allowed("the requirement of supporting equality");
    if (has(o, "0") != has(n, "0")) {
      not_allowed("the requirement of supporting auto-initialization");
    } else if ((has(o, "0") || has(o, "00")) != (has(n, "0") || has(n, "00"))) {
      not_allowed("the requirement of being nonempty");
    }
    if (has(o, "!new") != has(n, "!new")) not_allowed("the no-reference-type requirement");
    if (variance(o.variance) != variance(n.variance)) {
      not_allowed(fmt::format("variance (here, from '{}' to '{}')", variance(o.variance),
                              variance(n.variance)));
    }
    if (o.bounds.size() != n.bounds.size()) {
      Error(n.range, fmt::format("type parameter '{}' of {} '{}' is declared with a different "
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

void Refiner::CheckParams(const Decl* nw, const std::vector<Var*>& old,
                          const std::vector<Var*>& now, const char* thing, const char* kind) {
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
    } else if (o->is_new != n->is_new || o->is_older != n->is_older) {
      const char* change = o->is_new && !n->is_new   ? "new to non-new"
                           : !o->is_new && n->is_new ? "non-new to new"
                           : n->is_older             ? "non-older to older"
                                                     : "older to non-older";
      Error(n->range, fmt::format("{0} '{1}' of {2} {3} cannot be changed, compared to the "
                                  "corresponding {2} in the module it refines, from {4}",
                                  kind, n->name, thing, nw->name, change));
    } else if (!SameTypeExpr(o->type, n->type)) {
      Error(n->range, fmt::format("the type of {0} '{1}' is different from the type of the "
                                  "same {0} in the corresponding {2} in the module it refines "
                                  "('{3}' instead of '{4}')",
                                  kind, n->name, thing, PrintType(n->type), PrintType(o->type)));
    }
  }
}

std::vector<Attribute> Refiner::Concat(std::vector<Attribute> a, const std::vector<Attribute>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

Decl* Refiner::MergeFunction(FunctionDecl* f, const Decl* prev_decl) {
  const std::string what = WhatKind(f);
  auto* prev =
      prev_decl->kind == DeclKind::Function ? static_cast<const FunctionDecl*>(prev_decl) : nullptr;
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
    Error(f->decreases[0]->tok, fmt::format("decreases clause on refining {} not supported", what));
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
    if (f->by_method) {
      c->by_method = f->by_method;
      c->by_tok = f->by_tok;
    }
  }
  return c;
}

Decl* Refiner::MergeMethod(MethodDecl* m, const Decl* prev_decl) {
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

void Refiner::MergeDivided(const MethodDecl* m, const MethodDecl* prev, MethodDecl* c) {
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

}  // namespace dfy::refine
