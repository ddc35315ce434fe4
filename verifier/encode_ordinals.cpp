// ORDINAL (Dafny's BigOrdinal): an uninterpreted sort with the functions and axioms Dafny's
// prelude gives it (DafnyPrelude.bpl, "ORD#"). An ordinal is a limit ordinal plus a finite
// offset; the natural numbers are the ordinals below the first limit (omega).
#include "verifier/encoder.h"

namespace dfy::verify {

const Symbols::OrdinalOps& Symbols::Ordinals() {
  if (ordinals_) return *ordinals_;
  z3::sort o = c.uninterpreted_sort("ORDINAL");
  z3::sort i = c.int_sort(), b = c.bool_sort();
  ordinals_.emplace(OrdinalOps{o, c.function("ORD#IsNat", o, b), c.function("ORD#Offset", o, i),
                               c.function("ORD#FromNat", i, o), c.function("ORD#Less", o, o, b),
                               c.function("ORD#LessThanLimit", o, o, b),
                               c.function("ORD#Plus", o, o, o), c.function("ORD#Minus", o, o, o)});
  const OrdinalOps& ord = *ordinals_;
  z3::expr x = c.constant("o", o), y = c.constant("p", o), z = c.constant("r", o);
  z3::expr n = c.int_const("n");
  // The offset is the number of successors above the ordinal's limit part.
  AddAxiom(Forall(c, {x}, 0 <= ord.offset(x), {ord.offset(x)}));
  AddAxiom(Forall(
      c, {n}, z3::implies(0 <= n, ord.is_nat(ord.from_nat(n)) && ord.offset(ord.from_nat(n)) == n),
      {ord.from_nat(n)}));
  AddAxiom(Quantifier(c, true, {x}, z3::implies(ord.is_nat(x), x == ord.from_nat(ord.offset(x))),
                      {{ord.offset(x)}, {ord.is_nat(x)}}));
  // Less: irreflexive, the naturals below every other ordinal and ordered as numbers,
  // trichotomous and transitive.
  z3::expr less = ord.less(x, y);
  AddAxiom(Forall(
      c, {x, y},
      z3::implies(less, x != y) && z3::implies(ord.is_nat(x) && !ord.is_nat(y), less) &&
          z3::implies(ord.is_nat(x) && ord.is_nat(y), less == (ord.offset(x) < ord.offset(y))) &&
          z3::implies(less && ord.is_nat(y), ord.is_nat(x)),
      {less}));
  AddAxiom(Forall(c, {x, y}, less || x == y || ord.less(y, x), {less, ord.less(y, x)}));
  AddAxiom(Quantifier(c, true, {x, y, z}, z3::implies(less && ord.less(y, z), ord.less(x, z)),
                      {{less, ord.less(y, z)}, {less, ord.less(x, z)}}));
  AddAxiom(Forall(c, {x, y}, ord.less_than_limit(x, y) == less, {ord.less_than_limit(x, y)}));
  // Plus and Minus, as far as the prelude defines them.
  z3::expr plus = ord.plus(x, y), minus = ord.minus(x, y), zero = ord.from_nat(c.int_val(0));
  AddAxiom(
      Forall(c, {x, y},
             z3::implies(ord.is_nat(plus), ord.is_nat(x) && ord.is_nat(y)) &&
                 z3::implies(ord.is_nat(y), ord.is_nat(plus) == ord.is_nat(x) &&
                                                ord.offset(plus) == ord.offset(x) + ord.offset(y)),
             {plus}));
  AddAxiom(Forall(c, {x, y}, (x == plus || ord.less(x, plus)) && (y == plus || ord.less(y, plus)),
                  {plus}));
  AddAxiom(Forall(c, {x, y}, z3::implies(x == zero, plus == y) && z3::implies(y == zero, plus == x),
                  {plus}));
  z3::expr small = ord.is_nat(y) && ord.offset(y) <= ord.offset(x);
  AddAxiom(Forall(c, {x, y},
                  z3::implies(small, ord.is_nat(minus) == ord.is_nat(x) &&
                                         ord.offset(minus) == ord.offset(x) - ord.offset(y)),
                  {minus}));
  AddAxiom(Forall(
      c, {x, y}, z3::implies(small, (y == zero && minus == x) || (y != zero && ord.less(minus, x))),
      {minus}));
  // Adding and subtracting naturals in steps, as Dafny's prelude: o+m+n == o+(m+n),
  // o-m-n == o-(m+n), o+m-n and o-m+n (so (o - 1) + 1 == o for a successor o). The last one
  // asks m <= Offset(o), so that o-m is o's predecessor (the prelude asks n <= Offset(o) + m,
  // which for a limit o with m == n == 1 equates o with a successor).
  z3::expr m = c.int_const("m"), k = c.int_const("k");
  auto nat = [&](const z3::expr& i) { return ord.from_nat(i); };
  z3::expr pp = ord.plus(ord.plus(x, nat(m)), nat(k));
  AddAxiom(
      Forall(c, {x, m, k}, z3::implies(0 <= m && 0 <= k, pp == ord.plus(x, nat(m + k))), {pp}));
  z3::expr mm = ord.minus(ord.minus(x, nat(m)), nat(k));
  AddAxiom(Forall(
      c, {x, m, k},
      z3::implies(0 <= m && 0 <= k && m + k <= ord.offset(x), mm == ord.minus(x, nat(m + k))),
      {mm}));
  z3::expr pm = ord.minus(ord.plus(x, nat(m)), nat(k));
  AddAxiom(Forall(c, {x, m, k},
                  z3::implies(0 <= m && 0 <= k && k <= ord.offset(x) + m,
                              z3::implies(k <= m, pm == ord.plus(x, nat(m - k))) &&
                                  z3::implies(m <= k, pm == ord.minus(x, nat(k - m)))),
                  {pm}));
  z3::expr mp = ord.plus(ord.minus(x, nat(m)), nat(k));
  AddAxiom(Forall(c, {x, m, k},
                  z3::implies(0 <= m && 0 <= k && m <= ord.offset(x),
                              z3::implies(k <= m, mp == ord.minus(x, nat(m - k))) &&
                                  z3::implies(m <= k, mp == ord.plus(x, nat(k - m)))),
                  {mp}));
  return *ordinals_;
}

z3::expr Lowerer::TrOrdinalBinary(BinaryOp op, const z3::expr& l, const z3::expr& r,
                                  bool& handled) {
  const auto& ord = sym_.Ordinals();
  handled = true;
  // An int operand (a literal typed as a number) stands for the natural number.
  z3::expr a = l.is_int() ? ord.from_nat(l) : l;
  z3::expr b = r.is_int() ? ord.from_nat(r) : r;
  switch (op) {
    case BinaryOp::Lt:
      return ord.less(a, b);
    case BinaryOp::Le:
      return ord.less(a, b) || a == b;
    case BinaryOp::Gt:
      return ord.less(b, a);
    case BinaryOp::Ge:
      return ord.less(b, a) || a == b;
    case BinaryOp::Add:
      return ord.plus(a, b);
    case BinaryOp::Sub:
      return ord.minus(a, b);
    case BinaryOp::Eq:
      return a == b;
    case BinaryOp::Neq:
      return a != b;
    default:
      handled = false;
      return l;
  }
}

std::optional<z3::expr> Lowerer::TrOrdinalMember(const std::string& member, const z3::expr& o) {
  const auto& ord = sym_.Ordinals();
  if (member == "Offset") return ord.offset(o);
  if (member == "IsLimit") return ord.offset(o) == 0;
  if (member == "IsSucc") return ord.offset(o) > 0;
  if (member == "IsNat") return ord.is_nat(o);
  return std::nullopt;
}

}  // namespace dfy::verify
