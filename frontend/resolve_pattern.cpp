// Patterns of match cases, let expressions and variable declarations; match and let.
#include "frontend/resolver.h"

namespace dfy::resolve {

namespace {

std::string LastSegment(const std::string& name) {
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(dot + 1);
}

}  // namespace

void Resolver::ResolvePattern(const Pattern* p, const Type* t, const CodeContext& cc, bool in_let) {
  const Type* s = Shape(t);
  // The variables a tuple pattern binds to ghost components (`(ghost int, int)`) are ghost, as
  // in Dafny.
  auto mark_ghost_components = [&](const Type* tuple) {
    std::function<void(const Pattern*)> mark = [&](const Pattern* q) {
      if (q->var) rp_->ghost_var_[q->var->id] = true;
      for (const Pattern* a : q->args) mark(a);
    };
    for (size_t i = 0; i < p->args.size(); ++i) {
      if (IsGhostComponent(tuple, i)) mark(p->args[i]);
    }
  };
  switch (p->kind) {
    case PatternKind::Ident: {
      // A nullary constructor of the scrutinee's datatype, or a variable.
      if (const DatatypeDecl* dt = DatatypeOf(s); dt && !in_let && p->var && !p->var->type) {
        for (const DatatypeCtor& c : dt->ctors) {
          if (c.name == p->name && c.formals.empty()) {
            rp_->pattern_ctor_[p] = &c;
            return;
          }
        }
      }
      if (!p->var) return;  // `_`
      const Type* vt = t;
      if (p->var->type) {
        vt = ResolveType(p->var->type, cc.module);
        if (!Unify(vt, t)) {
          TypeError(p->range, fmt::format("type of bound variable '{}' ({}) does not agree with "
                                          "the type of the pattern ({})",
                                          p->var->name, TypeName(vt), TypeName(Zonk(t))));
        }
      }
      DeclareVar(p->var, vt);
      return;
    }
    case PatternKind::Ctor: {
      std::string name = LastSegment(p->name);
      const DatatypeDecl* dt = DatatypeOf(s);
      if (!dt && s->kind == TypeKind::Proxy) {
        Entity e = LookupEntity(name, cc.module);
        if (e.kind == Entity::Kind::Ctor) {
          dt = e.datatype;
          std::vector<const Type*> args;
          for (size_t i = 0; i < dt->type_params.size(); ++i) args.push_back(NewProxy());
          Unify(t, TypeOfDecl(dt, args, false));
          s = Shape(t);
        }
      }
      if (s->kind == TypeKind::Tuple && name.empty()) {
        for (size_t i = 0; i < p->args.size() && i < s->args.size(); ++i) {
          ResolvePattern(p->args[i], s->args[i], cc, in_let);
        }
        mark_ghost_components(s);
        return;
      }
      const DatatypeCtor* ctor = nullptr;
      if (dt) {
        for (const DatatypeCtor& c : dt->ctors) {
          if (c.name == name) ctor = &c;
        }
      }
      if (!ctor) {
        if (s->kind != TypeKind::Error) {
          Error(p->range, fmt::format("member {} does not exist in type {}", name,
                                      dt ? dt->name : TypeName(Zonk(t))));
        }
        for (const Pattern* a : p->args) ResolvePattern(a, t_.Error(), cc, in_let);
        return;
      }
      rp_->pattern_ctor_[p] = ctor;
      if (p->args.size() != ctor->formals.size()) {
        Error(p->range, fmt::format("constructor {} of arity {} is applied to {} argument(s)",
                                    ctor->name, ctor->formals.size(), p->args.size()));
      }
      Subst sub = ReceiverSubst(s);
      for (size_t i = 0; i < p->args.size(); ++i) {
        const Type* ft =
            i < ctor->formals.size() ? Substitute(rp_->TypeOf(ctor->formals[i]), sub) : t_.Error();
        ResolvePattern(p->args[i], ft, cc, in_let);
      }
      return;
    }
    case PatternKind::Tuple: {
      if (s->kind == TypeKind::Proxy) {
        std::vector<const Type*> elems;
        for (size_t i = 0; i < p->args.size(); ++i) elems.push_back(NewProxy());
        Unify(t, t_.Tuple(elems));
        s = Shape(t);
      }
      if (p->args.size() == 1) {
        ResolvePattern(p->args[0], t, cc, in_let);
        return;
      }
      if (s->kind != TypeKind::Tuple || s->args.size() != p->args.size()) {
        if (s->kind == TypeKind::Tuple) {
          // Dafny's names of its tuple types and their constructors.
          Error(p->range, fmt::format("constructor _#Make{} does not exist in datatype _tuple#{}",
                                      p->args.size(), s->args.size()));
        } else if (s->kind != TypeKind::Error) {
          Error(p->range, fmt::format("tuple pattern of {} components does not match type {}",
                                      p->args.size(), TypeName(Zonk(t))));
        }
        for (const Pattern* a : p->args) ResolvePattern(a, t_.Error(), cc, in_let);
        return;
      }
      for (size_t i = 0; i < p->args.size(); ++i)
        ResolvePattern(p->args[i], s->args[i], cc, in_let);
      mark_ghost_components(s);
      return;
    }
    case PatternKind::Literal:
      ExpectType(p->literal, t, cc, nullptr);
      return;
    case PatternKind::Disjunction:
      for (const Pattern* a : p->args) ResolvePattern(a, t, cc, in_let);
      return;
  }
}

const Type* Resolver::InferLet(const LetExpr* e, const CodeContext& cc, const Type* expected) {
  scopes_.emplace_back();
  ResolveAttributes(e->attributes, cc);
  switch (e->op) {
    case LetOp::Assign: {
      std::vector<const Type*> types;
      for (const Expr* r : e->rhs) types.push_back(ResolveExpr(r, cc));
      if (e->lhs.size() != e->rhs.size()) {
        Error(e->tok, fmt::format("let expression must have same number of left-hand sides ({}) "
                                  "as right-hand sides ({})",
                                  e->lhs.size(), e->rhs.size()));
      }
      for (size_t i = 0; i < e->lhs.size() && i < types.size(); ++i) {
        const Type* t = types[i];
        if (e->lhs[i]->kind == PatternKind::Ident && Walk(t)->kind == TypeKind::Nat) t = t_.Int();
        ResolvePattern(e->lhs[i], t, cc, true);
      }
      break;
    }
    case LetOp::SuchThat: {
      if (e->rhs.size() != 1) {
        Error(e->tok, fmt::format("let-such-that expression must have just one RHS (found {})",
                                  e->rhs.size()));
      }
      for (const Pattern* p : e->lhs) {
        if (p->var) {
          DeclareVar(p->var, p->var->type ? ResolveType(p->var->type, cc.module) : NewProxy());
        }
      }
      for (const Expr* r : e->rhs) ExpectBool(r, cc);
      break;
    }
    case LetOp::AssignOrReturn: {
      const Type* t = e->rhs.empty() ? t_.Error() : ResolveExpr(e->rhs[0], cc);
      for (size_t i = 1; i < e->rhs.size(); ++i) ResolveExpr(e->rhs[i], cc);
      const Type* value = t_.Error();
      TypeInfo* owner = nullptr;
      const Decl* extract = FindMember(Shape(t), "Extract", &owner);
      if (extract && extract->kind == DeclKind::Function) {
        value = Substitute(rp_->function_result_[static_cast<const FunctionDecl*>(extract)],
                           ReceiverSubst(Shape(t)));
      } else if (!e->lhs.empty() && Shape(t)->kind != TypeKind::Error) {
        Error(e->tok, fmt::format("The right-hand side of ':-', which is of type '{}', must have "
                                  "functions 'IsFailure()', 'PropagateFailure()', and "
                                  "'Extract()'",
                                  TypeName(Zonk(t))));
      }
      for (const Pattern* p : e->lhs) ResolvePattern(p, value, cc, true);
      break;
    }
  }
  const Type* body = ResolveExpr(e->body, cc, expected);
  scopes_.pop_back();
  return body;
}

const Type* Resolver::InferMatch(const MatchExpr* e, const CodeContext& cc, const Type* expected) {
  const Type* st = ResolveExpr(e->scrutinee, cc);
  const Type* result = expected ? expected : NewProxy();
  bool first = true;
  for (const MatchCaseExpr& c : e->cases) {
    scopes_.emplace_back();
    ResolvePattern(c.pattern, st, cc, false);
    const Type* bt = ResolveExpr(c.body, cc, result);
    if (first && !expected) {
      result = bt;
    } else if (!Unify(result, bt)) {
      TypeError(c.body->tok, fmt::format("type of case bodies do not agree (found {}, previous "
                                         "types {})",
                                         TypeName(Zonk(bt)), TypeName(Zonk(result))));
    }
    first = false;
    scopes_.pop_back();
  }
  return result;
}

}  // namespace dfy::resolve
