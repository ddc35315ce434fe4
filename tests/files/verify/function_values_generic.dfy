// Generic functions used as values: one handle per instantiation of their type parameters.
datatype List<T> = Nil | Cons(head: T, tail: List<T>)

function Append<T>(xs: List<T>, ys: List<T>): List<T>
{
  match xs
  case Nil => ys
  case Cons(x, rest) => Cons(x, Append(rest, ys))
}

function Return<T>(a: T): List<T> { Cons(a, Nil) }

function Bind<T, U>(xs: List<T>, f: T -> List<U>): List<U>
{
  match xs
  case Nil => Nil
  case Cons(x, rest) => Append(f(x), Bind(rest, f))
}

lemma RightIdentity<T>(m: List<T>)
  ensures Bind(m, Return) == m
{
  match m
  case Nil =>
  case Cons(x, rest) =>
    calc {
      Bind(Cons(x, rest), Return);
      Append(Return(x), Bind(rest, Return));
      Cons(x, Bind(rest, Return));
    }
}

function Id<T>(x: T): T { x }

function Map<T, U>(f: T -> U, xs: seq<T>): seq<U>
  ensures |Map(f, xs)| == |xs|
{
  if xs == [] then [] else [f(xs[0])] + Map(f, xs[1..])
}

method Ints() {
  var ys := Map(Id, [1, 2, 3]);
  assert |ys| == 3;
  var g := Id<bool>;
  assert g(true);
}

function Head<T>(xs: seq<T>): T
  requires |xs| > 0
{
  xs[0]
}

method Partial() {
  var h: seq<int> --> int := Head;
  assert h.requires([5]) && h([5]) == 5;
}

lemma Associativity<T>(m: List<T>, f: T -> List<T>, g: T -> List<T>)
  ensures Bind(Bind(m, f), g) == Bind(m, x => Bind(f(x), g))
{
  match m
  case Nil =>
  case Cons(x, xs) =>
    match f(x)
    case Nil =>
      calc {
        Bind(xs, y => Bind(f(y), g));
        Bind(Cons(x, xs), y => Bind(f(y), g));
      }
    case Cons(y, ys) =>
      calc {
        Append(g(y), Bind(Append(ys, Bind(xs, f)), g));
        { BindOverAppend(ys, Bind(xs, f), g); }
        Append(g(y), Append(Bind(ys, g), Bind(Bind(xs, f), g)));
        { AppendAssoc(g(y), Bind(ys, g), Bind(Bind(xs, f), g)); }
        Append(Append(g(y), Bind(ys, g)), Bind(Bind(xs, f), g));
        Bind(Cons(x, xs), z => Bind(f(z), g));
      }
}

lemma AppendAssoc<T>(xs: List<T>, ys: List<T>, zs: List<T>)
  ensures Append(Append(xs, ys), zs) == Append(xs, Append(ys, zs))
{
}

lemma BindOverAppend<T>(xs: List<T>, ys: List<T>, g: T -> List<T>)
  ensures Bind(Append(xs, ys), g) == Append(Bind(xs, g), Bind(ys, g))
{
  match xs
  case Nil =>
  case Cons(x, rest) =>
    AppendAssoc(g(x), Bind(rest, g), Bind(ys, g));
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 10 verified, 0 errors
