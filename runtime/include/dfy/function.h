// Function values (Dafny's `A -> B`, `A --> B`, `A ~> B`) are std::function objects. Dafny
// leaves their printed form to the backend (C# prints a .NET type name); this runtime prints
// "function", so that a datatype holding one prints.
#ifndef DFY_FUNCTION_H_
#define DFY_FUNCTION_H_

#include <functional>
#include <ostream>

namespace dfy {

template <typename R, typename... Args>
void Print(std::ostream& out, const std::function<R(Args...)>& f) {
  (void)f;
  out.write("function", 8);
}

}  // namespace dfy

#endif  // DFY_FUNCTION_H_
