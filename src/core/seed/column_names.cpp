#include "core/seed/column_names.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace flaqes::seed {
namespace {

const std::vector<std::string> span_starts = {"created", "start", "starts", "started", "begin", "begins", "valid_from",
                                              "opened", "placed", "ordered", "order", "issued", "rental", "booked"};
const std::vector<std::string> span_ends = {"updated", "modified", "end", "ends", "ended", "finished", "completed",
                                            "closed", "valid_to", "valid_until", "shipped", "delivered", "deleted",
                                            "expires", "due", "required", "returned", "return", "cancelled"};
const std::vector<std::string> current_flags = {"is_current", "current", "is_latest", "latest", "is_open"};
const std::vector<std::string> mostly_null = {"deleted", "archived", "cancelled", "canceled"};

// The name without a time suffix, lower-case: "Created_At" -> "created".
std::string stem(std::string name) {
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const std::string suffix : {"_at", "_date", "_on", "_time", "_ts", "date", "time"}) {
        if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
            return name.substr(0, name.size() - suffix.size());
        }
    }
    return name;
}

struct SpanLength {
    const char* stem;
    int days;
};
const SpanLength span_lengths[] = {
    {"shipped", 10}, {"delivered", 14}, {"dispatched", 10}, {"required", 45}, {"due", 45}, {"returned", 21},
    {"return", 21}, {"cancelled", 30}, {"canceled", 30}, {"completed", 60}, {"finished", 60}, {"ended", 90},
    {"end", 90}, {"ends", 90}, {"closed", 90}, {"updated", 365}, {"modified", 365}, {"expires", 365},
    {"valid_to", 365}, {"valid_until", 365}, {"deleted", 365}};

bool listed(const std::vector<std::string>& list, const std::string& column) {
    return std::find(list.begin(), list.end(), stem(column)) != list.end();
}

}  // namespace

bool is_span_start(const std::string& column) { return listed(span_starts, column); }
bool is_span_end(const std::string& column) { return listed(span_ends, column); }
bool is_current_flag(const std::string& column) { return listed(current_flags, column); }
bool is_mostly_null(const std::string& column) { return listed(mostly_null, column); }

int typical_span_days(const std::string& span_end) {
    const std::string s = stem(span_end);
    for (const SpanLength& l : span_lengths) {
        if (s == l.stem) return l.days;
    }
    return 0;
}

}  // namespace flaqes::seed
