// RUN: verify --show-snippets false
// match on ints, chars and strings with literal patterns. Expected output recorded from Dafny 4.11.
function Fib(n: nat): nat {
  match n {
    case 0 => 0
    case 1 => 1
    case _ => Fib(n - 1) + Fib(n - 2)
  }
}

method Apply(op: char, x: int, y: int) returns (r: int)
  ensures op == '+' ==> r == x + y
{
  match op {
    case '+' => r := x + y;
    case '-' => r := x - y;
    case _ => r := 0;
  }
}

function Name(k: int): string {
  match k
  case 1 => "one"
  case 2 => "two"
  case other => if other < 0 then "negative" else "many"
}

lemma Names()
  ensures Name(2) == "two" && Name(-5) == "negative"
  ensures Fib(5) == 5
{
}

method Partial(k: int) returns (r: int)
  ensures r != 3
{
  match k {
    case 3 => r := 3;
    case _ => r := 0;
  }
}

// CHECK-EXIT: 4
// CHECK: match_literals.dfy(36,0): Error: a postcondition could not be proved on this return path
// CHECK: match_literals.dfy(35,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 1 error
