// RUN: verify --show-snippets false --allow-warnings
// A match statement without a case for one constructor.
datatype Color = Red | Green | Blue
method Name(c: Color) returns (s: string)
{
  match c {
    case Red => s := "red";
    case Green => s := "green";
  }
}

// CHECK-EXIT: 4
// CHECK: neg_match_missing_case_method.dfy(6,2): Error: missing case in match statement: Blue
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
