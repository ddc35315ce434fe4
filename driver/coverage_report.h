// The execution coverage report of `dfyc run/test --coverage-report DIR`, with the content of
// Dafny 4.11's (Source/DafnyDriver/CoverageReporter.cs): in DIR/<yyyy-dd-M--HH-mm-ss>/ (or DIR
// itself with --no-timestamp-for-coverage-report), one page per source file of the program,
// `<file>_tests_actual.html`, whose lines are marked as Dafny marks them, an index
// `index_tests_actual.html` counting the branches per file and per module, and a style sheet
// `.resources/coverage.css`. The HTML and CSS are dfyc's own.
//
// What is marked, as in Dafny: each instrumented branch (backend.h, CoveragePoint) labels its
// whole line, "fc" (fully covered) when it ran and "nc" (not covered) when not; a line with
// branches of both kinds is "pc" (partially covered); other lines are "na". Each page's
// marked text is in `<span class="L" id="line:col">` elements, the page names its file's URI
// in `<h1 hidden>`, and the index has Dafny's column titles ("Branches not covered"), so that
// Dafny's `merge-coverage-reports` reads dfyc's reports as its own.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "backend/backend.h"
#include "common/context.h"
#include "frontend/resolve.h"

namespace dfy::driver {

// Reads the counts a program built with coverage wrote (runtime/include/dfy/coverage.h).
bool ReadCoverageTallies(const std::string& path, std::vector<uint64_t>& tallies,
                         std::string& error);

// Writes the report for `legend` (CppUnit::coverage) and its `tallies` (parallel; a missing
// count is 0) into `dir`. The files are those of the program that are not of an embedded
// library. Returns false and sets `error` when a file cannot be written.
bool WriteCoverageReport(const Context& ctx, const ResolvedProgram& rp,
                         const std::vector<CoveragePoint>& legend,
                         const std::vector<uint64_t>& tallies, const std::string& dir,
                         bool timestamp, std::string& error);

}  // namespace dfy::driver
