// RUN: resolve --show-snippets false
method M() {
  for i := 0 upto 5 {
  }
}

// CHECK-EXIT: 2
// CHECK: for_bad_direction.dfy(3,13): Error: Expected 'to' or 'downto'
// CHECK: 1 parse errors detected in for_bad_direction.dfy
