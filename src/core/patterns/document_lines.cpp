#include "core/patterns/document_lines.hpp"

#include <algorithm>
#include <string>

#include "core/catalog/table_facts.hpp"

namespace flaqes {

bool document_or_line(const Table& table) {
    return std::any_of(table.columns.begin(), table.columns.end(), [](const Column& c) {
        if (c.type_category != 'N') return false;
        const std::string n = snake_name(c.name);
        for (const char* measure : {"quantity", "qty", "price", "amount", "total", "subtotal", "unit_price"}) {
            if (n == measure || ends_with(n, std::string("_") + measure) || starts_with(n, std::string(measure) + "_")) {
                return true;
            }
        }
        return false;
    });
}

}  // namespace flaqes
