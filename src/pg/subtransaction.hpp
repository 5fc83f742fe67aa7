// Internal subtransactions around C++ code that runs SPI.
#pragma once

#include <exception>
#include <type_traits>

#include "pg/boundary.hpp"

extern "C" {
#include "access/xact.h"
#include "utils/resowner.h"
}

namespace flaqes::pg {

enum class SubtransactionEnd { release, roll_back };

// Runs f inside an internal subtransaction, closed before this returns: released (f's work stays)
// or rolled back as `end` says, and always rolled back when f throws, before the exception goes
// on. A subtransaction left open by an error would be the one a caller's EXCEPTION block
// (PL/pgSQL, a savepoint of a driver) rolls back instead of its own.
template <typename F>
auto in_subtransaction(SubtransactionEnd end, F&& f) -> decltype(f()) {
    MemoryContext context = pg_call([] { return CurrentMemoryContext; });
    ResourceOwner owner = pg_call([] { return CurrentResourceOwner; });
    pg_call([&] {
        BeginInternalSubTransaction(nullptr);
        MemoryContextSwitchTo(context);
    });
    std::conditional_t<std::is_void_v<decltype(f())>, int, decltype(f())> result{};
    std::exception_ptr failure;
    try {
        if constexpr (std::is_void_v<decltype(f())>) f();
        else result = f();
    } catch (...) {
        failure = std::current_exception();
    }
    pg_call([&] {  // outside the catch block: closing may itself raise
        if (failure || end == SubtransactionEnd::roll_back) RollbackAndReleaseCurrentSubTransaction();
        else ReleaseCurrentSubTransaction();
        MemoryContextSwitchTo(context);
        CurrentResourceOwner = owner;
    });
    if (failure) std::rethrow_exception(failure);
    if constexpr (!std::is_void_v<decltype(f())>) return result;
}

}  // namespace flaqes::pg
