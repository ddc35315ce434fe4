// The per-compilation context: options, sources and diagnostics. No phase keeps global state;
// everything it needs from outside comes through here.
#pragma once

#include <cstdint>
#include <string>

#include "common/diagnostics.h"
#include "common/source.h"

namespace dfy {

// Dafny's --general-traits: which types other than classes and traits may extend traits.
enum class GeneralTraits : uint8_t { Legacy, Datatype, Full };

struct Options {
  unsigned cores = 1;                     // verification workers
  unsigned verification_time_limit = 30;  // seconds per task; 0 = none
  uint64_t resource_limit = 0;            // Z3 rlimit per task (in thousands, as Dafny); 0 = none
  uint32_t random_seed = 0;
  unsigned function_syntax = 4;  // 3: `function method` is a compiled function, as in Dafny 3
  // Folder of the verification cache (proved tasks, keyed by a hash of their query); empty:
  // no cache.
  std::string cache_dir;
  // Whether the declarations of library files (SourceFile::library(): the embedded standard
  // library) are verification tasks too; by default they are taken as verified, as Dafny takes
  // its standard library (--verify-standard-libraries).
  bool verify_library = false;
  // Dafny's --reads-clauses-on-methods: methods may have reads clauses (checked); without one a
  // method reads *. Off, a reads clause on a method is a resolution error, as in Dafny.
  bool reads_clauses_on_methods = false;
  bool show_snippets = true;
  // legacy (Dafny's default): only classes and traits; datatype: also datatypes and abstract
  // types; full: also newtypes.
  GeneralTraits general_traits = GeneralTraits::Legacy;
  DiagFormat diag_format = DiagFormat::Dafny;
  // Dafny's --filter-position FILE[:LINES]: only declarations in a file whose absolute path ends
  // with filter_file and whose lines meet [filter_from, filter_to] are verified.
  bool filter_position = false;
  std::string filter_file;
  uint32_t filter_from = 0;
  uint32_t filter_to = UINT32_MAX;
  // Dafny's --filter-symbol S: only declarations whose full Dafny name (Module.Type.member)
  // contains S, or ends with S minus its final dot when S ends with one, are verified.
  std::string filter_symbol;
};

struct Context {
  Options options;
  SourceManager sources;
  Diagnostics diags{sources};
};

}  // namespace dfy
