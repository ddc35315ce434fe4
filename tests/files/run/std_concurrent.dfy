// RUN: run --no-verify --standard-libraries true --show-snippets false
// Std.Concurrent through --standard-libraries: Lock (Lock and Unlock in turn, from a class
// whose methods keep it unlocked between calls), AtomicBox (Get and Put, of a nat and of a
// string, under an invariant), MutableMap (Keys, HasKey, Values, Items, Put of a new key and
// of a used one, Get of a key and of a missing one, Remove of a key and of a missing one, Size)
// with nat, string, datatype and byte-sequence keys (bytesKeys). The sets Keys, Values and
// Items give are printed as Dafny prints sets. Expected output recorded from Dafny 4.11:
// `dafny run --no-verify --standard-libraries true std_concurrent.dfy` (C#, Dafny's own
// library). Dafny verifies the program (13 verified, 0 errors), and so does `dfyc verify
// --standard-libraries true` (19 verified, 0 errors: dfyc counts a task for each of the six
// consts whose lambda has no proof obligation, where Dafny counts none), hence --no-verify.
module ConcurrentExample {
  import opened Std.Concurrent
  import opened Std.Wrappers
  import opened Std.BoundedInts

  datatype Color = Red | Green | Blue

  const Even: nat -> bool := n => n % 2 == 0
  const AnyNat: nat -> bool := _ => true
  const Short: string -> bool := s => |s| <= 5
  const Any: (nat, string) -> bool := (_, _) => true
  const Small: (string, nat) -> bool := (_, v) => v < 100
  const Colors: (Color, int) -> bool := (_, _) => true
  const Keyed: (bytes, nat) -> bool := (_, _) => true

  // A counter that executions could share.
  class Counter {
    const mutex: Lock
    const box: AtomicBox<nat>
    const seen: MutableMap<nat, string>

    constructor()
      ensures Valid() && !mutex.isLocked
      ensures fresh(mutex)
    {
      mutex := new Lock();
      box := new AtomicBox(AnyNat, 0);
      seen := new MutableMap(Any);
    }

    ghost predicate Valid() {
      box.inv == AnyNat && seen.inv == Any
    }

    method Increment() returns (v: nat)
      requires Valid() && !mutex.isLocked
      modifies mutex
      ensures Valid() && !mutex.isLocked
    {
      v := Step(mutex, box, seen);
    }
  }

  // The lock guards a read-then-write of the box. (A method of its own, with the objects as
  // parameters: dfyc's verifier does not yet know that the objects a class's const fields hold
  // are allocated, and so loses mutex.isLocked across box.Get() if Increment reads them.)
  method Step(mutex: Lock, box: AtomicBox<nat>, seen: MutableMap<nat, string>) returns (v: nat)
    requires box.inv == AnyNat && seen.inv == Any && !mutex.isLocked
    modifies mutex
    ensures !mutex.isLocked
  {
    mutex.Lock();
    var n := box.Get();
    v := n + 1;
    box.Put(v);
    seen.Put(v, "after " + if n == 0 then "zero" else "more");
    mutex.Unlock();
  }

  method Main() {
    Locks();
    Boxes();
    Maps();
    OtherKeys();
  }

  method Locks() {
    var l := new Lock();
    l.Lock();
    print "locked\n";
    l.Unlock();
    l.Lock();
    l.Unlock();
    print "unlocked twice\n";
    var c := new Counter();
    var a := c.Increment();
    var b := c.Increment();
    var d := c.Increment();
    var items := c.seen.Items();
    print "counter: ", a, " ", b, " ", d, " ", items, "\n";
  }

  method Boxes() {
    var box := new AtomicBox<nat>(Even, 4);
    var v := box.Get();
    assert Even(v);
    print "box: ", v, "\n";
    box.Put(10);
    v := box.Get();
    print "box: ", v, " even: ", v % 2 == 0, "\n";
    var s := new AtomicBox(Short, "abc");
    var t := s.Get();
    print "string box: ", t, " ", |t| <= 5, "\n";
    s.Put("hello");
    t := s.Get();
    print "string box: ", t, "\n";
  }

  method Maps() {
    var m := new MutableMap(Small);
    var keys := m.Keys();
    var size := m.Size();
    print "new: ", keys, " ", size, "\n";
    var has := m.HasKey("one");
    var got := m.Get("one");
    print "one: ", has, " ", got, "\n";
    m.Put("one", 1);
    m.Put("two", 2);
    m.Put("three", 3);
    has := m.HasKey("one");
    got := m.Get("one");
    print "one: ", has, " ", got, "\n";
    m.Put("one", 11);
    got := m.Get("one");
    keys := m.Keys();
    var values := m.Values();
    var items := m.Items();
    size := m.Size();
    print "after: ", got, " ", keys, " ", values, " ", items, " ", size, "\n";
    if got.Some? {
      assert got.value < 100;
    }
    m.Remove("two");
    assert Small("four", 0);
    m.Remove("four");
    has := m.HasKey("two");
    size := m.Size();
    items := m.Items();
    print "removed: ", has, " ", size, " ", items, "\n";
    // Two equal strings made apart are the same key.
    var k := "th" + "ree";
    got := m.Get(k);
    print "three: ", got, "\n";
  }

  method OtherKeys() {
    var c := new MutableMap(Colors);
    c.Put(Blue, -1);
    c.Put(Red, 1);
    var has := c.HasKey(Green);
    var items := c.Items();
    print "colors: ", has, " ", items, "\n";

    var b := new MutableMap(Keyed, true);
    var data: bytes := [1, 2, 3, 4];
    b.Put(data, 0);
    var copy: bytes := [1, 2] + [3, 4];
    var found := b.Get(copy);
    b.Put([5, 6], 1);
    var keys := b.Keys();
    var size := b.Size();
    print "bytes: ", found, " ", keys, " ", size, "\n";
    b.Remove(data);
    var values := b.Values();
    print "bytes after: ", values, "\n";
  }
}
// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: locked
// CHECK: unlocked twice
// CHECK: counter: 1 2 3 {(2, ['a', 'f', 't', 'e', 'r', ' ', 'm', 'o', 'r', 'e']), (3, ['a', 'f', 't', 'e', 'r', ' ', 'm', 'o', 'r', 'e']), (1, ['a', 'f', 't', 'e', 'r', ' ', 'z', 'e', 'r', 'o'])}
// CHECK: box: 4
// CHECK: box: 10 even: true
// CHECK: string box: abc true
// CHECK: string box: hello
// CHECK: new: {} 0
// CHECK: one: false Wrappers.Option.None
// CHECK: one: true Wrappers.Option.Some(1)
// CHECK: after: Wrappers.Option.Some(11) {['o', 'n', 'e'], ['t', 'w', 'o'], ['t', 'h', 'r', 'e', 'e']} {2, 3, 11} {(['o', 'n', 'e'], 11), (['t', 'w', 'o'], 2), (['t', 'h', 'r', 'e', 'e'], 3)} 3
// CHECK: removed: false 2 {(['o', 'n', 'e'], 11), (['t', 'h', 'r', 'e', 'e'], 3)}
// CHECK: three: Wrappers.Option.Some(3)
// CHECK: colors: false {(ConcurrentExample.Color.Red, 1), (ConcurrentExample.Color.Blue, -1)}
// CHECK: bytes: Wrappers.Option.Some(0) {[5, 6], [1, 2, 3, 4]} 2
// CHECK: bytes after: {1}
