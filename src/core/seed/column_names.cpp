#include "core/seed/column_names.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

namespace flaqes::seed {
namespace {

const std::vector<std::string> span_starts = {"created", "start", "starts", "started", "begin", "begins", "valid_from",
                                              "opened", "placed", "ordered", "order", "issued", "rental", "booked",
                                              "installed", "hire", "hired"};
const std::vector<std::string> span_ends = {"updated", "modified", "end", "ends", "ended", "finished", "completed",
                                            "closed", "valid_to", "valid_until", "shipped", "delivered", "deleted",
                                            "expires", "due", "required", "returned", "return", "cancelled"};
const std::vector<std::string> creation_times = {"created", "create", "creation", "inserted", "registered",
                                                 "joined", "signup", "signed_up", "added", "date_created", "date_added",
                                                 "date_joined", "date_registered"};
const std::vector<std::string> event_times = {"visited", "visit", "posted", "sent", "submitted", "occurred", "recorded",
                                              "logged", "purchased", "purchase", "happened", "event", "commented", "reviewed"};
const std::vector<std::string> exception_states = {"deleted", "archived", "disabled", "discontinued", "hidden", "locked",
                                                   "blocked", "banned", "suspended", "cancelled", "canceled", "expired",
                                                   "flagged", "spam", "removed", "rejected", "failed", "deprecated"};
const std::vector<std::string> normal_states = {"active", "enabled", "visible", "published", "verified", "approved",
                                                "available", "valid", "confirmed", "subscribed", "public"};
const std::vector<std::string> current_flags = {"is_current", "current", "is_latest", "latest", "is_open"};
const std::vector<std::string> mostly_null = {"deleted", "archived", "cancelled", "canceled", "terminated", "termination",
                                               "resigned", "suspended", "banned", "revoked", "churned"};

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

// Events and the statuses (substrings of the status value, lower-case) of rows that have seen them.
struct Event {
    const char* stem;
    std::vector<std::string> statuses;
};
const std::vector<std::string> shipped_or_later = {"ship", "transit", "deliver", "complete", "fulfil", "done",
                                                   "receiv", "return", "refund", "closed", "dispatch"};
const std::vector<Event> events = {
    {"shipped", shipped_or_later},
    {"dispatched", shipped_or_later},
    {"delivered", {"deliver", "complete", "fulfil", "done", "receiv", "return", "closed"}},
    {"completed", {"complete", "done", "finish", "resolv", "closed", "fulfil", "deliver"}},
    {"finished", {"complete", "done", "finish", "resolv", "closed"}},
    {"resolved", {"resolv", "complete", "done", "closed"}},
    {"closed", {"closed", "resolv", "complete", "done"}},
    {"paid", {"paid", "ship", "deliver", "complete", "refund", "fulfil", "settled"}},
    {"refunded", {"refund"}},
    {"voided", {"void"}},
    {"sold", {"sold"}},
    {"cancelled", {"cancel"}},
    {"canceled", {"cancel"}},
    {"deleted", {"delet", "remov"}},
    {"archived", {"archiv"}},
    {"rejected", {"reject", "declin", "denied"}},
    {"approved", {"approv", "accept", "active", "publish"}},
    {"published", {"publish", "live", "active"}},
};

bool listed(const std::vector<std::string>& list, const std::string& column) {
    return std::find(list.begin(), list.end(), stem(column)) != list.end();
}

}  // namespace

bool is_span_start(const std::string& column) { return listed(span_starts, column); }
bool is_creation_time(const std::string& column) { return listed(creation_times, column); }
bool is_event_time(const std::string& column) { return listed(event_times, column); }
bool is_span_end(const std::string& column) { return listed(span_ends, column); }
bool is_birth_time(const std::string& column) {
    const std::string s = stem(column);
    return s.find("birth") != std::string::npos || s == "dob";
}
bool is_current_flag(const std::string& column) { return listed(current_flags, column); }
bool is_mostly_null(const std::string& column) { return listed(mostly_null, column); }

double true_share(const std::string& column) {
    std::string state = stem(column);
    for (const std::string prefix : {"is_", "has_been_", "was_"}) {
        if (state.compare(0, prefix.size(), prefix) == 0) state = state.substr(prefix.size());
    }
    if (std::find(exception_states.begin(), exception_states.end(), state) != exception_states.end()) return 0.1;
    if (std::find(normal_states.begin(), normal_states.end(), state) != normal_states.end()) return 0.85;
    return 0.5;
}

bool is_status_column(const std::string& column) {
    std::string c = column;
    std::transform(c.begin(), c.end(), c.begin(), [](unsigned char ch) { return std::tolower(ch); });
    for (const std::string end : {"status", "state"}) {
        if (c == end || (c.size() > end.size() && c.compare(c.size() - end.size() - 1, end.size() + 1, "_" + end) == 0)) return true;
    }
    return false;
}

std::optional<bool> event_happened(const std::string& event_column, const std::string& status) {
    const std::string s = stem(event_column);
    std::string value = status;
    std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const Event& e : events) {
        if (s != e.stem) continue;
        for (const std::string& part : e.statuses) {
            if (value.find(part) != std::string::npos && value.find("not") == std::string::npos &&
                value.find("un") != 0) {
                return true;
            }
        }
        return false;
    }
    return std::nullopt;
}

bool flags_event(const std::string& flag, const std::string& event_column) {
    std::string f = flag;
    std::transform(f.begin(), f.end(), f.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const std::string prefix : {"is_", "has_been_", "has_", "was_"}) {
        if (f.compare(0, prefix.size(), prefix) == 0) {
            f = f.substr(prefix.size());
            break;
        }
    }
    return is_mostly_null(event_column) && f == stem(event_column);
}

bool pairs_with(const std::string& span_end, const std::string& span_start) {
    static const std::vector<std::string> record_ends = {"updated", "modified", "deleted", "archived"};
    static const std::vector<std::string> run_ends = {"finished", "completed", "ended", "end", "ends"};
    static const std::vector<std::string> run_starts = {"started", "start", "starts", "begin", "begins"};
    const std::string end = stem(span_end), start = stem(span_start);
    auto in = [](const std::vector<std::string>& list, const std::string& s) { return std::find(list.begin(), list.end(), s) != list.end(); };
    return (in(record_ends, end) && start == "created") || (in(run_ends, end) && in(run_starts, start));
}

int typical_span_days(const std::string& span_end) {
    const std::string s = stem(span_end);
    for (const SpanLength& l : span_lengths) {
        if (s == l.stem) return l.days;
    }
    return 0;
}

}  // namespace flaqes::seed
