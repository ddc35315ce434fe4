// Printing of expressions, types, patterns and quantifier domains. Parentheses are printed where
// the AST has a ParenExpr, and added only where the parser's precedence (parse_expr.cpp) would
// otherwise read the text differently.
#include <fmt/format.h>

#include "frontend/printer_impl.h"

namespace dfy::print {

namespace {

// A binding strength no expression has: forces parentheses.
constexpr int kForce = 100;

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

int BinaryPrec(BinaryOp op) {
  switch (op) {
    case BinaryOp::Iff:
      return kIff;
    case BinaryOp::Implies:
    case BinaryOp::Explies:
      return kImplies;
    case BinaryOp::And:
    case BinaryOp::Or:
      return kLogical;
    case BinaryOp::Eq:
    case BinaryOp::Neq:
    case BinaryOp::Lt:
    case BinaryOp::Le:
    case BinaryOp::Gt:
    case BinaryOp::Ge:
    case BinaryOp::In:
    case BinaryOp::NotIn:
    case BinaryOp::Disjoint:
      return kRelational;
    case BinaryOp::LeftShift:
    case BinaryOp::RightShift:
      return kShift;
    case BinaryOp::Add:
    case BinaryOp::Sub:
      return kAdditive;
    case BinaryOp::Mul:
    case BinaryOp::Div:
    case BinaryOp::Mod:
      return kMultiplicative;
    case BinaryOp::BitAnd:
    case BinaryOp::BitOr:
    case BinaryOp::BitXor:
      return kBitwise;
  }
  return kPrimary;
}

bool IsBinary(const Expr* e, BinaryOp op) {
  return e->kind == ExprKind::Binary && static_cast<const BinaryExpr*>(e)->op == op;
}

const Expr* ComparisonLhs(const Expr* e) {
  if (e->kind == ExprKind::PrefixEquality) return static_cast<const PrefixEqualityExpr*>(e)->lhs;
  return static_cast<const BinaryExpr*>(e)->lhs;
}

const Expr* ComparisonRhs(const Expr* e) {
  if (e->kind == ExprKind::PrefixEquality) return static_cast<const PrefixEqualityExpr*>(e)->rhs;
  return static_cast<const BinaryExpr*>(e)->rhs;
}

// The rightmost operand of a comparison or of a chain of comparisons.
const Expr* ChainRight(const Expr* e) {
  if (IsChainAnd(e)) return ChainRight(static_cast<const BinaryExpr*>(e)->rhs);
  return ComparisonRhs(e);
}

}  // namespace

bool IsComparison(const Expr* e) {
  if (e->kind == ExprKind::PrefixEquality) return true;
  return e->kind == ExprKind::Binary &&
         BinaryPrec(static_cast<const BinaryExpr*>(e)->op) == kRelational;
}

bool IsChainAnd(const Expr* e) {
  if (!IsBinary(e, BinaryOp::And)) return false;
  auto* b = static_cast<const BinaryExpr*>(e);
  if (!IsComparison(b->rhs)) return false;
  if (!IsComparison(b->lhs) && !IsChainAnd(b->lhs)) return false;
  return ChainRight(b->lhs) == ComparisonLhs(b->rhs) || IsImpliedDisjoint(b);
}

// A conjunct the parser adds to a chain of !! (`a !! b !! c` also says `a !! c`): its operands
// are the chain's own nodes, an earlier one and the last one. Printed as part of the chain.
bool IsImpliedDisjoint(const BinaryExpr* b) {
  if (!IsBinary(b->rhs, BinaryOp::Disjoint)) return false;
  auto* d = static_cast<const BinaryExpr*>(b->rhs);
  if (ChainRight(b->lhs) != d->rhs) return false;
  for (const Expr* x = b->lhs;;) {
    const Expr* last = IsChainAnd(x) ? static_cast<const BinaryExpr*>(x)->rhs : x;
    if (ComparisonLhs(last) == d->lhs) return true;
    if (!IsChainAnd(x)) return false;
    x = static_cast<const BinaryExpr*>(x)->lhs;
  }
}

int Printer::ExprPrec(const dfy::Expr* e) const {
  switch (e->kind) {
    case ExprKind::Binary:
      if (!tree() && IsChainAnd(e)) return kRelational;
      return BinaryPrec(static_cast<const BinaryExpr*>(e)->op);
    case ExprKind::PrefixEquality:
      return kRelational;
    case ExprKind::DecreasesTo:
      return static_cast<const DecreasesToExpr*>(e)->parenthesized ? kPrimary : kDecreasesTo;
    case ExprKind::Unary:
      return kUnary;
    case ExprKind::Conversion:
    case ExprKind::TypeTest:
      return kAs;
    case ExprKind::SetComprehension: {
      // `set x: T` (no range, no term) ends with its last variable: closed on the right, but
      // the parser takes no suffix after it.
      auto* s = static_cast<const SetComprehensionExpr*>(e);
      const auto& vars = s->domain.vars;
      bool closed = !s->term && !vars.empty() && !vars.back().range && !vars.back().collection;
      return closed ? kUnary : kOpen;
    }
    case ExprKind::IfThenElse:
    case ExprKind::BindingIfThenElse:
    case ExprKind::Quantifier:
    case ExprKind::MapComprehension:
    case ExprKind::Lambda:
    case ExprKind::Let:
    case ExprKind::StmtInExpr:
      return kOpen;
    case ExprKind::Match:
      // Printed with braces: closed on the right, but the parser takes no suffix after it.
      return kUnary;
    default:
      return kPrimary;
  }
}

void Printer::Expr(const dfy::Expr* e, int need, bool followed) {
  if (!e) {
    Write("/*missing*/");
    return;
  }
  bool atomic = e->kind == ExprKind::Name || e->kind == ExprKind::IntLiteral ||
                e->kind == ExprKind::RealLiteral || e->kind == ExprKind::BoolLiteral ||
                e->kind == ExprKind::CharLiteral || e->kind == ExprKind::StringLiteral ||
                e->kind == ExprKind::NullLiteral || e->kind == ExprKind::This ||
                e->kind == ExprKind::Wildcard || e->kind == ExprKind::Paren;
  bool parens = false;
  if (tree()) {
    parens = !atomic;
  } else if (e->kind != ExprKind::Paren) {
    int prec = ExprPrec(e);
    parens = need >= kForce || (prec == kOpen ? followed : prec < need);
  }
  if (parens) Write("(");
  ExprBody(e, followed && !parens);
  if (parens) Write(")");
}

void Printer::ExprList(const std::vector<dfy::Expr*>& list) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) Write(", ");
    Expr(list[i]);
  }
}

void Printer::TypeArgs(const std::vector<TypeExpr*>& args) {
  if (args.empty()) return;
  Write("<");
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) Write(", ");
    Type(args[i]);
  }
  Write(">");
}

void Printer::Type(const TypeExpr* t) {
  if (!t) {
    Write("/*missing type*/");
    return;
  }
  switch (t->kind) {
    case TypeExprKind::Named:
      Write(t->name);
      TypeArgs(t->args);
      return;
    case TypeExprKind::Tuple:
      Write("(");
      for (size_t i = 0; i < t->args.size(); ++i) {
        if (i) Write(", ");
        if (i < t->ghost.size() && t->ghost[i]) Write("ghost ");
        Type(t->args[i]);
      }
      Write(")");
      return;
    case TypeExprKind::Arrow: {
      // args: the parameter types, then the result type. The parser flattens a parenthesized
      // parameter list, so one parameter goes without parentheses unless it is a tuple or an
      // arrow itself.
      size_t n = t->args.empty() ? 0 : t->args.size() - 1;
      bool bare = n == 1 && t->args[0]->kind == TypeExprKind::Named;
      if (!bare) Write("(");
      for (size_t i = 0; i < n; ++i) {
        if (i) Write(", ");
        Type(t->args[i]);
      }
      if (!bare) Write(")");
      Write(" ");
      Write(t->arrow);
      Write(" ");
      if (!t->args.empty()) Type(t->args.back());
      return;
    }
  }
}

void Printer::BoundVar(const Var* v) {
  Write(v->name);
  if (v->type) {
    Write(": ");
    Type(v->type);
  }
}

void Printer::Domain(const QuantifierDomain& d) {
  for (size_t i = 0; i < d.vars.size(); ++i) {
    const dfy::BoundVar& bv = d.vars[i];
    if (i) Write(", ");
    BoundVar(bv.var);
    if (bv.collection) {
      Write(" <- ");
      Expr(bv.collection, kOpen, true);
    }
    // Attributes are kept as one list for the whole domain: all go after the last variable.
    if (i + 1 == d.vars.size()) {
      for (const Attribute& a : d.attributes) {
        Write(" ");
        OneAttribute(a);
      }
    }
    if (bv.range) {
      Write(" | ");
      Expr(bv.range, kOpen, i + 1 < d.vars.size());
    }
  }
}

void Printer::Pattern(const dfy::Pattern* p) {
  if (!p) {
    Write("/*missing pattern*/");
    return;
  }
  switch (p->kind) {
    case PatternKind::Ident:
      if (p->var) {
        BoundVar(p->var);
      } else {
        Write(p->name);
      }
      return;
    case PatternKind::Ctor:
    case PatternKind::Tuple:
      if (p->kind == PatternKind::Ctor) Write(p->name);
      Write("(");
      for (size_t i = 0; i < p->args.size(); ++i) {
        if (i) Write(", ");
        Pattern(p->args[i]);
      }
      Write(")");
      return;
    case PatternKind::Literal:
      Expr(p->literal, kUnary);
      return;
    case PatternKind::Disjunction:
      if (tree()) Write("(| ");
      for (size_t i = 0; i < p->args.size(); ++i) {
        if (i) Write(" | ");
        Pattern(p->args[i]);
      }
      if (tree()) Write(")");
      return;
  }
}

void Printer::StringLiteral(const std::u32string& chars, char quote) {
  std::string s(1, quote);
  for (char32_t c : chars) {
    switch (c) {
      case U'\n':
        s += "\\n";
        break;
      case U'\r':
        s += "\\r";
        break;
      case U'\t':
        s += "\\t";
        break;
      case U'\0':
        s += "\\0";
        break;
      case U'\\':
        s += "\\\\";
        break;
      default:
        if (c == static_cast<char32_t>(quote)) {
          s += '\\';
          s += quote;
        } else if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c < 0xE000) || c > 0x10FFFF) {
          s += fmt::format("\\U{{{:04X}}}", static_cast<uint32_t>(c));
        } else {
          AppendUtf8(s, c);
        }
    }
  }
  s += quote;
  Write(s);
}

void Printer::Binary(const BinaryExpr* b, bool followed) {
  int lhs_need = kPrimary, rhs_need = kPrimary;
  switch (BinaryPrec(b->op)) {
    case kIff:
      lhs_need = kIff;
      rhs_need = kImplies;
      break;
    case kImplies:
      if (b->op == BinaryOp::Implies) {
        lhs_need = kLogical;
        rhs_need = kImplies;
      } else {
        // <== is left associative and does not mix with ==> on its left.
        lhs_need = IsBinary(b->lhs, BinaryOp::Implies) ? kForce : kImplies;
        rhs_need = kLogical;
      }
      break;
    case kLogical: {
      // && and || do not mix without parentheses; a chain of comparisons is one operand.
      BinaryOp other = b->op == BinaryOp::And ? BinaryOp::Or : BinaryOp::And;
      bool mixed = !tree() && IsBinary(b->lhs, other) && !IsChainAnd(b->lhs);
      lhs_need = mixed ? kForce : kLogical;
      rhs_need = kRelational;
      break;
    }
    case kRelational:
      lhs_need = kShift;
      rhs_need = kShift;
      break;
    case kShift:
      lhs_need = kShift;
      rhs_need = kAdditive;
      break;
    case kAdditive:
      lhs_need = kAdditive;
      rhs_need = kMultiplicative;
      break;
    case kMultiplicative:
      lhs_need = kMultiplicative;
      rhs_need = kBitwise;
      break;
    case kBitwise:
      lhs_need = kBitwise;
      rhs_need = kAs;
      break;
  }
  Expr(b->lhs, lhs_need, true);
  Write(" ");
  Write(BinaryOpSpelling(b->op));
  Write(" ");
  Expr(b->rhs, rhs_need, followed);
}

// a < b <= c: the parser's `a < b && b <= c`, with b shared, printed as written.
void Printer::Chain(const dfy::Expr* e, bool followed) {
  std::vector<const dfy::Expr*> comparisons;
  const dfy::Expr* x = e;
  while (IsChainAnd(x)) {
    auto* b = static_cast<const BinaryExpr*>(x);
    if (!IsImpliedDisjoint(b)) comparisons.push_back(b->rhs);
    x = b->lhs;
  }
  comparisons.push_back(x);
  std::reverse(comparisons.begin(), comparisons.end());
  Expr(ComparisonLhs(comparisons[0]), kShift, true);
  for (size_t i = 0; i < comparisons.size(); ++i) {
    const dfy::Expr* c = comparisons[i];
    Write(" ");
    if (c->kind == ExprKind::PrefixEquality) {
      auto* p = static_cast<const PrefixEqualityExpr*>(c);
      Write(p->negated ? "!=#[" : "==#[");
      Expr(p->depth);
      Write("]");
    } else {
      Write(BinaryOpSpelling(static_cast<const BinaryExpr*>(c)->op));
    }
    Write(" ");
    Expr(ComparisonRhs(c), kShift, i + 1 < comparisons.size() || followed);
  }
}

void Printer::BodySeparator(const dfy::Expr* e, const dfy::Expr* body) {
  if (e == body_root_) {
    body_root_ = body;
    Line();
  } else {
    Write(" ");
  }
}

void Printer::ExprBody(const dfy::Expr* e, bool followed) {
  switch (e->kind) {
    case ExprKind::BoolLiteral:
      Write(static_cast<const LiteralExpr*>(e)->bool_value ? "true" : "false");
      return;
    case ExprKind::IntLiteral:
    case ExprKind::RealLiteral:
      Write(static_cast<const LiteralExpr*>(e)->text);
      return;
    case ExprKind::CharLiteral:
      StringLiteral(static_cast<const LiteralExpr*>(e)->chars, '\'');
      return;
    case ExprKind::StringLiteral:
      StringLiteral(static_cast<const LiteralExpr*>(e)->chars, '"');
      return;
    case ExprKind::NullLiteral:
      Write("null");
      return;
    case ExprKind::This:
      Write("this");
      return;
    case ExprKind::Name: {
      auto* n = static_cast<const NameExpr*>(e);
      Write(n->name);
      TypeArgs(n->type_args);
      return;
    }
    case ExprKind::Paren:
      Write(tree() ? "(paren " : "(");
      Expr(static_cast<const ParenExpr*>(e)->inner);
      Write(")");
      return;
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(e);
      // `- -x`, not `--x`.
      bool minus_minus = u->op == UnaryOp::Negate && u->operand->kind == ExprKind::Unary &&
                         static_cast<const UnaryExpr*>(u->operand)->op == UnaryOp::Negate;
      Write(u->op == UnaryOp::Not ? "!" : minus_minus ? "- " : "-");
      Expr(u->operand, kUnary, followed);
      return;
    }
    case ExprKind::Binary:
      if (!tree() && IsChainAnd(e)) {
        Chain(e, followed);
      } else if (!tree() && IsComparison(e)) {
        Chain(e, followed);
      } else {
        Binary(static_cast<const BinaryExpr*>(e), followed);
      }
      return;
    case ExprKind::PrefixEquality:
      if (tree()) {
        auto* p = static_cast<const PrefixEqualityExpr*>(e);
        Expr(p->lhs, kShift, true);
        Write(p->negated ? " !=#[" : " ==#[");
        Expr(p->depth);
        Write("] ");
        Expr(p->rhs, kShift, followed);
      } else {
        Chain(e, followed);
      }
      return;
    case ExprKind::Call: {
      auto* c = static_cast<const CallExpr*>(e);
      Expr(c->callee, kPrimary, true);
      Write("(");
      ExprList(c->args);
      Write(")");
      return;
    }
    case ExprKind::Select: {
      auto* s = static_cast<const SelectExpr*>(e);
      Expr(s->object, kPrimary, true);
      Write(".");
      Write(s->member);
      TypeArgs(s->type_args);
      return;
    }
    case ExprKind::Index: {
      auto* i = static_cast<const IndexExpr*>(e);
      Expr(i->seq, kPrimary, true);
      Write("[");
      ExprList(i->indices);
      Write("]");
      return;
    }
    case ExprKind::Slice: {
      auto* s = static_cast<const SliceExpr*>(e);
      Expr(s->seq, kPrimary, true);
      Write("[");
      if (s->lo) Expr(s->lo);
      Write("..");
      if (s->hi) Expr(s->hi);
      Write("]");
      return;
    }
    case ExprKind::SeqUpdate: {
      auto* u = static_cast<const SeqUpdateExpr*>(e);
      Expr(u->seq, kPrimary, true);
      Write("[");
      Expr(u->index);
      Write(" := ");
      Expr(u->value);
      Write("]");
      return;
    }
    case ExprKind::Cardinality: {
      // `||` is one token: keep a bar of the operand apart from ours.
      Printer inner(style_);
      inner.indent_ = indent_;
      inner.line_start_ = false;
      inner.Expr(static_cast<const CardinalityExpr*>(e)->operand);
      std::string text = inner.Take();
      bool pad = !text.empty() && (text.front() == '|' || text.back() == '|');
      Write(pad ? "| " : "|");
      out_ += text;
      Write(pad ? " |" : "|");
      return;
    }
    case ExprKind::IfThenElse:
    case ExprKind::BindingIfThenElse: {
      auto* i = static_cast<const IfThenElseExpr*>(e);
      Write("if ");
      if (e->kind == ExprKind::BindingIfThenElse) {
        for (size_t k = 0; k < i->bound_vars.size(); ++k) {
          if (k) Write(", ");
          BoundVar(i->bound_vars[k]);
        }
        Write(" :| ");
      }
      Expr(i->cond);
      Write(" then ");
      Expr(i->then_branch);
      Write(" else ");
      Expr(i->else_branch, kOpen, followed);
      return;
    }
    case ExprKind::Old: {
      auto* o = static_cast<const OldExpr*>(e);
      Write("old");
      if (!o->label.empty()) Write("@" + o->label);
      Write("(");
      Expr(o->operand);
      Write(")");
      return;
    }
    case ExprKind::Fresh:
    case ExprKind::Unchanged:
    case ExprKind::Allocated: {
      auto* t = static_cast<const TwoStateExpr*>(e);
      Write(e->kind == ExprKind::Fresh       ? "fresh"
            : e->kind == ExprKind::Unchanged ? "unchanged"
                                             : "allocated");
      if (!t->label.empty()) Write("@" + t->label);
      Write("(");
      ExprList(t->args);
      Write(")");
      return;
    }
    case ExprKind::Quantifier: {
      auto* q = static_cast<const QuantifierExpr*>(e);
      Write(q->is_forall ? "forall " : "exists ");
      Domain(q->domain);
      Write(" :: ");
      Expr(q->body, kOpen, followed);
      return;
    }
    case ExprKind::SeqDisplay:
    case ExprKind::SetDisplay:
    case ExprKind::MultisetDisplay: {
      auto* d = static_cast<const DisplayExpr*>(e);
      if (e->kind == ExprKind::SeqDisplay) {
        Write("[");
        ExprList(d->elements);
        Write("]");
        return;
      }
      if (e->kind == ExprKind::MultisetDisplay) Write("multiset");
      if (d->infinite) Write("iset");
      if (d->from_collection) {
        Write("(");
        ExprList(d->elements);
        Write(")");
        return;
      }
      Write("{");
      ExprList(d->elements);
      Write("}");
      return;
    }
    case ExprKind::MapDisplay: {
      auto* m = static_cast<const MapDisplayExpr*>(e);
      Write(m->infinite ? "imap[" : "map[");
      for (size_t i = 0; i < m->keys.size(); ++i) {
        if (i) Write(", ");
        Expr(m->keys[i]);
        Write(" := ");
        Expr(i < m->values.size() ? m->values[i] : nullptr);
      }
      Write("]");
      return;
    }
    case ExprKind::SeqConstruction: {
      auto* s = static_cast<const SeqConstructionExpr*>(e);
      Write("seq");
      TypeArgs(s->type_args);
      Write("(");
      Expr(s->length);
      Write(", ");
      Expr(s->init);
      Write(")");
      return;
    }
    case ExprKind::SetComprehension: {
      auto* s = static_cast<const SetComprehensionExpr*>(e);
      Write(s->infinite ? "iset " : "set ");
      Domain(s->domain);
      if (s->term) {
        Write(" :: ");
        Expr(s->term, kOpen, followed);
      }
      return;
    }
    case ExprKind::MapComprehension: {
      auto* m = static_cast<const MapComprehensionExpr*>(e);
      Write(m->infinite ? "imap " : "map ");
      Domain(m->domain);
      Write(" :: ");
      if (m->key) {
        Expr(m->key);
        Write(" := ");
      }
      Expr(m->value, kOpen, followed);
      return;
    }
    case ExprKind::Lambda: {
      auto* l = static_cast<const LambdaExpr*>(e);
      bool bare =
          l->params.size() == 1 && !l->params[0]->type && l->reads.empty() && l->requires_.empty();
      if (bare) {
        Write(l->params[0]->name);
      } else {
        Write("(");
        for (size_t i = 0; i < l->params.size(); ++i) {
          if (i) Write(", ");
          BoundVar(l->params[i]);
        }
        Write(")");
      }
      if (!l->reads.empty()) {
        Write(" reads ");
        ExprList(l->reads);
      }
      for (const dfy::Expr* r : l->requires_) {
        Write(" requires ");
        Expr(r);
      }
      Write(" => ");
      Expr(l->body, kOpen, followed);
      return;
    }
    case ExprKind::Let: {
      auto* l = static_cast<const LetExpr*>(e);
      if (l->lhs.empty() && l->op == LetOp::AssignOrReturn) {
        Write(":- ");
      } else {
        Write(l->ghost ? "ghost var " : "var ");
        for (size_t i = 0; i < l->lhs.size(); ++i) {
          if (i) Write(", ");
          Pattern(l->lhs[i]);
        }
        for (const Attribute& a : l->attributes) {
          Write(" ");
          OneAttribute(a);
        }
        Write(l->op == LetOp::Assign ? " := " : l->op == LetOp::SuchThat ? " :| " : " :- ");
      }
      ExprList(l->rhs);
      Write(";");
      BodySeparator(e, l->body);
      Expr(l->body, kOpen, followed);
      return;
    }
    case ExprKind::Match: {
      auto* m = static_cast<const MatchExpr*>(e);
      Write("match ");
      Expr(m->scrutinee);
      Write(" {");
      {
        Indent in(*this);
        for (const MatchCaseExpr& c : m->cases) {
          Line();
          Write("case ");
          Attributes(c.attributes);
          Pattern(c.pattern);
          Write(" => ");
          Expr(c.body);
        }
      }
      Line();
      Write("}");
      return;
    }
    case ExprKind::Tuple: {
      auto* t = static_cast<const TupleExpr*>(e);
      Write("(");
      for (size_t i = 0; i < t->elements.size(); ++i) {
        if (i) Write(", ");
        if (i < t->ghost.size() && t->ghost[i]) Write("ghost ");
        Expr(t->elements[i]);
      }
      Write(")");
      return;
    }
    case ExprKind::Conversion:
    case ExprKind::TypeTest: {
      auto* t = static_cast<const TypeOpExpr*>(e);
      Expr(t->operand, kAs, true);
      Write(e->kind == ExprKind::Conversion ? " as " : " is ");
      Type(t->type);
      return;
    }
    case ExprKind::StmtInExpr: {
      auto* s = static_cast<const StmtInExprExpr*>(e);
      Stmt(s->stmt);
      BodySeparator(e, s->body);
      Expr(s->body, kOpen, followed);
      return;
    }
    case ExprKind::Wildcard:
      Write("*");
      return;
    case ExprKind::DatatypeUpdate: {
      auto* u = static_cast<const DatatypeUpdateExpr*>(e);
      Expr(u->object, kPrimary, true);
      Write(".(");
      for (size_t i = 0; i < u->fields.size(); ++i) {
        if (i) Write(", ");
        Write(u->fields[i]);
        Write(" := ");
        Expr(i < u->values.size() ? u->values[i] : nullptr);
      }
      Write(")");
      return;
    }
    case ExprKind::FieldFrame: {
      auto* f = static_cast<const FieldFrameExpr*>(e);
      if (f->object) Expr(f->object, kOpen, true);
      Write("`");
      Write(f->field);
      return;
    }
    case ExprKind::New: {
      auto* n = static_cast<const NewRhsExpr*>(e);
      Write("new");
      if (n->type) {
        Write(" ");
        Type(n->type);
      } else {
        Write(" ");
      }
      if (n->is_array) {
        Write("[");
        ExprList(n->dims);
        Write("]");
        if (n->init) {
          Write("(");
          Expr(n->init);
          Write(")");
        } else if (n->has_elements) {
          Write("[");
          ExprList(n->elements);
          Write("]");
        }
      } else if (n->has_args) {
        Write("(");
        ExprList(n->args);
        Write(")");
      }
      return;
    }
    case ExprKind::PrefixName: {
      auto* p = static_cast<const PrefixNameExpr*>(e);
      Expr(p->name, kPrimary, true);
      Write("#");
      // A member's type arguments are shared with the prefix name when written before `#`.
      bool shared = p->name && p->name->kind == ExprKind::Select &&
                    static_cast<const SelectExpr*>(p->name)->type_args == p->type_args;
      if (!shared) TypeArgs(p->type_args);
      Write("[");
      Expr(p->depth);
      Write("]");
      return;
    }
    case ExprKind::LabelledCallee: {
      auto* l = static_cast<const LabelledCalleeExpr*>(e);
      Expr(l->name, kPrimary, true);
      Write("@");  // no blank: `f @L` would start an attribute
      Write(l->label);
      return;
    }
    case ExprKind::DecreasesTo: {
      auto* d = static_cast<const DecreasesToExpr*>(e);
      const char* op = d->allow_no_change ? "nonincreases to" : "decreases to";
      if (!d->parenthesized) {
        Expr(d->olds[0], kIff, true);
        Write(fmt::format(" {} ", op));
        Expr(d->news[0], kIff, followed);
        return;
      }
      Write("(");
      for (size_t i = 0; i < d->olds.size(); ++i) {
        if (i) Write(", ");
        Expr(d->olds[i], kIff, true);
      }
      if (!d->olds.empty()) Write(" ");
      Write(op);
      if (!d->news.empty()) Write(" ");
      ExprList(d->news);
      Write(")");
      return;
    }
    case ExprKind::NamedArg: {
      auto* n = static_cast<const NamedArgExpr*>(e);
      Write(n->name);
      Write(" := ");
      Expr(n->value, kOpen, followed);
      return;
    }
  }
}

}  // namespace dfy::print
