// A const of a class type holds an object of that class (Dafny's $Is of the const's value), so
// a trait's member called on it is the class's: Std.Consumers' SeqWriterTotalActionProof
// proves AnyInputIsValid so. Expected output recorded from Dafny 4.11
// (`dafny verify --show-snippets false`), but for its count: Dafny counts 11 verified, one
// task more than dfyc's for each of the two classes that extend Act.
trait Act {
  ghost predicate ValidInput(next: int)
}

trait TotalProof {
  ghost function Action(): Act
  lemma AnyInputIsValid(next: int)
    ensures Action().ValidInput(next)
}

class Writer extends Act {
  ghost predicate ValidInput(next: int) { true }
}

class WriterProof extends TotalProof {
  ghost const action: Writer
  constructor (a: Writer) { action := a; }
  ghost function Action(): Act { action }
  lemma AnyInputIsValid(next: int)
    ensures Action().ValidInput(next)
  {}
}

class GenericWriter<T> extends Act {
  ghost predicate ValidInput(next: int) { true }
}

// (A nullable one: where it is not null.)
class GenericWriterProof<T> {
  const action: GenericWriter?<T>
  constructor (a: GenericWriter<T>) { action := a; }
  ghost function AsAct(): Act
    requires action != null
  { action }
  lemma AnyInputIsValid(next: int)
    ensures action != null ==> AsAct().ValidInput(next)
  {}
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 9 verified, 0 errors
