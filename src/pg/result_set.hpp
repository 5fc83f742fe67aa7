// Set-returning functions in materialize mode: the whole result goes into a tuplestore in one
// call. Build each row with Row, then emit it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/json.hpp"
#include "pg/boundary.hpp"

namespace flaqes::pg {

class ResultSet {
public:
    class Row {
    public:
        Row& text(const std::string& value);
        Row& text(const std::optional<std::string>& value);
        Row& text_array(const std::vector<std::string>& values);
        Row& jsonb(const json::Value& value);
        Row& real(double value);
        Row& int32(std::int32_t value);
        Row& int64(std::int64_t value);
        Row& boolean(bool value);
        Row& oid(Oid value);  // regclass, regtype, oid columns
        Row& null();

    private:
        friend class ResultSet;
        std::vector<Datum> values_;
        std::vector<bool> nulls_;
    };

    // Sets up the tuplestore for the function's declared result type.
    explicit ResultSet(FunctionCallInfo fcinfo);

    // Appends the row; its column count must match the result type.
    void emit(const Row& row);

    // The function's return value once every row is emitted.
    static Datum done() { return 0; }

private:
    FunctionCallInfo fcinfo_;
};

}  // namespace flaqes::pg
