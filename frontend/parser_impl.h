// Internal to the parser: the Parser class shared by the parse_*.cpp files.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>

#include "frontend/ast.h"
#include "frontend/parser.h"

namespace dfy::parse {

// Thrown to unwind to the nearest recovery point after a syntax error was reported.
struct SyntaxError {};

class Parser {
 public:
  Parser(const TokenBuffer& tokens, Program& program, Diagnostics& diags)
      : toks_(tokens.tokens), file_(tokens.file), program_(program), diags_(diags) {
    // `to` and `downto` are not reserved in Dafny: only a for loop gives them a meaning.
    StripByteOrderMark();
    for (Token& t : toks_) {
      if (t.kind == TokenKind::KwTo || t.kind == TokenKind::KwDowUnto) {
        t.kind = TokenKind::Identifier;
      }
    }
  }

  void ParseFile();
  void StripByteOrderMark();

  // Modifiers written before a declaration.
  struct DeclModifiers {
    std::vector<Attribute> attributes;
    bool ghost = false;
    bool is_static = false;
    SourceRange static_at;  // the `static` keyword
    bool is_opaque = false;
    bool is_abstract = false;
    bool is_replaceable = false;
    uint32_t begin = UINT32_MAX;  // where the first modifier starts (Dafny's declaration does)
  };

  // Declarations (parse_decl.cpp).
  void ParseDecls(std::vector<Decl*>& out, bool top_level);
  void ParseDecl(std::vector<Decl*>& out);
  DeclModifiers ParseDeclModifiers();
  Attribute ParseAtAttribute();
  void ApplyModifiers(Decl* d, DeclModifiers& mods);
  bool AtMemberStart() const;
  MethodDecl* ParseMethod(bool ghost, bool is_static);
  FunctionDecl* ParseFunction(bool ghost, bool is_static);
  std::vector<TypeParam> ParseTypeParams();
  std::vector<Var*> ParseFormals(VarKind kind, std::vector<Expr*>* defaults = nullptr);
  Var* ParseFormal(VarKind kind, bool allow_untyped);
  std::string ParseKType();
  // in_expression: after `as`/`is`, where `x as T < y` compares (Dafny's inExpressionContext).
  TypeExpr* ParseType(bool in_expression = false);
  std::vector<Attribute> ParseAttributes();
  void SkipDeclaration(const Token& start);
  Spec ParseSpecExpr(bool allow_label, bool allow_lambda = false);
  std::vector<Expr*> ParseFrameList(bool allow_star, bool* assume_concurrent = nullptr);
  Expr* ParseFrameExpr(bool allow_star);
  std::vector<Expr*> ParseDecreasesList(bool& star, SourceRange* star_at = nullptr);
  // Dafny 3 allowed a `;` after specification clauses; Dafny 4 accepts it with a warning.
  void OptionalSemicolon() {
    if (!At(TokenKind::Semicolon)) return;
    diags_.Report(DiagKind::ParseWarning, Range(Cur()),
                  "deprecated style: a semi-colon is not needed here");
    Advance();
  }

  // Dafny's warning for an old spelling it still accepts (`colemma`, `inductive predicate`).
  void DeprecationWarning(const Token& at, const char* message) {
    diags_.Report(DiagKind::ParseWarning, Range(at), message);
  }

  // Dafny 4 warns at each skeleton statement of a refining method.
  void SkeletonWarning(const Token& at) {
    diags_.Report(DiagKind::ParseWarning, Range(at),
                  "the ... refinement feature in statements is deprecated");
  }

  // Modules, classes, datatypes and type declarations (parse_type_decl.cpp).
  Decl* ParseModule(DeclModifiers& mods);
  Decl* ParseImport();
  Decl* ParseExport();
  Decl* ParseClass(DeclModifiers& mods);
  Decl* ParseDatatype(DeclModifiers& mods);
  Decl* ParseNewtype(DeclModifiers& mods);
  Decl* ParseTypeDecl(DeclModifiers& mods);
  Decl* ParseIterator(DeclModifiers& mods);
  void ParseFieldDecl(DeclModifiers& mods, std::vector<Decl*>& out);
  Decl* ParseConstDecl(DeclModifiers& mods);
  void ParseMembers(std::vector<Decl*>& members);
  // `what`: the kind of declaration when it is not a class or trait ("datatype", "newtype",
  // "abstract type"), which Dafny accepts only with --general-traits.
  std::vector<TypeExpr*> ParseExtends(const char* what = nullptr);
  std::string ParseQualifiedName();
  void ParseWitness(NewtypeDecl* d);
  std::string ParseCharacteristics();
  std::string ParseCharacteristicList();
  std::vector<TypeExpr*> ParseTypeArgs();
  bool IsGenericInstantiation(bool in_expression) const;
  bool ScanTypeList(size_t& p, int& pending_gt) const;
  bool ScanType(size_t& p, int& pending_gt) const;
  bool ScanNonArrowType(size_t& p, int& pending_gt) const;

  // Statements (parse_stmt.cpp).
  // A constructor's body may be divided by `new;`: its index in stmts goes to *new_divider.
  BlockStmt* ParseBlock(int* new_divider = nullptr, SourceRange* new_divider_at = nullptr);
  Stmt* ParseStmt();
  Stmt* ParseVarDecl(bool ghost);
  Stmt* ParseIf();
  Stmt* ParseWhile();
  Stmt* WrapSkeleton(const Token& first, Stmt* s);
  Stmt* ParsePredicateStmt(StmtKind kind);
  Stmt* ParseUpdate();
  void LoopSpec(WhileStmt* loop);
  void LoopSpec(LoopSpecs& specs);
  void SyncToStatementEnd();
  Expr* ParseRhs();
  std::vector<Expr*> ParseRhsList();
  Stmt* ParseBreak();
  Stmt* ParseLabel();

  // Loops, alternatives, match, forall, calc and friends (parse_stmt_more.cpp).
  Stmt* ParseFor();
  Stmt* ParseMatchStmt();
  Stmt* ParseForallStmt();
  Stmt* ParseModify();
  Stmt* ParseCalc();
  Stmt* ParseReveal();
  Stmt* ParseYield();
  Stmt* ParseSkeleton();
  bool ParseCalcOp(CalcOp& op);
  std::vector<GuardedAlternative> ParseAlternatives(bool allow_binding);
  std::vector<Stmt*> ParseCaseBody();
  bool IsBindingGuard() const;
  std::vector<Var*> ParseBindingVars(std::vector<Attribute>& attrs);
  // in_var_decl: `var x :- e;` and `var x :| p;`, which name a missing `;` as Dafny does.
  Stmt* ParseAssignOrReturn(const Token& first, std::vector<Expr*> lhs, bool in_var_decl = false);
  Stmt* ParseAssignSuchThat(const Token& first, std::vector<Expr*> lhs, bool in_var_decl = false);
  void ExpectStatementEnd(bool in_var_decl);

  // Expressions (parse_expr.cpp).
  // allow_decreases_to: false for the components of a tuple, whose `decreases to` belongs to
  // the parentheses (Dafny's TupleArgs).
  Expr* ParseExpr(bool allow_decreases_to = true);
  Expr* ParseEquivalence();
  // `decreases to` or `nonincreases to` next (Dafny's IsDecreasesTo: `to` is an identifier).
  bool AtDecreasesTo() const;
  // After the olds: the keyword, `to`, and with `parenthesized` the (possibly empty) list.
  Expr* ParseDecreasesTo(std::vector<Expr*> olds, bool parenthesized);
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
  Expr* ParseAs();
  std::vector<Expr*> ParseExprList(TokenKind close);
  Expr* MakeBinary(BinaryOp op, const Token& op_tok, Expr* lhs, Expr* rhs);
  LiteralExpr* ParseLiteral(ExprKind kind);
  Expr* ParseNestedExpr();  // an expression inside brackets: lambdas and | allowed again
  std::vector<Expr*> ParseNestedExprList();
  std::vector<Expr*> ParseArguments();  // call arguments, possibly bound by name (x := e)
  Expr* ParseNameSegment();
  Expr* ParseSelectSuffix(Expr* e);
  Expr* ParseHashCall(Expr* callee, std::vector<TypeExpr*> type_args);
  Expr* ParseAtCallee(Expr* callee);
  bool AtAtCall() const;
  Expr* ParseTwoState(ExprKind kind);
  Expr* ParseParens();
  bool IsLambdaStart() const;
  bool AtMethodName() const;

  // Comprehensions, quantifiers, displays, lambdas, let and match (parse_comprehension.cpp).
  Expr* ParseQuantifier();
  QuantifierDomain ParseQuantifierDomain();
  Var* ParseIdentTypeOptional(VarKind kind);
  Expr* ParseSetComprehension();
  Expr* ParseMapExpr();
  Expr* ParseSetDisplay();
  Expr* ParseSeqExpr();
  Expr* ParseLambda();
  Expr* ParseLet();
  Expr* ParseMatchExpr();
  Expr* ParseStmtInExpr();
  Pattern* ParseCasePattern();
  Pattern* ParseExtendedPattern();
  Pattern* ParseSingleExtendedPattern();

  // Token helpers.
  const Token& Cur() const { return toks_[pos_]; }
  const Token& PeekAt(size_t ahead) const {
    return toks_[std::min(pos_ + ahead, toks_.size() - 1)];
  }
  bool At(TokenKind k) const { return Cur().kind == k; }
  // Keywords that start a declaration and never a statement.
  bool AtDeclarationKeyword() const {
    switch (Cur().kind) {
      case TokenKind::KwMethod:
      case TokenKind::KwLemma:
      case TokenKind::KwFunction:
      case TokenKind::KwPredicate:
      case TokenKind::KwClass:
      case TokenKind::KwDatatype:
      case TokenKind::KwCodatatype:
      case TokenKind::KwModule:
      case TokenKind::KwTrait:
      case TokenKind::KwConstructor:
      case TokenKind::KwIterator:
      case TokenKind::KwNewtype:
      case TokenKind::KwInclude:
      case TokenKind::KwImport:
        return true;
      default:
        return false;
    }
  }
  // Tokens that can start an expression (after Dafny's UnaryExpression and the leading bullet
  // of a conjunction or disjunction), and a type (after its TypeAndToken).
  bool AtExprStart() const {
    switch (Cur().kind) {
      case TokenKind::IntLiteral:
      case TokenKind::HexLiteral:
      case TokenKind::RealLiteral:
      case TokenKind::CharLiteral:
      case TokenKind::StringLiteral:
      case TokenKind::VerbatimStringLiteral:
      case TokenKind::KwTrue:
      case TokenKind::KwFalse:
      case TokenKind::KwNull:
      case TokenKind::KwThis:
      case TokenKind::Identifier:
      case TokenKind::LParen:
      case TokenKind::LBracket:
      case TokenKind::LBrace:
      case TokenKind::Bar:
      case TokenKind::Minus:
      case TokenKind::Bang:
      case TokenKind::BangBang:
      case TokenKind::AmpAmp:
      case TokenKind::BarBar:
      case TokenKind::ColonMinus:
      case TokenKind::KwIf:
      case TokenKind::KwMatch:
      case TokenKind::KwVar:
      case TokenKind::KwGhost:
      case TokenKind::KwOld:
      case TokenKind::KwFresh:
      case TokenKind::KwUnchanged:
      case TokenKind::KwAllocated:
      case TokenKind::KwForall:
      case TokenKind::KwExists:
      case TokenKind::KwSeq:
      case TokenKind::KwSet:
      case TokenKind::KwIset:
      case TokenKind::KwMultiset:
      case TokenKind::KwMap:
      case TokenKind::KwImap:
      case TokenKind::KwAssert:
      case TokenKind::KwAssume:
      case TokenKind::KwExpect:
      case TokenKind::KwCalc:
      case TokenKind::KwReveal:
        return true;
      default:
        return false;
    }
  }
  bool AtTypeKeyword() const {
    switch (Cur().kind) {
      case TokenKind::KwInt:
      case TokenKind::KwBool:
      case TokenKind::KwReal:
      case TokenKind::KwChar:
      case TokenKind::KwNat:
      case TokenKind::KwString:
      case TokenKind::KwObject:
      case TokenKind::KwOrdinal:
      case TokenKind::KwSeq:
      case TokenKind::KwSet:
      case TokenKind::KwIset:
      case TokenKind::KwMultiset:
      case TokenKind::KwMap:
      case TokenKind::KwImap:
        return true;
      default:
        return false;
    }
  }
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
  // Left-associative chains (a + b + c, a.b.c, f(x)(y), a < b < c) are built by loops, not
  // recursion, but later phases recurse over the tree they make: each link counts as one level
  // of nesting while the chain is parsed, so that no AST is deeper than kMaxDepth.
  struct ChainGuard {
    explicit ChainGuard(Parser& p) : p_(p) {}
    ~ChainGuard() { p_.depth_ -= added_; }
    void Step() {
      if (p_.depth_ + 1 > kMaxDepth) p_.TooDeep();
      ++p_.depth_;
      ++added_;
    }
    Parser& p_;
    int added_ = 0;
  };
  [[noreturn]] void TooDeep();

  std::vector<Token> toks_;  // a copy: `>>` is split in place when it closes two type lists
  FileId file_;
  Program& program_;
  Diagnostics& diags_;
  size_t pos_ = 0;
  bool function_syntax_3_ = false;  // --function-syntax:3
  bool allow_older_ = false;        // the formals being parsed may be declared `older`
  GeneralTraits general_traits_ = GeneralTraits::Legacy;  // --general-traits
  int depth_ = 0;
  // Position of the last reported error, so one mistake yields one diagnostic.
  size_t last_error_pos_ = SIZE_MAX;
  // Dafny's allowLambda and allowBitwiseOps: false in the guard of a case alternative and in
  // specification clauses (no lambdas), and inside |e| (no bitwise |), true again inside any
  // bracket.
  // And Dafny's allowLemma: whether `Lemma(args); e` may continue an expression, false where a
  // `;` ends the enclosing statement or clause.
  bool allow_lambda_ = true;
  bool allow_bitwise_ = true;
  bool allow_lemma_ = false;
  bool in_members_ = false;  // parsing the members of a class, trait or type (not a module)
  struct ExprFlags {
    ExprFlags(Parser& p, bool lambda, bool bitwise)
        : ExprFlags(p, lambda, bitwise, p.allow_lemma_) {}
    ExprFlags(Parser& p, bool lambda, bool bitwise, bool lemma)
        : p_(p), lambda_(p.allow_lambda_), bitwise_(p.allow_bitwise_), lemma_(p.allow_lemma_) {
      p.allow_lambda_ = lambda;
      p.allow_bitwise_ = bitwise;
      p.allow_lemma_ = lemma;
    }
    ~ExprFlags() {
      p_.allow_lambda_ = lambda_;
      p_.allow_bitwise_ = bitwise_;
      p_.allow_lemma_ = lemma_;
    }
    Parser& p_;
    bool lambda_, bitwise_, lemma_;
  };
};

}  // namespace dfy::parse
