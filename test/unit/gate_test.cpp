#include "core/analyze/gate.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace flaqes {
namespace {

GateItem item(Severity severity, std::string id, std::string table = "app.t") {
    return {severity, std::move(id), std::move(table), "first line\nsecond line"};
}

Error failure(const std::vector<GateItem>& items, Severity fail_on) {
    try {
        enforce_gate(items, fail_on);
    } catch (const Error& e) {
        return e;
    }
    ADD_FAILURE() << "the gate passed";
    return Error("", "");
}

TEST(Gate, ParsesTheThreeLevelsAndRefusesAnythingElse) {
    EXPECT_EQ(parse_fail_on("info"), Severity::info);
    EXPECT_EQ(parse_fail_on("warning"), Severity::warning);
    EXPECT_EQ(parse_fail_on("critical"), Severity::critical);
    try {
        parse_fail_on("error");
        FAIL() << "accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), "22023");
        EXPECT_NE(e.hint().find("info, warning, critical"), std::string::npos);
    }
}

TEST(Gate, PassesWithCountsBelowTheLevel) {
    const std::vector<GateItem> items = {item(Severity::warning, "a"), item(Severity::info, "b"),
                                         item(Severity::info, "c")};
    EXPECT_EQ(enforce_gate(items, Severity::critical), "ok: 0 finding(s) at or above critical (1 warning, 2 info)");
    EXPECT_EQ(enforce_gate({}, Severity::info), "ok: 0 finding(s) at or above info");
}

TEST(Gate, FailsWithOneDetailLinePerFindingAtOrAboveTheLevel) {
    const std::vector<GateItem> items = {item(Severity::critical, "r:app.t(x)"), item(Severity::warning, "s:-", ""),
                                         item(Severity::info, "i")};
    const Error e = failure(items, Severity::warning);
    EXPECT_EQ(e.code(), "QF001");
    EXPECT_STREQ(e.what(), "2 finding(s) at or above warning");
    EXPECT_EQ(e.detail(), "r:app.t(x)  app.t  first line\ns:-  -  first line");
    EXPECT_NE(e.hint().find("\"ignore\""), std::string::npos);
}

TEST(Gate, LongListsEndWithHowManyWereLeftOut) {
    std::vector<GateItem> items;
    for (int i = 0; i < 500; ++i) items.push_back(item(Severity::critical, "rule:app.table_" + std::to_string(i)));
    const Error e = failure(items, Severity::critical);
    EXPECT_STREQ(e.what(), "500 finding(s) at or above critical");
    EXPECT_LT(e.detail().size(), 4000u);
    EXPECT_NE(e.detail().find(" more"), std::string::npos);
    EXPECT_EQ(e.detail().find("rule:app.table_499"), std::string::npos);
}

}  // namespace
}  // namespace flaqes
