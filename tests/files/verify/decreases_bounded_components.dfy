// RUN: verify --show-snippets false
// Expected output recorded from Dafny 4.11: each int or real component of a lexicographic
// decreases clause must be bounded below by 0 where the components before it did not decrease
// and it changed (Dafny's DecreasesCheck), one check per component.
method M(x: int, y: int)
  decreases x, y
{
  if x != 5 { M(x - 1, y); }
}

method N(x: int, y: int)
  decreases x, y
{
  if y != 5 { N(x, y - 1); }
}

method P(x: nat, y: int)
  decreases x, y
{
  if y != 5 { P(x, y - 1); }
  if x > 0 { P(x - 1, y + 3); }
}

function F(x: int, y: real): int
  decreases x, y
{
  if y == 0.5 then 0 else F(x, y - 1.0)
}

method Q(x: int, y: int, z: int)
  decreases x, y, z
{
  if z != 5 { Q(x, y + 1, z - 1); }
}

// CHECK-EXIT: 4
// CHECK: decreases_bounded_components.dfy(8,15): Error: decreases expression at index 0 must be bounded below by 0
// CHECK: decreases_bounded_components.dfy(6,12): Related location: this decreases clause was not satisfied
// CHECK: decreases_bounded_components.dfy(14,15): Error: decreases expression at index 1 must be bounded below by 0
// CHECK: decreases_bounded_components.dfy(12,15): Related location: this decreases clause was not satisfied
// CHECK: decreases_bounded_components.dfy(20,15): Error: decreases expression at index 1 must be bounded below by 0
// CHECK: decreases_bounded_components.dfy(18,15): Related location: this decreases clause was not satisfied
// CHECK: decreases_bounded_components.dfy(27,27): Error: decreases expression at index 1 must be bounded below by 0.0
// CHECK: decreases_bounded_components.dfy(25,15): Related location: this decreases clause was not satisfied
// CHECK: decreases_bounded_components.dfy(33,15): Error: decreases clause might not decrease
// CHECK: decreases_bounded_components.dfy(33,15): Error: decreases expression at index 1 must be bounded below by 0
// CHECK: decreases_bounded_components.dfy(31,15): Related location: this decreases clause was not satisfied
// CHECK: decreases_bounded_components.dfy(33,15): Error: decreases expression at index 2 must be bounded below by 0
// CHECK: decreases_bounded_components.dfy(31,18): Related location: this decreases clause was not satisfied
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 7 errors
