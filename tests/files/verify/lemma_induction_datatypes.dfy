// RUN: verify --show-snippets false
// Expected output recorded from Dafny 4.11.
// Automatic induction as Dafny applies it: on datatype parameters, on several parameters at once
// (a multi-trigger), and through arithmetic in recursive calls' arguments.
datatype Unary = Zero | Suc(pred: Unary)

function ToNat(x: Unary): nat {
  match x
  case Zero => 0
  case Suc(x') => 1 + ToNat(x')
}

function OfNat(n: nat): Unary {
  if n == 0 then Zero else Suc(OfNat(n - 1))
}

lemma Correspondence(n: nat, x: Unary)
  ensures ToNat(OfNat(n)) == n
  ensures OfNat(ToNat(x)) == x
{
}

predicate Less(x: Unary, y: Unary) {
  y != Zero && (x.Suc? ==> Less(x.pred, y.pred))
}

lemma LessCorrect(x: Unary, y: Unary)
  ensures Less(x, y) <==> ToNat(x) < ToNat(y)
{
}

function Sub(x: Unary, y: Unary): Unary
  requires !Less(x, y)
{
  match y
  case Zero => x
  case Suc(y') => Sub(x.pred, y')
}

lemma SubSmaller(x: Unary, y: Unary)
  requires !Less(x, y) && y != Zero
  ensures Sub(x, y) < x
{
}

lemma {:induction false} NoInduction(x: Unary)
  ensures OfNat(ToNat(x)) == x
{
}

lemma WrongClaim(x: Unary, y: Unary)
  ensures Less(x, y) ==> ToNat(y) < ToNat(x)
{
}

// CHECK-EXIT: 4
// CHECK: lemma_induction_datatypes.dfy(48,0): Error: a postcondition could not be proved on this return path
// CHECK: lemma_induction_datatypes.dfy(47,26): Related location: this is the postcondition that could not be proved
// CHECK: lemma_induction_datatypes.dfy(53,0): Error: a postcondition could not be proved on this return path
// CHECK: lemma_induction_datatypes.dfy(52,34): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 8 verified, 2 errors
