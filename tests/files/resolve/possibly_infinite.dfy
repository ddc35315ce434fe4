// RUN: resolve --show-snippets false
// A loop that need not terminate, or a call of a method that need not, only in a method
// declared `decreases *`. Messages and positions are Dafny 4.11's.
method M() {
  var i := 0;
  while i < 10
    decreases *
  {
    i := i + 1;
  }
}

method N()
  decreases *
{
  while true
    decreases *
  {
  }
  Forever();
}

lemma L() {
  var i := 0;
  while i < 10
    decreases *
  {
    i := i + 1;
  }
}

method P() {
  for i := 0 to * {
  }
}

method Forever()
  decreases *
{
  while true
    decreases *
  {
  }
}

method Caller() {
  Forever();
}

// CHECK-EXIT: 2
// CHECK: possibly_infinite.dfy(7,14): Error: a possibly infinite loop is allowed only if the enclosing method is declared (with 'decreases *') to be possibly non-terminating
// CHECK: possibly_infinite.dfy(26,14): Error: a possibly infinite loop is allowed only if the enclosing method is declared (with 'decreases *') to be possibly non-terminating
// CHECK: possibly_infinite.dfy(33,2): Error: a possibly infinite loop is allowed only if the enclosing method is declared (with 'decreases *') to be possibly non-terminating (or you can add a 'decreases' clause to this 'for' loop if you want to prove that it does indeed terminate)
// CHECK: possibly_infinite.dfy(47,9): Error: a call to a possibly non-terminating method is allowed only if the calling method is also declared (with 'decreases *') to be possibly non-terminating
// CHECK: 4 resolution/type errors detected in possibly_infinite.dfy
