// A callable passed by reference: its address and one call through it, never copied or allocated.
// What the root finders take, so that one compiled copy serves every solver (as templates, each
// solver had its own: about a kilobyte of each WebAssembly module in all; std::function would add
// its machinery per callable type). The callable must outlive the call it is passed to.
#pragma once

#include <memory>
#include <type_traits>
#include <utility>

namespace loansim {

template <class Signature>
class FunctionRef;

template <class Result, class... Args>
class FunctionRef<Result(Args...)> {
 public:
  template <class F>
    requires(!std::is_same_v<std::remove_cvref_t<F>, FunctionRef> &&
             std::is_invocable_r_v<Result, const std::remove_reference_t<F>&, Args...>)
  FunctionRef(F&& f) noexcept  // NOLINT: every such callable converts
      : object_(std::addressof(f)), call_([](const void* object, Args... args) -> Result {
          return (*static_cast<const std::remove_reference_t<F>*>(object))(std::forward<Args>(args)...);
        }) {}

  Result operator()(Args... args) const { return call_(object_, std::forward<Args>(args)...); }

 private:
  const void* object_;
  Result (*call_)(const void*, Args...);
};

}  // namespace loansim
