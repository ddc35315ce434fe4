// Internal to the printer: the Printer class shared by printer.cpp (declarations),
// printer_stmt.cpp (statements) and printer_expr.cpp (expressions, types, patterns).
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.h"
#include "frontend/printer.h"

namespace dfy::print {

// Binding strength of the printed forms, lowest first, after the parser's precedence levels
// (parse_expr.cpp). An operand that binds less tightly than its position needs is
// parenthesized.
enum Prec : int {
  kOpen = 0,     // if-then-else, let, lambda, quantifiers, comprehensions: they extend rightwards
  kDecreasesTo,  // a decreases to b (unparenthesized; its operands are equivalences)
  kIff,
  kImplies,
  kLogical,
  kRelational,
  kShift,
  kAdditive,
  kMultiplicative,
  kBitwise,
  kAs,
  kUnary,
  kPrimary,  // may take a suffix: . [ (
};

class Printer {
 public:
  explicit Printer(PrintStyle style) : style_(style) {}

  std::string Take() { return std::move(out_); }
  void SetBodyRoot(const dfy::Expr* e) { body_root_ = e; }

  // Output. Line() ends the line; the next Write indents it (so no line has trailing blanks).
  void Write(std::string_view s);
  void Line();
  void BlankLine();
  bool tree() const { return style_ == PrintStyle::Tree; }

  // Declarations (printer.cpp).
  void Program(const dfy::Program& p);
  void Decls(const std::vector<Decl*>& decls);
  void Decl(const dfy::Decl* d);
  void Modifiers(const dfy::Decl* d, bool is_static, bool ghost_implied);
  void Attributes(const std::vector<Attribute>& attrs);  // each followed by a space
  void OneAttribute(const Attribute& a);
  void TypeParams(const std::vector<TypeParam>& params);
  void Formals(const std::vector<Var*>& vars, const std::vector<dfy::Expr*>* defaults);
  void Formal(const Var* v);
  void Specs(const char* keyword, const std::vector<dfy::Spec>& specs, bool allow_label);
  void Frames(const char* keyword, const std::vector<Expr*>& frames);
  void Decreases(const std::vector<Expr*>& list, bool star);
  void Members(const std::vector<dfy::Decl*>& members, bool always);
  void Method(const MethodDecl* m);
  void Function(const FunctionDecl* f);
  void Datatype(const DatatypeDecl* d);
  void Newtype(const NewtypeDecl* d);
  void Iterator(const IteratorDecl* it);
  void Import(const ImportDecl* d);
  void Export(const ExportDecl* d);

  // Statements (printer_stmt.cpp). A statement starts at the current position; statements
  // inside it go on lines of their own, one level deeper.
  void Stmt(const dfy::Stmt* s);
  void Block(const BlockStmt* b, int new_divider = -1);
  void StmtList(const std::vector<dfy::Stmt*>& stmts);
  void LoopSpecs(const dfy::LoopSpecs& specs);
  void Alternatives(const std::vector<GuardedAlternative>& cases);
  void VarDecl(const VarDeclStmt* v);
  void Predicate(const PredicateStmt* p);
  void Calc(const CalcStmt* c);
  void CalcOp(const dfy::CalcOp& op);
  void ForallStmt(const dfy::ForallStmt* f);

  // Expressions, types and patterns (printer_expr.cpp). `need`: the binding strength the
  // position requires; `followed`: an operator may follow, so an expression that extends
  // rightwards must be parenthesized.
  void Expr(const dfy::Expr* e, int need = kOpen, bool followed = false);
  void ExprList(const std::vector<dfy::Expr*>& list);
  void Type(const TypeExpr* t);
  void TypeArgs(const std::vector<TypeExpr*>& args);
  void Pattern(const dfy::Pattern* p);
  void Domain(const QuantifierDomain& d);
  void BoundVar(const Var* v);
  void StringLiteral(const std::u32string& chars, char quote);

 private:
  int ExprPrec(const dfy::Expr* e) const;
  void ExprBody(const dfy::Expr* e, bool followed);
  void BodySeparator(const dfy::Expr* e, const dfy::Expr* body);
  void Binary(const BinaryExpr* b, bool followed);
  void Chain(const dfy::Expr* e, bool followed);

  PrintStyle style_;
  bool ellipsis_guard_ = false;  // the next omitted guard is a skeleton's `...`
  std::string out_;
  // The expression that may break lines between a `var x := e;` or `assert p;` and its body: a
  // function's body, and then the body of each such expression at its head. Elsewhere they go
  // on one line.
  const dfy::Expr* body_root_ = nullptr;
  int indent_ = 0;
  bool line_start_ = true;

 public:
  struct Indent {
    explicit Indent(Printer& p) : p_(p) { ++p_.indent_; }
    ~Indent() { --p_.indent_; }
    Printer& p_;
  };
};

// Whether `e` is an `&&` that the parser built from a chain `a < b <= c` (its right conjunct
// shares its left operand with the rightmost comparison of its left conjunct).
bool IsChainAnd(const dfy::Expr* e);
bool IsImpliedDisjoint(const dfy::BinaryExpr* b);
bool IsComparison(const dfy::Expr* e);

}  // namespace dfy::print
