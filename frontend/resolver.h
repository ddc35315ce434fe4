// Internal to the resolver: the Resolver class, split over resolve_*.cpp by topic.
//   resolve.cpp        the module graph, declarations and signatures, the driver of the passes
//   resolve_types.cpp  type expressions, inference variables, unification, subtyping
//   resolve_names.cpp  names, member selection, calls and `new`
//   resolve_exports.cpp export sets: their checks, views, provided types, hidden definitions
//   resolve_modules.cpp the module graph, imports, the order modules are resolved in
//   resolve_expr.cpp   every other expression
//   resolve_stmt.cpp   statements (resolve_assign_or_return.cpp: `:-`)
//   resolve_ghost.cpp  ghost inference and the ghost/compiled checks
//   resolve_equality.cpp equality support, checked in compiled code
//   resolve_type_ops.cpp `as` and `is`, the subtype relation of type tests
//   resolve_spelling.cpp types in messages as the user wrote them
//   resolve_ctor_init.cpp `this` in the first division of a constructor body
//   resolve_infer.cpp  Dafny's subset-type inference for locals and bound variables, its
//                      trigger warning
#pragma once

#include <fmt/format.h>

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/ast_visit.h"
#include "frontend/elaborate.h"
#include "frontend/resolve.h"

namespace dfy::resolve {

struct ModuleInfo;

// What a name denotes in a module or type scope.
struct Entity {
  enum class Kind : uint8_t { None, Module, Type, Member, Ctor };
  Kind kind = Kind::None;
  ModuleInfo* module = nullptr;            // Module
  const Decl* decl = nullptr;              // Type: the type's declaration; Member: the member
  const DatatypeDecl* datatype = nullptr;  // Ctor
  int ctor = -1;
  bool ambiguous = false;
  // A member found through several `import opened`: the modules, for the error ("A, B").
  std::string ambiguous_modules;
  // A module named through an import of export sets: the names they show (null: all).
  const std::set<std::string>* visible = nullptr;
  // A module named through an abstract import (`import X : A`).
  bool abstract_import = false;
};

struct ModuleInfo {
  const ModuleDecl* decl = nullptr;
  ModuleInfo* parent = nullptr;
  std::string name;
  std::map<std::string, Entity> names;                     // declared here, and import aliases
  std::map<std::string, ModuleInfo*> children;             // submodules by (last) name
  std::vector<ModuleInfo*> opened;                         // `import opened`
  std::vector<const std::set<std::string>*> opened_views;  // parallel to opened: see Entity
  std::vector<const ExportDecl*> exports;                  // its export sets
  std::vector<const ImportDecl*> imports;
  // Names that an `import opened M` takes over from the import itself: where module M declares
  // a type M, the name M is that type here, not the module (Dafny's ResolveOpenedImports).
  std::map<std::string, Entity> opened_over_import;
  bool imports_resolved = false;
  // Errors found with the imports that Dafny reports with the module's signatures.
  std::vector<std::pair<SourceRange, std::string>> signature_errors;
};

// A class, trait, datatype, newtype, subset type, type synonym or opaque type.
struct TypeInfo {
  const Decl* decl = nullptr;
  ModuleInfo* module = nullptr;
  const std::vector<TypeParam>* type_params = nullptr;
  std::map<std::string, const Decl*> members;
  std::vector<const Type*> parents;  // the traits it extends
  const Type* base = nullptr;        // newtype, subset type: the base; synonym: the right side
  bool is_class = false, is_trait = false;
};

// What kind of code is being resolved; it decides which names and constructs are allowed.
struct CodeContext {
  ModuleInfo* module = nullptr;
  TypeInfo* type = nullptr;      // the enclosing class, trait, datatype or newtype
  const Decl* member = nullptr;  // the enclosing method, function, const, or type (constraints)
  const MethodDecl* method = nullptr;
  const FunctionDecl* function = nullptr;
  bool is_static = false;  // no `this`
  bool is_method = false;  // statements and method calls allowed
  bool allow_old = false;  // two-state: method specifications and bodies
  bool ghost = false;      // specification context
};

// Which clause a frame expression belongs to (it words the error).
enum class FrameKind : uint8_t { Reads, Modifies, Unchanged };

// Dafny's Type.AutoInitInfo, in increasing order: may be empty, has some value, has a value
// compiled code can start from.
enum class AutoInit : uint8_t { MaybeEmpty, Nonempty, Compilable };

// Substitution of type parameters by types.
using Subst = std::map<const Type*, const Type*>;

// An inference variable's constraint: what it may become and what it defaults to.
enum class ProxyKind : uint8_t { Any, IntLiteral, RealLiteral };

// Where a part of a type sits: a supertype there is a supertype of the whole (covariant), a
// subtype (contravariant: an arrow's parameters), or only the same type (non-variant).
enum class Polarity : uint8_t { Co, Contra, Inv };

class Resolver {
 public:
  Resolver(const Program& program, Context& ctx);
  // What elaboration left for the resolver to check (frontend/elaborate.h).
  void SetElaboration(const Elaboration* e) { elaboration_ = e; }
  std::unique_ptr<ResolvedProgram> Run();
  // Dafny's checks of the statements a refining body adds: they may not assign to variables
  // or fields of the refined module, to array elements, or call a constructor that modifies
  // more than `this`.
  void CheckRefinementAssignments();
  // Set and map comprehensions whose bound variables Dafny's heuristics do not bound
  // (resolve_finite.cpp).
  void CheckFiniteComprehensions();
  // Whether Dafny's bounds discovery bounds every variable of a binding guard (`if x :| P`,
  // `case x :| P`): an unbounded one makes the statement ghost.
  bool BindingBounded(const std::vector<Var*>& vars, const Expr* guard);
  // Whether a guard makes its statement ghost: a ghost expression, or a binding over unbounded
  // variables (resolve_ghost.cpp).
  bool GhostGuard(const std::vector<Var*>& bound_vars, const Expr* guard);
  bool GhostAlternatives(const Stmt* s);

  // --- resolve.cpp: declarations --------------------------------------------------------
  void BuildModule(ModuleInfo* m, const ModuleDecl* d);
  void Declare(ModuleInfo* m, const Decl* d);
  void ResolveImports(ModuleInfo* m);
  void CheckImportCycles();
  ModuleInfo* FindModulePath(ModuleInfo* from, const std::string& path, SourceRange at);
  void ResolveTypeDeclHeader(TypeInfo* ti);
  void ResolveMemberSignature(TypeInfo* owner, ModuleInfo* m, const Decl* d);
  void ResolveMemberBody(TypeInfo* owner, ModuleInfo* m, const Decl* d);
  void ResolveMethodBody(const MethodDecl* md, CodeContext cc);
  void ResolveFunctionBody(const FunctionDecl* f, CodeContext cc);
  void ResolveTypeDeclBody(TypeInfo* ti);
  bool SupportedDecl(const Decl* d);
  void WarnUnneededEquality(const Decl* d, const std::vector<TypeParam>& type_params);
  void WarnBodylessEnsures(const Decl* d);
  void PushTypeParams(const Decl* owner, const std::vector<TypeParam>& tps);
  void CheckDuplicateTypeParams(const std::vector<TypeParam>& tps);
  void CheckDuplicateParams(const std::vector<const Var*>& params);
  void CheckTraitMembersImplemented(TypeInfo* ti);
  void CheckOverride(const Decl* member, const Decl* inherited, TypeInfo* trait);
  // The datatypes of module `m` that no constructor grounds (Dafny's warning).
  void WarnUngroundedDatatypes(ModuleInfo* m);
  std::vector<ModuleInfo*> ModulesInDependencyOrder();
  bool DependenciesResolved(ModuleInfo* m, const std::set<ModuleInfo*>& failed);
  bool ResolveModuleDecls(ModuleInfo* m);
  void ResolveTypeParamBounds(ModuleInfo* m, const std::vector<TypeInfo*>& types);
  // Errors of the module being resolved that Dafny reports with its bodies, though dfyc meets
  // them while it resolves signatures (untyped consts' values, newtypes' inferred bases).
  size_t body_errors_early_ = 0;
  void PopTypeParams() { type_param_scopes_.pop_back(); }
  CodeContext ContextFor(TypeInfo* owner, ModuleInfo* m, const Decl* d);
  void FinishCallable();

  // --- resolve_determined.cpp --------------------------------------------------------------
  // Dafny's check that inference determined every type of a callable (run by FinishCallable
  // when no error was reported): each inference variable left is reported once.
  void CheckTypesDetermined();
  void CheckExprDetermined(const Expr* e, const std::unordered_set<const Expr*>& callees);
  bool IsDetermined(const Type* t);
  bool CheckDetermined(SourceRange at, const Type* t, const char* what);
  void CheckTypeArgsDetermined(SourceRange at, const Expr* callee, const Decl* d,
                               const std::vector<const Type*>& type_args, bool call);
  void CheckBoundVarDetermined(const Var* v);
  void CheckBoundVarsDetermined(const QuantifierDomain& domain);
  void CheckPatternVarsDetermined(const Pattern* p);
  // A declared variable to check before the expression of typed_exprs_ at index `at`: locals
  // after the statement that declares them (before its right side when it has one, where
  // Dafny visits the left side of the assignment), a forall statement's variables after it.
  struct VarCheck {
    size_t at;
    const Var* var;
    const char* what;
  };
  std::vector<VarCheck> var_checks_;
  std::unordered_set<uint32_t> underspecified_;  // inference variables reported
  size_t determined_errors_ = 0;                 // errors this check reported
  // Frame expressions: an empty display there (`reads {}`) is a set of objects, as in Dafny.
  std::vector<const Expr*> frame_exprs_;
  // Expressions exempt from the check: the function a reveal statement names.
  std::unordered_set<const Expr*> undetermined_ok_;
  std::unordered_set<const Var*> determined_checked_;

  // --- resolve_types.cpp -----------------------------------------------------------------
  const Type* ResolveType(const TypeExpr* te, ModuleInfo* m);
  const Type* NamedType(const TypeExpr* te, ModuleInfo* m);
  static std::string NotDeclaredMessage(const std::string& name);
  const Type* TypeOfDecl(const Decl* d, std::vector<const Type*> args, bool nullable);
  const Type* ThisType(TypeInfo* ti);
  const Type* NewProxy(ProxyKind k = ProxyKind::Any);
  const Type* MissingTypeArg(size_t i);
  // Implicit type parameters are numbered from here, after any declared ones.
  static constexpr uint32_t kImplicitTypeParamBase = ResolvedProgram::kImplicitTypeParamBase;
  const Type* Walk(const Type* t);  // follows bound proxies at the top
  const Type* Zonk(const Type* t);  // follows bound proxies everywhere; defaults literals
  bool Unify(const Type* a, const Type* b);
  // The type stripped of subset types (nat, user subset types) and nullability markers.
  const Type* Base(const Type* t);
  // Base, applied to the type arguments too (seq<nat> -> seq<int>).
  const Type* DeepBase(const Type* t);
  // Like Base, for the decision of which operations apply: also expands `string`.
  const Type* Shape(const Type* t);
  bool IsSubtypeDecl(const Decl* sub, const Decl* super);
  // t (a class or trait type) as its supertype whose declaration is `super` (C<int> as Tr<int>
  // when C<X> extends Tr<X>), or null when `super` is not above t.
  const Type* UpcastTo(const Type* t, const Decl* super);
  const Type* Substitute(const Type* t, const Subst& s);
  Subst InstantiateFresh(const Decl* owner, const std::vector<TypeParam>& tps,
                         std::vector<const Type*>* args_out);
  Subst ReceiverSubst(const Type* receiver);
  TypeInfo* InfoOf(const Decl* d) {
    auto it = type_infos_.find(d);
    return it == type_infos_.end() ? nullptr : it->second.get();
  }
  TypeInfo* InfoOf(const Type* t);
  const Decl* FindMember(const Type* receiver, const std::string& name, TypeInfo** owner);
  const Decl* FindMemberIn(TypeInfo* ti, const std::string& name, TypeInfo** owner);
  bool IsReference(const Type* t);
  bool IsIntLike(const Type* t);
  bool IsRealLike(const Type* t);
  bool IsBitvector(const Type* t) { return Shape(t)->kind == TypeKind::BitVector; }
  // --- resolve_equality.cpp: equality support, checked in compiled code --------------------
  bool SupportsEquality(const Type* t);
  bool PartiallySupportsEquality(const Type* t);
  const TypeParam* TypeParamOf(const Type* t);
  bool InferredEquality(const Type* type_param);
  std::string EqualityHint(const Type* t);
  bool ComparableValue(const Expr* e);
  void CheckEqualityUses(const Expr* e);
  // `te`, when given, is the type expression `t` was written as: a type's error is at its name.
  void CheckEqualityOfType(SourceRange at, const Type* t, const TypeExpr* te = nullptr);
  void CheckEqualityOfLocal(const Var* v, const Expr* rhs);
  void CheckEqualityTypeArgs(const CallExpr* call);
  // --- resolve_characteristics.cpp: (0) and (00) type arguments ---------------------------
  const DatatypeCtor* GroundingCtor(const DatatypeDecl* dt);
  AutoInit AutoInitOf(const Type* t, std::vector<const Type*>* co_visiting = nullptr);
  std::string CharacteristicHint(const Type* t, const char* characteristic, const char* meaning);
  void CheckTypeArgCharacteristics(SourceRange at, const Decl* callee,
                                   const std::vector<const Type*>& targs, bool compiled);
  void CheckTypeCharacteristics();
  // Calls and function values whose type arguments CheckTypeCharacteristics checks.
  std::vector<const Expr*> characteristic_uses_;
  std::set<const Expr*> compiled_calls_;  // the calls compiled code makes
  std::map<const DatatypeDecl*, std::pair<const DatatypeCtor*, std::set<uint32_t>>> grounding_;
  const Type* MemberDeclType(const Decl* d) { return rp_->member_type_[d]; }

  // --- resolve_spelling.cpp: types in messages as written ---------------------------------
  // `t`, resolved from `te`, as Dafny prints it: with the names written in `te` (`A.D`).
  std::string Spell(const TypeExpr* te, const Type* t);
  // The type expression `e`'s type `t` was declared with (a variable's, field's, const's or
  // non-generic function's), or null.
  const TypeExpr* DeclaredTypeExpr(const Expr* e, const Type* t);
  // `t` spelled from `te` when it is `declared`, the type resolved from `te` (no substitution).
  std::string SpellDeclared(const TypeExpr* te, const Type* declared, const Type* t);
  // `e`'s type `t` as Dafny prints it in a message.
  std::string SpellExprType(const Expr* e, const Type* t);

  // --- resolve_names.cpp -----------------------------------------------------------------
  // Resolves a name in expression position; a module or type yields is_qualifier.
  const Type* ResolveName(const NameExpr* n, const CodeContext& cc);
  const Type* ResolveSelect(const SelectExpr* s, const CodeContext& cc);
  // `expected`, when given, is a type the call's value must be assignable to (not a hint).
  const Type* ResolveCall(const CallExpr* call, const CodeContext& cc, bool allow_method,
                          const Type* expected = nullptr);
  const Type* ResolveNew(const NewRhsExpr* e, const CodeContext& cc);
  Entity LookupEntity(const std::string& name, ModuleInfo* m, bool type_context = false);
  Entity LookupInModule(ModuleInfo* m, const std::string& name);
  // A name of module `m` as an importer sees it through `visible` (ExportView).
  Entity LookupThrough(ModuleInfo* m, const std::set<std::string>* visible,
                       const std::string& name);
  // The top-level names the export sets `sets` of `m` show ("" or none: the default set), or
  // null when they show everything (no export sets, `*`, or a set dfyc cannot find).
  const std::set<std::string>* ExportView(ModuleInfo* m, const std::vector<std::string>& sets);
  const Type* MemberValue(const Expr* e, const Decl* member, const Type* receiver, TypeInfo* owner,
                          const std::vector<TypeExpr*>& type_args, const CodeContext& cc);
  const Type* CtorValue(const Expr* e, const DatatypeDecl* dt, int ctor, const Type* dt_type,
                        const CodeContext& cc);
  std::vector<const Type*> ExplicitTypeArgs(const std::vector<TypeExpr*>& tes,
                                            const CodeContext& cc);
  // (With `arg_types`, the formals' arguments and their types, null where none is given.)
  void ResolveArgs(const CallExpr* call, const std::vector<Var*>& formals, const Subst& s,
                   const std::string& name, const char* what, const CodeContext& cc,
                   std::vector<const Expr*>* args_out = nullptr,
                   std::vector<const Type*>* arg_types = nullptr);
  const Type* CallValue(const CallExpr* call, const Type* fn_type, const CodeContext& cc);

  // --- resolve_expr.cpp ------------------------------------------------------------------
  const Type* ResolveExpr(const Expr* e, const CodeContext& cc, const Type* expected = nullptr);
  // Sets bit i of a tuple type's ghost mask (Type::width), or reports a component beyond it.
  void MarkGhostComponent(uint32_t& ghost, size_t i, SourceRange at);
  // A formal's default value, whose type must be the formal's.
  void ResolveDefault(const Expr* e, const Var* formal, const CodeContext& cc);
  // Dafny's "default-value expressions for parameters contain a cycle: x -> y -> x".
  void CheckDefaultCycles(const std::vector<Var*>& formals, const std::vector<Expr*>& defaults);
  const Type* Infer(const Expr* e, const CodeContext& cc, const Type* expected);
  const Type* InferBinary(const BinaryExpr* b, const CodeContext& cc, const Type* expected);
  // For + - * on collections of objects: the element type, when both operands' element types
  // are references, of their common supertype (C and A give object), else null.
  const Type* JoinReferenceElements(const Type* l, const Type* r);
  void WarnTrivialNullTest(const BinaryExpr* b);
  const Type* InferIndex(const IndexExpr* e, const CodeContext& cc);
  const Type* InferComprehension(const Expr* e, const CodeContext& cc);
  const Type* InferLet(const LetExpr* e, const CodeContext& cc, const Type* expected);
  const Type* InferMatch(const MatchExpr* e, const CodeContext& cc, const Type* expected);
  void ExpectBool(const Expr* e, const CodeContext& cc, const char* what = nullptr);
  // Like ExpectBool, with Dafny's own message for the construct; {} is the type found.
  void ExpectBoolMsg(const Expr* e, const CodeContext& cc, const char* format);
  void ExpectType(const Expr* e, const Type* want, const CodeContext& cc, const char* what);
  void DeclareBoundVars(const QuantifierDomain& d, const CodeContext& cc,
                        const char* range_format = nullptr);
  void ResolvePattern(const Pattern* p, const Type* t, const CodeContext& cc, bool in_let);
  void ResolveAttributes(const std::vector<Attribute>& attrs, const CodeContext& cc);
  void ResolveFrame(const Expr* e, const CodeContext& cc, FrameKind kind = FrameKind::Modifies);
  // How Dafny names a type in "member 'x' does not exist in ...": "class 'C'", "datatype 'D'".
  std::string TypeDescription(const Type* t);
  // The common supertype of display elements that are objects of different classes (a trait
  // they all extend, or object), or null when they are not all such objects.
  const Type* CommonReferenceType(const std::vector<const Type*>& types);
  // The display InferBinary gives the left operand's type as a hint only: when the display's
  // objects do not fit that element type, it takes their common supertype (Dafny infers
  // `{this} + {a}` as set<object>) instead of reporting an error.
  const Expr* hint_only_display_ = nullptr;
  // The expression whose expected type is only a hint (the left operand's type given to the
  // right one of a binary operator): a call there takes no type argument from it.
  const Expr* hint_only_expected_ = nullptr;

  // --- resolve_expected.cpp: type arguments from the expected type -----------------------
  void MatchTypeParams(const Type* pattern, const Type* actual, const Decl* f, Polarity p,
                       const std::function<void(size_t, const Type*, Polarity)>& visit,
                       int depth = 0);
  std::vector<std::pair<size_t, const Type*>> TypeArgsFromExpected(
      const FunctionDecl* f, const std::vector<const Type*>& type_args, const Type* expected);
  const Type* WithPinnedTypeArgs(const Type* t, const std::vector<const Type*>& type_args,
                                 const std::vector<std::pair<size_t, const Type*>>& pinned);
  bool FitsPinnedTypeArg(const Type* actual, const Type* c, Polarity p);
  bool LiteralForTypeParam(const Decl* f, const std::vector<Var*>& params, size_t k, size_t i,
                           const std::vector<const Type*>& arg_types,
                           const std::vector<const Expr*>& args);
  void ApplyExpectedTypeArgs(const FunctionDecl* f, const std::vector<const Type*>& type_args,
                             const std::vector<std::pair<size_t, const Type*>>& pinned,
                             const std::vector<const Type*>& arg_types,
                             const std::vector<const Expr*>& args);
  void ApplyArgumentTypeArgs(const Decl* f, const std::vector<Var*>& params,
                             const std::vector<const Type*>& type_args,
                             const std::vector<bool>& fresh,
                             const std::vector<std::pair<size_t, const Type*>>& pinned,
                             const std::vector<const Type*>& arg_types,
                             const std::vector<const Expr*>& args, const Type* expected);

  // --- resolve_type_ops.cpp --------------------------------------------------------------
  const Type* InferTypeOp(const TypeOpExpr* e, const CodeContext& cc);
  // Dafny's checks of the module's type tests once its types are inferred.
  void CheckTypeTests();
  // resolve_ctor_init.cpp: a class without a constructor whose fields have no known value, and
  // uses of `this` before `new;` in the constructors of `types`.
  const Decl* FieldWithoutInitializer(const Decl* owner, const Subst& s);
  void CheckClassNeedsConstructor(const TypeInfo* ti);
  void CheckConstructorFirstDivisions(const std::vector<TypeInfo*>& types);
  bool HasProxy(const Type* t);
  struct PendingTypeOp {
    const TypeOpExpr* e;
    const Type* to;
    bool had_proxies;  // when met
    bool unified;
  };
  std::vector<PendingTypeOp> pending_type_ops_;
  void CheckTypeOpsAssignable();
  // Dafny's IsSubtypeOf: subset types kept (nat <: int), traits, object, variance.
  bool IsSubtypeOf(const Type* sub, const Type* super, bool ignore_nullity);
  std::vector<const Type*> ParentTypes(const Type* t);
  // Whether `e is T` can be evaluated at run time (Dafny's IsTypeTestCompilable).
  bool TypeTestCompilable(const TypeOpExpr* e);
  // The type tests of the module being resolved, checked when it is finished.
  std::vector<const TypeOpExpr*> type_tests_;

  // --- resolve_stmt.cpp ------------------------------------------------------------------
  void ResolveBlock(const BlockStmt* b, const CodeContext& cc);
  void ResolveStmts(const std::vector<Stmt*>& ss, const CodeContext& cc);
  void ResolveStmt(const Stmt* s, const CodeContext& cc);
  void ResolveVarDecl(const VarDeclStmt* vd, const CodeContext& cc);
  void ResolveAssign(const AssignStmt* as, const CodeContext& cc);
  // resolve_assign_or_return.cpp: `lhs :- rhs;`, with Dafny's checks of failure-compatible types.
  void ResolveAssignOrReturn(const AssignOrReturnStmt* ar, const CodeContext& cc);
  void ResolveLoopSpecs(const LoopSpecs& specs, const CodeContext& cc);
  std::vector<const Type*> ResolveRhs(const std::vector<Expr*>& rhs, size_t lhs_count,
                                      SourceRange where, const CodeContext& cc,
                                      const std::vector<const Type*>& expected);
  void CheckAssignable(const Expr* lhs, const CodeContext& cc);
  // Reports that `rhs` (of `rhs_type`) cannot be assigned to `lhs_type`, in Dafny's words.
  // The left side's type is spelled from `lhs_te` (a declared variable's) or `lhs`.
  void AssignMismatch(SourceRange at, const Expr* rhs, const Type* rhs_type, const Type* lhs_type,
                      const TypeExpr* lhs_te = nullptr, const Expr* lhs = nullptr);
  // Whether Dafny's type of `e` (of type `t` here) is an inference variable when it checks an
  // assignment: a literal's, or an untyped local's or bound variable's.
  bool InferredInDafny(const Expr* e, const Type* t);
  // Type errors Dafny reports when it solves the type constraints of the callable.
  std::vector<std::pair<SourceRange, std::string>> deferred_type_errors_;
  void FlushDeferredTypeErrors();
  // Ends a unit whose type constraints Dafny solves at once (a method's specification, its
  // body, a function): its type errors follow its other errors, those found while solving last.
  void EndConstraintUnit();
  size_t unit_diag_begin_ = SIZE_MAX;  // none begun
  // A type error, deferred to the end of the callable when Dafny finds it solving constraints.
  void TypeMismatch(SourceRange at, std::string msg, bool deferred) {
    if (deferred) {
      deferred_type_errors_.emplace_back(at, std::move(msg));
    } else {
      TypeError(at, std::move(msg));
    }
  }
  // " (covariant type parameter i would require A <: B)", when the types differ in one argument.
  std::string VarianceNote(const Type* from, const Type* to);
  // Dafny's nonvariance of the type parameters of classes, traits and arrays, which Unify (up
  // to subset types) does not see: " (nonvariance for type parameter expects nat = int)" when
  // a value of `from` is given where `to` is wanted (Box<int> for Box<nat>), else "".
  std::string NonvarianceNote(const Type* to, const Type* from);
  bool DeclaredTypeOf(const Expr* e);
  void ResolveCalc(const CalcStmt* s, const CodeContext& cc);

  // --- resolve_ghost.cpp -----------------------------------------------------------------
  const Expr* GhostPart(const Expr* e);
  void RequireCompiled(const Expr* e);
  // The value of a compiled const is compiled code (Dafny checks it as it checks a compiled
  // function's body): reports its ghost uses, then marks it compiled. `errors_before`: the
  // error count before the value was resolved (a value with errors is not checked further).
  void CheckCompiledConstInit(const ConstDecl* cd, size_t errors_before);
  void CheckGhostUses(const Stmt* s);
  // A loop with a `modifies` clause in a proof ("a lemma", "a forall statement"): an error.
  void CheckProofLoop(const Stmt* s, const char* context);
  // A forall statement whose body is one assignment (an aggregate update, not a proof).
  const char* ProofOf(const Stmt* s);
  void CheckLocality(const Stmt* s);
  void CheckLocalityUpdates(const Stmt* s, std::set<const Var*>& declared, const char* where);
  void CheckProofsOf(const Stmt* s);
  bool ForallAssigns(const ForallStmt* fs);
  void CheckGhostStatement(const Stmt* s);
  // A part of a statement: checked as a ghost statement when ghost, else for ghost uses.
  void CheckGhostPart(const Stmt* s, bool ghost);
  void CheckGhostAssign(const AssignStmt* as);
  void CheckGhostCall(SourceRange at, const MethodDecl* m);
  void CheckGhostNew(const Expr* r);
  void CheckForallGhost(const ForallStmt* fs, bool must_be_erasable);
  void CheckGhostMethodBody(const Stmt* s, const MethodDecl* m);
  void CheckCallArgs(const CallExpr* call, const std::vector<Var*>& formals);
  bool IsGhostDecl(const Decl* d);

  // --- resolve_compiled.cpp --------------------------------------------------------------
  // Records the expressions of compiled code (ResolvedProgram::InCompiledContext), as Dafny's
  // CheckIsCompilable reaches them; run after the ghost checks.
  void MarkCompiled(const Expr* e);
  void MarkCompiledStmt(const Stmt* s);
  // The default values of the compiled formals among `formals` (of a compiled callable).
  void MarkCompiledDefaults(const std::vector<Var*>& formals, const std::vector<Expr*>& defaults);
  // Records the `new T[n]` of a body whose element type has no compilable value.
  void MarkArraysNeedingEmpty(const Stmt* body);

  // --- resolve_infer.cpp -----------------------------------------------------------------
  void InferNatLocals(const BlockStmt* body);
  // Dafny's subset types for untyped bound variables passed to subset-typed parameters.
  void InferBoundVarSubsetTypes(const QuantifierDomain& d, const std::vector<const Expr*>& exprs,
                                const Stmt* body);
  // The same for a set or map comprehension from the type its value is expected to have.
  void InferComprehensionBoundVarTypes(const QuantifierDomain& d, const Expr* term,
                                       const Expr* value, const Type* expected);
  // The type Dafny infers for untyped parameter i of lambda `l` expected to be of arrow `want`.
  const Type* LambdaParamType(const LambdaExpr* l, size_t i, const Type* want);
  // `t` without the subset types at its top (nat and int subset types give int).
  const Type* WithoutTopSubsetTypes(const Type* t);
  void WarnIfExistsImplies(const QuantifierExpr* q);
  void WarnIfNoTrigger(const QuantifierExpr* q);
  // (`body2`: a second term of the quantifier, as the right-hand side of a forall statement's
  // assignment beside its left-hand side.)
  void WarnIfNoTrigger(const QuantifierDomain& domain, const Expr* body, SourceRange at,
                       const Expr* body2 = nullptr);

  const Elaboration* elaboration_ = nullptr;

  // --- shared state ----------------------------------------------------------------------
  void CheckPossiblyInfinite(SourceRange at, const CodeContext& cc, bool for_loop);
  void CheckPossiblyInfiniteCall(const CallExpr* call, const MethodDecl* callee,
                                 const CodeContext& cc);
  void Error(SourceRange r, std::string msg, DiagKind kind = DiagKind::ResolutionError) {
    ctx_.diags.Report(kind, r, std::move(msg));
  }
  void TypeError(SourceRange r, std::string msg) { Error(r, std::move(msg), DiagKind::TypeError); }
  void Unsupported(SourceRange r, const std::string& what) {
    Error(r, fmt::format("dfyc does not support {} yet", what), DiagKind::Unsupported);
  }
  void DeclareVar(const Var* v, const Type* type);
  const Var* LookupVar(const std::string& name) const;
  const Type* SetExprType(const Expr* e, const Type* t) {
    rp_->expr_type_[e->id] = t;
    return t;
  }

  std::unique_ptr<ResolvedProgram> rp_;
  Context& ctx_;
  TypeTable& t_;
  std::vector<std::unique_ptr<ModuleInfo>> modules_;
  ModuleInfo* root_ = nullptr;
  std::map<const Decl*, std::unique_ptr<TypeInfo>> type_infos_;
  std::vector<TypeInfo*> type_order_;
  // Members of each module's implicit default class (module-level functions and methods).
  std::vector<std::pair<ModuleInfo*, const Decl*>> module_members_;
  std::vector<std::unordered_map<std::string, const Var*>> scopes_;
  std::vector<std::map<std::string, const Type*>> type_param_scopes_;
  // Inference variables: their binding (null when free) and kind.
  std::vector<const Type*> proxy_binding_;
  std::vector<ProxyKind> proxy_kind_;
  // Locals declared without a type or a value, until their first assignment gives them one.
  std::unordered_set<const Var*> pending_;
  // Locals declared by `var b := *;`.
  std::unordered_set<const Var*> havoc_locals_;
  // Expressions and variables whose types hold proxies, zonked when a callable ends.
  std::vector<const Expr*> typed_exprs_;
  std::vector<const Var*> typed_vars_;
  std::set<std::string> labels_;
  // Labels of the assertions that dominate the statement being resolved (Dafny's
  // DominatingStatementLabels): a labeled assertion's label is in scope for the rest of its
  // block, so that only it can be revealed there.
  std::vector<std::string> assert_labels_;
  bool resolving_callee_ = false;
  // Resolving the receiver name of a selection (`D.Twice`, `M.Q.x`), which may be a type or
  // module qualifier that a constructor shares its name with: no constructor value there.
  bool resolving_receiver_ = false;
  // While a constructor's formals or a field's type are resolved: a type named without its
  // arguments takes the type parameters in scope of the same names, as in Dafny.
  bool complete_by_name_ = false;
  // While a datatype constructor's formals are resolved: the datatype's type parameters, whose
  // prefix completes a type written without its arguments (Dafny's AllowPrefix).
  const std::vector<const Type*>* prefix_type_args_ = nullptr;
  SourceRange prefix_error_at_;  // the formal, where Dafny reports too few of them
  // The prefix for a type that takes `n` arguments; false (and no arguments) when too short.
  bool PrefixTypeArgs(size_t n, std::vector<const Type*>& args) {
    if (!prefix_type_args_ || prefix_type_args_->size() < n) return false;
    args.assign(prefix_type_args_->begin(), prefix_type_args_->begin() + static_cast<long>(n));
    return true;
  }
  // While a signature is resolved: the declaration that receives implicit type parameters.
  const Decl* implicit_owner_ = nullptr;
  std::map<const Decl*, uint32_t> implicit_count_;
  std::set<const Decl*> early_bodies_;  // newtypes whose base is inferred from the constraint
  // Consts whose type their value gives, resolved with the signatures, and whose value had
  // errors there (its ghost uses are checked with the bodies, in declaration order).
  std::set<const Decl*> const_init_errors_;
  // The call expression that may invoke a method (the right-hand side being resolved).
  const Expr* method_call_ok_ = nullptr;  // a method named as a callee is not an error
  // The `:=` of the assignment or declaration whose right-hand side is being resolved.
  SourceRange rhs_op_;
  // Enclosing loops of the statement being resolved (for `break` and `continue`).
  int loop_depth_ = 0;
  std::map<std::pair<ModuleInfo*, std::string>, std::unique_ptr<std::set<std::string>>>
      export_views_;
  // Whether type declaration `d` is revealed to module `cur`: declared there, or imported
  // through an export set that reveals it (not one that only provides it).
  bool RevealedTo(ModuleInfo* cur, const Decl* d);
  // For each export view, the names it reveals (not only provides): a datatype's constructors
  // show only when it is revealed.
  std::map<const std::set<std::string>*, std::set<std::string>> revealed_in_view_;
  // For each export view, the members of types it shows ("C.m"), listed or implied.
  std::map<const std::set<std::string>*, std::set<std::string>> members_in_view_;
  // Type synonyms, subset types and newtypes some export set provides without revealing
  // (FindProvidedTypes), and whether each is opaque in a module (OpaqueHere).
  std::set<const Decl*> provided_types_;
  std::map<std::pair<ModuleInfo*, const Decl*>, bool> opaque_here_;
  void CheckExports(ModuleInfo* m);
  void FindProvidedTypes();
  void ExpandProvidedSynonyms();
  void FindHiddenBodies();
  // Whether `d` is a provided type whose definition the module being resolved does not see.
  bool OpaqueHere(const Decl* d);
  // The module whose declarations are being resolved (it decides OpaqueHere).
  ModuleInfo* cur_module_ = nullptr;
  struct ModuleScope {
    ModuleScope(Resolver* r, ModuleInfo* m) : r(r), saved(r->cur_module_) { r->cur_module_ = m; }
    ~ModuleScope() { r->cur_module_ = saved; }
    Resolver* r;
    ModuleInfo* saved;
  };
  // Whether member `member` of type `owner` is exported to module `cur` (as RevealedTo).
  bool MemberVisibleTo(ModuleInfo* cur, TypeInfo* owner, const Decl* member);
  // Dafny's error for a module named through an abstract import in a compiled module (where a
  // refining module inherits the import and its uses); `use` is the naming node.
  void CheckAbstractUse(const Entity& e, const std::string& name, const Node* use, SourceRange at);
  // An error Dafny reports while it builds the module graph, after which it resolves nothing.
  bool dependency_error_ = false;
  // Dafny's error for a member selected where its export does not reach.
  const Type* NotImported(const SelectExpr* s, const std::string& name);
  // Type synonyms whose right sides are being resolved, and those found in a cycle.
  std::vector<const Decl*> synonym_stack_;
  std::set<const Decl*> synonym_cycles_;
  // Labels of the statements enclosing the one being resolved, and those of them not on loops.
  std::vector<std::string> enclosing_labels_;
  std::multiset<std::string> non_loop_labels_;
  // While the variables of a `var (a, b) := e` pattern are declared.
  bool pattern_locals_ = false;
  // While the body of a compiled function is checked: an if-then-else with a ghost guard
  // compiles to its else branch (Dafny's ghost if-then-else in functions).
  bool checking_function_body_ = false;
  // Dafny's proof context of a ghost statement being checked ("a forall statement": the body
  // of a forall statement that is not an aggregate assignment), in which nothing may allocate
  // or update the heap; null elsewhere.
  const char* proof_context_ = nullptr;
  // While the first division of a ghost constructor's body is checked.
  bool ghost_ctor_init_ = false;
  // Variables bound by the patterns of match statements: locals their case may assign.
  std::unordered_set<const Var*> mutable_bound_;
  // For-loop indices, which the body may not assign.
  std::unordered_set<const Var*> loop_indices_;
  // Names and selections that denote a module or a type rather than a value.
  struct Qualifier {
    Entity entity;
    const Type* type = nullptr;  // for a type: the type with its arguments
  };
  std::unordered_map<const Expr*, Qualifier> qualifiers_;
  // The out-parameter types of each method call, instantiated.
  std::unordered_map<const Expr*, std::vector<const Type*>> method_outs_;
};

// The members declared in a class, trait, datatype, newtype, opaque type or iterator, or null.
const std::vector<Decl*>* MembersOf(const Decl* d);
// Whether member `d` is reached without `this`: static members, constructors, and anything
// that is not a field, const, method or function.
bool IsStaticMember(const Decl* d);
// Dafny's WhatKind of a method: "method", "lemma", "constructor", "twostate lemma", ...
const char* MethodKind(const MethodDecl* m);
// The type parameters of a type declaration, or null.
const std::vector<TypeParam>* TypeParamsOf(const Decl* d);

// The datatype declaration of `t`, or null.
inline const DatatypeDecl* DatatypeOf(const Type* t) {
  return t->kind == TypeKind::UserDefined && t->decl && t->decl->kind == DeclKind::Datatype
             ? static_cast<const DatatypeDecl*>(t->decl)
             : nullptr;
}

}  // namespace dfy::resolve
