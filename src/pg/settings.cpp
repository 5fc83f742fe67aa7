#include "pg/settings.hpp"

extern "C" {
#include "utils/guc.h"
}

namespace flaqes::pg {

int override_settings(std::initializer_list<std::pair<const char*, const char*>> settings) {
    return pg_call([&] {
        const int level = NewGUCNestLevel();
        for (const auto& [name, value] : settings) {
            set_config_option(name, value, PGC_USERSET, PGC_S_SESSION, GUC_ACTION_SAVE, true, 0, false);
        }
        return level;
    });
}

void restore_settings(int level) {
    pg_call([&] { AtEOXact_GUC(true, level); });
}

CallerSettings caller_settings() {
    const char* path = pg_call([] { return GetConfigOption("search_path", false, false); });
    const char* dates = pg_call([] { return GetConfigOption("DateStyle", false, false); });
    return {path != nullptr ? path : "", dates != nullptr ? dates : "ISO, YMD"};
}

int pin_own_settings() { return override_settings({{"search_path", "pg_catalog, pg_temp"}, {"DateStyle", "ISO, YMD"}}); }

int as_caller(const CallerSettings& caller, bool keep_iso_dates) {
    if (keep_iso_dates) return override_settings({{"search_path", caller.search_path.c_str()}});
    return override_settings({{"search_path", caller.search_path.c_str()}, {"DateStyle", caller.datestyle.c_str()}});
}

}  // namespace flaqes::pg
