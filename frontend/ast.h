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
};

struct Attribute {
  SourceRange range;
  std::string name;
  std::vector<struct Expr*> args;
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
};

// ---------------------------------------------------------------------------------------------
// Expressions.

enum class UnaryOp : uint8_t { Not, Negate };

enum class BinaryOp : uint8_t {
  Iff, Implies, Explies, And, Or,
  Eq, Neq, Lt, Le, Gt, Ge, In, NotIn, Disjoint,
  LeftShift, RightShift, Add, Sub, Mul, Div, Mod, BitAnd, BitOr, BitXor,
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
  std::string text;  // digits (underscores removed; hex keeps 0x), or decoded UTF-8 for strings
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
  std::string member;
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

struct IfThenElseExpr : Expr {
  IfThenElseExpr() : Expr(ExprKind::IfThenElse) {}
  Expr* cond = nullptr;
  Expr* then_branch = nullptr;
  Expr* else_branch = nullptr;
};

struct OldExpr : Expr {
  OldExpr() : Expr(ExprKind::Old) {}
  std::string label;  // old@L
  Expr* operand = nullptr;
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

struct VarDeclStmt : Stmt {
  VarDeclStmt() : Stmt(StmtKind::VarDecl) {}
  std::vector<Var*> vars;
  std::vector<Expr*> rhs;  // empty: declared only
};

struct AssignStmt : Stmt {
  AssignStmt() : Stmt(StmtKind::Assign) {}
  std::vector<Expr*> lhs;
  std::vector<Expr*> rhs;
};

struct CallStmt : Stmt {
  CallStmt() : Stmt(StmtKind::Call) {}
  CallExpr* call = nullptr;
};

struct IfStmt : Stmt {
  IfStmt() : Stmt(StmtKind::If) {}
  Expr* cond = nullptr;  // null for `if *`
  BlockStmt* then_branch = nullptr;
  Stmt* else_branch = nullptr;  // a BlockStmt, another IfStmt, or null
};

struct Spec {
  Expr* expr = nullptr;
  std::vector<Attribute> attributes;
};

struct WhileStmt : Stmt {
  WhileStmt() : Stmt(StmtKind::While) {}
  Expr* cond = nullptr;  // null for `while *`
  std::vector<Spec> invariants;
  std::vector<Expr*> decreases;
  bool decreases_star = false;
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
  Expr* message = nullptr;   // expect e, message
  BlockStmt* proof = nullptr;  // assert e by { }
  std::string label;           // assert L: e
};

struct PrintStmt : Stmt {
  PrintStmt() : Stmt(StmtKind::Print) {}
  std::vector<Expr*> args;
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
};

struct TypeParam {
  SourceRange range;
  std::string name;
  std::string characteristics;  // "==", "0", "00", "!new", in parentheses as written
  char variance = 0;            // '+', '-', '*', '!' or 0
};

enum class MethodFlavor : uint8_t { Method, Lemma, Constructor, TwoStateLemma, LeastLemma,
                                    GreatestLemma };

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
};

enum class FunctionFlavor : uint8_t { Function, Predicate, TwoStateFunction, TwoStatePredicate,
                                      LeastPredicate, GreatestPredicate };

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
  Expr* body = nullptr;        // null for a body-less declaration
  BlockStmt* by_method = nullptr;  // function ... { e } by method { s }
};

struct ModuleDecl : Decl {
  ModuleDecl() : Decl(DeclKind::Module) {}
  bool is_default = false;
  std::vector<Decl*> decls;
};

// The parse of one or more files: the default module holds every top-level declaration.
struct Program {
  Arena arena;
  ModuleDecl* default_module = nullptr;
  std::vector<FileId> files;
};

}  // namespace dfy
