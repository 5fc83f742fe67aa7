// The options of flaqes.seed and friends, parsed from their jsonb argument. Unknown keys and
// values of the wrong shape are errors (22023) that name the key and list what is allowed.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace flaqes::seed {

// A value given by the user, as the text Postgres will cast; nullopt is SQL NULL.
using TextValue = std::optional<std::string>;

// options.columns.<name>: how one column is filled instead of the generator we would choose.
struct ColumnOverride {
    std::optional<TextValue> constant;      // "x", 3, null, {"value": ...}
    std::vector<TextValue> choices;         // ["a", "b"] or {"values": [...]}: drawn per row
    std::optional<std::string> sql;         // {"sql": "..."} or {"expr": "..."}: evaluated per row by Postgres,
                                            // may read the row's other columns by name
    std::optional<std::string> generator;   // {"generator": "email"}
    std::optional<double> null_fraction;    // {"null_fraction": 0.2}

    // A value source is given (not only a null_fraction, which keeps the column's own source,
    // a foreign key's parent rows included).
    bool gives_value() const { return constant || !choices.empty() || sql || generator; }
};

// options.tables.<name>: rows to create for a parent table, or reuse of its existing rows.
struct TableOverride {
    std::optional<std::int64_t> rows;
    bool reuse = false;
};

enum class UuidMode { random, pattern };

struct Options {
    std::optional<std::uint64_t> seed;
    // Keys as written: "column" (the target table), "table.column" or "schema.table.column".
    std::map<std::string, ColumnOverride> columns;
    // Keys as written: "table" or "schema.table".
    std::map<std::string, TableOverride> tables;
    UuidMode uuid = UuidMode::random;
    std::int64_t progress_every = 0;  // 0: no progress NOTICEs
    std::int64_t batch_size = 10000;
    std::optional<double> null_fraction;  // for every nullable column without its own
};

// Parses the options document (JSON text of a jsonb). Throws flaqes::Error 22023 on any unknown
// key or wrong value, naming the key path, e.g. options.columns.email.null_fraction.
Options parse_options(const std::string& json_text);

}  // namespace flaqes::seed
