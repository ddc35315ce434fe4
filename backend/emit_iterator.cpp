// Iterators: the class Dafny makes of an iterator (elaborate.cpp gives it its members), with its
// body compiled into a C++20 coroutine (dfy::IteratorBody, runtime/include/dfy/iterator.h).
//
//   iterator Range(lo: int, hi: int) yields (x: int) { ... x := i; yield; ... }
//
// is a class Range with fields lo, hi (the in-parameters) and x (the yield-parameter), the
// factory Range::New(lo, hi), and MoveNext(), which resumes the coroutine Range::Body() up to
// its next `co_yield` (a Dafny `yield`) and returns whether it yielded. The ghost members
// (xs, _new, Valid(), ...) are erased like any other.
#include <fmt/format.h>

#include "backend/emitter.h"

namespace dfy::backend {

void Emitter::EmitIterator(const IteratorDecl* it) {
  type_ = it;
  std::string name = CppName(it->name);
  std::string templ = TemplateHeader(it->type_params);
  std::string self = name + TemplateArgsOf(it->type_params);
  AddPiece(forward_, templ + "class " + name + ";\n");
  std::string body = templ + "class " + name + " : public dfy::Object {\n public:\n";
  const MethodDecl* ctor = nullptr;
  const MethodDecl* move_next = nullptr;
  std::string fields;
  for (const Decl* m : it->members) {
    ++fresh_decl_;
    if (m->kind == DeclKind::Method) {
      auto* md = static_cast<const MethodDecl*>(m);
      if (md->flavor == MethodFlavor::Constructor) ctor = md;
      if (md->name == "MoveNext") move_next = md;
      continue;
    }
    if (m->ghost || (m->kind != DeclKind::Field && m->kind != DeclKind::Const)) continue;
    const Type* t = rp_.MemberType(m);
    fields += fmt::format("  {} {} = {};\n", CppType(t, m->name_range), CppName(m->name),
                          DefaultValue(t, m->name_range));
  }
  if (!ctor || !move_next) {
    Unsupported(it->name_range, "this iterator");
    type_ = nullptr;
    return;
  }
  body += "  // The in-parameters, and the yield-parameters: what the last MoveNext yielded.\n";
  body += fields;
  std::vector<std::string> ps, args, assigns;
  for (const Var* p : ctor->ins) {
    if (rp_.IsGhost(p)) continue;
    ps.push_back(ParamType(rp_.TypeOf(p), p->range) + " " + CppName(p->name));
    args.push_back(CppName(p->name));
    assigns.push_back(fmt::format("  this->{0} = {0};\n", CppName(p->name)));
  }
  body += fmt::format(
      "  static {0}* New({1}) {{\n    {0}* self = dfy::New<{0}>();\n    self->Construct({2});\n"
      "    return self;\n  }}\n",
      self, Join(ps), Join(args));
  body += fmt::format("  void Construct({});\n", Join(ps));
  body += "  // Runs the iterator's body to its next yield: false when the body has ended.\n";
  body += "  bool MoveNext() { return body_.Resume(); }\n";
  std::string dafny_name = DafnyFullName(it);
  body += fmt::format("  std::string_view DafnyTypeName() const override {{ return \"{}\"; }}\n",
                      dafny_name);
  body += "\n private:\n  // The iterator's body, suspended at each yield.\n";
  body += "  dfy::IteratorBody Body();\n  dfy::IteratorBody body_;\n};\n\n";
  AddPiece(types_, body);
  std::string construct = fmt::format("{}void {}::Construct({}) {{\n",
                                      templ.empty() ? InlinePrefix() : templ, self, Join(ps));
  for (const std::string& a : assigns) construct += a;
  construct += "  body_ = Body();\n}\n\n";
  AddPiece(it->type_params.empty() ? source_defs_ : header_defs_, construct);
  iterator_ = it;
  EmitCallable(move_next, it, "Body");
  iterator_ = nullptr;
  type_ = nullptr;
}

void Emitter::EmitYield(const YieldStmt* ys) {
  if (!iterator_) {
    Unsupported(ys->range, "yield statements outside iterators");
    return;
  }
  // `yield e1, e2` assigns the yield-parameters (simultaneously), then yields.
  std::vector<std::pair<std::string, std::string>> assigns;
  for (size_t i = 0; i < ys->values.size() && i < iterator_->yields.size(); ++i) {
    const Var* y = iterator_->yields[i];
    if (rp_.IsGhost(y)) continue;
    const Type* t = nullptr;
    for (const Decl* m : iterator_->members) {
      if (m->kind == DeclKind::Field && m->name == y->name) t = rp_.MemberType(m);
    }
    assigns.emplace_back("this->" + CppName(y->name), ExprAs(ys->values[i], t));
  }
  if (assigns.size() == 1) {
    Line(assigns[0].first + " = " + assigns[0].second + ";");
  } else if (!assigns.empty()) {
    std::vector<std::string> temps;
    for (const auto& [lhs, rhs] : assigns) {
      temps.push_back(Fresh("yield"));
      Line("auto " + temps.back() + " = " + rhs + ";");
    }
    for (size_t i = 0; i < assigns.size(); ++i) {
      Line(assigns[i].first + " = std::move(" + temps[i] + ");");
    }
  }
  Line("co_yield dfy::kYield;");
}

}  // namespace dfy::backend
