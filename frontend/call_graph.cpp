#include "frontend/call_graph.h"

#include <algorithm>
#include <functional>

#include "frontend/ast_visit.h"

namespace dfy {

namespace {

// Collects every method and function that `d` calls, in its body, its specification and the
// default values of its parameters (as Dafny's: a call that omits an argument calls what the
// default calls).
std::vector<const Decl*> Callees(const ResolvedProgram& rp, const Decl* d) {
  std::vector<const Decl*> out;
  std::function<void(const Expr*)> expr = [&](const Expr* e) {
    if (e->kind == ExprKind::Call) {
      const Binding& b = rp.CalleeOf(static_cast<const CallExpr*>(e));
      if (b.function) out.push_back(b.function);
      if (b.method) out.push_back(b.method);
    }
    ForEachSubExpr(e, expr);
  };
  std::function<void(const Stmt*)> stmt = [&](const Stmt* s) { ForEachChild(s, expr, stmt); };
  auto specs = [&](const std::vector<Spec>& v) {
    for (const Spec& s : v) expr(s.expr);
  };
  if (d->kind == DeclKind::Method) {
    auto* m = static_cast<const MethodDecl*>(d);
    specs(m->requires_);
    specs(m->ensures);
    for (const Expr* e : m->decreases) expr(e);
    for (const Expr* e : m->defaults) {
      if (e) expr(e);
    }
    if (m->body) stmt(m->body);
  } else {
    auto* f = static_cast<const FunctionDecl*>(d);
    specs(f->requires_);
    specs(f->ensures);
    for (const Expr* e : f->decreases) expr(e);
    for (const Expr* e : f->defaults) {
      if (e) expr(e);
    }
    if (f->body) expr(f->body);
  }
  return out;
}

}  // namespace

CallGraph::CallGraph(const ResolvedProgram& rp) {
  for (const Decl* d : rp.callables()) edges_[d] = Callees(rp, d);
  // A call of a trait's member may run any class's implementation of it (dynamic dispatch).
  for (const Decl* d : rp.callables()) {
    if (const Decl* t = rp.OverriddenOf(d)) edges_[t].push_back(d);
  }
  // Tarjan's algorithm (recursive; the depth is bounded by the number of declarations).
  std::unordered_map<const Decl*, int> index, low;
  std::vector<const Decl*> stack;
  std::unordered_map<const Decl*, bool> on_stack;
  int next_index = 0, next_component = 0;
  std::function<void(const Decl*)> connect = [&](const Decl* v) {
    index[v] = low[v] = next_index++;
    stack.push_back(v);
    on_stack[v] = true;
    for (const Decl* w : edges_[v]) {
      if (!index.count(w)) {
        connect(w);
        low[v] = std::min(low[v], low[w]);
      } else if (on_stack[w]) {
        low[v] = std::min(low[v], index[w]);
      }
    }
    if (low[v] == index[v]) {
      const Decl* w;
      do {
        w = stack.back();
        stack.pop_back();
        on_stack[w] = false;
        component_[w] = next_component;
      } while (w != v);
      ++next_component;
    }
  };
  for (const Decl* d : rp.callables()) {
    if (!index.count(d)) connect(d);
  }
}

bool CallGraph::IsRecursive(const Decl* d) const {
  auto it = edges_.find(d);
  if (it == edges_.end()) return false;
  for (const Decl* callee : it->second) {
    if (SameCluster(d, callee)) return true;
  }
  return false;
}

bool CallGraph::SameCluster(const Decl* a, const Decl* b) const {
  auto ia = component_.find(a);
  auto ib = component_.find(b);
  return ia != component_.end() && ib != component_.end() && ia->second == ib->second;
}

}  // namespace dfy
