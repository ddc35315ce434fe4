// Dafny's spellings of an option's value that CLI11 does not know.
#pragma once

#include <string>
#include <vector>

#include "common/context.h"

namespace dfy::driver {

// Dafny (System.CommandLine) also accepts `--name:value` for `--name=value` or `--name value`,
// e.g. the Dafny 3 era's `--function-syntax:3`. Rewrites each argument `--name:value` (name made
// of lowercase letters, digits and '-') to `--name=value`, which CLI11 accepts for options and
// for flags (`--allow-warnings:true`). Arguments after a lone `--` are left alone.
void NormalizeColonOptions(std::vector<std::string>& args);

// Dafny's --filter-position value: FILE, FILE:N, FILE:N-M, FILE:N- or FILE:-M (FILE may be
// empty: any file), into options' filter_*. False when the lines are not numbers.
bool ParseFilterPosition(const std::string& value, Options& options);

}  // namespace dfy::driver
