// Parsing of the expressions that bind variables or hold collections: quantifiers, set and map
// comprehensions, displays, seq(n, f), lambdas, let expressions, match expressions and their
// patterns, and statements inside expressions.
#include "frontend/parser_impl.h"

namespace dfy::parse {

// WildIdent [":" Type]
Var* Parser::ParseIdentTypeOptional(VarKind kind) {
  const Token& name = Expect(TokenKind::Identifier);
  Var* v = NewVar(kind, name);
  if (Accept(TokenKind::Colon)) v->type = ParseType();
  v->range = RangeFrom(name);
  return v;
}

// x: T <- c {:attr} | range, y ... Another variable follows a comma only when an identifier
// comes next (Dafny 4's quantifier syntax).
QuantifierDomain Parser::ParseQuantifierDomain() {
  DepthGuard guard(*this);
  QuantifierDomain d;
  for (;;) {
    BoundVar bv;
    bv.var = ParseIdentTypeOptional(VarKind::Bound);
    // "<-" is two tokens, `<` and `-`, with nothing between them.
    if (At(TokenKind::Lt) && PeekAt(1).kind == TokenKind::Minus && PeekAt(1).begin == Cur().end) {
      Advance();
      Advance();
      ExprFlags flags(*this, allow_lambda_, false);
      bv.collection = ParseExpr();
    }
    auto attrs = ParseAttributes();
    d.attributes.insert(d.attributes.end(), attrs.begin(), attrs.end());
    if (Accept(TokenKind::Bar)) bv.range = ParseExpr();
    d.vars.push_back(bv);
    if (At(TokenKind::Comma) && PeekAt(1).kind == TokenKind::Identifier) {
      Advance();
      continue;
    }
    return d;
  }
}

Expr* Parser::ParseQuantifier() {
  DepthGuard guard(*this);
  const Token& t = Advance();
  auto* q = NewExpr<QuantifierExpr>(t);
  q->is_forall = t.kind == TokenKind::KwForall;
  q->domain = ParseQuantifierDomain();
  if (q->is_forall &&
      (At(TokenKind::KwEnsures) || (At(TokenKind::LBrace) && PeekAt(1).kind != TokenKind::Colon))) {
    // A forall statement inside an expression: forall x ensures P(x) { } e
    auto* s = NewStmt<ForallStmt>(t);
    s->domain = std::move(q->domain);
    while (Accept(TokenKind::KwEnsures)) s->ensures.push_back(ParseSpecExpr(false, true));
    if (At(TokenKind::LBrace)) s->body = ParseBlock();
    s->range = RangeFrom(t);
    auto* se = NewExpr<StmtInExprExpr>(t);
    se->stmt = s;
    se->body = ParseExpr();
    se->range = RangeFrom(t);
    return se;
  }
  Expect(TokenKind::ColonColon);
  q->body = ParseExpr();
  q->range = RangeFrom(t);
  return q;
}

// set x | p :: e, iset x | p
Expr* Parser::ParseSetComprehension() {
  DepthGuard guard(*this);
  const Token& t = Advance();
  auto* s = NewExpr<SetComprehensionExpr>(t);
  s->infinite = t.kind == TokenKind::KwIset;
  s->domain = ParseQuantifierDomain();
  if (Accept(TokenKind::ColonColon)) {
    s->term = ParseExpr();
  } else if (s->domain.vars.size() > 1) {
    // As Dafny's parser, at the last token of the comprehension.
    diags_.Report(DiagKind::ParseError, Range(toks_[pos_ - 1]),
                  "a set comprehension with more than one bound variable must have a term "
                  "expression");
  }
  s->range = RangeFrom(t);
  return s;
}

// map[k := v, ...], imap[...], map x | p :: e, map x | p :: k := v
Expr* Parser::ParseMapExpr() {
  DepthGuard guard(*this);
  const Token& t = Advance();
  bool infinite = t.kind == TokenKind::KwImap;
  if (Accept(TokenKind::LBracket)) {
    auto* m = NewExpr<MapDisplayExpr>(t);
    m->infinite = infinite;
    ExprFlags flags(*this, true, true, true);
    if (!At(TokenKind::RBracket)) {
      do {
        m->keys.push_back(ParseExpr());
        Expect(TokenKind::ColonEq);
        m->values.push_back(ParseExpr());
      } while (Accept(TokenKind::Comma));
    }
    Expect(TokenKind::RBracket);
    m->range = RangeFrom(t);
    return m;
  }
  auto* m = NewExpr<MapComprehensionExpr>(t);
  m->infinite = infinite;
  m->domain = ParseQuantifierDomain();
  Expect(TokenKind::ColonColon);
  m->value = ParseExpr();
  if (Accept(TokenKind::ColonEq)) {
    m->key = m->value;
    m->value = ParseExpr();
  }
  m->range = RangeFrom(t);
  return m;
}

// {a, b}, iset{a}, multiset{a}, multiset(s)
Expr* Parser::ParseSetDisplay() {
  DepthGuard guard(*this);
  const Token& t = Cur();
  auto* d = NewExpr<DisplayExpr>(t);
  d->kind = ExprKind::SetDisplay;
  if (Accept(TokenKind::KwMultiset)) {
    d->kind = ExprKind::MultisetDisplay;
    if (Accept(TokenKind::LParen)) {
      d->from_collection = true;
      d->elements.push_back(ParseNestedExpr());
      Expect(TokenKind::RParen);
      d->range = RangeFrom(t);
      return d;
    }
  } else if (Accept(TokenKind::KwIset)) {
    d->infinite = true;
  }
  Expect(TokenKind::LBrace);
  if (!At(TokenKind::RBrace)) d->elements = ParseNestedExprList();
  Expect(TokenKind::RBrace);
  d->range = RangeFrom(t);
  return d;
}

// [a, b] or seq<T>(n, f)
Expr* Parser::ParseSeqExpr() {
  DepthGuard guard(*this);
  const Token& t = Cur();
  if (Accept(TokenKind::LBracket)) {
    auto* d = NewExpr<DisplayExpr>(t);
    d->kind = ExprKind::SeqDisplay;
    if (!At(TokenKind::RBracket)) d->elements = ParseNestedExprList();
    Expect(TokenKind::RBracket);
    d->range = RangeFrom(t);
    return d;
  }
  Expect(TokenKind::KwSeq);
  auto* s = NewExpr<SeqConstructionExpr>(t);
  if (At(TokenKind::Lt)) s->type_args = ParseTypeArgs();
  Expect(TokenKind::LParen);
  s->length = ParseNestedExpr();
  Expect(TokenKind::Comma);
  s->init = ParseNestedExpr();
  Expect(TokenKind::RParen);
  s->range = RangeFrom(t);
  return s;
}

// As Dafny's IsLambda: an identifier, or a parenthesized list of identifiers (possibly typed),
// followed by `=>`, `reads` or `requires`.
bool Parser::IsLambdaStart() const {
  if (!allow_lambda_) return false;
  size_t p = pos_;
  if (toks_[p].kind == TokenKind::Identifier) {
    ++p;
  } else if (toks_[p].kind == TokenKind::LParen) {
    ++p;
    bool first = true;
    while (toks_[p].kind != TokenKind::RParen) {
      if (!first) {
        if (toks_[p].kind != TokenKind::Comma) return false;
        ++p;
      }
      first = false;
      if (toks_[p].kind != TokenKind::Identifier) return false;
      ++p;
      if (toks_[p].kind == TokenKind::Colon) return true;
    }
    ++p;
  } else {
    return false;
  }
  TokenKind k = toks_[p].kind;
  return k == TokenKind::EqGt || k == TokenKind::KwReads || k == TokenKind::KwRequires;
}

Expr* Parser::ParseLambda() {
  DepthGuard guard(*this);
  const Token& t = Cur();
  auto* l = NewExpr<LambdaExpr>(t);
  if (At(TokenKind::Identifier)) {
    l->params.push_back(NewVar(VarKind::Bound, Advance()));
  } else {
    Expect(TokenKind::LParen);
    if (!At(TokenKind::RParen)) {
      do {
        l->params.push_back(ParseIdentTypeOptional(VarKind::Bound));
      } while (Accept(TokenKind::Comma));
    }
    Expect(TokenKind::RParen);
  }
  for (;;) {
    if (Accept(TokenKind::KwReads)) {
      ParseAttributes();
      do {
        ExprFlags flags(*this, false, true);
        l->reads.push_back(ParseFrameExpr(true));
      } while (Accept(TokenKind::Comma));
    } else if (Accept(TokenKind::KwRequires)) {
      ExprFlags flags(*this, false, true);
      l->requires_.push_back(ParseExpr());
    } else {
      break;
    }
  }
  Expect(TokenKind::EqGt);
  {
    ExprFlags flags(*this, true, allow_bitwise_);
    l->body = ParseExpr();
  }
  l->range = RangeFrom(t);
  return l;
}

// [ghost] var pat, ... (:= | :| | :- | =) e, ...; body     and     :- e; body
Expr* Parser::ParseLet() {
  DepthGuard guard(*this);
  const Token& t = Cur();
  auto* l = NewExpr<LetExpr>(t);
  if (Accept(TokenKind::ColonMinus)) {
    l->op = LetOp::AssignOrReturn;
    {
      ExprFlags flags(*this, true, true, false);
      l->rhs.push_back(ParseExpr());
    }
  } else {
    l->ghost = Accept(TokenKind::KwGhost);
    Expect(TokenKind::KwVar);
    do {
      l->lhs.push_back(ParseCasePattern());
    } while (Accept(TokenKind::Comma));
    l->attributes = ParseAttributes();
    if (Accept(TokenKind::ColonBar)) {
      l->op = LetOp::SuchThat;
      // As Dafny's parser: `var (a, b) :| P; e` is not a let-such-that it accepts.
      for (const Pattern* p : l->lhs) {
        if (p->kind == PatternKind::Ident) continue;
        diags_.Report(DiagKind::ParseError, SourceRange{file_, p->range.begin, p->range.begin + 1},
                      "LHS of let-such-that expression must be variables, not general patterns");
      }
    } else if (Accept(TokenKind::ColonMinus)) {
      l->op = LetOp::AssignOrReturn;
    } else if (!Accept(TokenKind::ColonEq) && !Accept(TokenKind::Eq)) {
      Fail(Cur(), "this symbol not expected in LetExpression");
    }
    ExprFlags flags(*this, true, true, false);
    l->rhs = ParseExprList(TokenKind::Semicolon);
  }
  Expect(TokenKind::Semicolon);
  l->body = ParseExpr();
  l->range = RangeFrom(t);
  return l;
}

// assert p; e   assume p; e   expect p; e   reveal f; e   calc { } e
Expr* Parser::ParseStmtInExpr() {
  DepthGuard guard(*this);
  const Token& t = Cur();
  auto* s = NewExpr<StmtInExprExpr>(t);
  switch (t.kind) {
    case TokenKind::KwAssert:
      s->stmt = ParsePredicateStmt(StmtKind::Assert);
      break;
    case TokenKind::KwAssume:
      s->stmt = ParsePredicateStmt(StmtKind::Assume);
      break;
    case TokenKind::KwExpect:
      s->stmt = ParsePredicateStmt(StmtKind::Expect);
      break;
    case TokenKind::KwCalc:
      s->stmt = ParseCalc();
      break;
    default:
      s->stmt = ParseReveal();
      break;
  }
  s->body = ParseExpr();
  s->range = RangeFrom(t);
  return s;
}

Expr* Parser::ParseMatchExpr() {
  DepthGuard guard(*this);
  const Token& t = Expect(TokenKind::KwMatch);
  auto* m = NewExpr<MatchExpr>(t);
  m->scrutinee = ParseExpr();
  bool braces = Accept(TokenKind::LBrace);
  ExprFlags flags(*this, braces ? true : allow_lambda_, braces ? true : allow_bitwise_,
                  braces ? true : allow_lemma_);
  while (At(TokenKind::KwCase)) {
    const Token& kw = Advance();
    MatchCaseExpr c;
    c.attributes = ParseAttributes();
    c.pattern = ParseExtendedPattern();
    Expect(TokenKind::EqGt);
    c.body = ParseExpr();
    c.range = RangeFrom(kw);
    m->cases.push_back(c);
  }
  if (braces) Expect(TokenKind::RBrace);
  m->range = RangeFrom(t);
  return m;
}

// Patterns of let and var declarations: C(p, ...), (p, ...), x [: T].
Pattern* Parser::ParseCasePattern() {
  DepthGuard guard(*this);
  const Token& t = Cur();
  auto* p = program_.arena.New<Pattern>();
  if (At(TokenKind::Identifier) && PeekAt(1).kind == TokenKind::LParen) {
    p->kind = PatternKind::Ctor;
    p->name = std::string(Advance().text);
    Advance();
  } else if (Accept(TokenKind::LParen)) {
    p->kind = PatternKind::Tuple;
  } else {
    p->kind = PatternKind::Ident;
    p->var = ParseIdentTypeOptional(VarKind::Bound);
    p->name = p->var->name;
    p->range = RangeFrom(t);
    return p;
  }
  if (!At(TokenKind::RParen)) {
    do {
      p->args.push_back(ParseCasePattern());
    } while (Accept(TokenKind::Comma));
  }
  Expect(TokenKind::RParen);
  p->range = RangeFrom(t);
  return p;
}

// [ "|" ] SingleExtendedPattern { "|" SingleExtendedPattern }
Pattern* Parser::ParseExtendedPattern() {
  DepthGuard guard(*this);
  const Token& t = Cur();
  Accept(TokenKind::Bar);
  Pattern* first = ParseSingleExtendedPattern();
  if (!At(TokenKind::Bar)) return first;
  auto* p = program_.arena.New<Pattern>();
  p->kind = PatternKind::Disjunction;
  p->args.push_back(first);
  while (Accept(TokenKind::Bar)) p->args.push_back(ParseSingleExtendedPattern());
  p->range = RangeFrom(t);
  return p;
}

Pattern* Parser::ParseSingleExtendedPattern() {
  DepthGuard guard(*this);
  const Token& t = Cur();
  auto* p = program_.arena.New<Pattern>();
  switch (t.kind) {
    case TokenKind::LParen:
    case TokenKind::Identifier:
      if (t.kind == TokenKind::LParen) {
        Advance();
        p->kind = PatternKind::Tuple;
      } else if (PeekAt(1).kind == TokenKind::LParen) {
        p->kind = PatternKind::Ctor;
        p->name = std::string(Advance().text);
        Advance();
      } else {
        p->kind = PatternKind::Ident;
        p->var = ParseIdentTypeOptional(VarKind::Bound);
        p->name = p->var->name;
        p->range = RangeFrom(t);
        return p;
      }
      if (!At(TokenKind::RParen)) {
        do {
          p->args.push_back(ParseExtendedPattern());
        } while (Accept(TokenKind::Comma));
      }
      Expect(TokenKind::RParen);
      break;
    case TokenKind::Minus: {
      Advance();
      if (!At(TokenKind::IntLiteral) && !At(TokenKind::HexLiteral) && !At(TokenKind::RealLiteral)) {
        Fail(Cur(), "invalid SingleExtendedPattern");
      }
      p->kind = PatternKind::Literal;
      const Token& num = Cur();
      Expr* lit = ParseLiteral(num.kind == TokenKind::RealLiteral ? ExprKind::RealLiteral
                                                                  : ExprKind::IntLiteral);
      auto* neg = NewExpr<UnaryExpr>(t);
      neg->op = UnaryOp::Negate;
      neg->operand = lit;
      neg->range = RangeFrom(t);
      p->literal = neg;
      break;
    }
    case TokenKind::IntLiteral:
    case TokenKind::HexLiteral:
      p->kind = PatternKind::Literal;
      p->literal = ParseLiteral(ExprKind::IntLiteral);
      break;
    case TokenKind::RealLiteral:
      p->kind = PatternKind::Literal;
      p->literal = ParseLiteral(ExprKind::RealLiteral);
      break;
    case TokenKind::CharLiteral:
      p->kind = PatternKind::Literal;
      p->literal = ParseLiteral(ExprKind::CharLiteral);
      break;
    case TokenKind::StringLiteral:
    case TokenKind::VerbatimStringLiteral:
      p->kind = PatternKind::Literal;
      p->literal = ParseLiteral(ExprKind::StringLiteral);
      break;
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNull: {
      Advance();
      auto* lit = NewExpr<LiteralExpr>(t);
      lit->kind = t.kind == TokenKind::KwNull ? ExprKind::NullLiteral : ExprKind::BoolLiteral;
      lit->bool_value = t.kind == TokenKind::KwTrue;
      p->kind = PatternKind::Literal;
      p->literal = lit;
      break;
    }
    default:
      Fail(t, "invalid SingleExtendedPattern");
  }
  p->range = RangeFrom(t);
  return p;
}

}  // namespace dfy::parse
