#include "pg/spi.hpp"

#include "core/error.hpp"
#include "pg/catalog_values.hpp"

namespace flaqes::pg {

namespace {

// Runs a read-only query with text parameters; returns the SPI status (rows in SPI_tuptable).
int execute_read_only(const char* sql, const std::vector<TextParam>& params) {
    const int nargs = static_cast<int>(params.size());
    std::vector<Oid> types(params.size(), TEXTOID);
    std::vector<Datum> values(params.size(), 0);
    std::vector<char> nulls(params.size(), ' ');
    return pg_call([&] {
        for (int i = 0; i < nargs; ++i) {
            if (params[i]) {
                values[i] = CStringGetTextDatum(params[i]->c_str());
            } else {
                nulls[i] = 'n';
            }
        }
        return SPI_execute_with_args(sql, nargs, types.data(), values.data(), nulls.data(), true, 0);
    });
}

[[noreturn]] void unexpected_result(int status, std::uint64_t rows) {
    throw Error(sqlstate::internal_error,
                fmt::format("flaqes: catalog query returned status {} with {} rows", status, rows));
}

}  // namespace

std::string spi_query_text(const char* sql, const std::vector<TextParam>& params) {
    const int status = execute_read_only(sql, params);
    const std::uint64_t rows = SPI_processed;
    if (status != SPI_OK_SELECT || rows != 1 || SPI_tuptable->tupdesc->natts != 1) unexpected_result(status, rows);
    const char* text = pg_call([] { return SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1); });
    std::string result = text != nullptr ? text : "";
    pg_call([] { SPI_freetuptable(SPI_tuptable); });
    return result;
}

void spi_query_rows(const char* sql, const std::vector<TextParam>& params,
                    const std::function<void(const CatalogRow&)>& each) {
    const int status = execute_read_only(sql, params);
    const std::uint64_t rows = SPI_processed;
    if (status != SPI_OK_SELECT) unexpected_result(status, rows);
    SPITupleTable* const table = SPI_tuptable;
    RowConverter converter(table->tupdesc);
    CatalogRow row;
    for (std::uint64_t r = 0; r < rows; ++r) {
        pg_call([&] { converter.convert(table->vals[r], row); });
        each(row);
    }
    pg_call([&] { SPI_freetuptable(table); });
}

std::string array_literal(const std::vector<std::string>& items) {
    std::string out = "{";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ',';
        out += '"';
        for (char c : items[i]) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
        }
        out += '"';
    }
    out += '}';
    return out;
}

}  // namespace flaqes::pg
