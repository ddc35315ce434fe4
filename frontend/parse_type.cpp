// Parsing of types, type parameters, type arguments and attributes, and the lookahead that
// decides whether a `<` after a name starts type arguments (Dafny's IsGenericInstantiation).
#include <fmt/format.h>

#include <cctype>

#include "frontend/parser_impl.h"

namespace dfy::parse {

std::vector<Attribute> Parser::ParseAttributes() {
  std::vector<Attribute> attrs;
  while (At(TokenKind::LBrace) && PeekAt(1).kind == TokenKind::Colon) {
    DepthGuard guard(*this);
    ExprFlags flags(*this, true, true, true);
    const Token& open = Advance();
    Advance();
    Attribute a;
    // The name may be a keyword: {:print}, {:extern}.
    std::string_view w = Cur().text;
    if (w.empty() || !(std::isalpha(static_cast<unsigned char>(w[0])) || w[0] == '_') ||
        At(TokenKind::StringLiteral) || At(TokenKind::CharLiteral)) {
      Fail(Cur(), "ident expected");
    }
    a.name = std::string(Advance().text);
    if (!At(TokenKind::RBrace)) a.args = ParseExprList(TokenKind::RBrace);
    Expect(TokenKind::RBrace);
    a.range = RangeFrom(open);
    attrs.push_back(std::move(a));
  }
  return attrs;
}

static bool IsCollectionTypeKeyword(TokenKind k) {
  switch (k) {
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

static bool IsScalarTypeKeyword(TokenKind k) {
  switch (k) {
    case TokenKind::KwInt:
    case TokenKind::KwBool:
    case TokenKind::KwReal:
    case TokenKind::KwChar:
    case TokenKind::KwNat:
    case TokenKind::KwString:
    case TokenKind::KwObject:
    case TokenKind::KwOrdinal:
      return true;
    default:
      return false;
  }
}

// Consumes the `>` that closes a type argument list, splitting a `>>` (and `>=`, `>>=`... do
// not occur in types) into two.
static void CloseAngle(Parser& p) {
  if (p.At(TokenKind::GtGt)) {
    Token& t2 = p.toks_[p.pos_];
    t2.kind = TokenKind::Gt;
    t2.begin += 1;
    t2.text = t2.text.substr(1);
    return;
  }
  if (p.At(TokenKind::GtEq)) {
    // `seq<int>= e` does not occur; report as Dafny would.
    p.Fail(p.Cur(), "\">\" expected");
  }
  p.Expect(TokenKind::Gt);
}

// "<" [ Type { "," Type } ] ">" after a name; the caller checked the "<".
std::vector<TypeExpr*> Parser::ParseTypeArgs() {
  DepthGuard guard(*this);
  std::vector<TypeExpr*> args;
  Expect(TokenKind::Lt);
  if (!At(TokenKind::Gt) && !At(TokenKind::GtGt)) {
    do {
      Accept(TokenKind::KwGhost);
      args.push_back(ParseType());
    } while (Accept(TokenKind::Comma));
  }
  CloseAngle(*this);
  return args;
}

TypeExpr* Parser::ParseType(bool in_expression) {
  DepthGuard guard(*this);
  const Token& first = Cur();
  TypeExpr* t = program_.arena.New<TypeExpr>();
  if (Accept(TokenKind::LParen)) {
    t->kind = TypeExprKind::Tuple;
    if (!At(TokenKind::RParen)) {
      do {
        t->ghost.push_back(Accept(TokenKind::KwGhost));
        t->args.push_back(ParseType());
      } while (Accept(TokenKind::Comma));
    }
    Expect(TokenKind::RParen);
  } else {
    TokenKind k = Cur().kind;
    if (IsScalarTypeKeyword(k) || IsCollectionTypeKeyword(k) || k == TokenKind::Identifier) {
      t->name = std::string(Advance().text);
    } else {
      Fail(Cur(), "invalid TypeAndToken");
    }
    // A scalar type never takes type arguments, and a `<` that does not start a type list is
    // not ours: `set x: C <- s`, `x as T < y`.
    auto type_args_follow = [&] {
      return At(TokenKind::Lt) && IsGenericInstantiation(in_expression);
    };
    bool may_have_args = !IsScalarTypeKeyword(k);
    if (may_have_args && type_args_follow()) {
      const Token& open = Cur();
      t->args = ParseTypeArgs();
      // Dafny's grammar gives the collection types their number of type arguments.
      bool one = k == TokenKind::KwSeq || k == TokenKind::KwSet || k == TokenKind::KwIset ||
                 k == TokenKind::KwMultiset;
      bool two = k == TokenKind::KwMap || k == TokenKind::KwImap;
      if ((one && t->args.size() != 1) || (two && t->args.size() != 2)) {
        diags_.Report(DiagKind::ParseError, Range(open),
                      one ? fmt::format("{} type expects only one type argument", t->name)
                          : fmt::format("{} type expects two type arguments", t->name));
      }
    }
    while (k == TokenKind::Identifier && At(TokenKind::Dot) &&
           (PeekAt(1).kind == TokenKind::Identifier || PeekAt(1).kind == TokenKind::IntLiteral)) {
      Advance();
      t->name += '.';
      t->name += Advance().text;
      // Type arguments of an enclosing segment (M.C<int>.T) are kept with the last ones.
      if (type_args_follow()) {
        auto more = ParseTypeArgs();
        t->args.insert(t->args.end(), more.begin(), more.end());
      }
    }
  }
  t->range = RangeFrom(first);
  if (At(TokenKind::MinusGt) || At(TokenKind::TildeGt) ||
      (At(TokenKind::Minus) && PeekAt(1).kind == TokenKind::MinusGt)) {
    TypeExpr* arrow = program_.arena.New<TypeExpr>();
    arrow->kind = TypeExprKind::Arrow;
    if (Accept(TokenKind::Minus)) {
      Advance();
      arrow->arrow = "-->";
    } else {
      arrow->arrow = std::string(Advance().text);
    }
    if (t->kind == TypeExprKind::Tuple) {
      arrow->args = t->args;
    } else {
      arrow->args.push_back(t);
    }
    arrow->args.push_back(ParseType());
    arrow->range = RangeFrom(first);
    return arrow;
  }
  return t;
}

// Characteristics in parentheses after a type parameter or an opaque type: (==), (0), (00),
// (!new), several in one pair separated by commas, or several pairs.
std::string Parser::ParseCharacteristics() {
  std::string out;
  while (Accept(TokenKind::LParen)) {
    out += '(';
    out += ParseCharacteristicList();
    out += ')';
  }
  return out;
}

// After "(": == | 0 | 00 | !new, separated by commas, then ")". Returns them without blanks.
std::string Parser::ParseCharacteristicList() {
  constexpr const char* kKinds = "should be one of == or 0 or 00 or !new";
  std::string out;
  for (;;) {
    if (At(TokenKind::EqEq) ||
        (At(TokenKind::IntLiteral) && (Cur().text == "0" || Cur().text == "00"))) {
      out += Advance().text;
    } else if (At(TokenKind::Bang) && PeekAt(1).kind == TokenKind::KwNew) {
      Advance();
      Advance();
      out += "!new";
    } else if (At(TokenKind::RParen) || At(TokenKind::Comma)) {
      Fail(Cur(), fmt::format("extra comma or missing type characteristic: {}", kKinds));
    } else {
      Fail(Cur(), fmt::format("illegal type characteristic: '{}' {}", Cur().text, kKinds));
    }
    if (!Accept(TokenKind::Comma)) break;
    out += ',';
  }
  Expect(TokenKind::RParen);
  return out;
}

std::vector<TypeParam> Parser::ParseTypeParams() {
  std::vector<TypeParam> params;
  if (!Accept(TokenKind::Lt)) return params;
  do {
    TypeParam p;
    if (At(TokenKind::Plus) || At(TokenKind::Minus) || At(TokenKind::Star) || At(TokenKind::Bang)) {
      p.variance = Advance().text[0];
    }
    const Token& name = Expect(TokenKind::Identifier);
    p.name = std::string(name.text);
    p.range = Range(name);
    // T(0)(==) is T(0,==).
    while (Accept(TokenKind::LParen)) {
      if (!p.characteristics.empty()) p.characteristics += ',';
      p.characteristics += ParseCharacteristicList();
    }
    while (Accept(TokenKind::KwExtends)) p.bounds.push_back(ParseType());
    params.push_back(std::move(p));
  } while (Accept(TokenKind::Comma));
  CloseAngle(*this);
  return params;
}

// ---------------------------------------------------------------------------------------------
// Lookahead over tokens, without consuming: does a type list "<" T, ... ">" start at p? Token
// `>>` closes two lists; pending_gt counts a `>` still owed to an outer list.

bool Parser::ScanTypeList(size_t& p, int& pending_gt) const {
  if (toks_[p].kind != TokenKind::Lt) return false;
  ++p;
  if (toks_[p].kind == TokenKind::Gt) {
    ++p;
    return true;
  }
  for (;;) {
    if (toks_[p].kind == TokenKind::KwGhost) ++p;
    int inner_pending = 0;
    if (!ScanType(p, inner_pending)) return false;
    if (inner_pending > 0) {
      // The inner list ended with `>>`: the second `>` closes this list.
      return true;
    }
    TokenKind k = toks_[p].kind;
    if (k == TokenKind::Gt) {
      ++p;
      return true;
    }
    if (k == TokenKind::GtGt) {
      ++p;
      ++pending_gt;
      return true;
    }
    if (k != TokenKind::Comma) return false;
    ++p;
  }
}

bool Parser::ScanType(size_t& p, int& pending_gt) const {
  if (!ScanNonArrowType(p, pending_gt)) return false;
  while (pending_gt == 0) {
    TokenKind k = toks_[p].kind;
    if (k == TokenKind::MinusGt || k == TokenKind::TildeGt) {
      ++p;
    } else if (k == TokenKind::Minus && toks_[p + 1].kind == TokenKind::MinusGt) {
      p += 2;
    } else {
      break;
    }
    if (!ScanNonArrowType(p, pending_gt)) return false;
  }
  return true;
}

bool Parser::ScanNonArrowType(size_t& p, int& pending_gt) const {
  if (p + 1 >= toks_.size()) return false;
  TokenKind k = toks_[p].kind;
  if (IsScalarTypeKeyword(k)) {
    ++p;
    return true;
  }
  if (IsCollectionTypeKeyword(k)) {
    ++p;
    return toks_[p].kind != TokenKind::Lt || ScanTypeList(p, pending_gt);
  }
  if (k == TokenKind::Identifier) {
    for (;;) {
      ++p;
      if (toks_[p].kind == TokenKind::Lt) {
        if (!ScanTypeList(p, pending_gt)) return false;
        if (pending_gt > 0) return true;
      }
      if (toks_[p].kind != TokenKind::Dot) return true;
      ++p;
      if (toks_[p].kind != TokenKind::Identifier && toks_[p].kind != TokenKind::IntLiteral) {
        return false;
      }
    }
  }
  if (k == TokenKind::LParen) {
    ++p;
    if (toks_[p].kind == TokenKind::RParen) {
      ++p;
      return true;
    }
    for (;;) {
      if (toks_[p].kind == TokenKind::KwGhost) ++p;
      int inner = 0;
      if (!ScanType(p, inner) || inner > 0) return false;
      if (toks_[p].kind == TokenKind::RParen) {
        ++p;
        return true;
      }
      if (toks_[p].kind != TokenKind::Comma) return false;
      ++p;
    }
  }
  return false;
}

// At a `<` after a name in an expression: is it a type instantiation (f<int>(x), C<T>.M) rather
// than a comparison? As Dafny decides: the tokens must form a type list, and in an expression the
// token after the `>` must be one that cannot start an operand.
bool Parser::IsGenericInstantiation(bool in_expression) const {
  size_t p = pos_;
  int pending = 0;
  if (!ScanTypeList(p, pending)) return false;
  if (!in_expression) return true;
  if (pending > 0) return true;  // closed by `>>`: another list continues outside
  switch (toks_[p].kind) {
    case TokenKind::LtEqEqGt:
    case TokenKind::EqEqGt:
    case TokenKind::LtEqEq:
    case TokenKind::AmpAmp:
    case TokenKind::BarBar:
    case TokenKind::Dot:
    case TokenKind::LParen:
    case TokenKind::LBracket:
    case TokenKind::LBrace:
    case TokenKind::At:
    case TokenKind::RParen:
    case TokenKind::RBracket:
    case TokenKind::RBrace:
    case TokenKind::Comma:
    case TokenKind::Semicolon:
    case TokenKind::KwThen:
    case TokenKind::KwElse:
    case TokenKind::KwCase:
    case TokenKind::EqEq:
    case TokenKind::BangEq:
    case TokenKind::KwAs:
    case TokenKind::KwIs:
    case TokenKind::EqGt:
    case TokenKind::KwBy:
    case TokenKind::KwIn:
    case TokenKind::Lt:
    case TokenKind::Gt:
    case TokenKind::EndOfFile:
    case TokenKind::KwDecreases:
    case TokenKind::KwModifies:
    case TokenKind::KwReads:
    case TokenKind::KwRequires:
    case TokenKind::KwEnsures:
    case TokenKind::KwInvariant:
    case TokenKind::KwWitness:
    case TokenKind::KwFunction:
    case TokenKind::KwPredicate:
    case TokenKind::KwTwostate:
    case TokenKind::KwLemma:
    case TokenKind::KwGhost:
    case TokenKind::KwStatic:
    case TokenKind::KwImport:
    case TokenKind::KwExport:
    case TokenKind::KwClass:
    case TokenKind::KwTrait:
    case TokenKind::KwDatatype:
    case TokenKind::KwCodatatype:
    case TokenKind::KwVar:
    case TokenKind::KwConst:
    case TokenKind::KwNewtype:
    case TokenKind::KwType:
    case TokenKind::KwIterator:
    case TokenKind::KwMethod:
    case TokenKind::KwConstructor:
      return true;
    case TokenKind::Identifier: {
      std::string_view w = toks_[p].text;
      return w == "least" || w == "greatest" || w == "inductive" || w == "copredicate" ||
             w == "colemma";
    }
    default:
      return false;
  }
}

}  // namespace dfy::parse
