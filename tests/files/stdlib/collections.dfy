// RUN: run --no-verify --standard-libraries true
// Std.Collections: Seq and Map functions (Set: stdlib/tests/pending/set.dfy). Expected output recorded from Dafny 4.11
// (`dafny run --no-verify --standard-libraries true`, with Dafny's own standard library).
import Std.Collections.Seq
import Std.Collections.Map
import opened Std.Wrappers

method Main() {
  var xs := [3, 1, 4, 1, 5, 9, 2, 6];
  print Seq.First(xs), " ", Seq.Last(xs), " ", Seq.DropFirst(xs), " ", Seq.DropLast(xs), "\n";
  print Seq.Reverse(xs), " ", Seq.Max(xs), " ", Seq.Min(xs), "\n";
  print Seq.Map(x => x * 10, xs), "\n";
  print Seq.Filter(x => x % 2 == 0, xs), "\n";
  print Seq.FoldLeft((acc, x) => acc + x, 0, xs), " ", Seq.FoldRight((x, acc) => x - acc, xs, 0), "\n";
  print Seq.Flatten([[1, 2], [], [3]]), " ", Seq.Repeat(7, 3), "\n";
  print Seq.IndexOf(xs, 5), " ", Seq.IndexOfOption(xs, 1).value, " ", Seq.IndexOfOption(xs, 8).None?, "\n";
  print |Seq.ToSet(xs)|, "\n";
  print Seq.All(xs, x => x > 0), " ", Seq.AllNot(xs, x => x > 8), "\n";
  print Seq.Zip([1, 2], ['a', 'b']), " ", Seq.Unzip([(1, 'x'), (2, 'y')]).0, "\n";
  print Seq.Join(["a", "bc", "d"], ", "), " ", Seq.Split("a,b,,c", ','), "\n";

  var m := map[1 := "one", 2 := "two", 3 := "three"];
  print Map.Get(m, 2).value, " ", Map.Get(m, 4).None?, "\n";
  print |Map.Remove(m, 1)|, " ", |Map.RemoveKeys(m, {1, 2})|, " ", |Map.Restrict(m, {2, 5})|, "\n";
  var u := Map.Union(m, map[3 := "drei", 4 := "vier"]);
  print |u|, " ", u[3], " ", u[1], "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 3 6 [1, 4, 1, 5, 9, 2, 6] [3, 1, 4, 1, 5, 9, 2]
// CHECK: [6, 2, 9, 5, 1, 4, 1, 3] 9 1
// CHECK: [30, 10, 40, 10, 50, 90, 20, 60]
// CHECK: [4, 2, 6]
// CHECK: 31 -3
// CHECK: [1, 2, 3] [7, 7, 7]
// CHECK: 4 1 true
// CHECK: 7
// CHECK: true false
// CHECK: [(1, 'a'), (2, 'b')] [1, 2]
// CHECK: a, bc, d [['a'], ['b'], [], ['c']]
// CHECK: two true
// CHECK: 2 1 1
// CHECK: 4 drei one
