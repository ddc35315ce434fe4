// RUN: verify --show-snippets false
// Reading the value of an option in a sequence that may be None.
datatype Option = None | Some(value: int)
method Sum(s: seq<Option>) returns (total: int)
  requires forall i :: 0 <= i < |s| - 1 ==> s[i].Some?
{
  total := 0;
  var i := 0;
  while i < |s|
    invariant 0 <= i <= |s|
  {
    total := total + s[i].value;
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_seq_of_options_value.dfy(12,26): Error: destructor 'value' can only be applied to datatype values constructed by 'Some'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
