// RUN: resolve --show-snippets false
// Inside `datatype List<T>`, a formal of type `List` is a `List<T>` (Dafny completes the type
// arguments with the type parameters of the same names), and a signature's `List` gets an
// implicit type parameter shared by its occurrences.
datatype List<T> = Nil | Cons(head: T, tail: List)
ghost function Append(xs: List, ys: List): List {
  match xs
  case Nil => ys
  case Cons(x, rest) => Cons(x, Append(rest, ys))
}
function Length<T>(xs: List<T>): nat {
  if xs.Nil? then 0 else 1 + Length(xs.tail)
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
