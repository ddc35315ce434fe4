// RUN: verify --show-snippets false --allow-warnings
method M(m: set<int>) returns (s: seq<int>)
{
  var keys := m;
  var key: int;
  s := [];
  while keys != {}
  {
    key :| key in keys;
    var counter := 0;
    while counter < key
    {
      counter := counter + 1;
    }
    keys := keys - {key};
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
