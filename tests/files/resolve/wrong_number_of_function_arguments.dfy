// RUN: resolve --show-snippets false
function Sq(n: int): int { n * n }
method Main() {
  var x := Sq(1, 2);
  print x, "\n";
}

// CHECK-EXIT: 2
// CHECK: wrong_number_of_function_arguments.dfy(4,13): Error: wrong number of arguments (got 2, but function 'Sq' expects 1: (n: int))
// CHECK: 1 resolution/type errors detected in wrong_number_of_function_arguments.dfy
