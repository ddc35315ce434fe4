// Parsing of statements: blocks, variable declarations, assignments and calls, if, while,
// assert/assume/expect, return, print, break/continue and labels. Loops with alternatives,
// match, forall, modify, calc and reveal are in parse_stmt_more.cpp.
#include <fmt/format.h>

#include "frontend/parser_impl.h"

namespace dfy::parse {

BlockStmt* Parser::ParseBlock(int* new_divider, SourceRange* new_divider_at) {
  DepthGuard guard(*this);
  ExprFlags flags(*this, true, true, false);
  const Token& open = Expect(TokenKind::LBrace);
  BlockStmt* block = NewStmt<BlockStmt>(open);
  while (!At(TokenKind::RBrace) && !At(TokenKind::EndOfFile)) {
    size_t before = pos_;
    // A declaration keyword cannot start a statement: the block was not closed.
    if (AtDeclarationKeyword()) Fail(Cur(), "rbrace expected");
    if (new_divider && At(TokenKind::KwNew) && PeekAt(1).kind == TokenKind::Semicolon) {
      *new_divider = static_cast<int>(block->stmts.size());
      if (new_divider_at) *new_divider_at = SourceRange{file_, Cur().begin, Cur().end};
      Advance();
      Advance();
      continue;
    }
    try {
      block->stmts.push_back(ParseStmt());
    } catch (const SyntaxError&) {
      if (last_error_pos_ == SIZE_MAX - 1 || AtDeclarationKeyword()) throw;
      if (pos_ == before && !At(TokenKind::RBrace)) Advance();
      SyncToStatementEnd();
    }
  }
  Expect(TokenKind::RBrace);
  block->range = RangeFrom(open);
  return block;
}

// Error recovery: skip to just after the next `;` at this nesting level, or to the `}` that
// closes the enclosing block.
void Parser::SyncToStatementEnd() {
  int depth = 0;
  while (!At(TokenKind::EndOfFile)) {
    if (At(TokenKind::LBrace)) {
      ++depth;
    } else if (At(TokenKind::RBrace)) {
      if (depth == 0) return;
      --depth;
    } else if (At(TokenKind::Semicolon) && depth == 0) {
      Advance();
      return;
    }
    Advance();
  }
}

Stmt* Parser::ParseStmt() {
  DepthGuard guard(*this);
  const Token& first = Cur();
  switch (first.kind) {
    case TokenKind::LBrace:
      return ParseBlock();
    case TokenKind::KwVar:
      return ParseVarDecl(false);
    case TokenKind::KwGhost:
      Advance();
      if (!At(TokenKind::KwVar)) Unsupported(Cur(), "ghost statements other than 'ghost var'");
      return ParseVarDecl(true);
    case TokenKind::KwIf:
      return ParseIf();
    case TokenKind::KwWhile:
      return ParseWhile();
    case TokenKind::KwFor:
      return ParseFor();
    case TokenKind::KwAssert:
      return ParsePredicateStmt(StmtKind::Assert);
    case TokenKind::KwAssume:
      return ParsePredicateStmt(StmtKind::Assume);
    case TokenKind::KwExpect:
      return ParsePredicateStmt(StmtKind::Expect);
    case TokenKind::KwReturn: {
      Advance();
      auto* r = NewStmt<ReturnStmt>(first);
      r->attributes = ParseAttributes();
      if (!At(TokenKind::Semicolon)) r->values = ParseRhsList();
      Expect(TokenKind::Semicolon);
      r->range = RangeFrom(first);
      return r;
    }
    case TokenKind::KwPrint: {
      Advance();
      auto* p = NewStmt<PrintStmt>(first);
      p->args = ParseExprList(TokenKind::Semicolon);
      Expect(TokenKind::Semicolon);
      p->range = RangeFrom(first);
      return p;
    }
    case TokenKind::KwMatch:
      return ParseMatchStmt();
    case TokenKind::KwForall:
      return ParseForallStmt();
    case TokenKind::KwModify:
      return ParseModify();
    case TokenKind::KwCalc:
      return ParseCalc();
    case TokenKind::KwReveal:
      return ParseReveal();
    case TokenKind::KwBreak:
    case TokenKind::KwContinue:
      return ParseBreak();
    case TokenKind::KwLabel:
      return ParseLabel();
    case TokenKind::KwYield:
      return ParseYield();
    case TokenKind::Ellipsis:
      return ParseSkeleton();
    case TokenKind::ColonMinus:
      return ParseAssignOrReturn(first, {});
    default:
      if (AtIdent("hide") &&
          (PeekAt(1).kind == TokenKind::Star || PeekAt(1).kind == TokenKind::Identifier)) {
        return ParseReveal();
      }
      return ParseUpdate();
  }
}

// The right-hand side of :=, return and yield: `new ...`, `*`, or an expression, each
// possibly followed by attributes.
Expr* Parser::ParseRhs() {
  DepthGuard guard(*this);
  const Token& first = Cur();
  Expr* result = nullptr;
  if (!AtExprStart() && !At(TokenKind::Star) && !At(TokenKind::KwNew)) Fail(Cur(), "invalid Rhs");
  if (Accept(TokenKind::Star)) {
    result = NewExpr<WildcardExpr>(first);
  } else if (Accept(TokenKind::KwNew)) {
    ExprFlags flags(*this, true, true, true);
    auto* n = NewExpr<NewRhsExpr>(first);
    if (!At(TokenKind::LBracket)) n->type = ParseType();
    if (Accept(TokenKind::LBracket)) {
      n->is_array = true;
      if (Accept(TokenKind::RBracket)) {
        // new T[][a, b]: the size comes from the display.
        Expect(TokenKind::LBracket);
        n->has_elements = true;
        if (!At(TokenKind::RBracket)) n->elements = ParseExprList(TokenKind::RBracket);
        Expect(TokenKind::RBracket);
      } else {
        n->dims = ParseExprList(TokenKind::RBracket);
        Expect(TokenKind::RBracket);
        if (Accept(TokenKind::LParen)) {
          n->init = ParseExpr();
          Expect(TokenKind::RParen);
        } else if (Accept(TokenKind::LBracket)) {
          n->has_elements = true;
          if (!At(TokenKind::RBracket)) n->elements = ParseExprList(TokenKind::RBracket);
          Expect(TokenKind::RBracket);
        }
      }
    } else if (Accept(TokenKind::LParen)) {
      n->has_args = true;
      if (!At(TokenKind::RParen)) n->args = ParseArguments();
      Expect(TokenKind::RParen);
    }
    n->range = RangeFrom(first);
    result = n;
  } else {
    result = ParseExpr();
  }
  ParseAttributes();
  return result;
}

std::vector<Expr*> Parser::ParseRhsList() {
  std::vector<Expr*> list;
  do {
    list.push_back(ParseRhs());
  } while (Accept(TokenKind::Comma));
  return list;
}

static NameExpr* NameOf(Parser& p, Var* v) {
  auto* n = p.program_.arena.New<NameExpr>();
  n->id = p.program_.arena.NextExprId();
  n->range = v->range;
  n->tok = v->range;
  n->name = v->name;
  return n;
}

static void CollectPatternVars(const Pattern* pat, std::vector<Var*>& out) {
  if (pat->var) out.push_back(pat->var);
  for (const Pattern* q : pat->args) CollectPatternVars(q, out);
}

Stmt* Parser::ParseVarDecl(bool ghost) {
  const Token& first = Expect(TokenKind::KwVar);
  std::vector<Attribute> attrs = ParseAttributes();
  // var (a, b) := e;  var C(x, y) := e;
  if (At(TokenKind::LParen) || (At(TokenKind::Identifier) && PeekAt(1).kind == TokenKind::LParen)) {
    auto* decl = NewStmt<VarDeclStmt>(first, StmtKind::VarDeclUpdate);
    decl->attributes = std::move(attrs);
    decl->pattern = ParseCasePattern();
    CollectPatternVars(decl->pattern, decl->vars);
    for (Var* v : decl->vars) {
      v->kind = VarKind::Local;
      v->ghost = v->ghost || ghost;
    }
    ParseAttributes();
    if (!Accept(TokenKind::ColonEq) && !Accept(TokenKind::ColonBar)) {
      Fail(Cur(), "this symbol not expected in VarDeclStatement");
    }
    decl->rhs.push_back(ParseExpr());
    Expect(TokenKind::Semicolon, "VarDeclStatement");
    decl->range = RangeFrom(first);
    return decl;
  }
  auto* decl = NewStmt<VarDeclStmt>(first);
  decl->attributes = std::move(attrs);
  do {
    ParseAttributes();
    Var* v = ParseFormal(VarKind::Local, true);
    v->ghost = v->ghost || ghost;
    decl->vars.push_back(v);
  } while (Accept(TokenKind::Comma));
  if (At(TokenKind::ColonEq) || At(TokenKind::Eq)) {
    decl->op = Range(Advance());
    decl->rhs = ParseRhsList();
  } else {
    ParseAttributes();
    if (At(TokenKind::ColonBar) || At(TokenKind::ColonMinus)) {
      std::vector<Expr*> lhs;
      for (Var* v : decl->vars) lhs.push_back(NameOf(*this, v));
      const Token& op = Cur();
      decl->kind = StmtKind::VarDeclUpdate;
      decl->update = op.kind == TokenKind::ColonBar ? ParseAssignSuchThat(op, std::move(lhs), true)
                                                    : ParseAssignOrReturn(op, std::move(lhs), true);
      decl->range = RangeFrom(first);
      return decl;
    }
  }
  if (Accept(TokenKind::KwBy)) {
    Unsupported(toks_[pos_ - 1], "'by' proofs of variable declarations");
  }
  Expect(TokenKind::Semicolon, "VarDeclStatement");
  decl->range = RangeFrom(first);
  return decl;
}

// x :| [assume] p;   (the statement ends with its semicolon)
// The `;` that ends an assignment; Dafny names its absence after the production it is in.
void Parser::ExpectStatementEnd(bool in_var_decl) {
  if (Accept(TokenKind::Semicolon)) return;
  Fail(Cur(),
       in_var_decl ? "this symbol not expected in VarDeclStatement" : "invalid AssignStatement");
}

Stmt* Parser::ParseAssignSuchThat(const Token& first, std::vector<Expr*> lhs, bool in_var_decl) {
  const Token& bar = Expect(TokenKind::ColonBar);
  auto* s = NewStmt<AssignSuchThatStmt>(first);
  s->lhs = std::move(lhs);
  if (At(TokenKind::KwAssume)) {
    const Token& kw = Advance();
    s->assume = true;
    s->assume_at = SourceRange{file_, kw.begin, kw.end};
    s->assume_attributes = ParseAttributes();
  }
  {
    ExprFlags flags(*this, true, true, false);
    s->expr = ParseExpr();
  }
  if (Accept(TokenKind::KwBy)) {
    Unsupported(toks_[pos_ - 1], "'by' proofs of assign-such-that statements");
  }
  ExpectStatementEnd(in_var_decl);
  s->op = RangeFrom(bar);
  s->range = RangeFrom(first);
  return s;
}

// [lhs] :- [expect|assert|assume] e {, rhs};
Stmt* Parser::ParseAssignOrReturn(const Token& first, std::vector<Expr*> lhs, bool in_var_decl) {
  SourceRange op = Range(Cur());
  Expect(TokenKind::ColonMinus);
  auto* s = NewStmt<AssignOrReturnStmt>(first);
  s->op = op;
  s->lhs = std::move(lhs);
  if (At(TokenKind::KwExpect) || At(TokenKind::KwAssert) || At(TokenKind::KwAssume)) {
    s->keyword = std::string(Advance().text);
    ParseAttributes();
  }
  {
    ExprFlags flags(*this, false, true, false);
    s->rhs.push_back(ParseExpr());
  }
  ParseAttributes();
  while (Accept(TokenKind::Comma)) s->rhs.push_back(ParseRhs());
  ExpectStatementEnd(in_var_decl);
  s->range = RangeFrom(first);
  return s;
}

bool Parser::IsBindingGuard() const {
  if (!At(TokenKind::Identifier)) return false;
  TokenKind k = PeekAt(1).kind;
  return k == TokenKind::Colon || k == TokenKind::Comma || k == TokenKind::ColonBar ||
         (k == TokenKind::LBrace && PeekAt(2).kind == TokenKind::Colon);
}

// x, y: T {:attr} :| (the caller parses the predicate).
std::vector<Var*> Parser::ParseBindingVars(std::vector<Attribute>& attrs) {
  std::vector<Var*> vars;
  do {
    vars.push_back(ParseIdentTypeOptional(VarKind::Bound));
  } while (Accept(TokenKind::Comma));
  attrs = ParseAttributes();
  Expect(TokenKind::ColonBar);
  return vars;
}

Stmt* Parser::ParseIf() {
  DepthGuard guard(*this);  // else-if chains nest
  const Token& first = Expect(TokenKind::KwIf);
  std::vector<Attribute> attrs = ParseAttributes();
  if ((At(TokenKind::LBrace) && PeekAt(1).kind == TokenKind::KwCase) || At(TokenKind::KwCase)) {
    auto* s = NewStmt<AlternativeIfStmt>(first);
    s->attributes = std::move(attrs);
    s->cases = ParseAlternatives(true);
    s->range = RangeFrom(first);
    return s;
  }
  IfStmt* s = nullptr;
  bool skeleton = false;  // if ... { } in a refining method
  if (IsBindingGuard()) {
    s = NewStmt<IfStmt>(first, StmtKind::BindingIf);
    std::vector<Attribute> guard_attrs;
    s->bound_vars = ParseBindingVars(guard_attrs);
    s->cond = ParseExpr();
  } else {
    s = NewStmt<IfStmt>(first);
    if (At(TokenKind::LParen) && PeekAt(1).kind == TokenKind::Star &&
        PeekAt(2).kind == TokenKind::RParen) {
      pos_ += 3;
    } else if (At(TokenKind::Ellipsis)) {
      SkeletonWarning(Advance());
      skeleton = true;
    } else if (!Accept(TokenKind::Star)) {
      ExprFlags flags(*this, true, true, true);
      s->cond = ParseExpr();
    }
  }
  s->attributes = std::move(attrs);
  s->then_branch = ParseBlock();
  if (Accept(TokenKind::KwElse)) {
    if (At(TokenKind::KwIf)) {
      s->else_branch = ParseIf();
    } else if (!At(TokenKind::LBrace)) {
      Fail(Cur(), "invalid IfStmt");
    } else {
      ParseAttributes();
      s->else_branch = ParseBlock();
    }
  }
  s->range = RangeFrom(first);
  return skeleton ? WrapSkeleton(first, s) : s;
}

void Parser::LoopSpec(LoopSpecs& specs) {
  for (;;) {
    if (Accept(TokenKind::KwInvariant)) {
      specs.invariants.push_back(ParseSpecExpr(false, true));
    } else if (Accept(TokenKind::KwDecreases)) {
      auto ds = ParseDecreasesList(specs.decreases_star, &specs.decreases_star_at);
      specs.decreases.insert(specs.decreases.end(), ds.begin(), ds.end());
    } else if (Accept(TokenKind::KwModifies)) {
      auto ms = ParseFrameList(false);
      specs.modifies.insert(specs.modifies.end(), ms.begin(), ms.end());
    } else {
      return;
    }
  }
}

void Parser::LoopSpec(WhileStmt* loop) {
  LoopSpecs specs;
  LoopSpec(specs);
  loop->invariants = std::move(specs.invariants);
  loop->decreases = std::move(specs.decreases);
  loop->decreases_star = specs.decreases_star;
  loop->decreases_star_at = specs.decreases_star_at;
  loop->modifies = std::move(specs.modifies);
}

Stmt* Parser::ParseWhile() {
  const Token& first = Expect(TokenKind::KwWhile);
  std::vector<Attribute> attrs = ParseAttributes();
  if (At(TokenKind::KwInvariant) || At(TokenKind::KwDecreases) || At(TokenKind::KwModifies) ||
      At(TokenKind::KwCase) || (At(TokenKind::LBrace) && PeekAt(1).kind == TokenKind::KwCase)) {
    auto* s = NewStmt<AlternativeWhileStmt>(first);
    s->attributes = std::move(attrs);
    LoopSpec(s->specs);
    s->cases = ParseAlternatives(false);
    s->range = RangeFrom(first);
    return s;
  }
  auto* s = NewStmt<WhileStmt>(first);
  s->attributes = std::move(attrs);
  s->range = Range(first);
  bool skeleton = false;
  if (At(TokenKind::LParen) && PeekAt(1).kind == TokenKind::Star &&
      PeekAt(2).kind == TokenKind::RParen) {
    pos_ += 3;
  } else if (At(TokenKind::Ellipsis)) {
    SkeletonWarning(Advance());
    skeleton = true;
  } else if (!Accept(TokenKind::Star)) {
    ExprFlags flags(*this, true, true, true);
    s->cond = ParseExpr();
  }
  LoopSpec(s);
  if (At(TokenKind::LBrace)) {
    s->body = ParseBlock();
  } else {
    Accept(TokenKind::Ellipsis);
  }
  s->range = RangeFrom(first);
  return skeleton ? WrapSkeleton(first, s) : s;
}

// `if ... { }` and `while ... { }`: a skeleton statement holding the statement without guard.
Stmt* Parser::WrapSkeleton(const Token& first, Stmt* s) {
  auto* sk = NewStmt<SkeletonStmt>(first);
  sk->of = s->kind;
  sk->inner = s;
  sk->range = s->range;
  return sk;
}

Stmt* Parser::ParsePredicateStmt(StmtKind kind) {
  const Token& first = Advance();
  std::vector<Attribute> attrs = ParseAttributes();
  if (At(TokenKind::Ellipsis)) {
    SkeletonWarning(Advance());
    auto* sk = NewStmt<SkeletonStmt>(first);
    sk->of = kind;
    sk->attributes = std::move(attrs);
    Expect(TokenKind::Semicolon);
    sk->range = RangeFrom(first);
    return sk;
  }
  auto* s = NewStmt<PredicateStmt>(first, kind);
  s->attributes = std::move(attrs);
  if (kind == StmtKind::Assert && (At(TokenKind::Identifier) || At(TokenKind::IntLiteral)) &&
      PeekAt(1).kind == TokenKind::Colon) {
    s->label = std::string(Advance().text);
    Advance();
  }
  {
    ExprFlags flags(*this, kind != StmtKind::Assume, true, false);
    s->expr = ParseExpr();
  }
  if (kind == StmtKind::Expect && Accept(TokenKind::Comma)) s->message = ParseExpr();
  if (kind == StmtKind::Assert && Accept(TokenKind::KwBy)) {
    s->proof = ParseBlock();
    s->range = RangeFrom(first);
    return s;
  }
  if (kind == StmtKind::Assert && !At(TokenKind::Semicolon)) {
    // Dafny points at the end of the assertion.
    Fail(toks_[pos_ - 1], "expected either 'by' or a semicolon following the assert expression");
  }
  Expect(TokenKind::Semicolon);
  s->range = RangeFrom(first);
  return s;
}

// An assignment `lhs, ... := rhs, ...;`, `lhs :| p;`, `lhs :- e;`, or a call statement
// `M(args);`.
Stmt* Parser::ParseUpdate() {
  const Token& first = Cur();
  std::vector<Expr*> lhs = ParseExprList(TokenKind::EndOfFile);
  ParseAttributes();
  if (Accept(TokenKind::Semicolon)) {
    if (lhs.size() == 1 && lhs[0]->kind == ExprKind::Call) {
      auto* s = NewStmt<CallStmt>(first);
      s->call = static_cast<CallExpr*>(lhs[0]);
      s->range = RangeFrom(first);
      return s;
    }
    Fail(toks_[pos_ - 1], "this symbol not expected in UpdateStmt");
  }
  if (At(TokenKind::ColonBar)) return ParseAssignSuchThat(first, std::move(lhs));
  if (At(TokenKind::ColonMinus)) return ParseAssignOrReturn(first, std::move(lhs));
  if (!At(TokenKind::ColonEq)) Fail(first, "missing semicolon at end of statement");
  auto* s = NewStmt<AssignStmt>(first);
  s->op = Range(Advance());
  s->lhs = std::move(lhs);
  s->rhs = ParseRhsList();
  if (Accept(TokenKind::KwBy)) {
    Unsupported(toks_[pos_ - 1], "'by' proofs of assignments");
  }
  ExpectStatementEnd(false);
  s->range = RangeFrom(first);
  return s;
}

// break; break L; break break; break continue; continue; continue L;
Stmt* Parser::ParseBreak() {
  const Token& first = Cur();
  auto* s = NewStmt<BreakStmt>(first, StmtKind::Break);
  if (Accept(TokenKind::KwContinue)) {
    s->kind = StmtKind::Continue;
    s->attributes = ParseAttributes();
    if (At(TokenKind::Identifier) || At(TokenKind::IntLiteral)) {
      s->label_range = Range(Cur());
      s->label = std::string(Advance().text);
    }
  } else {
    Expect(TokenKind::KwBreak);
    if (At(TokenKind::Identifier) || At(TokenKind::IntLiteral)) {
      s->label_range = Range(Cur());
      s->label = std::string(Advance().text);
    } else {
      while (Accept(TokenKind::KwBreak)) ++s->count;
      // `break continue;` leaves the innermost loop and continues the next one: its target is
      // the second enclosing loop.
      if (Accept(TokenKind::KwContinue)) {
        s->kind = StmtKind::Continue;
        ++s->count;
      }
      if (!At(TokenKind::Semicolon)) Fail(Cur(), "invalid BreakOrContinueStmt");
    }
  }
  Expect(TokenKind::Semicolon, "BreakStmt");
  s->range = RangeFrom(first);
  return s;
}

// label L: S, where S is a loop, if, block, or another label; or a label alone.
Stmt* Parser::ParseLabel() {
  const Token& first = Expect(TokenKind::KwLabel);
  auto* s = NewStmt<LabelStmt>(first);
  if (!At(TokenKind::Identifier) && !At(TokenKind::IntLiteral)) {
    Fail(Cur(), "invalid NoUSIdentOrDigits");
  }
  const Token& name = Advance();
  s->label = std::string(name.text);
  s->label_range = Range(name);
  Expect(TokenKind::Colon);
  switch (Cur().kind) {
    case TokenKind::KwWhile:
    case TokenKind::KwFor:
    case TokenKind::KwIf:
    case TokenKind::LBrace:
    case TokenKind::KwLabel:
      s->body = ParseStmt();
      break;
    default:
      break;
  }
  s->range = RangeFrom(first);
  return s;
}

}  // namespace dfy::parse
