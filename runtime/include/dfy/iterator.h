// dfy::IteratorBody: the body of a compiled Dafny iterator, as a C++20 coroutine.
//
// `iterator Range(lo: int, hi: int) yields (x: int) { ... yield; ... }` is a class to its
// clients: `new Range(3, 7)` makes one, `r.MoveNext()` runs its body up to the next `yield`
// (or to its end, when it returns false), `r.x` reads what it yielded. dfyc compiles the body
// into a member coroutine returning an IteratorBody, where `yield` is `co_yield dfy::kYield`:
// the coroutine's frame keeps the body's locals and its place between two calls, as C#'s
// `yield return`, which Dafny's C# backend uses, does.
#ifndef DFY_ITERATOR_H_
#define DFY_ITERATOR_H_

#include <coroutine>
#include <exception>
#include <utility>

namespace dfy {

// What a compiled `yield` statement yields: the values are in the iterator's fields.
struct Yield {};
inline constexpr Yield kYield{};

class IteratorBody {
 public:
  struct promise_type {
    IteratorBody get_return_object() {
      return IteratorBody(std::coroutine_handle<promise_type>::from_promise(*this));
    }
    // The body starts at the first MoveNext, not when the iterator is made.
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    std::suspend_always yield_value(Yield) noexcept { return {}; }
    void return_void() noexcept {}
    // A failed `expect` under `dfyc test` throws: on to MoveNext's caller.
    void unhandled_exception() { throw; }
  };

  IteratorBody() = default;
  IteratorBody(IteratorBody&& other) noexcept : handle_(std::exchange(other.handle_, {})) {}
  IteratorBody& operator=(IteratorBody&& other) noexcept {
    if (this != &other) {
      if (handle_) handle_.destroy();
      handle_ = std::exchange(other.handle_, {});
    }
    return *this;
  }
  IteratorBody(const IteratorBody&) = delete;
  IteratorBody& operator=(const IteratorBody&) = delete;
  ~IteratorBody() {
    if (handle_) handle_.destroy();
  }

  // Runs the body to its next yield: true if it yielded, false if it ended.
  bool Resume() {
    if (!handle_ || handle_.done()) return false;
    handle_.resume();
    return !handle_.done();
  }

 private:
  explicit IteratorBody(std::coroutine_handle<promise_type> handle) : handle_(handle) {}
  std::coroutine_handle<promise_type> handle_;
};

}  // namespace dfy

#endif  // DFY_ITERATOR_H_
