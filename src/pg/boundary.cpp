#include "pg/boundary.hpp"

#include <cstring>
#include <new>

#include "core/error.hpp"

namespace flaqes::pg {

const char* PgError::what() const noexcept {
    return data_ != nullptr && data_->message != nullptr ? data_->message : "postgres error";
}

void throw_captured_pg_error(MemoryContext context) {
    // CopyErrorData must not run in ErrorContext; the copy lives in the caller's context.
    MemoryContextSwitchTo(context);
    ErrorData* data = CopyErrorData();
    FlushErrorState();
    throw PgError(data);
}

namespace {

void copy_bounded(char* dst, std::size_t size, const char* src) noexcept {
    std::size_t n = std::strlen(src);
    if (n >= size) n = size - 1;
    std::memcpy(dst, src, n);
    dst[n] = '\0';
}

}  // namespace

void RecordedError::record(const std::exception& e) noexcept {
    failed = true;
    if (const auto* ours = dynamic_cast<const flaqes::Error*>(&e)) {
        if (ours->code().size() == 5) copy_bounded(sqlstate, sizeof sqlstate, ours->code().c_str());
        copy_bounded(message, sizeof message, ours->what());
        copy_bounded(detail, sizeof detail, ours->detail().c_str());
        copy_bounded(hint, sizeof hint, ours->hint().c_str());
    } else if (dynamic_cast<const std::bad_alloc*>(&e) != nullptr) {
        copy_bounded(sqlstate, sizeof sqlstate, "53200");  // out_of_memory
        copy_bounded(message, sizeof message, "out of memory in flaqes");
    } else {
        copy_bounded(message, sizeof message, "internal error in flaqes: ");
        std::size_t used = std::strlen(message);
        copy_bounded(message + used, sizeof message - used, e.what());
    }
}

void RecordedError::record_unknown() noexcept {
    failed = true;
    copy_bounded(message, sizeof message, "internal error in flaqes: unknown exception");
}

void raise_recorded(const RecordedError& error) {
    if (error.pg != nullptr) ReThrowError(error.pg);
    const char* s = error.sqlstate;
    ereport(ERROR, (errcode(MAKE_SQLSTATE(s[0], s[1], s[2], s[3], s[4])),
                    errmsg_internal("%s", error.message),
                    error.detail[0] != '\0' ? errdetail_internal("%s", error.detail) : 0,
                    error.hint[0] != '\0' ? errhint("%s", error.hint) : 0));
    pg_unreachable();
}

}  // namespace flaqes::pg
