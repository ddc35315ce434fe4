// Diagnostics: every message dfyc reports to a user, with its kind, position and notes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/source.h"

namespace dfy {

enum class DiagKind : uint8_t {
#define DIAG(name, severity, category) name,
#include "common/diagnostic_kinds.def"
};

enum class Severity : uint8_t { Error, Warning, Info };
enum class DiagCategory : uint8_t { CommandLine, Parse, Resolution, Verification, Compilation };

Severity SeverityOf(DiagKind kind);
DiagCategory CategoryOf(DiagKind kind);
const char* DiagKindName(DiagKind kind);

// A related location ("this is the postcondition that could not be proved").
struct DiagNote {
  SourceRange range;
  std::string message;
};

struct Diagnostic {
  DiagKind kind;
  SourceRange range;
  std::string message;
  // Printed as " Related message: ..." right after the primary line (Dafny's format).
  std::string related_message;
  std::vector<DiagNote> notes;
};

enum class DiagFormat : uint8_t { Dafny, Gcc, Json };

// Collects the diagnostics of one compilation, in report order.
class Diagnostics {
 public:
  explicit Diagnostics(const SourceManager& sources) : sources_(sources) {}

  Diagnostic& Report(DiagKind kind, SourceRange range, std::string message);
  // Removes every diagnostic of `kind` (warnings a later phase would not have reached).
  void Drop(DiagKind kind);
  // Moves the diagnostics of `kind` reported since the `begin`-th after the others, each group
  // in its order (Dafny reports type errors of a callable after its other errors).
  void MoveKindLast(size_t begin, DiagKind kind);
  size_t size() const { return diags_.size(); }
  const std::vector<Diagnostic>& all() const { return diags_; }
  size_t Count(DiagCategory category) const;
  size_t ErrorCount() const;
  const SourceManager& sources() const { return sources_; }

 private:
  const SourceManager& sources_;
  std::vector<Diagnostic> diags_;
};

// Renders one diagnostic. The Dafny format is `file(line,col): Error: message`, followed
// (with snippets on) by the source line and a caret marker, then a blank line.
std::string Render(const SourceManager& sources, const Diagnostic& diag, DiagFormat format,
                   bool show_snippets);

// Renders all diagnostics as one JSON array (for --json).
std::string RenderJson(const SourceManager& sources, const std::vector<Diagnostic>& diags);

}  // namespace dfy
