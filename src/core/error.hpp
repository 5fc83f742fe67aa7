// The one error type of the core. It carries what a Postgres error report needs, as plain
// strings, so the core stays free of Postgres headers; src/pg/ turns it into ereport().
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace flaqes {

// SQLSTATE codes the core raises (see the PostgreSQL "Error Codes" appendix).
namespace sqlstate {
inline constexpr const char* invalid_parameter_value = "22023";
inline constexpr const char* null_value_not_allowed = "22004";
inline constexpr const char* invalid_text_representation = "22P02";
inline constexpr const char* program_limit_exceeded = "54000";
inline constexpr const char* feature_not_supported = "0A000";
inline constexpr const char* wrong_object_type = "42809";
inline constexpr const char* undefined_table = "42P01";
inline constexpr const char* invalid_schema_name = "3F000";
inline constexpr const char* undefined_column = "42703";
inline constexpr const char* invalid_foreign_key = "42830";
inline constexpr const char* internal_error = "XX000";
inline constexpr const char* serialization_failure = "40001";
inline constexpr const char* object_not_in_prerequisite_state = "55000";
// Class QF (implementation-defined): a flaqes gate (flaqes.check, analyze_ddl fail_on) failed.
inline constexpr const char* gate_failed = "QF001";
}  // namespace sqlstate

class Error : public std::runtime_error {
public:
    Error(std::string code, std::string message, std::string detail = {}, std::string hint = {})
        : std::runtime_error(message),
          code_(std::move(code)),
          detail_(std::move(detail)),
          hint_(std::move(hint)) {}

    // Five characters, e.g. "22023".
    const std::string& code() const noexcept { return code_; }
    const std::string& detail() const noexcept { return detail_; }
    const std::string& hint() const noexcept { return hint_; }

private:
    std::string code_;
    std::string detail_;
    std::string hint_;
};

}  // namespace flaqes
