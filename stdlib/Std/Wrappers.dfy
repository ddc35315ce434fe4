// Std.Wrappers: failure-compatible datatypes for `:-` (Option, Result, Outcome) and their helpers.
// Part of dfyc's standard library (stdlib/README.md); same names and API as Dafny's Std.Wrappers.
module Std.Wrappers {

  // A value that may be absent. `:-` on a None propagates None.
  datatype Option<+T> = None | Some(value: T) {
    predicate IsFailure() {
      this.None?
    }

    function PropagateFailure<U>(): Option<U>
      requires None?
    {
      None
    }

    function Extract(): T
      requires Some?
    {
      value
    }

    // The value, or `default` when there is none.
    function GetOr(default: T): T {
      if this.Some? then value else default
    }

    function ToResult<E>(error: E): Result<T, E> {
      if this.Some? then Success(value) else Failure(error)
    }

    function ToOutcome<E>(error: E): Outcome<E> {
      if this.Some? then Pass else Fail(error)
    }

    function Map<FC>(rewrap: Option<T> -> FC): FC {
      rewrap(this)
    }
  }

  // A value or an error. `:-` on a Failure propagates the error.
  datatype Result<+R, +E> = Success(value: R) | Failure(error: E) {
    predicate IsFailure() {
      this.Failure?
    }

    function PropagateFailure<U>(): Result<U, E>
      requires Failure?
    {
      Failure(error)
    }

    function Extract(): R
      requires Success?
    {
      value
    }

    function GetOr(default: R): R {
      if this.Success? then value else default
    }

    function ToOption(): Option<R> {
      if this.Success? then Some(value) else None
    }

    function ToOutcome(): Outcome<E> {
      if this.Success? then Pass else Fail(error)
    }

    function Map<FC>(rewrap: Result<R, E> -> FC): FC {
      rewrap(this)
    }

    function MapFailure<NewE>(reWrap: E -> NewE): Result<R, NewE> {
      if this.Success? then Success(value) else Failure(reWrap(error))
    }
  }

  // Success or an error, without a value: `:- Need(...)` as a statement.
  datatype Outcome<+E> = Pass | Fail(error: E) {
    predicate IsFailure() {
      this.Fail?
    }

    function PropagateFailure(): Outcome<E>
      requires Fail?
    {
      this
    }

    function ToOption<R>(r: R): Option<R> {
      if this.Pass? then Some(r) else None
    }

    function ToResult<R>(r: R): Result<R, E> {
      if this.Pass? then Success(r) else Failure(error)
    }

    function Map<FC>(rewrap: Outcome<E> -> FC): FC {
      rewrap(this)
    }

    function MapFailure<T, NewE>(rewrap: E -> NewE, default: T): Result<T, NewE> {
      if this.Pass? then Success(default) else Failure(rewrap(error))
    }

    // Pass when `condition` holds, else Fail(error).
    static function Need(condition: bool, error: E): (result: Outcome<E>) {
      if condition then Pass else Fail(error)
    }
  }

  // What Need returns: a failure that propagates into any Result with the same error type.
  datatype OutcomeResult<+E> = Pass' | Fail'(error: E) {
    predicate IsFailure() {
      this.Fail'?
    }

    function PropagateFailure<U>(): Result<U, E>
      requires IsFailure()
    {
      Failure(error)
    }
  }

  // `:- Need(|s| == 5, "five elements expected");` in a method or function returning Result.
  function Need<E>(condition: bool, error: E): (result: OutcomeResult<E>) {
    if condition then Pass' else Fail'(error)
  }

  lemma LemmaGetOrSome<T>(x: T, d: T)
    ensures Some(x).GetOr(d) == x
  {}

  // A Success survives the trip through Option.
  lemma LemmaResultOptionRoundTrip<R, E>(r: Result<R, E>, e: E)
    requires r.Success?
    ensures r.ToOption().ToResult(e) == r
  {}

  // ToOption and ToResult keep the failure-ness.
  lemma LemmaToResultIsFailure<T, E>(o: Option<T>, e: E)
    ensures o.ToResult(e).IsFailure() == o.IsFailure()
  {}
}
