// Opaque functions and consts (Dafny's `opaque` modifier and `{:opaque}` attribute): their
// definition holds only where a `reveal` statement has shown it.
//
// As Dafny's (BoogieGenerator's reveal_F constant): each opaque function or const has a boolean
// constant, `reveal#F`; its definition axioms (the fuel-limited one and the literal one) hold
// under it, and a `reveal F();` statement assumes it. The assumption is an ordinary one of the
// lowering, so it holds on the paths through the statement: after `if b { reveal F(); }` F is
// hidden again, and a reveal in an `assert … by { }` proof or a calc hint stays there. A
// function's postconditions (its consequence axiom) are never hidden.
#include "verifier/encoder.h"

namespace dfy::verify {

z3::expr Symbols::Revealed(const Decl* d) {
  return c.bool_const(("reveal#" + QualifiedName(d)).c_str());
}

// The opaque function or const a reveal statement's target names (`reveal F();`, `reveal F;`,
// `reveal C.F();`, `reveal c;`), or null (a label, or a declaration that is not opaque).
const Decl* Lowerer::RevealedDecl(const Expr* target) const {
  const Expr* x =
      target->kind == ExprKind::Call ? static_cast<const CallExpr*>(target)->callee : target;
  const Binding& b = rp_.BindingOf(x);
  const Decl* d = b.function ? b.function : b.member;
  return d && IsOpaque(d) ? d : nullptr;
}

// (`hide F;` hides nothing here: what it would hide stays known, which proves more than Dafny
// would, never something false.)
void Lowerer::LowerReveal(const RevealStmt* s, const z3::expr& guard) {
  if (s->hide) return;
  for (const Expr* t : s->targets) {
    const Decl* d = RevealedDecl(t);
    if (!d) continue;
    // Dafny's reveal is a call of a lemma: a function whose body reveals has a task to verify
    // (counted in the summary), as one that calls a lemma has.
    Assert(vir::Obligation::CallFrame, t->tok, c_.bool_val(true));
    Assume(z3::implies(guard, sym_.Revealed(d)));
  }
}

// An opaque const `k`: equal to its initializer where revealed (one axiom per task).
void Lowerer::AddRevealableValue(const ConstDecl* d, const z3::expr& k) {
  if (sym_.revealable_consts.insert(sym_.QualifiedName(d)).second) {
    sym_.AddAxiom(z3::implies(sym_.Revealed(d), k == TrLit(d->init, Env{}, sym_.BaseLayer())));
  }
}

}  // namespace dfy::verify
