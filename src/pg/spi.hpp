// SPI access for C++ code: every call goes through pg_call, so an error inside SPI surfaces as a
// PgError exception and C++ destructors run.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog_row.hpp"
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

// Runs a read-only query and passes each row, its values converted by SQL type (see RowConverter),
// to `each`, in the query's order. Needs an open SPI connection.
void spi_query_rows(const char* sql, const std::vector<TextParam>& params,
                    const std::function<void(const CatalogRow&)>& each);

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
