// RUN: verify --show-snippets false
// Expected output recorded from Dafny 4.11: a witness of an existential over a two-dimensional
// array meets a monotonicity fact through its row index (a[i0, j] and a[m, n] once i0 = m).
method S(a: array2<int>, key: int, m: int, n: int)
  requires forall i,j,j'::0<=i<a.Length0 && 0<=j<j'<a.Length1 ==> a[i,j]<=a[i,j']
  requires 0<=m<a.Length0 && 0<=n<a.Length1
  requires exists i,j :: m<=i<a.Length0 && 0<=j<=n && a[i,j]==key
  requires a[m,n] < key
  ensures exists i,j :: m+1<=i<a.Length0 && 0<=j<=n && a[i,j]==key
{
}

method Wrong(a: array2<int>, key: int, m: int, n: int)
  requires forall i,j,j'::0<=i<a.Length0 && 0<=j<j'<a.Length1 ==> a[i,j]<=a[i,j']
  requires 0<=m<a.Length0 && 0<=n<a.Length1
  requires exists i,j :: m<=i<a.Length0 && 0<=j<=n && a[i,j]==key
  requires a[m,n] <= key
  ensures exists i,j :: m+1<=i<a.Length0 && 0<=j<=n && a[i,j]==key  // error: a[m,n] may be key
{
}

// CHECK-EXIT: 4
// CHECK: array2_existential_witness.dfy(19,0): Error: a postcondition could not be proved on this return path
// CHECK: array2_existential_witness.dfy(18,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
