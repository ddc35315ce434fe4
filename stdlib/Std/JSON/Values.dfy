// Std.JSON.Values: JSON documents as Dafny values, Dafny 4.11's datatypes (stdlib/README.md,
// "Std.JSON"). Strings are Dafny strings (already unescaped and decoded); numbers are decimals.
module Std.JSON.Values {
  // The number n * 10^e10 (JSON does not fix a precision, so no floating point here).
  datatype Decimal = Decimal(n: int, e10: int)

  // The integer n as a Decimal.
  function Int(n: int): Decimal {
    Decimal(n, 0)
  }

  // An object keeps its members in order (and duplicates): a sequence, not a map.
  datatype JSON =
    | Null
    | Bool(b: bool)
    | String(str: string)
    | Number(num: Decimal)
    | Object(obj: seq<(string, JSON)>)
    | Array(arr: seq<JSON>)
}
