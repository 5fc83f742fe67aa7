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

}  // namespace flaqes::pg
