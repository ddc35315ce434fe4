// Dafny's precedence linter (Source/DafnyCore/Rewriters/PrecedenceLinter.cs), run on the parsed
// program before elaboration and resolution: a warning when the layout of an operand of ==>,
// <== or <==>, of the else branch of an if-then-else, of the body of a quantifier or a let, or
// of the last case of a match without braces suggests that the operand is meant to be shorter
// than the grammar makes it ("unusual indentation ...; do you perhaps need parentheses?").
//
// A component is visited with a left margin: each expression inside it that is not an
// independent part (an argument, an index, a parenthesized display element, ...) lowers the
// margin to its column (the column of Dafny's token for it: the operator of a binary
// expression, the '(' of a call, the first token otherwise). A component whose margin ends
// lower than where it started gets the warning. Columns are compared whatever their lines.
#include "frontend/lint_precedence.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include "frontend/ast_visit.h"
#include "frontend/lexer.h"

namespace dfy {

namespace {

class Linter {
 public:
  explicit Linter(Context& ctx) : ctx_(ctx) {}

  void Callable(const Decl* d) {
    if (ctx_.sources.File(d->range.file).library()) return;
    if (d->kind == DeclKind::Method) {
      auto* m = static_cast<const MethodDecl*>(d);
      for (const Spec& s : m->ensures) Root(s.expr);
      for (const Spec& s : m->requires_) Root(s.expr);
      for (const Expr* e : m->reads) Root(e);
      for (const Expr* e : m->modifies) Root(e);
      for (const Expr* e : m->decreases) Root(e);
      if (m->body) Statement(m->body);
    } else if (d->kind == DeclKind::Function) {
      auto* f = static_cast<const FunctionDecl*>(d);
      for (const Spec& s : f->ensures) Root(s.expr);
      for (const Spec& s : f->requires_) Root(s.expr);
      for (const Expr* e : f->reads) Root(e);
      for (const Expr* e : f->decreases) Root(e);
      if (f->body) Root(f->body);
    }
  }

 private:
  Context& ctx_;
  std::map<FileId, TokenBuffer> lexed_;  // each file's tokens, lexed again (the parser's are gone)
  // Dafny's StartToken is a leading `&&` or `||` ("bulleted" conjunctions) for the expression
  // that starts after it: the offset of that bullet, for the expressions it starts. A
  // single-conjunct `&& A` is a BinaryExpr of its own in Dafny, whose token is the bullet:
  // those are in `lone_bullet_`.
  std::map<const Expr*, uint32_t> bullet_;
  std::map<const Expr*, uint32_t> lone_bullet_;

  struct Margin {
    uint32_t column;
  };

  LineCol Pos(uint32_t file, uint32_t offset) { return ctx_.sources.File(file).Position(offset); }
  LineCol Start(const Expr* e) {
    auto b = bullet_.find(e);
    return Pos(e->range.file, b != bullet_.end() ? b->second : e->range.begin);
  }
  LineCol Tok(const Expr* e) { return Pos(e->tok.file, e->tok.begin); }

  const std::vector<Token>& Tokens(FileId file) {
    auto it = lexed_.find(file);
    if (it == lexed_.end()) {
      Diagnostics scratch(ctx_.sources);
      it = lexed_.emplace(file, Lex(ctx_.sources.File(file), file, scratch)).first;
    }
    return it->second.tokens;
  }
  // Dafny's EndToken: the last token of the expression.
  LineCol End(const Expr* e) {
    const std::vector<Token>& toks = Tokens(e->range.file);
    auto t = std::lower_bound(toks.begin(), toks.end(), e->range.end,
                              [](const Token& tok, uint32_t end) { return tok.end < end; });
    uint32_t at = t != toks.end() && t->end == e->range.end ? t->begin : e->range.begin;
    return Pos(e->range.file, at);
  }
  // The offset of a leading `&&` / `||` right before `e` (not an operator after an operand).
  std::optional<uint32_t> BulletBefore(const Expr* e) {
    const std::vector<Token>& toks = Tokens(e->range.file);
    auto t = std::lower_bound(toks.begin(), toks.end(), e->range.begin,
                              [](const Token& tok, uint32_t begin) { return tok.begin < begin; });
    if (t == toks.end() || t->begin != e->range.begin || t == toks.begin()) return std::nullopt;
    const Token& op = *(t - 1);
    if (op.kind != TokenKind::AmpAmp && op.kind != TokenKind::BarBar) return std::nullopt;
    if (t - 1 != toks.begin()) {
      switch ((t - 2)->kind) {
        case TokenKind::Identifier:
        case TokenKind::IntLiteral:
        case TokenKind::HexLiteral:
        case TokenKind::RealLiteral:
        case TokenKind::CharLiteral:
        case TokenKind::StringLiteral:
        case TokenKind::VerbatimStringLiteral:
        case TokenKind::RParen:
        case TokenKind::RBrace:
        case TokenKind::RBracket:
        case TokenKind::Bar:
        case TokenKind::KwTrue:
        case TokenKind::KwFalse:
        case TokenKind::KwNull:
        case TokenKind::KwThis:
          return std::nullopt;  // an infix operator
        default:
          break;
      }
    }
    return op.begin;
  }
  // Records which expressions a bullet starts, as Dafny's parser sets their StartToken: the
  // operators above the bulleted conjunction (==>, <==, <==>, which take their first operand's
  // start) and the conjunction itself, not its conjuncts.
  void MarkBullets(const Expr* e, const Expr* parent) {
    if (!parent || parent->range.begin != e->range.begin) {
      if (std::optional<uint32_t> bullet = BulletBefore(e)) {
        const Expr* x = e;
        while (IsArrow(x)) {
          bullet_[x] = *bullet;
          x = static_cast<const BinaryExpr*>(x)->lhs;
        }
        bool logical = x->kind == ExprKind::Binary && !IsChain(x) &&
                       (static_cast<const BinaryExpr*>(x)->op == BinaryOp::And ||
                        static_cast<const BinaryExpr*>(x)->op == BinaryOp::Or);
        bullet_[x] = *bullet;
        if (!logical) lone_bullet_[x] = *bullet;
      }
    }
    ForEachSubExpr(e, [&](const Expr* c) { MarkBullets(c, e); });
  }
  static std::string LineColText(LineCol p) {
    return fmt::format("line {}, column {}", p.line, p.column + 1);
  }
  void Root(const Expr* e) {
    MarkBullets(e, nullptr);
    Visit(e, nullptr);
  }
  void Independent(const Expr* e) {
    if (e) Visit(e, nullptr);
  }

  void Statement(const Stmt* s) {
    ForEachChild(
        s, [&](const Expr* e) { Root(e); }, [&](const Stmt* inner) { Statement(inner); });
  }

  // `a < b <= c` is `a < b && b <= c` in dfyc's tree (the && has the second operator's token);
  // Dafny's ChainingExpression has the first operator's token and the operands as children.
  static bool IsChain(const Expr* e) {
    if (e->kind != ExprKind::Binary) return false;
    auto* b = static_cast<const BinaryExpr*>(e);
    return b->op == BinaryOp::And && b->tok.begin == b->rhs->tok.begin &&
           (b->rhs->kind == ExprKind::Binary || b->rhs->kind == ExprKind::PrefixEquality);
  }

  static bool IsArrow(const Expr* e) {
    if (e->kind != ExprKind::Binary) return false;
    BinaryOp op = static_cast<const BinaryExpr*>(e)->op;
    return op == BinaryOp::Implies || op == BinaryOp::Explies || op == BinaryOp::Iff;
  }

  void Lower(Margin* st, uint32_t column) {
    if (st && column < st->column) st->column = column;
  }

  void Visit(const Expr* e, Margin* st) {
    if (auto b = lone_bullet_.find(e); b != lone_bullet_.end()) {
      Lower(st, Pos(e->range.file, b->second).column);
    }
    switch (e->kind) {
      case ExprKind::Index:
      case ExprKind::Slice:
      case ExprKind::SeqUpdate:
      case ExprKind::DatatypeUpdate:
      case ExprKind::PrefixEquality:
        Lower(st, Start(e).column);
        break;
      case ExprKind::Paren:  // Dafny's token for it is the '(' (dfyc's is the inner one's)
        Lower(st, Pos(e->range.file, e->range.begin).column);
        break;
      case ExprKind::NamedArg:  // only its value is an expression to Dafny
        Visit(static_cast<const NamedArgExpr*>(e)->value, st);
        return;
      default:
        if (!IsChain(e)) Lower(st, Tok(e).column);
        break;
    }
    switch (e->kind) {
      case ExprKind::Call: {
        auto* c = static_cast<const CallExpr*>(e);
        Visit(c->callee, st);
        for (const Expr* a : c->args) Independent(a);
        return;
      }
      case ExprKind::Binary: {
        auto* b = static_cast<const BinaryExpr*>(e);
        if (IsChain(e)) {
          // Count the first operator (the leftmost comparison's token), then the operands.
          const Expr* first = b;
          while (IsChain(first)) first = static_cast<const BinaryExpr*>(first)->lhs;
          Lower(st, Tok(first).column);
          Chain(b, st);
          return;
        }
        if (!IsArrow(e)) break;
        // Dafny's operands: for `a <== b` its BinaryExpr is Exp(b, a), b the "left" one.
        const Expr* e0 = b->op == BinaryOp::Explies ? b->rhs : b->lhs;
        const Expr* e1 = b->op == BinaryOp::Explies ? b->lhs : b->rhs;
        LineCol op = Tok(e);
        uint32_t margin = Start(e1).line == op.line ? op.column : Start(e0).column;
        std::string name(BinaryOpSpelling(b->op));
        LhsComponent(e, e0, margin, "left-hand operand of " + name);
        RhsComponent(e->tok, e1, Start(e1).column, "right-hand operand of " + name);
        return;
      }
      case ExprKind::IfThenElse:
      case ExprKind::BindingIfThenElse: {
        auto* i = static_cast<const IfThenElseExpr*>(e);
        Independent(i->cond);
        Independent(i->then_branch);
        RhsComponent(e->tok, i->else_branch, Start(i->else_branch).column,
                     "else branch of if-then-else");
        return;
      }
      case ExprKind::Quantifier: {
        auto* q = static_cast<const QuantifierExpr*>(e);
        auto independent = [&](const Expr* x) { Independent(x); };
        visit_detail::Domain(q->domain, independent);
        LineCol at = Tok(e);
        LineCol body = Start(q->body);
        RhsComponent(e->tok, q->body, at.line == body.line ? at.column + 1 : body.column,
                     q->is_forall ? "body of forall" : "body of exists");
        return;
      }
      case ExprKind::Let: {
        auto* l = static_cast<const LetExpr*>(e);
        if (l->op == LetOp::AssignOrReturn) return;  // Dafny's LetOrFailExpr: no children yet
        for (const Attribute& a : l->attributes) {
          for (const Expr* x : a.args) Independent(x);
        }
        for (const Expr* r : l->rhs) Independent(r);
        RhsComponent(e->tok, l->body, Start(l->body).column, "body of let-expression");
        return;
      }
      case ExprKind::Old:
      case ExprKind::Fresh:
      case ExprKind::Unchanged:
      case ExprKind::SeqDisplay:
      case ExprKind::SetDisplay:
      case ExprKind::MapDisplay:
        ForEachSubExpr(e, [&](const Expr* x) { Independent(x); });
        return;
      case ExprKind::MultisetDisplay:
        if (static_cast<const DisplayExpr*>(e)->from_collection) break;  // multiset(s)
        ForEachSubExpr(e, [&](const Expr* x) { Independent(x); });
        return;
      case ExprKind::DatatypeUpdate: {
        auto* u = static_cast<const DatatypeUpdateExpr*>(e);
        Visit(u->object, st);
        for (const Expr* v : u->values) Independent(v);
        return;
      }
      case ExprKind::Index: {
        auto* x = static_cast<const IndexExpr*>(e);
        Visit(x->seq, st);
        for (const Expr* i : x->indices) Independent(i);
        return;
      }
      case ExprKind::Slice: {
        auto* x = static_cast<const SliceExpr*>(e);
        Visit(x->seq, st);
        Independent(x->lo);
        Independent(x->hi);
        return;
      }
      case ExprKind::SeqUpdate: {
        auto* x = static_cast<const SeqUpdateExpr*>(e);
        Visit(x->seq, st);
        Independent(x->index);
        Independent(x->value);
        return;
      }
      case ExprKind::PrefixEquality: {
        auto* p = static_cast<const PrefixEqualityExpr*>(e);
        Independent(p->depth);
        Visit(p->lhs, st);
        Visit(p->rhs, st);
        return;
      }
      case ExprKind::Match: {
        auto* m = static_cast<const MatchExpr*>(e);
        for (const MatchCaseExpr& c : m->cases) {
          for (const Attribute& a : c.attributes) {
            for (const Expr* x : a.args) Independent(x);
          }
        }
        Independent(m->scrutinee);
        bool braces = BracesAfter(m->scrutinee);
        for (size_t i = 0; i < m->cases.size(); ++i) {
          const Expr* body = m->cases[i].body;
          if (i + 1 == m->cases.size() && !braces) {
            RhsComponent(body->range, body, Start(body).column, "case expression");
          } else {
            Independent(body);
          }
        }
        return;
      }
      default:
        break;
    }
    ForEachSubExpr(e, [&](const Expr* x) { Visit(x, st); });
  }

  // The operands of a chain of comparisons, each visited once.
  void Chain(const BinaryExpr* b, Margin* st) {
    if (IsChain(b->lhs)) {
      Chain(static_cast<const BinaryExpr*>(b->lhs), st);
    } else {
      Operands(b->lhs, st, true);
    }
    Operands(b->rhs, st, false);
  }
  void Operands(const Expr* cmp, Margin* st, bool both) {
    if (cmp->kind == ExprKind::PrefixEquality) {
      auto* p = static_cast<const PrefixEqualityExpr*>(cmp);
      if (both) Visit(p->lhs, st);
      Visit(p->depth, st);
      Visit(p->rhs, st);
      return;
    }
    auto* c = static_cast<const BinaryExpr*>(cmp);
    if (both) Visit(c->lhs, st);
    Visit(c->rhs, st);
  }

  bool BracesAfter(const Expr* scrutinee) {
    std::string_view text = ctx_.sources.File(scrutinee->range.file).text();
    size_t i = scrutinee->range.end;
    // Skip white space and comments.
    for (;;) {
      while (i < text.size() &&
             (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) {
        ++i;
      }
      if (text.compare(i, 2, "//") == 0) {
        while (i < text.size() && text[i] != '\n') ++i;
      } else if (text.compare(i, 2, "/*") == 0) {
        size_t close = text.find("*/", i + 2);
        i = close == std::string_view::npos ? text.size() : close + 2;
      } else {
        break;
      }
    }
    return i < text.size() && text[i] == '{';
  }

  void LhsComponent(const Expr* op, const Expr* e, uint32_t margin, const std::string& what) {
    if (e->kind == ExprKind::Paren || Start(e).line == Tok(op).line) {
      Independent(e);
      return;
    }
    Margin st{margin};
    Visit(e, &st);
    if (st.column < margin) {
      ctx_.diags.Report(DiagKind::ResolutionWarning, op->tok,
                        fmt::format("unusual indentation in {} (which starts at {}); do you "
                                    "perhaps need parentheses?",
                                    what, LineColText(Start(e))));
    }
  }

  void RhsComponent(SourceRange at, const Expr* e, uint32_t margin, const std::string& what) {
    if (e->kind == ExprKind::Paren) {
      Independent(e);
      return;
    }
    Margin st{margin};
    Visit(e, &st);
    if (st.column < margin) {
      ctx_.diags.Report(DiagKind::ResolutionWarning, at,
                        fmt::format("unusual indentation in {} (which ends at {}); do you "
                                    "perhaps need parentheses?",
                                    what, LineColText(End(e))));
    }
  }
};

void LintDecls(Linter& linter, const std::vector<Decl*>& decls) {
  for (const Decl* d : decls) {
    switch (d->kind) {
      case DeclKind::Module:
        LintDecls(linter, static_cast<const ModuleDecl*>(d)->decls);
        break;
      case DeclKind::Method:
      case DeclKind::Function:
        linter.Callable(d);
        break;
      case DeclKind::Class:
      case DeclKind::Trait:
        for (const Decl* m : static_cast<const ClassDecl*>(d)->members) linter.Callable(m);
        break;
      case DeclKind::Datatype:
        for (const Decl* m : static_cast<const DatatypeDecl*>(d)->members) linter.Callable(m);
        break;
      case DeclKind::Newtype:
      case DeclKind::SubsetType:
        for (const Decl* m : static_cast<const NewtypeDecl*>(d)->members) linter.Callable(m);
        break;
      case DeclKind::OpaqueType:
        for (const Decl* m : static_cast<const OpaqueTypeDecl*>(d)->members) linter.Callable(m);
        break;
      default:  // iterators are not linted (as in Dafny: they are not members)
        break;
    }
  }
}

}  // namespace

void LintPrecedence(const Program& program, Context& ctx) {
  Linter linter(ctx);
  LintDecls(linter, program.default_module->decls);
}

}  // namespace dfy
