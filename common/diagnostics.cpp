#include "common/diagnostics.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace dfy {

namespace {

struct KindInfo {
  const char* name;
  Severity severity;
  DiagCategory category;
};

constexpr KindInfo kKinds[] = {
#define DIAG(name, severity, category) {#name, Severity::severity, DiagCategory::category},
#include "common/diagnostic_kinds.def"
};

const char* SeverityWord(Severity s) {
  switch (s) {
    case Severity::Error:
      return "Error";
    case Severity::Warning:
      return "Warning";
    case Severity::Info:
      return "Info";
  }
  return "Error";
}

// The source line with a caret marker under [begin, end), in Dafny's snippet layout.
void AppendSnippet(std::string& out, const SourceFile& file, SourceRange range) {
  LineCol pos = file.Position(range.begin);
  LineCol end_pos = file.Position(std::max(range.end, range.begin));
  std::string line_no = std::to_string(pos.line);
  std::string gutter(line_no.size(), ' ');
  std::string_view text = file.Line(pos.line);
  uint32_t line_length = CodePointCount(text);
  uint32_t width = 1;
  if (end_pos.line == pos.line && end_pos.column > pos.column) {
    width = end_pos.column - pos.column;
  } else if (end_pos.line > pos.line && line_length > pos.column) {
    width = line_length - pos.column;
  }
  out += fmt::format("{} |\n{} | {}\n{} | {}{}\n\n", gutter, line_no, text, gutter,
                     std::string(pos.column, ' '), std::string(width, '^'));
}

std::string Location(const SourceManager& sources, SourceRange range, DiagFormat format) {
  const SourceFile& file = sources.File(range.file);
  LineCol pos = file.Position(range.begin);
  if (format == DiagFormat::Gcc) {
    return fmt::format("{}:{}:{}", file.display_name(), pos.line, pos.column + 1);
  }
  return fmt::format("{}({},{})", file.display_name(), pos.line, pos.column);
}

}  // namespace

Severity SeverityOf(DiagKind kind) { return kKinds[static_cast<int>(kind)].severity; }
DiagCategory CategoryOf(DiagKind kind) { return kKinds[static_cast<int>(kind)].category; }
const char* DiagKindName(DiagKind kind) { return kKinds[static_cast<int>(kind)].name; }

Diagnostic& Diagnostics::Report(DiagKind kind, SourceRange range, std::string message) {
  diags_.push_back(Diagnostic{kind, range, std::move(message), {}, {}});
  return diags_.back();
}

void Diagnostics::Drop(DiagKind kind) {
  std::erase_if(diags_, [&](const Diagnostic& d) { return d.kind == kind; });
}

void Diagnostics::MoveKindLast(size_t begin, DiagKind kind) {
  if (begin >= diags_.size()) return;
  std::stable_partition(diags_.begin() + static_cast<std::ptrdiff_t>(begin), diags_.end(),
                        [&](const Diagnostic& d) { return d.kind != kind; });
}

size_t Diagnostics::Count(DiagCategory category) const {
  return std::count_if(diags_.begin(), diags_.end(), [&](const Diagnostic& d) {
    return CategoryOf(d.kind) == category && SeverityOf(d.kind) == Severity::Error;
  });
}

size_t Diagnostics::ErrorCount() const {
  return std::count_if(diags_.begin(), diags_.end(),
                       [](const Diagnostic& d) { return SeverityOf(d.kind) == Severity::Error; });
}

std::string Render(const SourceManager& sources, const Diagnostic& diag, DiagFormat format,
                   bool show_snippets) {
  std::string out;
  const char* severity = SeverityWord(SeverityOf(diag.kind));
  if (format == DiagFormat::Gcc) {
    std::string word = severity;
    std::transform(word.begin(), word.end(), word.begin(), ::tolower);
    out += fmt::format("{}: {}: {}\n", Location(sources, diag.range, format), word, diag.message);
    for (const DiagNote& note : diag.notes) {
      out += fmt::format("{}: note: {}\n", Location(sources, note.range, format), note.message);
    }
    return out;
  }
  out += fmt::format("{}: {}: {}\n", Location(sources, diag.range, format), severity, diag.message);
  if (!diag.related_message.empty()) {
    out += fmt::format(" Related message: {}\n", diag.related_message);
  }
  if (show_snippets) AppendSnippet(out, sources.File(diag.range.file), diag.range);
  for (const DiagNote& note : diag.notes) {
    // Dafny prints a note without a message as just "Related location".
    out += note.message.empty()
               ? fmt::format("{}: Related location\n", Location(sources, note.range, format))
               : fmt::format("{}: Related location: {}\n", Location(sources, note.range, format),
                             note.message);
    if (show_snippets) AppendSnippet(out, sources.File(note.range.file), note.range);
  }
  return out;
}

std::string RenderJson(const SourceManager& sources, const std::vector<Diagnostic>& diags) {
  auto position = [&](SourceRange r) {
    const SourceFile& file = sources.File(r.file);
    LineCol b = file.Position(r.begin);
    LineCol e = file.Position(r.end);
    return nlohmann::json{{"file", file.display_name()},
                          {"line", b.line},
                          {"column", b.column},
                          {"endLine", e.line},
                          {"endColumn", e.column}};
  };
  nlohmann::json arr = nlohmann::json::array();
  for (const Diagnostic& d : diags) {
    nlohmann::json notes = nlohmann::json::array();
    for (const DiagNote& n : d.notes) {
      notes.push_back({{"location", position(n.range)}, {"message", n.message}});
    }
    nlohmann::json j{{"kind", DiagKindName(d.kind)},
                     {"severity", SeverityWord(SeverityOf(d.kind))},
                     {"location", position(d.range)},
                     {"message", d.message},
                     {"related", notes}};
    if (!d.related_message.empty()) j["relatedMessage"] = d.related_message;
    arr.push_back(std::move(j));
  }
  return arr.dump(2);
}

}  // namespace dfy
