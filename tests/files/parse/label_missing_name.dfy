// RUN: resolve --show-snippets false
method M() {
  label: print 1;
}

// CHECK-EXIT: 2
// CHECK: label_missing_name.dfy(3,7): Error: invalid NoUSIdentOrDigits
// CHECK: 1 parse errors detected in label_missing_name.dfy
