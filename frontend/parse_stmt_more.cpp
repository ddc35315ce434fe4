// Parsing of for loops, case alternatives of if and while, match, forall, modify, calc,
// reveal, yield and skeleton statements.
#include "frontend/parser_impl.h"

namespace dfy::parse {

Stmt* Parser::ParseFor() {
  const Token& first = Expect(TokenKind::KwFor);
  auto* s = NewStmt<ForStmt>(first);
  s->attributes = ParseAttributes();
  s->var = ParseIdentTypeOptional(VarKind::Local);
  Expect(TokenKind::ColonEq);
  {
    ExprFlags flags(*this, false, true, false);
    s->lo = ParseExpr();
  }
  if (AtIdent("downto")) {
    Advance();
    s->down = true;
  } else if (AtIdent("to")) {
    Advance();
  } else if (!At(TokenKind::Identifier)) {
    Fail(Cur(), "ident expected");
  } else {
    Fail(Cur(), "Expected 'to' or 'downto'");
  }
  if (At(TokenKind::Star)) {
    s->hi = NewExpr<WildcardExpr>(Advance());
  } else {
    ExprFlags flags(*this, false, true, false);
    s->hi = ParseExpr();
  }
  LoopSpec(s->specs);
  if (At(TokenKind::LBrace)) s->body = ParseBlock();
  s->range = RangeFrom(first);
  return s;
}

// The statements of a case, up to the next `case`, the closing `}`, or the end of the file.
std::vector<Stmt*> Parser::ParseCaseBody() {
  std::vector<Stmt*> body;
  while (!At(TokenKind::KwCase) && !At(TokenKind::RBrace) && !At(TokenKind::EndOfFile)) {
    size_t before = pos_;
    try {
      body.push_back(ParseStmt());
    } catch (const SyntaxError&) {
      if (last_error_pos_ == SIZE_MAX - 1) throw;
      if (pos_ == before && !At(TokenKind::RBrace)) Advance();
      SyncToStatementEnd();
    }
  }
  return body;
}

// "{" { case } "}" or case { case } (the braces are optional).
std::vector<GuardedAlternative> Parser::ParseAlternatives(bool allow_binding) {
  DepthGuard guard(*this);
  std::vector<GuardedAlternative> cases;
  bool braces = Accept(TokenKind::LBrace);
  while (At(TokenKind::KwCase)) {
    const Token& kw = Advance();
    GuardedAlternative alt;
    alt.attributes = ParseAttributes();
    if (allow_binding && IsBindingGuard()) {
      std::vector<Attribute> attrs;
      alt.bound_vars = ParseBindingVars(attrs);
      ExprFlags flags(*this, false, true, true);
      alt.guard = ParseExpr();
    } else {
      ExprFlags flags(*this, false, true, true);
      alt.guard = ParseExpr();
    }
    Expect(TokenKind::EqGt);
    alt.body = ParseCaseBody();
    alt.range = RangeFrom(kw);
    cases.push_back(std::move(alt));
  }
  if (braces) Expect(TokenKind::RBrace);
  return cases;
}

Stmt* Parser::ParseMatchStmt() {
  DepthGuard guard(*this);
  const Token& first = Expect(TokenKind::KwMatch);
  auto* s = NewStmt<MatchStmt>(first);
  s->attributes = ParseAttributes();
  {
    ExprFlags flags(*this, true, true, true);
    s->scrutinee = ParseExpr();
  }
  bool braces = Accept(TokenKind::LBrace);
  while (At(TokenKind::KwCase)) {
    const Token& kw = Advance();
    MatchCaseStmt c;
    c.attributes = ParseAttributes();
    c.pattern = ParseExtendedPattern();
    Expect(TokenKind::EqGt);
    c.body = ParseCaseBody();
    c.range = RangeFrom(kw);
    s->cases.push_back(std::move(c));
  }
  if (braces) Expect(TokenKind::RBrace);
  s->range = RangeFrom(first);
  return s;
}

Stmt* Parser::ParseForallStmt() {
  const Token& first = Expect(TokenKind::KwForall);
  auto* s = NewStmt<ForallStmt>(first);
  s->attributes = ParseAttributes();
  if (At(TokenKind::LParen)) {
    DeprecationWarning(Advance(),
                       "parentheses around the forall-statement bound variables are "
                       "deprecated and not needed");
    if (!At(TokenKind::RParen)) s->domain = ParseQuantifierDomain();
    Expect(TokenKind::RParen);
  } else if (At(TokenKind::Identifier)) {
    s->domain = ParseQuantifierDomain();
  }
  if (s->domain.vars.empty()) {
    DeprecationWarning(first,
                       "a forall statement with no bound variables is deprecated; use an "
                       "'assert by' statement instead");
  }
  while (Accept(TokenKind::KwEnsures)) s->ensures.push_back(ParseSpecExpr(false, true));
  if (At(TokenKind::LBrace)) s->body = ParseBlock();
  s->range = RangeFrom(first);
  return s;
}

Stmt* Parser::ParseModify() {
  const Token& first = Expect(TokenKind::KwModify);
  auto* s = NewStmt<ModifyStmt>(first);
  s->attributes = ParseAttributes();
  if (At(TokenKind::Ellipsis)) {
    SkeletonWarning(Advance());
    auto* sk = NewStmt<SkeletonStmt>(first);
    sk->of = StmtKind::Modify;
    if (At(TokenKind::LBrace)) {
      const Token& open = Cur();
      sk->body = ParseBlock();
      DeprecationWarning(open, "the modify statement with a block statement is deprecated");
    } else {
      Expect(TokenKind::Semicolon);
    }
    sk->range = RangeFrom(first);
    return sk;
  }
  if (!AtExprStart() && !At(TokenKind::Backtick)) Fail(Cur(), "invalid ModifyStmt");
  do {
    s->frames.push_back(ParseFrameExpr(false));
  } while (Accept(TokenKind::Comma));
  if (At(TokenKind::LBrace)) {
    const Token& open = Cur();
    s->body = ParseBlock();
    DeprecationWarning(open, "the modify statement with a block statement is deprecated");
  } else {
    Expect(TokenKind::Semicolon, "ModifyStmt");
  }
  s->range = RangeFrom(first);
  return s;
}

// == [#[k]], <, >, <=, >=, !=, <==>, ==>, <==. Returns false (consuming nothing) otherwise.
bool Parser::ParseCalcOp(CalcOp& op) {
  const Token& t = Cur();
  switch (t.kind) {
    case TokenKind::EqEq:
      op.op = BinaryOp::Eq;
      break;
    case TokenKind::Lt:
      op.op = BinaryOp::Lt;
      break;
    case TokenKind::Gt:
      op.op = BinaryOp::Gt;
      break;
    case TokenKind::LtEq:
      op.op = BinaryOp::Le;
      break;
    case TokenKind::GtEq:
      op.op = BinaryOp::Ge;
      break;
    case TokenKind::BangEq:
      op.op = BinaryOp::Neq;
      break;
    case TokenKind::LtEqEqGt:
      op.op = BinaryOp::Iff;
      break;
    case TokenKind::EqEqGt:
      op.op = BinaryOp::Implies;
      break;
    case TokenKind::LtEqEq:
      op.op = BinaryOp::Explies;
      break;
    default:
      return false;
  }
  Advance();
  if (t.kind == TokenKind::EqEq && At(TokenKind::Hash)) {
    Advance();
    Expect(TokenKind::LBracket);
    ExprFlags flags(*this, true, true, true);
    op.depth = ParseExpr();
    Expect(TokenKind::RBracket);
  }
  op.range = RangeFrom(t);
  return true;
}

Stmt* Parser::ParseCalc() {
  DepthGuard guard(*this);
  const Token& first = Expect(TokenKind::KwCalc);
  auto* s = NewStmt<CalcStmt>(first);
  s->attributes = ParseAttributes();
  s->has_op = ParseCalcOp(s->op);
  Expect(TokenKind::LBrace);
  ExprFlags flags(*this, true, true, false);
  CalcStep step;
  while (!At(TokenKind::RBrace) && !At(TokenKind::EndOfFile)) {
    step.line = ParseExpr();
    Expect(TokenKind::Semicolon);
    s->steps.push_back(std::move(step));
    step = CalcStep{};
    step.has_op = ParseCalcOp(step.op);
    while (At(TokenKind::LBrace) || At(TokenKind::KwCalc)) {
      step.hints.push_back(At(TokenKind::KwCalc) ? ParseCalc() : ParseBlock());
    }
  }
  // An operator or hints after the last line have no line to lead to: Dafny's resolver reports
  // them; they are dropped here.
  Expect(TokenKind::RBrace);
  s->range = RangeFrom(first);
  return s;
}

// reveal f, g(), L;  reveal *;  hide f;  hide *;
Stmt* Parser::ParseReveal() {
  const Token& first = Advance();
  auto* s = NewStmt<RevealStmt>(first);
  s->hide = first.kind != TokenKind::KwReveal;
  if (!Accept(TokenKind::Star)) {
    ExprFlags flags(*this, true, true, false);
    s->targets = ParseExprList(TokenKind::Semicolon);
  }
  Expect(TokenKind::Semicolon, "RevealStmt");
  s->range = RangeFrom(first);
  return s;
}

Stmt* Parser::ParseYield() {
  const Token& first = Expect(TokenKind::KwYield);
  auto* s = NewStmt<YieldStmt>(first);
  if (!At(TokenKind::Semicolon)) s->values = ParseRhsList();
  Expect(TokenKind::Semicolon, "YieldStmt");
  s->range = RangeFrom(first);
  return s;
}

Stmt* Parser::ParseSkeleton() {
  const Token& first = Expect(TokenKind::Ellipsis);
  auto* s = NewStmt<SkeletonStmt>(first);
  if (At(TokenKind::Semicolon)) SkeletonWarning(Cur());
  Expect(TokenKind::Semicolon);
  s->range = RangeFrom(first);
  return s;
}

}  // namespace dfy::parse
