// RUN: run --no-verify --standard-libraries true --show-snippets false
// Std.Actions' ComposedAction through --standard-libraries: two FunctionActions, the second
// taking the first's outputs, with a user's ActionCompositionProof; Invoke, and the histories
// of the three actions. Expected output recorded from Dafny 4.11: `dafny run --no-verify
// --standard-libraries true` (C#, Dafny's own library), which prints the same on dfyc's library
// (stdlib/tests/check_with_dafny.py).
module ComposedExample {
  import opened Std.Actions

  // The functions are total; the constructor's requires is what the assumes restate.
  @AssumeCrossModuleTermination
  class TotalComposition extends ActionCompositionProof<int, int, string> {
    const first: FunctionAction<int, int>
    const second: FunctionAction<int, string>
    ghost const f: int -> int
    ghost const g: int -> string

    constructor(first: FunctionAction<int, int>, second: FunctionAction<int, string>,
                ghost f: int -> int, ghost g: int -> string)
      requires first.f == f && second.f == g
      ensures this.first == first && this.second == second
      ensures this.f == f && this.g == g
    {
      this.first := first;
      this.second := second;
      this.f := f;
      this.g := g;
    }

    ghost function FirstAction(): Action<int, int> { first }
    ghost function SecondAction(): Action<int, string> { second }

    ghost predicate ComposedValidInput(composedHistory: seq<(int, string)>, next: int) {
      true
    }

    lemma CanInvokeFirst(firstHistory: seq<(int, int)>, composedHistory: seq<(int, string)>,
                         next: int)
      requires FirstAction().ValidHistory(firstHistory)
      requires ComposedValidInput(composedHistory, next)
      requires InputsOf(firstHistory) == InputsOf(composedHistory)
      ensures FirstAction().ValidInput(firstHistory, next)
    {
      assume {:axiom} first.f == f;
    }

    lemma CanInvokeSecond(secondHistory: seq<(int, string)>,
                          composedHistory: seq<(int, string)>, nextT: int, nextM: int)
      requires SecondAction().ValidHistory(secondHistory)
      requires OutputsOf(secondHistory) == OutputsOf(composedHistory)
      ensures SecondAction().ValidInput(secondHistory, nextM)
    {
      assume {:axiom} second.f == g;
    }

    lemma CanReturn(firstHistory: seq<(int, int)>, secondHistory: seq<(int, string)>,
                    composedHistory: seq<(int, string)>)
      requires FirstAction().ValidHistory(firstHistory)
      requires SecondAction().ValidHistory(secondHistory)
      ensures ComposedValidHistory(composedHistory)
    {}

    ghost predicate ComposedValidHistory(composedHistory: seq<(int, string)>): (result: bool)
      ensures composedHistory == [] ==> result
    {
      true
    }
  }

  function Stars(n: int): string {
    if n <= 0 then "" else "*" + Stars(n - 1)
  }

  method Main() {
    var inc := new FunctionAction((x: int) => x + 1);
    var stars := new FunctionAction((n: int) => Stars(n));
    var proof := new TotalComposition(inc, stars, (x: int) => x + 1, (n: int) => Stars(n));
    var both := new ComposedAction(inc, stars, proof);
    var a := both.Invoke(2);
    var b := both.Invoke(0);
    var c := both.Invoke(-5);
    print a, " ", b, " ", c, " |", a, "|\n";
    print |a| + |b| + |c|, "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: *** *  |***|
// CHECK: 4
