// Dafny's print writes to the same stdout as the C++ program that calls it.

method Greet(times: nat)
{
  var i := 0;
  while i < times
    invariant 0 <= i <= times
  {
    print "Hello from Dafny, line ", i + 1, " of ", times, "\n";
    i := i + 1;
  }
}

// The average of two reals, exactly: dfy::Real is a rational.
function Average(x: real, y: real): real
{
  (x + y) / 2.0
}
