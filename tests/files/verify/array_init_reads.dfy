// RUN: verify --allow-warnings --show-snippets false
// An array initializer with a reads clause (its reads are checked against it). Dafny 4.11
// verifies it (1 verified).
class Buffer {
  var a: array<int>
  var b: array<int>
  method Grow(t: int)
    modifies this
  {
    var c := new int[2 * a.Length + 1](i requires 0 <= i reads this, a =>
                                       if i < a.Length then a[i] else t);
    assert c.Length == 2 * a.Length + 1;
    a := c;
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
