// Parsing of expressions, by Dafny's precedence levels from lowest to highest:
// <==>, ==> <==, && ||, relational (chaining), << >>, + -, * / %, | & ^, as is, unary, suffixes,
// and the primary expressions that are not comprehensions (those are in parse_comprehension.cpp).
#include <fmt/format.h>

#include "frontend/parser_impl.h"

namespace dfy::parse {

namespace {

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Decodes one UTF-8 code point starting at s[i], advancing i.
char32_t DecodeUtf8(std::string_view s, size_t& i) {
  unsigned char c = s[i++];
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  char32_t cp = c & (0x3F >> extra);
  for (int k = 0; k < extra && i < s.size(); ++k) cp = (cp << 6) | (s[i++] & 0x3F);
  return cp;
}

// Decodes the body of a char or string literal (without quotes), escapes included.
std::u32string DecodeEscapes(std::string_view body) {
  std::u32string out;
  size_t i = 0;
  while (i < body.size()) {
    if (body[i] != '\\') {
      out += DecodeUtf8(body, i);
      continue;
    }
    char e = i + 1 < body.size() ? body[i + 1] : '\\';
    i += 2;
    switch (e) {
      case 'n':
        out += U'\n';
        break;
      case 'r':
        out += U'\r';
        break;
      case 't':
        out += U'\t';
        break;
      case '0':
        out += U'\0';
        break;
      case 'U': {
        char32_t cp = 0;
        ++i;  // '{'
        while (i < body.size() && body[i] != '}') {
          if (body[i] != '_')
            cp = cp * 16 + (body[i] <= '9' ? body[i] - '0' : (body[i] | 0x20) - 'a' + 10);
          ++i;
        }
        ++i;  // '}'
        out += cp;
        break;
      }
      default:
        out += static_cast<char32_t>(e);
        break;
    }
  }
  return out;
}

}  // namespace

Expr* Parser::MakeBinary(BinaryOp op, const Token& op_tok, Expr* lhs, Expr* rhs) {
  auto* b = NewExpr<BinaryExpr>(op_tok);
  b->op = op;
  b->lhs = lhs;
  b->rhs = rhs;
  b->range = SourceRange{file_, lhs->range.begin, rhs->range.end};
  return b;
}

std::vector<Expr*> Parser::ParseExprList(TokenKind close) {
  (void)close;
  std::vector<Expr*> list;
  do {
    list.push_back(ParseExpr());
  } while (Accept(TokenKind::Comma));
  return list;
}

Expr* Parser::ParseNestedExpr() {
  ExprFlags flags(*this, true, true, true);
  return ParseExpr();
}

std::vector<Expr*> Parser::ParseArguments() {
  ExprFlags flags(*this, true, true, true);
  std::vector<Expr*> args;
  do {
    if ((At(TokenKind::Identifier) || At(TokenKind::IntLiteral)) &&
        PeekAt(1).kind == TokenKind::ColonEq) {
      const Token& name = Advance();
      Advance();
      auto* n = NewExpr<NamedArgExpr>(name);
      n->name = std::string(name.text);
      n->value = ParseExpr();
      n->range = RangeFrom(name);
      args.push_back(n);
    } else {
      args.push_back(ParseExpr());
    }
  } while (Accept(TokenKind::Comma));
  return args;
}

std::vector<Expr*> Parser::ParseNestedExprList() {
  ExprFlags flags(*this, true, true, true);
  return ParseExprList(TokenKind::EndOfFile);
}

Expr* Parser::ParseExpr(bool allow_decreases_to) {
  DepthGuard guard(*this);
  // `[1, new C()]`: as Dafny's grammar, an error that does not stop the parse; what follows
  // the `new` is read as an expression (`C()`).
  if (At(TokenKind::KwNew)) {
    diags_.Report(DiagKind::ParseError, Range(Advance()),
                  "Calls with side-effects such as constructors are not allowed in expressions.");
  }
  Expr* e = ParseEquivalence();
  if (allow_decreases_to && AtDecreasesTo()) e = ParseDecreasesTo({e}, false);
  if (allow_lemma_ && e->kind == ExprKind::Call && At(TokenKind::Semicolon)) {
    // Lemma(args); e
    Advance();
    auto* call = NewStmt<CallStmt>(toks_[pos_ - 1]);
    call->call = static_cast<CallExpr*>(e);
    call->range = SourceRange{file_, e->range.begin, toks_[pos_ - 1].end};
    auto* s = NewExpr<StmtInExprExpr>(toks_[pos_ - 1]);
    s->tok = e->tok;
    s->stmt = call;
    s->body = ParseExpr();
    s->range = SourceRange{file_, e->range.begin, s->body->range.end};
    return s;
  }
  return e;
}

Expr* Parser::ParseEquivalence() {
  Expr* e = ParseImplies();
  ChainGuard chain(*this);
  while (At(TokenKind::LtEqEqGt)) {
    chain.Step();
    const Token& op = Advance();
    e = MakeBinary(BinaryOp::Iff, op, e, ParseImplies());
  }
  return e;
}

Expr* Parser::ParseImplies() {
  Expr* e = ParseLogical();
  if (At(TokenKind::EqEqGt)) {
    DepthGuard guard(*this);
    const Token& op = Advance();
    return MakeBinary(BinaryOp::Implies, op, e, ParseImplies());  // right associative
  }
  ChainGuard chain(*this);
  while (At(TokenKind::LtEqEq)) {
    chain.Step();
    const Token& op = Advance();
    e = MakeBinary(BinaryOp::Explies, op, e, ParseLogical());  // left associative
  }
  return e;
}

Expr* Parser::ParseLogical() {
  // A leading && or || is allowed, for bulleted conjunctions and disjunctions.
  if (At(TokenKind::AmpAmp) || At(TokenKind::BarBar)) Advance();
  Expr* e = ParseRelational();
  TokenKind seen = TokenKind::EndOfFile;
  ChainGuard chain(*this);
  while (At(TokenKind::AmpAmp) || At(TokenKind::BarBar)) {
    chain.Step();
    if (seen != TokenKind::EndOfFile && seen != Cur().kind) {
      Fail(Cur(), "Ambiguous use of && and ||. Use parentheses to disambiguate.");
    }
    seen = Cur().kind;
    const Token& op = Advance();
    e = MakeBinary(seen == TokenKind::AmpAmp ? BinaryOp::And : BinaryOp::Or, op, e,
                   ParseRelational());
  }
  return e;
}

static bool RelationalOp(TokenKind k, BinaryOp& op) {
  switch (k) {
    case TokenKind::EqEq:
      op = BinaryOp::Eq;
      return true;
    case TokenKind::BangEq:
      op = BinaryOp::Neq;
      return true;
    case TokenKind::Lt:
      op = BinaryOp::Lt;
      return true;
    case TokenKind::LtEq:
      op = BinaryOp::Le;
      return true;
    case TokenKind::Gt:
      op = BinaryOp::Gt;
      return true;
    case TokenKind::GtEq:
      op = BinaryOp::Ge;
      return true;
    case TokenKind::KwIn:
      op = BinaryOp::In;
      return true;
    case TokenKind::BangBang:
      op = BinaryOp::Disjoint;
      return true;
    default:
      return false;
  }
}

// Chains `a < b <= c` become `a < b && b <= c`, sharing the middle operand. A chain of `!!`
// says that its operands are pairwise disjoint, as Dafny reads it: `a !! b !! c` is
// `a !! b && b !! c && a !! c`.
Expr* Parser::ParseRelational() {
  Expr* first = ParseShift();
  BinaryOp op = BinaryOp::Eq;
  Expr* result = nullptr;
  Expr* left = first;
  std::vector<Expr*> disjoint_operands{first};
  ChainGuard chain(*this);
  for (;;) {
    bool negated_in = At(TokenKind::Bang) && PeekAt(1).kind == TokenKind::KwIn;
    if (!negated_in && !RelationalOp(Cur().kind, op)) break;
    chain.Step();
    const Token& op_tok = Advance();
    if (negated_in) {
      Advance();
      op = BinaryOp::NotIn;
    }
    Expr* depth = nullptr;
    if ((op == BinaryOp::Eq || op == BinaryOp::Neq) && At(TokenKind::Hash) &&
        PeekAt(1).kind == TokenKind::LBracket) {
      Advance();
      Advance();
      depth = ParseNestedExpr();
      Expect(TokenKind::RBracket);
    }
    Expr* right = ParseShift();
    Expr* cmp = nullptr;
    if (depth) {
      auto* p = NewExpr<PrefixEqualityExpr>(op_tok);
      p->negated = op == BinaryOp::Neq;
      p->lhs = left;
      p->rhs = right;
      p->depth = depth;
      p->range = SourceRange{file_, left->range.begin, right->range.end};
      cmp = p;
    } else {
      cmp = MakeBinary(op, op_tok, left, right);
    }
    result = result ? MakeBinary(BinaryOp::And, op_tok, result, cmp) : cmp;
    if (op == BinaryOp::Disjoint) {
      // (Each earlier operand but the adjacent one, disjoint from the new one too.)
      for (size_t i = 0; i + 1 < disjoint_operands.size(); ++i) {
        result = MakeBinary(BinaryOp::And, op_tok, result,
                            MakeBinary(BinaryOp::Disjoint, op_tok, disjoint_operands[i], right));
      }
      disjoint_operands.push_back(right);
    } else {
      disjoint_operands = {right};
    }
    left = right;
  }
  return result ? result : first;
}

Expr* Parser::ParseShift() {
  Expr* e = ParseTerm();
  ChainGuard chain(*this);
  while (At(TokenKind::LtLt) || At(TokenKind::GtGt)) {
    chain.Step();
    const Token& op = Advance();
    e = MakeBinary(op.kind == TokenKind::LtLt ? BinaryOp::LeftShift : BinaryOp::RightShift, op, e,
                   ParseTerm());
  }
  return e;
}

Expr* Parser::ParseTerm() {
  Expr* e = ParseFactor();
  ChainGuard chain(*this);
  while (At(TokenKind::Plus) || At(TokenKind::Minus)) {
    chain.Step();
    const Token& op = Advance();
    e = MakeBinary(op.kind == TokenKind::Plus ? BinaryOp::Add : BinaryOp::Sub, op, e,
                   ParseFactor());
  }
  return e;
}

Expr* Parser::ParseFactor() {
  Expr* e = ParseBitwise();
  ChainGuard chain(*this);
  while (At(TokenKind::Star) || At(TokenKind::Slash) || At(TokenKind::Percent)) {
    chain.Step();
    const Token& op = Advance();
    BinaryOp bop = op.kind == TokenKind::Star    ? BinaryOp::Mul
                   : op.kind == TokenKind::Slash ? BinaryOp::Div
                                                 : BinaryOp::Mod;
    e = MakeBinary(bop, op, e, ParseBitwise());
  }
  return e;
}

Expr* Parser::ParseBitwise() {
  Expr* e = ParseAs();
  ChainGuard chain(*this);
  while (allow_bitwise_ && (At(TokenKind::Bar) || At(TokenKind::Amp) || At(TokenKind::Caret))) {
    chain.Step();
    const Token& op = Advance();
    BinaryOp bop = op.kind == TokenKind::Bar   ? BinaryOp::BitOr
                   : op.kind == TokenKind::Amp ? BinaryOp::BitAnd
                                               : BinaryOp::BitXor;
    e = MakeBinary(bop, op, e, ParseAs());
  }
  return e;
}

// e as T, e is T (left to right).
Expr* Parser::ParseAs() {
  Expr* e = ParseUnary();
  ChainGuard chain(*this);
  while (At(TokenKind::KwAs) || At(TokenKind::KwIs)) {
    chain.Step();
    const Token& op = Advance();
    auto* t = NewExpr<TypeOpExpr>(op);
    t->kind = op.kind == TokenKind::KwAs ? ExprKind::Conversion : ExprKind::TypeTest;
    t->operand = e;
    t->type = ParseType(true);
    t->range = SourceRange{file_, e->range.begin, toks_[pos_ - 1].end};
    e = t;
  }
  return e;
}

Expr* Parser::ParseUnary() {
  DepthGuard guard(*this);
  if (At(TokenKind::BangBang)) {
    // !!e is two negations (`!!` is also the disjointness operator between operands): two
    // levels of the tree, so two of nesting.
    DepthGuard second(*this);
    const Token& op = Advance();
    auto* outer = NewExpr<UnaryExpr>(op);
    auto* inner = NewExpr<UnaryExpr>(op);
    inner->op = UnaryOp::Not;
    inner->operand = ParseUnary();
    inner->range = SourceRange{file_, op.begin + 1, inner->operand->range.end};
    inner->tok = SourceRange{file_, op.begin + 1, op.end};
    outer->op = UnaryOp::Not;
    outer->operand = inner;
    outer->range = SourceRange{file_, op.begin, inner->range.end};
    outer->tok = SourceRange{file_, op.begin, op.begin + 1};
    return outer;
  }
  if (At(TokenKind::Minus) || At(TokenKind::Bang)) {
    const Token& op = Advance();
    auto* u = NewExpr<UnaryExpr>(op);
    u->op = op.kind == TokenKind::Minus ? UnaryOp::Negate : UnaryOp::Not;
    u->operand = ParseUnary();
    u->range = SourceRange{file_, op.begin, u->operand->range.end};
    return u;
  }
  return ParsePrimary();
}

// Ident [ "<" types ">" ] [ "#" ... ] as a primary expression.
Expr* Parser::ParseNameSegment() {
  const Token& t = Advance();
  auto* name = NewExpr<NameExpr>(t);
  name->name = std::string(t.text);
  if (At(TokenKind::Lt) && IsGenericInstantiation(true)) {
    name->type_args = ParseTypeArgs();
    name->range = RangeFrom(t);
  }
  if (At(TokenKind::Hash)) return ParseHashCall(name, {});
  if (AtAtCall()) return ParseAtCallee(name);
  return name;
}

// f@L(args): `@` right after the name (an `@` after a space starts an attribute).
bool Parser::AtAtCall() const {
  return At(TokenKind::At) && pos_ > 0 && toks_[pos_ - 1].end == Cur().begin &&
         (PeekAt(1).kind == TokenKind::Identifier || PeekAt(1).kind == TokenKind::IntLiteral) &&
         PeekAt(2).kind == TokenKind::LParen;
}

Expr* Parser::ParseAtCallee(Expr* callee) {
  const Token& at = Expect(TokenKind::At);
  auto* l = NewExpr<LabelledCalleeExpr>(at);
  l->name = callee;
  l->label = std::string(Advance().text);
  l->range = SourceRange{file_, callee->range.begin, toks_[pos_ - 1].end};
  return l;  // the caller's suffix loop parses the arguments
}

// name "#" [ "<" types ">" ] "[" k "]" "(" args ")": a call whose callee is a PrefixNameExpr.
Expr* Parser::ParseHashCall(Expr* callee, std::vector<TypeExpr*> type_args) {
  const Token& hash = Expect(TokenKind::Hash);
  auto* p = NewExpr<PrefixNameExpr>(hash);
  p->name = callee;
  p->type_args = std::move(type_args);
  if (At(TokenKind::Lt)) p->type_args = ParseTypeArgs();
  Expect(TokenKind::LBracket);
  p->depth = ParseNestedExpr();
  Expect(TokenKind::RBracket);
  p->range = SourceRange{file_, callee->range.begin, toks_[pos_ - 1].end};
  if (!At(TokenKind::LParen)) Fail(Cur(), "openparen expected");
  return p;  // the caller's suffix loop parses the arguments
}

// After ".": a member name (possibly with type arguments), a tuple component, or a datatype
// update "(" f := v, ... ")".
Expr* Parser::ParseSelectSuffix(Expr* e) {
  const Token& dot = Advance();
  if (At(TokenKind::LParen)) {
    const Token& open = Advance();
    auto* upd = NewExpr<DatatypeUpdateExpr>(open);
    upd->object = e;
    ExprFlags flags(*this, true, true, true);
    do {
      if (!At(TokenKind::Identifier) && !At(TokenKind::IntLiteral)) Fail(Cur(), "ident expected");
      upd->field_ranges.push_back(Range(Cur()));
      upd->fields.push_back(std::string(Advance().text));
      Expect(TokenKind::ColonEq);
      upd->values.push_back(ParseExpr());
    } while (Accept(TokenKind::Comma));
    Expect(TokenKind::RParen);
    upd->range = SourceRange{file_, e->range.begin, toks_[pos_ - 1].end};
    return upd;
  }
  auto make = [&](const Token& member_tok, std::string member) {
    auto* sel = NewExpr<SelectExpr>(dot);
    sel->object = e;
    sel->tok = Range(member_tok);
    sel->member = std::move(member);
    sel->range = SourceRange{file_, e->range.begin, member_tok.end};
    return sel;
  };
  if (At(TokenKind::RealLiteral) && Cur().text.find('.') != std::string_view::npos &&
      Cur().text.find_first_not_of("0123456789_.") == std::string_view::npos) {
    // t.0.1: the lexer read "0.1" as one number.
    const Token& t = Advance();
    size_t dot_at = t.text.find('.');
    SelectExpr* inner = make(t, std::string(t.text.substr(0, dot_at)));
    e = inner;
    SelectExpr* outer = make(t, std::string(t.text.substr(dot_at + 1)));
    return outer;
  }
  if (!(At(TokenKind::Identifier) || At(TokenKind::IntLiteral) || At(TokenKind::KwRequires) ||
        At(TokenKind::KwReads))) {
    Fail(Cur(), "invalid Suffix");
  }
  const Token& member_tok = Advance();
  SelectExpr* sel = make(member_tok, std::string(member_tok.text));
  if (member_tok.kind == TokenKind::Identifier && At(TokenKind::Lt) &&
      IsGenericInstantiation(true)) {
    sel->type_args = ParseTypeArgs();
    sel->range = SourceRange{file_, e->range.begin, toks_[pos_ - 1].end};
  }
  if (At(TokenKind::Hash)) return ParseHashCall(sel, sel->type_args);
  if (AtAtCall()) return ParseAtCallee(sel);
  return sel;
}

Expr* Parser::ParseSuffixes(Expr* e) {
  ChainGuard chain(*this);
  for (;;) {
    if (At(TokenKind::LParen) || At(TokenKind::Dot) || At(TokenKind::LBracket)) chain.Step();
    // t.0.1 makes two selections of one token.
    if (At(TokenKind::Dot) && PeekAt(1).kind == TokenKind::RealLiteral) chain.Step();
    if (At(TokenKind::LParen)) {
      const Token& open = Advance();
      auto* call = NewExpr<CallExpr>(open);
      call->callee = e;
      if (!At(TokenKind::RParen)) call->args = ParseArguments();
      Expect(TokenKind::RParen);
      call->range = SourceRange{file_, e->range.begin, toks_[pos_ - 1].end};
      e = call;
    } else if (At(TokenKind::Dot)) {
      e = ParseSelectSuffix(e);
    } else if (At(TokenKind::LBracket)) {
      const Token& open = Advance();
      ExprFlags flags(*this, true, true, true);
      Expr* first = nullptr;
      if (!At(TokenKind::DotDot)) first = ParseExpr();
      if (Accept(TokenKind::DotDot)) {
        auto* slice = NewExpr<SliceExpr>(open);
        slice->seq = e;
        slice->lo = first;
        if (!At(TokenKind::RBracket)) slice->hi = ParseExpr();
        Expect(TokenKind::RBracket);
        slice->range = SourceRange{file_, e->range.begin, toks_[pos_ - 1].end};
        e = slice;
      } else if (Accept(TokenKind::ColonEq)) {
        auto* upd = NewExpr<SeqUpdateExpr>(open);
        upd->seq = e;
        upd->index = first;
        upd->value = ParseExpr();
        upd->range = SourceRange{file_, e->range.begin, toks_[pos_ - 1].end};
        e = upd;
        // s[i := a, j := b] is s[i := a][j := b].
        while (Accept(TokenKind::Comma)) {
          chain.Step();
          auto* more = NewExpr<SeqUpdateExpr>(open);
          more->seq = e;
          more->index = ParseExpr();
          Expect(TokenKind::ColonEq);
          more->value = ParseExpr();
          more->range = SourceRange{file_, e->range.begin, toks_[pos_ - 1].end};
          e = more;
        }
        Expect(TokenKind::RBracket);
        e->range.end = toks_[pos_ - 1].end;
      } else if (At(TokenKind::Colon)) {
        Unsupported(Cur(), "slices by length (s[a : b])");
      } else {
        auto* idx = NewExpr<IndexExpr>(open);
        idx->seq = e;
        idx->indices.push_back(first);
        while (Accept(TokenKind::Comma)) idx->indices.push_back(ParseExpr());
        Expect(TokenKind::RBracket);
        idx->range = SourceRange{file_, e->range.begin, toks_[pos_ - 1].end};
        e = idx;
      }
    } else {
      return e;
    }
  }
}

LiteralExpr* Parser::ParseLiteral(ExprKind kind) {
  const Token& t = Advance();
  auto* lit = NewExpr<LiteralExpr>(t);
  lit->kind = kind;
  switch (t.kind) {
    case TokenKind::IntLiteral:
    case TokenKind::HexLiteral:
    case TokenKind::RealLiteral:
      for (char c : t.text) {
        if (c != '_') lit->text += c;
      }
      break;
    case TokenKind::CharLiteral:
      lit->chars = DecodeEscapes(t.text.substr(1, t.text.size() - 2));
      break;
    case TokenKind::StringLiteral:
      lit->chars = DecodeEscapes(t.text.substr(1, t.text.size() - 2));
      break;
    case TokenKind::VerbatimStringLiteral: {
      std::string_view body = t.text.substr(2, t.text.size() - 3);
      size_t i = 0;
      while (i < body.size()) {
        if (body[i] == '"') ++i;  // "" stands for "
        lit->chars += DecodeUtf8(body, i);
      }
      break;
    }
    default:
      break;
  }
  for (char32_t c : lit->chars) AppendUtf8(lit->text, c);
  return lit;
}

// fresh[@L](e), unchanged[@L](frames), allocated(e).
Expr* Parser::ParseTwoState(ExprKind kind) {
  const Token& t = Advance();
  auto* e = NewExpr<TwoStateExpr>(t);
  e->kind = kind;
  if (kind != ExprKind::Allocated && Accept(TokenKind::At)) {
    if (!At(TokenKind::Identifier) && !At(TokenKind::IntLiteral)) Fail(Cur(), "ident expected");
    e->label = std::string(Advance().text);
  }
  Expect(TokenKind::LParen);
  ExprFlags flags(*this, true, true, true);
  if (kind == ExprKind::Unchanged) {
    do {
      e->args.push_back(ParseFrameExpr(false));
    } while (Accept(TokenKind::Comma));
  } else {
    e->args.push_back(ParseExpr());
  }
  Expect(TokenKind::RParen);
  e->range = RangeFrom(t);
  return e;
}

bool Parser::AtDecreasesTo() const {
  return (At(TokenKind::KwDecreases) || At(TokenKind::KwNonincreases)) &&
         PeekAt(1).kind == TokenKind::Identifier && PeekAt(1).text == "to";
}

// Dafny's grammar: Expression = EquivExpression [ DecreasesTo EquivExpression ], and in
// parentheses `( [e {, e}] DecreasesTo [e {, e}] )`, whose right-hand list is of expressions
// without lemma calls or lambdas.
Expr* Parser::ParseDecreasesTo(std::vector<Expr*> olds, bool parenthesized) {
  const Token& kw = Advance();
  Advance();  // to
  auto* d = NewExpr<DecreasesToExpr>(kw);
  d->allow_no_change = kw.kind == TokenKind::KwNonincreases;
  d->parenthesized = parenthesized;
  d->olds = std::move(olds);
  if (!parenthesized) {
    d->news.push_back(ParseEquivalence());
  } else {
    ExprFlags flags(*this, false, true, false);
    if (!At(TokenKind::RParen)) {
      do {
        d->news.push_back(ParseExpr());
      } while (Accept(TokenKind::Comma));
    }
  }
  uint32_t begin = d->olds.empty() ? kw.begin : d->olds.front()->range.begin;
  d->range = SourceRange{file_, begin, toks_[pos_ - 1].end};
  return d;
}

// "(" ")" | "(" [ghost] e { "," [ghost] e } ")": a parenthesized expression or a tuple;
// "(" [e {, e}] decreases to [e {, e}] ")" (or nonincreases).
Expr* Parser::ParseParens() {
  const Token& t = Advance();
  ExprFlags flags(*this, true, true, true);
  if (Accept(TokenKind::RParen)) {
    auto* tuple = NewExpr<TupleExpr>(t);
    tuple->range = RangeFrom(t);
    return tuple;
  }
  auto decreases_to = [&](std::vector<Expr*> olds) {
    Expr* d = ParseDecreasesTo(std::move(olds), true);
    Expect(TokenKind::RParen);
    d->range = RangeFrom(t);
    return d;
  };
  if (AtDecreasesTo()) return decreases_to({});
  std::vector<Expr*> elements;
  std::vector<bool> ghost;
  do {
    bool g = At(TokenKind::KwGhost) && PeekAt(1).kind != TokenKind::KwVar;
    if (g) Advance();
    ghost.push_back(g);
    elements.push_back(ParseExpr(false));
  } while (Accept(TokenKind::Comma));
  if (AtDecreasesTo()) {
    for (size_t i = 0; i < elements.size(); ++i) {
      if (ghost[i]) {
        diags_.Report(DiagKind::ParseError, elements[i]->tok,
                      "'ghost' components are not allowed in `" + std::string(Cur().text) +
                          " to` expressions.");
      }
    }
    return decreases_to(std::move(elements));
  }
  Expect(TokenKind::RParen);
  if (elements.size() == 1 && !ghost[0]) {
    auto* paren = NewExpr<ParenExpr>(t);
    paren->inner = elements[0];
    paren->range = RangeFrom(t);
    paren->tok = paren->inner->tok;
    return paren;
  }
  auto* tuple = NewExpr<TupleExpr>(t);
  tuple->elements = std::move(elements);
  tuple->ghost = std::move(ghost);
  tuple->range = RangeFrom(t);
  return tuple;
}

Expr* Parser::ParsePrimary() {
  const Token& t = Cur();
  switch (t.kind) {
    case TokenKind::KwTrue:
    case TokenKind::KwFalse: {
      Advance();
      auto* lit = NewExpr<LiteralExpr>(t);
      lit->kind = ExprKind::BoolLiteral;
      lit->bool_value = t.kind == TokenKind::KwTrue;
      return ParseSuffixes(lit);
    }
    case TokenKind::IntLiteral:
    case TokenKind::HexLiteral:
      return ParseSuffixes(ParseLiteral(ExprKind::IntLiteral));
    case TokenKind::RealLiteral:
      return ParseSuffixes(ParseLiteral(ExprKind::RealLiteral));
    case TokenKind::CharLiteral:
      return ParseSuffixes(ParseLiteral(ExprKind::CharLiteral));
    case TokenKind::StringLiteral:
    case TokenKind::VerbatimStringLiteral:
      return ParseSuffixes(ParseLiteral(ExprKind::StringLiteral));
    case TokenKind::KwNull: {
      Advance();
      auto* lit = NewExpr<LiteralExpr>(t);
      lit->kind = ExprKind::NullLiteral;
      return ParseSuffixes(lit);
    }
    case TokenKind::KwThis: {
      Advance();
      auto* lit = NewExpr<LiteralExpr>(t);
      lit->kind = ExprKind::This;
      return ParseSuffixes(lit);
    }
    case TokenKind::Identifier:
      if (IsLambdaStart()) return ParseLambda();
      return ParseSuffixes(ParseNameSegment());
    case TokenKind::LParen:
      if (IsLambdaStart()) return ParseLambda();
      return ParseSuffixes(ParseParens());
    case TokenKind::Bar: {
      Advance();
      auto* card = NewExpr<CardinalityExpr>(t);
      {
        ExprFlags flags(*this, true, false, true);
        card->operand = ParseExpr();
      }
      Expect(TokenKind::Bar);
      card->range = RangeFrom(t);
      return ParseSuffixes(card);
    }
    case TokenKind::KwIf: {
      Advance();
      auto* ite = NewExpr<IfThenElseExpr>(t);
      {
        ExprFlags flags(*this, true, true, true);
        if (IsBindingGuard()) {
          ite->kind = ExprKind::BindingIfThenElse;
          std::vector<Attribute> attrs;
          ite->bound_vars = ParseBindingVars(attrs);
        }
        ite->cond = ParseExpr();
        Expect(TokenKind::KwThen);
        ite->then_branch = ParseExpr();
      }
      Expect(TokenKind::KwElse);
      ite->else_branch = ParseExpr();
      ite->range = RangeFrom(t);
      return ite;
    }
    case TokenKind::KwOld: {
      Advance();
      auto* old = NewExpr<OldExpr>(t);
      if (Accept(TokenKind::At)) {
        if (!At(TokenKind::Identifier) && !At(TokenKind::IntLiteral)) {
          Fail(Cur(), "ident expected");
        }
        old->label = std::string(Advance().text);
      }
      Expect(TokenKind::LParen);
      old->operand = ParseNestedExpr();
      Expect(TokenKind::RParen);
      old->range = RangeFrom(t);
      return ParseSuffixes(old);
    }
    case TokenKind::KwFresh:
      return ParseSuffixes(ParseTwoState(ExprKind::Fresh));
    case TokenKind::KwUnchanged:
      return ParseSuffixes(ParseTwoState(ExprKind::Unchanged));
    case TokenKind::KwAllocated:
      return ParseSuffixes(ParseTwoState(ExprKind::Allocated));
    case TokenKind::KwForall:
    case TokenKind::KwExists:
      return ParseQuantifier();
    case TokenKind::KwVar:
    case TokenKind::ColonMinus:
      return ParseLet();
    case TokenKind::KwGhost:
      if (PeekAt(1).kind == TokenKind::KwVar) return ParseLet();
      Fail(t, "invalid UnaryExpression");
    case TokenKind::KwMatch:
      return ParseMatchExpr();
    case TokenKind::LBracket:
      return ParseSuffixes(ParseSeqExpr());
    case TokenKind::KwSeq:
      return ParseSuffixes(ParseSeqExpr());
    case TokenKind::LBrace:
      return ParseSuffixes(ParseSetDisplay());
    case TokenKind::KwMultiset:
      return ParseSuffixes(ParseSetDisplay());
    case TokenKind::KwIset:
      if (PeekAt(1).kind == TokenKind::LBrace) return ParseSuffixes(ParseSetDisplay());
      return ParseSetComprehension();
    case TokenKind::KwSet:
      return ParseSetComprehension();
    case TokenKind::KwMap:
    case TokenKind::KwImap:
      if (PeekAt(1).kind == TokenKind::LBracket) return ParseSuffixes(ParseMapExpr());
      return ParseMapExpr();
    case TokenKind::KwAssert:
    case TokenKind::KwAssume:
    case TokenKind::KwExpect:
    case TokenKind::KwCalc:
    case TokenKind::KwReveal:
      return ParseStmtInExpr();
    default:
      Fail(t, "invalid UnaryExpression");
  }
}

}  // namespace dfy::parse
