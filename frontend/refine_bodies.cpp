// Module refinement (refine_impl.h): a skeleton body (`...;`, `assert ...;`, `if ... { }`,
// `modify ... { }`) filled in from the refined body, and Dafny's checks of the statements a
// refining body adds.
#include "frontend/refine_impl.h"

namespace dfy::refine {

BlockStmt* Refiner::NewBlock(SourceRange at) {
  auto* b = p_.arena.New<BlockStmt>();
  b->id = p_.arena.NextStmtId();
  b->range = at;
  return b;
}

void Refiner::CollectLocals(const std::vector<Stmt*>& ss) {
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

BlockStmt* Refiner::MergeBlock(BlockStmt* skel, const BlockStmt* old) {
  CollectLocals(old->stmts);
  auto* b = NewBlock(skel->range);
  b->attributes = skel->attributes;
  b->stmts = MergeList(skel->stmts, old->stmts);
  return b;
}

bool Refiner::LhsAgree(const std::vector<Expr*>& old, const std::vector<Expr*>& now) {
  if (old.size() != now.size()) return false;
  for (size_t i = 0; i < old.size(); ++i) {
    if (old[i]->kind != ExprKind::Name || now[i]->kind != ExprKind::Name) return false;
    const std::string& a = static_cast<const NameExpr*>(old[i])->name;
    if (a != static_cast<const NameExpr*>(now[i])->name || !locals_.count(a)) return false;
  }
  return true;
}

bool Refiner::VarsAgree(const Stmt* a, const Stmt* b) {
  auto* x = static_cast<const VarDeclStmt*>(a);
  auto* y = static_cast<const VarDeclStmt*>(b);
  if (x->vars.size() != y->vars.size()) return false;
  for (size_t i = 0; i < x->vars.size(); ++i) {
    if (x->vars[i]->name != y->vars[i]->name) return false;
  }
  return true;
}

bool Refiner::IsVarDecl(const Stmt* s) {
  return s->kind == StmtKind::VarDecl || s->kind == StmtKind::VarDeclUpdate;
}

bool Refiner::IsPredicate(const Stmt* s) {
  return s->kind == StmtKind::Assert || s->kind == StmtKind::Assume || s->kind == StmtKind::Expect;
}

bool Refiner::IsIf(const Stmt* s) {
  return s->kind == StmtKind::If || s->kind == StmtKind::BindingIf;
}

const char* Refiner::TemplateName(StmtKind of) {
  switch (of) {
    case StmtKind::Assert:
      return "assert";
    case StmtKind::Assume:
      return "assume";
    case StmtKind::Expect:
      return "expect";
    case StmtKind::If:
      return "if-statement";
    case StmtKind::While:
      return "while-statement";
    case StmtKind::Modify:
      return "modify";
    default:
      return nullptr;
  }
}

bool Refiner::TemplateMatches(StmtKind of, const Stmt* old) {
  switch (of) {
    case StmtKind::Assert:
      return IsPredicate(old);
    case StmtKind::If:
      return IsIf(old);
    default:
      return old->kind == of;
  }
}

bool Refiner::PotentialMatch(const Stmt* nxt, const Stmt* other) {
  if (nxt->kind == StmtKind::Label) {
    return other->kind == StmtKind::Label &&
           static_cast<const LabelStmt*>(nxt)->label == static_cast<const LabelStmt*>(other)->label;
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

PredicateStmt* Refiner::NewAssert(SourceRange at, Expr* e) {
  auto* a = p_.arena.New<PredicateStmt>(StmtKind::Assert);
  a->id = p_.arena.NextStmtId();
  a->range = at;
  a->expr = e;
  return a;
}

std::vector<Stmt*> Refiner::MergeList(const std::vector<Stmt*>& skel,
                                      const std::vector<Stmt*>& old) {
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
      if (const char* what = TemplateName(sk->of); what && !TemplateMatches(sk->of, olds)) {
        Error(cur->range, fmt::format("{} template does not match inherited statement", what));
        ++i;
        continue;
      }
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
          auto* ow = static_cast<const WhileStmt*>(olds);
          body.push_back(MergeWhile(static_cast<WhileStmt*>(sk->inner), ow, cl_.Clone(ow->cond)));
          ++i;
          ++j;
          break;
        }
        case StmtKind::Modify: {
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
      body.push_back(MergeBlock(static_cast<BlockStmt*>(cur), static_cast<const BlockStmt*>(olds)));
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

WhileStmt* Refiner::MergeWhile(WhileStmt* nw, const WhileStmt* old, Expr* guard) {
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
    r->decreases_star_at = nw->decreases_star_at;
  } else {
    r->decreases = cl_.CloneAll(old->decreases);
    r->decreases_star = old->decreases_star;
    r->decreases_star_at = old->decreases_star_at;
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

Stmt* Refiner::MergeElse(Stmt* skel, const Stmt* old) {
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

void Refiner::Add(Stmt* s, std::vector<Stmt*>& body) {
  size_t before = ctx_.diags.Count(DiagCategory::Resolution);
  std::vector<std::string> labels;
  CheckNew(s, labels, 0);
  if (ctx_.diags.Count(DiagCategory::Resolution) == before) {
    body.push_back(s);
    added_.push_back(s);
  }
}

void Refiner::CheckNew(const Stmt* s, std::vector<std::string>& labels, int loops) {
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

}  // namespace dfy::refine
