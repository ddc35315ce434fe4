#include "driver/coverage_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace dfy::driver {

namespace fs = std::filesystem;

namespace {

// Dafny's labels (CoverageLabel), by their HTML classes.
enum class Label { None, NotApplicable, Covered, NotCovered, Partly };

const char* ClassOf(Label l) {
  switch (l) {
    case Label::Covered:
      return "fc";
    case Label::NotCovered:
      return "nc";
    case Label::Partly:
      return "pc";
    default:
      return "na";
  }
}

// Two labels of one line: alike stay, different ones make "partially covered".
Label Combine(Label a, Label b) {
  if (a == Label::None) return b;
  if (b == Label::None) return a;
  return a == b ? a : Label::Partly;
}

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

bool WriteFile(const fs::path& path, const std::string& text, std::string& error) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) {
    error = "cannot write " + path.string();
    return false;
  }
  return true;
}

// Dafny's session folder name, DateTime.Now formatted as "yyyy-dd-M--HH-mm-ss".
std::string SessionName() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return fmt::format("{:04}-{:02}-{}--{:02}-{:02}-{:02}", tm.tm_year + 1900, tm.tm_mday,
                     tm.tm_mon + 1, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

constexpr const char* kStyle =
    "body { font-family: sans-serif; margin: 1em 2em; }\n"
    "pre.source { font-family: monospace; line-height: 1.3; }\n"
    ".fc { background-color: #c8f0c8; }\n"
    ".nc { background-color: #f6c6c6; }\n"
    ".pc { background-color: #f8eaa8; }\n"
    "table.coverage { border-collapse: collapse; }\n"
    "table.coverage td { border: 1px solid #bbb; padding: 0.2em 0.6em; }\n"
    "table.coverage thead td, table.coverage tfoot td { font-weight: bold; }\n"
    "td.ctr2 { text-align: right; }\n"
    "footer { margin-top: 2em; font-size: small; color: #666; }\n";

constexpr const char* kSuffix = "_tests_actual";
constexpr const char* kTitle = "Execution Coverage";

struct FileReport {
  FileId id = 0;
  fs::path absolute;
  fs::path page;     // relative to the session folder
  std::string link;  // the index's name for the file: its path below the common folder
  std::map<uint32_t, Label> lines;                 // line -> its label
  std::vector<std::pair<uint32_t, Label>> points;  // each branch's offset of its line, label
};

// The cells of one row of the index.
std::string Row(const std::vector<std::string>& cells) {
  std::string row = "<tr>\n";
  for (size_t i = 0; i < cells.size(); ++i) {
    row += fmt::format("  <td class=\"{}\">{}</td>\n", i < 2 ? "name" : "ctr2", cells[i]);
  }
  return row + "</tr>\n";
}

std::vector<std::string> Counts(std::string file, std::string module, size_t covered,
                                size_t not_covered) {
  return {std::move(file), std::move(module), std::to_string(covered), std::to_string(not_covered),
          "0"};
}

std::string Page(const SourceFile& file, const FileReport& r, const std::string& root) {
  std::string base = r.absolute.filename().string();
  std::string body = "<span class=\"na\" id=\"1:1\">";
  Label current = Label::NotApplicable;
  std::string_view text = file.text();
  uint32_t line = 1;
  size_t start = 0;
  while (true) {
    size_t end = text.find('\n', start);
    std::string_view content =
        text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    auto it = r.lines.find(line);
    Label label = it == r.lines.end() ? Label::NotApplicable : it->second;
    if (!content.empty() && label != current) {
      body += fmt::format("</span><span class=\"{}\" id=\"{}:1\">", ClassOf(label), line);
      current = label;
    }
    body += Escape(content) + "\n";
    if (end == std::string_view::npos) break;
    start = end + 1;
    ++line;
  }
  body += "</span>";
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<title>{0}, {1}</title>\n"
      "<link rel=\"stylesheet\" href=\"{2}/.resources/coverage.css\">\n</head>\n<body>\n"
      "<nav><a href=\"{2}/index{3}.html\">Index</a></nav>\n"
      "<h1>{0}, {1}</h1>\n<h1 hidden>file://{4}</h1>\n"
      "<p>Each line with a branch of the compiled program is marked: "
      "<span class=\"fc\">every branch ran</span>, <span class=\"pc\">some ran</span>, "
      "<span class=\"nc\">none ran</span>.</p>\n"
      "<pre class=\"source\">\n{5}</pre>\n<footer>Created with dfyc</footer>\n</body>\n</html>\n",
      Escape(base), kTitle, root, kSuffix, Escape(r.absolute.string()), body);
}

}  // namespace

bool ReadCoverageTallies(const std::string& path, std::vector<uint64_t>& tallies,
                         std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = "the program wrote no coverage counts (" + path + ")";
    return false;
  }
  uint64_t n = 0;
  while (in >> n) tallies.push_back(n);
  return true;
}

bool WriteCoverageReport(const Context& ctx, const ResolvedProgram& rp,
                         const std::vector<CoveragePoint>& legend,
                         const std::vector<uint64_t>& tallies, const std::string& dir,
                         bool timestamp, std::string& error) {
  fs::path session = timestamp ? fs::path(dir) / SessionName() : fs::path(dir);
  std::error_code ec;
  // The program's files, and the folder they all are in.
  std::vector<FileReport> files;
  std::map<FileId, size_t> index_of;
  fs::path common;
  for (FileId id = 0; id < ctx.sources.FileCount(); ++id) {
    const SourceFile& f = ctx.sources.File(id);
    if (f.library()) continue;
    FileReport r;
    r.id = id;
    r.absolute = fs::absolute(f.name(), ec).lexically_normal();
    fs::path parent = r.absolute.parent_path();
    if (files.empty()) {
      common = parent;
    } else {
      fs::path shared;
      auto a = common.begin(), b = parent.begin();
      for (; a != common.end() && b != parent.end() && *a == *b; ++a, ++b) shared /= *a;
      common = shared;
    }
    index_of[id] = files.size();
    files.push_back(std::move(r));
  }
  if (files.empty()) {
    error = "no coverage data found in the report";
    return false;
  }
  // Each branch labels its line.
  for (size_t i = 0; i < legend.size(); ++i) {
    auto it = index_of.find(legend[i].at.file);
    if (it == index_of.end()) continue;
    FileReport& r = files[it->second];
    const SourceFile& f = ctx.sources.File(r.id);
    uint32_t line = f.Position(legend[i].at.begin).line;
    bool ran = legend[i].emitted && i < tallies.size() && tallies[i] > 0;
    Label label = ran ? Label::Covered : Label::NotCovered;
    r.lines[line] = Combine(r.lines.count(line) ? r.lines[line] : Label::None, label);
    std::string_view text = f.text();
    size_t line_start = text.rfind('\n', legend[i].at.begin == 0 ? 0 : legend[i].at.begin - 1);
    uint32_t offset = legend[i].at.begin == 0 || line_start == std::string_view::npos
                          ? 0
                          : static_cast<uint32_t>(line_start + 1);
    r.points.emplace_back(offset, label);
  }
  // The modules of each file, by their full names.
  std::map<FileId, std::map<std::string, const Decl*>> modules;
  for (const Decl* d : rp.decls()) {
    if (d->kind != DeclKind::Module || static_cast<const ModuleDecl*>(d)->is_default) continue;
    if (!index_of.count(d->range.file)) continue;
    std::string name = d->name;
    for (const Decl* o = rp.OwnerOf(d);
         o && o->kind == DeclKind::Module && !static_cast<const ModuleDecl*>(o)->is_default;
         o = rp.OwnerOf(o)) {
      name = o->name + "." + name;
    }
    modules[d->range.file].emplace(name, d);
  }
  // The pages.
  fs::create_directories(session / ".resources", ec);
  if (ec) {
    error = "cannot create " + (session / ".resources").string() + ": " + ec.message();
    return false;
  }
  if (!WriteFile(session / ".resources" / "coverage.css", kStyle, error)) return false;
  std::string body;
  size_t total_covered = 0, total_not = 0;
  for (FileReport& r : files) {
    fs::path sub = r.absolute.parent_path().lexically_relative(common);
    if (sub == ".") sub.clear();
    fs::create_directories(session / sub, ec);
    std::string root = ".";
    for (auto it = sub.begin(); it != sub.end(); ++it) root = root == "." ? ".." : root + "/..";
    r.page = sub / (r.absolute.filename().string() + kSuffix + ".html");
    r.link = (sub / r.absolute.filename()).string();
    if (!WriteFile(session / r.page, Page(ctx.sources.File(r.id), r, root), error)) return false;
    size_t covered = 0, not_covered = 0;
    for (const auto& [offset, label] : r.points)
      (label == Label::Covered ? covered : not_covered)++;
    total_covered += covered;
    total_not += not_covered;
    body += Row(Counts(fmt::format("<a href=\"{}\" class=\"el_package\">{}</a>",
                                   Escape(r.page.string()), Escape(r.link)),
                       "All modules", covered, not_covered));
    for (const auto& [name, m] : modules[r.id]) {
      size_t c = 0, n = 0;
      for (const auto& [offset, label] : r.points) {
        if (offset < m->range.begin || offset >= m->range.end) continue;
        (label == Label::Covered ? c : n)++;
      }
      body += Row(Counts("", Escape(name), c, n));
    }
  }
  std::string index = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<title>{0}</title>\n<link rel=\"stylesheet\" href=\".resources/coverage.css\">\n"
      "</head>\n<body>\n<h1>{0}</h1>\n<table class=\"coverage\">\n<thead>\n{1}</thead>\n"
      "<tfoot>\n{3}</tfoot>\n<tbody>\n{2}</tbody>\n</table>\n"
      "<footer>Created with dfyc</footer>\n</body>\n</html>\n",
      kTitle,
      Row({"File", "Module", "Branches fully covered", "Branches not covered",
           "Branches partially covered"}),
      body, Row(Counts("Total", "", total_covered, total_not)));
  return WriteFile(session / (std::string("index") + kSuffix + ".html"), index, error);
}

}  // namespace dfy::driver
