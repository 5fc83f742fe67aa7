// classify_column: from a column's name (and its table's) and type to a Semantic.
#include <cctype>
#include <string>
#include <vector>

#include "core/seed/values/semantic.hpp"

namespace flaqes::seed {
namespace {

// One rule: column names whose trailing words, glued together and lowercased, equal one of
// `keys` (space-separated) hold `semantic`, when the column's type category is in `categories`.
struct Rule {
    Semantic semantic;
    const char* categories;
    const char* keys;
    bool unit = false;  // a unit (mm, kg, l): names the kind only after a word saying what is measured
};

// "S" string, "N" numeric, "D" date/time, "I" network address (pg_type.typcategory).
const Rule rules[] = {
    {Semantic::none, "SNDIU",
     "macaddress macaddr hwaddress walletaddress"},
    {Semantic::region_code, "S", "stateabbr statecode provincecode regioncode stateabbreviation"},
    {Semantic::first_name, "S", "firstname fname givenname forename namefirst preferredname"},
    {Semantic::last_name, "S", "lastname lname surname familyname namelast"},
    {Semantic::full_name, "S", "fullname displayname realname composer author"},
    {Semantic::email, "S", "email emailaddress emailaddr mail emailid"},
    {Semantic::username, "S", "username login loginname handle nickname screenname userhandle"},
    {Semantic::phone, "S",
     "phone phonenumber phoneno phonenum telephone tel mobile mobilephone mobilenumber cell "
     "cellphone fax faxnumber contactnumber msisdn"},
    {Semantic::age, "NS", "age"},
    {Semantic::birth_date, "DS", "birthdate dateofbirth dob birthday bday"},
    {Semantic::street_address, "S",
     "address streetaddress street addr address1 addressline1 line1 addressline street1"},
    {Semantic::address_line2, "S", "address2 addressline2 line2 street2 apartment apt"},
    {Semantic::city, "S", "city town cityname locality municipality"},
    {Semantic::region, "S",
     "region state province county district stateprovince statename prefecture "
     "regiondescription territorydescription regionname"},
    {Semantic::postal_code, "S", "zip zipcode postcode postalcode postal zippostalcode"},
    {Semantic::country, "S", "country countryname nation"},
    {Semantic::country_code, "S",
     "countrycode countryiso countryiso2 iso2 isocountry isocode countryalpha2 alpha2"},
    {Semantic::country_code3, "S", "countryiso3 iso3 countrycode3 countryalpha3 alpha3"},
    {Semantic::latitude, "NS", "latitude lat geolat"},
    {Semantic::longitude, "NS", "longitude lng lon long geolng geolon"},
    {Semantic::time_zone, "S", "timezone tz tzname timezonename zoneinfo"},
    {Semantic::currency_code, "S", "currency currencycode ccy currencyiso"},
    {Semantic::language_code, "S", "lang langcode languagecode languageiso"},
    {Semantic::language_name, "S", "language languagename"},
    {Semantic::locale, "S", "locale localecode languagetag langtag culture"},
    {Semantic::company, "S",
     "company companyname organization organisation org orgname employer business businessname "
     "vendorname suppliername firm brandname manufacturer publisher shipname legalname tradingname "
     "registeredname insuranceprovider insurer insurancecompany bankname"},
    {Semantic::job_title, "S",
     "jobtitle job position occupation designation contacttitle profession"},
    {Semantic::url, "S",
     "url website webpage homepage link href uri siteurl websiteurl webaddress profileurl "
     "avatarurl imageurl photourl referrer referer referrerurl refererurl landingpage callbackurl webhookurl"},
    {Semantic::domain, "S", "domain domainname hostname host fqdn"},
    {Semantic::ip_address, "IS",
     "ip ipaddress ipaddr ipv4 remoteaddr remoteip clientip lastloginip sourceip"},
    {Semantic::price, "NS",
     "price unitprice listprice saleprice cost unitcost msrp rentalrate replacementcost "
     "retailprice baseprice fee consultationfee"},
    {Semantic::amount, "NS",
     "amount total subtotal totalamount balance payment freight revenue grandtotal "
     "totalprice netamount taxamount amountpaid amountdue"},
    {Semantic::event_name, "S", "eventtype eventname eventkind action actiontype activity activitytype"},
    {Semantic::payment_method, "S", "paymentmethod paymenttype paymentmode paymentchannel"},
    {Semantic::platform, "S", "platform os operatingsystem devicetype deviceos"},
    {Semantic::browser, "S", "browser browsername"},
    {Semantic::quantity, "NS",
     "quantity qty units unitsinstock unitsonorder stock instock onhand reorderlevel "
     "quantityonhand seats seatcount capacity headcount"},
    {Semantic::color, "S", "color colour colorname colourname"},
    {Semantic::color_hex, "S", "colorhex colourhex hexcolor hexcolour colorcode colourcode hex"},
    {Semantic::slug, "S", "slug permalink urlslug"},
    {Semantic::title, "S", "title headline subject caption label heading"},
    {Semantic::product_name, "S", "productname itemname product"},
    {Semantic::description, "S",
     "description desc summary body content notes note comment comments bio biography about "
     "details text message remarks remark abstract excerpt review feedback memo instructions "
     "instruction directions reason explanation purpose"},
    {Semantic::status, "S", "status"},
    {Semantic::uuid, "SU", "uuid guid"},
    {Semantic::flag, "N", "active isactive enabled visible published verified approved featured flag"},
    {Semantic::rare_flag, "N", "disabled discontinued deleted archived hidden locked blocked banned suspended"},
    {Semantic::fraction, "N", "discount rate ratio probability fraction proportion"},
    {Semantic::percent, "N", "pct percent percentage humidity batterylevel battery batterypct batterypercent"},
    {Semantic::duration_minutes, "N", "length duration minutes mins runtime durationminutes lengthminutes"},
    {Semantic::duration_seconds, "N", "seconds secs durationseconds durationsecs"},
    {Semantic::duration_ms, "N", "milliseconds millis ms durationms"},
    {Semantic::year, "N",
     "year yr releaseyear modelyear foundedyear yearfounded yearpublished publicationyear fiscalyear "
     "yearbuilt builtyear constructionyear"},
    {Semantic::count, "N", "count views likes votes hits downloads followers visits clicks replies attempts retries"},
    {Semantic::rating, "N", "rating stars starrating"},
    {Semantic::level, "N", "level tier grade rank priority"},
    {Semantic::byte_size, "NS", "size bytes filesize sizebytes sizeinbytes"},
    {Semantic::extension, "NS", "extension ext phoneextension phoneext"},
    {Semantic::area_code, "NS", "areacode"},
    {Semantic::password_hash, "S",
     "password passwordhash passwd pwd passworddigest encryptedpassword hashedpassword passwordencrypted passwordhashed pass"},
    {Semantic::token, "S",
     "hash digest checksum token secret apikey accesstoken refreshtoken salt sha sha1 sha256 md5 "
     "fingerprint signature nonce etag"},
    {Semantic::file_path, "S", "path filepath attachment file document documentpath"},
    {Semantic::image_path, "S",
     "photopath imagepath picturepath picture photo image avatar thumbnail icon logo cover coverimage"},
    {Semantic::file_name, "S", "filename originalfilename"},
    {Semantic::courtesy_title, "S", "titleofcourtesy courtesytitle salutation honorific nameprefix"},
    {Semantic::package, "S", "quantityperunit packaging packagesize unitsize packsize package"},
    {Semantic::code, "S",
     "code sku reference ref serial serialnumber barcode partnumber itemcode productcode ordernumber "
     "invoicenumber trackingnumber confirmationcode vouchercode couponcode referencecode number taxid "
     "vatid nationalid memberid ssn ein costcenter no nr num"},
    {Semantic::gender, "S", "gender sex"},
    {Semantic::category, "S",
     "category categories categoryname section segment classification group groupname collection"},
    {Semantic::industry, "S", "industry sector vertical"},
    {Semantic::tag, "S", "tag tags keyword keywords hashtag topic topics"},
    {Semantic::type_label, "S", "type kind variant mode format method channel plan"},
    {Semantic::role, "S", "role rolename"},
    {Semantic::genre, "S", "genre genres"},
    {Semantic::department, "S", "department dept team division"},
    {Semantic::feature, "S",
     "feature features specialfeatures amenity amenities extras facility facilities"},
    {Semantic::cents, "N", "cents incents amountcents pricecents"},
    {Semantic::annual_amount, "N", "salary annualsalary basesalary yearlysalary compensation budget annualbudget"},
    {Semantic::wage, "N", "wage hourlyrate hourlywage payrate rateperhour billingrate"},
    {Semantic::weekly_hours, "N", "weeklyhours hoursperweek contractedhours"},
    {Semantic::hours, "N", "hours hoursworked workedhours"},
    {Semantic::days, "N", "days numdays dayssupply daysremaining"},
    {Semantic::months, "N", "months durationinmonths termmonths"},
    {Semantic::years_span, "N", "years yearsofexperience experienceyears yearsexperience tenureyears"},
    {Semantic::expiry_year, "N", "expyear expiryyear expirationyear expiresyear"},
    {Semantic::height_cm, "N", "heightcm heightincm bodyheight"},
    {Semantic::weight_kg, "N", "weightkg weightinkg bodyweight"},
    {Semantic::dosage_mg, "N", "dosage dose dosagemg dosemg strengthmg"},
    {Semantic::temperature, "N", "temperature temp temperaturec tempc celsius temperaturecelsius"},
    {Semantic::pressure_hpa, "N", "pressure pressurehpa hpa mbar millibar barometricpressure airpressure"},
    {Semantic::ppm, "N", "ppm co2 co2ppm"},
    {Semantic::signal_dbm, "N", "dbm rssi signalstrength signaldbm signalstrengthdbm"},
    {Semantic::elevation_m, "N", "elevation altitude elevationm altitudem"},
    {Semantic::voltage, "N", "voltage volts batteryvoltage"},
    {Semantic::heart_rate, "N", "heartrate pulse pulserate bpm"},
    {Semantic::respiratory_rate, "N", "respiratoryrate respirationrate breathingrate"},
    {Semantic::oxygen_saturation, "N", "oxygensaturation spo2 saturation"},
    {Semantic::systolic_bp, "N", "systolic systolicbp bpsystolic systolicpressure"},
    {Semantic::diastolic_bp, "N", "diastolic diastolicbp bpdiastolic diastolicpressure"},
    {Semantic::version, "S", "version firmwareversion softwareversion apiversion appversion semver revision rev"},
    {Semantic::model, "S", "model modelname"},
    {Semantic::specialty, "S", "specialty speciality specialization specialisation"},
    {Semantic::relationship, "S", "relationship relation kinship"},
    {Semantic::frequency, "S", "frequency freq cadence recurrence"},
    {Semantic::drug, "S", "drug drugname medication medicationname medicine"},
    {Semantic::allergy, "S", "allergy allergies allergen allergens"},
    {Semantic::card_brand, "S", "cardbrand cardtype cardnetwork"},
    {Semantic::length_mm, "N", "mm millimeters millimetres", true},
    {Semantic::length_m, "N", "m meters metres", true},
    {Semantic::distance_km, "N", "km kilometers kilometres", true},
    {Semantic::distance_km, "N", "distancekm distance"},
    {Semantic::speed_kmh, "N", "kmh kph", true},
    {Semantic::speed_kmh, "N", "speed speedkmh"},
    {Semantic::mass_g, "N", "g grams gram", true},
    {Semantic::mass_kg, "N", "kg kilograms kilos", true},
    {Semantic::volume_l, "N", "l liters litres", true},
    {Semantic::volume_ml, "N", "ml milliliters millilitres", true},
    {Semantic::area_sqft, "N", "sqft squarefeet squarefootage squarefoot"},
    {Semantic::area_sqm, "N", "sqm m2 squaremeters squaremetres floorarea"},
    {Semantic::area_acres, "N", "acres acre lotsizeacres"},
    {Semantic::odometer_km, "N", "odometer odometerkm mileage"},
    {Semantic::gpa, "N", "gpa gradepointaverage"},
    {Semantic::score, "N", "score points"},
    {Semantic::rooms, "N", "bedrooms bathrooms rooms numrooms beds baths"},
    {Semantic::count, "N", "credits creditsearned guests adults children attendees participants pageviews "
     "sortorder position displayorder ordinal sequence seq sortindex"},
    {Semantic::age, "N", "agelimit minage maxage minimumage agerestriction"},
    {Semantic::amount, "N", "creditlimit overdraftlimit spendinglimit"},
    {Semantic::mime_type, "S", "mimetype contenttype mediatype filetype attachmenttype"},
    {Semantic::user_agent, "S", "useragent browseragent"},
    {Semantic::marketing_source, "S", "utmsource utmmedium utmcampaign trafficsource leadsource"},
    {Semantic::isbn, "S", "isbn isbn13"},
    {Semantic::iban, "S", "iban"},
    {Semantic::vin, "S", "vin"},
    {Semantic::license_plate, "S", "licenseplate numberplate"},
    {Semantic::subject, "S", "major minor fieldofstudy course coursename"},
    {Semantic::company, "S", "carrier organizer organiser make"},
};

// Words naming what a table (or the word before "name"/"title") is about, for bare columns.
struct Subject {
    Semantic name;   // what its "name" column holds
    Semantic title;  // what its "title" column holds
    const char* words;
};

const Subject subjects[] = {
    {Semantic::full_name, Semantic::job_title,
     "user person people customer employee author artist actor staff member contact client "
     "patient student teacher driver owner composer player guest passenger doctor instructor "
     "speaker candidate applicant subscriber recipient sender holder cardholder"},
    {Semantic::company, Semantic::title,
     "company supplier vendor organization organisation org shipper publisher manufacturer "
     "employer brand carrier agency firm merchant business store shop account tenant workspace"},
    {Semantic::department, Semantic::title, "department dept division"},
    {Semantic::country, Semantic::title, "country nation"},
    {Semantic::city, Semantic::title, "city town"},
    {Semantic::language_name, Semantic::title, "language"},
    {Semantic::product_name, Semantic::product_name, "product item article"},
};

// Lowercase words of an identifier: snake_case, kebab-case, camelCase, ACRONYMWords, digits.
std::vector<std::string> words_of(std::string_view name) {
    std::vector<std::string> words;
    std::string current;
    auto flush = [&] {
        if (!current.empty()) words.push_back(current);
        current.clear();
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (!std::isalnum(c)) {
            flush();
            continue;
        }
        if (!current.empty()) {
            const auto prev = static_cast<unsigned char>(name[i - 1]);
            const bool next_lower = i + 1 < name.size() && std::islower(static_cast<unsigned char>(name[i + 1]));
            if ((std::isdigit(c) != 0) != (std::isdigit(prev) != 0)) flush();
            else if (std::isupper(c) && (std::islower(prev) || (std::isupper(prev) && next_lower))) flush();
        }
        current += static_cast<char>(std::tolower(c));
    }
    flush();
    return words;
}

bool contains_word(const char* list, std::string_view word) {
    std::string_view rest(list);
    while (!rest.empty()) {
        const std::size_t space = rest.find(' ');
        if (rest.substr(0, space) == word) return true;
        if (space == std::string_view::npos) break;
        rest.remove_prefix(space + 1);
    }
    return false;
}

std::string singular(std::string word) {
    if (word.size() > 3 && word.compare(word.size() - 3, 3, "ies") == 0) return word.substr(0, word.size() - 3) + "y";
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
    return word;
}

const Subject* subject_of(std::string_view word) {
    const std::string one = singular(std::string(word));
    for (const Subject& subject : subjects)
        if (contains_word(subject.words, one)) return &subject;
    return nullptr;
}

// The rule matching the longest run of trailing words, if any.
const Rule* match(const std::vector<std::string>& words, std::size_t& matched_words) {
    for (std::size_t k = words.size(); k >= 1; --k) {
        std::string glued;
        for (std::size_t i = words.size() - k; i < words.size(); ++i) glued += words[i];
        for (const Rule& rule : rules)
            if (contains_word(rule.keys, glued) && !(rule.unit && k == words.size())) {
                matched_words = k;
                return &rule;
            }
    }
    return nullptr;
}

// "reason_for_visit", "days_of_leave": the words before the first "for", "of" or "per" name what
// the column holds when its trailing words name nothing and the type fits that rule
// ("number_of_guests integer" stays a count, not a text code).
const Rule* match_head_before_preposition(const std::vector<std::string>& words, char type_category,
                                          std::size_t& matched_words) {
    for (std::size_t i = 1; i + 1 < words.size(); ++i) {
        if (words[i] == "for" || words[i] == "of" || words[i] == "per") {
            const Rule* rule = match(std::vector<std::string>(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(i)),
                                     matched_words);
            if (rule && std::string_view(rule->categories).find(type_category) != std::string_view::npos) return rule;
            return nullptr;
        }
    }
    return nullptr;
}

// A "name" or "title" column: what the word before it ("customer_name"), or for a bare one the
// table, is about.
Semantic bare_name_or_title(const std::vector<std::string>& words, std::string_view table_name) {
    const bool is_title = words.back() == "title";
    const Subject* subject = nullptr;
    if (words.size() > 1) subject = subject_of(words[words.size() - 2]);
    else if (!table_name.empty()) {
        const std::vector<std::string> table_words = words_of(table_name);
        if (!table_words.empty()) subject = subject_of(table_words.back());
    }
    if (!subject) return Semantic::title;
    return is_title ? subject->title : subject->name;
}

// A flag by its name's form: is_/has_/can_/allow_/defines_ first, _exists/_flag/_yn last.
bool named_like_flag(const std::vector<std::string>& words) {
    if (words.size() < 2) return false;
    const std::string& first = words.front();
    const std::string& last = words.back();
    return first == "is" || first == "has" || first == "can" || first == "allow" || first == "defines" ||
           last == "exists" || last == "flag" || last == "yn";
}

// Settles what the type says: a fraction in an integer column is a percent, a size in a text
// column a clothing size; is_*/has_* integers are flags, num_* and max_* integers counts;
// one-character text is Y/N when its name reads as a flag (active, is_current, term_exists), else a
// letter code.
Semantic by_type(Semantic semantic, const std::vector<std::string>& words, std::string_view type_name,
                 char type_category) {
    const bool integer = shape_of(type_name).integer_max > 0;
    if (semantic == Semantic::fraction && integer) return Semantic::percent;
    if (semantic == Semantic::byte_size && type_category == 'S') return Semantic::size_label;
    if (integer && named_like_flag(words) && (semantic == Semantic::none || semantic == Semantic::count)) {
        return Semantic::flag;  // has_children is a flag, though children are counted
    }
    if (semantic == Semantic::none && integer && words.size() > 1) {
        const std::string& first = words.front();
        if (first == "num" || first == "number" || first == "nb" || first == "total" || first == "max" ||
            first == "min" || first == "maximum" || first == "minimum") {
            return Semantic::count;
        }
    }
    if (type_category == 'S' && shape_of(type_name).max_length == 1 && semantic != Semantic::gender) {
        // a grade or a reason in char(1) is a letter: words cut to one letter mean nothing
        const bool flag = semantic == Semantic::flag || semantic == Semantic::rare_flag || named_like_flag(words);
        return flag ? Semantic::yes_no : Semantic::letter_code;
    }
    return semantic;
}

// Narrows a match by the column's declared length: a country in char(2) is its code, a region
// (state) in char(2) its initials.
Semantic by_length(Semantic semantic, int max_length) {
    switch (semantic) {
        case Semantic::country:
        case Semantic::country_code:
            if (max_length == 2) return Semantic::country_code;
            if (max_length == 3) return Semantic::country_code3;
            return semantic;
        case Semantic::language_name:
        case Semantic::locale:
            return max_length == 2 ? Semantic::language_code : semantic;
        case Semantic::color:
            return max_length == 7 ? Semantic::color_hex : semantic;
        case Semantic::region:
            return max_length > 0 && max_length <= 3 ? Semantic::region_code : semantic;
        default:
            return semantic;
    }
}

}  // namespace

Semantic classify_column(std::string_view column_name, std::string_view type_name,
                         char type_category, std::string_view table_name) {
    if (type_name == "uuid") return Semantic::uuid;
    if (type_category == 'I') return Semantic::ip_address;
    std::vector<std::string> words = words_of(column_name);
    if (words.empty()) return Semantic::none;
    std::size_t matched_words = 0;
    const Rule* rule = match(words, matched_words);
    if (!rule) rule = match_head_before_preposition(words, type_category, matched_words);
    Semantic semantic = Semantic::none;
    if (rule) semantic = rule->semantic;
    else if (words.back() == "name") semantic = bare_name_or_title(words, table_name);
    if (rule && rule->semantic == Semantic::title && matched_words == 1 && words.back() == "title")
        semantic = bare_name_or_title(words, table_name);
    semantic = by_type(semantic, words, type_name, type_category);
    if (semantic == Semantic::email && words.size() == 1 && !table_name.empty()) {  // a company's own address
        const std::vector<std::string> table_words = words_of(table_name);
        const Subject* subject = table_words.empty() ? nullptr : subject_of(table_words.back());
        if (subject && subject->name == Semantic::company) semantic = Semantic::company_email;
    }
    if (semantic == Semantic::none) return semantic;
    const char* categories = rule && rule->semantic == semantic ? rule->categories
                             : kind_range(semantic) ? "N" : "S";
    if (std::string_view(categories).find(type_category) == std::string_view::npos)
        return Semantic::none;
    return by_length(semantic, shape_of(type_name).max_length);
}

}  // namespace flaqes::seed
