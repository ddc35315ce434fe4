// Parsing of modules, imports, exports, classes, traits, datatypes, newtypes, subset types,
// type synonyms, opaque types, iterators, fields and constants.
#include <fmt/format.h>

#include "frontend/parser_impl.h"

namespace dfy::parse {

namespace {

bool IsIdentOrDigits(TokenKind k) {
  return k == TokenKind::Identifier || k == TokenKind::IntLiteral;
}

void SetName(Parser& p, Decl* d, const Token& name) {
  d->name = std::string(name.text);
  d->name_range = p.Range(name);
}

}  // namespace

std::string Parser::ParseQualifiedName() {
  std::string name = ExpectIdent();
  while (At(TokenKind::Dot) && PeekAt(1).kind == TokenKind::Identifier) {
    Advance();
    name += '.';
    name += Advance().text;
  }
  return name;
}

// "{" member declarations "}"
void Parser::ParseMembers(std::vector<Decl*>& members) {
  DepthGuard guard(*this);
  Expect(TokenKind::LBrace);
  bool outer = in_members_;
  in_members_ = true;
  ParseDecls(members, false);
  in_members_ = outer;
  Expect(TokenKind::RBrace);
}

std::vector<TypeExpr*> Parser::ParseExtends(const char* what) {
  std::vector<TypeExpr*> parents;
  if (!At(TokenKind::KwExtends)) return parents;
  const Token& extends = Advance();
  std::string_view kind = what ? what : "";
  if (kind == "newtype" && general_traits_ != GeneralTraits::Full) {
    diags_.Report(DiagKind::ParseError, Range(extends),
                  "newtype extending traits is not fully supported (specifically, compilation of "
                  "such types is not supported); to use them for verification only, use "
                  "--general-traits=full");
  } else if (what && general_traits_ == GeneralTraits::Legacy) {
    diags_.Report(DiagKind::ParseError, Range(extends),
                  fmt::format("{} extending traits is not yet enabled by default; use "
                              "--general-traits=datatype to enable it",
                              what));
  }
  do {
    parents.push_back(ParseType());
  } while (Accept(TokenKind::Comma));
  return parents;
}

Decl* Parser::ParseModule(DeclModifiers& mods) {
  DepthGuard guard(*this);
  const Token& first = Expect(TokenKind::KwModule);
  auto* m = program_.arena.New<ModuleDecl>();
  m->attributes = ParseAttributes();
  const Token& name = Cur();
  if (!At(TokenKind::Identifier)) Fail(Cur(), "invalid Ident");
  m->name = ParseQualifiedName();
  m->name_range = RangeFrom(name);
  if (Accept(TokenKind::KwRefines) || (AtIdent("replaces") && (Advance(), true))) {
    m->refines = ParseQualifiedName();
  }
  (void)mods;
  Expect(TokenKind::LBrace);
  bool outer = in_members_;
  in_members_ = false;
  ParseDecls(m->decls, false);
  in_members_ = outer;
  Expect(TokenKind::RBrace);
  m->range = RangeFrom(first);
  return m;
}

Decl* Parser::ParseImport() {
  const Token& first = Expect(TokenKind::KwImport);
  auto* d = program_.arena.New<ImportDecl>();
  d->opened = Accept(TokenKind::KwOpened);
  const Token& name_tok = Cur();
  if (!At(TokenKind::Identifier)) Fail(Cur(), "invalid ModuleImport");
  if (At(TokenKind::Identifier) &&
      (PeekAt(1).kind == TokenKind::Colon || PeekAt(1).kind == TokenKind::Eq)) {
    SetName(*this, d, Advance());
    d->abstract_import = Advance().kind == TokenKind::Colon;
    const Token& target_tok = Cur();
    d->target = ParseQualifiedName();
    d->target_range = RangeFrom(target_tok);
  } else {
    d->target = ParseQualifiedName();
    size_t dot = d->target.rfind('.');
    d->name = dot == std::string::npos ? d->target : d->target.substr(dot + 1);
    d->name_range = RangeFrom(name_tok);
    d->target_range = d->name_range;
  }
  if (Accept(TokenKind::Backtick)) {
    if (Accept(TokenKind::LBrace)) {
      do {
        if (!IsIdentOrDigits(Cur().kind)) Fail(Cur(), "ident expected");
        d->exports.push_back(std::string(Advance().text));
      } while (Accept(TokenKind::Comma));
      Expect(TokenKind::RBrace);
    } else {
      if (!IsIdentOrDigits(Cur().kind)) Fail(Cur(), "ident expected");
      d->exports.push_back(std::string(Advance().text));
    }
  }
  OptionalSemicolon();
  d->range = RangeFrom(first);
  return d;
}

Decl* Parser::ParseExport() {
  const Token& first = Expect(TokenKind::KwExport);
  auto* d = program_.arena.New<ExportDecl>();
  d->name_range = Range(first);
  if (IsIdentOrDigits(Cur().kind)) SetName(*this, d, Advance());
  if (Accept(TokenKind::Ellipsis)) d->refining = true;
  auto continues = [&] {
    TokenKind next = PeekAt(1).kind;
    return At(TokenKind::Comma) && next != TokenKind::KwProvides && next != TokenKind::KwReveals &&
           next != TokenKind::KwExtends;
  };
  SourceRange last;
  auto signature = [&] {
    if (!IsIdentOrDigits(Cur().kind)) Fail(Cur(), "ident expected");
    last = Range(Cur());
    std::string s(Advance().text);
    if (At(TokenKind::Dot) && IsIdentOrDigits(PeekAt(1).kind)) {
      Advance();
      s += '.';
      last = Range(Cur());
      s += Advance().text;
    }
    return s;
  };
  for (;;) {
    if (Accept(TokenKind::KwProvides)) {
      if (Accept(TokenKind::Star)) {
        d->provides_all = true;
      } else {
        d->provides.push_back(signature());
        d->provides_at.push_back(last);
        while (continues()) {
          Advance();
          d->provides.push_back(signature());
          d->provides_at.push_back(last);
        }
      }
    } else if (Accept(TokenKind::KwReveals)) {
      if (Accept(TokenKind::Star)) {
        d->reveals_all = true;
      } else {
        d->reveals.push_back(signature());
        d->reveals_at.push_back(last);
        while (continues()) {
          Advance();
          d->reveals.push_back(signature());
          d->reveals_at.push_back(last);
        }
      }
    } else if (Accept(TokenKind::KwExtends)) {
      d->extends.push_back(signature());
      while (continues()) {
        Advance();
        d->extends.push_back(signature());
      }
    } else {
      break;
    }
  }
  d->range = RangeFrom(first);
  return d;
}

Decl* Parser::ParseClass(DeclModifiers& mods) {
  const Token& first = Advance();
  auto* c = program_.arena.New<ClassDecl>(first.kind == TokenKind::KwTrait ? DeclKind::Trait
                                                                           : DeclKind::Class);
  c->attributes = ParseAttributes();
  if (!At(TokenKind::Identifier)) Fail(Cur(), "invalid Ident");
  SetName(*this, c, Advance());
  c->type_params = ParseTypeParams();
  if (Accept(TokenKind::Ellipsis)) {
    c->refining = true;
  } else {
    c->extends = ParseExtends();
  }
  (void)mods;
  ParseMembers(c->members);
  c->range = RangeFrom(first);
  return c;
}

Decl* Parser::ParseDatatype(DeclModifiers& mods) {
  const Token& first = Advance();
  auto* d = program_.arena.New<DatatypeDecl>();
  d->co = first.kind == TokenKind::KwCodatatype;
  d->attributes = ParseAttributes();
  SetName(*this, d, Expect(TokenKind::Identifier));
  d->type_params = ParseTypeParams();
  d->extends = ParseExtends(d->co ? "codatatype" : "datatype");
  (void)mods;
  if (Accept(TokenKind::Ellipsis)) {
    d->refining = true;
  } else {
    if (!At(TokenKind::Eq)) Fail(Cur(), "invalid DatatypeDecl");
    Advance();
    Accept(TokenKind::Bar);
    do {
      DatatypeCtor ctor;
      const Token& start = Cur();
      ctor.ghost = Accept(TokenKind::KwGhost);
      ctor.attributes = ParseAttributes();
      if (!IsIdentOrDigits(Cur().kind)) Fail(Cur(), "invalid NoUSIdentOrDigits");
      const Token& name = Advance();
      ctor.name = std::string(name.text);
      ctor.name_range = Range(name);
      if (Accept(TokenKind::LParen)) {
        DepthGuard guard(*this);
        if (!At(TokenKind::RParen)) {
          do {
            ParseAttributes();
            bool ghost = false;
            while (At(TokenKind::KwGhost) || AtIdent("nameonly")) {
              ghost = ghost || At(TokenKind::KwGhost);
              Advance();
            }
            Var* v = nullptr;
            if (IsIdentOrDigits(Cur().kind) && PeekAt(1).kind == TokenKind::Colon) {
              v = NewVar(VarKind::InParam, Advance());
              Advance();
              v->type = ParseType();
            } else {
              const Token& type_start = Cur();
              v = NewVar(VarKind::InParam, type_start);
              v->name.clear();
              v->type = ParseType();
            }
            v->ghost = ghost;
            Expr* dflt = nullptr;
            if (Accept(TokenKind::ColonEq)) {
              ExprFlags flags(*this, true, true, true);
              dflt = ParseExpr();
            }
            if (dflt && ctor.defaults.empty()) ctor.defaults.resize(ctor.formals.size(), nullptr);
            if (dflt || !ctor.defaults.empty()) ctor.defaults.push_back(dflt);
            ctor.formals.push_back(v);
          } while (Accept(TokenKind::Comma));
        }
        Expect(TokenKind::RParen);
        if (!ctor.defaults.empty()) ctor.defaults.resize(ctor.formals.size(), nullptr);
      }
      ctor.range = RangeFrom(start);
      d->ctors.push_back(std::move(ctor));
    } while (Accept(TokenKind::Bar));
  }
  if (At(TokenKind::LBrace) && PeekAt(1).kind != TokenKind::Colon) ParseMembers(d->members);
  OptionalSemicolon();
  d->range = RangeFrom(first);
  return d;
}

void Parser::ParseWitness(NewtypeDecl* d) {
  if (At(TokenKind::KwGhost) && PeekAt(1).kind == TokenKind::KwWitness) {
    Advance();
    Advance();
    d->witness_kind = WitnessKind::Ghost;
    ExprFlags flags(*this, true, true, false);
    d->witness = ParseExpr();
  } else if (Accept(TokenKind::KwWitness)) {
    if (Accept(TokenKind::Star)) {
      d->witness_kind = WitnessKind::Star;
    } else {
      d->witness_kind = WitnessKind::Compiled;
      ExprFlags flags(*this, true, true, false);
      d->witness = ParseExpr();
    }
  }
}

// The right-hand side of a newtype or subset type after "=": `x: T | p witness w`, `x | p`, or
// `T witness w`.
static void ParseConstrainedType(Parser& p, NewtypeDecl* d) {
  if (p.At(TokenKind::Identifier) &&
      (p.PeekAt(1).kind == TokenKind::Colon || p.PeekAt(1).kind == TokenKind::Bar)) {
    d->var = p.NewVar(VarKind::Bound, p.Advance());
    if (p.Accept(TokenKind::Colon)) {
      d->base = p.ParseType();
      d->var->type = d->base;
    }
    p.Expect(TokenKind::Bar);
    Parser::ExprFlags flags(p, true, true, false);
    d->constraint = p.ParseExpr();
  } else {
    d->base = p.ParseType();
  }
  p.ParseWitness(d);
}

Decl* Parser::ParseNewtype(DeclModifiers& mods) {
  const Token& first = Expect(TokenKind::KwNewtype);
  auto* d = program_.arena.New<NewtypeDecl>(DeclKind::Newtype);
  d->attributes = ParseAttributes();
  SetName(*this, d, Expect(TokenKind::Identifier));
  d->type_params = ParseTypeParams();
  d->extends = ParseExtends("newtype");
  (void)mods;
  if (Accept(TokenKind::Ellipsis)) {
    d->refining = true;
  } else {
    Expect(TokenKind::Eq);
    if (Accept(TokenKind::Ellipsis)) d->refining = true;
    ParseConstrainedType(*this, d);
  }
  if (At(TokenKind::LBrace) && PeekAt(1).kind != TokenKind::Colon) ParseMembers(d->members);
  OptionalSemicolon();
  d->range = RangeFrom(first);
  return d;
}

Decl* Parser::ParseTypeDecl(DeclModifiers& mods) {
  const Token& first = Expect(TokenKind::KwType);
  std::vector<Attribute> attrs = ParseAttributes();
  const Token& name = Expect(TokenKind::Identifier);
  std::string characteristics = ParseCharacteristics();
  std::vector<TypeParam> type_params = ParseTypeParams();
  characteristics += ParseCharacteristics();
  (void)mods;
  Decl* result = nullptr;
  if (Accept(TokenKind::Eq)) {
    if (!At(TokenKind::Identifier) && !At(TokenKind::LParen) && !AtTypeKeyword()) {
      Fail(Cur(), "invalid SynonymTypeDecl");
    }
    if (At(TokenKind::Identifier) &&
        (PeekAt(1).kind == TokenKind::Colon || PeekAt(1).kind == TokenKind::Bar)) {
      auto* d = program_.arena.New<NewtypeDecl>(DeclKind::SubsetType);
      d->type_params = std::move(type_params);
      ParseConstrainedType(*this, d);
      result = d;
    } else {
      auto* d = program_.arena.New<TypeSynonymDecl>();
      d->characteristics = characteristics;
      d->type_params = std::move(type_params);
      d->rhs = ParseType();
      result = d;
    }
  } else {
    auto* d = program_.arena.New<OpaqueTypeDecl>();
    d->characteristics = characteristics;
    d->type_params = std::move(type_params);
    if (Accept(TokenKind::Ellipsis)) d->refining = true;
    d->extends = ParseExtends("abstract type");
    if (At(TokenKind::LBrace) && PeekAt(1).kind != TokenKind::Colon) ParseMembers(d->members);
    result = d;
  }
  result->attributes = std::move(attrs);
  SetName(*this, result, name);
  OptionalSemicolon();
  result->range = RangeFrom(first);
  return result;
}

Decl* Parser::ParseIterator(DeclModifiers& mods) {
  const Token& first = Expect(TokenKind::KwIterator);
  auto* it = program_.arena.New<IteratorDecl>();
  it->attributes = ParseAttributes();
  SetName(*this, it, Expect(TokenKind::Identifier));
  (void)mods;
  if (Accept(TokenKind::Ellipsis)) {
    it->refining = true;
  } else {
    it->type_params = ParseTypeParams();
    it->ins = ParseFormals(VarKind::InParam);
    if (Accept(TokenKind::KwYields) || Accept(TokenKind::KwReturns)) {
      it->yields = ParseFormals(VarKind::OutParam);
    }
  }
  for (;;) {
    if (Accept(TokenKind::KwReads)) {
      auto frames = ParseFrameList(true);
      it->reads.insert(it->reads.end(), frames.begin(), frames.end());
    } else if (Accept(TokenKind::KwModifies)) {
      auto frames = ParseFrameList(false);
      it->modifies.insert(it->modifies.end(), frames.begin(), frames.end());
    } else if (At(TokenKind::KwYield) && PeekAt(1).kind == TokenKind::KwRequires) {
      Advance();
      Advance();
      it->yield_requires.push_back(ParseSpecExpr(false));
    } else if (At(TokenKind::KwYield) && PeekAt(1).kind == TokenKind::KwEnsures) {
      Advance();
      Advance();
      it->yield_ensures.push_back(ParseSpecExpr(false));
    } else if (Accept(TokenKind::KwRequires)) {
      it->requires_.push_back(ParseSpecExpr(true));
    } else if (Accept(TokenKind::KwEnsures)) {
      it->ensures.push_back(ParseSpecExpr(false));
    } else if (Accept(TokenKind::KwDecreases)) {
      bool star = false;
      auto ds = ParseDecreasesList(star);
      it->decreases.insert(it->decreases.end(), ds.begin(), ds.end());
    } else {
      break;
    }
  }
  if (At(TokenKind::LBrace)) it->body = ParseBlock();
  it->range = RangeFrom(first);
  return it;
}

void Parser::ParseFieldDecl(DeclModifiers& mods, std::vector<Decl*>& out) {
  const Token& first = Expect(TokenKind::KwVar);
  std::vector<Attribute> attrs = ParseAttributes();
  do {
    auto* f = program_.arena.New<FieldDecl>();
    f->attributes = attrs;
    f->is_static = mods.is_static;
    const Token& name = Cur();
    if (!IsIdentOrDigits(name.kind)) Fail(name, "ident expected");
    SetName(*this, f, Advance());
    if (Accept(TokenKind::Colon)) f->type = ParseType();
    if (At(TokenKind::ColonEq)) {
      // Reported, and the initializer parsed, so that the mistake yields one diagnostic.
      const Token& op = Advance();
      diags_.Report(DiagKind::ParseError, SourceRange{file_, op.begin, op.begin + 1},
                    "a mutable field may not have an initializer");
      last_error_pos_ = pos_;
      ExprFlags flags(*this, true, true, false);
      ParseExpr();
    }
    f->range = RangeFrom(first);
    out.push_back(f);
  } while (Accept(TokenKind::Comma));
  OptionalSemicolon();
}

Decl* Parser::ParseConstDecl(DeclModifiers& mods) {
  const Token& first = Expect(TokenKind::KwConst);
  auto* c = program_.arena.New<ConstDecl>();
  c->attributes = ParseAttributes();
  c->is_static = mods.is_static;
  if (!IsIdentOrDigits(Cur().kind)) Fail(Cur(), "ident expected");
  SetName(*this, c, Advance());
  if (Accept(TokenKind::Colon)) c->type = ParseType();
  if (Accept(TokenKind::Ellipsis)) c->refining = true;
  if (Accept(TokenKind::ColonEq) || Accept(TokenKind::Eq)) {
    ExprFlags flags(*this, true, true, false);
    c->init = ParseExpr();
  }
  if (!c->type && !c->init && !c->refining) {
    diags_.Report(DiagKind::ParseError, c->name_range,
                  "a const declaration must have a type or a RHS value");
  }
  OptionalSemicolon();
  c->range = RangeFrom(first);
  return c;
}

}  // namespace dfy::parse
