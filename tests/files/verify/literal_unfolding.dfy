// RUN: verify --show-snippets false
// Functions unfold on literal arguments without fuel: Dafny lifts Lit over sequence, set and
// map displays of literals, string literals, and slices of literal sequences at literal
// bounds, so a recursive function's value on them is computed to the end. The wrong
// claims fail. Dafny 4.11 gives the same verdicts and the errors below at these positions.
function Fib(n: nat): nat { if n < 2 then n else Fib(n - 1) + Fib(n - 2) }
function Sum(s: seq<int>): int { if |s| == 0 then 0 else s[0] + Sum(s[1..]) }
function Pow(b: int, e: nat): int { if e == 0 then 1 else b * Pow(b, e - 1) }
function Len(s: string): nat { if s == "" then 0 else 1 + Len(s[1..]) }
function CountA(s: seq<char>): nat {
  if |s| == 0 then 0 else (if s[0] == 'a' then 1 else 0) + CountA(s[1..])
}
function MapGet(m: map<int, int>, k: int): int { if k in m then m[k] else 0 }
function Prefix(s: seq<int>, n: nat): int requires n <= |s| { Sum(s[..n]) }

method Literals() {
  assert Fib(10) == 55;
  assert Sum([1, 2, 3, 4, 5, 6]) == 21;
  assert Pow(2, 10) == 1024;
  assert Len("abcdef") == 6;
  assert CountA("abcabca") == 3;
  assert CountA(['a', 'y', 'a']) == 2;
  assert MapGet(map[1 := 2, 3 := 4], 3) == 4;
  assert Prefix([5, 6, 7, 8], 3) == 18;
}

method WrongSum() {
  assert Sum([1, 2, 3, 4, 5, 6]) == 20;  // error
}

method WrongLen() {
  assert Len("abc") == 4;  // error
}

method WrongCount() {
  assert CountA("abcabcb") == 3;  // error
}

// CHECK-EXIT: 4
// CHECK: literal_unfolding.dfy(28,33): Error: assertion might not hold
// CHECK: literal_unfolding.dfy(32,20): Error: assertion might not hold
// CHECK: literal_unfolding.dfy(36,27): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 8 verified, 3 errors
