// Parsing of declarations, formals, types and attributes.
#include <fmt/format.h>

#include "frontend/lexer.h"
#include "frontend/parser_impl.h"

namespace dfy {
namespace parse {

Parser::DepthGuard::DepthGuard(Parser& p) : p_(p) {
  if (++p_.depth_ > kMaxDepth) {
    const Token& t = p_.Cur();
    if (p_.last_error_pos_ != SIZE_MAX - 1) {
      p_.diags_.Report(DiagKind::NestingTooDeep, p_.Range(t),
                       fmt::format("program nesting is too deep (more than {} levels)", kMaxDepth));
    }
    p_.last_error_pos_ = SIZE_MAX - 1;  // suppress everything else while unwinding
    --p_.depth_;
    throw SyntaxError{};
  }
}

void Parser::Fail(const Token& at, std::string message) {
  if (last_error_pos_ != pos_ && last_error_pos_ != SIZE_MAX - 1) {
    // Dafny marks a syntax error at its first character only.
    diags_.Report(DiagKind::ParseError, SourceRange{file_, at.begin, at.begin + 1},
                  std::move(message));
  }
  last_error_pos_ = pos_;
  throw SyntaxError{};
}

void Parser::Unsupported(const Token& at, std::string what) {
  diags_.Report(DiagKind::Unsupported, Range(at),
                fmt::format("dfyc does not support {} yet", what));
  last_error_pos_ = pos_;
  throw SyntaxError{};
}

// Coco-style names, as Dafny prints them in "X expected".
static std::string ExpectedName(TokenKind k) {
  switch (k) {
    case TokenKind::Semicolon: return "semi";
    case TokenKind::LParen: return "openparen";
    case TokenKind::RParen: return "closeparen";
    case TokenKind::LBrace: return "lbrace";
    case TokenKind::RBrace: return "rbrace";
    case TokenKind::LBracket: return "openbracket";
    case TokenKind::RBracket: return "closebracket";
    case TokenKind::Colon: return "colon";
    case TokenKind::Comma: return "comma";
    case TokenKind::Identifier: return "ident";
    default: return fmt::format("\"{}\"", TokenSpelling(k));
  }
}

const Token& Parser::Expect(TokenKind k, std::string_view context) {
  if (At(k)) return Advance();
  if (!context.empty()) Fail(Cur(), fmt::format("this symbol not expected in {}", context));
  Fail(Cur(), ExpectedName(k) + " expected");
}

std::string Parser::ExpectIdent() { return std::string(Expect(TokenKind::Identifier).text); }

Var* Parser::NewVar(VarKind kind, const Token& name_tok) {
  Var* v = program_.arena.New<Var>();
  v->id = program_.arena.NextVarId();
  v->kind = kind;
  v->name = std::string(name_tok.text);
  v->range = Range(name_tok);
  return v;
}

std::vector<Attribute> Parser::ParseAttributes() {
  std::vector<Attribute> attrs;
  while (At(TokenKind::LBrace) && PeekAt(1).kind == TokenKind::Colon) {
    const Token& open = Advance();
    Advance();
    Attribute a;
    a.name = ExpectIdent();
    if (!At(TokenKind::RBrace)) a.args = ParseExprList(TokenKind::RBrace);
    Expect(TokenKind::RBrace);
    a.range = RangeFrom(open);
    attrs.push_back(std::move(a));
  }
  return attrs;
}

TypeExpr* Parser::ParseType() {
  DepthGuard guard(*this);
  const Token& first = Cur();
  TypeExpr* t = program_.arena.New<TypeExpr>();
  if (Accept(TokenKind::LParen)) {
    t->kind = TypeExprKind::Tuple;
    if (!At(TokenKind::RParen)) {
      do {
        t->args.push_back(ParseType());
      } while (Accept(TokenKind::Comma));
    }
    Expect(TokenKind::RParen);
  } else {
    switch (Cur().kind) {
      case TokenKind::KwInt: case TokenKind::KwBool: case TokenKind::KwReal:
      case TokenKind::KwChar: case TokenKind::KwNat: case TokenKind::KwString:
      case TokenKind::KwObject: case TokenKind::KwOrdinal: case TokenKind::KwSeq:
      case TokenKind::KwSet: case TokenKind::KwIset: case TokenKind::KwMultiset:
      case TokenKind::KwMap: case TokenKind::KwImap: case TokenKind::Identifier:
        t->name = std::string(Advance().text);
        break;
      default:
        Fail(Cur(), "invalid Type");
    }
    while (At(TokenKind::Dot) && PeekAt(1).kind == TokenKind::Identifier) {
      Advance();
      t->name += '.';
      t->name += Advance().text;
    }
    if (t->name == "object" && Accept(TokenKind::Question)) t->name = "object?";
    if (Accept(TokenKind::Lt)) {
      do {
        t->args.push_back(ParseType());
      } while (Accept(TokenKind::Comma));
      if (At(TokenKind::GtGt)) {
        // `seq<seq<int>>`: consume the first `>` of `>>` and leave the second.
        Token& t2 = toks_[pos_];
        t2.kind = TokenKind::Gt;
        t2.begin += 1;
        t2.text = t2.text.substr(1);
      } else {
        Expect(TokenKind::Gt);
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

std::vector<TypeParam> Parser::ParseTypeParams() {
  std::vector<TypeParam> params;
  if (!Accept(TokenKind::Lt)) return params;
  do {
    TypeParam p;
    if (At(TokenKind::Plus) || At(TokenKind::Minus) || At(TokenKind::Star) ||
        At(TokenKind::Bang)) {
      p.variance = Advance().text[0];
    }
    const Token& name = Expect(TokenKind::Identifier);
    p.name = std::string(name.text);
    p.range = Range(name);
    while (Accept(TokenKind::LParen)) {
      while (!At(TokenKind::RParen) && !At(TokenKind::EndOfFile)) {
        p.characteristics += std::string(Advance().text);
      }
      Expect(TokenKind::RParen);
    }
    params.push_back(std::move(p));
  } while (Accept(TokenKind::Comma));
  Expect(TokenKind::Gt);
  return params;
}

Var* Parser::ParseFormal(VarKind kind, bool allow_untyped) {
  bool ghost = Accept(TokenKind::KwGhost);
  if (AtIdent("nameonly") || AtIdent("older")) {
    Unsupported(Cur(), fmt::format("'{}' parameters", Cur().text));
  }
  const Token& name = Expect(TokenKind::Identifier);
  Var* v = NewVar(kind, name);
  v->ghost = ghost;
  if (Accept(TokenKind::Colon)) {
    v->type = ParseType();
  } else if (!allow_untyped) {
    Fail(Cur(), "colon expected");
  }
  if (kind == VarKind::InParam && At(TokenKind::ColonEq)) {
    Unsupported(Cur(), "default parameter values");
  }
  return v;
}

std::vector<Var*> Parser::ParseFormals(VarKind kind) {
  std::vector<Var*> vars;
  Expect(TokenKind::LParen);
  if (!At(TokenKind::RParen)) {
    do {
      vars.push_back(ParseFormal(kind, false));
    } while (Accept(TokenKind::Comma));
  }
  Expect(TokenKind::RParen);
  return vars;
}

// Skips a declaration we cannot parse: to the end of its balanced braces, or to the next
// token that starts a declaration.
void Parser::SkipDeclaration(const Token& start) {
  (void)start;
  int depth = 0;
  while (!At(TokenKind::EndOfFile)) {
    if (At(TokenKind::LBrace)) {
      ++depth;
    } else if (At(TokenKind::RBrace)) {
      if (depth == 0) return;
      if (--depth == 0) {
        Advance();
        return;
      }
    } else if (depth == 0) {
      switch (Cur().kind) {
        case TokenKind::KwMethod: case TokenKind::KwLemma: case TokenKind::KwFunction:
        case TokenKind::KwPredicate: case TokenKind::KwClass: case TokenKind::KwDatatype:
        case TokenKind::KwModule: case TokenKind::KwGhost: case TokenKind::KwTrait:
        case TokenKind::KwConstructor:
          if (pos_ > 0 && &Cur() != &start) return;
          break;
        default:
          break;
      }
    }
    Advance();
  }
}

MethodDecl* Parser::ParseMethod(bool ghost, bool is_static) {
  const Token& first = Cur();
  MethodDecl* m = program_.arena.New<MethodDecl>();
  switch (Advance().kind) {
    case TokenKind::KwLemma:
      m->flavor = MethodFlavor::Lemma;
      break;
    case TokenKind::KwConstructor:
      m->flavor = MethodFlavor::Constructor;
      break;
    default:
      m->flavor = MethodFlavor::Method;
  }
  m->ghost = ghost || m->flavor == MethodFlavor::Lemma;
  m->is_static = is_static;
  m->attributes = ParseAttributes();
  const Token& name = Expect(TokenKind::Identifier);
  m->name = std::string(name.text);
  m->name_range = Range(name);
  m->type_params = ParseTypeParams();
  m->ins = ParseFormals(VarKind::InParam);
  if (Accept(TokenKind::KwReturns)) m->outs = ParseFormals(VarKind::OutParam);
  for (;;) {
    if (Accept(TokenKind::KwRequires)) {
      Spec s;
      s.attributes = ParseAttributes();
      s.expr = ParseExpr();
      m->requires_.push_back(s);
    } else if (Accept(TokenKind::KwEnsures)) {
      Spec s;
      s.attributes = ParseAttributes();
      s.expr = ParseExpr();
      m->ensures.push_back(s);
    } else if (Accept(TokenKind::KwModifies)) {
      ParseAttributes();
      auto frames = ParseExprList(TokenKind::EndOfFile);
      m->modifies.insert(m->modifies.end(), frames.begin(), frames.end());
    } else if (Accept(TokenKind::KwDecreases)) {
      ParseAttributes();
      if (Accept(TokenKind::Star)) {
        m->decreases_star = true;
      } else {
        m->decreases = ParseExprList(TokenKind::EndOfFile);
      }
    } else if (At(TokenKind::KwReads)) {
      Unsupported(Cur(), "reads clauses on methods");
    } else {
      break;
    }
  }
  if (At(TokenKind::LBrace)) m->body = ParseBlock();
  m->range = RangeFrom(first);
  return m;
}

FunctionDecl* Parser::ParseFunction(bool ghost, bool is_static) {
  const Token& first = Cur();
  FunctionDecl* f = program_.arena.New<FunctionDecl>();
  bool is_predicate = Advance().kind == TokenKind::KwPredicate;
  f->flavor = is_predicate ? FunctionFlavor::Predicate : FunctionFlavor::Function;
  // Dafny 3's `function method` is a compiled function; Dafny 4's `function` is compiled too.
  Accept(TokenKind::KwMethod);
  f->ghost = ghost;
  f->is_static = is_static;
  f->attributes = ParseAttributes();
  const Token& name = Expect(TokenKind::Identifier);
  f->name = std::string(name.text);
  f->name_range = Range(name);
  f->type_params = ParseTypeParams();
  f->params = ParseFormals(VarKind::InParam);
  if (is_predicate) {
    f->result_type = program_.arena.New<TypeExpr>();
    f->result_type->name = "bool";
    f->result_type->range = f->name_range;
    if (Accept(TokenKind::Colon)) {
      Expect(TokenKind::LParen);
      f->result = ParseFormal(VarKind::FunctionResult, false);
      Expect(TokenKind::RParen);
      f->result_type = f->result->type;
    }
  } else {
    Expect(TokenKind::Colon);
    if (At(TokenKind::LParen) && PeekAt(1).kind == TokenKind::Identifier &&
        PeekAt(2).kind == TokenKind::Colon) {
      Advance();
      f->result = ParseFormal(VarKind::FunctionResult, false);
      Expect(TokenKind::RParen);
      f->result_type = f->result->type;
    } else {
      f->result_type = ParseType();
    }
  }
  for (;;) {
    if (Accept(TokenKind::KwRequires)) {
      Spec s;
      s.attributes = ParseAttributes();
      s.expr = ParseExpr();
      f->requires_.push_back(s);
    } else if (Accept(TokenKind::KwEnsures)) {
      Spec s;
      s.attributes = ParseAttributes();
      s.expr = ParseExpr();
      f->ensures.push_back(s);
    } else if (Accept(TokenKind::KwReads)) {
      ParseAttributes();
      auto frames = ParseExprList(TokenKind::EndOfFile);
      f->reads.insert(f->reads.end(), frames.begin(), frames.end());
    } else if (Accept(TokenKind::KwDecreases)) {
      ParseAttributes();
      f->decreases = ParseExprList(TokenKind::EndOfFile);
    } else {
      break;
    }
  }
  if (Accept(TokenKind::LBrace)) {
    f->body = ParseExpr();
    Expect(TokenKind::RBrace);
    if (Accept(TokenKind::KwBy)) {
      Expect(TokenKind::KwMethod);
      f->by_method = ParseBlock();
    }
  }
  f->range = RangeFrom(first);
  return f;
}

Decl* Parser::ParseTopDecl() {
  const Token& start = Cur();
  ParseAttributes();
  bool ghost = false;
  bool is_static = false;
  for (;;) {
    if (Accept(TokenKind::KwGhost)) {
      ghost = true;
    } else if (Accept(TokenKind::KwStatic)) {
      is_static = true;
    } else if (AtIdent("opaque") || AtIdent("abstract") || AtIdent("replaceable")) {
      Unsupported(Cur(), fmt::format("'{}' declarations", Cur().text));
    } else {
      break;
    }
  }
  switch (Cur().kind) {
    case TokenKind::KwMethod:
    case TokenKind::KwLemma:
      return ParseMethod(ghost, is_static);
    case TokenKind::KwFunction:
    case TokenKind::KwPredicate:
      return ParseFunction(ghost, is_static);
    case TokenKind::KwClass: Unsupported(Cur(), "classes");
    case TokenKind::KwTrait: Unsupported(Cur(), "traits");
    case TokenKind::KwDatatype: Unsupported(Cur(), "datatypes");
    case TokenKind::KwCodatatype: Unsupported(Cur(), "codatatypes");
    case TokenKind::KwModule: Unsupported(Cur(), "modules");
    case TokenKind::KwImport: Unsupported(Cur(), "imports");
    case TokenKind::KwInclude: Unsupported(Cur(), "include directives");
    case TokenKind::KwNewtype: Unsupported(Cur(), "newtypes");
    case TokenKind::KwType: Unsupported(Cur(), "type declarations");
    case TokenKind::KwConst: Unsupported(Cur(), "constants");
    case TokenKind::KwIterator: Unsupported(Cur(), "iterators");
    case TokenKind::KwTwostate: Unsupported(Cur(), "two-state declarations");
    default:
      if (AtIdent("least") || AtIdent("greatest") || AtIdent("inductive") ||
          AtIdent("copredicate") || AtIdent("colemma")) {
        Unsupported(Cur(), "extreme predicates and lemmas");
      }
      (void)start;
      Fail(Cur(), "this symbol not expected in Dafny");
  }
}

void Parser::ParseFile() {
  while (!At(TokenKind::EndOfFile)) {
    const Token& start = Cur();
    size_t before = pos_;
    try {
      Decl* d = ParseTopDecl();
      program_.default_module->decls.push_back(d);
    } catch (const SyntaxError&) {
      if (last_error_pos_ == SIZE_MAX - 1) return;  // nesting too deep: stop here
      if (pos_ == before) Advance();
      SkipDeclaration(start);
    }
  }
}

}  // namespace parse

void Parse(const TokenBuffer& tokens, Program& program, Diagnostics& diags) {
  parse::Parser(tokens, program, diags).ParseFile();
}

std::unique_ptr<Program> ParseAll(Context& ctx) {
  auto program = std::make_unique<Program>();
  program->default_module = program->arena.New<ModuleDecl>();
  program->default_module->is_default = true;
  program->default_module->name = "_module";
  for (FileId id = 0; id < ctx.sources.FileCount(); ++id) {
    program->files.push_back(id);
    TokenBuffer tokens = Lex(ctx.sources.File(id), id, ctx.diags);
    Parse(tokens, *program, ctx.diags);
  }
  return program;
}

}  // namespace dfy
