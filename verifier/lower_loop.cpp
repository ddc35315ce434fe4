// Loops: while and for loops, their invariants, frames and termination, and break/continue.
//
// A loop is lowered as Dafny (through Boogie) does: check the invariants on entry; havoc what
// the body assigns (and the heap within the loop's frame); assume the invariants and what every
// iteration preserves; then one arbitrary iteration, which must re-establish the invariants and
// decrease the measure, or the exit. `break` jumps to a label after the loop, `continue` to the
// end of the iteration, both through VIR's Exit/Label commands; their states are joined with
// the paths that reach those points normally.
#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "frontend/ast_visit.h"
#include "verifier/encoder.h"

namespace dfy::verify {

using vir::Obligation;

namespace {

SourceRange FirstChars(SourceRange r, uint32_t n) {
  return SourceRange{r.file, r.begin, r.begin + n};
}

// Variables assigned inside the loop body `s` (the loop targets to havoc). As in Boogie, whose
// loops are the blocks that reach the back edge: statements of a block that ends by leaving the
// loop (break, return) before any back edge are not in the loop, so what they assign is not a
// target.
void CollectAssigned(const ResolvedProgram& rp, const Stmt* s, std::vector<const Var*>& out) {
  auto lhs = [&](const std::vector<Expr*>& targets) {
    for (const Expr* l : targets) {
      if (const Var* v = rp.BindingOf(l).var) out.push_back(v);
    }
  };
  // The labels of the statements inside the loop that enclose the one visited.
  std::vector<std::string> labels_inside;
  // Whether `x`, at loop nesting `depth` inside the loop, leaves the loop.
  auto leaves = [&](const Stmt* x, int depth) {
    if (x->kind == StmtKind::Return) return true;
    if (x->kind == StmtKind::Break) {
      auto* b = static_cast<const BreakStmt*>(x);
      if (!b->label.empty()) {
        return std::find(labels_inside.begin(), labels_inside.end(), b->label) ==
               labels_inside.end();
      }
      return b->count > depth;
    }
    return false;
  };
  // A `continue` returns to the loop head: a block holding one is in the loop.
  std::function<bool(const Stmt*)> continues = [&](const Stmt* x) {
    if (x->kind == StmtKind::Continue) return true;
    bool found = false;
    ForEachChild(
        x, [](const Expr*) {}, [&](const Stmt* y) { found = found || continues(y); });
    return found;
  };
  std::function<void(const Stmt*, int)> visit = [&](const Stmt* x, int depth) {
    if (x->kind == StmtKind::Block) {
      const auto& stmts = static_cast<const BlockStmt*>(x)->stmts;
      bool any_continue = false;
      for (const Stmt* y : stmts) any_continue = any_continue || continues(y);
      for (const Stmt* y : stmts) {
        // The statements before it are not in the loop.
        if (!any_continue && leaves(y, depth)) return;
      }
      for (const Stmt* y : stmts) visit(y, depth);
      return;
    }
    if (x->kind == StmtKind::Assign) lhs(static_cast<const AssignStmt*>(x)->lhs);
    if (x->kind == StmtKind::AssignSuchThat) lhs(static_cast<const AssignSuchThatStmt*>(x)->lhs);
    if (x->kind == StmtKind::AssignOrReturn) lhs(static_cast<const AssignOrReturnStmt*>(x)->lhs);
    int inner = depth + (x->kind == StmtKind::While || x->kind == StmtKind::For ||
                         x->kind == StmtKind::AlternativeWhile);
    bool labelled = x->kind == StmtKind::Label;
    if (labelled) labels_inside.push_back(static_cast<const LabelStmt*>(x)->label);
    ForEachChild(
        x, [](const Expr*) {}, [&](const Stmt* y) { visit(y, inner); });
    if (labelled) labels_inside.pop_back();
  };
  visit(s, 0);
}

// Whether `s` may change the heap: array assignments, allocation and method calls.
bool WritesHeap(const ResolvedProgram& rp, const Stmt* s) {
  bool writes = false;
  std::function<void(const Expr*)> expr = [&](const Expr* e) {
    if (e->kind == ExprKind::New) writes = true;
    if (e->kind == ExprKind::Call && rp.CalleeOf(static_cast<const CallExpr*>(e)).method) {
      writes = true;
    }
    ForEachSubExpr(e, expr);
  };
  std::function<void(const Stmt*)> visit = [&](const Stmt* x) {
    if (x->kind == StmtKind::Assign) {
      for (const Expr* l : static_cast<const AssignStmt*>(x)->lhs) {
        const Decl* m = rp.BindingOf(l).member;
        if (l->kind == ExprKind::Index || (m && m->kind == DeclKind::Field)) writes = true;
      }
    }
    ForEachChild(x, expr, visit);
  };
  visit(s);
  return writes;
}

// Whether `e` reads the heap (Dafny's usesHeap in ComputeFreeVariables): a field or an array
// element, a two-state expression, or a call of a function that reads the heap.
bool ReadsHeapExpr(const ResolvedProgram& rp, const Expr* e) {
  bool reads = false;
  std::function<void(const Expr*)> visit = [&](const Expr* x) {
    switch (x->kind) {
      case ExprKind::Old:
      case ExprKind::Fresh:
      case ExprKind::Unchanged:
      case ExprKind::Allocated:
        reads = true;
        break;
      case ExprKind::Index:
      case ExprKind::Slice: {
        const Type* t =
            rp.TypeOf(x->kind == ExprKind::Index ? static_cast<const IndexExpr*>(x)->seq
                                                 : static_cast<const SliceExpr*>(x)->seq);
        if (t && t->kind == TypeKind::Array) reads = true;
        break;
      }
      case ExprKind::Name:
      case ExprKind::Select: {
        const Decl* m = rp.BindingOf(x).member;
        if (m && m->kind == DeclKind::Field) reads = true;
        break;
      }
      case ExprKind::Call: {
        const FunctionDecl* f = rp.CalleeOf(static_cast<const CallExpr*>(x)).function;
        if (!f || Symbols::ReadsHeap(f)) reads = true;
        break;
      }
      default:
        break;
    }
    ForEachSubExpr(x, visit);
  };
  visit(e);
  return reads;
}

}  // namespace

void Lowerer::LowerWhile(const WhileStmt* s, const std::string& label) {
  LoopView v;
  v.stmt = s;
  v.keyword = FirstChars(s->range, 5);
  v.cond = s->cond;
  v.invariants = &s->invariants;
  v.decreases = &s->decreases;
  v.decreases_star = s->decreases_star;
  v.modifies = &s->modifies;
  v.body = s->body;
  v.label = label;
  LowerLoop(v);
}

void Lowerer::LowerAlternativeWhile(const AlternativeWhileStmt* s, const std::string& label) {
  LoopView v;
  v.stmt = s;
  v.keyword = FirstChars(s->range, 5);
  v.invariants = &s->specs.invariants;
  v.decreases = &s->specs.decreases;
  v.decreases_star = s->specs.decreases_star;
  v.modifies = &s->specs.modifies;
  v.alternatives = &s->cases;
  v.label = label;
  LowerLoop(v);
}

z3::expr Lowerer::InLoopFrames(const z3::expr& frame_ok, const z3::expr& o, const Decl* field) {
  // (Outside such loops the assertion is the method's alone, unchanged.)
  z3::expr ok = frame_ok;
  for (const LoopFrame& f : loop_frames_) {
    z3::expr fresh = !z3::select(HeapValue(Symbols::kAllocPart, *f.at), o);
    ok = ok && (fresh || InFrame(*f.modifies, o, *f.at, field));
  }
  return ok;
}

void Lowerer::LowerFor(const ForStmt* s, const std::string& label) {
  z3::expr yes = c_.bool_val(true);
  WellFormed(s->lo, yes);
  WellFormed(s->hi, yes);
  z3::expr lo = Tr(s->lo), hi = Tr(s->hi);
  // for i := a to b: i in a..b, the body sees a..b-1; downto: from a down to b.
  z3::expr first = lo, last = hi;
  // Every value of the range, its end too, must be of the index variable's type.
  if (const Type* t = rp_.TypeOf(s->var);
      t->kind == TypeKind::Nat || (IsConstrainedType(t) && t->decl->kind == DeclKind::SubsetType)) {
    z3::expr k = sym_.Fresh("$for", rp_.types.Int());
    z3::expr in = s->down ? (last <= k && k <= first) : (first <= k && k <= last);
    Assert(Obligation::ForRangeAssignable, s->var->range,
           Forall(c_, {k}, z3::implies(in, IsType(t, k)), {}));
    task_.asserts.back().subject = TypeName(t);
  }
  Assert(Obligation::ForBounds, s->down ? s->hi->tok : s->lo->tok,
         s->down ? last <= first : first <= last);
  LoopView v;
  v.stmt = s;
  v.keyword = FirstChars(s->range, 3);
  v.invariants = &s->specs.invariants;
  v.decreases = &s->specs.decreases;
  v.decreases_star = s->specs.decreases_star;
  v.modifies = &s->specs.modifies;
  v.body = s->body;
  v.label = label;
  v.for_var = s->var;
  v.for_first = first;
  v.for_last = last;
  v.for_down = s->down;
  AssignVar(s->var, first, nullptr);
  LowerLoop(v);
}

// Dafny's guess of a loop's decreases clause from its guard (FillInDefaultLoopDecreases): one
// term per conjunct it recognises, each guarded by the conjuncts before it (when those fail, the
// term takes a neutral value): `A < B` gives B - A, `A != B` on numbers |A - B|, `A != {}`
// gives A, `A < B` on sets |B - A|, and so on.
void Lowerer::GuessLoopDecreases(const Expr* guard, Decreases& d) {
  std::vector<const Expr*> conjuncts;
  std::function<void(const Expr*)> split = [&](const Expr* e) {
    while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
    if (e->kind == ExprKind::Binary && static_cast<const BinaryExpr*>(e)->op == BinaryOp::And) {
      split(static_cast<const BinaryExpr*>(e)->lhs);
      split(static_cast<const BinaryExpr*>(e)->rhs);
    } else {
      conjuncts.push_back(e);
    }
  };
  split(guard);
  auto is_empty_display = [](const Expr* e) {
    while (e->kind == ExprKind::Paren) e = static_cast<const ParenExpr*>(e)->inner;
    if (e->kind != ExprKind::SeqDisplay && e->kind != ExprKind::SetDisplay &&
        e->kind != ExprKind::MultisetDisplay) {
      return false;
    }
    auto* display = static_cast<const DisplayExpr*>(e);
    return !display->from_collection && display->elements.empty();
  };
  const Type* int_type = rp_.types.Get(TypeKind::Int);
  std::optional<z3::expr> prefix;
  for (const Expr* g : conjuncts) {
    std::optional<z3::expr> guess;
    const Type* type = int_type;
    std::optional<z3::expr> neutral;
    if (g->kind == ExprKind::Binary) {
      auto* b = static_cast<const BinaryExpr*>(g);
      const Type* t = Underlying(rp_, rp_.TypeOf(b->lhs));
      bool numeric = IsIntBased(t) || t->kind == TypeKind::Char || t->kind == TypeKind::Real;
      if (numeric) {
        if (t->kind == TypeKind::Real) type = t;
        neutral = t->kind == TypeKind::Real ? c_.real_val(-1) : c_.int_val(-1);
        z3::expr l = Tr(b->lhs), r = Tr(b->rhs);
        if (b->op == BinaryOp::Lt || b->op == BinaryOp::Le) guess = r - l;
        if (b->op == BinaryOp::Gt || b->op == BinaryOp::Ge) guess = l - r;
        if (b->op == BinaryOp::Neq) guess = z3::ite(l <= r, r - l, l - r);
      } else if (t->kind == TypeKind::Set || t->kind == TypeKind::Multiset) {
        // |B - A| for A < B, |A - B| + |B - A| for A != B, A itself for A != {}.
        bool is_set = t->kind == TypeKind::Set;
        z3::func_decl card = is_set ? sym_.SetOf(t).card : sym_.MultisetOf(t).card;
        z3::func_decl minus = is_set ? sym_.SetOf(t).difference : sym_.MultisetOf(t).difference;
        neutral = is_set ? sym_.SetOf(t).empty() : sym_.MultisetOf(t).empty();
        auto card_minus = [&](const Expr* x, const Expr* y) { return card(minus(Tr(x), Tr(y))); };
        if (b->op == BinaryOp::Lt || b->op == BinaryOp::Le) guess = card_minus(b->rhs, b->lhs);
        if (b->op == BinaryOp::Gt || b->op == BinaryOp::Ge) guess = card_minus(b->lhs, b->rhs);
        if (b->op == BinaryOp::Neq) {
          if (is_empty_display(b->lhs)) {
            guess = Tr(b->rhs), type = t;
          } else if (is_empty_display(b->rhs)) {
            guess = Tr(b->lhs), type = t;
          } else {
            guess = card_minus(b->lhs, b->rhs) + card_minus(b->rhs, b->lhs);
          }
        }
      } else if (t->kind == TypeKind::Seq || t->kind == TypeKind::String) {
        neutral = sym_.SeqOf(t).empty();
        bool prefix_op = b->op == BinaryOp::Lt || b->op == BinaryOp::Le;
        if ((prefix_op || b->op == BinaryOp::Neq) && is_empty_display(b->lhs)) {
          guess = Tr(b->rhs), type = t;
        } else if (b->op == BinaryOp::Neq && is_empty_display(b->rhs)) {
          guess = Tr(b->lhs), type = t;
        }
      }
    }
    if (guess) {
      if (prefix) guess = z3::ite(*prefix, *guess, type == int_type ? c_.int_val(-1) : *neutral);
      d.values.push_back(*guess);
      d.types.push_back(type);
      d.ranges.push_back(g->tok);
    }
    z3::expr here = Tr(g);
    prefix = prefix ? *prefix && here : here;
  }
}

void Lowerer::LowerLoop(const LoopView& s) {
  z3::expr yes = c_.bool_val(true);
  // On entry: the invariants hold (their well-formedness is checked at the loop head).
  for (const Spec& inv : *s.invariants) {
    std::vector<AssertItem> items;
    std::vector<Conjunct> parts = Conjuncts(inv.expr);
    for (const Conjunct& part : parts) {
      items.push_back({Obligation::InvariantOnEntry, part->tok, TrAsserted(part), std::nullopt});
    }
    size_t first = task_.asserts.size();
    AssertGroup(items);
    for (size_t k = 0; k < parts.size(); ++k) NoteInlined(first + k, parts[k], env_);
  }
  // The decreases clause: explicit, the distance to a for loop's end, or guessed from the
  // guard as Dafny does.
  std::vector<const Expr*> clause(s.decreases->begin(), s.decreases->end());
  auto measure = [&]() {
    Decreases d;
    // (A `while case` loop has no guard to guess from: Dafny checks the empty clause, which
    // never decreases, and says so as for an explicit one.)
    d.inferred = clause.empty() && !s.for_var && (!s.alternatives || iterator_);
    for (const Expr* e : clause) {
      d.values.push_back(Tr(e));
      d.types.push_back(Underlying(rp_, rp_.TypeOf(e)));
      d.ranges.push_back(e->tok);
    }
    if (clause.empty() && s.for_var) {
      z3::expr i = env_.at(s.for_var);
      d.values.push_back(s.for_down ? i - *s.for_last : *s.for_last - i);
      d.types.push_back(rp_.types.Get(TypeKind::Nat));
      d.ranges.push_back(s.keyword);
    } else if (clause.empty() && s.cond && !s.decreases_star) {
      GuessLoopDecreases(s.cond, d);
    }
    if (d.inferred && iterator_ && !s.decreases_star) PrependYieldCount(d, s.keyword);
    return d;
  };
  // The decreases value on entry, when every expression in it is defined there.
  bool entry_defined = true;
  for (const Expr* e : clause) entry_defined = entry_defined && e->kind != ExprKind::Call;
  std::optional<Decreases> at_entry;
  if (entry_defined) at_entry = measure();

  // The loop head: havoc the targets, then assume what holds at every iteration.
  // The statements of an iteration: the body, or each alternative's as a block of its own.
  std::vector<BlockStmt> case_blocks;
  if (s.alternatives) {
    for (const GuardedAlternative& alt : *s.alternatives) {
      case_blocks.emplace_back();
      case_blocks.back().stmts = alt.body;
    }
  }
  std::vector<const Stmt*> iteration;
  if (s.body) iteration.push_back(s.body);
  for (const BlockStmt& b : case_blocks) iteration.push_back(&b);
  std::vector<const Var*> targets;
  for (const Stmt* b : iteration) CollectAssigned(rp_, b, targets);
  if (s.for_var) targets.push_back(s.for_var);
  // A body-less loop's targets are Dafny's loop frame (LoopBodySurrogate): the mutable
  // variables its guard, invariants and decreases clause mention, and the heap if they read it
  // or the loop has a modifies clause.
  bool bodyless_heap = false;
  if (!s.body && !s.alternatives) {
    std::vector<const Expr*> parts(s.decreases->begin(), s.decreases->end());
    if (s.cond) parts.push_back(s.cond);
    for (const Spec& inv : *s.invariants) parts.push_back(inv.expr);
    std::function<void(const Expr*)> names = [&](const Expr* x) {
      if (x->kind == ExprKind::Name) {
        const Var* v = rp_.BindingOf(x).var;
        if (v && (v->kind == VarKind::Local || v->kind == VarKind::OutParam)) {
          targets.push_back(v);
        }
      }
      ForEachSubExpr(x, names);
    };
    for (const Expr* x : parts) {
      names(x);
      bodyless_heap = bodyless_heap || ReadsHeapExpr(rp_, x);
    }
    bodyless_heap = bodyless_heap || !s.modifies->empty();
  }
  std::optional<Env> loop_frame_state;
  // (In an iterator's body, a yield changes the heap too; and the body may modify `this`.)
  bool yields = false, writes_heap = false;
  for (const Stmt* b : iteration) {
    yields = yields || (iterator_ && ContainsStmt(b, StmtKind::Yield));
    writes_heap = writes_heap || WritesHeap(rp_, b);
  }
  if (writes_heap || yields || bodyless_heap) {
    // The heap may change, within the loop's frame (its modifies clause, else the method's).
    Env before_loop = env_;
    if (!s.modifies->empty()) loop_frame_state = before_loop;
    HavocHeap(true);
    if (yields) {
      AssumeIteratorLoopFrame(before_loop);
      HavocYieldCount();
    } else if (!s.modifies->empty()) {
      // (The body's writes are checked against the method's frame, which lets it write objects
      // allocated since the method began: those are not protected here either.)
      AssumeFrameUnchangedExcept(before_loop, s.modifies, before_loop, IteratorThis(), &entry_env_);
    } else {
      AssumeFrameUnchangedExcept(before_loop, method_ ? &method_->modifies : nullptr, entry_env_,
                                 IteratorThis(), &entry_env_);
    }
  }
  for (const Var* v : targets) {
    if (!env_.count(v)) continue;
    Havoc(v);
    // A variable assigned before the loop stays assigned (Dafny's monotonic trackers).
    if (auto t = tracker_of_.find(v); t != tracker_of_.end()) {
      z3::expr before = env_.at(t->second);
      z3::expr now = c_.constant(fmt::format("{}#h{}", t->second->name, sym_.NextId()).c_str(),
                                 c_.bool_sort());
      Assume(z3::implies(before, now));
      env_.insert_or_assign(t->second, now);
    }
  }
  // Free: the index of a for loop stays within its bounds.
  if (s.for_var) {
    z3::expr i = env_.at(s.for_var);
    if (s.for_down) {
      Assume(*s.for_last <= i && i <= *s.for_first);
    } else {
      Assume(*s.for_first <= i && i <= *s.for_last);
    }
  }
  // Free: the bounds Boogie's interval analysis infers (Dafny enables it).
  {
    auto bounds = loop_bounds_.find(s.stmt);
    if (bounds != loop_bounds_.end()) {
      for (const auto& [v, interval] : bounds->second) {
        auto it = env_.find(v);
        if (it == env_.end()) continue;
        if (interval.lo) Assume(it->second >= c_.int_val(*interval.lo));
        if (interval.hi) Assume(it->second <= c_.int_val(*interval.hi));
      }
    }
  }
  // Free: completed iterations have only decreased the termination metric.
  if (at_entry) {
    Decreases now = measure();
    z3::expr all_equal = yes;
    for (size_t i = 0; i < now.values.size() && i < at_entry->values.size(); ++i) {
      if (z3::eq(now.values[i].get_sort(), at_entry->values[i].get_sort())) {
        all_equal = all_equal && now.values[i] == at_entry->values[i];
      }
    }
    Assume(LexLess(now, at_entry->values, false) || all_equal);
  }
  // The well-formedness of the invariants and the decreases clause, checked once in the
  // havocked state, in a branch of its own.
  {
    vir::Cmd choice{vir::Cmd::Choice, yes, 0, {}};
    vir::Block* check = NewBranch(choice);
    NewBranch(choice);
    vir::Block* parent = cur_;
    cur_ = check;
    for (const Spec& inv : *s.invariants) {
      WellFormed(inv.expr, yes, false);
      Assume(Tr(inv.expr));
    }
    for (const Expr* d : clause) WellFormed(d, yes, true);
    Assume(c_.bool_val(false));
    cur_ = parent;
    cur_->cmds.push_back(std::move(choice));
  }
  for (const Spec& inv : *s.invariants) AssumeClause(inv.expr);
  std::optional<z3::expr> cond;
  std::vector<z3::expr> guards;
  if (s.alternatives) {
    // (Dafny checks each guard in its own branch of the iteration, before assuming it; all
    // of them at the head is the same check.)
    guards = AlternativeGuards(*s.alternatives);
    z3::expr any = c_.bool_val(false);
    for (const z3::expr& g : guards) any = any || g;
    cond = any;
  } else if (s.cond) {
    WellFormed(s.cond, yes, true);
    cond = Tr(s.cond);
  } else if (s.for_var) {
    z3::expr i = env_.at(s.for_var);
    cond = s.for_down ? i > *s.for_last : i < *s.for_last;
  }
  Decreases before = measure();

  vir::Cmd choice{vir::Cmd::Choice, c_.bool_val(true), 0, {}};
  vir::Block* body_block = NewBranch(choice);
  vir::Block* exit_block = NewBranch(choice);
  vir::Block* parent = cur_;
  Env head = env_;

  loops_.push_back(LoopTargets{s.label, label_counter_++, label_counter_++, {}, {}});
  cur_ = body_block;
  terminated_ = false;
  if (cond && !s.alternatives) Assume(*cond);
  if (s.for_var && s.for_down) {
    AssignVar(s.for_var, env_.at(s.for_var) - 1, nullptr);
  }
  // The body's writes must also be within the loop's own modifies clause (objects allocated
  // since the loop began excepted).
  if (loop_frame_state) loop_frames_.push_back({s.modifies, &*loop_frame_state});
  if (s.alternatives) {
    // One alternative whose guard holds (the exit branch has none).
    vir::Cmd cases{vir::Cmd::Choice, yes, 0, {}};
    vir::Block* iteration_block = cur_;
    std::vector<std::pair<vir::Block*, Env>> live =
        LowerAlternatives(*s.alternatives, guards, cases, false);
    cur_ = iteration_block;
    terminated_ = false;
    Join(live, false);
    cur_->cmds.push_back(std::move(cases));
    if (terminated_) Assume(c_.bool_val(false));
  } else if (s.body) {
    LowerBlock(s.body);
  } else {
    // No body: no iteration to check (Dafny havocs the loop frame and skips the invariants'
    // maintenance and the termination check).
    Assume(c_.bool_val(false));
    terminated_ = true;
  }
  if (loop_frame_state) loop_frames_.pop_back();
  LoopTargets targets_of_loop = std::move(loops_.back());
  loops_.pop_back();
  // The end of an iteration, reached normally or by `continue`.
  if (!targets_of_loop.continues.empty()) {
    JoinJumps(std::move(targets_of_loop.continues), targets_of_loop.continue_label);
  }
  if (!terminated_) {
    if (s.for_var && !s.for_down) {
      AssignVar(s.for_var, env_.at(s.for_var) + 1, nullptr);
    }
    // The termination check first, then the invariants, in Dafny's order.
    Decreases now = measure();
    Obligation decrease = now.inferred ? Obligation::LoopTermination : Obligation::LoopDecreases;
    if (s.decreases_star) {
      // decreases *: the loop need not terminate.
    } else if (s.for_var && clause.empty()) {
      // A for loop's index moves toward its bound: nothing to prove.
    } else if (now.values.size() == 1 && now.types[0] && IsIntBased(now.types[0])) {
      // (The bound is checked without assuming the decrease, so a loop that fails both reports
      // both, as Dafny's.)
      bool saved = subsume_;
      subsume_ = false;
      Assert(decrease, s.keyword, now.values[0] < before.values[0]);
      subsume_ = saved;
      if (!now.inferred && now.types[0]->kind != TypeKind::Nat) {
        Assert(Obligation::LoopBoundedBelow, now.ranges[0], 0 <= before.values[0]);
      }
    } else {
      Assert(decrease, s.keyword, LexLess(now, before.values, true));
    }
    for (const Spec& inv : *s.invariants) {
      std::vector<AssertItem> items;
      std::vector<Conjunct> parts = Conjuncts(inv.expr);
      for (const Conjunct& part : parts) {
        items.push_back(
            {Obligation::InvariantMaintained, part->tok, TrAsserted(part), std::nullopt});
      }
      size_t first = task_.asserts.size();
      AssertGroup(items);
      for (size_t k = 0; k < parts.size(); ++k) NoteInlined(first + k, parts[k], env_);
    }
    Assume(c_.bool_val(false));
  }

  cur_ = exit_block;
  env_ = head;
  terminated_ = false;
  if (cond) Assume(!*cond);
  cur_ = parent;
  cur_->cmds.push_back(std::move(choice));
  if (targets_of_loop.breaks.empty()) {
    // After the loop: the exit branch's state, which is the loop head's.
    env_ = head;
    cur_ = exit_block;
    return;
  }
  // After the loop: the exit branch joined with every `break`.
  std::vector<std::pair<vir::Block*, Env>> arms = std::move(targets_of_loop.breaks);
  arms.emplace_back(exit_block, head);
  size_t breaks = arms.size() - 1;
  Join(arms, false);
  for (size_t i = 0; i < breaks; ++i) {
    arms[i].first->cmds.push_back(vir::Cmd{vir::Cmd::Exit, yes, targets_of_loop.break_label, {}});
  }
  cur_->cmds.push_back(vir::Cmd{vir::Cmd::Label, yes, targets_of_loop.break_label, {}});
  terminated_ = false;
}

void Lowerer::JoinJumps(std::vector<std::pair<vir::Block*, Env>> jumps, uint32_t label) {
  z3::expr yes = c_.bool_val(true);
  size_t count = jumps.size();
  if (!terminated_) jumps.emplace_back(cur_, env_);
  Join(jumps, false);
  for (size_t i = 0; i < count; ++i) {
    jumps[i].first->cmds.push_back(vir::Cmd{vir::Cmd::Exit, yes, label, {}});
  }
  cur_->cmds.push_back(vir::Cmd{vir::Cmd::Label, yes, label, {}});
  terminated_ = false;
}

void Lowerer::LowerLabelled(const LabelStmt* s) {
  loops_.push_back(LoopTargets{s->label, label_counter_++, 0, {}, {}, false});
  LowerStmt(s->body);
  LoopTargets targets = std::move(loops_.back());
  loops_.pop_back();
  if (!targets.breaks.empty()) JoinJumps(std::move(targets.breaks), targets.break_label);
}

void Lowerer::LowerBreak(const BreakStmt* s) {
  // The innermost loop, or the one with the label, or the count-th enclosing one.
  size_t index = loops_.size();
  if (!s->label.empty()) {
    for (size_t i = loops_.size(); i-- > 0;) {
      if (loops_[i].label == s->label) {
        index = i;
        break;
      }
    }
  } else {
    // (Labelled statements other than loops do not count.)
    int count = s->count;
    for (size_t i = loops_.size(); i-- > 0;) {
      if (loops_[i].is_loop && --count == 0) {
        index = i;
        break;
      }
    }
  }
  if (index >= loops_.size()) throw std::logic_error("verifier: break target not found");
  // A branch of its own, so that the join's equations come before the jump.
  vir::Cmd choice{vir::Cmd::Choice, c_.bool_val(true), 0, {}};
  vir::Block* jump = NewBranch(choice);
  bool is_continue = s->kind == StmtKind::Continue;
  (is_continue ? loops_[index].continues : loops_[index].breaks).emplace_back(jump, env_);
  cur_->cmds.push_back(std::move(choice));
  Assume(c_.bool_val(false));
  terminated_ = true;
}

}  // namespace dfy::verify
