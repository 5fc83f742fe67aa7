#include "core/catalog/catalog_row.hpp"

#include <fmt/format.h>

#include "core/error.hpp"

namespace flaqes {

const CatalogValue& RowReader::at(std::size_t i) const {
    if (i >= row_.size()) throw Error(sqlstate::internal_error, fmt::format("flaqes: catalog row lacks field {}", i));
    return row_[i];
}

// The value, nullptr when NULL.
template <typename T>
const T* RowReader::get(std::size_t i) const {
    const CatalogValue& v = at(i);
    if (std::holds_alternative<std::monostate>(v)) return nullptr;
    if (const T* value = std::get_if<T>(&v)) return value;
    throw Error(sqlstate::internal_error, fmt::format("flaqes: catalog field {} has an unexpected type", i));
}

bool RowReader::null(std::size_t i) const { return std::holds_alternative<std::monostate>(at(i)); }

std::string RowReader::str(std::size_t i) const {
    const std::string* s = get<std::string>(i);
    return s != nullptr ? *s : std::string();
}

std::optional<std::string> RowReader::opt_str(std::size_t i) const {
    const std::string* s = get<std::string>(i);
    return s != nullptr ? std::optional<std::string>(*s) : std::nullopt;
}

char RowReader::chr(std::size_t i) const {
    const std::string* s = get<std::string>(i);
    return s != nullptr && !s->empty() ? s->front() : '\0';
}

bool RowReader::flag(std::size_t i) const {
    const bool* b = get<bool>(i);
    return b != nullptr && *b;
}

std::int64_t RowReader::int64(std::size_t i) const { return opt_int64(i).value_or(0); }

std::optional<std::int64_t> RowReader::opt_int64(std::size_t i) const {
    const std::int64_t* n = get<std::int64_t>(i);
    return n != nullptr ? std::optional<std::int64_t>(*n) : std::nullopt;
}

std::optional<double> RowReader::opt_double(std::size_t i) const {
    const double* d = get<double>(i);
    return d != nullptr ? std::optional<double>(*d) : std::nullopt;
}

std::vector<std::int64_t> RowReader::ints(std::size_t i) const {
    const std::vector<std::int64_t>* v = get<std::vector<std::int64_t>>(i);
    return v != nullptr ? *v : std::vector<std::int64_t>();
}

std::vector<std::string> RowReader::strings(std::size_t i) const {
    const std::vector<std::string>* v = get<std::vector<std::string>>(i);
    return v != nullptr ? *v : std::vector<std::string>();
}

}  // namespace flaqes
