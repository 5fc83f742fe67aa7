#include "core/seed/values/words.hpp"

#include <cctype>
#include <cstring>

namespace flaqes::seed {
namespace {

const char* const street_name_list[] = {
    "Maple", "Oak", "Cedar", "Pine", "Elm", "Willow", "Birch", "Chestnut", "Lakeview",
    "Hillcrest", "Riverside", "Sunset", "Park", "Church", "Mill", "Station", "Bridge", "Harbor",
    "Meadow", "Orchard", "Spring", "Forest", "Garden", "Valley", "King", "Queen", "Market",
    "High", "Union", "Franklin", "Lincoln", "Highland", "Ridge", "Brook", "Fox", "Heron",
    "Juniper", "Magnolia", "Aspen", "Sycamore", "Laurel", "Clover", "Ivy", "Prospect", "Grove",
    "Beacon", "Canal", "Castle", "Cherry", "Copper", "Ferry", "Granite", "Hawthorn", "Linden",
    "Poplar", "Quarry", "Rosewood", "Silver", "Stone", "Summit", "Tower", "Walnut", "Windmill",
    "Wharf", "Abbey", "Albion", "Foundry", "Lighthouse", "Kestrel", "Bramble",
};

const char* const street_suffix_list[] = {
    "Street", "Avenue", "Road", "Lane", "Drive", "Boulevard", "Way", "Court", "Place",
    "Terrace", "Close", "Crescent", "Square", "Parkway", "Row", "Walk", "Hill", "Gardens",
};

const char* const unit_prefix_list[] = {"Apt", "Suite", "Unit", "Floor", "Building"};

const Country country_list[] = {
    {"United States", "US", "USA", "USD", "en-US", "1", "#####"},
    {"Canada", "CA", "CAN", "CAD", "en-CA", "1", "A#A #A#"},
    {"Mexico", "MX", "MEX", "MXN", "es-MX", "52", "#####"},
    {"Brazil", "BR", "BRA", "BRL", "pt-BR", "55", "#####-###"},
    {"Argentina", "AR", "ARG", "ARS", "es-AR", "54", "A####AAA"},
    {"Chile", "CL", "CHL", "CLP", "es-CL", "56", "#######"},
    {"Colombia", "CO", "COL", "COP", "es-CO", "57", "######"},
    {"Peru", "PE", "PER", "PEN", "es-PE", "51", "#####"},
    {"United Kingdom", "GB", "GBR", "GBP", "en-GB", "44", "AA# #AA"},
    {"Ireland", "IE", "IRL", "EUR", "en-IE", "353", "A## A#A#"},
    {"France", "FR", "FRA", "EUR", "fr-FR", "33", "#####"},
    {"Germany", "DE", "DEU", "EUR", "de-DE", "49", "#####"},
    {"Spain", "ES", "ESP", "EUR", "es-ES", "34", "#####"},
    {"Portugal", "PT", "PRT", "EUR", "pt-PT", "351", "####-###"},
    {"Italy", "IT", "ITA", "EUR", "it-IT", "39", "#####"},
    {"Netherlands", "NL", "NLD", "EUR", "nl-NL", "31", "#### AA"},
    {"Belgium", "BE", "BEL", "EUR", "nl-BE", "32", "####"},
    {"Switzerland", "CH", "CHE", "CHF", "de-CH", "41", "####"},
    {"Austria", "AT", "AUT", "EUR", "de-AT", "43", "####"},
    {"Denmark", "DK", "DNK", "DKK", "da-DK", "45", "####"},
    {"Sweden", "SE", "SWE", "SEK", "sv-SE", "46", "### ##"},
    {"Norway", "NO", "NOR", "NOK", "nb-NO", "47", "####"},
    {"Finland", "FI", "FIN", "EUR", "fi-FI", "358", "#####"},
    {"Iceland", "IS", "ISL", "ISK", "is-IS", "354", "###"},
    {"Estonia", "EE", "EST", "EUR", "et-EE", "372", "#####"},
    {"Poland", "PL", "POL", "PLN", "pl-PL", "48", "##-###"},
    {"Czechia", "CZ", "CZE", "CZK", "cs-CZ", "420", "### ##"},
    {"Hungary", "HU", "HUN", "HUF", "hu-HU", "36", "####"},
    {"Greece", "GR", "GRC", "EUR", "el-GR", "30", "### ##"},
    {"Türkiye", "TR", "TUR", "TRY", "tr-TR", "90", "#####"},
    {"Ukraine", "UA", "UKR", "UAH", "uk-UA", "380", "#####"},
    {"Romania", "RO", "ROU", "RON", "ro-RO", "40", "######"},
    {"Egypt", "EG", "EGY", "EGP", "ar-EG", "20", "#####"},
    {"Morocco", "MA", "MAR", "MAD", "ar-MA", "212", "#####"},
    {"Nigeria", "NG", "NGA", "NGN", "en-NG", "234", "######"},
    {"Ghana", "GH", "GHA", "GHS", "en-GH", "233", "AA-###-####"},
    {"Kenya", "KE", "KEN", "KES", "sw-KE", "254", "#####"},
    {"Ethiopia", "ET", "ETH", "ETB", "am-ET", "251", "####"},
    {"South Africa", "ZA", "ZAF", "ZAR", "en-ZA", "27", "####"},
    {"Israel", "IL", "ISR", "ILS", "he-IL", "972", "#######"},
    {"United Arab Emirates", "AE", "ARE", "AED", "ar-AE", "971", "#####"},
    {"Saudi Arabia", "SA", "SAU", "SAR", "ar-SA", "966", "#####"},
    {"India", "IN", "IND", "INR", "hi-IN", "91", "######"},
    {"Pakistan", "PK", "PAK", "PKR", "ur-PK", "92", "#####"},
    {"China", "CN", "CHN", "CNY", "zh-CN", "86", "######"},
    {"Japan", "JP", "JPN", "JPY", "ja-JP", "81", "###-####"},
    {"South Korea", "KR", "KOR", "KRW", "ko-KR", "82", "#####"},
    {"Vietnam", "VN", "VNM", "VND", "vi-VN", "84", "######"},
    {"Thailand", "TH", "THA", "THB", "th-TH", "66", "#####"},
    {"Indonesia", "ID", "IDN", "IDR", "id-ID", "62", "#####"},
    {"Philippines", "PH", "PHL", "PHP", "en-PH", "63", "####"},
    {"Singapore", "SG", "SGP", "SGD", "en-SG", "65", "######"},
    {"Malaysia", "MY", "MYS", "MYR", "ms-MY", "60", "#####"},
    {"Australia", "AU", "AUS", "AUD", "en-AU", "61", "####"},
    {"New Zealand", "NZ", "NZL", "NZD", "en-NZ", "64", "####"},
};

const City city_list[] = {
    {"New York", "New York", "US", 40.71, -74.01, "America/New_York"},
    {"Austin", "Texas", "US", 30.27, -97.74, "America/Chicago"},
    {"Denver", "Colorado", "US", 39.74, -104.99, "America/Denver"},
    {"Seattle", "Washington", "US", 47.61, -122.33, "America/Los_Angeles"},
    {"Chicago", "Illinois", "US", 41.88, -87.63, "America/Chicago"},
    {"Boston", "Massachusetts", "US", 42.36, -71.06, "America/New_York"},
    {"Portland", "Oregon", "US", 45.52, -122.68, "America/Los_Angeles"},
    {"Atlanta", "Georgia", "US", 33.75, -84.39, "America/New_York"},
    {"Toronto", "Ontario", "CA", 43.65, -79.38, "America/Toronto"},
    {"Montréal", "Quebec", "CA", 45.50, -73.57, "America/Toronto"},
    {"Vancouver", "British Columbia", "CA", 49.28, -123.12, "America/Vancouver"},
    {"Calgary", "Alberta", "CA", 51.05, -114.07, "America/Edmonton"},
    {"Mexico City", "Ciudad de México", "MX", 19.43, -99.13, "America/Mexico_City"},
    {"Guadalajara", "Jalisco", "MX", 20.67, -103.35, "America/Mexico_City"},
    {"Monterrey", "Nuevo León", "MX", 25.69, -100.32, "America/Monterrey"},
    {"São Paulo", "São Paulo", "BR", -23.55, -46.63, "America/Sao_Paulo"},
    {"Rio de Janeiro", "Rio de Janeiro", "BR", -22.91, -43.17, "America/Sao_Paulo"},
    {"Belo Horizonte", "Minas Gerais", "BR", -19.92, -43.94, "America/Sao_Paulo"},
    {"Porto Alegre", "Rio Grande do Sul", "BR", -30.03, -51.23, "America/Sao_Paulo"},
    {"Buenos Aires", "Buenos Aires", "AR", -34.60, -58.38, "America/Argentina/Buenos_Aires"},
    {"Córdoba", "Córdoba", "AR", -31.42, -64.18, "America/Argentina/Cordoba"},
    {"Santiago", "Región Metropolitana", "CL", -33.45, -70.67, "America/Santiago"},
    {"Valparaíso", "Valparaíso", "CL", -33.05, -71.62, "America/Santiago"},
    {"Bogotá", "Cundinamarca", "CO", 4.71, -74.07, "America/Bogota"},
    {"Medellín", "Antioquia", "CO", 6.24, -75.58, "America/Bogota"},
    {"Lima", "Lima", "PE", -12.05, -77.04, "America/Lima"},
    {"Arequipa", "Arequipa", "PE", -16.41, -71.54, "America/Lima"},
    {"London", "England", "GB", 51.51, -0.13, "Europe/London"},
    {"Manchester", "England", "GB", 53.48, -2.24, "Europe/London"},
    {"Bristol", "England", "GB", 51.45, -2.59, "Europe/London"},
    {"Edinburgh", "Scotland", "GB", 55.95, -3.19, "Europe/London"},
    {"Cardiff", "Wales", "GB", 51.48, -3.18, "Europe/London"},
    {"Dublin", "Leinster", "IE", 53.35, -6.26, "Europe/Dublin"},
    {"Cork", "Munster", "IE", 51.90, -8.47, "Europe/Dublin"},
    {"Galway", "Connacht", "IE", 53.27, -9.05, "Europe/Dublin"},
    {"Paris", "Île-de-France", "FR", 48.86, 2.35, "Europe/Paris"},
    {"Lyon", "Auvergne-Rhône-Alpes", "FR", 45.76, 4.84, "Europe/Paris"},
    {"Marseille", "Provence-Alpes-Côte d'Azur", "FR", 43.30, 5.37, "Europe/Paris"},
    {"Toulouse", "Occitanie", "FR", 43.60, 1.44, "Europe/Paris"},
    {"Nantes", "Pays de la Loire", "FR", 47.22, -1.55, "Europe/Paris"},
    {"Lille", "Hauts-de-France", "FR", 50.63, 3.06, "Europe/Paris"},
    {"Berlin", "Berlin", "DE", 52.52, 13.40, "Europe/Berlin"},
    {"Munich", "Bavaria", "DE", 48.14, 11.58, "Europe/Berlin"},
    {"Hamburg", "Hamburg", "DE", 53.55, 9.99, "Europe/Berlin"},
    {"Cologne", "North Rhine-Westphalia", "DE", 50.94, 6.96, "Europe/Berlin"},
    {"Leipzig", "Saxony", "DE", 51.34, 12.37, "Europe/Berlin"},
    {"Frankfurt", "Hesse", "DE", 50.11, 8.68, "Europe/Berlin"},
    {"Madrid", "Comunidad de Madrid", "ES", 40.42, -3.70, "Europe/Madrid"},
    {"Barcelona", "Cataluña", "ES", 41.39, 2.17, "Europe/Madrid"},
    {"Valencia", "Comunitat Valenciana", "ES", 39.47, -0.38, "Europe/Madrid"},
    {"Seville", "Andalucía", "ES", 37.39, -5.98, "Europe/Madrid"},
    {"Bilbao", "País Vasco", "ES", 43.26, -2.93, "Europe/Madrid"},
    {"Lisbon", "Lisboa", "PT", 38.72, -9.14, "Europe/Lisbon"},
    {"Porto", "Porto", "PT", 41.15, -8.61, "Europe/Lisbon"},
    {"Rome", "Lazio", "IT", 41.90, 12.50, "Europe/Rome"},
    {"Milan", "Lombardy", "IT", 45.46, 9.19, "Europe/Rome"},
    {"Naples", "Campania", "IT", 40.85, 14.27, "Europe/Rome"},
    {"Turin", "Piedmont", "IT", 45.07, 7.69, "Europe/Rome"},
    {"Bologna", "Emilia-Romagna", "IT", 44.49, 11.34, "Europe/Rome"},
    {"Florence", "Tuscany", "IT", 43.77, 11.25, "Europe/Rome"},
    {"Amsterdam", "North Holland", "NL", 52.37, 4.90, "Europe/Amsterdam"},
    {"Rotterdam", "South Holland", "NL", 51.92, 4.48, "Europe/Amsterdam"},
    {"Utrecht", "Utrecht", "NL", 52.09, 5.12, "Europe/Amsterdam"},
    {"Brussels", "Brussels-Capital", "BE", 50.85, 4.35, "Europe/Brussels"},
    {"Antwerp", "Flanders", "BE", 51.22, 4.40, "Europe/Brussels"},
    {"Ghent", "Flanders", "BE", 51.05, 3.72, "Europe/Brussels"},
    {"Zürich", "Zürich", "CH", 47.37, 8.54, "Europe/Zurich"},
    {"Geneva", "Geneva", "CH", 46.20, 6.14, "Europe/Zurich"},
    {"Basel", "Basel-Stadt", "CH", 47.56, 7.59, "Europe/Zurich"},
    {"Vienna", "Vienna", "AT", 48.21, 16.37, "Europe/Vienna"},
    {"Graz", "Styria", "AT", 47.07, 15.44, "Europe/Vienna"},
    {"Salzburg", "Salzburg", "AT", 47.80, 13.04, "Europe/Vienna"},
    {"Copenhagen", "Capital Region", "DK", 55.68, 12.57, "Europe/Copenhagen"},
    {"Aarhus", "Central Denmark", "DK", 56.16, 10.20, "Europe/Copenhagen"},
    {"Stockholm", "Stockholm", "SE", 59.33, 18.07, "Europe/Stockholm"},
    {"Gothenburg", "Västra Götaland", "SE", 57.71, 11.97, "Europe/Stockholm"},
    {"Malmö", "Skåne", "SE", 55.60, 13.00, "Europe/Stockholm"},
    {"Oslo", "Oslo", "NO", 59.91, 10.75, "Europe/Oslo"},
    {"Bergen", "Vestland", "NO", 60.39, 5.32, "Europe/Oslo"},
    {"Helsinki", "Uusimaa", "FI", 60.17, 24.94, "Europe/Helsinki"},
    {"Tampere", "Pirkanmaa", "FI", 61.50, 23.76, "Europe/Helsinki"},
    {"Reykjavík", "Capital Region", "IS", 64.15, -21.94, "Atlantic/Reykjavik"},
    {"Tallinn", "Harju", "EE", 59.44, 24.75, "Europe/Tallinn"},
    {"Warsaw", "Masovia", "PL", 52.23, 21.01, "Europe/Warsaw"},
    {"Kraków", "Lesser Poland", "PL", 50.06, 19.94, "Europe/Warsaw"},
    {"Gdańsk", "Pomerania", "PL", 54.35, 18.65, "Europe/Warsaw"},
    {"Wrocław", "Lower Silesia", "PL", 51.11, 17.03, "Europe/Warsaw"},
    {"Prague", "Prague", "CZ", 50.08, 14.44, "Europe/Prague"},
    {"Brno", "South Moravia", "CZ", 49.20, 16.61, "Europe/Prague"},
    {"Budapest", "Budapest", "HU", 47.50, 19.04, "Europe/Budapest"},
    {"Debrecen", "Hajdú-Bihar", "HU", 47.53, 21.63, "Europe/Budapest"},
    {"Athens", "Attica", "GR", 37.98, 23.73, "Europe/Athens"},
    {"Thessaloniki", "Central Macedonia", "GR", 40.64, 22.94, "Europe/Athens"},
    {"Istanbul", "Istanbul", "TR", 41.01, 28.98, "Europe/Istanbul"},
    {"Ankara", "Ankara", "TR", 39.93, 32.86, "Europe/Istanbul"},
    {"İzmir", "İzmir", "TR", 38.42, 27.14, "Europe/Istanbul"},
    {"Kyiv", "Kyiv", "UA", 50.45, 30.52, "Europe/Kiev"},
    {"Lviv", "Lviv Oblast", "UA", 49.84, 24.03, "Europe/Kiev"},
    {"Bucharest", "Bucharest", "RO", 44.43, 26.10, "Europe/Bucharest"},
    {"Cluj-Napoca", "Cluj", "RO", 46.77, 23.60, "Europe/Bucharest"},
    {"Cairo", "Cairo", "EG", 30.04, 31.24, "Africa/Cairo"},
    {"Alexandria", "Alexandria", "EG", 31.20, 29.92, "Africa/Cairo"},
    {"Casablanca", "Casablanca-Settat", "MA", 33.57, -7.59, "Africa/Casablanca"},
    {"Marrakesh", "Marrakesh-Safi", "MA", 31.63, -8.01, "Africa/Casablanca"},
    {"Lagos", "Lagos", "NG", 6.52, 3.38, "Africa/Lagos"},
    {"Abuja", "Federal Capital Territory", "NG", 9.08, 7.40, "Africa/Lagos"},
    {"Accra", "Greater Accra", "GH", 5.60, -0.19, "Africa/Accra"},
    {"Kumasi", "Ashanti", "GH", 6.69, -1.62, "Africa/Accra"},
    {"Nairobi", "Nairobi", "KE", -1.29, 36.82, "Africa/Nairobi"},
    {"Mombasa", "Mombasa", "KE", -4.04, 39.67, "Africa/Nairobi"},
    {"Addis Ababa", "Addis Ababa", "ET", 9.03, 38.74, "Africa/Addis_Ababa"},
    {"Cape Town", "Western Cape", "ZA", -33.92, 18.42, "Africa/Johannesburg"},
    {"Johannesburg", "Gauteng", "ZA", -26.20, 28.05, "Africa/Johannesburg"},
    {"Durban", "KwaZulu-Natal", "ZA", -29.86, 31.02, "Africa/Johannesburg"},
    {"Tel Aviv", "Tel Aviv District", "IL", 32.09, 34.78, "Asia/Jerusalem"},
    {"Haifa", "Haifa District", "IL", 32.79, 34.99, "Asia/Jerusalem"},
    {"Dubai", "Dubai", "AE", 25.20, 55.27, "Asia/Dubai"},
    {"Abu Dhabi", "Abu Dhabi", "AE", 24.45, 54.38, "Asia/Dubai"},
    {"Riyadh", "Riyadh Province", "SA", 24.71, 46.68, "Asia/Riyadh"},
    {"Jeddah", "Makkah Province", "SA", 21.49, 39.19, "Asia/Riyadh"},
    {"Mumbai", "Maharashtra", "IN", 19.08, 72.88, "Asia/Kolkata"},
    {"Pune", "Maharashtra", "IN", 18.52, 73.86, "Asia/Kolkata"},
    {"Bengaluru", "Karnataka", "IN", 12.97, 77.59, "Asia/Kolkata"},
    {"Delhi", "Delhi", "IN", 28.61, 77.21, "Asia/Kolkata"},
    {"Chennai", "Tamil Nadu", "IN", 13.08, 80.27, "Asia/Kolkata"},
    {"Hyderabad", "Telangana", "IN", 17.39, 78.49, "Asia/Kolkata"},
    {"Karachi", "Sindh", "PK", 24.86, 67.00, "Asia/Karachi"},
    {"Lahore", "Punjab", "PK", 31.55, 74.34, "Asia/Karachi"},
    {"Shanghai", "Shanghai", "CN", 31.23, 121.47, "Asia/Shanghai"},
    {"Beijing", "Beijing", "CN", 39.90, 116.40, "Asia/Shanghai"},
    {"Shenzhen", "Guangdong", "CN", 22.54, 114.06, "Asia/Shanghai"},
    {"Chengdu", "Sichuan", "CN", 30.57, 104.07, "Asia/Shanghai"},
    {"Tokyo", "Tokyo", "JP", 35.68, 139.69, "Asia/Tokyo"},
    {"Osaka", "Osaka", "JP", 34.69, 135.50, "Asia/Tokyo"},
    {"Sapporo", "Hokkaido", "JP", 43.06, 141.35, "Asia/Tokyo"},
    {"Fukuoka", "Fukuoka", "JP", 33.59, 130.40, "Asia/Tokyo"},
    {"Seoul", "Seoul", "KR", 37.57, 126.98, "Asia/Seoul"},
    {"Busan", "Busan", "KR", 35.18, 129.08, "Asia/Seoul"},
    {"Hanoi", "Hanoi", "VN", 21.03, 105.85, "Asia/Ho_Chi_Minh"},
    {"Ho Chi Minh City", "Ho Chi Minh City", "VN", 10.82, 106.63, "Asia/Ho_Chi_Minh"},
    {"Bangkok", "Bangkok", "TH", 13.76, 100.50, "Asia/Bangkok"},
    {"Chiang Mai", "Chiang Mai", "TH", 18.79, 98.98, "Asia/Bangkok"},
    {"Jakarta", "Jakarta", "ID", -6.20, 106.85, "Asia/Jakarta"},
    {"Surabaya", "East Java", "ID", -7.25, 112.75, "Asia/Jakarta"},
    {"Manila", "Metro Manila", "PH", 14.60, 120.98, "Asia/Manila"},
    {"Cebu City", "Cebu", "PH", 10.32, 123.89, "Asia/Manila"},
    {"Singapore", "Singapore", "SG", 1.35, 103.82, "Asia/Singapore"},
    {"Kuala Lumpur", "Kuala Lumpur", "MY", 3.14, 101.69, "Asia/Kuala_Lumpur"},
    {"George Town", "Penang", "MY", 5.41, 100.33, "Asia/Kuala_Lumpur"},
    {"Sydney", "New South Wales", "AU", -33.87, 151.21, "Australia/Sydney"},
    {"Melbourne", "Victoria", "AU", -37.81, 144.96, "Australia/Melbourne"},
    {"Brisbane", "Queensland", "AU", -27.47, 153.03, "Australia/Brisbane"},
    {"Perth", "Western Australia", "AU", -31.95, 115.86, "Australia/Perth"},
    {"Auckland", "Auckland", "NZ", -36.85, 174.76, "Pacific/Auckland"},
    {"Wellington", "Wellington", "NZ", -41.29, 174.78, "Pacific/Auckland"},
};

const Language language_list[] = {
    {"en", "English"}, {"es", "Spanish"}, {"fr", "French"}, {"de", "German"},
    {"it", "Italian"}, {"pt", "Portuguese"}, {"nl", "Dutch"}, {"da", "Danish"},
    {"sv", "Swedish"}, {"nb", "Norwegian Bokmål"}, {"fi", "Finnish"}, {"is", "Icelandic"},
    {"et", "Estonian"}, {"pl", "Polish"}, {"cs", "Czech"}, {"hu", "Hungarian"},
    {"el", "Greek"}, {"tr", "Turkish"}, {"uk", "Ukrainian"}, {"ro", "Romanian"},
    {"ar", "Arabic"}, {"sw", "Swahili"}, {"am", "Amharic"}, {"he", "Hebrew"},
    {"hi", "Hindi"}, {"ur", "Urdu"}, {"zh", "Chinese"}, {"ja", "Japanese"},
    {"ko", "Korean"}, {"vi", "Vietnamese"}, {"th", "Thai"}, {"id", "Indonesian"},
    {"ms", "Malay"}, {"ga", "Irish"}, {"ca", "Catalan"}, {"eu", "Basque"},
};

const char* const currency_code_list[] = {
    "USD", "CAD", "MXN", "BRL", "ARS", "CLP", "COP", "PEN", "GBP", "EUR", "CHF", "DKK",
    "SEK", "NOK", "ISK", "PLN", "CZK", "HUF", "TRY", "UAH", "RON", "EGP", "MAD", "NGN",
    "GHS", "KES", "ETB", "ZAR", "ILS", "AED", "SAR", "INR", "PKR", "CNY", "JPY", "KRW",
    "VND", "THB", "IDR", "PHP", "SGD", "MYR", "AUD", "NZD", "HKD", "TWD", "QAR", "KWD",
};

const char* const company_word_list[] = {
    "Blue Harbor", "Summit", "Silver", "Granite", "Cedar", "Bright", "Quantum", "Pioneer",
    "Evergreen", "Ironbridge", "Crescent", "Atlas", "Beacon", "Copper", "Falcon", "Horizon",
    "Juniper", "Keystone", "Lumen", "Maple", "Nimbus", "Orbit", "Pinnacle", "Redwood",
    "Sterling", "Tidewater", "Vertex", "Willow", "Zenith", "Amber", "Bluebird", "Cobalt",
    "Ember", "Fjord", "Golden Gate", "Highland", "Indigo", "Lakeside", "Meridian", "Northstar",
    "Oakridge", "Prairie", "Riverbend", "Sapphire", "Trident", "Upland", "Vantage", "Kestrel",
    "Larkspur", "Saltmarsh",
};

const char* const company_industry_list[] = {
    "Logistics", "Systems", "Foods", "Analytics", "Dynamics", "Labs", "Works", "Partners",
    "Supply", "Textiles", "Energy", "Health", "Media", "Software", "Robotics", "Consulting",
    "Capital", "Outfitters", "Farms", "Studios", "Motors", "Pharma", "Networks", "Builders",
    "Ventures", "Traders", "Imports", "Design", "Security", "Bakery", "Coffee", "Freight",
    "Insurance", "Learning", "Marine", "Optics",
};

const char* const company_suffix_list[] = {
    "Inc.", "LLC", "Ltd", "GmbH", "S.A.", "Co.", "Group", "AG", "B.V.", "Pty Ltd", "plc", "SAS",
};

const char* const job_title_list[] = {
    "Software Engineer", "Senior Software Engineer", "Data Analyst", "Data Scientist",
    "Product Manager", "Project Manager", "UX Designer", "Graphic Designer",
    "Marketing Manager", "Sales Representative", "Account Executive", "Customer Success Manager",
    "Support Specialist", "Operations Manager", "Office Manager", "HR Generalist",
    "Recruiter", "Financial Analyst", "Accountant", "Controller", "Chief Executive Officer",
    "Chief Technology Officer", "Chief Financial Officer", "Head of Engineering",
    "Engineering Manager", "QA Engineer", "DevOps Engineer", "Database Administrator",
    "Systems Administrator", "Security Analyst", "Technical Writer", "Content Strategist",
    "Copywriter", "Legal Counsel", "Paralegal", "Procurement Specialist", "Warehouse Supervisor",
    "Logistics Coordinator", "Buyer", "Store Manager", "Pharmacist", "Nurse", "Teacher",
    "Research Scientist", "Lab Technician", "Architect", "Civil Engineer", "Electrician",
    "Chef", "Photographer", "Consultant", "Business Analyst", "Executive Assistant",
};

const Colour colour_list[] = {
    {"red", "#d62828"},       {"crimson", "#b3132e"},   {"orange", "#f77f00"},
    {"amber", "#ffb703"},     {"yellow", "#f4d35e"},    {"olive", "#7a7a2e"},
    {"lime", "#9bd14b"},      {"green", "#2a9d5c"},     {"forest green", "#2d6a4f"},
    {"mint", "#a8e6cf"},      {"teal", "#1b8a8f"},      {"turquoise", "#3fc1c9"},
    {"cyan", "#22c3e6"},      {"sky blue", "#7cc6fe"},  {"blue", "#1d4ed8"},
    {"navy", "#1b264f"},      {"indigo", "#4b3f9e"},    {"violet", "#8f5bd6"},
    {"purple", "#6a2c91"},    {"lavender", "#c8b6e2"},  {"magenta", "#c2187a"},
    {"pink", "#f497b6"},      {"coral", "#ff7a5c"},     {"salmon", "#f4a28c"},
    {"brown", "#7b4b2a"},     {"chocolate", "#5c3317"}, {"tan", "#d2b48c"},
    {"beige", "#e8dcc2"},     {"ivory", "#fbf8ee"},     {"white", "#ffffff"},
    {"silver", "#c0c4c8"},    {"grey", "#8a8f98"},      {"charcoal", "#36454f"},
    {"black", "#111111"},     {"gold", "#d4a017"},      {"burgundy", "#7d1d3f"},
};

const char* const product_adjective_list[] = {
    "Compact", "Foldable", "Waterproof", "Lightweight", "Classic", "Vintage", "Modular",
    "Portable", "Insulated", "Reversible", "Cordless", "Adjustable", "Stackable", "Organic",
    "Recycled", "Minimalist", "Heavy-Duty", "Everyday", "Travel", "Premium", "Quiet", "Smart",
    "Wireless", "Hand-Stitched", "Solar", "Breathable", "Ceramic", "Bamboo", "Linen", "Walnut",
};

const char* const product_noun_list[] = {
    "Backpack", "Kettle", "Desk Lamp", "Notebook", "Water Bottle", "Headphones", "Blender",
    "Jacket", "Umbrella", "Tent", "Keyboard", "Mug", "Skillet", "Bookshelf", "Sneakers",
    "Scarf", "Planter", "Speaker", "Thermos", "Tripod", "Wallet", "Blanket", "Cutting Board",
    "Bicycle Bell", "Yoga Mat", "Charger", "Teapot", "Lunch Box", "Rain Boots", "Desk Organizer",
};

const char* const title_adjective_list[] = {
    "Silent", "Golden", "Hidden", "Last", "Midnight", "Broken", "Distant", "Electric", "Endless",
    "Faded", "Northern", "Paper", "Quiet", "Restless", "Scarlet", "Secret", "Velvet", "Wild",
    "Winter", "Crooked", "Hollow", "Lucky", "Lost", "Burning", "Second", "Little", "Open",
};

const char* const title_noun_list[] = {
    "Harbor", "Orchard", "River", "Garden", "Letter", "Lantern", "Mirror", "Signal", "Voyage",
    "Kingdom", "Compass", "Meadow", "Engine", "Island", "Echo", "Horizon", "Tide", "Window",
    "Bridge", "Forest", "Season", "Promise", "Shadow", "Storm", "Summer", "Theory", "Anthem",
    "Circus", "Archive", "Frontier",
};

const char* const adjective_list[] = {
    "quick", "bright", "calm", "careful", "clear", "clever", "cozy", "curious", "daily", "early",
    "easy", "fair", "familiar", "fresh", "friendly", "gentle", "global", "handy", "honest",
    "large", "late", "local", "loyal", "modern", "narrow", "neat", "new", "old", "open",
    "patient", "plain", "polite", "practical", "private", "proud", "public", "quiet", "rare",
    "ready", "real", "regular", "reliable", "rich", "safe", "shared", "short", "simple", "small",
    "smooth", "solid", "spare", "steady", "strong", "sunny", "tall", "tidy", "tiny", "useful",
    "warm", "weekly", "whole", "wide", "wise", "young", "busy", "cheerful", "crisp",
    "distant", "eager", "fancy", "gray", "green", "heavy", "hidden", "humble", "kind", "lively",
    "lucky", "major", "minor", "rapid", "rustic", "secure", "sharp", "silent",
};

const char* const noun_list[] = {
    "team", "customer", "report", "garden", "kitchen", "window", "river", "market", "village",
    "bicycle", "letter", "project", "meeting", "library", "museum", "office", "station",
    "harbor", "journey", "recipe", "schedule", "budget", "ticket", "parcel", "delivery",
    "invoice", "order", "product", "service", "neighbor", "teacher", "student", "driver",
    "manager", "visitor", "guest", "friend", "family", "morning", "evening", "weekend",
    "season", "summer", "winter", "forest", "mountain", "island", "bridge", "street", "city",
    "house", "table", "chair", "lamp", "camera", "phone", "laptop", "keyboard", "notebook",
    "pencil", "map", "compass", "lantern", "basket", "bottle", "coffee", "bakery", "orchard",
    "festival", "concert", "gallery", "workshop", "warehouse", "factory", "engine", "garage",
    "clinic", "school", "stadium", "theater", "airport", "platform", "network", "database",
    "server", "record", "update", "feature", "question", "answer", "idea", "plan", "story",
    "picture", "message", "signal", "puzzle", "habit", "routine", "partner", "supplier",
    "shipment", "catalog",
};

const char* const verb_list[] = {
    "opens", "closes", "carries", "checks", "collects", "connects", "covers", "delivers",
    "describes", "finds", "follows", "gathers", "helps", "holds", "improves", "joins", "keeps",
    "leaves", "lists", "moves", "needs", "notices", "offers", "orders", "organizes", "paints",
    "plans", "prepares", "protects", "reaches", "reads", "records", "repairs", "returns",
    "reviews", "saves", "sends", "shares", "shows", "sorts", "supports", "tracks", "updates",
    "visits", "watches", "welcomes", "writes", "builds", "cleans", "measures",
};

const char* const adverb_list[] = {
    "quickly", "quietly", "carefully", "gladly", "often", "rarely", "always", "usually",
    "sometimes", "easily", "neatly", "politely", "safely", "slowly", "gently", "eagerly",
    "proudly", "warmly", "early", "again", "today", "together", "daily", "soon", "honestly",
    "openly", "calmly", "steadily", "happily", "patiently",
};

const char* const preposition_list[] = {
    "near", "behind", "beside", "across", "around", "inside", "outside", "under", "over",
    "past", "along", "toward", "beyond", "within", "through",
};

const char* const email_domain_list[] = {"example.com", "example.org", "example.net"};

const char* const url_path_list[] = {
    "products", "blog", "about", "docs", "news", "shop", "help", "careers", "events",
    "articles", "guides", "stories", "support", "catalog", "team",
};

// The first is the common case; generators favour it.
const char* const status_list[] = {"active", "pending", "inactive", "suspended", "archived"};

}  // namespace

Words street_names() { return street_name_list; }
Words street_suffixes() { return street_suffix_list; }
Words unit_prefixes() { return unit_prefix_list; }
List<Country> countries() { return country_list; }
List<City> cities() { return city_list; }
List<Language> languages() { return language_list; }
Words currency_codes() { return currency_code_list; }
Words company_words() { return company_word_list; }
Words company_industries() { return company_industry_list; }
Words company_suffixes() { return company_suffix_list; }
Words job_titles() { return job_title_list; }
List<Colour> colours() { return colour_list; }
Words product_adjectives() { return product_adjective_list; }
Words product_nouns() { return product_noun_list; }
Words title_adjectives() { return title_adjective_list; }
Words title_nouns() { return title_noun_list; }
Words adjectives() { return adjective_list; }
Words nouns() { return noun_list; }
Words verbs() { return verb_list; }
Words adverbs() { return adverb_list; }
Words prepositions() { return preposition_list; }
Words email_domains() { return email_domain_list; }
Words url_paths() { return url_path_list; }
Words statuses() { return status_list; }

const Country* find_country(const char* alpha2) {
    for (const Country& country : country_list)
        if (std::strcmp(country.alpha2, alpha2) == 0) return &country;
    return nullptr;
}

const Country* find_country_named(std::string_view value) {
    while (!value.empty() && value.back() == ' ') value.remove_suffix(1);  // char(n) padding
    const auto same = [value](const char* name) {
        const std::size_t n = std::strlen(name);
        if (n != value.size()) return false;
        for (std::size_t i = 0; i < n; ++i) {
            if (std::tolower(static_cast<unsigned char>(name[i])) != std::tolower(static_cast<unsigned char>(value[i]))) return false;
        }
        return true;
    };
    for (const Country& country : country_list)
        if (same(country.name) || same(country.alpha2) || same(country.alpha3)) return &country;
    return nullptr;
}

const Language* find_language(const char* code) {
    for (const Language& language : language_list)
        if (std::strcmp(language.code, code) == 0) return &language;
    return nullptr;
}

}  // namespace flaqes::seed
