// RUN: resolve --show-snippets false --allow-warnings
// Expected output recorded from Dafny 4.11: 'exists x :: A ==> B' without a range draws a
// warning at 'exists'; parentheses, '<==', a range or a '<-' domain silence it.
predicate P(x: int)
predicate Q(x: int)
ghost predicate A() { exists x :: P(x) ==> Q(x) }
ghost predicate B() { exists x :: (P(x) ==> Q(x)) }
ghost predicate C() { exists x :: P(x) <== Q(x) }
ghost predicate D() { exists x | P(x) :: P(x) ==> Q(x) }
ghost predicate E(s: set<int>) { exists x <- s :: P(x) ==> Q(x) }
ghost predicate F() { forall x :: P(x) ==> Q(x) }
ghost predicate G() { exists x, y :: P(x) && P(y) ==> Q(x) }
method M(s: set<int>)
  requires exists x :: x in s ==> P(x)
{
  assert exists y :: y in s ==> P(y);
}

// CHECK-EXIT: 0
// CHECK: exists_implies_warning.dfy(6,22): Warning: the quantifier has the form 'exists x :: A ==> B', which most often is a typo for 'exists x :: A && B'; if you think otherwise, rewrite as 'exists x :: (A ==> B)' or 'exists x :: !A || B' to suppress this warning
// CHECK: exists_implies_warning.dfy(12,22): Warning: the quantifier has the form 'exists x :: A ==> B', which most often is a typo for 'exists x :: A && B'; if you think otherwise, rewrite as 'exists x :: (A ==> B)' or 'exists x :: !A || B' to suppress this warning
// CHECK: exists_implies_warning.dfy(14,11): Warning: the quantifier has the form 'exists x :: A ==> B', which most often is a typo for 'exists x :: A && B'; if you think otherwise, rewrite as 'exists x :: (A ==> B)' or 'exists x :: !A || B' to suppress this warning
// CHECK: exists_implies_warning.dfy(16,9): Warning: the quantifier has the form 'exists x :: A ==> B', which most often is a typo for 'exists x :: A && B'; if you think otherwise, rewrite as 'exists x :: (A ==> B)' or 'exists x :: !A || B' to suppress this warning
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
