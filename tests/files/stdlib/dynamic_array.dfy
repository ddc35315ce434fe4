// RUN: run --no-verify --standard-libraries true --show-snippets false
// Std.DynamicArray: pushes that grow the storage (capacity 0, 8, 16, ...), At, Put, PopFast,
// PushFast and Ensure. Expected output recorded from Dafny 4.11: `dafny run
// --standard-libraries true` (C#, Dafny's own library), which verifies the file; Dafny on
// dfyc's stdlib sources prints the same. After `import opened Std.DynamicArray`, the name
// `DynamicArray` is the class, not the module (as in Dafny).
import opened Std.DynamicArray

method Contents<A>(a: DynamicArray<A>) returns (s: seq<A>)
  requires a.Valid?()
{
  s := [];
  var i := 0;
  while i < a.size
    invariant 0 <= i <= a.size
  {
    s := s + [a.At(i)];
    i := i + 1;
  }
}

method Main() {
  var a := new DynamicArray<int>();
  print a.size, " ", a.capacity, "\n";
  var i := 0;
  while i < 20
    invariant a.Valid? () && fresh(a.Repr)
    invariant a.size == i
  {
    a.Push(i * i);
    if a.size == 1 || a.size == 8 || a.size == 9 || a.size == 17 {
      print "size ", a.size, " capacity ", a.capacity, "\n";
    }
    i := i + 1;
  }
  var s := Contents(a);
  print s, "\n";
  a.Put(3, -3);
  a.PopFast();
  a.PopFast();
  print a.size, " ", a.capacity, " ", a.At(3), " ", a.At(a.size - 1), "\n";
  a.PushFast(100);
  s := Contents(a);
  print s, "\n";
  a.Ensure(30, 0);
  print a.size, " ", a.capacity, "\n";
  a.Ensure(5, 0);
  print a.size, " ", a.capacity, "\n";

  var words := new DynamicArray<string>();
  words.Ensure(3, "");
  print words.size, " ", words.capacity, "\n";
  words.PushFast("dynamic");
  words.PushFast("array");
  words.Push("of");
  words.Push("strings");
  var w := Contents(words);
  print w, " ", |w|, "\n";
  while words.size > 0
    invariant words.Valid?() && fresh(words.Repr)
    decreases words.size
  {
    print words.At(words.size - 1), ";";
    words.PopFast();
  }
  print "\n", words.size, " ", words.capacity, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 0 0
// CHECK: size 1 capacity 8
// CHECK: size 8 capacity 8
// CHECK: size 9 capacity 16
// CHECK: size 17 capacity 32
// CHECK: [0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225, 256, 289, 324, 361]
// CHECK: 18 32 -3 289
// CHECK: [0, 1, 4, -3, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225, 256, 289, 100]
// CHECK: 19 64
// CHECK: 19 64
// CHECK: 0 8
// CHECK: [['d', 'y', 'n', 'a', 'm', 'i', 'c'], ['a', 'r', 'r', 'a', 'y'], ['o', 'f'], ['s', 't', 'r', 'i', 'n', 'g', 's']] 4
// CHECK: strings;of;array;dynamic;
// CHECK: 0 8
