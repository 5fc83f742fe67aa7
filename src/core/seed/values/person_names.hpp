// Person names by country, written for flaqes: a row's person is named as people of the row's
// country are (a Japanese address gets Japanese names, a German one German names). Names are
// romanized, so emails and usernames fold them to ASCII.
#pragma once

#include "core/seed/values/words.hpp"

namespace flaqes::seed {

struct NameGroup {
    const char* name;  // "japanese", for tests and messages
    Words first;
    Words last;
};

// Every group, each country's group among them.
List<NameGroup> name_groups();
// The names of people of this country.
const NameGroup& names_of(const Country& country);

}  // namespace flaqes::seed
