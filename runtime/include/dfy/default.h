// dfy::Default<T>(): the value Dafny gives a variable of a type parameter T that the program
// does not initialize (`method M<T(0)>() returns (x: T)`), which generated generic code needs
// where the type is known only at instantiation. As Dafny: a char is 'D', a reference null, a
// number 0, a bool false, a collection empty.
#ifndef DFY_DEFAULT_H_
#define DFY_DEFAULT_H_

#include <type_traits>

namespace dfy {

template <typename T>
T Default() {
  if constexpr (std::is_same_v<T, char32_t>) {
    return U'D';
  } else {
    return T{};
  }
}

}  // namespace dfy

#endif  // DFY_DEFAULT_H_
