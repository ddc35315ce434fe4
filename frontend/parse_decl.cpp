// Parsing of declarations: the file and module level, methods, functions, formals and
// specification clauses. Types are in parse_type.cpp; modules, classes, datatypes and type
// declarations in parse_type_decl.cpp.
#include <fmt/format.h>

#include <cctype>

#include "frontend/lexer.h"
#include "frontend/parser_impl.h"

namespace dfy {
namespace parse {

Parser::DepthGuard::DepthGuard(Parser& p) : p_(p) {
  if (++p_.depth_ > kMaxDepth) {
    --p_.depth_;
    p_.TooDeep();
  }
}

void Parser::TooDeep() {
  if (last_error_pos_ != SIZE_MAX - 1) {
    diags_.Report(DiagKind::NestingTooDeep, Range(Cur()),
                  fmt::format("program nesting is too deep (more than {} levels)", kMaxDepth));
  }
  last_error_pos_ = SIZE_MAX - 1;  // suppress everything else while unwinding
  throw SyntaxError{};
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
    case TokenKind::Semicolon:
      return "semicolon";
    case TokenKind::LParen:
      return "openparen";
    case TokenKind::RParen:
      return "closeparen";
    case TokenKind::LBrace:
      return "lbrace";
    case TokenKind::RBrace:
      return "rbrace";
    case TokenKind::LBracket:
      return "lbracket";
    case TokenKind::RBracket:
      return "rbracket";
    case TokenKind::Colon:
      return "colon";
    case TokenKind::Comma:
      return "comma";
    case TokenKind::Identifier:
      return "ident";
    case TokenKind::Bar:
      return "verticalbar";
    case TokenKind::ColonColon:
      return "doublecolon";
    case TokenKind::ColonEq:
      return "gets";
    case TokenKind::ColonBar:
      return "boredSmiley";
    case TokenKind::Dot:
      return "dot";
    case TokenKind::Backtick:
      return "backtick";
    case TokenKind::EqGt:
      return "darrow";
    case TokenKind::Lt:
      return "openAngleBracket";
    case TokenKind::Gt:
      return "closeAngleBracket";
    case TokenKind::Eq:
      return "singleeq";
    case TokenKind::EqEq:
      return "eq";
    case TokenKind::BangEq:
      return "neq";
    case TokenKind::Star:
      return "star";
    case TokenKind::At:
      return "at";
    case TokenKind::Ellipsis:
      return "ellipsis";
    case TokenKind::MinusGt:
      return "sarrow";
    case TokenKind::TildeGt:
      return "qarrow";
    case TokenKind::Minus:
      return "minus";
    default: {
      // Keywords are named bare ("then expected"); other symbols quoted.
      std::string_view spelling = TokenSpelling(k);
      bool word = !spelling.empty() && std::isalpha(static_cast<unsigned char>(spelling[0]));
      return word ? std::string(spelling) : fmt::format("\"{}\"", spelling);
    }
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

// A formal: [ghost] [new] [nameonly] [older] name: Type. `allow_untyped` for local variables.
Var* Parser::ParseFormal(VarKind kind, bool allow_untyped) {
  bool ghost = false;
  bool is_new = false;
  bool is_older = false;
  for (;;) {
    if (Accept(TokenKind::KwGhost)) {
      ghost = true;
    } else if (Accept(TokenKind::KwNew)) {
      is_new = true;
    } else if (AtIdent("older") && PeekAt(1).kind == TokenKind::Identifier) {
      const Token& older = Advance();
      if (allow_older_) {
        is_older = true;
      } else {
        diags_.Report(DiagKind::ParseError, Range(older),
                      "formal cannot be declared 'older' in this context");
      }
    } else if (AtIdent("nameonly") && PeekAt(1).kind == TokenKind::Identifier) {
      Advance();
    } else {
      break;
    }
  }
  const Token& name = Expect(TokenKind::Identifier);
  Var* v = NewVar(kind, name);
  v->ghost = ghost;
  v->is_new = is_new;
  v->is_older = is_older;
  if (Accept(TokenKind::Colon)) {
    v->type = ParseType();
  } else if (!allow_untyped) {
    Fail(Cur(), "colon expected");
  }
  v->range = RangeFrom(name);
  return v;
}

std::vector<Var*> Parser::ParseFormals(VarKind kind, std::vector<Expr*>* defaults) {
  DepthGuard guard(*this);
  std::vector<Var*> vars;
  Expect(TokenKind::LParen);
  if (!At(TokenKind::RParen)) {
    do {
      ParseAttributes();
      vars.push_back(ParseFormal(kind, false));
      Expr* dflt = nullptr;
      if (kind == VarKind::InParam && Accept(TokenKind::ColonEq)) {
        ExprFlags flags(*this, true, true, true);
        dflt = ParseExpr();
      }
      if (defaults) {
        if (dflt && defaults->empty()) defaults->resize(vars.size() - 1, nullptr);
        if (dflt || !defaults->empty()) defaults->push_back(dflt);
      }
    } while (Accept(TokenKind::Comma));
  }
  Expect(TokenKind::RParen);
  if (defaults && !defaults->empty()) defaults->resize(vars.size(), nullptr);
  return vars;
}

// [nat] or [ORDINAL] after the name of a least/greatest predicate or lemma.
std::string Parser::ParseKType() {
  if (!At(TokenKind::LBracket)) return {};
  Advance();
  std::string k;
  if (At(TokenKind::KwNat) || At(TokenKind::KwOrdinal)) {
    k = std::string(Advance().text);
  } else {
    Fail(Cur(), "invalid KType");
  }
  Expect(TokenKind::RBracket);
  return k;
}

// requires/ensures/invariant: {Attribute} [Label ":"] Expression [";"]
Spec Parser::ParseSpecExpr(bool allow_label, bool allow_lambda) {
  Spec s;
  s.attributes = ParseAttributes();
  if (allow_label && (At(TokenKind::Identifier) || At(TokenKind::IntLiteral)) &&
      PeekAt(1).kind == TokenKind::Colon) {
    s.label = std::string(Advance().text);
    Advance();
  }
  ExprFlags flags(*this, allow_lambda, true, false);
  s.expr = ParseExpr();
  OptionalSemicolon();
  return s;
}

// A frame expression of reads and modifies clauses: e, e`f, `f, or * (when allowed).
Expr* Parser::ParseFrameExpr(bool allow_star) {
  const Token& first = Cur();
  if (allow_star && At(TokenKind::Star)) {
    Advance();
    if (At(TokenKind::Star)) Advance();  // ** (reads **)
    return NewExpr<WildcardExpr>(first);
  }
  Expr* e = nullptr;
  if (!At(TokenKind::Backtick)) {
    ExprFlags flags(*this, false, true, false);
    e = ParseExpr();
  }
  if (At(TokenKind::Backtick)) {
    const Token& tick = Advance();
    auto* f = NewExpr<FieldFrameExpr>(e ? tick : first);
    f->object = e;
    if (At(TokenKind::Identifier) || At(TokenKind::IntLiteral)) {
      f->field = std::string(Advance().text);
    } else {
      Fail(Cur(), "ident expected");
    }
    f->range = SourceRange{file_, e ? e->range.begin : first.begin, toks_[pos_ - 1].end};
    return f;
  }
  return e;
}

std::vector<Expr*> Parser::ParseFrameList(bool allow_star, bool* assume_concurrent) {
  for (const Attribute& a : ParseAttributes()) {
    if (assume_concurrent && a.name == "assume_concurrent") *assume_concurrent = true;
  }
  std::vector<Expr*> frames;
  do {
    frames.push_back(ParseFrameExpr(allow_star));
  } while (Accept(TokenKind::Comma));
  OptionalSemicolon();
  return frames;
}

// decreases {Attribute} (* | e, e, ...) [;]. `decreases *` sets star (and star_at, its `*`).
std::vector<Expr*> Parser::ParseDecreasesList(bool& star, SourceRange* star_at) {
  ParseAttributes();
  std::vector<Expr*> list;
  ExprFlags flags(*this, false, true, false);
  do {
    if (At(TokenKind::Star)) {
      star = true;
      if (star_at) *star_at = Range(Cur());
      Advance();
    } else {
      list.push_back(ParseExpr());
    }
  } while (Accept(TokenKind::Comma));
  OptionalSemicolon();
  return list;
}

// Skips a declaration we cannot parse: to the end of its balanced braces, or to the next
// token that starts a declaration.
void Parser::SkipDeclaration(const Token& start) {
  int depth = 0;
  while (!At(TokenKind::EndOfFile)) {
    if (At(TokenKind::LBrace)) {
      ++depth;
    } else if (At(TokenKind::RBrace)) {
      if (depth == 0) {
        // The brace that closes the declaration the error was in.
        Advance();
        return;
      }
      if (--depth == 0) {
        Advance();
        return;
      }
    } else if (depth == 0 && (AtDeclarationKeyword() || At(TokenKind::KwGhost)) && pos_ > 0 &&
               &Cur() != &start) {
      return;
    }
    Advance();
  }
}

MethodDecl* Parser::ParseMethod(bool ghost, bool is_static) {
  const Token& first = Cur();
  MethodDecl* m = program_.arena.New<MethodDecl>();
  if (AtIdent("least") || AtIdent("inductive")) {
    if (AtIdent("inductive")) {
      DeprecationWarning(Cur(),
                         "the old keyword phrase 'inductive lemma' has been renamed to "
                         "'least lemma'");
    }
    Advance();
    m->flavor = MethodFlavor::LeastLemma;
    Expect(TokenKind::KwLemma);
  } else if (AtIdent("greatest")) {
    Advance();
    m->flavor = MethodFlavor::GreatestLemma;
    Expect(TokenKind::KwLemma);
  } else if (AtIdent("colemma")) {
    DeprecationWarning(Cur(),
                       "the old keyword 'colemma' has been renamed to the keyword phrase "
                       "'greatest lemma'");
    Advance();
    m->flavor = MethodFlavor::GreatestLemma;
  } else if (Accept(TokenKind::KwTwostate)) {
    m->flavor = MethodFlavor::TwoStateLemma;
    Expect(TokenKind::KwLemma);
  } else {
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
  }
  m->ghost = ghost || (m->flavor != MethodFlavor::Method && m->flavor != MethodFlavor::Constructor);
  m->is_static = is_static;
  m->attributes = ParseAttributes();
  // A constructor may be anonymous: constructor (x: int).
  if (m->flavor != MethodFlavor::Constructor || AtMethodName()) {
    if (!AtMethodName()) Fail(Cur(), "a method must be given a name (expecting identifier)");
    const Token& name = Advance();
    m->name = std::string(name.text);
    m->name_range = Range(name);
  } else {
    m->name_range = Range(first);
  }
  if (Accept(TokenKind::Ellipsis)) {
    m->refining = true;
  } else {
    m->type_params = ParseTypeParams();
    m->k_type = ParseKType();
    m->ins = ParseFormals(VarKind::InParam, &m->defaults);
    if (Accept(TokenKind::KwReturns)) m->outs = ParseFormals(VarKind::OutParam);
  }
  for (;;) {
    if (Accept(TokenKind::KwRequires)) {
      m->requires_.push_back(ParseSpecExpr(true));
    } else if (Accept(TokenKind::KwEnsures)) {
      m->ensures.push_back(ParseSpecExpr(false));
    } else if (Accept(TokenKind::KwModifies)) {
      auto frames = ParseFrameList(false, &m->modifies_assume_concurrent);
      m->modifies.insert(m->modifies.end(), frames.begin(), frames.end());
    } else if (Accept(TokenKind::KwReads)) {
      auto frames = ParseFrameList(true, &m->reads_assume_concurrent);
      m->reads.insert(m->reads.end(), frames.begin(), frames.end());
    } else if (Accept(TokenKind::KwDecreases)) {
      auto ds = ParseDecreasesList(m->decreases_star);
      m->decreases.insert(m->decreases.end(), ds.begin(), ds.end());
    } else {
      break;
    }
  }
  if (At(TokenKind::LBrace)) {
    m->body = ParseBlock(m->flavor == MethodFlavor::Constructor ? &m->new_divider : nullptr,
                         &m->new_divider_at);
  }
  m->range = RangeFrom(first);
  return m;
}

FunctionDecl* Parser::ParseFunction(bool ghost, bool is_static) {
  const Token& first = Cur();
  FunctionDecl* f = program_.arena.New<FunctionDecl>();
  bool two_state = Accept(TokenKind::KwTwostate);
  bool is_predicate = false;
  if (AtIdent("least") || AtIdent("inductive")) {
    if (AtIdent("inductive")) {
      DeprecationWarning(Cur(),
                         "the old keyword phrase 'inductive predicate' has been renamed "
                         "to 'least predicate'");
    }
    Advance();
    Expect(TokenKind::KwPredicate);
    f->flavor = FunctionFlavor::LeastPredicate;
    is_predicate = true;
  } else if (AtIdent("greatest")) {
    Advance();
    Expect(TokenKind::KwPredicate);
    f->flavor = FunctionFlavor::GreatestPredicate;
    is_predicate = true;
  } else if (AtIdent("copredicate")) {
    DeprecationWarning(Cur(),
                       "the old keyword 'copredicate' has been renamed to the keyword "
                       "phrase 'greatest predicate'");
    Advance();
    f->flavor = FunctionFlavor::GreatestPredicate;
    is_predicate = true;
  } else {
    const Token& keyword = Advance();
    is_predicate = keyword.kind == TokenKind::KwPredicate;
    f->flavor = is_predicate
                    ? (two_state ? FunctionFlavor::TwoStatePredicate : FunctionFlavor::Predicate)
                    : (two_state ? FunctionFlavor::TwoStateFunction : FunctionFlavor::Function);
    // Dafny 3's `function method` is a compiled function, as Dafny 4's `function` is. Dafny 4
    // rejects the phrase unless --function-syntax:3, and so does dfyc.
    bool method = Accept(TokenKind::KwMethod);
    // Under --function-syntax:3 a function without `method` is ghost, as in Dafny 3.
    if (!method && function_syntax_3_) ghost = true;
    if (method && !function_syntax_3_) {
      const char* what = is_predicate ? "predicate" : "function";
      diags_.Report(DiagKind::ParseError, SourceRange{file_, keyword.begin, keyword.begin + 1},
                    fmt::format("the phrase '{0} method' is not allowed when using "
                                "--function-syntax:4; to declare a compiled {0}, use just '{0}'",
                                what));
    }
  }
  f->ghost = ghost || two_state || f->flavor == FunctionFlavor::LeastPredicate ||
             f->flavor == FunctionFlavor::GreatestPredicate;
  f->is_static = is_static;
  f->attributes = ParseAttributes();
  if (!AtMethodName()) Fail(Cur(), "ident expected");
  const Token& name = Advance();
  f->name = std::string(name.text);
  f->name_range = Range(name);
  if (Accept(TokenKind::Ellipsis)) {
    f->refining = true;
  } else {
    f->type_params = ParseTypeParams();
    if (is_predicate) f->k_type = ParseKType();
    // `older` is allowed on the formals of functions and predicates, not extreme predicates
    // (Dafny's grammar; the resolver then rejects it on a function not returning bool).
    allow_older_ = f->flavor != FunctionFlavor::LeastPredicate &&
                   f->flavor != FunctionFlavor::GreatestPredicate;
    f->params = ParseFormals(VarKind::InParam, &f->defaults);
    allow_older_ = false;
    if (is_predicate) {
      f->result_type = program_.arena.New<TypeExpr>();
      f->result_type->name = "bool";
      f->result_type->range = f->name_range;
      if (Accept(TokenKind::Colon)) {
        if (At(TokenKind::LParen)) {
          Advance();
          ParseAttributes();
          f->result = ParseFormal(VarKind::FunctionResult, false);
          Expect(TokenKind::RParen);
          f->result_type = f->result->type;
        } else {
          f->result_type = ParseType();
        }
      }
    } else {
      Expect(TokenKind::Colon);
      if (At(TokenKind::LParen) &&
          (PeekAt(1).kind == TokenKind::Identifier || PeekAt(1).kind == TokenKind::KwGhost) &&
          (PeekAt(2).kind == TokenKind::Colon || PeekAt(2).kind == TokenKind::Identifier)) {
        Advance();
        f->result = ParseFormal(VarKind::FunctionResult, false);
        Expect(TokenKind::RParen);
        f->result_type = f->result->type;
      } else {
        f->result_type = ParseType();
      }
    }
  }
  for (;;) {
    if (Accept(TokenKind::KwRequires)) {
      f->requires_.push_back(ParseSpecExpr(true));
    } else if (Accept(TokenKind::KwEnsures)) {
      f->ensures.push_back(ParseSpecExpr(false));
    } else if (Accept(TokenKind::KwReads)) {
      auto frames = ParseFrameList(true, &f->reads_assume_concurrent);
      for (Expr* e : frames) {
        if (e->kind == ExprKind::Wildcard) f->reads_star = true;
      }
      f->reads.insert(f->reads.end(), frames.begin(), frames.end());
    } else if (Accept(TokenKind::KwDecreases)) {
      bool star = false;
      auto ds = ParseDecreasesList(star);
      if (star) Fail(toks_[pos_ - 1], "a function cannot have 'decreases *'");
      f->decreases.insert(f->decreases.end(), ds.begin(), ds.end());
    } else {
      break;
    }
  }
  // No declaration starts with a literal: a body without its brace, as Dafny reads it. (A name
  // may start one: `least predicate`, whose first word is no keyword.)
  if (At(TokenKind::IntLiteral) || At(TokenKind::RealLiteral) || At(TokenKind::StringLiteral) ||
      At(TokenKind::CharLiteral)) {
    Fail(Cur(), "this symbol not expected in FunctionSpec");
  }
  if (Accept(TokenKind::LBrace)) {
    {
      ExprFlags flags(*this, true, true, true);
      f->body = ParseExpr();
    }
    Expect(TokenKind::RBrace);
    if (At(TokenKind::KwBy)) {
      f->by_tok = Range(Advance());
      Expect(TokenKind::KwMethod);
      f->by_method = ParseBlock();
    }
  }
  f->range = RangeFrom(first);
  return f;
}

// The name of a method or function: an identifier or digits (function 70(): int).
bool Parser::AtMethodName() const { return At(TokenKind::Identifier) || At(TokenKind::IntLiteral); }

// @Attribute or @Attribute(args) (Dafny 4.9's attribute syntax). A built-in one becomes the
// {:attribute} it stands for, its omitted arguments given their defaults, as Dafny's
// Attributes.ExpandAtAttribute does: @Test is {:test}, @Fuel(3) is {:fuel 3, 2}, @NativeUInt8
// is {:nativeType "byte"}. Others keep their name (the rest of dfyc ignores them).
Attribute Parser::ParseAtAttribute() {
  const Token& at = Expect(TokenKind::At);
  const Token& name_tok = Advance();
  Attribute a;
  a.name = std::string(name_tok.text);
  if (At(TokenKind::LParen) && toks_[pos_ - 1].end == Cur().begin) {
    Advance();
    if (!At(TokenKind::RParen)) a.args = ParseNestedExprList();
    Expect(TokenKind::RParen);
  }
  a.range = RangeFrom(at);
  auto literal = [&](ExprKind kind) {
    auto* lit = NewExpr<LiteralExpr>(name_tok);
    lit->kind = kind;
    return lit;
  };
  auto default_bool = [&](bool value) {
    if (!a.args.empty()) return;
    LiteralExpr* lit = literal(ExprKind::BoolLiteral);
    lit->bool_value = value;
    a.args.push_back(lit);
  };
  auto default_int = [&](size_t index, const char* digits) {
    if (a.args.size() != index) return;
    LiteralExpr* lit = literal(ExprKind::IntLiteral);
    lit->text = digits;
    a.args.push_back(lit);
  };
  auto string_arg = [&](std::string_view text) {
    LiteralExpr* lit = literal(ExprKind::StringLiteral);
    lit->text = std::string(text);
    lit->chars.assign(text.begin(), text.end());
    a.args = {lit};
  };
  static const std::pair<std::string_view, std::string_view> kRenamed[] = {
      {"AutoContracts", "autocontracts"},
      {"AutoRequires", "autoReq"},
      {"AutoRevealDependenciesAll", "autoRevealDependencies"},
      {"AutoRevealDependencies", "autoRevealDependencies"},
      {"Axiom", "axiom"},
      {"Compile", "compile"},
      {"Concurrent", "concurrent"},
      {"DisableNonlinearArithmetic", "disableNonlinearArithmetic"},
      {"Fuel", "fuel"},
      {"IsolateAssertions", "isolate_assertions"},
      {"Options", "options"},
      {"Print", "print"},
      {"Priority", "priority"},
      {"ResourceLimit", "resource_limit"},
      {"Synthesize", "synthesize"},
      {"TimeLimit", "timeLimit"},
      {"TimeLimitMultiplier", "timeLimitMultiplier"},
      {"TailRecursion", "tailrecursion"},
      {"Test", "test"},
      {"TestInline", "testInline"},
      {"Transparent", "transparent"},
      {"VcsMaxCost", "vcs_max_cost"},
      {"VcsMaxKeepGoingSplits", "vcs_max_keep_going_splits"},
      {"VcsMaxSplits", "vcs_max_splits"},
      {"Verify", "verify"},
      {"VerifyOnly", "only"},
  };
  static const std::pair<std::string_view, std::string_view> kNative[] = {
      {"NativeUInt8", "byte"},          {"NativeInt8", "sbyte"},        {"NativeUInt16", "ushort"},
      {"NativeInt16", "short"},         {"NativeUInt32", "uint"},       {"NativeInt32", "int"},
      {"NativeInt53", "number"},        {"NativeUInt64", "ulong"},      {"NativeInt64", "long"},
      {"NativeUInt128", "udoublelong"}, {"NativeInt128", "doublelong"},
  };
  for (const auto& [user, native] : kNative) {
    if (a.name == user) {
      a.name = "nativeType";
      string_arg(native);
      return a;
    }
  }
  if (a.name == "NativeInt" || a.name == "NativeNone") {
    bool native = a.name == "NativeInt";
    a.name = "nativeType";
    a.args.clear();
    default_bool(native);
    return a;
  }
  if (a.name == "NativeIntOrReal") {
    a.name = "nativeType";
    a.args.clear();
    return a;
  }
  const std::string user = a.name;
  for (const auto& [from, to] : kRenamed) {
    if (user == from) a.name = std::string(to);
  }
  if (user == "Compile" || user == "DisableNonlinearArithmetic" ||
      user == "AutoRevealDependenciesAll") {
    default_bool(true);
  } else if (user == "Fuel") {
    default_int(0, "1");
    default_int(1, "2");
  } else if (user == "TestInline") {
    default_int(0, "1");
  }
  return a;
}

Parser::DeclModifiers Parser::ParseDeclModifiers() {
  DeclModifiers mods;
  for (;;) {
    if (mods.begin == UINT32_MAX) mods.begin = Cur().begin;
    if (At(TokenKind::At) && PeekAt(1).kind == TokenKind::Identifier) {
      mods.attributes.push_back(ParseAtAttribute());
    } else if (At(TokenKind::LBrace) && PeekAt(1).kind == TokenKind::Colon) {
      auto attrs = ParseAttributes();
      mods.attributes.insert(mods.attributes.end(), attrs.begin(), attrs.end());
    } else if (Accept(TokenKind::KwGhost)) {
      mods.ghost = true;
    } else if (At(TokenKind::KwStatic)) {
      mods.static_at = Range(Advance());
      mods.is_static = true;
    } else if (Accept(TokenKind::KwAbstract)) {
      mods.is_abstract = true;
    } else if (AtIdent("opaque") && PeekAt(1).kind != TokenKind::Colon) {
      Advance();
      mods.is_opaque = true;
    } else if (AtIdent("replaceable")) {
      Advance();
      mods.is_replaceable = true;
    } else if (AtIdent("protected")) {
      Advance();  // Dafny 2's protected functions
    } else {
      if (mods.begin == Cur().begin) mods.begin = UINT32_MAX;  // no modifiers
      return mods;
    }
  }
}

void Parser::ApplyModifiers(Decl* d, DeclModifiers& mods) {
  if (!mods.attributes.empty()) {
    d->attributes.insert(d->attributes.begin(), mods.attributes.begin(), mods.attributes.end());
  }
  d->ghost = d->ghost || mods.ghost;
  d->is_opaque = mods.is_opaque;
  d->is_abstract = mods.is_abstract;
  d->is_replaceable = mods.is_replaceable;
  if (mods.begin < d->range.begin) d->range.begin = mods.begin;
}

// One declaration (with its modifiers) into `out`; a field declaration may add several.
void Parser::ParseDecl(std::vector<Decl*>& out) {
  DeclModifiers mods = ParseDeclModifiers();
  // As Dafny: `static` on a module-level method, function or const draws a warning.
  auto module_level_static = [&](const char* what) {
    if (!mods.is_static || in_members_) return;
    diags_.Report(DiagKind::ParseWarning, mods.static_at,
                  fmt::format("module-level {} are always non-instance, so the 'static' keyword "
                              "is not allowed here",
                              what));
  };
  bool function =
      Cur().kind == TokenKind::KwFunction || Cur().kind == TokenKind::KwPredicate ||
      AtIdent("copredicate") ||
      ((Cur().kind == TokenKind::KwTwostate || AtIdent("least") || AtIdent("greatest") ||
        AtIdent("inductive")) &&
       (PeekAt(1).kind == TokenKind::KwFunction || PeekAt(1).kind == TokenKind::KwPredicate));
  bool method = Cur().kind == TokenKind::KwMethod || Cur().kind == TokenKind::KwLemma ||
                Cur().kind == TokenKind::KwConstructor || AtIdent("colemma") ||
                ((Cur().kind == TokenKind::KwTwostate || AtIdent("least") || AtIdent("greatest") ||
                  AtIdent("inductive")) &&
                 PeekAt(1).kind == TokenKind::KwLemma);
  if (function) module_level_static("functions");
  if (method) module_level_static("methods");
  if (Cur().kind == TokenKind::KwConst) module_level_static("const declarations");
  Decl* d = nullptr;
  switch (Cur().kind) {
    case TokenKind::KwMethod:
    case TokenKind::KwLemma:
    case TokenKind::KwConstructor:
      d = ParseMethod(mods.ghost, mods.is_static);
      break;
    case TokenKind::KwFunction:
    case TokenKind::KwPredicate:
      d = ParseFunction(mods.ghost, mods.is_static);
      break;
    case TokenKind::KwTwostate:
      if (PeekAt(1).kind != TokenKind::KwLemma && PeekAt(1).kind != TokenKind::KwFunction &&
          PeekAt(1).kind != TokenKind::KwPredicate) {
        Advance();
        Fail(Cur(), "lemma expected");
      }
      d = PeekAt(1).kind == TokenKind::KwLemma
              ? static_cast<Decl*>(ParseMethod(mods.ghost, mods.is_static))
              : static_cast<Decl*>(ParseFunction(mods.ghost, mods.is_static));
      break;
    case TokenKind::KwClass:
    case TokenKind::KwTrait:
      d = ParseClass(mods);
      break;
    case TokenKind::KwDatatype:
    case TokenKind::KwCodatatype:
      d = ParseDatatype(mods);
      break;
    case TokenKind::KwModule:
      d = ParseModule(mods);
      break;
    case TokenKind::KwImport:
      d = ParseImport();
      break;
    case TokenKind::KwExport:
      d = ParseExport();
      break;
    case TokenKind::KwNewtype:
      d = ParseNewtype(mods);
      break;
    case TokenKind::KwType:
      d = ParseTypeDecl(mods);
      break;
    case TokenKind::KwConst:
      d = ParseConstDecl(mods);
      break;
    case TokenKind::KwIterator:
      d = ParseIterator(mods);
      break;
    case TokenKind::KwVar: {
      // As Dafny, which has no static fields (the parse goes on).
      if (mods.is_static) {
        diags_.Report(DiagKind::ParseError, mods.static_at, "a field cannot be declared 'static'");
      }
      size_t before = out.size();
      ParseFieldDecl(mods, out);
      for (size_t i = before; i < out.size(); ++i) ApplyModifiers(out[i], mods);
      return;
    }
    default:
      if (AtIdent("least") || AtIdent("greatest") || AtIdent("inductive")) {
        if (PeekAt(1).kind == TokenKind::KwLemma) {
          d = ParseMethod(mods.ghost, mods.is_static);
        } else {
          d = ParseFunction(mods.ghost, mods.is_static);
        }
      } else if (AtIdent("copredicate")) {
        d = ParseFunction(mods.ghost, mods.is_static);
      } else if (AtIdent("colemma")) {
        d = ParseMethod(mods.ghost, mods.is_static);
      } else {
        Fail(Cur(), "this symbol not expected in Dafny");
      }
  }
  ApplyModifiers(d, mods);
  out.push_back(d);
}

// Declarations up to the end of the file (top level) or to the `}` that closes a module, class
// or type body (left for the caller). Recovers at declaration boundaries.
void Parser::ParseDecls(std::vector<Decl*>& out, bool top_level) {
  while (!At(TokenKind::EndOfFile) && (top_level || !At(TokenKind::RBrace))) {
    const Token& start = Cur();
    size_t before = pos_;
    try {
      ParseDecl(out);
    } catch (const SyntaxError&) {
      if (last_error_pos_ == SIZE_MAX - 1) throw;  // nesting too deep: stop here
      if (pos_ == before) Advance();
      SkipDeclaration(start);
      if (!top_level && At(TokenKind::RBrace)) return;
    }
  }
}

// A UTF-8 byte order mark before the first token is white space; the lexer glued it to the
// first word, so split it off and give the word its keyword kind.
void Parser::StripByteOrderMark() {
  if (toks_.empty()) return;
  Token& t = toks_[0];
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (!t.text.starts_with(kBom)) return;
  if (t.text.size() == kBom.size()) {
    toks_.erase(toks_.begin());
    return;
  }
  t.text = t.text.substr(kBom.size());
  t.begin += static_cast<uint32_t>(kBom.size());
#define KEYWORD(name, spelling) \
  if (t.text == spelling) t.kind = TokenKind::name;
#include "frontend/token_kinds.def"
}

void Parser::ParseFile() {
  while (At(TokenKind::KwInclude)) {
    const Token& kw = Advance();
    if (At(TokenKind::StringLiteral) || At(TokenKind::VerbatimStringLiteral)) {
      const Token& path = Cur();
      LiteralExpr* lit = ParseLiteral(ExprKind::StringLiteral);
      program_.includes.push_back(Include{RangeFrom(kw), lit->text});
      (void)path;
    } else {
      try {
        Fail(Cur(), "stringToken expected");
      } catch (const SyntaxError&) {
      }
    }
  }
  try {
    ParseDecls(program_.default_module->decls, true);
  } catch (const SyntaxError&) {
    // Nesting too deep: reported once, nothing more to parse.
  }
}

}  // namespace parse

void Parse(const TokenBuffer& tokens, Program& program, Diagnostics& diags, bool function_syntax_3,
           GeneralTraits general_traits) {
  parse::Parser parser(tokens, program, diags);
  parser.function_syntax_3_ = function_syntax_3;
  parser.general_traits_ = general_traits;
  parser.ParseFile();
}

std::unique_ptr<Program> ParseAll(Context& ctx) {
  auto program = std::make_unique<Program>();
  program->default_module = program->arena.New<ModuleDecl>();
  program->default_module->is_default = true;
  program->default_module->name = "_module";
  for (FileId id = 0; id < ctx.sources.FileCount(); ++id) {
    program->files.push_back(id);
    TokenBuffer tokens = Lex(ctx.sources.File(id), id, ctx.diags);
    Parse(tokens, *program, ctx.diags, ctx.options.function_syntax == 3,
          ctx.options.general_traits);
  }
  return program;
}

}  // namespace dfy
