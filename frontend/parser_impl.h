// Internal to the parser: the Parser class shared by parse_decl.cpp, parse_stmt.cpp and
// parse_expr.cpp.
#pragma once

#include <string>

#include "frontend/ast.h"
#include "frontend/parser.h"

namespace dfy::parse {

// Thrown to unwind to the nearest recovery point after a syntax error was reported.
struct SyntaxError {};

class Parser {
 public:
  Parser(const TokenBuffer& tokens, Program& program, Diagnostics& diags)
      : toks_(tokens.tokens), file_(tokens.file), program_(program), diags_(diags) {}

  void ParseFile();

  // Declarations (parse_decl.cpp).
  Decl* ParseTopDecl();
  MethodDecl* ParseMethod(bool ghost, bool is_static);
  FunctionDecl* ParseFunction(bool ghost, bool is_static);
  std::vector<TypeParam> ParseTypeParams();
  std::vector<Var*> ParseFormals(VarKind kind);
  Var* ParseFormal(VarKind kind, bool allow_untyped);
  TypeExpr* ParseType();
  std::vector<Attribute> ParseAttributes();
  void SkipDeclaration(const Token& start);

  // Statements (parse_stmt.cpp).
  BlockStmt* ParseBlock();
  Stmt* ParseStmt();
  Stmt* ParseVarDecl(bool ghost);
  Stmt* ParseIf();
  Stmt* ParseWhile();
  Stmt* ParsePredicateStmt(StmtKind kind);
  Stmt* ParseUpdate();
  void LoopSpec(WhileStmt* loop);
  void SyncToStatementEnd();

  // Expressions (parse_expr.cpp).
  Expr* ParseExpr();
  Expr* ParseEquivalence();
  Expr* ParseImplies();
  Expr* ParseLogical();
  Expr* ParseRelational();
  Expr* ParseShift();
  Expr* ParseTerm();
  Expr* ParseFactor();
  Expr* ParseBitwise();
  Expr* ParseUnary();
  Expr* ParseSuffixes(Expr* e);
  Expr* ParsePrimary();
  std::vector<Expr*> ParseExprList(TokenKind close);
  Expr* MakeBinary(BinaryOp op, const Token& op_tok, Expr* lhs, Expr* rhs);
  LiteralExpr* ParseLiteral(ExprKind kind);

  // Token helpers.
  const Token& Cur() const { return toks_[pos_]; }
  const Token& PeekAt(size_t ahead) const {
    return toks_[std::min(pos_ + ahead, toks_.size() - 1)];
  }
  bool At(TokenKind k) const { return Cur().kind == k; }
  bool AtIdent(std::string_view word) const {
    return Cur().kind == TokenKind::Identifier && Cur().text == word;
  }
  const Token& Advance() {
    const Token& t = toks_[pos_];
    if (pos_ + 1 < toks_.size()) ++pos_;
    return t;
  }
  bool Accept(TokenKind k) {
    if (!At(k)) return false;
    Advance();
    return true;
  }
  const Token& Expect(TokenKind k, std::string_view context = {});
  std::string ExpectIdent();
  [[noreturn]] void Fail(const Token& at, std::string message);
  [[noreturn]] void Unsupported(const Token& at, std::string what);
  SourceRange Range(const Token& t) const { return SourceRange{file_, t.begin, t.end}; }
  SourceRange RangeFrom(const Token& first) const {
    uint32_t end = pos_ > 0 ? toks_[pos_ - 1].end : first.end;
    return SourceRange{file_, first.begin, std::max(end, first.end)};
  }
  template <typename T>
  T* NewExpr(const Token& first) {
    T* e = program_.arena.New<T>();
    e->id = program_.arena.NextExprId();
    e->range = Range(first);
    e->tok = Range(first);
    return e;
  }
  template <typename T, typename... Args>
  T* NewStmt(const Token& first, Args&&... args) {
    T* s = program_.arena.New<T>(std::forward<Args>(args)...);
    s->id = program_.arena.NextStmtId();
    s->range = Range(first);
    return s;
  }
  Var* NewVar(VarKind kind, const Token& name_tok);

  // Bounded recursion: a construct nested deeper than kMaxDepth is a diagnostic, not a crash.
  struct DepthGuard {
    explicit DepthGuard(Parser& p);
    ~DepthGuard() { --p_.depth_; }
    Parser& p_;
  };
  static constexpr int kMaxDepth = 400;

  std::vector<Token> toks_;  // a copy: `>>` is split in place when it closes two type lists
  FileId file_;
  Program& program_;
  Diagnostics& diags_;
  size_t pos_ = 0;
  int depth_ = 0;
  // Position of the last reported error, so one mistake yields one diagnostic.
  size_t last_error_pos_ = SIZE_MAX;
};

}  // namespace dfy::parse
