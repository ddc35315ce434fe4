// dfy::Object and the program heap: how compiled Dafny classes live.
//
// A Dafny class instance is a reference value: `b := a` aliases, an update
// through one reference is seen through the other, and object graphs may
// be cyclic (doubly linked lists, parent pointers). So references are
// plain pointers, `C*` (null is nullptr), and every object is owned by one
// Heap for the whole run: dfy::New<C>() allocates it and the heap destroys
// all objects when the program ends (also after a halt, which exits
// through std::exit). Cycles therefore never leak, no reference counting
// is paid on each copy of a reference, and generated code needs no
// ownership analysis. The price: an object is freed only at the end of the
// run, as if a garbage collector never ran; Dafny programs are mostly
// short-lived, so this is the trade-off chosen (see runtime/README.md).
#ifndef DFY_OBJECT_H_
#define DFY_OBJECT_H_

#include <concepts>
#include <memory>
#include <ostream>
#include <string_view>
#include <utility>
#include <vector>

namespace dfy {

// The base of every compiled class and trait (Dafny's `object`).
class Object {
 public:
  Object() = default;
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() = default;

  // What C# prints for a reference: "_module.C", "M.C".
  virtual std::string_view DafnyTypeName() const { return "object"; }
};

// Owns every object allocated by the running program.
class Heap {
 public:
  Heap() = default;
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;
  // Destroys the objects, the newest first.
  ~Heap() {
    while (!objects_.empty()) {
      objects_.pop_back();
    }
  }

  // The heap of this run (created on first use, destroyed at exit).
  static Heap& Instance() {
    static Heap heap;
    return heap;
  }

  // Takes ownership of `object` until the program ends.
  template <std::derived_from<Object> T>
  T* Adopt(std::unique_ptr<T> object) {
    T* raw = object.get();
    objects_.push_back(std::move(object));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Object>> objects_;
};

// `new C`: a fresh object with default-initialized fields, owned by the heap.
// Arguments go to T's C++ constructor (an {:extern} class may have one).
template <std::derived_from<Object> T, typename... Args>
T* New(Args&&... args) {
  return Heap::Instance().Adopt(std::make_unique<T>(std::forward<Args>(args)...));
}

// A reference as C# prints it: "null", or the class's Dafny name.
template <std::derived_from<Object> T>
void Print(std::ostream& out, const T* object) {
  if (object == nullptr) {
    out.write("null", 4);
  } else {
    std::string_view name = object->DafnyTypeName();
    out.write(name.data(), static_cast<std::streamsize>(name.size()));
  }
}

}  // namespace dfy

#endif  // DFY_OBJECT_H_
