// RUN: verify --show-snippets false
// forall i | R(i) { a[i] := E(i); }: array updates in forall statements, their checks and effect.
// Expected output recorded from Dafny 4.11.
method Zero(a: array<int>)
  modifies a
  ensures forall k :: 0 <= k < a.Length ==> a[k] == 0
{
  forall i | 0 <= i < a.Length {
    a[i] := 0;
  }
}

method Copy(src: array<int>) returns (dst: array<int>)
  ensures dst.Length == src.Length && fresh(dst)
  ensures forall k :: 0 <= k < src.Length ==> dst[k] == src[k]
{
  dst := new int[src.Length];
  forall i | 0 <= i < src.Length {
    dst[i] := src[i];
  }
}

method Shift(a: array<int>, b: array<int>)
  requires a != b && a.Length == b.Length
  modifies a
  ensures forall k :: 0 <= k < a.Length ==> a[k] == old(a[k]) + b[k]
  ensures forall k :: 0 <= k < b.Length ==> b[k] == old(b[k])
{
  forall i | 0 <= i < a.Length {
    a[i] := a[i] + b[i];
  }
}

method Bad(a: array<int>, b: array<int>)
  modifies a
{
  forall i | 0 <= i <= a.Length {
    a[i] := 1;
  }
  forall i | 0 <= i < b.Length {
    b[i] := 1;
  }
}

method WrongPost(a: array<int>)
  modifies a
  ensures forall k :: 0 <= k < a.Length ==> a[k] == 1
{
  forall i | 1 <= i < a.Length {
    a[i] := 1;
  }
}

// CHECK-EXIT: 4
// CHECK: forall_array_update.dfy(38,5): Error: index out of range
// CHECK: forall_array_update.dfy(41,5): Error: assignment might update an array element not in the enclosing context's modifies clause
// CHECK: forall_array_update.dfy(48,0): Error: a postcondition could not be proved on this return path
// CHECK: forall_array_update.dfy(47,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 7 verified, 3 errors
