// Function values (arrow types), as Dafny encodes them without the heap: a value of type
// A -> B or A --> B is an uninterpreted handle; Apply(f, a) is its result and Requires(f, a)
// its precondition. A lambda is a function of its free variables whose Apply and Requires are
// defined by axioms (shared by identical lambdas, as comprehensions are); a named function used
// as a value is a handle defined the same way. A total arrow (->) is the partial one (-->) with
// the constraint that Requires holds everywhere, checked where a value is made.
#include <fmt/format.h>

#include <functional>

#include "verifier/encoder.h"

namespace dfy::verify {

using vir::Obligation;

std::string Symbols::ArrowKey(const Type* t) {
  t = Erase(Apply(t));
  // ->, --> and ~> over the same types share one sort: a total function is a partial one.
  std::string key;
  for (size_t i = 0; i + 1 < t->args.size(); ++i) key += (i ? "," : "") + TypeKey(t->args[i]);
  return "(" + key + ")->" + TypeKey(t->args.back());
}

const Symbols::ArrowInfo& Symbols::Arrow(const Type* t) {
  std::string key = ArrowKey(t);
  auto it = arrows_.find(key);
  if (it != arrows_.end()) return it->second;
  t = Erase(Apply(t));
  z3::sort sort = c.uninterpreted_sort(("Arrow" + key).c_str());
  z3::sort_vector domain(c);
  domain.push_back(sort);
  for (size_t i = 0; i + 1 < t->args.size(); ++i) domain.push_back(SortOf(t->args[i]));
  ArrowInfo info{sort, c.function(("Apply" + key).c_str(), domain, SortOf(t->args.back())),
                 c.function(("Requires" + key).c_str(), domain, c.bool_sort())};
  return arrows_.emplace(key, info).first->second;
}

// The heap versions of a function value's apply, requires and reads (Dafny's ApplyN, RequiresN
// and ReadsN), and their link to the heap-free ones: a value that reads nothing (heap_free)
// has, in every heap, the heap-free apply and requires, and empty reads.
const Symbols::HeapArrowInfo& Symbols::HeapArrow(const Type* t) {
  std::string key = ArrowKey(t);
  auto it = heap_arrows_.find(key);
  if (it != heap_arrows_.end()) return it->second;
  const ArrowInfo& plain = Arrow(t);
  t = Erase(Apply(t));
  const auto& parts = HeapParts();
  const auto& objects = coll.Set(ref_sort);
  z3::sort_vector domain(c);
  std::vector<z3::expr> vars;
  z3::expr_vector heap_args(c), plain_args(c);
  for (const HeapPart& p : parts) {
    domain.push_back(p.sort);
    vars.push_back(c.constant((p.name + "#arrow").c_str(), p.sort));
    heap_args.push_back(vars.back());
  }
  domain.push_back(plain.sort);
  z3::expr f = c.constant("f#arrow", plain.sort);
  vars.push_back(f);
  heap_args.push_back(f);
  plain_args.push_back(f);
  for (size_t i = 0; i + 1 < t->args.size(); ++i) {
    z3::sort s = SortOf(t->args[i]);
    domain.push_back(s);
    vars.push_back(c.constant(fmt::format("a{}#arrow", i).c_str(), s));
    heap_args.push_back(vars.back());
    plain_args.push_back(vars.back());
  }
  HeapArrowInfo info{c.function(("ApplyH" + key).c_str(), domain, SortOf(t->args.back())),
                     c.function(("RequiresH" + key).c_str(), domain, c.bool_sort()),
                     c.function(("ReadsH" + key).c_str(), domain, objects.sort),
                     c.function(("HeapFree" + key).c_str(), plain.sort, c.bool_sort())};
  z3::expr free = info.heap_free(f);
  z3::expr apply = info.apply(heap_args), pre = info.requires_(heap_args);
  z3::expr reads = info.reads(heap_args);
  AddAxiom(Forall(c, vars, z3::implies(free, apply == plain.apply(plain_args)), {apply}));
  AddAxiom(Forall(c, vars, z3::implies(free, pre == plain.requires_(plain_args)), {pre}));
  AddAxiom(Forall(c, vars, z3::implies(free, reads == objects.empty()), {reads}));
  // Frame (Dafny's "frame axiom for ApplyN/RequiresN/ReadsN"): in two heaps that agree on
  // every location of the objects f reads at these arguments in the first, f's apply, requires
  // and reads there are the same.
  std::vector<z3::expr> vars1 = vars;
  z3::expr_vector heap1_args(c);
  z3::expr o = c.constant("o#arrow", ref_sort);
  z3::expr same = c.bool_val(true);
  for (size_t p = 0; p < parts.size(); ++p) {
    vars1.push_back(c.constant((parts[p].name + "#arrow1").c_str(), parts[p].sort));
    heap1_args.push_back(vars1.back());
    same = same && z3::select(vars[p], o) == z3::select(vars1.back(), o);
  }
  for (unsigned i = static_cast<unsigned>(parts.size()); i < heap_args.size(); ++i) {
    heap1_args.push_back(heap_args[i]);
  }
  z3::expr agree = Forall(c, {o}, z3::implies(o != null_ref && objects.member(reads, o), same),
                          {objects.member(reads, o)});
  for (const z3::func_decl& fn : {info.apply, info.requires_, info.reads}) {
    z3::expr at0 = fn(heap_args), at1 = fn(heap1_args);
    AddAxiom(Forall(c, vars1, z3::implies(agree, at0 == at1), {at0, at1}));
  }
  return heap_arrows_.emplace(key, info).first->second;
}

// Dafny's $Is for a function value: a total arrow's precondition holds everywhere, and each
// result (where the precondition holds) is of the result type.
// A value of -> or --> reads nothing (heap_free); one of ~> may read anything.
z3::expr Lowerer::ArrowIs(const Type* t, const z3::expr& f) {
  t = sym_.Apply(t);
  if (t->name == "~>") return HeapArrowIs(t, f);
  const auto& info = sym_.Arrow(t);
  z3::expr free = sym_.HeapArrow(t).heap_free(f);
  std::vector<z3::expr> xs;
  z3::expr range = c_.bool_val(true);
  z3::expr_vector args(c_);
  args.push_back(f);
  for (size_t i = 0; i + 1 < t->args.size(); ++i) {
    xs.push_back(sym_.Fresh("$a", t->args[i]));
    range = range && BoundRange(t->args[i], xs.back());
    args.push_back(xs.back());
  }
  z3::expr pre = info.requires_(args);
  z3::expr body = c_.bool_val(true);
  if (t->name == "->") body = pre;
  const Type* result = t->args.back();
  if (HasSubsetType(result)) body = body && z3::implies(pre, IsType(result, info.apply(args)));
  if (body.is_true()) return free;
  if (xs.empty()) return free && body;
  return free && Quantifier(c_, true, xs, z3::implies(range, body), {{info.apply(args)}, {pre}});
}

// A ~> value's results, where its precondition holds, are of its result type, in every heap.
z3::expr Lowerer::HeapArrowIs(const Type* t, const z3::expr& f) {
  const Type* result = t->args.back();
  if (!HasSubsetType(result)) return c_.bool_val(true);
  const auto& info = sym_.HeapArrow(t);
  std::vector<z3::expr> xs;
  z3::expr_vector args(c_);
  for (const Symbols::HeapPart& p : sym_.HeapParts()) {
    xs.push_back(c_.constant(fmt::format("{}#is{}", p.name, sym_.NextId()).c_str(), p.sort));
    args.push_back(xs.back());
  }
  args.push_back(f);
  z3::expr range = c_.bool_val(true);
  for (size_t i = 0; i + 1 < t->args.size(); ++i) {
    xs.push_back(sym_.Fresh("$a", t->args[i]));
    range = range && BoundRange(t->args[i], xs.back());
    args.push_back(xs.back());
  }
  z3::expr apply = info.apply(args);
  return Forall(c_, xs, z3::implies(range && info.requires_(args), IsType(result, apply)), {apply});
}

// A ~> value given where a -> or --> is expected (Dafny checks $Is at $OneHeap; any heap
// will do): at every argument it reads nothing in the current heap, and so, by the frame
// axiom, in any heap; a -> value's precondition holds everywhere; its results where that holds
// are of the result type. Returns that condition and what follows from it: the value is
// heap-free, of the target type, and its heap-free requires and apply are its heap versions'
// in the current heap.
std::pair<z3::expr, z3::expr> Lowerer::HeapArrowAsPlain(const Type* t, const z3::expr& f) {
  const auto& plain = sym_.Arrow(t);
  const auto& info = sym_.HeapArrow(t);
  const auto& objects = sym_.coll.Set(sym_.ref_sort);
  std::vector<z3::expr> xs;
  z3::expr range = c_.bool_val(true);
  z3::expr_vector hargs(c_), pargs(c_);
  for (size_t i = 0; i < sym_.HeapParts().size(); ++i) hargs.push_back(HeapValue(i, env_));
  hargs.push_back(f);
  pargs.push_back(f);
  for (size_t i = 0; i + 1 < t->args.size(); ++i) {
    xs.push_back(sym_.Fresh("$a", t->args[i]));
    range = range && BoundRange(t->args[i], xs.back());
    hargs.push_back(xs.back());
    pargs.push_back(xs.back());
  }
  z3::expr pre = info.requires_(hargs), apply = info.apply(hargs), reads = info.reads(hargs);
  z3::expr ok = objects.equal(reads, objects.empty());
  if (t->name == "->") ok = ok && pre;
  const Type* result = t->args.back();
  if (HasSubsetType(result)) ok = ok && z3::implies(pre, IsType(result, apply));
  z3::expr plain_pre = plain.requires_(pargs), plain_apply = plain.apply(pargs);
  z3::expr same_pre = plain_pre == pre;
  z3::expr same_apply = z3::implies(plain_pre, plain_apply == apply);
  if (xs.empty()) return {ok, IsType(t, f) && same_pre && same_apply};
  return {Forall(c_, xs, z3::implies(range, ok), {reads}),
          IsType(t, f) && Forall(c_, xs, same_pre, {plain_pre}) &&
              Forall(c_, xs, same_apply, {plain_apply})};
}

// Dafny's $IsAlloc for a ~> value in the current heap: where its precondition holds, the
// objects it reads are allocated (so that its frame axiom applies across heap changes that
// keep allocated objects outside a modifies clause).
void Lowerer::AssumeArrowAllocated(const Type* t, const z3::expr& f) {
  const auto& info = sym_.HeapArrow(t);
  const auto& objects = sym_.coll.Set(sym_.ref_sort);
  std::vector<z3::expr> xs;
  z3::expr_vector args(c_);
  for (size_t i = 0; i < sym_.HeapParts().size(); ++i) args.push_back(HeapValue(i, env_));
  args.push_back(f);
  for (size_t i = 0; i + 1 < t->args.size(); ++i) {
    xs.push_back(sym_.Fresh("$a", t->args[i]));
    args.push_back(xs.back());
  }
  z3::expr o = c_.constant(fmt::format("$ao#{}", sym_.NextId()).c_str(), sym_.ref_sort);
  xs.push_back(o);
  z3::expr in = objects.member(info.reads(args), o);
  z3::expr allocated = z3::select(HeapValue(Symbols::kAllocPart, env_), o);
  Assume(Forall(c_, xs, z3::implies(info.requires_(args) && o != sym_.null_ref && in, allocated),
                {in}));
}

namespace {

// f.requires or f.reads (the member's name), or "" for an application f(...).
std::string ArrowMember(const CallExpr* call) {
  const Expr* callee = call->callee;
  if (callee->kind != ExprKind::Select) return "";
  const std::string& m = static_cast<const SelectExpr*>(callee)->member;
  return m == "requires" || m == "reads" ? m : "";
}

const Expr* ArrowValue(const CallExpr* call) {
  return ArrowMember(call).empty() ? call->callee
                                   : static_cast<const SelectExpr*>(call->callee)->object;
}

}  // namespace

bool Lowerer::IsArrowCall(const CallExpr* call) const {
  const Binding& b = rp_.CalleeOf(call);
  if (b.function || b.method || (b.datatype && b.ctor >= 0)) return false;
  const Type* t = rp_.TypeOf(ArrowValue(call));
  return t && t->kind == TypeKind::Arrow;
}

// The heap parts of `env`, the function value, then the arguments: the arguments of the heap
// versions (with_heap), or of the heap-free ones.
z3::expr_vector Lowerer::ArrowArgs(const CallExpr* call, const Env& env, const z3::expr& layer,
                                   bool with_heap) {
  z3::expr_vector args(c_);
  if (with_heap) {
    for (size_t i = 0; i < sym_.HeapParts().size(); ++i) args.push_back(HeapValue(i, env));
  }
  args.push_back(Tr(ArrowValue(call), env, layer));
  for (const Expr* a : call->args) args.push_back(Tr(a, env, layer));
  return args;
}

z3::expr Lowerer::TrArrowCall(const CallExpr* call, const Env& env, const z3::expr& layer) {
  std::string member = ArrowMember(call);
  const Type* t = sym_.Apply(rp_.TypeOf(ArrowValue(call)));
  // A ~> value is applied in the current heap; -> and --> values read nothing.
  bool heap = t->name == "~>";
  z3::expr_vector args = ArrowArgs(call, env, layer, heap);
  if (member == "reads") {
    if (!heap) return sym_.coll.Set(sym_.ref_sort).empty();
    return sym_.HeapArrow(t).reads(args);
  }
  if (member == "requires") {
    return heap ? sym_.HeapArrow(t).requires_(args) : sym_.Arrow(t).requires_(args);
  }
  return heap ? sym_.HeapArrow(t).apply(args) : sym_.Arrow(t).apply(args);
}

void Lowerer::WellFormedArrowCall(const CallExpr* call, const z3::expr& guard, bool subsume) {
  std::string member = ArrowMember(call);
  const Expr* f = ArrowValue(call);
  WellFormed(f, guard, subsume);
  const Type* t = sym_.Apply(rp_.TypeOf(f));
  for (size_t i = 0; i < call->args.size(); ++i) {
    WellFormed(call->args[i], guard, subsume);
    if (i + 1 < t->args.size()) CheckSubset(t->args[i], call->args[i], Tr(call->args[i]), guard);
  }
  bool heap = t->name == "~>";
  z3::expr_vector args = ArrowArgs(call, env_, sym_.BaseLayer(), heap);
  // (An application's checks at its callee: at the parenthesis of a parenthesized one.)
  SourceRange callee_at = call->callee->tok;
  if (call->callee->kind == ExprKind::Paren) {
    callee_at = {call->callee->range.file, call->callee->range.begin,
                 call->callee->range.begin + 1};
  }
  // f(x) and f.reads(x) need f's precondition (a total arrow's values are total: every one
  // was checked so where it was made); f.requires(x) needs none.
  // (Reported at f for an application, at the parenthesis for f.reads, as Dafny does.)
  if (member != "requires" && t->name != "->") {
    z3::expr pre = heap ? sym_.HeapArrow(t).requires_(args) : sym_.Arrow(t).requires_(args);
    Assert(Obligation::FunctionPrecondition, member.empty() ? callee_at : call->tok,
           z3::implies(guard, pre));
  }
  // Within a function, what a ~> value reads at these arguments must be in the function's
  // reads clause (for f.requires(x) and f.reads(x) too); not in its postconditions, which
  // Dafny does not check for reads.
  const std::vector<Expr*>* frame = CheckedReads();
  if (heap && frame && !in_own_postcondition_) {
    z3::expr o = c_.constant(fmt::format("$ro#{}", sym_.NextId()).c_str(), sym_.ref_sort);
    z3::expr used = o != sym_.null_ref && z3::select(HeapValue(Symbols::kAllocPart, env_), o) &&
                    sym_.coll.Set(sym_.ref_sort).member(sym_.HeapArrow(t).reads(args), o);
    Assert(Obligation::ReadsCall, member.empty() ? callee_at : call->tok,
           z3::implies(guard && reads_premise_,
                       Forall(c_, {o}, z3::implies(used, InFrame(*frame, o, ReadsEnv())), {})));
  }
}

z3::expr Lowerer::TrLambda(const LambdaExpr* l, const Env& env, const z3::expr& layer) {
  if (!l->reads.empty()) return TrReadingLambda(l, env, layer);
  const Type* t = sym_.Apply(rp_.TypeOf(l));
  const auto& info = sym_.Arrow(t);
  Env inner = env;
  std::vector<z3::expr> bound;
  z3::expr range = BindFresh({l->params.begin(), l->params.end()}, inner, bound);
  z3::expr ly = LambdaLayer();
  z3::expr pre = range;
  for (const Expr* r : l->requires_) pre = pre && Tr(r, inner, ly);
  z3::expr body = Tr(l->body, inner, ly);
  std::vector<z3::expr> free{ly};
  std::set<unsigned> seen{ly.id()};
  for (const z3::expr& b : bound) seen.insert(b.id());
  z3::expr open = pre && body == body;
  FreeConstants(open, free, seen);
  auto [fn, is_new] = ComprehensionFunction("$lambda", open, free, bound, info.sort);
  if (is_new) {
    z3::expr generic = fn(ToVector(free));
    std::vector<z3::expr> vars = free;
    vars.insert(vars.end(), bound.begin(), bound.end());
    z3::expr_vector args(c_);
    args.push_back(generic);
    for (const z3::expr& b : bound) args.push_back(b);
    z3::expr apply = info.apply(args), pre_of = info.requires_(args);
    sym_.AddAxiom(Forall(c_, vars, pre_of == pre, {pre_of}));
    sym_.AddAxiom(Forall(c_, vars, z3::implies(range, apply == body), {apply}));
    // A lambda without a reads clause reads nothing (WellFormedLambda checks it in the state
    // where it is made, which is enough: what reads nothing there reads nothing anywhere).
    sym_.AddAxiom(Forall(c_, free, sym_.HeapArrow(t).heap_free(generic), {generic}));
    AddLambdaLayerAxiom(fn, free);
  }
  free[0] = layer;
  return fn(ToVector(free));
}

// The layer of fuel of a lambda's body: a parameter of the function that stands for the lambda,
// given the layer of the place where it is made (Dafny's AtLayer), so that the same lambda at
// two layers is one value (AddLambdaLayerAxiom) while its body unfolds functions as its place
// allows.
z3::expr Lowerer::LambdaLayer() {
  return c_.constant(fmt::format("$ly#{}", sym_.NextId()).c_str(), sym_.layer);
}

// fn(LS(ly), ...) == fn(ly, ...): Dafny's AtLayer axiom, for a lambda's function whose first
// argument is its layer.
void Lowerer::AddLambdaLayerAxiom(const z3::func_decl& fn, const std::vector<z3::expr>& free) {
  z3::expr_vector up(c_), down(c_);
  for (size_t i = 0; i < free.size(); ++i) {
    up.push_back(i == 0 ? sym_.ls(free[0]) : free[i]);
    down.push_back(free[i]);
  }
  sym_.AddAxiom(Forall(c_, free, fn(up) == fn(down), {fn(up)}));
}

// A lambda with a reads clause (Dafny's Handle of three functions of the heap): a function of
// its free variables whose heap apply, requires and reads (ApplyH, RequiresH, ReadsH) in any
// heap are its body, precondition and reads clause evaluated in that heap. Its apply is defined
// where its precondition holds only: elsewhere its body may read outside its frame, and the
// frame axiom would make two heaps that differ there agree. (Dafny's Handle axiom is
// unconditional, which lets `x requires false reads {} => w.val` prove false.)
z3::expr Lowerer::TrReadingLambda(const LambdaExpr* l, const Env& env, const z3::expr& layer) {
  const Type* t = sym_.Apply(rp_.TypeOf(l));
  const auto& plain = sym_.Arrow(t);
  const auto& info = sym_.HeapArrow(t);
  const auto& objects = sym_.coll.Set(sym_.ref_sort);
  const auto& parts = sym_.HeapParts();
  Env inner = env;
  uint32_t id = sym_.NextId();
  std::vector<z3::expr> locals;
  for (size_t i = 0; i < parts.size(); ++i) {
    locals.push_back(c_.constant(fmt::format("{}#lh{}", parts[i].name, id).c_str(), parts[i].sort));
    inner.insert_or_assign(HeapVar(i), locals.back());
  }
  std::vector<z3::expr> bound;
  z3::expr range = BindFresh({l->params.begin(), l->params.end()}, inner, bound);
  z3::expr ly = LambdaLayer();
  z3::expr pre = range;
  for (const Expr* r : l->requires_) pre = pre && Tr(r, inner, ly);
  z3::expr body = Tr(l->body, inner, ly);
  // Dafny's InRWClause: o is an object of the reads clause (o`f counts as all of o).
  z3::expr o = c_.constant(fmt::format("$lo#{}", id).c_str(), sym_.ref_sort);
  z3::expr in_reads = InFrame(l->reads, o, inner, nullptr, true);
  locals.insert(locals.end(), bound.begin(), bound.end());
  locals.push_back(o);
  std::vector<z3::expr> free{ly};
  std::set<unsigned> seen{ly.id()};
  for (const z3::expr& b : locals) seen.insert(b.id());
  z3::expr open = pre && body == body && in_reads;
  FreeConstants(open, free, seen);
  auto [fn, is_new] = ComprehensionFunction("$lambdaR", open, free, locals, plain.sort);
  if (is_new) {
    z3::expr generic = fn(ToVector(free));
    std::vector<z3::expr> vars = free;
    vars.insert(vars.end(), locals.begin(), locals.end() - 1);
    z3::expr_vector args(c_);
    for (size_t i = 0; i < parts.size(); ++i) args.push_back(locals[i]);
    args.push_back(generic);
    for (const z3::expr& b : bound) args.push_back(b);
    z3::expr apply = info.apply(args), pre_of = info.requires_(args);
    sym_.AddAxiom(Forall(c_, vars, pre_of == pre, {pre_of}));
    sym_.AddAxiom(Forall(c_, vars, z3::implies(pre, apply == body), {apply}));
    z3::expr member = objects.member(info.reads(args), o);
    vars.push_back(o);
    sym_.AddAxiom(Forall(c_, vars, member == in_reads, {member}));
    AddLambdaLayerAxiom(fn, free);
  }
  free[0] = layer;
  return fn(ToVector(free));
}

// A lambda's precondition and body are well formed, on a branch of their own that ends there (as
// Dafny checks them), so that what they assume stays with them. They may read only what its
// reads clause names (lambda_frame_ is the enclosing function's meanwhile): with no reads
// clause, nothing, which is checked in the current state. With one, they are checked in any
// later state (Dafny's $lambdaHeap: a havocked heap in which what is allocated stays so), where
// the reads clause is evaluated too and may read only what it names itself.
void Lowerer::WellFormedLambda(const LambdaExpr* l, const z3::expr& guard, bool subsume) {
  vir::Cmd choice{vir::Cmd::Choice, c_.bool_val(true), 0, {}};
  vir::Block* check = NewBranch(choice);
  NewBranch(choice);
  vir::Block* parent = cur_;
  bool saved_terminated = terminated_;
  Env saved = env_;
  const FunctionDecl* saved_function = function_;
  std::vector<Expr*> saved_reads = lambda_frame_.reads;
  z3::expr saved_premise = reads_premise_;
  cur_ = check;
  terminated_ = false;
  if (!l->reads.empty()) {
    HavocHeap(true);
    z3::expr r = c_.constant(fmt::format("$lr#{}", sym_.NextId()).c_str(), sym_.ref_sort);
    z3::expr before = z3::select(HeapValue(Symbols::kAllocPart, saved), r);
    z3::expr after = z3::select(HeapValue(Symbols::kAllocPart, env_), r);
    Assume(Forall(c_, {r}, z3::implies(before, after), {after}));
  }
  function_ = &lambda_frame_;
  lambda_frame_.reads = l->reads;
  reads_premise_ = c_.bool_val(true);
  std::vector<z3::expr> bound;
  z3::expr inner = guard && BindFresh({l->params.begin(), l->params.end()}, env_, bound);
  for (const Expr* r : l->reads) {
    if (r->kind == ExprKind::FieldFrame) {
      const Expr* object = static_cast<const FieldFrameExpr*>(r)->object;
      if (object) WellFormed(object, inner, subsume);
    } else if (r->kind != ExprKind::Wildcard) {
      WellFormed(r, inner, subsume);
    }
  }
  for (const Expr* r : l->requires_) {
    WellFormed(r, inner, subsume);
    inner = inner && Tr(r);
  }
  WellFormed(l->body, inner, subsume);
  Assume(c_.bool_val(false));
  function_ = saved_function;
  lambda_frame_.reads = std::move(saved_reads);
  reads_premise_ = saved_premise;
  env_ = saved;
  cur_ = parent;
  terminated_ = saved_terminated;
  cur_->cmds.push_back(std::move(choice));
}

// seq(n, f): Dafny's Seq#Create, a sequence of length n whose element i is f(i).
z3::expr Lowerer::TrSeqConstruction(const SeqConstructionExpr* e, const Env& env,
                                    const z3::expr& layer) {
  const Type* t = sym_.Apply(rp_.TypeOf(e));
  const auto& q = sym_.SeqOf(t);
  const Type* ft = sym_.Apply(rp_.TypeOf(e->init));
  const auto& arrow = sym_.Arrow(ft);
  std::string name = "Seq#Create_" + q.sort.name().str();
  z3::func_decl create = c_.function(name.c_str(), c_.int_sort(), arrow.sort, q.sort);
  if (sym_.function_handles.insert(name).second) {
    z3::expr n = c_.constant("n", c_.int_sort());
    z3::expr f = c_.constant("f", arrow.sort);
    z3::expr i = c_.constant("i", c_.int_sort());
    z3::expr s = create(n, f);
    z3::expr_vector args(c_);
    args.push_back(f);
    args.push_back(i);
    sym_.AddAxiom(Forall(c_, {n, f}, z3::implies(0 <= n, q.length(s) == n), {s}));
    sym_.AddAxiom(Forall(c_, {n, f, i},
                         z3::implies(0 <= i && i < n, q.index(s, i) == arrow.apply(args)),
                         {q.index(s, i)}));
  }
  return create(Tr(e->length, env, layer), Tr(e->init, env, layer));
}

void Lowerer::WellFormedSeqConstruction(const SeqConstructionExpr* e, const z3::expr& guard,
                                        bool subsume) {
  WellFormed(e->length, guard, subsume);
  WellFormed(e->init, guard, subsume);
  z3::expr n = Tr(e->length);
  Assert(Obligation::SeqSizeNonNegative, e->length->tok, z3::implies(guard, 0 <= n));
  const Type* ft = sym_.Apply(rp_.TypeOf(e->init));
  const auto& arrow = sym_.Arrow(ft);
  z3::expr i = sym_.Fresh("$i", rp_.types.Int());
  z3::expr_vector args(c_);
  args.push_back(Tr(e->init));
  args.push_back(i);
  z3::expr pre = arrow.requires_(args);
  Assert(Obligation::SeqInitDomain, e->tok,
         z3::implies(guard, Forall(c_, {i}, z3::implies(0 <= i && i < n, pre), {pre})));
}

// A named function used as a value: a handle whose Apply is the function.
// An instance function of a class used as a value (F on `this`) is a handle of the object.
// A generic function has one handle per instantiation (`inst`) of its type parameters.
z3::expr Lowerer::TrFunctionHandle(const FunctionDecl* f, const Type* t,
                                   std::optional<z3::expr> receiver,
                                   const Symbols::Instance& inst) {
  const auto& info = sym_.Arrow(t);
  std::string name = sym_.QualifiedName(f) + "#handle";
  if (!inst.empty()) {
    name += "<";
    for (size_t i = 0; i < inst.size(); ++i) name += (i ? "," : "") + sym_.TypeKey(inst[i]);
    name += ">";
  }
  bool has_receiver = sym_.HasReceiver(f);
  z3::expr self = c_.constant("this#h", sym_.ref_sort);
  z3::func_decl handle = has_receiver ? c_.function(name.c_str(), sym_.ref_sort, info.sort)
                                      : c_.function(name.c_str(), 0, nullptr, info.sort);
  z3::expr h = has_receiver ? handle(self) : handle();
  z3::expr value = has_receiver ? handle(*receiver) : h;
  if (!sym_.function_handles.insert(name).second) return value;
  // (subset.cpp admits functions without reads clauses only as values: they read nothing.)
  z3::expr reads_nothing = sym_.HeapArrow(t).heap_free(h);
  sym_.AddAxiom(has_receiver ? Forall(c_, {self}, reads_nothing, {h}) : reads_nothing);
  std::vector<z3::expr> xs;
  if (has_receiver) xs.push_back(self);
  Env env;
  if (has_receiver) env.insert_or_assign(&this_var_, self);
  // The parameters' types and the precondition of this instance.
  Symbols::SubstScope scope(sym_, f, inst);
  z3::expr range = c_.bool_val(true);
  std::vector<z3::expr> call_args{sym_.BaseLayer()};
  if (has_receiver) call_args.push_back(self);
  for (const Var* p : f->params) {
    xs.push_back(sym_.Fresh(p->name, rp_.TypeOf(p)));
    env.insert_or_assign(p, xs.back());
    range = range && BoundRange(sym_.Apply(rp_.TypeOf(p)), xs.back());
    call_args.push_back(xs.back());
  }
  z3::expr pre = range;
  for (const Spec& r : f->requires_) pre = pre && Tr(r.expr, env, sym_.BaseLayer());
  z3::expr_vector args(c_);
  args.push_back(h);
  for (size_t i = has_receiver ? 1 : 0; i < xs.size(); ++i) args.push_back(xs[i]);
  z3::expr_vector fargs(c_);
  for (const z3::expr& a : call_args) fargs.push_back(a);
  z3::expr apply = info.apply(args), pre_of = info.requires_(args);
  if (xs.empty()) {
    sym_.AddAxiom(pre_of == pre);
    sym_.AddAxiom(apply == sym_.Function(f, inst)(fargs));
  } else {
    sym_.AddAxiom(Forall(c_, xs, pre_of == pre, {pre_of}));
    sym_.AddAxiom(
        Forall(c_, xs, z3::implies(range, apply == sym_.Function(f, inst)(fargs)), {apply}));
  }
  return value;
}

}  // namespace dfy::verify
