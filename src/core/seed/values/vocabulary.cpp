// Text kinds with a form of their own (password hashes, tokens, paths, codes, package
// descriptions, courtesy titles) or a small vocabulary chosen by the column's head noun
// (category, industry, tag, type, role, size, genre, department, feature). Word lists written
// for flaqes.
#include <fmt/format.h>

#include "core/seed/values/generators.hpp"
#include "core/seed/values/text.hpp"

namespace flaqes::seed::generators {
namespace {

const char* const category_list[] = {
    "Electronics", "Books", "Home & Garden", "Toys", "Sports", "Clothing", "Beauty", "Groceries",
    "Office Supplies", "Music", "Health", "Automotive", "Pet Supplies", "Furniture", "Jewelry",
    "Outdoor", "Kitchen", "Beverages", "Stationery", "Travel"};
const char* const industry_list[] = {
    "Retail", "Healthcare", "Finance", "Manufacturing", "Education", "Logistics", "Hospitality",
    "Construction", "Energy", "Telecommunications", "Agriculture", "Media", "Insurance",
    "Real Estate", "Software", "Consulting", "Pharmaceuticals", "Transportation"};
const char* const tag_list[] = {
    "travel", "design", "food", "science", "music", "history", "sports", "health", "finance",
    "education", "nature", "technology", "art", "family", "business", "news", "fashion", "gaming"};
const char* const type_list[] = {
    "standard", "basic", "premium", "express", "custom", "internal", "external", "primary",
    "secondary", "temporary", "recurring", "manual", "automatic", "digital", "physical"};
const char* const role_list[] = {"admin", "editor", "viewer", "owner", "member", "guest", "moderator",
                                 "manager", "support", "analyst"};
const char* const size_list[] = {"XS", "S", "M", "L", "XL", "XXL"};
const char* const genre_list[] = {
    "Drama", "Comedy", "Documentary", "Jazz", "Rock", "Classical", "Thriller", "Romance",
    "Science Fiction", "Folk", "Animation", "Horror", "Blues", "Pop", "Mystery", "Fantasy"};
const char* const department_list[] = {
    "Sales", "Marketing", "Engineering", "Finance", "Human Resources", "Operations", "Support",
    "Legal", "Purchasing", "Research", "Logistics", "Customer Service"};
const char* const feature_list[] = {
    "Trailers", "Commentaries", "Deleted Scenes", "Behind the Scenes", "Subtitles", "Gift Wrapping",
    "Free Shipping", "Extended Warranty", "Wi-Fi", "Parking", "Air Conditioning", "Breakfast",
    "Wheelchair Access", "Pet Friendly"};
const char* const specialty_list[] = {
    "Family Medicine", "Cardiology", "Dermatology", "Pediatrics", "Neurology", "Orthopedics",
    "Psychiatry", "Radiology", "Oncology", "Ophthalmology", "Gastroenterology", "Endocrinology",
    "General Surgery", "Obstetrics and Gynecology", "Physical Therapy", "Internal Medicine"};
const char* const relationship_list[] = {"Spouse", "Parent", "Sibling", "Child", "Partner", "Friend",
                                         "Guardian", "Grandparent", "Neighbor", "Colleague"};
const char* const frequency_list[] = {"once daily", "twice daily", "three times daily", "every 8 hours",
                                      "at bedtime", "as needed", "weekly", "monthly"};
// Generic (international non-proprietary) names of common medicines.
const char* const drug_list[] = {
    "Amoxicillin", "Ibuprofen", "Paracetamol", "Metformin", "Lisinopril", "Atorvastatin", "Omeprazole",
    "Amlodipine", "Levothyroxine", "Sertraline", "Salbutamol", "Prednisolone", "Cetirizine",
    "Azithromycin", "Simvastatin", "Losartan", "Metoprolol", "Gabapentin", "Insulin glargine", "Warfarin"};
const char* const allergy_list[] = {"Penicillin", "Peanuts", "Shellfish", "Latex", "Pollen", "Dust mites",
                                    "Lactose", "Bee stings", "Eggs", "Sulfonamides", "Tree nuts", "Cat dander"};
const char* const card_brand_list[] = {"Visa", "Mastercard", "American Express", "Discover", "JCB",
                                       "UnionPay", "Maestro"};
const char* const mime_type_list[] = {"application/pdf", "image/jpeg", "image/png", "text/csv", "text/plain",
                                     "application/json", "image/webp", "video/mp4", "audio/mpeg",
                                     "application/zip"};
// User agents of the browsers people use, in the form browsers send.
const char* const user_agent_list[] = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36"};
const char* const marketing_source_list[] = {"google", "newsletter", "facebook", "linkedin", "referral", "direct",
                                             "partner", "twitter", "bing", "podcast"};
const char* const subject_list[] = {"Computer Science", "Biology", "Economics", "History", "Mathematics", "Psychology",
                                    "Mechanical Engineering", "English Literature", "Chemistry", "Political Science",
                                    "Nursing", "Graphic Design", "Physics", "Philosophy"};
const char* const vin_digits = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";  // no I, O or Q
const char* const model_suffix_list[] = {"", "", "", " Pro", " Plus", " Mini", " S", " X"};
const char* const courtesy_list[] = {"Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Mx."};
const char* const gender_list[] = {"Female", "Male", "Female", "Male", "Nonbinary"};
const char* const yes_no_list[] = {"Y", "Y", "Y", "N"};
const char* const event_name_list[] = {"page_view", "sign_up", "login", "logout", "search", "add_to_cart",
                                       "checkout", "purchase", "share", "click", "download", "invite_sent"};
const char* const payment_method_list[] = {"card", "card", "card", "bank_transfer", "paypal", "apple_pay",
                                           "google_pay", "invoice", "cash"};
const char* const platform_list[] = {"iOS", "Android", "Web", "Web", "Windows", "macOS", "Linux"};
const char* const browser_list[] = {"Chrome", "Chrome", "Chrome", "Safari", "Safari", "Firefox", "Edge", "Opera"};
const char* const letter_code_list[] = {"A", "B", "C", "D", "S"};
const char* const container_list[] = {"bottles", "boxes", "bags", "jars", "cans", "packs", "tins", "cartons"};
const char* const measure_list[] = {"ml", "g", "oz", "kg", "l", "pieces"};
const char* const file_dir_list[] = {"documents", "uploads", "files", "attachments"};
const char* const file_ext_list[] = {"pdf", "docx", "csv", "txt", "xlsx"};
const char* const image_dir_list[] = {"photos", "images", "media"};
const char* const image_ext_list[] = {"jpg", "png", "webp"};
const char* const word_list[] = {
    "harbor", "meadow", "summit", "canyon", "river", "orchard", "beacon", "cedar", "granite",
    "willow", "falcon", "lantern", "prairie", "harvest", "glacier", "maple", "coral", "ember"};

const char* const base64_digits = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const char* const hex_digits = "0123456789abcdef";

template <class T, std::size_t N>
const T& any(Rng& rng, const T (&list)[N]) {
    return list[rng.below(N)];
}

std::string draw_chars(Rng& rng, const char* alphabet, std::size_t size, std::size_t n) {
    std::string out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out += alphabet[rng.below(size)];
    return out;
}

std::string base_name(Rng& rng, std::int64_t row_number) {
    return fmt::format("{}-{}-{}", any(rng, word_list), any(rng, word_list), row_number);
}

}  // namespace

// bcrypt's form ("$2b$10$" and 53 characters of its alphabet) when the column holds it, else a
// SHA-256-like hex digest cut to the column.
std::string password_hash(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    if (shape.max_length < 0 || shape.max_length >= 60) return "$2b$10$" + draw_chars(rng, base64_digits, 64, 53);
    return draw_chars(rng, hex_digits, 16, 64);
}

// 40 hex digits (a SHA-1), or as many as a char(n) column holds (a SHA-256 in char(64)).
std::string token(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    const bool fills = shape.fixed_length && shape.max_length >= 16 && shape.max_length <= 128;
    return draw_chars(rng, hex_digits, 16, fills ? static_cast<std::size_t>(shape.max_length) : 40);
}

std::string file_path(Rng& rng, RowContext&, std::int64_t row_number, const Shape&) {
    const char* ext = any(rng, file_ext_list);
    return fmt::format("/{}/{}.{}", any(rng, file_dir_list), base_name(rng, row_number), ext);
}

std::string image_path(Rng& rng, RowContext&, std::int64_t row_number, const Shape&) {
    const char* ext = any(rng, image_ext_list);
    return fmt::format("/{}/{}.{}", any(rng, image_dir_list), base_name(rng, row_number), ext);
}

std::string file_name(Rng& rng, RowContext&, std::int64_t row_number, const Shape&) {
    const char* ext = any(rng, file_ext_list);
    return fmt::format("{}.{}", base_name(rng, row_number), ext);
}

std::string courtesy_title(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, courtesy_list); }

// Package descriptions as product catalogues print them: "12 x 500 ml bottles", "24 boxes".
std::string package(Rng& rng, RowContext&, std::int64_t, const Shape&) {
    static const std::int64_t counts[] = {1, 4, 6, 10, 12, 20, 24, 36, 48};
    static const std::int64_t sizes[] = {100, 200, 250, 330, 500, 750, 1000};
    const std::int64_t n = any(rng, counts);
    const char* container = any(rng, container_list);
    if (rng.chance(0.25)) return fmt::format("{} {}", n, container);
    return fmt::format("{} x {} {} {}", n, any(rng, sizes), any(rng, measure_list), container);
}

// Two letters and the row number: "KQ-00042".
std::string code(Rng& rng, RowContext&, std::int64_t row_number, const Shape&) {
    const char a = static_cast<char>('A' + rng.below(26));
    const char b = static_cast<char>('A' + rng.below(26));
    return fmt::format("{}{}-{:05d}", a, b, row_number);
}

std::string gender(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, gender_list); }
std::string event_name(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, event_name_list); }
std::string payment_method(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, payment_method_list); }
std::string platform(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, platform_list); }
std::string browser(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, browser_list); }
std::string yes_no(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, yes_no_list); }
std::string letter_code(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, letter_code_list); }
std::string category(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, category_list); }
std::string industry(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, industry_list); }
std::string tag(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, tag_list); }
std::string type_label(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, type_list); }
std::string role(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, role_list); }
std::string size_label(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, size_list); }
std::string genre(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, genre_list); }
std::string department(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, department_list); }
std::string feature(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, feature_list); }
std::string specialty(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, specialty_list); }
std::string relationship(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, relationship_list); }
std::string frequency(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, frequency_list); }
std::string drug(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, drug_list); }
std::string allergy(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, allergy_list); }
std::string card_brand(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, card_brand_list); }

// Release numbers whose patch level is the row number, so unique columns (schema_migrations'
// version) stay unique: "2.14.3"; "2.4" when the column holds fewer than six characters.
std::string version(Rng& rng, RowContext&, std::int64_t row_number, const Shape& shape) {
    const std::int64_t major = rng.chance(0.8) ? rng.between(1, 4) : rng.between(0, 12);
    const std::int64_t minor = rng.between(0, 20);
    if (shape.max_length >= 0 && shape.max_length < 6) return fmt::format("{}.{}", major, minor % 10);
    return fmt::format("{}.{}.{}", major, minor, row_number);
}

std::string mime_type(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, mime_type_list); }
std::string user_agent(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, user_agent_list); }
std::string marketing_source(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, marketing_source_list); }
std::string subject(Rng& rng, RowContext&, std::int64_t, const Shape&) { return any(rng, subject_list); }

// ISBN-13: the 978 prefix, a two-digit group, the row number in seven digits (so unique columns
// stay unique) and a valid check digit.
std::string isbn(Rng& rng, RowContext&, std::int64_t row_number, const Shape&) {
    std::string digits = fmt::format("978{}{:07d}", draw_chars(rng, hex_digits, 10, 2), row_number % 10000000);
    int sum = 0;
    for (std::size_t i = 0; i < digits.size(); ++i) sum += (digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
    digits += static_cast<char>('0' + (10 - sum % 10) % 10);
    return digits;
}

// An IBAN: the row's country code, valid ISO 7064 check digits and 18 digits (22 characters,
// the German length; other countries' lengths and bank codes are not modelled).
std::string iban(Rng& rng, RowContext& row, std::int64_t, const Shape&) {
    const std::string country = row.place().country->alpha2;
    const std::string account = draw_chars(rng, hex_digits, 10, 18);
    // Check digits: the account, the country's letters as numbers (A = 10) and "00", mod 97.
    std::string rearranged = account;
    for (char c : country) rearranged += std::to_string(c - 'A' + 10);
    rearranged += "00";
    int remainder = 0;
    for (char c : rearranged) remainder = (remainder * 10 + (c - '0')) % 97;
    return fmt::format("{}{:02d}{}", country, 98 - remainder, account);
}

// 17 characters of the VIN alphabet (no I, O, Q), the last six the serial number: the row number.
std::string vin(Rng& rng, RowContext&, std::int64_t row_number, const Shape&) {
    return fmt::format("{}{:06d}", draw_chars(rng, vin_digits, 33, 11), row_number % 1000000);
}

// Three letters and four digits: "KTR-4821".
std::string license_plate(Rng& rng, RowContext&, std::int64_t, const Shape&) {
    return fmt::format("{}-{}", draw_chars(rng, vin_digits, 23, 3), draw_chars(rng, hex_digits, 10, 4));
}

// Product model designations: two letters and a round number, sometimes a suffix ("KX-480 Pro").
std::string model(Rng& rng, RowContext&, std::int64_t, const Shape&) {
    const char a = static_cast<char>('A' + rng.below(26));
    const char b = static_cast<char>('A' + rng.below(26));
    return fmt::format("{}{}-{}{}", a, b, 10 * rng.between(10, 99), any(rng, model_suffix_list));
}

}  // namespace flaqes::seed::generators
