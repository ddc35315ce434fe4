// RUN: resolve --show-snippets false
method Main() {
  var n: nat := 2;
  var k: int := n;
  var b: bool := k < n < true;
  print b, "\n";
}

// CHECK-EXIT: 2
// CHECK: comparison_chain_type_mismatch.dfy(5,23): Error: arguments to < must have a common supertype (got nat and bool)
// CHECK: 1 resolution/type errors detected in comparison_chain_type_mismatch.dfy
