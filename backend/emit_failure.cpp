// `:-` (Dafny's "elephant" operator) on failure-compatible types: a type with the members
// IsFailure(), PropagateFailure() and, where a value is extracted, Extract() (Std.Wrappers'
// Option, Result, Outcome). The translation is Dafny's desugaring (docs/DafnyRef, "Update with
// Failure Statement"):
//   x :- e;          auto _r = e;  if (_r.IsFailure()) { out0 = _r.PropagateFailure(); return; }
//                    x = _r.Extract();
//   :- expect e;     halts with the printed failure value where `expect` stands
//   :- assert e;     (and assume) only extracts: the check is the verifier's
//   var x :- e; b    (an expression) the failure's propagation, or b with x = the extracted value
// PropagateFailure<U>()'s type arguments are those that make its result the type it is
// assigned to: the method's first out-parameter, or the expression's type.
#include <fmt/format.h>

#include "backend/emitter.h"

namespace dfy::backend {

namespace {

const FunctionDecl* FindFunction(const std::vector<Decl*>& members, const char* name) {
  for (const Decl* m : members) {
    if (m->kind == DeclKind::Function && m->name == name)
      return static_cast<const FunctionDecl*>(m);
  }
  return nullptr;
}

// Binds the type parameters of `f` in `pattern` (a type written in f's signature) to the
// components of `actual` they stand for.
void MatchTypeParams(const Type* pattern, const Type* actual, const Decl* f,
                     std::vector<const Type*>& bound) {
  if (!pattern || !actual) return;
  if (pattern->kind == TypeKind::TypeParam && pattern->decl == f) {
    if (pattern->width < bound.size() && !bound[pattern->width]) bound[pattern->width] = actual;
    return;
  }
  if (pattern->kind != actual->kind || pattern->args.size() != actual->args.size()) return;
  for (size_t i = 0; i < pattern->args.size(); ++i) {
    MatchTypeParams(pattern->args[i], actual->args[i], f, bound);
  }
}

}  // namespace

bool Emitter::FailureMembers(const Type* t, SourceRange at, FailureType& out) {
  const Type* base = BaseOf(t);
  const std::vector<Decl*>* members = nullptr;
  if (base && base->kind == TypeKind::UserDefined && base->decl) {
    if (base->decl->kind == DeclKind::Datatype) {
      members = &static_cast<const DatatypeDecl*>(base->decl)->members;
      out.access = ".";
    } else if (base->decl->kind == DeclKind::Class || base->decl->kind == DeclKind::Trait) {
      members = &static_cast<const ClassDecl*>(base->decl)->members;
      out.access = "->";
    }
  }
  out.is_failure = members ? FindFunction(*members, "IsFailure") : nullptr;
  out.propagate = members ? FindFunction(*members, "PropagateFailure") : nullptr;
  out.extract = members ? FindFunction(*members, "Extract") : nullptr;
  if (!out.is_failure || !out.propagate) {
    Unsupported(at, "':-' on this type");
    return false;
  }
  return true;
}

std::string Emitter::FailureCall(const std::string& value, const FailureType& f,
                                 const FunctionDecl* member, const Type* target, SourceRange at) {
  std::string targs;
  if (!member->type_params.empty()) {
    std::vector<const Type*> bound(member->type_params.size());
    MatchTypeParams(BaseOf(rp_.ResultType(member)), BaseOf(target), member, bound);
    for (const Type* b : bound) {
      if (!b) {
        Unsupported(at, "':-' whose PropagateFailure type arguments are not those of its target");
        return "";
      }
    }
    targs = "template " + DeclName(member) + TypeArgs(bound, at);
  } else {
    targs = DeclName(member);
  }
  return value + f.access + targs + "()";
}

// The position Dafny's message for a failed `:- expect` gives: the `expect` keyword, which
// follows the `:-` (the parser keeps no range of its own for it).
std::string Emitter::ExpectKeywordPosition(SourceRange op) {
  if (check_only_) return "";
  const SourceFile& file = ctx_.sources.File(op.file);
  std::string_view text = file.text();
  uint32_t at = op.end;
  while (at < text.size() &&
         (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r')) {
    ++at;
  }
  LineCol pos = file.Position(at);
  return fmt::format("{}({},{})", file.display_name(), pos.line, pos.column);
}

void Emitter::EmitAssignOrReturn(const AssignOrReturnStmt* s, const VarDeclStmt* decl) {
  const dfy::Expr* rhs = s->rhs.at(0);
  std::string tmp = Fresh("r");
  // The values besides the first, assigned to lhs[1..] (`x, y :- M();`): C++ expressions.
  std::vector<std::string> rest;
  const Type* type = nullptr;
  if (s->rhs.size() == 1 && IsMethodCall(rhs)) {
    auto* call = static_cast<const dfy::CallExpr*>(rhs);
    const MethodDecl* m = rp_.CalleeOf(call).method;
    std::vector<const Var*> outs;
    for (const Var* o : m->outs) {
      if (!rp_.IsGhost(o)) outs.push_back(o);
    }
    if (outs.empty()) {
      Unsupported(rhs->tok, "':-' on a method without outs");
      return;
    }
    type = SubstTypeParams(rp_.TypeOf(outs[0]), m->type_params, rp_.CalleeOf(call).type_args);
    if (outs.size() == 1) {
      Line(fmt::format("auto {} = {};", tmp, CallExpr(call)));
    } else {
      std::string all = Fresh("outs");
      Line(fmt::format("auto {} = {};", all, CallExpr(call)));
      Line(fmt::format("auto {} = std::get<0>(std::move({}));", tmp, all));
      for (size_t i = 1; i < outs.size(); ++i) {
        rest.push_back(fmt::format("std::get<{}>(std::move({}))", i, all));
      }
    }
  } else {
    type = rp_.TypeOf(rhs);
    Line(fmt::format("auto {} = {};", tmp, Expr(rhs)));
    for (size_t i = 1; i < s->rhs.size(); ++i) rest.push_back(Expr(s->rhs[i]));
  }
  FailureType f;
  if (!FailureMembers(type, rhs->tok, f)) return;
  // lhs[1..] are assigned whatever the outcome, as in Dafny's desugaring.
  auto assign = [&](size_t i, const std::string& value) {
    if (decl) {
      const Var* v = decl->vars.at(i);
      if (rp_.IsGhost(v)) return;
      const Type* vt = rp_.TypeOf(v);
      Line(fmt::format("{}{} {} = {};", UnusedMark(v), CppType(vt, v->range), DeclareLocal(v),
                       value));
    } else if (rp_.BindingOf(s->lhs[i]).var && rp_.IsGhost(rp_.BindingOf(s->lhs[i]).var)) {
      return;
    } else {
      Line(fmt::format("{} = {};", AssignTarget(s->lhs[i]), value));
    }
  };
  for (size_t i = 1; i < s->lhs.size() && i - 1 < rest.size(); ++i) assign(i, rest[i - 1]);
  std::string is_failure = tmp + f.access + DeclName(f.is_failure) + "()";
  if (s->keyword == "expect") {
    Line("if (" + is_failure + ") {");
    Line(fmt::format("  dfy::Halt({}, dfy::PrintedText({}));",
                     CppLiteral(ExpectKeywordPosition(s->op)), tmp));
    Line("}");
  } else if (s->keyword.empty()) {
    Line("if (" + is_failure + ") {");
    ++indent_;
    if (method_ && method_->flavor != MethodFlavor::Constructor && !iterator_) {
      const Var* out = nullptr;
      for (const Var* o : method_->outs) {
        if (!rp_.IsGhost(o)) {
          out = o;
          break;
        }
      }
      if (!out) {
        Unsupported(s->op, "':-' in a method without outs");
      } else {
        Line(fmt::format("{} = {};", CppName(out->name),
                         FailureCall(tmp, f, f.propagate, rp_.TypeOf(out), s->op)));
      }
      Line(ReturnOuts());
    } else if (!method_ && by_method_) {
      Line("return " + FailureCall(tmp, f, f.propagate, rp_.ResultType(by_method_), s->op) + ";");
    } else {
      Unsupported(s->op, "':-' here");
    }
    --indent_;
    Line("}");
  }
  if (!s->lhs.empty()) {
    if (!f.extract) {
      Unsupported(s->op, "':-' on a type without Extract()");
      return;
    }
    assign(0, FailureCall(tmp, f, f.extract, nullptr, s->op));
  }
}

void Emitter::EmitLetOrReturn(const dfy::LetExpr* l) {
  const dfy::Expr* rhs = l->rhs.at(0);
  FailureType f;
  if (!FailureMembers(rp_.TypeOf(rhs), rhs->tok, f)) return;
  std::string tmp = Fresh("r");
  Line("{");
  ++indent_;
  Line(fmt::format("auto {} = {};", tmp, Expr(rhs)));
  Line(fmt::format("if ({}{}{}()) return {};", tmp, f.access, DeclName(f.is_failure),
                   FailureCall(tmp, f, f.propagate, rp_.TypeOf(l), l->tok)));
  if (!l->lhs.empty()) {
    if (!f.extract) {
      Unsupported(l->tok, "':-' on a type without Extract()");
    } else {
      std::string value = FailureCall(tmp, f, f.extract, nullptr, l->tok);
      const Pattern* p = l->lhs[0];
      if (p->kind == PatternKind::Ident && !rp_.PatternCtor(p) && p->var) {
        if (!rp_.IsGhost(p->var)) {
          const Type* vt = rp_.TypeOf(p->var);
          Line(fmt::format("{}{} {} = {};", UnusedMark(p->var), CppType(vt, p->range),
                           DeclareLocal(p->var), value));
        }
      } else {
        std::string let = Fresh("let");
        Line(fmt::format("auto {} = {};", let, value));
        BindPattern(p, let, nullptr);
      }
    }
  }
  EmitReturn(l->body);
  --indent_;
  Line("}");
}

}  // namespace dfy::backend
