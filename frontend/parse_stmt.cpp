// Parsing of statements.
#include <fmt/format.h>

#include "frontend/parser_impl.h"

namespace dfy::parse {

BlockStmt* Parser::ParseBlock() {
  DepthGuard guard(*this);
  const Token& open = Expect(TokenKind::LBrace);
  BlockStmt* block = NewStmt<BlockStmt>(open);
  while (!At(TokenKind::RBrace) && !At(TokenKind::EndOfFile)) {
    size_t before = pos_;
    try {
      block->stmts.push_back(ParseStmt());
    } catch (const SyntaxError&) {
      if (last_error_pos_ == SIZE_MAX - 1) throw;
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
    case TokenKind::KwAssert:
      return ParsePredicateStmt(StmtKind::Assert);
    case TokenKind::KwAssume:
      return ParsePredicateStmt(StmtKind::Assume);
    case TokenKind::KwExpect:
      return ParsePredicateStmt(StmtKind::Expect);
    case TokenKind::KwReturn: {
      Advance();
      auto* r = NewStmt<ReturnStmt>(first);
      if (!At(TokenKind::Semicolon)) r->values = ParseExprList(TokenKind::Semicolon);
      Expect(TokenKind::Semicolon, "ReturnStmt");
      r->range = RangeFrom(first);
      return r;
    }
    case TokenKind::KwPrint: {
      Advance();
      auto* p = NewStmt<PrintStmt>(first);
      p->args = ParseExprList(TokenKind::Semicolon);
      Expect(TokenKind::Semicolon, "PrintStmt");
      p->range = RangeFrom(first);
      return p;
    }
    case TokenKind::KwFor: Unsupported(first, "for loops");
    case TokenKind::KwMatch: Unsupported(first, "match statements");
    case TokenKind::KwForall: Unsupported(first, "forall statements");
    case TokenKind::KwModify: Unsupported(first, "modify statements");
    case TokenKind::KwCalc: Unsupported(first, "calc statements");
    case TokenKind::KwReveal: Unsupported(first, "reveal statements");
    case TokenKind::KwBreak: Unsupported(first, "break statements");
    case TokenKind::KwContinue: Unsupported(first, "continue statements");
    case TokenKind::KwLabel: Unsupported(first, "labels");
    case TokenKind::KwYield: Unsupported(first, "yield statements");
    default:
      return ParseUpdate();
  }
}

Stmt* Parser::ParseVarDecl(bool ghost) {
  const Token& first = Expect(TokenKind::KwVar);
  auto* decl = NewStmt<VarDeclStmt>(first);
  ParseAttributes();
  if (At(TokenKind::LParen)) Unsupported(Cur(), "tuple patterns in variable declarations");
  do {
    Var* v = ParseFormal(VarKind::Local, true);
    v->ghost = v->ghost || ghost;
    decl->vars.push_back(v);
  } while (Accept(TokenKind::Comma));
  if (Accept(TokenKind::ColonEq)) {
    if (At(TokenKind::KwNew)) Unsupported(Cur(), "'new'");
    if (At(TokenKind::Star)) Unsupported(Cur(), "'*' (havoc) right-hand sides");
    decl->rhs = ParseExprList(TokenKind::Semicolon);
  } else if (At(TokenKind::ColonBar)) {
    Unsupported(Cur(), "':|' (assign such that)");
  } else if (At(TokenKind::ColonMinus)) {
    Unsupported(Cur(), "':-' (assign or return)");
  }
  Expect(TokenKind::Semicolon, "VarDeclStatement");
  decl->range = RangeFrom(first);
  return decl;
}

Stmt* Parser::ParseIf() {
  const Token& first = Expect(TokenKind::KwIf);
  if (At(TokenKind::LBrace)) Unsupported(Cur(), "if statements with case alternatives");
  auto* s = NewStmt<IfStmt>(first);
  if (!Accept(TokenKind::Star)) s->cond = ParseExpr();
  s->then_branch = ParseBlock();
  if (Accept(TokenKind::KwElse)) {
    if (At(TokenKind::KwIf)) {
      s->else_branch = ParseIf();
    } else {
      s->else_branch = ParseBlock();
    }
  }
  s->range = RangeFrom(first);
  return s;
}

void Parser::LoopSpec(WhileStmt* loop) {
  for (;;) {
    if (Accept(TokenKind::KwInvariant)) {
      Spec s;
      s.attributes = ParseAttributes();
      s.expr = ParseExpr();
      loop->invariants.push_back(s);
    } else if (Accept(TokenKind::KwDecreases)) {
      ParseAttributes();
      if (Accept(TokenKind::Star)) {
        loop->decreases_star = true;
      } else {
        auto ds = ParseExprList(TokenKind::EndOfFile);
        loop->decreases.insert(loop->decreases.end(), ds.begin(), ds.end());
      }
    } else if (Accept(TokenKind::KwModifies)) {
      ParseAttributes();
      auto ms = ParseExprList(TokenKind::EndOfFile);
      loop->modifies.insert(loop->modifies.end(), ms.begin(), ms.end());
    } else {
      return;
    }
  }
}

Stmt* Parser::ParseWhile() {
  const Token& first = Expect(TokenKind::KwWhile);
  if (At(TokenKind::LBrace)) Unsupported(Cur(), "while statements with case alternatives");
  auto* s = NewStmt<WhileStmt>(first);
  s->range = Range(first);
  if (!Accept(TokenKind::Star)) s->cond = ParseExpr();
  LoopSpec(s);
  if (At(TokenKind::LBrace)) s->body = ParseBlock();
  return s;
}

Stmt* Parser::ParsePredicateStmt(StmtKind kind) {
  const Token& first = Advance();
  auto* s = NewStmt<PredicateStmt>(first, kind);
  s->attributes = ParseAttributes();
  if (kind == StmtKind::Assert && At(TokenKind::Identifier) &&
      PeekAt(1).kind == TokenKind::Colon) {
    s->label = std::string(Advance().text);
    Advance();
  }
  if (kind == StmtKind::Assert && At(TokenKind::Star)) Unsupported(Cur(), "'assert *'");
  s->expr = ParseExpr();
  if (kind == StmtKind::Expect && Accept(TokenKind::Comma)) s->message = ParseExpr();
  if (kind == StmtKind::Assert && Accept(TokenKind::KwBy)) {
    s->proof = ParseBlock();
    s->range = RangeFrom(first);
    return s;
  }
  const char* context = kind == StmtKind::Assert   ? "AssertStmt"
                        : kind == StmtKind::Assume ? "AssumeStmt"
                                                   : "ExpectStmt";
  Expect(TokenKind::Semicolon, context);
  s->range = RangeFrom(first);
  return s;
}

// An assignment `lhs, ... := rhs, ...;` or a call statement `M(args);`.
Stmt* Parser::ParseUpdate() {
  const Token& first = Cur();
  std::vector<Expr*> lhs = ParseExprList(TokenKind::EndOfFile);
  if (Accept(TokenKind::Semicolon)) {
    if (lhs.size() == 1 && lhs[0]->kind == ExprKind::Call) {
      auto* s = NewStmt<CallStmt>(first);
      s->call = static_cast<CallExpr*>(lhs[0]);
      s->range = RangeFrom(first);
      return s;
    }
    Fail(toks_[pos_ - 1], "this symbol not expected in UpdateStmt");
  }
  if (At(TokenKind::ColonBar)) Unsupported(Cur(), "':|' (assign such that)");
  if (At(TokenKind::ColonMinus)) Unsupported(Cur(), "':-' (assign or return)");
  if (!Accept(TokenKind::ColonEq)) Fail(Cur(), "invalid UpdateStmt");
  if (At(TokenKind::KwNew)) Unsupported(Cur(), "'new'");
  if (At(TokenKind::Star)) Unsupported(Cur(), "'*' (havoc) right-hand sides");
  auto* s = NewStmt<AssignStmt>(first);
  s->lhs = std::move(lhs);
  s->rhs = ParseExprList(TokenKind::Semicolon);
  Expect(TokenKind::Semicolon, "UpdateStmt");
  s->range = RangeFrom(first);
  return s;
}

}  // namespace dfy::parse
