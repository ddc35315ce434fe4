// RUN: resolve --dump-ast
// Skeleton statements of refining methods print back as written.
module B refines A {
  method M...
  {
    ...;
    assert ...;
    assume ...;
    if ... {
      x := 1;
    } else if ... {
      ...;
    }
    while ...
      invariant x >= 0
    {
      ...;
    }
    modify ... {
      ...;
    }
    modify ...;
  }
}

// CHECK-EXIT: 0
// CHECK: module B refines A {
// CHECK:   method M...
// CHECK:   {
// CHECK:     ...;
// CHECK:     assert ...;
// CHECK:     assume ...;
// CHECK:     if ... {
// CHECK:       x := 1;
// CHECK:     } else if ... {
// CHECK:       ...;
// CHECK:     }
// CHECK:     while ...
// CHECK:       invariant x >= 0
// CHECK:     {
// CHECK:       ...;
// CHECK:     }
// CHECK:     modify ... {
// CHECK:       ...;
// CHECK:     }
// CHECK:     modify ...;
// CHECK:   }
// CHECK: }
