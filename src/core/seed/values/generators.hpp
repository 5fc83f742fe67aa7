// Internal to the seed values: one generator function per Semantic (see the registry in
// semantic.cpp). Each returns the text form of a value; fitting to the column comes after.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/seed/values/semantic.hpp"

namespace flaqes::seed::generators {

using Generator = std::string (*)(Rng& rng, RowContext& row, std::int64_t row_number,
                                  const Shape& shape);

std::string first_name(Rng&, RowContext&, std::int64_t, const Shape&);
std::string last_name(Rng&, RowContext&, std::int64_t, const Shape&);
std::string full_name(Rng&, RowContext&, std::int64_t, const Shape&);
std::string email(Rng&, RowContext&, std::int64_t, const Shape&);
std::string username(Rng&, RowContext&, std::int64_t, const Shape&);
std::string phone(Rng&, RowContext&, std::int64_t, const Shape&);
std::string age(Rng&, RowContext&, std::int64_t, const Shape&);
std::string birth_date(Rng&, RowContext&, std::int64_t, const Shape&);
std::string street_address(Rng&, RowContext&, std::int64_t, const Shape&);
std::string address_line2(Rng&, RowContext&, std::int64_t, const Shape&);
std::string city(Rng&, RowContext&, std::int64_t, const Shape&);
std::string region(Rng&, RowContext&, std::int64_t, const Shape&);
std::string postal_code(Rng&, RowContext&, std::int64_t, const Shape&);
std::string country(Rng&, RowContext&, std::int64_t, const Shape&);
std::string country_code(Rng&, RowContext&, std::int64_t, const Shape&);
std::string country_code3(Rng&, RowContext&, std::int64_t, const Shape&);
std::string latitude(Rng&, RowContext&, std::int64_t, const Shape&);
std::string longitude(Rng&, RowContext&, std::int64_t, const Shape&);
std::string time_zone(Rng&, RowContext&, std::int64_t, const Shape&);
std::string currency_code(Rng&, RowContext&, std::int64_t, const Shape&);
std::string language_code(Rng&, RowContext&, std::int64_t, const Shape&);
std::string language_name(Rng&, RowContext&, std::int64_t, const Shape&);
std::string locale(Rng&, RowContext&, std::int64_t, const Shape&);
std::string company(Rng&, RowContext&, std::int64_t, const Shape&);
std::string job_title(Rng&, RowContext&, std::int64_t, const Shape&);
std::string url(Rng&, RowContext&, std::int64_t, const Shape&);
std::string domain(Rng&, RowContext&, std::int64_t, const Shape&);
std::string ip_address(Rng&, RowContext&, std::int64_t, const Shape&);
std::string price(Rng&, RowContext&, std::int64_t, const Shape&);
std::string amount(Rng&, RowContext&, std::int64_t, const Shape&);
std::string quantity(Rng&, RowContext&, std::int64_t, const Shape&);
std::string color(Rng&, RowContext&, std::int64_t, const Shape&);
std::string color_hex(Rng&, RowContext&, std::int64_t, const Shape&);
std::string slug(Rng&, RowContext&, std::int64_t, const Shape&);
std::string title(Rng&, RowContext&, std::int64_t, const Shape&);
std::string product_name(Rng&, RowContext&, std::int64_t, const Shape&);
std::string description(Rng&, RowContext&, std::int64_t, const Shape&);
std::string status(Rng&, RowContext&, std::int64_t, const Shape&);
std::string uuid(Rng&, RowContext&, std::int64_t, const Shape&);
std::string company_email(Rng&, RowContext&, std::int64_t, const Shape&);
std::string region_code(Rng&, RowContext&, std::int64_t, const Shape&);
std::string phrase(Rng&, RowContext&, std::int64_t, const Shape&);  // Semantic::none
// measures.cpp: bounded numbers
std::string flag(Rng&, RowContext&, std::int64_t, const Shape&);
std::string fraction(Rng&, RowContext&, std::int64_t, const Shape&);
std::string percent(Rng&, RowContext&, std::int64_t, const Shape&);
std::string duration_minutes(Rng&, RowContext&, std::int64_t, const Shape&);
std::string duration_seconds(Rng&, RowContext&, std::int64_t, const Shape&);
std::string duration_ms(Rng&, RowContext&, std::int64_t, const Shape&);
std::string year(Rng&, RowContext&, std::int64_t, const Shape&);
std::string count(Rng&, RowContext&, std::int64_t, const Shape&);
std::string rating(Rng&, RowContext&, std::int64_t, const Shape&);
std::string level(Rng&, RowContext&, std::int64_t, const Shape&);
std::string byte_size(Rng&, RowContext&, std::int64_t, const Shape&);
std::string extension(Rng&, RowContext&, std::int64_t, const Shape&);
std::string area_code(Rng&, RowContext&, std::int64_t, const Shape&);
// unit_measures.cpp: quantities by unit or measured thing, one table row per kind
std::optional<KindRange> measure_range(Semantic semantic);  // nullopt: not one of them
std::string measured(Semantic semantic, Rng& rng, const Shape& shape);
template <Semantic S>
std::string measure(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return measured(S, rng, shape);
}
std::string cents(Rng&, RowContext&, std::int64_t, const Shape&);
// vocabulary.cpp: text with a form or a word list of its own
std::string password_hash(Rng&, RowContext&, std::int64_t, const Shape&);
std::string token(Rng&, RowContext&, std::int64_t, const Shape&);
std::string file_path(Rng&, RowContext&, std::int64_t, const Shape&);
std::string image_path(Rng&, RowContext&, std::int64_t, const Shape&);
std::string file_name(Rng&, RowContext&, std::int64_t, const Shape&);
std::string courtesy_title(Rng&, RowContext&, std::int64_t, const Shape&);
std::string package(Rng&, RowContext&, std::int64_t, const Shape&);
std::string code(Rng&, RowContext&, std::int64_t, const Shape&);
std::string gender(Rng&, RowContext&, std::int64_t, const Shape&);
std::string yes_no(Rng&, RowContext&, std::int64_t, const Shape&);
std::string letter_code(Rng&, RowContext&, std::int64_t, const Shape&);
std::string rare_flag(Rng&, RowContext&, std::int64_t, const Shape&);
std::string event_name(Rng&, RowContext&, std::int64_t, const Shape&);
std::string payment_method(Rng&, RowContext&, std::int64_t, const Shape&);
std::string platform(Rng&, RowContext&, std::int64_t, const Shape&);
std::string browser(Rng&, RowContext&, std::int64_t, const Shape&);
std::string category(Rng&, RowContext&, std::int64_t, const Shape&);
std::string industry(Rng&, RowContext&, std::int64_t, const Shape&);
std::string tag(Rng&, RowContext&, std::int64_t, const Shape&);
std::string type_label(Rng&, RowContext&, std::int64_t, const Shape&);
std::string role(Rng&, RowContext&, std::int64_t, const Shape&);
std::string size_label(Rng&, RowContext&, std::int64_t, const Shape&);
std::string genre(Rng&, RowContext&, std::int64_t, const Shape&);
std::string department(Rng&, RowContext&, std::int64_t, const Shape&);
std::string feature(Rng&, RowContext&, std::int64_t, const Shape&);
std::string version(Rng&, RowContext&, std::int64_t, const Shape&);
std::string model(Rng&, RowContext&, std::int64_t, const Shape&);
std::string specialty(Rng&, RowContext&, std::int64_t, const Shape&);
std::string relationship(Rng&, RowContext&, std::int64_t, const Shape&);
std::string frequency(Rng&, RowContext&, std::int64_t, const Shape&);
std::string drug(Rng&, RowContext&, std::int64_t, const Shape&);
std::string allergy(Rng&, RowContext&, std::int64_t, const Shape&);
std::string card_brand(Rng&, RowContext&, std::int64_t, const Shape&);
std::string mime_type(Rng&, RowContext&, std::int64_t, const Shape&);
std::string user_agent(Rng&, RowContext&, std::int64_t, const Shape&);
std::string marketing_source(Rng&, RowContext&, std::int64_t, const Shape&);
std::string isbn(Rng&, RowContext&, std::int64_t, const Shape&);
std::string iban(Rng&, RowContext&, std::int64_t, const Shape&);
std::string vin(Rng&, RowContext&, std::int64_t, const Shape&);
std::string license_plate(Rng&, RowContext&, std::int64_t, const Shape&);
std::string subject(Rng&, RowContext&, std::int64_t, const Shape&);

// A shop price in cents: mostly under 100.00, with the familiar .99 and .00 endings.
std::int64_t price_units(Rng& rng);
// A number in units of 10^-scale written for the column (its scale, precision, integer range).
std::string numeric_text(std::int64_t units, int scale, const Shape& shape);
// units, or when it falls outside shape's min_units..max_units a value drawn within them.
std::int64_t within(std::int64_t units, Rng& rng, const Shape& shape);

// Person and place drawing for RowContext: a person named as people of the country are; a
// place anywhere (among those within limits, when any are), or in the given country.
Person draw_person(Rng& rng, const Country& country);
Place draw_place(Rng& rng, const Country* country, const PlaceLimits* limits = nullptr);
Company draw_company(Rng& rng);

}  // namespace flaqes::seed::generators
