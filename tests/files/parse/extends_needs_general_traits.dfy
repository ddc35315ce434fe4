// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve): without --general-traits, only
// classes and traits may extend traits; these are parse errors, so nothing is resolved.
trait T {}
datatype D extends T = D0
codatatype E extends T = E0
newtype N extends T = int
type O extends T
class C extends T {}
method M() { var x: int := true; }

// CHECK-EXIT: 2
// CHECK: extends_needs_general_traits.dfy(5,11): Error: datatype extending traits is not yet enabled by default; use --general-traits=datatype to enable it
// CHECK: extends_needs_general_traits.dfy(6,13): Error: codatatype extending traits is not yet enabled by default; use --general-traits=datatype to enable it
// CHECK: extends_needs_general_traits.dfy(7,10): Error: newtype extending traits is not fully supported (specifically, compilation of such types is not supported); to use them for verification only, use --general-traits=full
// CHECK: extends_needs_general_traits.dfy(8,7): Error: abstract type extending traits is not yet enabled by default; use --general-traits=datatype to enable it
// CHECK: 4 parse errors detected in extends_needs_general_traits.dfy
