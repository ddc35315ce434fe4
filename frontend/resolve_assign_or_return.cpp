// `lhs :- rhs;` (and `var x :- rhs;`, `:- expect rhs;`): the checks of Dafny's
// AssignOrReturnStmt.Resolve and EnsureSupportsErrorHandling, in their order and words.
#include "frontend/resolver.h"

namespace dfy::resolve {

void Resolver::ResolveAssignOrReturn(const AssignOrReturnStmt* ar, const CodeContext& cc) {
  std::vector<const Type*> lhs_types;
  for (const Expr* l : ar->lhs) {
    lhs_types.push_back(ResolveExpr(l, cc));
    CheckAssignable(l, cc);
  }
  // After an error the left-hand sides get the error type: no cascade of "underspecified".
  auto fail = [&] {
    for (const Type* t : lhs_types) {
      if (const Type* w = Walk(t); w && w->kind == TypeKind::Proxy) {
        proxy_binding_[w->width] = t_.Error();
      }
    }
  };
  // One call on the right may be a method's: its first output is the failure-compatible value,
  // the others go to the left-hand sides after the first (`v, e :- M()`).
  const CallExpr* call = ar->rhs.size() == 1 && ar->rhs[0]->kind == ExprKind::Call
                             ? static_cast<const CallExpr*>(ar->rhs[0])
                             : nullptr;
  const MethodDecl* m = nullptr;
  std::vector<const Type*> types;
  if (call) {
    method_call_ok_ = call;
    const Type* t = ResolveExpr(call, cc);
    m = rp_->CalleeOf(call).method;
    if (m) {
      if (!cc.is_method && m->flavor != MethodFlavor::Lemma) {
        Error(call->tok, fmt::format("expression is not allowed to invoke a method ({})", m->name));
      }
      types = method_outs_[call];
      if (m->outs.empty()) {
        Error(call->tok, fmt::format("Expected {} to have a Success/Failure output value, but the "
                                     "method returns nothing.",
                                     m->name));
      }
    } else {
      types.push_back(t);
    }
  } else {
    types = ResolveRhs(ar->rhs, ar->rhs.size(), ar->op, cc, {});
  }
  if (cc.method && cc.method->outs.empty() && ar->keyword.empty()) {
    // (An anonymous constructor is `_ctor` in Dafny's words.)
    Error(ar->op, fmt::format("A method containing a :- statement must have an out-parameter ({})",
                              cc.method->name.empty() ? "_ctor" : cc.method->name));
    return fail();
  }
  if (types.empty() || !types[0]) {
    Error(ar->op, "Internal Error: Unknown failure type in :- statement");
    return fail();
  }
  const Type* first = Shape(types[0]);
  if (first->kind == TypeKind::Error) return fail();
  std::string type_name = TypeName(Zonk(types[0]));
  TypeInfo* owner = nullptr;
  if (!InfoOf(first)) {
    Error(ar->op, fmt::format("The type of the first expression to the right of ':-' could not be "
                              "determined to be a failure type (got '{}')",
                              type_name));
    return fail();
  }
  const Decl* is_failure = FindMember(first, "IsFailure", &owner);
  const Decl* propagate = FindMember(first, "PropagateFailure", &owner);
  const Decl* extract = FindMember(first, "Extract", &owner);
  if (!is_failure) {
    Error(ar->op, fmt::format("member IsFailure does not exist in {}, in :- statement", type_name));
    return fail();
  }
  // Dafny expects an Extract exactly when the type has one; the number of left-hand sides must
  // fit.
  size_t lhs = ar->lhs.size();
  const char* with = extract ? "with" : "without";
  std::string count_error;
  if (extract && !m && lhs != ar->rhs.size()) {
    count_error =
        fmt::format("number of lhs ({}) must match number of rhs ({})", lhs, ar->rhs.size());
  } else if (!extract && !m && lhs + 1 != ar->rhs.size()) {
    count_error = fmt::format("number of lhs ({}) must be one less than number of rhs ({})", lhs,
                              ar->rhs.size());
  } else if (m && lhs + (extract ? 0 : 1) != m->outs.size()) {
    count_error = fmt::format("wrong number of method result arguments (got {}, expected {})", lhs,
                              m->outs.size() - (extract ? 0 : 1));
  }
  if (!count_error.empty()) {
    Error(ar->op,
          fmt::format("{} for a rhs type ({}) {} member Extract", count_error, type_name, with));
    return fail();
  }
  if (!propagate && ar->keyword.empty()) {
    Error(ar->op,
          fmt::format("The right-hand side of ':-', which is of type '{}', must have {}", type_name,
                      extract ? "functions 'IsFailure()', 'PropagateFailure()', and "
                                "'Extract()'"
                              : "functions 'IsFailure()' and 'PropagateFailure()', but "
                                "not 'Extract()'"));
    return fail();
  }
  auto check_function = [&](const Decl* d, bool allow_method) {
    if (!d || d->kind == DeclKind::Function) return true;
    if (allow_method && d->kind == DeclKind::Method) {
      ctx_.diags.Report(DiagKind::ResolutionWarning, ar->op,
                        fmt::format("Support for member '{}' in type '{}' (used indirectly via a "
                                    ":- statement) being a method is deprecated; declare it to "
                                    "be a function instead",
                                    d->name, type_name));
      return true;
    }
    Error(ar->op, fmt::format("Member '{}' in type '{}' (used indirectly via a :- statement) is "
                              "expected to be a function",
                              d->name, type_name));
    return false;
  };
  bool ok = check_function(is_failure, false);
  if (ar->keyword.empty()) ok = check_function(propagate, true) && ok;
  if (extract) ok = check_function(extract, true) && ok;
  if (!ok) return fail();
  // The value Extract gives goes to the first left-hand side; the other values (outputs of the
  // method, or right-hand sides after the first) to the others.
  size_t others = 0;
  if (extract && !lhs_types.empty()) {
    others = 1;
    if (extract->kind == DeclKind::Function) {
      const Type* value = Substitute(
          rp_->function_result_[static_cast<const FunctionDecl*>(extract)], ReceiverSubst(first));
      if (!Unify(lhs_types[0], value)) {
        TypeError(ar->range, fmt::format("RHS (of type {}) not assignable to LHS (of type {})",
                                         TypeName(Zonk(value)), TypeName(Zonk(lhs_types[0]))));
      }
    }
  }
  for (size_t i = others; i < lhs_types.size(); ++i) {
    size_t j = extract ? i : i + 1;  // the value for lhs i
    if (j >= types.size() || !types[j] || Unify(lhs_types[i], types[j])) continue;
    if (m) {
      TypeError(call->tok, fmt::format("incorrect return type{} for method out-parameter '{}' "
                                       "(expected {}, got {})",
                                       m->outs.size() > 1 ? fmt::format(" at index {}", j) : "",
                                       m->outs[j]->name, TypeName(Zonk(types[j])),
                                       TypeName(Zonk(lhs_types[i]))));
    } else {
      TypeError(ar->range, fmt::format("RHS (of type {}) not assignable to LHS (of type {})",
                                       TypeName(Zonk(types[j])), TypeName(Zonk(lhs_types[i]))));
    }
  }
}

}  // namespace dfy::resolve
