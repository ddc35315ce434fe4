// Deep copies of AST nodes: copy-construct each node, give it a fresh id, then copy its
// children. The switches list every kind (no default), so a new kind cannot be forgotten.
#include "frontend/clone.h"

namespace dfy {

template <typename T>
T* Cloner::Copy(const T* n) {
  T* c = arena_.New<T>(*n);
  done_[n] = c;
  copied_.push_back(c);
  return c;
}

Attribute Cloner::Clone(const Attribute& a) {
  Attribute c = a;
  c.args = CloneAll(a.args);
  return c;
}

Spec Cloner::Clone(const Spec& s) {
  Spec c = s;
  c.expr = Clone(s.expr);
  c.attributes = CloneAll(s.attributes);
  return c;
}

TypeParam Cloner::Clone(const TypeParam& tp) {
  TypeParam c = tp;
  c.bounds = CloneAll(tp.bounds);
  return c;
}

TypeExpr* Cloner::Clone(const TypeExpr* t) {
  if (!t) return nullptr;
  if (auto it = done_.find(t); it != done_.end()) return static_cast<TypeExpr*>(it->second);
  TypeExpr* c = Copy(t);
  c->args = CloneAll(t->args);
  return c;
}

Var* Cloner::Clone(const Var* v) {
  if (!v) return nullptr;
  if (auto it = done_.find(v); it != done_.end()) return static_cast<Var*>(it->second);
  Var* c = Copy(v);
  c->id = arena_.NextVarId();
  c->type = Clone(v->type);
  return c;
}

Pattern* Cloner::Clone(const Pattern* p) {
  if (!p) return nullptr;
  if (auto it = done_.find(p); it != done_.end()) return static_cast<Pattern*>(it->second);
  Pattern* c = Copy(p);
  c->var = Clone(p->var);
  c->args = CloneAll(p->args);
  c->literal = Clone(p->literal);
  return c;
}

void Cloner::Fix(QuantifierDomain& d) {
  for (BoundVar& bv : d.vars) {
    bv.var = Clone(bv.var);
    bv.collection = Clone(bv.collection);
    bv.range = Clone(bv.range);
  }
  d.attributes = CloneAll(d.attributes);
}

void Cloner::Fix(LoopSpecs& l) {
  l.invariants = CloneAll(l.invariants);
  l.decreases = CloneAll(l.decreases);
  l.modifies = CloneAll(l.modifies);
}

void Cloner::Fix(GuardedAlternative& g) {
  g.attributes = CloneAll(g.attributes);
  g.bound_vars = CloneAll(g.bound_vars);
  g.guard = Clone(g.guard);
  g.body = CloneAll(g.body);
}

Expr* Cloner::Clone(const Expr* e) {
  if (!e) return nullptr;
  if (auto it = done_.find(e); it != done_.end()) return static_cast<Expr*>(it->second);
  Expr* out = nullptr;
  switch (e->kind) {
    case ExprKind::BoolLiteral:
    case ExprKind::IntLiteral:
    case ExprKind::RealLiteral:
    case ExprKind::CharLiteral:
    case ExprKind::StringLiteral:
    case ExprKind::NullLiteral:
    case ExprKind::This:
      out = Copy(static_cast<const LiteralExpr*>(e));
      break;
    case ExprKind::Name: {
      auto* c = Copy(static_cast<const NameExpr*>(e));
      c->type_args = CloneAll(c->type_args);
      out = c;
      break;
    }
    case ExprKind::Paren: {
      auto* c = Copy(static_cast<const ParenExpr*>(e));
      c->inner = Clone(c->inner);
      out = c;
      break;
    }
    case ExprKind::Unary: {
      auto* c = Copy(static_cast<const UnaryExpr*>(e));
      c->operand = Clone(c->operand);
      out = c;
      break;
    }
    case ExprKind::Binary: {
      auto* c = Copy(static_cast<const BinaryExpr*>(e));
      c->lhs = Clone(c->lhs);
      c->rhs = Clone(c->rhs);
      out = c;
      break;
    }
    case ExprKind::Call: {
      auto* c = Copy(static_cast<const CallExpr*>(e));
      c->callee = Clone(c->callee);
      c->args = CloneAll(c->args);
      out = c;
      break;
    }
    case ExprKind::Select: {
      auto* c = Copy(static_cast<const SelectExpr*>(e));
      c->object = Clone(c->object);
      c->type_args = CloneAll(c->type_args);
      out = c;
      break;
    }
    case ExprKind::Index: {
      auto* c = Copy(static_cast<const IndexExpr*>(e));
      c->seq = Clone(c->seq);
      c->indices = CloneAll(c->indices);
      out = c;
      break;
    }
    case ExprKind::Slice: {
      auto* c = Copy(static_cast<const SliceExpr*>(e));
      c->seq = Clone(c->seq);
      c->lo = Clone(c->lo);
      c->hi = Clone(c->hi);
      out = c;
      break;
    }
    case ExprKind::SeqUpdate: {
      auto* c = Copy(static_cast<const SeqUpdateExpr*>(e));
      c->seq = Clone(c->seq);
      c->index = Clone(c->index);
      c->value = Clone(c->value);
      out = c;
      break;
    }
    case ExprKind::Cardinality: {
      auto* c = Copy(static_cast<const CardinalityExpr*>(e));
      c->operand = Clone(c->operand);
      out = c;
      break;
    }
    case ExprKind::IfThenElse:
    case ExprKind::BindingIfThenElse: {
      auto* c = Copy(static_cast<const IfThenElseExpr*>(e));
      c->bound_vars = CloneAll(c->bound_vars);
      c->cond = Clone(c->cond);
      c->then_branch = Clone(c->then_branch);
      c->else_branch = Clone(c->else_branch);
      out = c;
      break;
    }
    case ExprKind::Old: {
      auto* c = Copy(static_cast<const OldExpr*>(e));
      c->operand = Clone(c->operand);
      out = c;
      break;
    }
    case ExprKind::Fresh:
    case ExprKind::Unchanged:
    case ExprKind::Allocated: {
      auto* c = Copy(static_cast<const TwoStateExpr*>(e));
      c->args = CloneAll(c->args);
      out = c;
      break;
    }
    case ExprKind::Quantifier: {
      auto* c = Copy(static_cast<const QuantifierExpr*>(e));
      Fix(c->domain);
      c->body = Clone(c->body);
      out = c;
      break;
    }
    case ExprKind::SeqDisplay:
    case ExprKind::SetDisplay:
    case ExprKind::MultisetDisplay: {
      auto* c = Copy(static_cast<const DisplayExpr*>(e));
      c->elements = CloneAll(c->elements);
      out = c;
      break;
    }
    case ExprKind::MapDisplay: {
      auto* c = Copy(static_cast<const MapDisplayExpr*>(e));
      c->keys = CloneAll(c->keys);
      c->values = CloneAll(c->values);
      out = c;
      break;
    }
    case ExprKind::SeqConstruction: {
      auto* c = Copy(static_cast<const SeqConstructionExpr*>(e));
      c->type_args = CloneAll(c->type_args);
      c->length = Clone(c->length);
      c->init = Clone(c->init);
      out = c;
      break;
    }
    case ExprKind::SetComprehension: {
      auto* c = Copy(static_cast<const SetComprehensionExpr*>(e));
      Fix(c->domain);
      c->term = Clone(c->term);
      out = c;
      break;
    }
    case ExprKind::MapComprehension: {
      auto* c = Copy(static_cast<const MapComprehensionExpr*>(e));
      Fix(c->domain);
      c->key = Clone(c->key);
      c->value = Clone(c->value);
      out = c;
      break;
    }
    case ExprKind::Lambda: {
      auto* c = Copy(static_cast<const LambdaExpr*>(e));
      c->params = CloneAll(c->params);
      c->reads = CloneAll(c->reads);
      c->requires_ = CloneAll(c->requires_);
      c->body = Clone(c->body);
      out = c;
      break;
    }
    case ExprKind::Let: {
      auto* c = Copy(static_cast<const LetExpr*>(e));
      c->lhs = CloneAll(c->lhs);
      c->attributes = CloneAll(c->attributes);
      c->rhs = CloneAll(c->rhs);
      c->body = Clone(c->body);
      out = c;
      break;
    }
    case ExprKind::Match: {
      auto* c = Copy(static_cast<const MatchExpr*>(e));
      c->scrutinee = Clone(c->scrutinee);
      for (MatchCaseExpr& mc : c->cases) {
        mc.attributes = CloneAll(mc.attributes);
        mc.pattern = Clone(mc.pattern);
        mc.body = Clone(mc.body);
      }
      out = c;
      break;
    }
    case ExprKind::Tuple: {
      auto* c = Copy(static_cast<const TupleExpr*>(e));
      c->elements = CloneAll(c->elements);
      out = c;
      break;
    }
    case ExprKind::Conversion:
    case ExprKind::TypeTest: {
      auto* c = Copy(static_cast<const TypeOpExpr*>(e));
      c->operand = Clone(c->operand);
      c->type = Clone(c->type);
      out = c;
      break;
    }
    case ExprKind::StmtInExpr: {
      auto* c = Copy(static_cast<const StmtInExprExpr*>(e));
      c->stmt = Clone(c->stmt);
      c->body = Clone(c->body);
      out = c;
      break;
    }
    case ExprKind::Wildcard:
      out = Copy(static_cast<const WildcardExpr*>(e));
      break;
    case ExprKind::DatatypeUpdate: {
      auto* c = Copy(static_cast<const DatatypeUpdateExpr*>(e));
      c->object = Clone(c->object);
      c->values = CloneAll(c->values);
      out = c;
      break;
    }
    case ExprKind::FieldFrame: {
      auto* c = Copy(static_cast<const FieldFrameExpr*>(e));
      c->object = Clone(c->object);
      out = c;
      break;
    }
    case ExprKind::New: {
      auto* c = Copy(static_cast<const NewRhsExpr*>(e));
      c->type = Clone(c->type);
      c->args = CloneAll(c->args);
      c->dims = CloneAll(c->dims);
      c->init = Clone(c->init);
      c->elements = CloneAll(c->elements);
      out = c;
      break;
    }
    case ExprKind::PrefixName: {
      auto* c = Copy(static_cast<const PrefixNameExpr*>(e));
      c->name = Clone(c->name);
      c->type_args = CloneAll(c->type_args);
      c->depth = Clone(c->depth);
      out = c;
      break;
    }
    case ExprKind::DecreasesTo: {
      auto* c = Copy(static_cast<const DecreasesToExpr*>(e));
      c->olds = CloneAll(c->olds);
      c->news = CloneAll(c->news);
      out = c;
      break;
    }
    case ExprKind::PrefixEquality: {
      auto* c = Copy(static_cast<const PrefixEqualityExpr*>(e));
      c->lhs = Clone(c->lhs);
      c->rhs = Clone(c->rhs);
      c->depth = Clone(c->depth);
      out = c;
      break;
    }
    case ExprKind::LabelledCallee: {
      auto* c = Copy(static_cast<const LabelledCalleeExpr*>(e));
      c->name = Clone(c->name);
      out = c;
      break;
    }
    case ExprKind::NamedArg: {
      auto* c = Copy(static_cast<const NamedArgExpr*>(e));
      c->value = Clone(c->value);
      out = c;
      break;
    }
  }
  out->id = arena_.NextExprId();
  return out;
}

Stmt* Cloner::Clone(const Stmt* s) {
  if (!s) return nullptr;
  if (auto it = done_.find(s); it != done_.end()) return static_cast<Stmt*>(it->second);
  Stmt* out = nullptr;
  switch (s->kind) {
    case StmtKind::Block: {
      auto* c = Copy(static_cast<const BlockStmt*>(s));
      c->stmts = CloneAll(c->stmts);
      out = c;
      break;
    }
    case StmtKind::VarDecl:
    case StmtKind::VarDeclUpdate: {
      auto* c = Copy(static_cast<const VarDeclStmt*>(s));
      c->vars = CloneAll(c->vars);
      c->rhs = CloneAll(c->rhs);
      c->pattern = Clone(c->pattern);
      c->update = Clone(c->update);
      out = c;
      break;
    }
    case StmtKind::Assign: {
      auto* c = Copy(static_cast<const AssignStmt*>(s));
      c->lhs = CloneAll(c->lhs);
      c->rhs = CloneAll(c->rhs);
      out = c;
      break;
    }
    case StmtKind::Call: {
      auto* c = Copy(static_cast<const CallStmt*>(s));
      c->call = static_cast<CallExpr*>(Clone(static_cast<const Expr*>(c->call)));
      out = c;
      break;
    }
    case StmtKind::If:
    case StmtKind::BindingIf: {
      auto* c = Copy(static_cast<const IfStmt*>(s));
      c->bound_vars = CloneAll(c->bound_vars);
      c->cond = Clone(c->cond);
      c->then_branch = Clone(c->then_branch);
      c->else_branch = Clone(c->else_branch);
      out = c;
      break;
    }
    case StmtKind::While: {
      auto* c = Copy(static_cast<const WhileStmt*>(s));
      c->cond = Clone(c->cond);
      c->invariants = CloneAll(c->invariants);
      c->decreases = CloneAll(c->decreases);
      c->modifies = CloneAll(c->modifies);
      c->body = Clone(c->body);
      out = c;
      break;
    }
    case StmtKind::Return: {
      auto* c = Copy(static_cast<const ReturnStmt*>(s));
      c->values = CloneAll(c->values);
      out = c;
      break;
    }
    case StmtKind::Assert:
    case StmtKind::Assume:
    case StmtKind::Expect: {
      auto* c = Copy(static_cast<const PredicateStmt*>(s));
      c->expr = Clone(c->expr);
      c->message = Clone(c->message);
      c->proof = Clone(c->proof);
      out = c;
      break;
    }
    case StmtKind::Print: {
      auto* c = Copy(static_cast<const PrintStmt*>(s));
      c->args = CloneAll(c->args);
      out = c;
      break;
    }
    case StmtKind::Break:
    case StmtKind::Continue:
      out = Copy(static_cast<const BreakStmt*>(s));
      break;
    case StmtKind::For: {
      auto* c = Copy(static_cast<const ForStmt*>(s));
      c->var = Clone(c->var);
      c->lo = Clone(c->lo);
      c->hi = Clone(c->hi);
      Fix(c->specs);
      c->body = Clone(c->body);
      out = c;
      break;
    }
    case StmtKind::AlternativeIf: {
      auto* c = Copy(static_cast<const AlternativeIfStmt*>(s));
      for (GuardedAlternative& g : c->cases) Fix(g);
      out = c;
      break;
    }
    case StmtKind::AlternativeWhile: {
      auto* c = Copy(static_cast<const AlternativeWhileStmt*>(s));
      Fix(c->specs);
      for (GuardedAlternative& g : c->cases) Fix(g);
      out = c;
      break;
    }
    case StmtKind::Match: {
      auto* c = Copy(static_cast<const MatchStmt*>(s));
      c->scrutinee = Clone(c->scrutinee);
      for (MatchCaseStmt& mc : c->cases) {
        mc.attributes = CloneAll(mc.attributes);
        mc.pattern = Clone(mc.pattern);
        mc.body = CloneAll(mc.body);
      }
      out = c;
      break;
    }
    case StmtKind::Forall: {
      auto* c = Copy(static_cast<const ForallStmt*>(s));
      Fix(c->domain);
      c->ensures = CloneAll(c->ensures);
      c->body = Clone(c->body);
      out = c;
      break;
    }
    case StmtKind::Modify: {
      auto* c = Copy(static_cast<const ModifyStmt*>(s));
      c->frames = CloneAll(c->frames);
      c->body = Clone(c->body);
      out = c;
      break;
    }
    case StmtKind::Calc: {
      auto* c = Copy(static_cast<const CalcStmt*>(s));
      c->op.depth = Clone(c->op.depth);
      for (CalcStep& st : c->steps) {
        st.op.depth = Clone(st.op.depth);
        st.hints = CloneAll(st.hints);
        st.line = Clone(st.line);
      }
      out = c;
      break;
    }
    case StmtKind::Reveal: {
      auto* c = Copy(static_cast<const RevealStmt*>(s));
      c->targets = CloneAll(c->targets);
      out = c;
      break;
    }
    case StmtKind::AssignSuchThat: {
      auto* c = Copy(static_cast<const AssignSuchThatStmt*>(s));
      c->lhs = CloneAll(c->lhs);
      c->expr = Clone(c->expr);
      c->assume_attributes = CloneAll(c->assume_attributes);
      out = c;
      break;
    }
    case StmtKind::AssignOrReturn: {
      auto* c = Copy(static_cast<const AssignOrReturnStmt*>(s));
      c->lhs = CloneAll(c->lhs);
      c->rhs = CloneAll(c->rhs);
      out = c;
      break;
    }
    case StmtKind::Label: {
      auto* c = Copy(static_cast<const LabelStmt*>(s));
      c->body = Clone(c->body);
      out = c;
      break;
    }
    case StmtKind::Yield: {
      auto* c = Copy(static_cast<const YieldStmt*>(s));
      c->values = CloneAll(c->values);
      out = c;
      break;
    }
    case StmtKind::Skeleton: {
      auto* c = Copy(static_cast<const SkeletonStmt*>(s));
      c->body = Clone(c->body);
      c->inner = Clone(c->inner);
      out = c;
      break;
    }
  }
  out->attributes = CloneAll(out->attributes);
  out->id = arena_.NextStmtId();
  return out;
}

Decl* Cloner::Clone(const Decl* d) {
  if (!d) return nullptr;
  if (auto it = done_.find(d); it != done_.end()) return static_cast<Decl*>(it->second);
  Decl* out = nullptr;
  switch (d->kind) {
    case DeclKind::Module: {
      auto* c = Copy(static_cast<const ModuleDecl*>(d));
      c->decls = CloneAll(c->decls);
      out = c;
      break;
    }
    case DeclKind::Import:
      out = Copy(static_cast<const ImportDecl*>(d));
      break;
    case DeclKind::Export:
      out = Copy(static_cast<const ExportDecl*>(d));
      break;
    case DeclKind::Method: {
      auto* c = Copy(static_cast<const MethodDecl*>(d));
      c->type_params = CloneAll(c->type_params);
      c->ins = CloneAll(c->ins);
      c->outs = CloneAll(c->outs);
      c->requires_ = CloneAll(c->requires_);
      c->ensures = CloneAll(c->ensures);
      c->modifies = CloneAll(c->modifies);
      c->decreases = CloneAll(c->decreases);
      c->body = Clone(c->body);
      c->reads = CloneAll(c->reads);
      c->defaults = CloneAll(c->defaults);
      out = c;
      break;
    }
    case DeclKind::Function: {
      auto* c = Copy(static_cast<const FunctionDecl*>(d));
      c->type_params = CloneAll(c->type_params);
      c->params = CloneAll(c->params);
      c->result = Clone(c->result);
      c->result_type = Clone(c->result_type);
      c->requires_ = CloneAll(c->requires_);
      c->ensures = CloneAll(c->ensures);
      c->reads = CloneAll(c->reads);
      c->decreases = CloneAll(c->decreases);
      c->body = Clone(c->body);
      c->by_method = Clone(c->by_method);
      c->defaults = CloneAll(c->defaults);
      out = c;
      break;
    }
    case DeclKind::Const: {
      auto* c = Copy(static_cast<const ConstDecl*>(d));
      c->type = Clone(c->type);
      c->init = Clone(c->init);
      out = c;
      break;
    }
    case DeclKind::Field: {
      auto* c = Copy(static_cast<const FieldDecl*>(d));
      c->type = Clone(c->type);
      out = c;
      break;
    }
    case DeclKind::Class:
    case DeclKind::Trait: {
      auto* c = Copy(static_cast<const ClassDecl*>(d));
      c->type_params = CloneAll(c->type_params);
      c->extends = CloneAll(c->extends);
      c->members = CloneAll(c->members);
      out = c;
      break;
    }
    case DeclKind::Datatype: {
      auto* c = Copy(static_cast<const DatatypeDecl*>(d));
      c->type_params = CloneAll(c->type_params);
      c->extends = CloneAll(c->extends);
      for (DatatypeCtor& ctor : c->ctors) {
        ctor.attributes = CloneAll(ctor.attributes);
        ctor.formals = CloneAll(ctor.formals);
        ctor.defaults = CloneAll(ctor.defaults);
      }
      c->members = CloneAll(c->members);
      out = c;
      break;
    }
    case DeclKind::Newtype:
    case DeclKind::SubsetType: {
      auto* c = Copy(static_cast<const NewtypeDecl*>(d));
      c->type_params = CloneAll(c->type_params);
      c->extends = CloneAll(c->extends);
      c->var = Clone(c->var);
      c->base = Clone(c->base);
      c->constraint = Clone(c->constraint);
      c->witness = Clone(c->witness);
      c->members = CloneAll(c->members);
      out = c;
      break;
    }
    case DeclKind::TypeSynonym: {
      auto* c = Copy(static_cast<const TypeSynonymDecl*>(d));
      c->type_params = CloneAll(c->type_params);
      c->rhs = Clone(c->rhs);
      out = c;
      break;
    }
    case DeclKind::OpaqueType: {
      auto* c = Copy(static_cast<const OpaqueTypeDecl*>(d));
      c->type_params = CloneAll(c->type_params);
      c->extends = CloneAll(c->extends);
      c->members = CloneAll(c->members);
      out = c;
      break;
    }
    case DeclKind::Iterator: {
      auto* c = Copy(static_cast<const IteratorDecl*>(d));
      c->type_params = CloneAll(c->type_params);
      c->ins = CloneAll(c->ins);
      c->yields = CloneAll(c->yields);
      c->requires_ = CloneAll(c->requires_);
      c->ensures = CloneAll(c->ensures);
      c->yield_requires = CloneAll(c->yield_requires);
      c->yield_ensures = CloneAll(c->yield_ensures);
      c->reads = CloneAll(c->reads);
      c->modifies = CloneAll(c->modifies);
      c->decreases = CloneAll(c->decreases);
      c->body = Clone(c->body);
      c->members = CloneAll(c->members);
      out = c;
      break;
    }
  }
  out->attributes = CloneAll(out->attributes);
  return out;
}

}  // namespace dfy
