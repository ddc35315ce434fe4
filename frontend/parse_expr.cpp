// Parsing of expressions, by Dafny's precedence levels from lowest to highest:
// <==>, ==> <==, && ||, relational (chaining), << >>, + -, * / %, | & ^, as is, unary, suffixes.
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
      case 'n': out += U'\n'; break;
      case 'r': out += U'\r'; break;
      case 't': out += U'\t'; break;
      case '0': out += U'\0'; break;
      case 'U': {
        char32_t cp = 0;
        ++i;  // '{'
        while (i < body.size() && body[i] != '}') {
          if (body[i] != '_') cp = cp * 16 + (body[i] <= '9' ? body[i] - '0' : (body[i] | 0x20) - 'a' + 10);
          ++i;
        }
        ++i;  // '}'
        out += cp;
        break;
      }
      default: out += static_cast<char32_t>(e); break;
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

Expr* Parser::ParseExpr() {
  DepthGuard guard(*this);
  return ParseEquivalence();
}

Expr* Parser::ParseEquivalence() {
  Expr* e = ParseImplies();
  while (At(TokenKind::LtEqEqGt)) {
    const Token& op = Advance();
    e = MakeBinary(BinaryOp::Iff, op, e, ParseImplies());
  }
  return e;
}

Expr* Parser::ParseImplies() {
  Expr* e = ParseLogical();
  if (At(TokenKind::EqEqGt)) {
    const Token& op = Advance();
    return MakeBinary(BinaryOp::Implies, op, e, ParseImplies());  // right associative
  }
  while (At(TokenKind::LtEqEq)) {
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
  while (At(TokenKind::AmpAmp) || At(TokenKind::BarBar)) {
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
    case TokenKind::EqEq: op = BinaryOp::Eq; return true;
    case TokenKind::BangEq: op = BinaryOp::Neq; return true;
    case TokenKind::Lt: op = BinaryOp::Lt; return true;
    case TokenKind::LtEq: op = BinaryOp::Le; return true;
    case TokenKind::Gt: op = BinaryOp::Gt; return true;
    case TokenKind::GtEq: op = BinaryOp::Ge; return true;
    case TokenKind::KwIn: op = BinaryOp::In; return true;
    case TokenKind::BangBang: op = BinaryOp::Disjoint; return true;
    default: return false;
  }
}

// Chains `a < b <= c` become `a < b && b <= c`, sharing the middle operand.
Expr* Parser::ParseRelational() {
  Expr* first = ParseShift();
  BinaryOp op;
  Expr* result = nullptr;
  Expr* left = first;
  for (;;) {
    bool negated_in = At(TokenKind::Bang) && PeekAt(1).kind == TokenKind::KwIn;
    if (!negated_in && !RelationalOp(Cur().kind, op)) break;
    const Token& op_tok = Advance();
    if (negated_in) {
      Advance();
      op = BinaryOp::NotIn;
    }
    Expr* right = ParseShift();
    Expr* cmp = MakeBinary(op, op_tok, left, right);
    result = result ? MakeBinary(BinaryOp::And, op_tok, result, cmp) : cmp;
    left = right;
  }
  return result ? result : first;
}

Expr* Parser::ParseShift() {
  Expr* e = ParseTerm();
  while (At(TokenKind::LtLt) || At(TokenKind::GtGt)) {
    const Token& op = Advance();
    e = MakeBinary(op.kind == TokenKind::LtLt ? BinaryOp::LeftShift : BinaryOp::RightShift, op, e,
                   ParseTerm());
  }
  return e;
}

Expr* Parser::ParseTerm() {
  Expr* e = ParseFactor();
  while (At(TokenKind::Plus) || At(TokenKind::Minus)) {
    const Token& op = Advance();
    e = MakeBinary(op.kind == TokenKind::Plus ? BinaryOp::Add : BinaryOp::Sub, op, e,
                   ParseFactor());
  }
  return e;
}

Expr* Parser::ParseFactor() {
  Expr* e = ParseBitwise();
  while (At(TokenKind::Star) || At(TokenKind::Slash) || At(TokenKind::Percent)) {
    const Token& op = Advance();
    BinaryOp bop = op.kind == TokenKind::Star    ? BinaryOp::Mul
                   : op.kind == TokenKind::Slash ? BinaryOp::Div
                                                 : BinaryOp::Mod;
    e = MakeBinary(bop, op, e, ParseBitwise());
  }
  return e;
}

Expr* Parser::ParseBitwise() {
  Expr* e = ParseUnary();
  while (At(TokenKind::Bar) || At(TokenKind::Amp) || At(TokenKind::Caret)) {
    const Token& op = Advance();
    BinaryOp bop = op.kind == TokenKind::Bar   ? BinaryOp::BitOr
                   : op.kind == TokenKind::Amp ? BinaryOp::BitAnd
                                               : BinaryOp::BitXor;
    e = MakeBinary(bop, op, e, ParseUnary());
  }
  if (At(TokenKind::KwAs) || At(TokenKind::KwIs)) Unsupported(Cur(), "'as' and 'is' expressions");
  return e;
}

Expr* Parser::ParseUnary() {
  DepthGuard guard(*this);
  if (At(TokenKind::Minus) || At(TokenKind::Bang)) {
    const Token& op = Advance();
    auto* u = NewExpr<UnaryExpr>(op);
    u->op = op.kind == TokenKind::Minus ? UnaryOp::Negate : UnaryOp::Not;
    u->operand = ParseUnary();
    u->range = SourceRange{file_, op.begin, u->operand->range.end};
    return u;
  }
  return ParseSuffixes(ParsePrimary());
}

Expr* Parser::ParseSuffixes(Expr* e) {
  for (;;) {
    if (At(TokenKind::LParen)) {
      const Token& open = Advance();
      auto* call = NewExpr<CallExpr>(open);
      call->callee = e;
      if (!At(TokenKind::RParen)) call->args = ParseExprList(TokenKind::RParen);
      Expect(TokenKind::RParen);
      call->range = SourceRange{file_, e->range.begin, toks_[pos_ - 1].end};
      e = call;
    } else if (At(TokenKind::Dot)) {
      const Token& dot = Advance();
      auto* sel = NewExpr<SelectExpr>(dot);
      sel->object = e;
      if (At(TokenKind::Identifier) || At(TokenKind::IntLiteral)) {
        sel->tok = Range(Cur());
        sel->member = std::string(Advance().text);
      } else {
        Fail(Cur(), "invalid Suffix");
      }
      sel->range = SourceRange{file_, e->range.begin, toks_[pos_ - 1].end};
      e = sel;
    } else if (At(TokenKind::LBracket)) {
      const Token& open = Advance();
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
        Expect(TokenKind::RBracket);
        upd->range = SourceRange{file_, e->range.begin, toks_[pos_ - 1].end};
        e = upd;
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

Expr* Parser::ParsePrimary() {
  const Token& t = Cur();
  switch (t.kind) {
    case TokenKind::KwTrue:
    case TokenKind::KwFalse: {
      Advance();
      auto* lit = NewExpr<LiteralExpr>(t);
      lit->kind = ExprKind::BoolLiteral;
      lit->bool_value = t.kind == TokenKind::KwTrue;
      return lit;
    }
    case TokenKind::IntLiteral:
    case TokenKind::HexLiteral:
      return ParseLiteral(ExprKind::IntLiteral);
    case TokenKind::RealLiteral:
      return ParseLiteral(ExprKind::RealLiteral);
    case TokenKind::CharLiteral:
      return ParseLiteral(ExprKind::CharLiteral);
    case TokenKind::StringLiteral:
    case TokenKind::VerbatimStringLiteral:
      return ParseLiteral(ExprKind::StringLiteral);
    case TokenKind::KwNull: {
      Advance();
      auto* lit = NewExpr<LiteralExpr>(t);
      lit->kind = ExprKind::NullLiteral;
      return lit;
    }
    case TokenKind::KwThis: {
      Advance();
      auto* lit = NewExpr<LiteralExpr>(t);
      lit->kind = ExprKind::This;
      return lit;
    }
    case TokenKind::Identifier: {
      Advance();
      auto* name = NewExpr<NameExpr>(t);
      name->name = std::string(t.text);
      return name;
    }
    case TokenKind::LParen: {
      Advance();
      if (At(TokenKind::RParen)) Unsupported(Cur(), "tuples");
      auto* paren = NewExpr<ParenExpr>(t);
      paren->inner = ParseExpr();
      if (At(TokenKind::Comma)) Unsupported(Cur(), "tuples");
      Expect(TokenKind::RParen);
      paren->range = RangeFrom(t);
      paren->tok = paren->inner->tok;
      return paren;
    }
    case TokenKind::Bar: {
      Advance();
      auto* card = NewExpr<CardinalityExpr>(t);
      card->operand = ParseExpr();
      Expect(TokenKind::Bar);
      card->range = RangeFrom(t);
      return card;
    }
    case TokenKind::KwIf: {
      Advance();
      auto* ite = NewExpr<IfThenElseExpr>(t);
      ite->cond = ParseExpr();
      Expect(TokenKind::KwThen);
      ite->then_branch = ParseExpr();
      Expect(TokenKind::KwElse);
      ite->else_branch = ParseExpr();
      ite->range = RangeFrom(t);
      return ite;
    }
    case TokenKind::KwOld: {
      Advance();
      auto* old = NewExpr<OldExpr>(t);
      if (Accept(TokenKind::At)) old->label = ExpectIdent();
      Expect(TokenKind::LParen);
      old->operand = ParseExpr();
      Expect(TokenKind::RParen);
      old->range = RangeFrom(t);
      return old;
    }
    case TokenKind::KwForall:
    case TokenKind::KwExists: Unsupported(t, "quantifiers");
    case TokenKind::KwVar: Unsupported(t, "let expressions");
    case TokenKind::KwMatch: Unsupported(t, "match expressions");
    case TokenKind::LBracket: Unsupported(t, "sequence displays");
    case TokenKind::LBrace: Unsupported(t, "set displays");
    case TokenKind::KwMultiset: Unsupported(t, "multisets");
    case TokenKind::KwMap:
    case TokenKind::KwImap: Unsupported(t, "maps");
    case TokenKind::KwSet:
    case TokenKind::KwIset: Unsupported(t, "set comprehensions");
    case TokenKind::KwSeq: Unsupported(t, "sequence constructions");
    case TokenKind::KwFresh: Unsupported(t, "fresh expressions");
    case TokenKind::KwUnchanged: Unsupported(t, "unchanged expressions");
    case TokenKind::KwAllocated: Unsupported(t, "allocated expressions");
    case TokenKind::KwAssert:
    case TokenKind::KwAssume:
    case TokenKind::KwCalc:
    case TokenKind::KwReveal: Unsupported(t, "statements inside expressions");
    default:
      Fail(t, "invalid UnaryExpression");
  }
}

}  // namespace dfy::parse
