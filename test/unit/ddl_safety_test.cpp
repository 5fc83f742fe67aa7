// Example DDL helpers: enum casts rewritten to text, dependents ordered for drop and re-creation,
// the clock defaults that keep a *date column a timestamp.
#include <gtest/gtest.h>

#include "core/analyze/ddl.hpp"
#include "core/analyze/ddl_dependents.hpp"
#include "core/analyze/ddl_enum.hpp"
#include "core/intent_presets.hpp"
#include "core/error.hpp"

namespace flaqes {
namespace {

TEST(DdlSafety, EnumCastsBecomeTextCasts) {
    const EnumType mood{1, {"public", "mood"}, {"a", "b"}};
    EXPECT_EQ(ddl::enum_casts_to_text("(state = 'a'::public.mood)", mood), "(state = 'a'::text)");
    EXPECT_EQ(ddl::enum_casts_to_text("x = ANY ('{a,b}'::mood[])", mood), "x = ANY ('{a,b}'::text[])");
    EXPECT_EQ(ddl::enum_casts_to_text("'a'::mood_values", mood), "'a'::mood_values");
    const EnumType quoted{2, {"app", "State"}, {"A"}};
    EXPECT_EQ(ddl::enum_casts_to_text("s = 'A'::app.\"State\" OR s = 'A'::\"State\"", quoted),
              "s = 'A'::text OR s = 'A'::text");
}

TEST(DdlSafety, DependentsComeAfterWhatTheyUse) {
    SchemaGraph g;
    Table t;
    t.oid = 10;
    t.name = {"s", "t"};
    g.tables.push_back(t);
    DependentObject top{DependentKind::view, 30, {"s", "top"}, {}, " SELECT 1;", std::nullopt, {{20, 1}}};
    DependentObject base{DependentKind::view, 20, {"s", "base"}, {}, " SELECT t.a FROM s.t;", std::nullopt, {{10, 1}}};
    DependentObject other{DependentKind::view, 40, {"s", "other"}, {}, " SELECT t.b FROM s.t;", std::nullopt, {{10, 2}}};
    DependentObject trig{DependentKind::trigger, 50, {"s", "tr"}, {"s", "t"}, "CREATE TRIGGER tr ...", std::nullopt, {{10, 1}}};
    g.dependents = {top, base, other, trig};
    g.index();
    const auto deps = ddl::dependents_using(g, {{10, 1}});
    ASSERT_EQ(deps.size(), 3u);
    EXPECT_EQ(deps[0]->name.name, "base");
    EXPECT_EQ(deps[1]->name.name, "tr");
    EXPECT_EQ(deps[2]->name.name, "top");
    Alternative a;
    a.example_ddl = "ALTER TABLE s.t ALTER COLUMN a TYPE bigint;";
    ddl::rebuild_dependents(g, {{10, 1}}, a);
    EXPECT_EQ(*a.example_ddl,
              "DROP VIEW s.top;\nDROP TRIGGER tr ON s.t;\nDROP VIEW s.base;\n"
              "ALTER TABLE s.t ALTER COLUMN a TYPE bigint;\n"
              "CREATE VIEW s.base AS\nSELECT t.a FROM s.t;\nCREATE TRIGGER tr ...;\nCREATE VIEW s.top AS\nSELECT 1;");
    EXPECT_NE(a.trade_off.find("view s.base, trigger tr on s.t, view s.top"), std::string::npos);
    Alternative untouched;
    untouched.example_ddl = "ALTER TABLE s.t ALTER COLUMN c TYPE bigint;";
    ddl::rebuild_dependents(g, {{10, 3}}, untouched);
    EXPECT_EQ(*untouched.example_ddl, "ALTER TABLE s.t ALTER COLUMN c TYPE bigint;");
}

TEST(DdlSafety, ClockDefaults) {
    EXPECT_TRUE(ddl::default_is_clock(std::string("now()")));
    EXPECT_TRUE(ddl::default_is_clock(std::string("CURRENT_TIMESTAMP")));
    EXPECT_TRUE(ddl::default_is_clock(std::string("timezone('utc'::text, now())")));
    EXPECT_TRUE(ddl::default_is_clock(std::string("LOCALTIMESTAMP(0)")));
    EXPECT_FALSE(ddl::default_is_clock(std::string("'2020-01-01 00:00:00'::timestamp without time zone")));
    EXPECT_FALSE(ddl::default_is_clock(std::nullopt));
}

TEST(IntentPresets, NamedAndComplete) {
    EXPECT_EQ(intent_preset(std::string("OLAP")).intent.workload, Workload::olap);
    EXPECT_EQ(intent_preset(std::string("startup_mvp")).intent.data_volume, DataVolume::small);
    for (const IntentPreset& p : intent_presets()) EXPECT_FALSE(p.intent.read_patterns.empty()) << p.name;
    try {
        intent_preset(std::string("warehouse"));
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), sqlstate::invalid_parameter_value);
        EXPECT_NE(e.hint().find("oltp, olap, event_sourcing"), std::string::npos);
    }
    EXPECT_THROW(intent_preset(std::nullopt), Error);
}

}  // namespace
}  // namespace flaqes
