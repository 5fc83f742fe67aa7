// The C++ / Postgres error boundary (see DESIGN.md). Two directions:
//
//  * Postgres -> C++: pg_call(f) runs f, which calls Postgres functions that may ereport(ERROR).
//    A longjmp out of f is caught, the ErrorData copied, and a PgError thrown, so that C++
//    destructors above pg_call run. Rule for f: hold no object with a destructor in f's own
//    frame (only references to objects outside it), because a longjmp skips that frame.
//
//  * C++ -> Postgres: guarded(body) runs the C++ body of an SQL-callable function, catches
//    everything, only records it, and raises it with ereport/ReThrowError after the catch
//    block has ended, when no C++ object or exception is alive.
#pragma once

#include "pg/pg_headers.hpp"

#include <exception>
#include <type_traits>
#include <utility>

namespace flaqes::pg {

// A Postgres error captured by pg_call, carried as a C++ exception to the guard, which
// re-raises it with every field (SQLSTATE, DETAIL, HINT, CONTEXT) intact.
class PgError : public std::exception {
public:
    explicit PgError(ErrorData* data) noexcept : data_(data) {}
    const char* what() const noexcept override;
    ErrorData* data() const noexcept { return data_; }

private:
    ErrorData* data_;  // palloc'd in the memory context current at pg_call; freed with it
};

// Restores the Postgres error stacks and converts the pending error into ErrorData.
// Called only on the longjmp path of pg_call.
[[noreturn]] void throw_captured_pg_error(MemoryContext context);

template <typename F>
auto pg_call(F&& f) -> decltype(f()) {
    using Result = decltype(f());
    // A longjmp must never skip a destructor: f returns plain values only (Datum, pointers, ints).
    static_assert(std::is_void_v<Result> || std::is_trivially_destructible_v<Result>,
                  "pg_call returns trivial values only");
    MemoryContext const context = CurrentMemoryContext;
    sigjmp_buf* const saved_exception_stack = PG_exception_stack;
    ErrorContextCallback* const saved_context_stack = error_context_stack;
    sigjmp_buf local;
    if (sigsetjmp(local, 0) != 0) {
        PG_exception_stack = saved_exception_stack;
        error_context_stack = saved_context_stack;
        throw_captured_pg_error(context);
    }
    PG_exception_stack = &local;
    try {
        if constexpr (std::is_void_v<Result>) {
            f();
            PG_exception_stack = saved_exception_stack;
            error_context_stack = saved_context_stack;
        } else {
            Result result = f();
            PG_exception_stack = saved_exception_stack;
            error_context_stack = saved_context_stack;
            return result;
        }
    } catch (...) {  // a C++ exception from f (e.g. bad_alloc) must not leave our jump buffer installed
        PG_exception_stack = saved_exception_stack;
        error_context_stack = saved_context_stack;
        throw;
    }
}

// What the guard records of a C++ exception: fixed buffers, so recording cannot fail.
struct RecordedError {
    char sqlstate[6] = "XX000";
    char message[2048] = "";
    char detail[4096] = "";
    char hint[2048] = "";
    ErrorData* pg = nullptr;
    bool failed = false;

    void record(const std::exception& e) noexcept;
    void record_unknown() noexcept;
};

// Raises what was recorded; never returns.
[[noreturn]] void raise_recorded(const RecordedError& error);

template <typename Body>
Datum guarded(FunctionCallInfo fcinfo, Body&& body) {
    RecordedError error;
    Datum result = 0;
    try {
        result = body(fcinfo);
    } catch (const PgError& e) {
        error.pg = e.data();
        error.failed = true;
    } catch (const std::exception& e) {
        error.record(e);
    } catch (...) {
        error.record_unknown();
    }
    if (error.failed) raise_recorded(error);
    return result;
}

}  // namespace flaqes::pg

// Declares an SQL-callable function whose body is C++ run inside the guard:
//   FLAQES_FUNCTION(flaqes_schema_graph) { ...; return datum; }
#define FLAQES_FUNCTION(name)                                                     \
    static Datum name##_body(FunctionCallInfo fcinfo);                            \
    extern "C" {                                                                  \
    PG_FUNCTION_INFO_V1(name);                                                    \
    Datum name(PG_FUNCTION_ARGS) { return flaqes::pg::guarded(fcinfo, name##_body); } \
    }                                                                             \
    static Datum name##_body(FunctionCallInfo fcinfo)
