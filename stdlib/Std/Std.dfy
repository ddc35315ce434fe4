// The parent modules of dfyc's standard library. Dafny creates the parents of a dotted module
// name (`module Std.Wrappers`) implicitly; dfyc's resolver needs them declared (stdlib/README.md).
module Std {}
module Std.Arithmetic {}
module Std.Collections {}
module Std.Unicode {}
module Std.Parsers {}
module Std.JSON {}
