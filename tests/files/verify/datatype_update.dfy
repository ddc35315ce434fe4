// RUN: verify --show-snippets false
// Datatype updates d.(f := v), desugared as Dafny does. Expected output recorded from Dafny 4.11.
datatype Point = Point(x: int, y: int)
datatype Shape = Circle(r: int, tag: int) | Rect(w: int, h: int, tag: int)

method Updates(p: Point, s: Shape)
{
  var q := p.(x := 3);
  assert q.x == 3 && q.y == p.y;
  var t := s.(tag := 7);
  assert t.tag == 7;
  assert s.Circle? ==> t.Circle? && t.r == s.r;
  var u := s.(w := 1);
}

// CHECK-EXIT: 4
// CHECK: datatype_update.dfy(13,13): Error: source of datatype update must be constructed by 'Rect'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
