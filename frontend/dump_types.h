// `dfyc resolve --dump-types`: the resolver's side tables as deterministic text.
#pragma once

#include <string>

#include "common/source.h"
#include "frontend/resolve.h"

namespace dfy {

// One line per typed variable and expression of the program, in source order:
//   file.dfy(4,6): var local x: int
//   file.dfy(4,11): expr Binary `x + 1`: int
// Variables are named with their kind (in, out, local, bound, result); expressions with their
// AST kind and their source text (whitespace collapsed, long texts cut at 40 characters).
// Entries at one position are ordered outermost first, then variables before expressions.
// Files whose name starts with '<' (the embedded standard library) are left out.
std::string DumpTypes(const ResolvedProgram& program, const SourceManager& sources);

}  // namespace dfy
