// RUN: run --no-verify --allow-warnings --show-snippets false
// Statements that branch on ghost state are ghost: erased from the compiled program.
// `if *` takes its then branch when it has an else branch, `while *` runs no iteration.
// Expected output recorded from Dafny 4.11: dafny run --no-verify ghost_statements.dfy.
datatype Color = Red | Green

method Main() {
  var a := [3, 1, 2];
  ghost var least := a[0];
  ghost var color := Green;
  var i := 0;
  while i < |a| {
    if a[i] < least { least := a[i]; }
    match color {
      case Red => least := 0;
      case Green =>
    }
    i := i + 1;
  }
  ghost var g := 0;
  while g < 3
    decreases 3 - g
  {
    g := g + 1;
  }
  if * { print "then\n"; } else { print "else\n"; }
  if * { print "never\n"; }
  while * { print "never\n"; }
  print "done ", i, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: then
// CHECK: done 3
