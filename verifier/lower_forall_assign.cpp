// Forall statements that assign the heap, as Dafny translates them (Verifier/Statements/
// BoogieGenerator.TrForallStmt.cs, TrForallAssign):
//   forall x | R(x) { L(x) := G(x); }
// where L is a field `E(x).f` or an array element `A(x)[I(x), ...]`. For an arbitrary x in the
// range, the assignment's checks (well-formedness, the frame, the target type) and that two
// values of x that name the same location assign it the same value; then the heap part of L
// changes at once: each location some x names holds its G(x), every other one is unchanged,
// with G evaluated in the state before. (`a[x] := G(x)`, the common case, is lowered more
// simply by LowerForallArrayUpdate.)
#include <fmt/format.h>

#include "verifier/encoder.h"

namespace dfy::verify {

using vir::Obligation;

const AssignStmt* ForallAssign(const ResolvedProgram& rp, const ForallStmt* s) {
  if (!s->body || s->body->stmts.size() != 1 || !s->ensures.empty() || s->domain.vars.empty()) {
    return nullptr;
  }
  const Stmt* only = s->body->stmts[0];
  if (only->kind != StmtKind::Assign) return nullptr;
  auto* a = static_cast<const AssignStmt*>(only);
  if (a->lhs.size() != 1 || a->rhs.size() != 1) return nullptr;
  const Expr* r = a->rhs[0];
  if (r->kind == ExprKind::New || r->kind == ExprKind::Wildcard) return nullptr;
  if (r->kind == ExprKind::Call && rp.CalleeOf(static_cast<const CallExpr*>(r)).method) {
    return nullptr;
  }
  const Expr* l = a->lhs[0];
  if (l->kind == ExprKind::Index) {
    auto* ix = static_cast<const IndexExpr*>(l);
    const Type* t = rp.TypeOf(ix->seq);
    return t && t->kind == TypeKind::Array && ix->indices.size() == t->width ? a : nullptr;
  }
  if (l->kind == ExprKind::Select) {
    const Decl* m = rp.BindingOf(l).member;
    return m && m->kind == DeclKind::Field ? a : nullptr;
  }
  return nullptr;
}

// The location an assignment's left-hand side names, in `env`: its object and, for an array
// element, its indices.
Lowerer::Location Lowerer::LocationOf(const Expr* lhs, const Env& env) {
  Location loc{c_.bool_val(true), {}};
  const z3::expr& layer = sym_.BaseLayer();
  if (lhs->kind == ExprKind::Index) {
    auto* ix = static_cast<const IndexExpr*>(lhs);
    loc.object = Tr(ix->seq, env, layer);
    for (const Expr* i : ix->indices) loc.indices.push_back(Tr(i, env, layer));
  } else {
    loc.object = Tr(static_cast<const SelectExpr*>(lhs)->object, env, layer);
  }
  return loc;
}

// The value at `loc` in the heap part `h`.
z3::expr Lowerer::ReadAt(const z3::expr& h, const Location& loc) {
  z3::expr v = z3::select(h, loc.object);
  return loc.indices.empty() ? v : Symbols::ArrayElement(v, loc.indices);
}

// Binds fresh values of the forall statement's variables in `env`; returns their range.
z3::expr Lowerer::ForallRange(const ForallStmt* s, Env& env, std::vector<z3::expr>& bound) {
  z3::expr range = c_.bool_val(true);
  for (const BoundVar& bv : s->domain.vars) {
    bound.push_back(sym_.Fresh(bv.var->name, rp_.TypeOf(bv.var)));
    env.insert_or_assign(bv.var, bound.back());
    range = range && BoundRange(rp_.TypeOf(bv.var), bound.back());
  }
  for (const BoundVar& bv : s->domain.vars) {
    if (bv.collection) range = range && InBinding(bv, env, sym_.BaseLayer());
    if (bv.range) range = range && Tr(bv.range, env, sym_.BaseLayer());
  }
  return range;
}

// Gives the forall statement's variables arbitrary values in their range (whose
// well-formedness is checked on the way): the start of the branch that checks its body.
void Lowerer::HavocForallVars(const ForallStmt* s) {
  z3::expr yes = c_.bool_val(true);
  for (const BoundVar& bv : s->domain.vars) Havoc(bv.var);
  for (const BoundVar& bv : s->domain.vars) {
    if (bv.collection) {
      WellFormed(bv.collection, yes);
      Assume(InBinding(bv, env_, sym_.BaseLayer()));
    }
    if (bv.range) {
      WellFormed(bv.range, yes);
      Assume(Tr(bv.range));
    }
  }
}

void Lowerer::LowerForallAssign(const ForallStmt* s, const AssignStmt* assign) {
  z3::expr yes = c_.bool_val(true);
  const Expr* lhs = assign->lhs[0];
  const Expr* rhs = assign->rhs[0];
  // The checks, for an arbitrary x in the range, in a branch of their own.
  {
    vir::Cmd choice{vir::Cmd::Choice, yes, 0, {}};
    vir::Block* check = NewBranch(choice);
    NewBranch(choice);
    vir::Block* parent = cur_;
    Env saved = env_;
    cur_ = check;
    HavocForallVars(s);
    if (lhs->kind == ExprKind::Index) {
      auto* ix = static_cast<const IndexExpr*>(lhs);
      WellFormed(ix->seq, yes);
      for (const Expr* i : ix->indices) WellFormed(i, yes);
    } else {
      WellFormed(static_cast<const SelectExpr*>(lhs)->object, yes);
    }
    WellFormed(rhs, yes);
    Env at_x = env_;
    z3::expr value = Tr(rhs);
    Location here = LocationOf(lhs, at_x);
    if (lhs->kind == ExprKind::Index) {
      LowerArrayAssign(static_cast<const IndexExpr*>(lhs), value, rhs);
    } else {
      size_t first = task_.asserts.size();
      LowerFieldAssign(lhs, value, rhs);
      // (Dafny words the frame check of a forall statement's field assignment its own way.)
      for (size_t i = first; i < task_.asserts.size(); ++i) {
        if (task_.asserts[i].kind == Obligation::ObjectModifies) {
          task_.asserts[i].kind = Obligation::ForallObjectModifies;
        }
      }
    }
    // Another x in the range that names the same location assigns the same value.
    env_ = at_x;
    Env primed = at_x;
    std::vector<z3::expr> others;
    Assume(ForallRange(s, primed, others));
    z3::expr same_x = yes;
    for (size_t i = 0; i < others.size(); ++i) {
      same_x = same_x && at_x.at(s->domain.vars[i].var) == others[i];
    }
    Assume(!same_x);
    Location there = LocationOf(lhs, primed);
    z3::expr same_location = here.object == there.object;
    for (size_t i = 0; i < here.indices.size(); ++i) {
      same_location = same_location && here.indices[i] == there.indices[i];
    }
    Assert(Obligation::ForallLhsUnique, assign->op,
           !same_location || value == Tr(rhs, primed, sym_.BaseLayer()));
    Assume(c_.bool_val(false));
    cur_ = parent;
    env_ = saved;
    cur_->cmds.push_back(std::move(choice));
  }
  // The update of the heap part L is in.
  size_t part = lhs->kind == ExprKind::Index
                    ? sym_.ArrayPart(rp_.TypeOf(static_cast<const IndexExpr*>(lhs)->seq))
                    : sym_.FieldPart(rp_.BindingOf(lhs).member, ReceiverType(lhs));
  z3::expr h = HeapValue(part, env_);
  z3::expr next = c_.constant(
      fmt::format("{}#{}", sym_.HeapParts()[part].name, sym_.NextId()).c_str(), h.get_sort());
  Env inner = env_;
  std::vector<z3::expr> xs;
  z3::expr range = ForallRange(s, inner, xs);
  Location loc = LocationOf(lhs, inner);
  z3::expr value = Tr(rhs, inner, sym_.BaseLayer());
  // Each location some x names holds G(x).
  {
    z3::expr written = ReadAt(next, loc);
    z3::expr matrix = z3::implies(range, written == value);
    std::vector<std::vector<z3::expr>> patterns;
    bool covers = true;
    for (const z3::expr& x : xs) covers = covers && Mentions(written, x);
    if (covers) {
      patterns.push_back({written});
    } else {
      for (const z3::expr& t : CollectTriggers(matrix, xs)) patterns.push_back({t});
    }
    Assume(Quantifier(c_, true, xs, matrix, patterns));
  }
  // Every other location is unchanged.
  {
    Location any{sym_.Fresh("$o", rp_.types.Get(TypeKind::Object)), {}};
    std::vector<z3::expr> vars{any.object};
    for (size_t i = 0; i < loc.indices.size(); ++i) {
      any.indices.push_back(c_.constant(fmt::format("$i{}", i).c_str(), c_.int_sort()));
      vars.push_back(any.indices.back());
    }
    z3::expr named = range && any.object == loc.object;
    for (size_t i = 0; i < loc.indices.size(); ++i) {
      named = named && any.indices[i] == loc.indices[i];
    }
    z3::expr now = ReadAt(next, any);
    Assume(Forall(c_, vars, now == ReadAt(h, any) || Quantifier(c_, false, xs, named, {}), {now}));
  }
  env_.insert_or_assign(HeapVar(part), next);
  ForgetAliases(part, std::nullopt);
}

}  // namespace dfy::verify
