// Small helpers for the example DDL and the numbers of findings. Every identifier comes from the
// catalog and is quoted here; nothing typed by the user reaches the SQL text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/schema_graph.hpp"

namespace flaqes::ddl {

// 'text' with embedded quotes doubled (standard_conforming_strings; backslashes are literal).
std::string literal(std::string_view text);

// "a", "b" quoted as needed, joined by ", ".
std::string columns(const std::vector<std::string>& names);

// A new object name in Postgres's style: table_col1_col2_suffix, cut to 63 bytes, quoted.
std::string object_name(const Table& table, const std::vector<std::string>& columns, std::string_view suffix);

// Index and constraint names in statements: schema-qualified for indexes, bare for constraints.
std::string index_ref(const Table& table, const std::string& index_name);

// A serial column turned into an identity column that continues after the highest value (drops
// the default and the owned sequence).
std::string serial_to_identity(const Table& table, const Column& column);
// The default reads the clock (now(), CURRENT_TIMESTAMP, LOCALTIMESTAMP, clock_timestamp(), ...):
// the column records an instant, with its time of day, whatever its name says.
bool default_is_clock(const std::optional<std::string>& default_expr);

// "FOREIGN KEY (a) REFERENCES s.t (b)" with its MATCH, actions and deferrability, as declared.
std::string foreign_key_clause(const ForeignKey& fk);

// 2104000000 -> "2,104,000,000".
std::string count(std::int64_t n);
std::string count(double n);

}  // namespace flaqes::ddl
