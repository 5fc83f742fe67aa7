#include "pg/spi.hpp"

#include "core/error.hpp"

namespace flaqes::pg {

std::string spi_query_text(const char* sql, const std::vector<TextParam>& params) {
    const int nargs = static_cast<int>(params.size());
    std::vector<Oid> types(params.size(), TEXTOID);
    std::vector<Datum> values(params.size(), 0);
    std::vector<char> nulls(params.size(), ' ');
    int status = 0;
    std::uint64_t rows = 0;
    const char* text = pg_call([&]() -> const char* {
        for (int i = 0; i < nargs; ++i) {
            if (params[i]) {
                values[i] = CStringGetTextDatum(params[i]->c_str());
            } else {
                nulls[i] = 'n';
            }
        }
        status = SPI_execute_with_args(sql, nargs, types.data(), values.data(), nulls.data(), true, 2);
        rows = SPI_processed;
        if (status != SPI_OK_SELECT || rows != 1 || SPI_tuptable->tupdesc->natts != 1) return nullptr;
        return SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
    });
    if (status != SPI_OK_SELECT || rows != 1) {
        throw Error(sqlstate::internal_error,
                    fmt::format("flaqes: catalog query returned status {} with {} rows", status, rows));
    }
    std::string result = text != nullptr ? text : "";
    pg_call([] { SPI_freetuptable(SPI_tuptable); });
    return result;
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
