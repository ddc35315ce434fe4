// dfy::LazyRep<Rep>: the node of a codatatype value, which may be computed when first used.
//
// A codatatype value can be infinite (`codatatype Stream = Cons(head: int, tail: Stream)`,
// `function From(n: int): Stream { Cons(n, From(n + 1)) }`). As Dafny's compilers do, a
// constructor application that guards a co-recursive call is not evaluated when it is
// reached: it becomes a deferred node, evaluated (once) by the first access to a field or
// constructor test, and shared by every copy of the value. Any other value is an evaluated
// node from the start.
//
// Generated codatatype handles hold a LazyRep where datatype handles hold a
// std::shared_ptr<const Rep>; `rep_->field` reads the same in both.
#ifndef DFY_LAZY_H_
#define DFY_LAZY_H_

#include <functional>
#include <memory>
#include <utility>

namespace dfy {

template <typename Rep>
class LazyRep {
 public:
  LazyRep() = default;
  // An evaluated node.
  template <typename R>
  LazyRep(std::shared_ptr<R> rep) : cell_(std::make_shared<Cell>()) {  // NOLINT
    cell_->rep = std::move(rep);
  }
  // A node that `compute` returns (evaluated) when it is first used.
  static LazyRep Deferred(std::function<std::shared_ptr<const Rep>()> compute) {
    LazyRep result;
    result.cell_ = std::make_shared<Cell>();
    result.cell_->compute = std::move(compute);
    return result;
  }

  const Rep* operator->() const { return Force().get(); }
  const Rep& operator*() const { return *Force(); }
  // The evaluated node, shared.
  const std::shared_ptr<const Rep>& Force() const {
    Cell& cell = *cell_;
    if (!cell.rep) {
      // Moved out first: the computation may be the last owner of values it captured.
      std::function<std::shared_ptr<const Rep>()> compute = std::move(cell.compute);
      cell.compute = nullptr;
      cell.rep = compute();
    }
    return cell.rep;
  }
  bool Evaluated() const { return cell_ && cell_->rep; }
  // The evaluated node when this handle is its only owner (nothing else can reach it), moved
  // out, else null: generated nodes free a long chain of evaluated nodes in a loop with it.
  std::shared_ptr<const Rep> ReleaseIfUnique() {
    if (!cell_ || cell_.use_count() != 1 || !cell_->rep || cell_->rep.use_count() != 1) {
      return nullptr;
    }
    return std::move(cell_->rep);
  }

 private:
  struct Cell {
    std::shared_ptr<const Rep> rep;
    std::function<std::shared_ptr<const Rep>()> compute;
  };
  std::shared_ptr<Cell> cell_;
};

}  // namespace dfy

#endif  // DFY_LAZY_H_
