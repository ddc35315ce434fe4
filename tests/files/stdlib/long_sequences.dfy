// RUN: run --no-verify --standard-libraries true
// Std.Collections.Seq on 200,000 elements: the compiled functions loop (their `by method`
// bodies, or tail calls) where the definitions recurse once per element, so the program does
// not overflow its stack. (Dafny's own library recurses in Map, Filter, Reverse, ...; the
// output below is dfyc's, and Dafny's on this library, in about 7 minutes:
// stdlib/tests/check_with_dafny.py.)
import Std.Collections.Seq

method Main() {
  var n := 200000;
  var xs := seq(n, i => i);
  var ys := Seq.Map(x => x + 1, xs);
  var evens := Seq.Filter(x => x % 2 == 0, ys);
  print |ys|, " ", ys[0], " ", ys[n - 1], " ", |evens|, "\n";
  print Seq.FoldLeft((a, x) => a + x, 0, xs), " ", Seq.FoldRight((x, a) => a + x, xs, 0), "\n";
  var r := Seq.Reverse(xs);
  print r[0], " ", r[n - 1], " ", Seq.Max(xs), " ", Seq.Min(r), "\n";
  var rep := Seq.Repeat(7, n);
  print |rep|, " ", rep[n - 1], "\n";
  var z := Seq.Zip(xs, r);
  var (a, b) := Seq.Unzip(z);
  print z[1], " ", a == xs && b == r, "\n";
  print Seq.IndexOf(xs, n - 1), " ", Seq.IndexOfOption(xs, n).None?, "\n";
  var pieces := Seq.Split(seq(n, i => i % 3), 1);
  var joined := Seq.Join(pieces, [1]);
  print |pieces|, " ", |joined|, " ", joined == seq(n, i => i % 3), "\n";
  print |Seq.Flatten(seq(n, i => [i]))|, " ", Seq.All(xs, x => x >= 0), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 200000 1 200000 100000
// CHECK: 19999900000 19999900000
// CHECK: 199999 0 199999 0
// CHECK: 200000 7
// CHECK: (1, 199998) true
// CHECK: 199999 true
// CHECK: 66668 200000 true
// CHECK: 200000 true
