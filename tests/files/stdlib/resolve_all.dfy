// RUN: resolve --standard-libraries true
// dfyc resolves every module of its standard library: this file imports each one. Expected
// output recorded from Dafny 4.11 (`dafny resolve --standard-libraries true`, with Dafny's own
// library, which has these modules too).
import Std.Wrappers
import Std.BoundedInts
import Std.Arithmetic.Mul
import Std.Arithmetic.DivMod
import Std.Arithmetic.Power
import Std.Arithmetic.Logarithm
import Std.Collections.Seq
import Std.Collections.Set
import Std.Collections.Map
import Std.Collections.Multiset
import Std.Strings
import Std.Strings.DecimalConversion
import Std.Strings.CharStrEscaping
import Std.Unicode.Base
import Std.Unicode.Utf8EncodingForm
import Std.Unicode.Utf16EncodingForm
import Std.Unicode.UnicodeStringsWithUnicodeChar
import Std.Frames
import Std.GenericActions
import Std.Actions
import Std.Producers
import Std.Consumers
import Std.BulkActions
import Std.ActionsExterns
import Std.Ordinal
import Std.Termination
import Std.FileIO
import Std.Concurrent
import Std.Relations
import Std.Functions
import Std.Math
import Std.Collections.Tuple
import Std.Collections.Array
import Std.Collections.Iset
import Std.Collections.Imap
import Std.Arithmetic.Power2
import Std.Base64
import Std.Parsers.StringParsers
import Std.Parsers.StringBuilders
import Std.JSON.Values
import Std.JSON.Errors
import Std.JSON.Spec
import Std.JSON.API

method Main() {
  var o: Wrappers.Option<BoundedInts.uint8> := Wrappers.Some(7);
  var n := Power.Pow(2, 8) + Logarithm.Log(10, 12345);
  var s := Strings.OfNat(n) + Seq.Reverse("ab");
  var bytes := UnicodeStringsWithUnicodeChar.ToUTF8Checked(s);
  var m := Map.Get(map[1 := 2], 1);
  var p := StringBuilders.S("a").I_I(StringBuilders.Nat);
  var r := StringParsers.Apply(StringParsers.Int(), "-12");
  print o, n, s, bytes, m, r.IsFailure(), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
