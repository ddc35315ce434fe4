// RUN: resolve --show-snippets false
// A binding guard over a variable that Dafny's bounds discovery does not bound (`i :| 0 <= i`)
// cannot be compiled, so the statement is ghost and may not assign compiled variables; in an
// alternative if every case is then ghost. A bounded one compiles, and the bodies of the cases
// of an alternative if are checked for ghost uses like any branch. The expected errors are
// Dafny 4.11's, word for word and at its positions (`dafny resolve`).
method Unbounded(a: array<int>) returns (r: int)
{
  r := -1;
  if i :| 0 <= i && a[i] > 0 { r := i; } else { r := 0; }
}

method UnboundedCase(a: array<int>) returns (r: int)
{
  r := -1;
  if
  case i :| 0 <= i && a[i] > 0 => r := i;
  case true => r := 0;
}

method Bounded(a: array<int>) returns (r: int)
{
  r := -1;
  if
  case i :| 0 <= i < a.Length && a[i] > 0 => r := i;
  case i :| i in {1, 2} => r := i;
  case true => r := 0;
}

method GhostInCase(ghost g: int) returns (r: int)
{
  if
  case true => r := g;
  case false => r := 0;
}

// CHECK-EXIT: 2
// CHECK: binding_guard_ghost.dfy(10,33): Error: assignment to non-ghost variable is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: binding_guard_ghost.dfy(10,50): Error: assignment to non-ghost variable is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: binding_guard_ghost.dfy(17,36): Error: assignment to non-ghost variable is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: binding_guard_ghost.dfy(18,17): Error: assignment to non-ghost variable is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: binding_guard_ghost.dfy(33,20): Error: ghost variables such as g are allowed only in specification contexts. g was inferred to be ghost based on its declaration or initialization.
// CHECK: 5 resolution/type errors detected in binding_guard_ghost.dfy
