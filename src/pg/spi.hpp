// SPI access for C++ code: every call goes through pg_call, so an error inside SPI surfaces as a
// PgError exception and C++ destructors run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pg/boundary.hpp"

namespace flaqes::pg {

// A query parameter passed as text (or NULL); the query casts it, e.g. `$1::text[]`.
using TextParam = std::optional<std::string>;

// Runs a read-only query that returns one row with one text column (a JSON document, say) and
// returns that text ("" when NULL). Needs an open SPI connection.
std::string spi_query_text(const char* sql, const std::vector<TextParam>& params = {});
inline std::string spi_query_text(const std::string& sql, const std::vector<TextParam>& params = {}) {
    return spi_query_text(sql.c_str(), params);
}

// Runs a read-only query that returns one JSON text per row and returns them as one JSON array
// ("[row1,row2,...]"), in the query's order. Cheaper than json_agg for big results: no aggregate
// state, no second copy of the document as a datum.
std::string spi_query_json_rows(const char* sql, const std::vector<TextParam>& params = {});

// An SQL array literal for a list of strings: {"a","b \"c\""}.
std::string array_literal(const std::vector<std::string>& items);

// Runs f between SPI_connect and SPI_finish. On an error the connection is left to the
// transaction (or subtransaction) abort, which releases it; nothing here can fail in a destructor.
template <typename F>
auto with_spi(F&& f) -> decltype(f()) {
    pg_call([] {
        if (SPI_connect() != SPI_OK_CONNECT) elog(ERROR, "flaqes: SPI_connect failed");
    });
    if constexpr (std::is_void_v<decltype(f())>) {
        f();
        pg_call([] { SPI_finish(); });
    } else {
        auto result = f();
        pg_call([] { SPI_finish(); });
        return result;
    }
}

}  // namespace flaqes::pg
