// RUN: resolve --show-snippets false --allow-warnings
// Expected output recorded from Dafny 4.11: its deprecation warnings for old keywords,
// `static` at module level, parentheses around forall-statement variables, a forall statement
// without variables and a modify statement with a block.
static method M() { }
static function F(): int { 0 }
static const C := 1
static lemma L() { }
copredicate CoP(x: int) { CoP(x) }
colemma CoL(x: int) ensures CoP(x) { }
inductive predicate IP(x: int) { x == 0 || IP(x - 1) }
inductive lemma IL(x: int) requires IP(x) { }
module Inner {
  static predicate P() { true }
}
class K {
  static method S() { }
  var f: int
  method N(s: set<int>)
    modifies this
  {
    forall (x | x in s) ensures x == x { }
    forall ensures true { }
    modify this {
      f := 1;
    }
  }
}

// CHECK-EXIT: 0
// CHECK: deprecated_keywords.dfy(5,0): Warning: module-level methods are always non-instance, so the 'static' keyword is not allowed here
// CHECK: deprecated_keywords.dfy(6,0): Warning: module-level functions are always non-instance, so the 'static' keyword is not allowed here
// CHECK: deprecated_keywords.dfy(7,0): Warning: module-level const declarations are always non-instance, so the 'static' keyword is not allowed here
// CHECK: deprecated_keywords.dfy(8,0): Warning: module-level methods are always non-instance, so the 'static' keyword is not allowed here
// CHECK: deprecated_keywords.dfy(9,0): Warning: the old keyword 'copredicate' has been renamed to the keyword phrase 'greatest predicate'
// CHECK: deprecated_keywords.dfy(10,0): Warning: the old keyword 'colemma' has been renamed to the keyword phrase 'greatest lemma'
// CHECK: deprecated_keywords.dfy(11,0): Warning: the old keyword phrase 'inductive predicate' has been renamed to 'least predicate'
// CHECK: deprecated_keywords.dfy(12,0): Warning: the old keyword phrase 'inductive lemma' has been renamed to 'least lemma'
// CHECK: deprecated_keywords.dfy(14,2): Warning: module-level functions are always non-instance, so the 'static' keyword is not allowed here
// CHECK: deprecated_keywords.dfy(22,11): Warning: parentheses around the forall-statement bound variables are deprecated and not needed
// CHECK: deprecated_keywords.dfy(23,4): Warning: a forall statement with no bound variables is deprecated; use an 'assert by' statement instead
// CHECK: deprecated_keywords.dfy(24,16): Warning: the modify statement with a block statement is deprecated
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
