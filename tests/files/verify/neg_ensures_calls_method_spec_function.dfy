// RUN: verify --show-snippets false --allow-warnings
// A function with a postcondition on a datatype result; the body breaks it for one constructor.
datatype Res = Ok(v: int) | Err(msg: string)
function Check(x: int): (r: Res)
  ensures x >= 0 ==> r.Ok?
{
  if x > 0 then Ok(x) else Err("non-positive")
}

// CHECK-EXIT: 4
// CHECK: neg_ensures_calls_method_spec_function.dfy(7,27): Error: a postcondition could not be proved on this return path
// CHECK: neg_ensures_calls_method_spec_function.dfy(5,23): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
