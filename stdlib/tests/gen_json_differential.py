#!/usr/bin/env python3
"""Writes tests/files/run/std_json_differential.dfy: Std.JSON.API.Deserialize (and Serialize of
what it reads) on 500 byte strings made by mutating a few JSON texts at random (fixed seed):
bytes inserted, deleted or replaced from JSON's punctuation, digits, letters, blanks, NUL and
bytes of (ill-formed) UTF-8. Inputs with a \\u escape other than \\u0000 to \\u0009 are left out:
Dafny 4.11 reads their digits in base 22 (stdlib/README.md, "Std.JSON"). The expected output is
then recorded from Dafny 4.11 with stdlib/tests/record.py.

  stdlib/tests/gen_json_differential.py && stdlib/tests/record.py tests/files/run/std_json_differential.dfy
"""
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "files", "run",
                   "std_json_differential.dfy")
HEADER = """// RUN: run --no-verify --standard-libraries true --show-snippets false
// Std.JSON.API.Deserialize on 500 mutated JSON texts (valid and not), and Serialize of what it
// reads: values, errors (ToString and the datatype) and bytes. Written by
// stdlib/tests/gen_json_differential.py; expected output recorded from Dafny 4.11 (`dafny run
// --no-verify --standard-libraries true`, C#, Dafny's own library) by stdlib/tests/record.py.
"""
import random, re
random.seed(12345)
seeds = [b'{"a":1,"b":[true,false,null],"c":{"d":"e"}}', b'[1, -2.5e+3, 0.001, "x\\n\\"y"]', b'  {"k" : [ ] , "m": {} }  ',
         b'"caf\xc3\xa9 \xf0\x9f\x98\x80"', b'-0.0e-0', b'[[[["deep"]]]]', b'{"\\\\":"\\t\\b\\f\\r"}', b'123', b'"\\u0001\\u0009"',
         b'[null,true,false]', b'{"a":{"b":{"c":[1,2,{"d":3}]}}}', b'12345678901234567890e-10']
alpha = list(b'{}[],:" \t\n\r-+.eE0123456789tfnrulas\\/bx') + [0xff, 0xc3, 0xa9, 0, 0x80, 0xf0]
bad = re.compile(rb'u[0-9a-fA-F]{4}')
def ok(b):
    for m in bad.finditer(b):
        if not re.fullmatch(rb'u000[0-9]', m.group(0)): return False
    return True
out = []
while len(out) < 500:
    b = bytearray(random.choice(seeds))
    for _ in range(random.choice([0, 0, 1, 1, 2, 3, 5])):
        op = random.random(); i = random.randrange(len(b) + 1)
        if op < 0.35 and len(b) > 0 and i < len(b): del b[i]
        elif op < 0.7: b.insert(i, random.choice(alpha))
        elif i < len(b): b[i] = random.choice(alpha)
    if len(b) > 0 and random.random() < 0.1: b = b[:random.randrange(len(b))]
    b = bytes(b)
    if ok(b): out.append(b)
with open(OUT, 'w') as f:
    f.write(HEADER + '''import API = Std.JSON.API
import opened Std.JSON.Values
import opened Std.BoundedInts
function Show(js: JSON): string {
  match js
  case Null => "null"
  case Bool(b) => if b then "true" else "false"
  case String(s) => "<" + Codes(s) + ">"
  case Number(d) => "D(" + IntStr(d.n) + "," + IntStr(d.e10) + ")"
  case Object(obj) => "{" + Join(seq(|obj|, i requires 0 <= i < |obj| => "<" + Codes(obj[i].0) + ">:" + Show(obj[i].1))) + "}"
  case Array(arr) => "[" + Join(seq(|arr|, i requires 0 <= i < |arr| => Show(arr[i]))) + "]"
}
function Visible(s: string): string {
  if |s| == 0 then "" else (if s[0] < 32 as char then "^" + [(s[0] as int + 64) as char] else [s[0]]) + Visible(s[1..])
}
function Codes(s: string): string { if |s| == 0 then "" else IntStr(s[0] as int) + "." + Codes(s[1..]) }
function Join(ss: seq<string>): string { if |ss| == 0 then "" else if |ss| == 1 then ss[0] else ss[0] + "," + Join(ss[1..]) }
function NatStr(n: nat): string { if n < 10 then [('0' as int + n) as char] else NatStr(n / 10) + NatStr(n % 10) }
function IntStr(n: int): string { if n < 0 then "-" + NatStr(-n) else NatStr(n) }
method Main() {
  var inputs: seq<seq<byte>> := [
''')
    f.write(',\n'.join('    [' + ', '.join(str(x) for x in b) + ']' for b in out))
    f.write('''
  ];
  for i := 0 to |inputs| {
    var r := API.Deserialize(inputs[i]);
    if r.Success? {
      var s := API.Serialize(r.value);
      print i, " ok ", Show(r.value), " ser ", s, "\\n";
    } else {
      print i, " fail ", Visible(r.error.ToString()), " ", r.error, "\\n";
    }
  }
}
''')
