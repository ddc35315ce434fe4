// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Sequence constructions with non-lambda initializers; Sequence update expressions; Sequence displays of characters; Unicode chars.
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings feature_sequences.dfy (it verifies there).
function Double(i: nat): int { 2 * i }

method Main() {
  var s := seq(5, i => i * i);
  print s, "\n";
  var t := seq(4, Double);
  print t, "\n";
  var u := s[2 := 100];
  print u, " ", s, "\n";
  var chars := ['h', 'i', '!'];
  print chars, " ", |chars|, "\n";
  var str: string := "héllo ∀ 😀";
  print str, " ", |str|, " ", str[1], " ", str[8], "\n";
  print str[..2] + "!", " ", 'a' < 'b', " ", 'z' as int, " ", 128512 as char, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: [0, 1, 4, 9, 16]
// CHECK: [0, 2, 4, 6]
// CHECK: [0, 1, 100, 9, 16] [0, 1, 4, 9, 16]
// CHECK: hi! 3
// CHECK: héllo ∀ 😀 9 'é' '😀'
// CHECK: hé! true 122 '😀'
