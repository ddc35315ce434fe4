// RUN: verify --show-snippets false
// Dafny infers the subset type of a bound variable declared without a type from the parameters
// it is passed to: k is a nat below when it is passed to f or Even as a whole, so the
// quantifiers range over nats only. Passed as `k + 0`, also compared with an int variable by
// <, or also passed to an int parameter, it stays an int, and the same formulas are ill-formed.
function Even(n: nat): bool { n % 2 == 0 }

method Keys(inputs: map<nat, bool>, f: nat -> nat) returns (r: map<nat, bool>)
  requires forall n1: nat, n2: nat :: n1 != n2 ==> f(n1) != f(n2)
  ensures forall k :: k in inputs <==> f(k) in r
  ensures forall k :: k in inputs ==> r[f(k)] == inputs[k]
{
  r := map k | k in inputs :: f(k) := inputs[k];
}

lemma NatOnly()
  ensures forall k :: Even(k) || !Even(k)
{
}

lemma Wider(i: int)
  ensures forall k :: k < i || Even(k) == Even(k)
{
}

lemma ArithmeticArgument(f: nat -> nat)
  ensures forall k :: f(k + 0) >= 0
{
}

method IntUse(inputs: map<nat, bool>, f: nat -> nat, g: int -> int) returns (r: map<nat, bool>)
  ensures forall k :: k in inputs <==> (f(k) in r && g(k) == 0)
{
  r := map[];
}

// CHECK-EXIT: 4
// CHECK: bound_var_nat_inference.dfy(27,10): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: bound_var_nat_inference.dfy(22,36): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: bound_var_nat_inference.dfy(27,26): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: bound_var_nat_inference.dfy(28,0): Error: a postcondition could not be proved on this return path
// CHECK: bound_var_nat_inference.dfy(27,10): Related location: this is the postcondition that could not be proved
// CHECK: bound_var_nat_inference.dfy(32,42): Error: value does not satisfy the subset constraints of 'nat'
// CHECK: bound_var_nat_inference.dfy(33,0): Error: a postcondition could not be proved on this return path
// CHECK: bound_var_nat_inference.dfy(32,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 5 errors
