#include "frontend/dump_types.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>
#include <vector>

namespace dfy {

namespace {

const char* VarKindWord(VarKind k) {
  switch (k) {
    case VarKind::InParam:
      return "in";
    case VarKind::OutParam:
      return "out";
    case VarKind::Local:
      return "local";
    case VarKind::Bound:
      return "bound";
    case VarKind::FunctionResult:
      return "result";
  }
  return "?";
}

// The source text of `r`, on one line and at most 40 code points.
std::string Excerpt(const SourceManager& sources, SourceRange r) {
  std::string_view text = sources.File(r.file).text();
  uint32_t end = std::min<uint32_t>(r.end, static_cast<uint32_t>(text.size()));
  uint32_t begin = std::min(r.begin, end);
  std::string out;
  bool space = false;
  for (char c : text.substr(begin, end - begin)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  constexpr uint32_t kMax = 40;
  if (CodePointCount(out) > kMax) {
    uint32_t n = 0;
    size_t i = 0;
    for (; i < out.size(); ++i) {
      if ((static_cast<unsigned char>(out[i]) & 0xC0) != 0x80 && n++ == kMax) break;
    }
    out = out.substr(0, i) + "...";
  }
  return out;
}

struct Entry {
  SourceRange range;
  int order;    // 0 variables, 1 expressions
  uint32_t id;  // node id: the parse order, for ties
  std::string text;
};

}  // namespace

std::string DumpTypes(const ResolvedProgram& rp, const SourceManager& sources) {
  std::vector<Entry> entries;
  // The user's files only: not the embedded standard library (named "<stdlib>/...").
  auto shown = [&](SourceRange r) { return !sources.File(r.file).name().starts_with("<"); };
  for (const auto& node : rp.program.arena.nodes()) {
    if (const auto* v = dynamic_cast<const Var*>(node.get())) {
      if (v->id >= rp.var_type_.size() || !rp.var_type_[v->id] || v->name.empty()) continue;
      if (!shown(v->range)) continue;
      entries.push_back(
          {v->range, 0, v->id,
           fmt::format("var {} {}{}: {}", VarKindWord(v->kind), rp.IsGhost(v) ? "ghost " : "",
                       v->name, TypeName(rp.TypeOf(v)))});
    } else if (const auto* e = dynamic_cast<const Expr*>(node.get())) {
      if (e->id >= rp.expr_type_.size() || !rp.expr_type_[e->id]) continue;
      // A module or type used as a qualifier has no value, hence no type.
      if (rp.BindingOf(e).is_qualifier || !shown(e->range)) continue;
      std::string text = fmt::format("expr {} `{}`: {}", ExprKindName(e->kind),
                                     Excerpt(sources, e->range), TypeName(rp.TypeOf(e)));
      // A type test shows the type it tests, with the arguments inference gave it.
      if (const Type* tested = rp.TestedType(e)) text += " (tests " + TypeName(tested) + ")";
      entries.push_back({e->range, 1, e->id, std::move(text)});
    }
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return std::make_tuple(a.range.file, a.range.begin, b.range.end, a.order, a.id) <
           std::make_tuple(b.range.file, b.range.begin, a.range.end, b.order, b.id);
  });
  std::string out;
  for (const Entry& x : entries) {
    const SourceFile& f = sources.File(x.range.file);
    LineCol p = f.Position(x.range.begin);
    out += fmt::format("{}({},{}): {}\n", f.display_name(), p.line, p.column, x.text);
  }
  return out;
}

}  // namespace dfy
