// Expressions other than names, selections and calls.
#include "frontend/resolver.h"

namespace dfy::resolve {

const Type* Resolver::ResolveExpr(const Expr* e, const CodeContext& cc, const Type* expected) {
  const Type* t = Infer(e, cc, expected);
  if (!t) t = t_.Error();
  typed_exprs_.push_back(e);
  return SetExprType(e, t);
}

void Resolver::ExpectBoolMsg(const Expr* e, const CodeContext& cc, const char* format) {
  const Type* t = ResolveExpr(e, cc, t_.Bool());
  if (!Unify(t_.Bool(), t)) {
    TypeError(e->tok, fmt::format(fmt::runtime(format), TypeName(Zonk(t))));
  }
}

void Resolver::ExpectBool(const Expr* e, const CodeContext& cc, const char* what) {
  const Type* t = ResolveExpr(e, cc, t_.Bool());
  if (!Unify(t_.Bool(), t)) {
    TypeError(e->tok, what ? fmt::format("{} is expected to be of type bool, but is {}", what,
                                         TypeName(Zonk(t)))
                           : fmt::format("type of expression is expected to be bool, but is {}",
                                         TypeName(Zonk(t))));
  }
}

void Resolver::ExpectType(const Expr* e, const Type* want, const CodeContext& cc,
                          const char* what) {
  const Type* t = ResolveExpr(e, cc, want);
  if (!Unify(want, t)) {
    TypeError(e->tok, fmt::format("{} (of type {}) not assignable to {} (of type {})",
                                  what ? what : "RHS", TypeName(Zonk(t)),
                                  what ? "the expected type" : "LHS", TypeName(Zonk(want))));
  }
}

void Resolver::ResolveAttributes(const std::vector<Attribute>& attrs, const CodeContext& cc) {
  CodeContext spec = cc;
  spec.ghost = true;
  for (const Attribute& a : attrs) {
    for (const Expr* x : a.args) ResolveExpr(x, spec);
  }
}

// The bound variables of a quantifier, comprehension or forall statement, in a new scope that
// the caller pops.
void Resolver::DeclareBoundVars(const QuantifierDomain& d, const CodeContext& cc,
                                const char* range_format) {
  scopes_.emplace_back();
  for (const BoundVar& bv : d.vars) {
    const Type* t = bv.var->type ? ResolveType(bv.var->type, cc.module) : NewProxy();
    if (bv.collection) {
      const Type* ct = Shape(ResolveExpr(bv.collection, cc));
      const Type* elem = nullptr;
      switch (ct->kind) {
        case TypeKind::Seq:
        case TypeKind::Set:
        case TypeKind::ISet:
        case TypeKind::Multiset:
        case TypeKind::Map:
        case TypeKind::IMap:
          elem = ct->args[0];
          break;
        default:
          if (ct->kind != TypeKind::Error) {
            Error(bv.collection->tok,
                  fmt::format("a collection is expected after '<-' (got {})", TypeName(Zonk(ct))));
          }
          break;
      }
      if (elem) Unify(t, elem);
    }
    DeclareVar(bv.var, t);
  }
  for (const BoundVar& bv : d.vars) {
    if (bv.range && range_format) {
      ExpectBoolMsg(bv.range, cc, range_format);
    } else if (bv.range) {
      ExpectBool(bv.range, cc, "range");
    }
  }
  ResolveAttributes(d.attributes, cc);
}

void Resolver::ResolveFrame(const Expr* e, const CodeContext& cc, FrameKind kind) {
  if (e->kind == ExprKind::Wildcard) {
    SetExprType(e, t_.Error());
    return;
  }
  if (e->kind == ExprKind::FieldFrame) {
    auto* ff = static_cast<const FieldFrameExpr*>(e);
    const Type* ot =
        ff->object ? ResolveExpr(ff->object, cc) : (cc.type ? ThisType(cc.type) : t_.Error());
    const Type* elem = Shape(ot);
    if (elem->kind == TypeKind::Set || elem->kind == TypeKind::Seq ||
        elem->kind == TypeKind::Multiset || elem->kind == TypeKind::ISet) {
      elem = Shape(elem->args[0]);
    }
    TypeInfo* owner = nullptr;
    const Decl* f = FindMember(elem, ff->field, &owner);
    if (!f || f->kind != DeclKind::Field) {
      if (elem->kind != TypeKind::Error) {
        Error(SourceRange{e->range.file, e->range.begin, e->range.begin},
              fmt::format("member '{}' does not exist in {}", ff->field, TypeDescription(elem)));
      }
    } else {
      rp_->binding_[e->id].member = f;
    }
    SetExprType(e, t_.Error());
    return;
  }
  const Type* t = Shape(ResolveExpr(e, cc));
  frame_exprs_.push_back(e);
  bool ok = IsReference(t) || t->kind == TypeKind::Error || t->kind == TypeKind::Proxy;
  if (t->kind == TypeKind::Set || t->kind == TypeKind::ISet || t->kind == TypeKind::Seq ||
      t->kind == TypeKind::Multiset) {
    const Type* el = Shape(t->args[0]);
    ok = IsReference(el) || el->kind == TypeKind::Proxy;
  }
  if (!ok) {
    // Dafny's wording, which mentions the field locations of its --referrers option.
    constexpr const char* kLocations =
        "an object, a single field location like o`x or a`[i] of type (object, field)  (with "
        "`--referrers`), ";
    constexpr const char* kSets =
        "a set/iset/multiset/seq of objects or single field locations (with `--referrers`)";
    std::string what =
        kind == FrameKind::Reads
            ? fmt::format(
                  "a reads-clause expression must denote {}{}, or a "
                  "function to {} (instead got {})",
                  kLocations, kSets, kSets, TypeName(Zonk(t)))
            : fmt::format("{} must denote {}or {} (instead got {})",
                          kind == FrameKind::Unchanged ? "an unchanged expression"
                                                       : "a modifies-clause expression",
                          kLocations, kSets, TypeName(Zonk(t)));
    Error(e->tok, what);
  }
}

const Type* Resolver::Infer(const Expr* e, const CodeContext& cc, const Type* expected) {
  switch (e->kind) {
    case ExprKind::BoolLiteral:
      return t_.Bool();
    case ExprKind::IntLiteral:
      return NewProxy(ProxyKind::IntLiteral);
    case ExprKind::RealLiteral:
      return NewProxy(ProxyKind::RealLiteral);
    case ExprKind::CharLiteral:
      return t_.Char();
    case ExprKind::StringLiteral:
      return t_.String();
    case ExprKind::NullLiteral:
      if (expected && IsReference(expected)) {
        const Type* b = Base(expected);
        return t_.Get(b->kind, b->args, b->width, b->name, b->decl, true);
      }
      return t_.Get(TypeKind::Object, {}, 0, {}, nullptr, true);
    case ExprKind::This:
      if (!cc.type) {
        Error(e->tok, "'this' is not allowed in a 'static' context");
        return t_.Error();
      }
      if (cc.is_static) {
        Error(e->tok, "'this' is not allowed in a 'static' context");
      }
      return ThisType(cc.type);
    case ExprKind::Name:
      return ResolveName(static_cast<const NameExpr*>(e), cc);
    case ExprKind::Paren:
      if (hint_only_expected_ == e) hint_only_expected_ = static_cast<const ParenExpr*>(e)->inner;
      return ResolveExpr(static_cast<const ParenExpr*>(e)->inner, cc, expected);
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(e);
      // (-e is no value of e's expected type: a call there takes no type argument from it.)
      const Expr* outer_hint = hint_only_expected_;
      hint_only_expected_ = u->operand;
      const Type* t = ResolveExpr(u->operand, cc, expected);
      hint_only_expected_ = outer_hint;
      const Type* s = Shape(t);
      if (s->kind == TypeKind::Error) return t_.Error();
      if (u->op == UnaryOp::Not) {
        if (s->kind == TypeKind::BitVector) return t;
        if (!Unify(t_.Bool(), t)) {
          TypeError(u->operand->tok, fmt::format("logical/bitwise negation expects a boolean or "
                                                 "bitvector argument (instead got {})",
                                                 TypeName(Zonk(t))));
          return t;  // as Dafny: the negation has its operand's type
        }
        return t_.Bool();
      }
      if (!IsIntLike(s) && !IsRealLike(s) && s->kind != TypeKind::BitVector &&
          s->kind != TypeKind::Proxy) {
        TypeError(u->operand->tok, fmt::format("the argument of a unary minus must have numeric "
                                               "or bitvector type (instead got {})",
                                               TypeName(Zonk(t))));
        return t_.Error();
      }
      return Walk(t)->kind == TypeKind::Nat ? t_.Int() : Base(t);
    }
    case ExprKind::Binary:
      return InferBinary(static_cast<const BinaryExpr*>(e), cc, expected);
    case ExprKind::Call:
      return ResolveCall(static_cast<const CallExpr*>(e), cc, method_call_ok_ == e,
                         hint_only_expected_ == e ? nullptr : expected);
    case ExprKind::Select:
      return ResolveSelect(static_cast<const SelectExpr*>(e), cc);
    case ExprKind::Index:
      return InferIndex(static_cast<const IndexExpr*>(e), cc);
    case ExprKind::Slice: {
      auto* s = static_cast<const SliceExpr*>(e);
      const Type* st = Shape(ResolveExpr(s->seq, cc));
      for (const Expr* x : {s->lo, s->hi}) {
        if (x) ExpectType(x, NewProxy(ProxyKind::IntLiteral), cc, "index");
      }
      if (st->kind == TypeKind::Seq)
        return Walk(rp_->TypeOf(s->seq))->kind == TypeKind::String ? t_.String() : st;
      if (st->kind == TypeKind::Array && st->width == 1) return t_.Seq(st->args[0]);
      if (st->kind != TypeKind::Error) {
        TypeError(e->tok, fmt::format("multi-selection of elements requires a sequence or array "
                                      "(got {})",
                                      TypeName(Zonk(st))));
      }
      return t_.Error();
    }
    case ExprKind::SeqUpdate: {
      auto* u = static_cast<const SeqUpdateExpr*>(e);
      const Type* t = ResolveExpr(u->seq, cc, expected);
      const Type* s = Shape(t);
      switch (s->kind) {
        case TypeKind::Seq: {
          ExpectType(u->index, NewProxy(ProxyKind::IntLiteral), cc, "index");
          const Type* vt = ResolveExpr(u->value, cc, s->args[0]);
          if (!Unify(s->args[0], vt)) {
            TypeError(u->value->tok, fmt::format("sequence update requires the value to have the "
                                                 "element type of the sequence (got {})",
                                                 TypeName(Zonk(vt))));
          }
          return t;
        }
        case TypeKind::Map:
        case TypeKind::IMap: {
          ExpectType(u->index, s->args[0], cc, nullptr);
          const Type* vt = ResolveExpr(u->value, cc, s->args[1]);
          if (!Unify(s->args[1], vt)) {
            TypeError(u->value->tok, fmt::format("map update requires the value to have the range "
                                                 "type {} (got {})",
                                                 TypeName(Zonk(s->args[1])), TypeName(Zonk(vt))));
          }
          return t;
        }
        case TypeKind::Multiset:
          ExpectType(u->index, s->args[0], cc, nullptr);
          ExpectType(u->value, NewProxy(ProxyKind::IntLiteral), cc, nullptr);
          return t;
        default:
          ResolveExpr(u->index, cc);
          ResolveExpr(u->value, cc);
          if (s->kind != TypeKind::Error) {
            TypeError(e->tok, fmt::format("update requires a sequence, map, or multiset (got {})",
                                          TypeName(Zonk(t))));
          }
          return t_.Error();
      }
    }
    case ExprKind::Cardinality: {
      auto* c = static_cast<const CardinalityExpr*>(e);
      const Type* s = Shape(ResolveExpr(c->operand, cc));
      switch (s->kind) {
        case TypeKind::Seq:
        case TypeKind::Set:
        case TypeKind::Multiset:
        case TypeKind::Map:
        case TypeKind::Error:
        case TypeKind::Proxy:  // a later use decides (`var s :| |s| == 3 && P(s)`)
          return t_.Int();
        default:
          TypeError(e->tok, fmt::format("size operator expects a collection argument (instead "
                                        "got {})",
                                        TypeName(Zonk(s))));
          return t_.Int();
      }
    }
    case ExprKind::IfThenElse:
    case ExprKind::BindingIfThenElse: {
      auto* ite = static_cast<const IfThenElseExpr*>(e);
      scopes_.emplace_back();
      for (const Var* v : ite->bound_vars) {
        DeclareVar(v, v->type ? ResolveType(v->type, cc.module) : NewProxy());
      }
      const Type* guard = ResolveExpr(ite->cond, cc, t_.Bool());
      if (!Unify(t_.Bool(), guard)) {
        TypeError(ite->cond->tok, fmt::format("guard condition in if-then-else expression must "
                                              "be a boolean (instead got {})",
                                              TypeName(Zonk(guard))));
      }
      const Type* a = ResolveExpr(ite->then_branch, cc, expected);
      scopes_.pop_back();
      const Expr* outer_hint = hint_only_expected_;
      if (!expected) hint_only_expected_ = ite->else_branch;
      const Type* b = ResolveExpr(ite->else_branch, cc, expected ? expected : a);
      hint_only_expected_ = outer_hint;
      if (Walk(a)->kind == TypeKind::Error) return b;
      if (Walk(b)->kind == TypeKind::Error) return a;
      if (!Unify(a, b)) {
        TypeError(e->tok, fmt::format("the two branches of an if-then-else expression must "
                                      "have the same type (got {} and {})",
                                      TypeName(Zonk(a)), TypeName(Zonk(b))));
        return b;
      }
      return Walk(a) == Walk(b) ? a : Base(a);
    }
    case ExprKind::Old: {
      auto* o = static_cast<const OldExpr*>(e);
      if (!cc.allow_old) {
        Error(e->tok, "old expressions are not allowed in this context");
      }
      const Type* t = ResolveExpr(o->operand, cc, expected);
      // old(x) of a variable (or a literal, or arithmetic on them) reads no heap.
      std::function<bool(const Expr*)> heap_free = [&](const Expr* x) {
        switch (x->kind) {
          case ExprKind::Name: {
            const Binding& b = rp_->BindingOf(x);
            return b.var != nullptr || (b.member && b.member->kind == DeclKind::Const);
          }
          case ExprKind::IntLiteral:
          case ExprKind::RealLiteral:
          case ExprKind::BoolLiteral:
          case ExprKind::CharLiteral:
          case ExprKind::StringLiteral:
            return true;
          case ExprKind::Paren:
            return heap_free(static_cast<const ParenExpr*>(x)->inner);
          case ExprKind::Unary:
            return heap_free(static_cast<const UnaryExpr*>(x)->operand);
          case ExprKind::Binary:
            return heap_free(static_cast<const BinaryExpr*>(x)->lhs) &&
                   heap_free(static_cast<const BinaryExpr*>(x)->rhs);
          case ExprKind::Cardinality:
            return heap_free(static_cast<const CardinalityExpr*>(x)->operand);
          case ExprKind::Select: {
            // An array's Length, a const field, a destructor: immutable (as Dafny's
            // ComputeFreeVariables: only mutable fields use the heap).
            auto* sel = static_cast<const SelectExpr*>(x);
            const Binding& b = rp_->BindingOf(x);
            const Type* ot = rp_->TypeOf(sel->object);
            bool immutable =
                (b.member && b.member->kind == DeclKind::Const) ||
                (b.datatype && b.destructor >= 0) ||
                (ot && Shape(ot)->kind == TypeKind::Array && sel->member.starts_with("Length"));
            return immutable && heap_free(sel->object);
          }
          case ExprKind::Index: {
            auto* ix = static_cast<const IndexExpr*>(x);
            const Type* st = rp_->TypeOf(ix->seq);
            TypeKind k = st ? Shape(st)->kind : TypeKind::Array;
            if (k != TypeKind::Seq && k != TypeKind::Map && k != TypeKind::Multiset) return false;
            for (const Expr* i : ix->indices) {
              if (!heap_free(i)) return false;
            }
            return heap_free(ix->seq);
          }
          default:
            return false;
        }
      };
      if (cc.allow_old && heap_free(o->operand)) {
        ctx_.diags.Report(DiagKind::ResolutionWarning, e->tok,
                          "Argument to 'old' does not dereference the mutable heap, so this use "
                          "of 'old' has no effect");
      }
      return t;
    }
    case ExprKind::Fresh:
    case ExprKind::Unchanged:
    case ExprKind::Allocated: {
      auto* ts = static_cast<const TwoStateExpr*>(e);
      if (e->kind != ExprKind::Allocated && !cc.allow_old) {
        Error(e->tok, fmt::format("{} expressions are not allowed in this context",
                                  e->kind == ExprKind::Fresh ? "fresh" : "unchanged"));
      }
      for (const Expr* a : ts->args) {
        if (e->kind == ExprKind::Unchanged) {
          ResolveFrame(a, cc, FrameKind::Unchanged);
          continue;
        }
        const Type* t = Shape(ResolveExpr(a, cc));
        if (e->kind != ExprKind::Fresh) continue;
        bool ok = IsReference(t) || t->kind == TypeKind::Error || t->kind == TypeKind::Proxy;
        if (t->kind == TypeKind::Set || t->kind == TypeKind::ISet || t->kind == TypeKind::Seq) {
          const Type* el = Shape(t->args[0]);
          ok = IsReference(el) || el->kind == TypeKind::Proxy;
        }
        if (!ok) {
          Error(e->tok, fmt::format("the argument of a fresh expression must denote an object or "
                                    "a set or sequence of objects (instead got {})",
                                    TypeName(Zonk(t))));
        }
      }
      return t_.Bool();
    }
    case ExprKind::Quantifier: {
      auto* q = static_cast<const QuantifierExpr*>(e);
      DeclareBoundVars(q->domain, cc, "range of quantifier must be of type bool (instead got {})");
      ExpectBool(q->body, cc);
      scopes_.pop_back();
      InferBoundVarSubsetTypes(q->domain, {q->body}, nullptr);
      WarnIfNoTrigger(q);
      WarnIfExistsImplies(q);
      return t_.Bool();
    }
    case ExprKind::SeqDisplay:
    case ExprKind::SetDisplay:
    case ExprKind::MultisetDisplay: {
      auto* d = static_cast<const DisplayExpr*>(e);
      if (d->from_collection) {
        const Type* s = Shape(ResolveExpr(d->elements[0], cc));
        if (s->kind == TypeKind::Seq || s->kind == TypeKind::Set) {
          return t_.Get(TypeKind::Multiset, {s->args[0]});
        }
        if (s->kind != TypeKind::Error) {
          TypeError(d->elements[0]->tok, fmt::format("can only form a multiset from a seq or "
                                                     "set (got {})",
                                                     TypeName(Zonk(s))));
        }
        return t_.Error();
      }
      TypeKind k = e->kind == ExprKind::SeqDisplay        ? TypeKind::Seq
                   : e->kind == ExprKind::MultisetDisplay ? TypeKind::Multiset
                   : d->infinite                          ? TypeKind::ISet
                                                          : TypeKind::Set;
      const Type* want = nullptr;
      if (expected) {
        const Type* x = Shape(expected);
        if (x->kind == k && !x->args.empty()) want = x->args[0];
      }
      // As Dafny: a display takes the expected element type when that is no subset type, or
      // when its elements are literals (each is then checked against it); otherwise it has the
      // type of its elements, and the whole value is checked where a subset type is expected.
      const Type* elem = want && DeepBase(want) == Walk(want) ? want : NewProxy();
      bool literals = true;
      std::vector<const Type*> types;
      for (const Expr* x : d->elements) {
        const Type* t = ResolveExpr(x, cc, want ? want : elem);
        literals = literals && Walk(t)->kind == TypeKind::Proxy;
        types.push_back(t);
      }
      // As Dafny, whose literals wait for a type: the first element of a known type decides;
      // objects of several classes have their common supertype.
      if (const Type* common = want ? nullptr : CommonReferenceType(types)) {
        Unify(elem, common);
      }
      // The right operand of + - * with the left operand's type as a hint: objects unrelated
      // to the hinted class widen the display to the common supertype (`{this} + {a}`).
      if (want && hint_only_display_ == e && IsReference(want)) {
        const Type* w = Base(want);
        bool unrelated = false;
        for (const Type* t : types) {
          const Type* b = Base(t);
          if (b->kind == TypeKind::Proxy || !IsReference(b)) continue;
          unrelated = unrelated || (w->kind != TypeKind::Object && b->kind != TypeKind::Object &&
                                    w->decl != b->decl && !IsSubtypeDecl(w->decl, b->decl) &&
                                    !IsSubtypeDecl(b->decl, w->decl));
        }
        std::vector<const Type*> all = types;
        all.push_back(want);
        if (const Type* common = unrelated ? CommonReferenceType(all) : nullptr) {
          elem = common;
          want = nullptr;
        }
      }
      for (const Type* t : types) {
        if (Walk(t)->kind != TypeKind::Proxy) {
          Unify(elem, t);
          break;
        }
      }
      for (size_t i = 0; i < d->elements.size(); ++i) {
        const Expr* x = d->elements[i];
        const Type* t = types[i];
        if (!Unify(elem, t)) {
          TypeError(x->tok, fmt::format("All elements of display must have some common "
                                        "supertype (got {}, but needed type or type of previous "
                                        "elements is {})",
                                        TypeName(Zonk(t)), TypeName(Zonk(elem))));
        }
      }
      if (want && literals && Unify(elem, want)) return t_.Get(k, {want});
      return t_.Get(k, {elem});
    }
    case ExprKind::MapDisplay: {
      auto* m = static_cast<const MapDisplayExpr*>(e);
      const Type* key = nullptr;
      const Type* val = nullptr;
      TypeKind k = m->infinite ? TypeKind::IMap : TypeKind::Map;
      if (expected) {
        const Type* x = Shape(expected);
        if (x->kind == k) {
          key = x->args[0];
          val = x->args[1];
        }
      }
      if (!key) key = NewProxy();
      if (!val) val = NewProxy();
      for (size_t i = 0; i < m->keys.size(); ++i) {
        ExpectType(m->keys[i], key, cc, nullptr);
        ExpectType(m->values[i], val, cc, nullptr);
      }
      return t_.Get(k, {key, val});
    }
    case ExprKind::SeqConstruction: {
      auto* s = static_cast<const SeqConstructionExpr*>(e);
      std::vector<const Type*> targs = ExplicitTypeArgs(s->type_args, cc);
      const Type* elem = targs.empty() ? NewProxy() : targs[0];
      if (expected && targs.empty()) {
        const Type* x = Shape(expected);
        if (x->kind == TypeKind::Seq) Unify(elem, x->args[0]);
      }
      const Type* lt = ResolveExpr(s->length, cc, t_.Int());
      if (!Unify(NewProxy(ProxyKind::IntLiteral), lt)) {
        TypeError(s->length->tok, fmt::format("sequence construction must use an integer-based "
                                              "expression for the sequence size (got {})",
                                              TypeName(Zonk(lt))));
      }
      const Type* want = t_.Get(TypeKind::Arrow, {t_.Nat(), elem}, 0, "~>");
      const Type* it = ResolveExpr(s->init, cc, want);
      if (!Unify(want, it)) {
        TypeError(s->init->tok, fmt::format("sequence-construction initializer expression "
                                            "expected to have type '{}' (instead got '{}')",
                                            TypeName(Zonk(want)), TypeName(Zonk(it))));
      }
      return t_.Seq(elem);
    }
    case ExprKind::SetComprehension: {
      auto* s = static_cast<const SetComprehensionExpr*>(e);
      DeclareBoundVars(s->domain, cc);
      const Type* elem = nullptr;
      if (s->term) {
        elem = ResolveExpr(s->term, cc);
      } else if (s->domain.vars.size() == 1) {
        elem = rp_->TypeOf(s->domain.vars[0].var);
      } else {
        Error(e->tok,
              "a set comprehension with more than one bound variable must have a term "
              "expression");
        elem = t_.Error();
      }
      scopes_.pop_back();
      InferComprehensionBoundVarTypes(s->domain, s->term, nullptr, expected);
      WarnIfNoTrigger(s->domain, s->term, e->tok);  // as Dafny, for set comprehensions too
      return t_.Get(s->infinite ? TypeKind::ISet : TypeKind::Set, {elem});
    }
    case ExprKind::MapComprehension: {
      auto* m = static_cast<const MapComprehensionExpr*>(e);
      DeclareBoundVars(m->domain, cc);
      const Type* key =
          m->key ? ResolveExpr(m->key, cc)
                 : (m->domain.vars.empty() ? t_.Error() : rp_->TypeOf(m->domain.vars[0].var));
      const Type* val = ResolveExpr(m->value, cc);
      scopes_.pop_back();
      InferComprehensionBoundVarTypes(m->domain, m->key, m->value, expected);
      // (With a key expression the trigger may be in it: not checked.)
      if (!m->key) WarnIfNoTrigger(m->domain, m->value, e->tok);
      return t_.Get(m->infinite ? TypeKind::IMap : TypeKind::Map, {key, val});
    }
    case ExprKind::Lambda: {
      auto* l = static_cast<const LambdaExpr*>(e);
      const Type* want = expected ? Shape(expected) : nullptr;
      scopes_.emplace_back();
      std::vector<const Type*> sig;
      for (size_t i = 0; i < l->params.size(); ++i) {
        const Var* p = l->params[i];
        const Type* t = p->type ? ResolveType(p->type, cc.module) : NewProxy();
        if (want && want->kind == TypeKind::Arrow && want->args.size() == l->params.size() + 1) {
          if (!p->type) t = LambdaParamType(l, i, want);
        }
        DeclareVar(p, t);
        sig.push_back(t);
      }
      CodeContext inner = cc;
      for (const Expr* r : l->reads) ResolveFrame(r, inner, FrameKind::Reads);
      for (const Expr* r : l->requires_) {
        ExpectBoolMsg(r, inner, "Precondition must be boolean (got {})");
      }
      const Type* body_expected =
          want && want->kind == TypeKind::Arrow ? want->args.back() : nullptr;
      sig.push_back(ResolveExpr(l->body, inner, body_expected));
      scopes_.pop_back();
      bool partial = !l->requires_.empty();
      bool reads = !l->reads.empty();
      return t_.Get(TypeKind::Arrow, sig, 0, reads ? "~>" : partial ? "-->" : "->");
    }
    case ExprKind::Let:
      return InferLet(static_cast<const LetExpr*>(e), cc, expected);
    case ExprKind::Match:
      return InferMatch(static_cast<const MatchExpr*>(e), cc, expected);
    case ExprKind::Tuple: {
      auto* t = static_cast<const TupleExpr*>(e);
      std::vector<const Type*> elems;
      uint32_t ghost = 0;
      const Type* want = expected ? Shape(expected) : nullptr;
      for (size_t i = 0; i < t->elements.size(); ++i) {
        const Type* ex = want && want->kind == TypeKind::Tuple && i < want->args.size()
                             ? want->args[i]
                             : nullptr;
        elems.push_back(ResolveExpr(t->elements[i], cc, ex));
        if (i < t->ghost.size() && t->ghost[i]) MarkGhostComponent(ghost, i, t->elements[i]->tok);
      }
      if (elems.size() == 1 && ghost == 0) return elems[0];
      return t_.Tuple(elems, ghost);
    }
    case ExprKind::Conversion:
    case ExprKind::TypeTest:
      return InferTypeOp(static_cast<const TypeOpExpr*>(e), cc);
    case ExprKind::StmtInExpr: {
      auto* s = static_cast<const StmtInExprExpr*>(e);
      CodeContext inner = cc;
      inner.ghost = true;
      inner.is_method = false;
      if (s->stmt->kind == StmtKind::Call)
        method_call_ok_ = static_cast<const CallStmt*>(s->stmt)->call;
      ResolveStmt(s->stmt, inner);
      return ResolveExpr(s->body, cc, expected);
    }
    case ExprKind::DatatypeUpdate: {
      auto* u = static_cast<const DatatypeUpdateExpr*>(e);
      const Type* t = ResolveExpr(u->object, cc, expected);
      const DatatypeDecl* dt = DatatypeOf(Shape(t));
      if (!dt) {
        for (const Expr* v : u->values) ResolveExpr(v, cc);
        if (Shape(t)->kind != TypeKind::Error) {
          TypeError(e->tok, fmt::format("datatype update expression requires a root expression "
                                        "of a datatype (got {})",
                                        TypeName(Zonk(t))));
        }
        return t_.Error();
      }
      Subst sub = ReceiverSubst(Shape(t));
      std::set<std::string> seen;
      // The constructors that have every field named so far, and the first field's name.
      std::vector<const DatatypeCtor*> ctors;
      for (const DatatypeCtor& c : dt->ctors) ctors.push_back(&c);
      std::string first_field;
      bool reported = false;
      for (size_t i = 0; i < u->fields.size(); ++i) {
        const std::string& name = u->fields[i];
        SourceRange at = i < u->field_ranges.size() ? u->field_ranges[i] : u->values[i]->tok;
        const Type* ft = nullptr;
        std::vector<const DatatypeCtor*> having;
        for (const DatatypeCtor& c : dt->ctors) {
          for (const Var* f : c.formals) {
            if (f->name == name) {
              ft = Substitute(rp_->TypeOf(f), sub);
              having.push_back(&c);
            }
          }
        }
        if (!ft) {
          Error(at, fmt::format("member '{}' does not exist in datatype '{}'", name, dt->name));
          ResolveExpr(u->values[i], cc);
          reported = true;
          continue;
        }
        if (!seen.insert(name).second) {
          Error(at, fmt::format("duplicate update member '{}'", name));
          ResolveExpr(u->values[i], cc);
          reported = true;
          continue;
        }
        std::vector<const DatatypeCtor*> both;
        for (const DatatypeCtor* c : ctors) {
          if (std::find(having.begin(), having.end(), c) != having.end()) both.push_back(c);
        }
        if (both.empty() && !reported) {
          Error(at, fmt::format("updated datatype members must belong to the same constructor "
                                "(unlike the previously mentioned destructors, '{}' does not "
                                "belong to '{}')",
                                name, ctors.empty() ? first_field : ctors[0]->name));
          reported = true;
        } else {
          ctors = both;
        }
        if (first_field.empty()) first_field = name;
        const Type* vt = ResolveExpr(u->values[i], cc, ft);
        if (!Unify(ft, vt)) {
          TypeError(u->tok, fmt::format("type of corresponding source/RHS ({}) does not match "
                                        "type of bound variable ({})",
                                        TypeName(Zonk(vt)), TypeName(Zonk(ft))));
        }
      }
      return t;
    }
    case ExprKind::New:
      return ResolveNew(static_cast<const NewRhsExpr*>(e), cc);
    case ExprKind::Wildcard:
      Error(e->tok, "a '*' is allowed only in frames and as a right-hand side");
      return t_.Error();
    case ExprKind::FieldFrame:
      ResolveFrame(e, cc);
      return t_.Error();
    case ExprKind::NamedArg:
      Error(e->tok, "a named argument is allowed only in a call");
      ResolveExpr(static_cast<const NamedArgExpr*>(e)->value, cc);
      return t_.Error();
    case ExprKind::PrefixEquality: {
      // a ==#[k] b: equality of codatatype values up to depth k.
      auto* p = static_cast<const PrefixEqualityExpr*>(e);
      ResolveExpr(p->depth, cc);
      const Type* l = ResolveExpr(p->lhs, cc);
      const Type* r = ResolveExpr(p->rhs, cc, l);
      if (!Unify(l, r)) {
        TypeError(e->tok, fmt::format("arguments must have the same type (got {} and {})",
                                      TypeName(Zonk(l)), TypeName(Zonk(r))));
      } else if (const DatatypeDecl* dt = DatatypeOf(Shape(l)); !dt || !dt->co) {
        if (Shape(l)->kind != TypeKind::Error) {
          TypeError(e->tok, fmt::format("arguments to prefix equality must be codatatypes "
                                        "(instead of {})",
                                        TypeName(Zonk(l))));
        }
      }
      return t_.Bool();
    }
    case ExprKind::DecreasesTo: {
      // Dafny types the components on their own (any types; the verifier compares those of
      // compatible types, Dafny's CompatibleDecreasesTypes) and the whole as bool.
      auto* d = static_cast<const DecreasesToExpr*>(e);
      for (const Expr* x : d->olds) ResolveExpr(x, cc);
      for (const Expr* x : d->news) ResolveExpr(x, cc);
      return t_.Bool();
    }
    case ExprKind::PrefixName:
    case ExprKind::LabelledCallee:
      Unsupported(e->tok, fmt::format("{} expressions", ExprKindName(e->kind)));
      return t_.Error();
  }
  return t_.Error();
}

const Type* Resolver::InferIndex(const IndexExpr* e, const CodeContext& cc) {
  const Type* t = ResolveExpr(e->seq, cc);
  const Type* s = Shape(t);
  auto index = [&](const Expr* i, size_t k) {
    const Type* it = ResolveExpr(i, cc);
    const Type* is = Shape(it);
    if (!IsIntLike(is) && is->kind != TypeKind::BitVector && is->kind != TypeKind::Error &&
        !Unify(it, NewProxy(ProxyKind::IntLiteral))) {
      (void)k;
      TypeError(i->tok, fmt::format("incorrect type for selection into {} (got {})",
                                    TypeName(Zonk(t)), TypeName(Zonk(it))));
    }
  };
  switch (s->kind) {
    case TypeKind::Seq:
      if (e->indices.size() == 1) {
        index(e->indices[0], 0);
        return s->args[0];
      }
      break;
    case TypeKind::Array:
      if (e->indices.size() == s->width) {
        for (size_t k = 0; k < e->indices.size(); ++k) index(e->indices[k], k);
        return s->args[0];
      }
      break;
    case TypeKind::Map:
    case TypeKind::IMap:
      if (e->indices.size() == 1) {
        const Type* kt = ResolveExpr(e->indices[0], cc, s->args[0]);
        if (!Unify(s->args[0], kt)) {
          TypeError(e->indices[0]->tok, fmt::format("incorrect type for selection into {} (got {})",
                                                    TypeName(Zonk(t)), TypeName(Zonk(kt))));
        }
        return s->args[1];
      }
      break;
    case TypeKind::Multiset:
      if (e->indices.size() == 1) {
        ExpectType(e->indices[0], s->args[0], cc, nullptr);
        return t_.Int();
      }
      break;
    case TypeKind::Error:
      for (const Expr* i : e->indices) ResolveExpr(i, cc);
      return t_.Error();
    default:
      break;
  }
  for (const Expr* i : e->indices) ResolveExpr(i, cc);
  if (e->indices.size() > 1) {
    TypeError(e->seq->tok, fmt::format("array selection requires an array{} (got {})",
                                       e->indices.size(), TypeName(Zonk(t))));
  } else {
    TypeError(e->tok, fmt::format("element selection requires a sequence, array, multiset, or "
                                  "map (got {})",
                                  TypeName(Zonk(t))));
  }
  return t_.Error();
}

// `x != null` where x has a non-null type: always true, as Dafny warns.
void Resolver::WarnTrivialNullTest(const BinaryExpr* b) {
  const Expr* other = nullptr;
  if (b->rhs->kind == ExprKind::NullLiteral) other = b->lhs;
  if (b->lhs->kind == ExprKind::NullLiteral) other = b->rhs;
  if (!other || other->kind == ExprKind::NullLiteral || !rp_->TypeOf(other)) return;
  const Type* t = Zonk(rp_->TypeOf(other));
  if (t->nullable || !IsReference(t) || t->kind == TypeKind::Object) return;
  if (t->kind != TypeKind::Array && t->kind != TypeKind::UserDefined) return;
  std::string hint;
  std::string name;  // Dafny names a variable, or a field (`f` or `o.f`), in a hint
  const Binding& ob = rp_->BindingOf(other);
  if (other->kind == ExprKind::Name && ob.var) {
    name = fmt::format("variable '{}'", static_cast<const NameExpr*>(other)->name);
  } else if ((other->kind == ExprKind::Name || other->kind == ExprKind::Select) && ob.member &&
             (ob.member->kind == DeclKind::Field || ob.member->kind == DeclKind::Const)) {
    name = fmt::format("field '{}'", ob.member->name);
  }
  if (!name.empty()) {
    const Type* nullable = t_.Get(t->kind, t->args, t->width, t->name, t->decl, true);
    hint = fmt::format(
        " (to make it possible for {} to have the value 'null', declare its type to be '{}')", name,
        TypeName(nullable));
  }
  ctx_.diags.Report(DiagKind::ResolutionWarning, b->tok,
                    fmt::format("the type of the other operand is a non-null type, so this "
                                "comparison with 'null' will always return '{}'{}",
                                b->op == BinaryOp::Eq ? "false" : "true", hint));
}

const Type* Resolver::JoinReferenceElements(const Type* l, const Type* r) {
  const Type* ls = Shape(l);
  const Type* rs = Shape(r);
  if (ls->kind != rs->kind || ls->args.size() != 1 || rs->args.size() != 1) return nullptr;
  if (ls->kind != TypeKind::Set && ls->kind != TypeKind::ISet && ls->kind != TypeKind::Seq &&
      ls->kind != TypeKind::Multiset) {
    return nullptr;
  }
  const Type* le = Walk(ls->args[0]);
  const Type* re = Walk(rs->args[0]);
  if (le->kind == TypeKind::Proxy || re->kind == TypeKind::Proxy) return nullptr;
  return CommonReferenceType({le, re});
}

const Type* Resolver::InferBinary(const BinaryExpr* b, const CodeContext& cc,
                                  const Type* expected) {
  bool logical = b->op == BinaryOp::Iff || b->op == BinaryOp::Implies ||
                 b->op == BinaryOp::Explies || b->op == BinaryOp::And || b->op == BinaryOp::Or;
  // As Dafny, where the result of + - * is a supertype of both operands: a collection of
  // objects expected (`Repr := {this} + {a}` with Repr: set<object>) types the left operand's
  // display, and the right one widens to the objects' common supertype when they differ.
  bool collection_op = b->op == BinaryOp::Add || b->op == BinaryOp::Sub || b->op == BinaryOp::Mul;
  const Type* lhs_hint = nullptr;
  if (collection_op && expected) {
    const Type* x = Shape(expected);
    if ((x->kind == TypeKind::Set || x->kind == TypeKind::ISet || x->kind == TypeKind::Seq ||
         x->kind == TypeKind::Multiset) &&
        x->args.size() == 1 && IsReference(x->args[0])) {
      lhs_hint = expected;
    }
  }
  const Type* l = ResolveExpr(b->lhs, cc, logical ? t_.Bool() : lhs_hint);
  const Expr* outer_hint_only = hint_only_display_;
  hint_only_display_ = collection_op ? b->rhs : nullptr;
  // (The right operand of `in` is a collection of the left one's type, not of that type:
  // `s in [s]` with s a string.)
  bool membership = b->op == BinaryOp::In || b->op == BinaryOp::NotIn;
  const Expr* outer_hint = hint_only_expected_;
  hint_only_expected_ = b->rhs;
  const Type* r = ResolveExpr(b->rhs, cc, logical ? t_.Bool() : membership ? nullptr : l);
  hint_only_expected_ = outer_hint;
  hint_only_display_ = outer_hint_only;
  std::string_view op = BinaryOpSpelling(b->op);
  const Type* ls = Shape(l);
  const Type* rs = Shape(r);
  bool error = ls->kind == TypeKind::Error || rs->kind == TypeKind::Error;
  auto name = [&](const Type* t) {
    return t == l   ? SpellExprType(b->lhs, l)
           : t == r ? SpellExprType(b->rhs, r)
                    : TypeName(Zonk(t));
  };
  auto numeric = [&](const Type* s) {
    return IsIntLike(s) || IsRealLike(s) || s->kind == TypeKind::BitVector ||
           s->kind == TypeKind::Proxy || s->kind == TypeKind::Ordinal;
  };
  auto result_of = [&](const Type* t) {
    return Walk(t)->kind == TypeKind::Nat ? t_.Int() : Base(t);
  };
  switch (b->op) {
    case BinaryOp::Iff:
    case BinaryOp::Implies:
    case BinaryOp::Explies:
    case BinaryOp::And:
    case BinaryOp::Or:
      for (int i = 0; i < 2; ++i) {
        const Type* t = i == 0 ? l : r;
        if (!Unify(t_.Bool(), t)) {
          TypeError(b->tok, fmt::format("{} argument to {} must be of type bool (instead got {})",
                                        i == 0 ? "first" : "second", op, name(t)));
        }
      }
      return t_.Bool();
    case BinaryOp::Eq:
    case BinaryOp::Neq:
      if (!error && !Unify(l, r)) {
        TypeError(b->tok, fmt::format("arguments must have comparable types (got {} and {})",
                                      name(l), name(r)));
      } else if (!error) {
        WarnTrivialNullTest(b);
      }
      return t_.Bool();
    case BinaryOp::Lt:
    case BinaryOp::Le:
    case BinaryOp::Gt:
    case BinaryOp::Ge: {
      if (error) return t_.Bool();
      if (!Unify(l, r)) {
        TypeError(b->tok, fmt::format("arguments to {} must have a common supertype (got {} and "
                                      "{})",
                                      op, name(l), name(r)));
        return t_.Bool();
      }
      const Type* s = Shape(l);
      bool ok = numeric(s) || s->kind == TypeKind::Char;
      bool collection = s->kind == TypeKind::Seq || s->kind == TypeKind::Set ||
                        s->kind == TypeKind::ISet || s->kind == TypeKind::Multiset ||
                        s->kind == TypeKind::Map || s->kind == TypeKind::IMap;
      if (collection && (b->op == BinaryOp::Lt || b->op == BinaryOp::Le)) ok = true;
      if (collection && s->kind != TypeKind::Seq) ok = true;
      // On datatypes, < is the well-founded rank order (Dafny allows it in ghost code).
      if (DatatypeOf(s) && (b->op == BinaryOp::Lt)) ok = true;
      if (!ok) {
        bool less = b->op == BinaryOp::Lt || b->op == BinaryOp::Le;
        TypeError(b->tok, fmt::format("arguments to {} must be of a numeric type, bitvector "
                                      "type, ORDINAL, char, {}or a set-like type (instead got {} "
                                      "and {})",
                                      op, less ? "a sequence type, " : "", name(l), name(r)));
      }
      return t_.Bool();
    }
    case BinaryOp::In:
    case BinaryOp::NotIn: {
      if (error) return t_.Bool();
      const Type* elem = nullptr;
      switch (rs->kind) {
        case TypeKind::Seq:
        case TypeKind::Set:
        case TypeKind::ISet:
        case TypeKind::Multiset:
        case TypeKind::Map:
        case TypeKind::IMap:
          elem = rs->args[0];
          break;
        default:
          break;
      }
      if (!elem || !Unify(elem, l)) {
        TypeError(b->tok, fmt::format("second argument to \"{}\" must be a set, multiset, or "
                                      "sequence with elements of type {}, or a map with domain "
                                      "{} (instead got {}){}",
                                      op, name(l), name(l), name(r),
                                      elem ? fmt::format(" (expecting element type to be "
                                                         "assignable to {} (got {}))",
                                                         name(elem), name(l))
                                           : ""));
      }
      return t_.Bool();
    }
    case BinaryOp::Disjoint:
      if (!error && (!Unify(l, r) || (ls->kind != TypeKind::Set && ls->kind != TypeKind::ISet &&
                                      ls->kind != TypeKind::Multiset))) {
        TypeError(b->tok,
                  fmt::format("arguments must be of a set or multiset type (got {})", name(l)));
      }
      return t_.Bool();
    case BinaryOp::LeftShift:
    case BinaryOp::RightShift:
      if (error) return t_.Error();
      if (ls->kind != TypeKind::BitVector && ls->kind != TypeKind::Proxy) {
        TypeError(b->tok,
                  fmt::format("type of {} must be a bitvector type (instead got {})", op, name(l)));
      }
      return l;
    default:
      break;
  }
  // + - * / % & | ^
  if (error) return t_.Error();
  if (b->op == BinaryOp::Sub && (ls->kind == TypeKind::Map || ls->kind == TypeKind::IMap)) {
    // Map subtraction: m - keys.
    if (!Unify(t_.Get(rs->kind == TypeKind::ISet ? TypeKind::ISet : TypeKind::Set, {ls->args[0]}),
               r)) {
      TypeError(b->tok, fmt::format("map subtraction expects a set of keys of type {} (got {})",
                                    name(ls->args[0]), name(r)));
    }
    return l;
  }
  auto op_ok = [&](const Type* s) {
    bool ok = false;
    switch (b->op) {
      case BinaryOp::Add:
        ok = numeric(s) || s->kind == TypeKind::Seq || s->kind == TypeKind::Set ||
             s->kind == TypeKind::ISet || s->kind == TypeKind::Multiset ||
             s->kind == TypeKind::Map || s->kind == TypeKind::IMap || s->kind == TypeKind::Char;
        break;
      case BinaryOp::Sub:
        ok = numeric(s) || s->kind == TypeKind::Set || s->kind == TypeKind::ISet ||
             s->kind == TypeKind::Multiset || s->kind == TypeKind::Char;
        break;
      case BinaryOp::Mul:
        ok = numeric(s) || s->kind == TypeKind::Set || s->kind == TypeKind::ISet ||
             s->kind == TypeKind::Multiset;
        break;
      case BinaryOp::Div:
        ok = numeric(s) && s->kind != TypeKind::Ordinal;
        break;
      case BinaryOp::Mod:
        ok = (IsIntLike(s) || s->kind == TypeKind::BitVector || s->kind == TypeKind::Proxy) &&
             !(s->kind == TypeKind::Proxy && proxy_kind_[s->width] == ProxyKind::RealLiteral);
        break;
      default:  // bitwise
        ok = s->kind == TypeKind::BitVector || s->kind == TypeKind::Proxy;
        break;
    }
    return ok;
  };
  auto op_error = [&]() {
    switch (b->op) {
      case BinaryOp::Add:
        TypeError(b->tok, fmt::format("type of + must be of a numeric type, a bitvector type, "
                                      "ORDINAL, char, a sequence type, or a set-like or map-like "
                                      "type (instead got {})",
                                      name(l)));
        break;
      case BinaryOp::Sub:
        TypeError(b->tok, fmt::format("type of - must be of a numeric type, bitvector type, "
                                      "ORDINAL, char, or a set-like or map-like type (instead "
                                      "got {})",
                                      name(l)));
        break;
      case BinaryOp::Mul:
        TypeError(b->tok, fmt::format("type of * must be of a numeric type, bitvector type, or "
                                      "a set-like type (instead got {})",
                                      name(l)));
        break;
      case BinaryOp::Div:
        TypeError(b->tok, fmt::format("arguments to / must be numeric or bitvector types (got {})",
                                      name(l)));
        break;
      case BinaryOp::Mod:
        TypeError(b->tok, fmt::format("arguments to % must be integer-numeric or bitvector types "
                                      "(got {})",
                                      name(l)));
        break;
      default:  // bitwise: each operand is checked
        TypeError(b->tok, fmt::format("first argument to {} must be of a bitvector type (instead "
                                      "got {})",
                                      op, name(l)));
        TypeError(b->tok, fmt::format("second argument to {} must be of a bitvector type "
                                      "(instead got {})",
                                      op, name(r)));
        break;
    }
  };
  if (!Unify(l, r)) {
    // Dafny also reports a left operand of a type the operator does not apply to.
    if (Walk(l)->kind != TypeKind::Proxy && Walk(l)->kind != TypeKind::Error && !op_ok(Shape(l))) {
      op_error();
    }
    // As Dafny: the result has the type of the left operand, unless that is a literal whose
    // type is still open.
    if (Walk(l)->kind != TypeKind::Proxy) {
      TypeMismatch(b->tok,
                   fmt::format("type of right argument to {} ({}) must agree with the result "
                               "type ({})",
                               op, name(r), name(Shape(result_of(l)))),
                   InferredInDafny(b->rhs, r));
    } else {
      TypeMismatch(b->tok,
                   fmt::format("type of left argument to {} ({}) must agree with the result "
                               "type ({})",
                               op, name(l), name(r)),
                   true);
    }
    return t_.Error();
  }
  const Type* s = Shape(l);
  if (s->kind == TypeKind::Proxy) s = Shape(r);
  if (!op_ok(s)) {
    op_error();
    return t_.Error();
  }
  if (Walk(l)->kind == TypeKind::Proxy)
    return r && Walk(r)->kind != TypeKind::Proxy ? result_of(r) : l;
  if (const Type* join = collection_op ? JoinReferenceElements(l, r) : nullptr) {
    return t_.Get(s->kind, {join});
  }
  return result_of(l);
}

}  // namespace dfy::resolve
