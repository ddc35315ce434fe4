// RUN: resolve --show-snippets false
method Add(a: int, b: int) returns (c: int)
{
  c := a + b;
}
method Main() {
  var x := Add(1);
  print x, "\n";
}

// CHECK-EXIT: 2
// CHECK: wrong_number_of_arguments.dfy(7,14): Error: wrong number of arguments (got 1, but method 'Add' expects 2: (a: int, b: int))
// CHECK: 1 resolution/type errors detected in wrong_number_of_arguments.dfy
