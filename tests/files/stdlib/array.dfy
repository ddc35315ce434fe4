// RUN: run --standard-libraries true
// Std.Collections.Array from a user program: BinarySearch on sorted arrays of ints and of
// chars (each with its strict total order <), keys present and absent. Expected output recorded
// from Dafny 4.11 (`dafny run --standard-libraries true`, with Dafny's own standard library),
// which verifies the program first; dfyc verifies it with its library in library mode.
import opened Std.Collections.Array
import opened Std.Relations
import opened Std.Wrappers

lemma IntLtIsStrict()
  ensures StrictTotalOrdering((x: int, y: int) => x < y)
{}


method Main() {
  var a := new int[6] [2, 3, 5, 7, 11, 13];
  var less := (x: int, y: int) => x < y;
  assert a[..] == [2, 3, 5, 7, 11, 13];
  IntLtIsStrict();
  var r := BinarySearch(a, 7, less);
  var r2 := BinarySearch(a, 2, less);
  var r3 := BinarySearch(a, 13, less);
  var r4 := BinarySearch(a, 8, less);
  var r5 := BinarySearch(a, 1, less);
  var r6 := BinarySearch(a, 14, less);
  print r, " ", r2, " ", r3, " ", r4, " ", r5, " ", r6, "\n";
  if r.Some? {
    assert a[r.value] == 7;
    print a[r.value], "\n";
  }
  var empty := new int[0];
  var e := BinarySearch(empty, 1, less);
  assert e.None?;
  print e, "\n";
  var cs := new char[4] ['a', 'c', 'd', 'x'];
  assert cs[..] == ['a', 'c', 'd', 'x'];
  var c1 := BinarySearch(cs, 'd', (x: char, y: char) => x < y);
  var c2 := BinarySearch(cs, 'b', (x: char, y: char) => x < y);
  print c1, " ", c2, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
// CHECK: Wrappers.Option.Some(3) Wrappers.Option.Some(0) Wrappers.Option.Some(5) Wrappers.Option.None Wrappers.Option.None Wrappers.Option.None
// CHECK: 7
// CHECK: Wrappers.Option.None
// CHECK: Wrappers.Option.Some(2) Wrappers.Option.None
