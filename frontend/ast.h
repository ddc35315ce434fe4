// The untyped AST produced by the parser. Nodes live in an Arena owned by one compilation and
// are immutable once the parser returns; later phases keep their results in side tables keyed
// by node ids (see resolve.h).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/source.h"

namespace dfy {

enum class ExprKind : uint8_t {
#define EXPR(name) name,
#include "frontend/ast_kinds.def"
};
enum class StmtKind : uint8_t {
#define STMT(name) name,
#include "frontend/ast_kinds.def"
};
enum class DeclKind : uint8_t {
#define DECL(name) name,
#include "frontend/ast_kinds.def"
};

const char* ExprKindName(ExprKind kind);
const char* StmtKindName(StmtKind kind);
const char* DeclKindName(DeclKind kind);

// Base of every arena-owned node.
struct Node {
  virtual ~Node() = default;
  SourceRange range;  // the whole construct
};

// Owns every node of one compilation and numbers expressions and statements densely.
class Arena {
 public:
  template <typename T, typename... Args>
  T* New(Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }
  uint32_t NextExprId() { return expr_count_++; }
  uint32_t NextStmtId() { return stmt_count_++; }
  uint32_t NextVarId() { return var_count_++; }
  uint32_t expr_count() const { return expr_count_; }
  uint32_t stmt_count() const { return stmt_count_; }
  uint32_t var_count() const { return var_count_; }
  // Every node, in creation (that is, parse) order.
  const std::vector<std::unique_ptr<Node>>& nodes() const { return nodes_; }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
  uint32_t expr_count_ = 0;
  uint32_t stmt_count_ = 0;
  uint32_t var_count_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Types as written.

enum class TypeExprKind : uint8_t { Named, Tuple, Arrow };

struct TypeExpr : Node {
  TypeExprKind kind = TypeExprKind::Named;
  // Named: a possibly qualified name ("int", "seq", "M.T"), with type arguments.
  std::string name;
  std::vector<TypeExpr*> args;  // Named: type arguments; Tuple: components; Arrow: params+result
  std::string arrow;            // Arrow: "->", "-->" or "~>"
  std::vector<bool> ghost;      // Tuple: parallel to args, `(ghost int, int)`
};

struct Expr;
struct Stmt;

struct Attribute {
  SourceRange range;
  std::string name;
  std::vector<Expr*> args;
};

// ---------------------------------------------------------------------------------------------
// Variables: formals, locals and bound variables.

enum class VarKind : uint8_t { InParam, OutParam, Local, Bound, FunctionResult };

struct Var : Node {
  uint32_t id = 0;
  VarKind kind = VarKind::Local;
  std::string name;
  TypeExpr* type = nullptr;  // null when it is to be inferred
  bool ghost = false;
  bool is_new = false;  // `new x: T`: a two-state formal that may be unallocated in the old state
  // `older x: T` (a predicate's formal): when the predicate holds, x is allocated in every heap
  // where its other formals are.
  bool is_older = false;
};

// ---------------------------------------------------------------------------------------------
// Expressions.

enum class UnaryOp : uint8_t { Not, Negate };

enum class BinaryOp : uint8_t {
  Iff,
  Implies,
  Explies,
  And,
  Or,
  Eq,
  Neq,
  Lt,
  Le,
  Gt,
  Ge,
  In,
  NotIn,
  Disjoint,
  LeftShift,
  RightShift,
  Add,
  Sub,
  Mul,
  Div,
  Mod,
  BitAnd,
  BitOr,
  BitXor,
};

std::string_view BinaryOpSpelling(BinaryOp op);

struct Expr : Node {
  explicit Expr(ExprKind k) : kind(k) {}
  ExprKind kind;
  uint32_t id = 0;
  // The token Dafny reports for this expression: the operator of a binary expression, the
  // opening parenthesis of a call, the first token otherwise.
  SourceRange tok;
};

struct LiteralExpr : Expr {
  LiteralExpr() : Expr(ExprKind::IntLiteral) {}
  bool bool_value = false;
  std::string text;      // digits (underscores removed; hex keeps 0x), or decoded UTF-8 for strings
  std::u32string chars;  // decoded characters of char and string literals
};

struct NameExpr : Expr {
  NameExpr() : Expr(ExprKind::Name) {}
  std::string name;
  std::vector<TypeExpr*> type_args;  // f<int>(x)
};

struct UnaryExpr : Expr {
  UnaryExpr() : Expr(ExprKind::Unary) {}
  UnaryOp op = UnaryOp::Not;
  Expr* operand = nullptr;
};

struct BinaryExpr : Expr {
  BinaryExpr() : Expr(ExprKind::Binary) {}
  BinaryOp op = BinaryOp::Eq;
  Expr* lhs = nullptr;
  Expr* rhs = nullptr;
};

struct ParenExpr : Expr {
  ParenExpr() : Expr(ExprKind::Paren) {}
  Expr* inner = nullptr;
};

struct CallExpr : Expr {
  CallExpr() : Expr(ExprKind::Call) {}
  Expr* callee = nullptr;
  std::vector<Expr*> args;
};

struct SelectExpr : Expr {
  SelectExpr() : Expr(ExprKind::Select) {}
  Expr* object = nullptr;
  std::string
      member;  // also "Ctor?" (constructor test), "0" (tuple component), "requires", "reads"
  std::vector<TypeExpr*> type_args;  // e.M<int>(x), Type<T>.Member
};

struct IndexExpr : Expr {
  IndexExpr() : Expr(ExprKind::Index) {}
  Expr* seq = nullptr;
  std::vector<Expr*> indices;
};

struct SliceExpr : Expr {
  SliceExpr() : Expr(ExprKind::Slice) {}
  Expr* seq = nullptr;
  Expr* lo = nullptr;  // may be null
  Expr* hi = nullptr;  // may be null
};

struct SeqUpdateExpr : Expr {
  SeqUpdateExpr() : Expr(ExprKind::SeqUpdate) {}
  Expr* seq = nullptr;
  Expr* index = nullptr;
  Expr* value = nullptr;
};

struct CardinalityExpr : Expr {
  CardinalityExpr() : Expr(ExprKind::Cardinality) {}
  Expr* operand = nullptr;
};

// IfThenElse, and BindingIfThenElse: `if x :| p then a else b` (bound_vars are bound in cond and
// then_branch).
struct IfThenElseExpr : Expr {
  explicit IfThenElseExpr(ExprKind k = ExprKind::IfThenElse) : Expr(k) {}
  std::vector<Var*> bound_vars;
  Expr* cond = nullptr;
  Expr* then_branch = nullptr;
  Expr* else_branch = nullptr;
};

struct OldExpr : Expr {
  OldExpr() : Expr(ExprKind::Old) {}
  std::string label;  // old@L
  Expr* operand = nullptr;
};

// fresh(e), unchanged(e, ...), allocated(e), each possibly at a label.
struct TwoStateExpr : Expr {
  explicit TwoStateExpr(ExprKind k = ExprKind::Fresh) : Expr(k) {}
  std::string label;        // fresh@L(e), unchanged@L(e)
  std::vector<Expr*> args;  // one for fresh and allocated; the frames for unchanged
};

// The bound variables of a quantifier, a comprehension or a forall statement:
// `x: T <- collection {:attr} | range, y ...`. A range written after the last variable (the
// Dafny 3 form `forall x, y | p :: q`) belongs to the last variable.
struct BoundVar {
  Var* var = nullptr;
  Expr* collection = nullptr;  // x <- c, null when absent
  Expr* range = nullptr;       // | p, null when absent
};

struct QuantifierDomain {
  std::vector<BoundVar> vars;
  std::vector<Attribute> attributes;  // all attributes written in the domain, in order
};

struct QuantifierExpr : Expr {
  QuantifierExpr() : Expr(ExprKind::Quantifier) {}
  bool is_forall = true;
  QuantifierDomain domain;
  Expr* body = nullptr;
};

// [a, b], {a, b}, iset{a}, multiset{a}, multiset(s).
struct DisplayExpr : Expr {
  explicit DisplayExpr(ExprKind k = ExprKind::SeqDisplay) : Expr(k) {}
  bool infinite = false;         // iset{...}
  bool from_collection = false;  // multiset(s): elements holds s
  std::vector<Expr*> elements;
};

struct MapDisplayExpr : Expr {
  MapDisplayExpr() : Expr(ExprKind::MapDisplay) {}
  bool infinite = false;  // imap[...]
  std::vector<Expr*> keys;
  std::vector<Expr*> values;  // parallel to keys
};

struct SeqConstructionExpr : Expr {
  SeqConstructionExpr() : Expr(ExprKind::SeqConstruction) {}
  std::vector<TypeExpr*> type_args;  // seq<int>(n, f)
  Expr* length = nullptr;
  Expr* init = nullptr;
};

struct SetComprehensionExpr : Expr {
  SetComprehensionExpr() : Expr(ExprKind::SetComprehension) {}
  bool infinite = false;  // iset
  QuantifierDomain domain;
  Expr* term = nullptr;  // null for `set x | p` (the term is the single bound variable)
};

struct MapComprehensionExpr : Expr {
  MapComprehensionExpr() : Expr(ExprKind::MapComprehension) {}
  bool infinite = false;  // imap
  QuantifierDomain domain;
  Expr* key = nullptr;  // map x | p :: k := v; null for `map x | p :: v` (the key is x)
  Expr* value = nullptr;
};

struct LambdaExpr : Expr {
  LambdaExpr() : Expr(ExprKind::Lambda) {}
  std::vector<Var*> params;  // VarKind::Bound, type null when to be inferred
  std::vector<Expr*> reads;
  std::vector<Expr*> requires_;
  Expr* body = nullptr;
};

// Patterns of match cases and of let and var declarations.
enum class PatternKind : uint8_t {
  Ident,        // x, x: T, _ , or a nullary constructor (the resolver decides)
  Ctor,         // C(p, ...), also a qualified M.C(...)
  Tuple,        // (p, q), ()
  Literal,      // 3, -3, 'c', "s", true
  Disjunction,  // p | q (match cases only)
};

struct Pattern : Node {
  PatternKind kind = PatternKind::Ident;
  std::string name;            // Ctor: the constructor's name
  Var* var = nullptr;          // Ident: the variable it binds (if it is not a constructor)
  std::vector<Pattern*> args;  // Ctor and Tuple components; Disjunction alternatives
  Expr* literal = nullptr;     // Literal
};

enum class LetOp : uint8_t { Assign, SuchThat, AssignOrReturn };

struct LetExpr : Expr {
  LetExpr() : Expr(ExprKind::Let) {}
  bool ghost = false;
  LetOp op = LetOp::Assign;
  std::vector<Pattern*> lhs;  // empty for `:- e; body`
  std::vector<Attribute> attributes;
  std::vector<Expr*> rhs;  // SuchThat: one predicate
  Expr* body = nullptr;
};

struct MatchCaseExpr {
  SourceRange range;
  std::vector<Attribute> attributes;
  Pattern* pattern = nullptr;
  Expr* body = nullptr;
};

struct MatchExpr : Expr {
  MatchExpr() : Expr(ExprKind::Match) {}
  Expr* scrutinee = nullptr;
  std::vector<MatchCaseExpr> cases;
};

struct TupleExpr : Expr {
  TupleExpr() : Expr(ExprKind::Tuple) {}
  std::vector<Expr*> elements;  // () has none
  std::vector<bool> ghost;      // parallel to elements: (ghost a, b)
};

// e as T, e is T.
struct TypeOpExpr : Expr {
  explicit TypeOpExpr(ExprKind k = ExprKind::Conversion) : Expr(k) {}
  Expr* operand = nullptr;
  TypeExpr* type = nullptr;
};

// assert p; e   assume p; e   expect p; e   reveal f; e   calc { } e
struct StmtInExprExpr : Expr {
  StmtInExprExpr() : Expr(ExprKind::StmtInExpr) {}
  Stmt* stmt = nullptr;
  Expr* body = nullptr;
};

struct WildcardExpr : Expr {
  WildcardExpr() : Expr(ExprKind::Wildcard) {}
};

struct DatatypeUpdateExpr : Expr {
  DatatypeUpdateExpr() : Expr(ExprKind::DatatypeUpdate) {}
  Expr* object = nullptr;
  std::vector<std::string> fields;
  std::vector<SourceRange> field_ranges;  // parallel to fields: each name, where Dafny reports
  std::vector<Expr*> values;              // parallel to fields
};

struct FieldFrameExpr : Expr {
  FieldFrameExpr() : Expr(ExprKind::FieldFrame) {}
  Expr* object = nullptr;  // null for `f (this)
  std::string field;
};

// The right-hand side `new ...` of an assignment, variable declaration or return.
struct NewRhsExpr : Expr {
  NewRhsExpr() : Expr(ExprKind::New) {}
  TypeExpr* type = nullptr;  // the class, or the element type of an array; null for `new [n]`
  bool is_array = false;
  // Objects: new C(args), new C.Init(args). The parser cannot tell a constructor name from a
  // qualified class name, so type->name is "C.Init" for the latter.
  bool has_args = false;
  std::vector<Expr*> args;
  // Arrays: new T[n, m], new T[n](f), new T[n][a, b], new T[][a, b].
  std::vector<Expr*> dims;
  Expr* init = nullptr;
  bool has_elements = false;
  std::vector<Expr*> elements;
};

// P#[k]: always the callee of a CallExpr, P#[k](args).
struct PrefixNameExpr : Expr {
  PrefixNameExpr() : Expr(ExprKind::PrefixName) {}
  Expr* name = nullptr;  // NameExpr or SelectExpr naming the extreme predicate or lemma
  std::vector<TypeExpr*> type_args;
  Expr* depth = nullptr;  // the k in P#[k]
};

// f@L: always the callee of a CallExpr, f@L(args).
struct LabelledCalleeExpr : Expr {
  LabelledCalleeExpr() : Expr(ExprKind::LabelledCallee) {}
  Expr* name = nullptr;  // NameExpr or SelectExpr (possibly with type arguments)
  std::string label;
};

// An argument bound by name; it occurs only among the args of a CallExpr or a NewRhsExpr.
struct NamedArgExpr : Expr {
  NamedArgExpr() : Expr(ExprKind::NamedArg) {}
  std::string name;
  Expr* value = nullptr;
};

// `a decreases to b` and `(a, b nonincreases to c, d)`: the lexicographic termination order of
// decreases clauses, as an expression (`tok` is the `decreases` or `nonincreases` keyword).
struct DecreasesToExpr : Expr {
  DecreasesToExpr() : Expr(ExprKind::DecreasesTo) {}
  std::vector<Expr*> olds;       // before `decreases to`; possibly none: `(decreases to b)`
  std::vector<Expr*> news;       // after it; possibly none
  bool allow_no_change = false;  // `nonincreases to`
  bool parenthesized = false;    // written inside parentheses
};

struct PrefixEqualityExpr : Expr {
  PrefixEqualityExpr() : Expr(ExprKind::PrefixEquality) {}
  bool negated = false;  // !=#[k]
  Expr* lhs = nullptr;
  Expr* rhs = nullptr;
  Expr* depth = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Statements.

struct Stmt : Node {
  explicit Stmt(StmtKind k) : kind(k) {}
  StmtKind kind;
  uint32_t id = 0;
  std::vector<Attribute> attributes;
};

struct BlockStmt : Stmt {
  BlockStmt() : Stmt(StmtKind::Block) {}
  std::vector<Stmt*> stmts;
};

// VarDecl: `var x: T := e;`, `var x, y := M();`, `var x;` (rhs holds plain expressions, calls,
// and for `new` and `*` right-hand sides a NewRhsExpr or a WildcardExpr).
// VarDeclUpdate: `var x :| p;` and `var x :- e;` (update holds the AssignSuchThatStmt or
// AssignOrReturnStmt whose left-hand sides name vars), and `var (a, b) := e;` (pattern and rhs).
struct VarDeclStmt : Stmt {
  explicit VarDeclStmt(StmtKind k = StmtKind::VarDecl) : Stmt(k) {}
  std::vector<Var*> vars;
  std::vector<Expr*> rhs;  // empty: declared only
  SourceRange op;          // the `:=`, where Dafny reports type mismatches of the assignment
  Pattern* pattern = nullptr;
  Stmt* update = nullptr;
};

struct AssignStmt : Stmt {
  AssignStmt() : Stmt(StmtKind::Assign) {}
  std::vector<Expr*> lhs;
  std::vector<Expr*> rhs;
  SourceRange op;  // the `:=`, where Dafny reports type mismatches of the assignment
};

struct CallStmt : Stmt {
  CallStmt() : Stmt(StmtKind::Call) {}
  CallExpr* call = nullptr;
};

// If: `if c { }`; BindingIf: `if x :| p { }` (bound_vars are bound in cond and then_branch).
struct IfStmt : Stmt {
  explicit IfStmt(StmtKind k = StmtKind::If) : Stmt(k) {}
  std::vector<Var*> bound_vars;
  Expr* cond = nullptr;  // null for `if *`
  BlockStmt* then_branch = nullptr;
  Stmt* else_branch = nullptr;  // a BlockStmt, another IfStmt, or null
};

struct Spec {
  Expr* expr = nullptr;
  std::vector<Attribute> attributes;
  std::string label;  // requires L: e
};

struct WhileStmt : Stmt {
  WhileStmt() : Stmt(StmtKind::While) {}
  Expr* cond = nullptr;  // null for `while *`
  std::vector<Spec> invariants;
  std::vector<Expr*> decreases;
  bool decreases_star = false;
  SourceRange decreases_star_at;  // its `*`
  std::vector<Expr*> modifies;
  BlockStmt* body = nullptr;  // null for a body-less loop
};

struct ReturnStmt : Stmt {
  ReturnStmt() : Stmt(StmtKind::Return) {}
  std::vector<Expr*> values;
};

// assert, assume and expect share one shape.
struct PredicateStmt : Stmt {
  using Stmt::Stmt;
  Expr* expr = nullptr;
  Expr* message = nullptr;     // expect e, message
  BlockStmt* proof = nullptr;  // assert e by { }
  std::string label;           // assert L: e
};

struct PrintStmt : Stmt {
  PrintStmt() : Stmt(StmtKind::Print) {}
  std::vector<Expr*> args;
};

// The specification of for loops and alternative loops, as WhileStmt has it.
struct LoopSpecs {
  std::vector<Spec> invariants;
  std::vector<Expr*> decreases;
  bool decreases_star = false;
  std::vector<Expr*> modifies;
  SourceRange decreases_star_at;  // the `*` of `decreases *`
};

struct BreakStmt : Stmt {
  using Stmt::Stmt;
  std::string label;  // break L; continue L;
  SourceRange label_range;
  // The enclosing loop it jumps out of or continues, counting from 1 for the innermost:
  // `break break;` is 2, `break continue;` 2 (the loop around the innermost one continues).
  int count = 1;
};

struct ForStmt : Stmt {
  ForStmt() : Stmt(StmtKind::For) {}
  Var* var = nullptr;
  Expr* lo = nullptr;
  Expr* hi = nullptr;  // a WildcardExpr for `to *`
  bool down = false;   // downto
  LoopSpecs specs;
  BlockStmt* body = nullptr;  // null for a body-less loop
};

// One `case guard => stmts` of an alternative if or while.
struct GuardedAlternative {
  SourceRange range;
  std::vector<Attribute> attributes;
  std::vector<Var*> bound_vars;  // case x :| p => ...
  Expr* guard = nullptr;
  std::vector<Stmt*> body;
};

struct AlternativeIfStmt : Stmt {
  AlternativeIfStmt() : Stmt(StmtKind::AlternativeIf) {}
  std::vector<GuardedAlternative> cases;
};

struct AlternativeWhileStmt : Stmt {
  AlternativeWhileStmt() : Stmt(StmtKind::AlternativeWhile) {}
  LoopSpecs specs;
  std::vector<GuardedAlternative> cases;
};

// The cases of an alternative if or while statement.
inline const std::vector<GuardedAlternative>& AlternativesOf(const Stmt* s) {
  return s->kind == StmtKind::AlternativeIf ? static_cast<const AlternativeIfStmt*>(s)->cases
                                            : static_cast<const AlternativeWhileStmt*>(s)->cases;
}

struct MatchCaseStmt {
  SourceRange range;
  std::vector<Attribute> attributes;
  Pattern* pattern = nullptr;
  std::vector<Stmt*> body;
};

struct MatchStmt : Stmt {
  MatchStmt() : Stmt(StmtKind::Match) {}
  Expr* scrutinee = nullptr;
  std::vector<MatchCaseStmt> cases;
};

struct ForallStmt : Stmt {
  ForallStmt() : Stmt(StmtKind::Forall) {}
  QuantifierDomain domain;  // empty for `forall { }` and `forall () { }`
  std::vector<Spec> ensures;
  BlockStmt* body = nullptr;  // null for a body-less forall statement
};

struct ModifyStmt : Stmt {
  ModifyStmt() : Stmt(StmtKind::Modify) {}
  std::vector<Expr*> frames;
  BlockStmt* body = nullptr;  // deprecated `modify e { }`
};

struct CalcOp {
  SourceRange range;
  BinaryOp op = BinaryOp::Eq;
  Expr* depth = nullptr;  // ==#[k]
};

struct CalcStep {
  bool has_op = false;  // an operator written before the hints of this step
  CalcOp op;
  std::vector<Stmt*> hints;  // the blocks and calc statements before `line`
  Expr* line = nullptr;
};

struct CalcStmt : Stmt {
  CalcStmt() : Stmt(StmtKind::Calc) {}
  bool has_op = false;  // calc op { ... }: the default step operator
  CalcOp op;
  std::vector<CalcStep> steps;  // steps[0] is the first line, with neither operator nor hints
};

struct RevealStmt : Stmt {
  RevealStmt() : Stmt(StmtKind::Reveal) {}
  std::vector<Expr*> targets;  // empty for `reveal *;`
  bool hide = false;           // hide f;
};

struct AssignSuchThatStmt : Stmt {
  AssignSuchThatStmt() : Stmt(StmtKind::AssignSuchThat) {}
  std::vector<Expr*> lhs;
  Expr* expr = nullptr;
  SourceRange op;                            // from the `:|` to the `;`
  bool assume = false;                       // x :| assume p;
  SourceRange assume_at;                     // the `assume` keyword
  std::vector<Attribute> assume_attributes;  // x :| assume {:axiom} p;
};

struct AssignOrReturnStmt : Stmt {
  AssignOrReturnStmt() : Stmt(StmtKind::AssignOrReturn) {}
  std::vector<Expr*> lhs;  // empty for `:- e;`
  std::string keyword;     // "expect", "assert", "assume" or ""
  std::vector<Expr*> rhs;
  SourceRange op;  // the `:-`
};

// The left-hand sides an assignment statement (`:=`, `:|`, `:-`) assigns, or null for other
// statements.
inline const std::vector<Expr*>* AssignedTargets(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::Assign:
      return &static_cast<const AssignStmt*>(s)->lhs;
    case StmtKind::AssignSuchThat:
      return &static_cast<const AssignSuchThatStmt*>(s)->lhs;
    case StmtKind::AssignOrReturn:
      return &static_cast<const AssignOrReturnStmt*>(s)->lhs;
    default:
      return nullptr;
  }
}

struct LabelStmt : Stmt {
  LabelStmt() : Stmt(StmtKind::Label) {}
  std::string label;
  SourceRange label_range;
  Stmt* body = nullptr;  // null for a label before the end of a block
};

struct YieldStmt : Stmt {
  YieldStmt() : Stmt(StmtKind::Yield) {}
  std::vector<Expr*> values;
};

// `...;` or `assert ...;` in a refining module.
struct SkeletonStmt : Stmt {
  SkeletonStmt() : Stmt(StmtKind::Skeleton) {}
  StmtKind of =
      StmtKind::Skeleton;     // Assert, Assume, Expect, Modify, If, While, or Skeleton for `...;`
  BlockStmt* body = nullptr;  // modify ... { }
  // `if ... { } else { }` and `while ... invariant p { }`: the IfStmt or WhileStmt whose guard
  // was left out (its cond is null).
  Stmt* inner = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Declarations.

struct Decl : Node {
  explicit Decl(DeclKind k) : kind(k) {}
  DeclKind kind;
  std::string name;
  SourceRange name_range;
  std::vector<Attribute> attributes;
  bool ghost = false;
  // Modifiers other than ghost and static: `opaque function`, `abstract module`, and `...` in
  // a refining declaration (`class C ... { }`, `method M...`).
  bool is_opaque = false;
  bool is_abstract = false;
  bool is_replaceable = false;
  bool refining = false;
};

// Whether the body of a function (or the value of a const) is hidden from the proofs of its
// users until a `reveal` statement shows it: the `opaque` modifier, or Dafny 3's `{:opaque}`.
inline bool IsOpaque(const Decl* d) {
  if (d->is_opaque) return true;
  for (const Attribute& a : d->attributes) {
    if (a.name == "opaque") return true;
  }
  return false;
}

struct TypeParam {
  SourceRange range;
  std::string name;
  std::string characteristics;    // "==", "0", "00", "!new", in parentheses as written
  char variance = 0;              // '+', '-', '*', '!' or 0
  std::vector<TypeExpr*> bounds;  // T extends Tr
};

enum class MethodFlavor : uint8_t {
  Method,
  Lemma,
  Constructor,
  TwoStateLemma,
  LeastLemma,
  GreatestLemma
};

struct MethodDecl : Decl {
  MethodDecl() : Decl(DeclKind::Method) {}
  MethodFlavor flavor = MethodFlavor::Method;
  bool is_static = false;
  std::vector<TypeParam> type_params;
  std::vector<Var*> ins;
  std::vector<Var*> outs;
  std::vector<Spec> requires_;
  std::vector<Spec> ensures;
  std::vector<Expr*> modifies;
  std::vector<Expr*> decreases;
  bool decreases_star = false;
  BlockStmt* body = nullptr;  // null for a body-less declaration
  // Added with the whole grammar: reads clauses on methods (Dafny 4.x); the k type of a least or
  // greatest lemma, "nat" or "ORDINAL" (lemma L[nat](x)); default values of in-parameters,
  // parallel to ins (null when absent); the index in body->stmts of the `new;` that divides a
  // constructor body (-1 when absent) and the position of its `new`.
  std::vector<Expr*> reads;
  std::string k_type;
  std::vector<Expr*> defaults;
  int new_divider = -1;
  SourceRange new_divider_at;
  // A reads or modifies clause marked {:assume_concurrent}: a {:concurrent} method's frame
  // is not checked to be empty.
  bool reads_assume_concurrent = false;
  bool modifies_assume_concurrent = false;
};

enum class FunctionFlavor : uint8_t {
  Function,
  Predicate,
  TwoStateFunction,
  TwoStatePredicate,
  LeastPredicate,
  GreatestPredicate
};
// The keywords that declare a function of this flavor ("function", "twostate predicate", ...),
// which are also Dafny's WhatKind of such a function in messages.
const char* FunctionFlavorKeyword(FunctionFlavor f);

struct FunctionDecl : Decl {
  FunctionDecl() : Decl(DeclKind::Function) {}
  FunctionFlavor flavor = FunctionFlavor::Function;
  bool is_static = false;
  std::vector<TypeParam> type_params;
  std::vector<Var*> params;
  Var* result = nullptr;            // named result `function f(): (r: int)`, or an unnamed one
  TypeExpr* result_type = nullptr;  // the declared result type (bool for predicates)
  std::vector<Spec> requires_;
  std::vector<Spec> ensures;
  std::vector<Expr*> reads;
  std::vector<Expr*> decreases;
  Expr* body = nullptr;                  // null for a body-less declaration
  BlockStmt* by_method = nullptr;        // function ... { e } by method { s }
  SourceRange by_tok;                    // the `by` of `by method`
  std::string k_type;                    // least predicate P[nat](x): "nat" or "ORDINAL"
  std::vector<Expr*> defaults;           // default values of params, parallel to params (or empty)
  bool reads_star = false;               // reads * (also listed in reads as a WildcardExpr)
  bool reads_assume_concurrent = false;  // reads {:assume_concurrent} ... (see MethodDecl)
};

struct ModuleDecl : Decl {
  ModuleDecl() : Decl(DeclKind::Module) {}
  bool is_default = false;
  std::vector<Decl*> decls;
  std::string refines;  // module B refines A: "A" (possibly qualified, "X.A")
  // name may be qualified ("A.B") for `module A.B { }`.
};

// import opened A.B`E, import X = A.B, import X : A.B. name is the local name (the alias, or the
// last segment of target).
struct ImportDecl : Decl {
  ImportDecl() : Decl(DeclKind::Import) {}
  bool opened = false;
  bool abstract_import = false;  // import X : A
  std::string target;            // "A.B"
  SourceRange target_range;
  std::vector<std::string> exports;  // A`E, A`{E, F}
};

struct ExportDecl : Decl {
  ExportDecl() : Decl(DeclKind::Export) {}
  // name is the export set's name ("" for the default export set `export provides ...`).
  std::vector<std::string> extends;
  std::vector<std::string> provides;  // "f", "C.m"
  std::vector<std::string> reveals;
  // Where each name of provides and reveals is: its last identifier (the member of `C.m`).
  std::vector<SourceRange> provides_at, reveals_at;
  bool provides_all = false;
  bool reveals_all = false;
};

// Class and Trait.
struct ClassDecl : Decl {
  using Decl::Decl;
  std::vector<TypeParam> type_params;
  std::vector<TypeExpr*> extends;
  std::vector<Decl*> members;  // Field, Const, Method, Function
};

struct DatatypeCtor {
  SourceRange range;
  std::string name;
  SourceRange name_range;
  std::vector<Attribute> attributes;
  bool ghost = false;
  std::vector<Var*> formals;    // an unnamed formal has an empty name: `Leaf(int)`
  std::vector<Expr*> defaults;  // parallel to formals (or empty)
};

struct DatatypeDecl : Decl {
  DatatypeDecl() : Decl(DeclKind::Datatype) {}
  bool co = false;  // codatatype
  std::vector<TypeParam> type_params;
  std::vector<TypeExpr*> extends;
  std::vector<DatatypeCtor> ctors;
  std::vector<Decl*> members;
};

enum class WitnessKind : uint8_t { None, Compiled, Ghost, Star };

// Newtype: `newtype N = x: int | p witness w`, `newtype N = int`.
// SubsetType: `type S = x: T | p witness w`.
struct NewtypeDecl : Decl {
  using Decl::Decl;
  std::vector<TypeParam> type_params;
  std::vector<TypeExpr*> extends;
  Var* var = nullptr;          // the bound variable, null for `newtype N = int`
  TypeExpr* base = nullptr;    // null when the bound variable's type is to be inferred
  Expr* constraint = nullptr;  // null for `newtype N = int`
  WitnessKind witness_kind = WitnessKind::None;
  Expr* witness = nullptr;
  std::vector<Decl*> members;
};

struct TypeSynonymDecl : Decl {
  TypeSynonymDecl() : Decl(DeclKind::TypeSynonym) {}
  std::string characteristics;  // type S(==)<T> = ...
  std::vector<TypeParam> type_params;
  TypeExpr* rhs = nullptr;
};

// type T, type T(==, 0)<U>, type T extends Tr { members }
struct OpaqueTypeDecl : Decl {
  OpaqueTypeDecl() : Decl(DeclKind::OpaqueType) {}
  std::string characteristics;
  std::vector<TypeParam> type_params;
  std::vector<TypeExpr*> extends;
  std::vector<Decl*> members;
};

struct ConstDecl : Decl {
  ConstDecl() : Decl(DeclKind::Const) {}
  bool is_static = false;
  TypeExpr* type = nullptr;  // null when inferred from init
  Expr* init = nullptr;      // null for a const without a value
};

struct FieldDecl : Decl {
  FieldDecl() : Decl(DeclKind::Field) {}
  bool is_static = false;
  TypeExpr* type = nullptr;
};

struct IteratorDecl : Decl {
  IteratorDecl() : Decl(DeclKind::Iterator) {}
  std::vector<TypeParam> type_params;
  std::vector<Var*> ins;
  std::vector<Var*> yields;
  std::vector<Spec> requires_;
  std::vector<Spec> ensures;
  std::vector<Spec> yield_requires;
  std::vector<Spec> yield_ensures;
  std::vector<Expr*> reads;
  std::vector<Expr*> modifies;
  std::vector<Expr*> decreases;
  BlockStmt* body = nullptr;
  // The class members Dafny gives an iterator, added by elaboration before resolution (the
  // parser leaves this empty): a const field per in-parameter, a field and a ghost history
  // field (`xs`) per yield-parameter, _reads, _modifies and _new, Valid(), the constructor, and
  // MoveNext(), which holds the iterator's specification and body.
  std::vector<Decl*> members;
};

struct Include {
  SourceRange range;
  std::string path;  // as written, relative to the including file
};

// The parse of one or more files: the default module holds every top-level declaration.
struct Program {
  Arena arena;
  ModuleDecl* default_module = nullptr;
  std::vector<FileId> files;
  std::vector<Include> includes;  // include "path" directives of every file, in order
};

}  // namespace dfy
