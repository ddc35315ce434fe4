// RUN: verify --show-snippets false
// Opaque types (type T, type T(==)) as values of an unknown sort, also inside datatypes.
// Expected output recorded from Dafny 4.11.
type Key(==)
type Value
datatype Entry = Entry(k: Key, v: Value)

function Lookup(m: seq<Entry>, k: Key): (r: seq<Value>)
  ensures |r| <= |m|
{
  if |m| == 0 then [] else if m[0].k == k then [m[0].v] + Lookup(m[1..], k) else Lookup(m[1..], k)
}

method Find(m: seq<Entry>, k: Key) returns (found: bool)
  ensures found <==> exists i :: 0 <= i < |m| && m[i].k == k
{
  found := false;
  var i := 0;
  while i < |m|
    invariant 0 <= i <= |m|
    invariant found <==> exists j :: 0 <= j < i && m[j].k == k
  {
    if m[i].k == k { found := true; }
    i := i + 1;
  }
}

lemma Wrong(a: Key, b: Key)
  ensures a == b
{
}

// CHECK-EXIT: 4
// CHECK: opaque_types.dfy(30,0): Error: a postcondition could not be proved on this return path
// CHECK: opaque_types.dfy(29,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
