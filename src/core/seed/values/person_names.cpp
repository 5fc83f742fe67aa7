#include "core/seed/values/person_names.hpp"

#include <cstring>

namespace flaqes::seed {
namespace {

const char* const english_first[] = {"James", "Mary", "John", "Linda", "Robert", "Susan", "Michael", "Karen",
                                     "David", "Emily", "Daniel", "Sarah", "Thomas", "Olivia", "George", "Grace",
                                     "Henry", "Alice", "Jack", "Chloe", "Samuel", "Ruth", "Oliver", "Megan"};
const char* const english_last[] = {"Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Walker",
                                    "Wright", "Robinson", "Thompson", "Clarke", "Hughes", "Green", "Hall", "Wood",
                                    "Harris", "Lewis", "Cooper", "Campbell", "Stewart", "MacDonald", "Fraser", "Miller"};
const char* const irish_first[] = {"Siobhán", "Cian", "Aoife", "Niamh", "Seán", "Ciara", "Conor", "Róisín", "Declan", "Orla"};
const char* const irish_last[] = {"O'Brien", "Murphy", "Kelly", "Byrne", "Walsh", "Ryan", "O'Connor", "Doyle", "McCarthy", "Gallagher"};
const char* const spanish_first[] = {"María", "José", "Lucía", "Carlos", "Sofía", "Diego", "Valentina", "Javier",
                                     "Camila", "Mateo", "Isabel", "Andrés", "Ana", "Pablo", "Elena", "Ximena"};
const char* const spanish_last[] = {"García", "López", "Martínez", "González", "Rodríguez", "Fernández", "Sánchez",
                                    "Pérez", "Romero", "Navarro", "Torres", "Ramírez", "Hernández", "Díaz",
                                    "Castillo", "Vargas", "Mendoza", "Morales", "Ortiz", "Gutiérrez", "Jiménez"};
const char* const portuguese_first[] = {"João", "Beatriz", "Rafael", "Gabriela", "Thiago", "Larissa", "Pedro",
                                        "Mariana", "Lucas", "Inês", "Tiago", "Carolina"};
const char* const portuguese_last[] = {"Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Almeida",
                                       "Carvalho", "Ferreira", "Rodrigues", "Gomes", "Martins"};
const char* const french_first[] = {"Camille", "Léa", "Hugo", "Louis", "Manon", "Théo", "Inès", "Julien",
                                    "Margaux", "Amélie", "Antoine", "Chloé"};
const char* const french_last[] = {"Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Bonnet", "Rousseau",
                                   "Fontaine", "Martin", "Bernard", "Petit", "Durand"};
const char* const german_first[] = {"Lukas", "Anna", "Jonas", "Lena", "Felix", "Mia", "Maximilian", "Hannah",
                                    "Jürgen", "Greta", "Paul", "Sophie"};
const char* const german_last[] = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann",
                                   "Schäfer", "Koch", "Wagner", "Meyer", "Huber"};
const char* const dutch_first[] = {"Daan", "Emma", "Sem", "Julia", "Lotte", "Bram", "Sanne", "Thijs", "Fleur", "Jeroen"};
const char* const dutch_last[] = {"de Vries", "Jansen", "Bakker", "Visser", "van Dijk", "Peeters", "Janssens",
                                  "Smit", "Mulder", "de Jong"};
const char* const italian_first[] = {"Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Giorgio",
                                     "Martina", "Matteo", "Sara"};
const char* const italian_last[] = {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
                                    "Ricci", "Marino", "Greco"};
const char* const nordic_first[] = {"Søren", "Astrid", "Lars", "Ingrid", "Erik", "Freya", "Björn", "Sigrid",
                                    "Magnus", "Karin", "Nils", "Elin"};
const char* const nordic_last[] = {"Andersen", "Nielsen", "Hansen", "Johansson", "Lindqvist", "Eriksson", "Berg",
                                   "Larsen", "Olsen", "Karlsson", "Jónsson", "Lund"};
const char* const finnic_first[] = {"Aino", "Eero", "Mikko", "Helmi", "Juha", "Liisa", "Kadri", "Mart", "Tiina", "Jaan"};
const char* const finnic_last[] = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Tamm", "Saar", "Sepp", "Mägi"};
const char* const polish_first[] = {"Piotr", "Katarzyna", "Tomasz", "Zofia", "Krzysztof", "Agnieszka", "Marek", "Magdalena"};
const char* const polish_last[] = {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"};
const char* const czech_first[] = {"Jana", "Milan", "Petra", "Jiří", "Lucie", "Tomáš", "Eva", "Martin"};
const char* const czech_last[] = {"Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák"};
const char* const ukrainian_first[] = {"Oksana", "Andriy", "Olena", "Taras", "Iryna", "Dmytro", "Natalia", "Bohdan"};
const char* const ukrainian_last[] = {"Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Lysenko"};
const char* const hungarian_first[] = {"Zoltán", "Réka", "László", "Eszter", "Bence", "Zsófia", "Gábor", "Katalin"};
const char* const hungarian_last[] = {"Horváth", "Nagy", "Kovács", "Tóth", "Szabó", "Varga", "Kiss", "Molnár"};
const char* const romanian_first[] = {"Andrei", "Ioana", "Mihai", "Elena", "Alexandru", "Cristina", "Bogdan", "Raluca"};
const char* const romanian_last[] = {"Popescu", "Ionescu", "Popa", "Stan", "Dumitru", "Constantin", "Munteanu", "Stoica"};
const char* const greek_first[] = {"Nikos", "Eleni", "Giorgos", "Katerina", "Dimitris", "Sofia", "Kostas", "Maria"};
const char* const greek_last[] = {"Papadopoulos", "Georgiou", "Nikolaidis", "Pappas", "Vlachos", "Oikonomou", "Karagiannis", "Dimitriou"};
const char* const turkish_first[] = {"Mehmet", "Ayşe", "Emre", "Zeynep", "Mustafa", "Elif", "Burak", "Fatma"};
const char* const turkish_last[] = {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın"};
const char* const arabic_first[] = {"Omar", "Layla", "Youssef", "Fatima", "Karim", "Amira", "Hassan", "Nour",
                                    "Ahmed", "Mariam", "Khaled", "Salma"};
const char* const arabic_last[] = {"Haddad", "Khalil", "Mansour", "Nasser", "Farouk", "Abdullah", "Saleh",
                                   "Ibrahim", "Hamdan", "Aziz"};
const char* const hebrew_first[] = {"Noa", "Eitan", "Yael", "Avi", "Tamar", "Yosef", "Shira", "Itai"};
const char* const hebrew_last[] = {"Cohen", "Levi", "Friedman", "Mizrahi", "Peretz", "Biton", "Katz", "Azoulay"};
const char* const indian_first[] = {"Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Deepa", "Arjun", "Kavya", "Rahul", "Meera"};
const char* const indian_last[] = {"Patel", "Sharma", "Singh", "Gupta", "Iyer", "Reddy", "Nair", "Mehta", "Chopra", "Das", "Kaur"};
const char* const pakistani_first[] = {"Imran", "Sana", "Ali", "Ayesha", "Bilal", "Hira", "Usman", "Zainab"};
const char* const pakistani_last[] = {"Khan", "Ahmed", "Malik", "Qureshi", "Chaudhry", "Butt", "Raza", "Shah"};
const char* const chinese_first[] = {"Wei", "Mei", "Hao", "Xiu", "Jun", "Yan", "Na", "Jie", "Ying", "Lei", "Fang", "Tao"};
const char* const chinese_last[] = {"Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Li"};
const char* const japanese_first[] = {"Haruto", "Yuki", "Sora", "Aiko", "Kenji", "Sakura", "Hiroshi", "Yui",
                                      "Takumi", "Emi", "Ren", "Haruka"};
const char* const japanese_last[] = {"Tanaka", "Suzuki", "Sato", "Takahashi", "Watanabe", "Yamamoto", "Ito",
                                     "Nakamura", "Kobayashi", "Kato"};
const char* const korean_first[] = {"Minjun", "Seoyeon", "Jiho", "Hana", "Jiwoo", "Sumin", "Dohyun", "Yuna"};
const char* const korean_last[] = {"Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Cho", "Yoon"};
const char* const vietnamese_first[] = {"Minh", "Linh", "Anh", "Huong", "Tuan", "Lan", "Duc", "Mai"};
const char* const vietnamese_last[] = {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang"};
const char* const thai_first[] = {"Somchai", "Siriporn", "Anong", "Kittisak", "Malee", "Niran", "Pimchanok", "Somsak"};
const char* const thai_last[] = {"Saetang", "Srisuk", "Wongsa", "Chaiyaporn", "Thongdee", "Boonmee", "Rattanakosin", "Suksawat"};
const char* const malay_first[] = {"Siti", "Arif", "Putri", "Budi", "Dewi", "Rizky", "Nurul", "Hafiz"};
const char* const malay_last[] = {"Wijaya", "Santoso", "Hidayat", "Rahman", "Kusuma", "Ismail", "Hassan", "Saputra"};
const char* const filipino_first[] = {"Angelo", "Kristine", "Mark", "Joy", "Paolo", "Bea", "Miguel", "Andrea"};
const char* const filipino_last[] = {"Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Villanueva"};
const char* const west_african_first[] = {"Kwame", "Amara", "Chidi", "Ngozi", "Kofi", "Ama", "Emeka", "Adaeze", "Yaw", "Efua"};
const char* const west_african_last[] = {"Okafor", "Mensah", "Adeyemi", "Osei", "Boateng", "Okonkwo", "Asante", "Eze"};
const char* const east_african_first[] = {"Wanjiru", "Abebe", "Amani", "Baraka", "Achieng", "Tesfaye", "Hiwot", "Juma"};
const char* const east_african_last[] = {"Mwangi", "Kamau", "Otieno", "Wanjiku", "Tadesse", "Bekele", "Haile", "Njoroge"};
const char* const southern_african_first[] = {"Sipho", "Thandiwe", "Kagiso", "Zola", "Tendai", "Lerato", "Thabo", "Naledi"};
const char* const southern_african_last[] = {"Dlamini", "Banda", "Nkosi", "Mokoena", "Khumalo", "Ndlovu", "Botha", "van der Merwe"};

const NameGroup groups[] = {
    {"english", english_first, english_last},
    {"irish", irish_first, irish_last},
    {"spanish", spanish_first, spanish_last},
    {"portuguese", portuguese_first, portuguese_last},
    {"french", french_first, french_last},
    {"german", german_first, german_last},
    {"dutch", dutch_first, dutch_last},
    {"italian", italian_first, italian_last},
    {"nordic", nordic_first, nordic_last},
    {"finnic", finnic_first, finnic_last},
    {"polish", polish_first, polish_last},
    {"czech", czech_first, czech_last},
    {"ukrainian", ukrainian_first, ukrainian_last},
    {"hungarian", hungarian_first, hungarian_last},
    {"romanian", romanian_first, romanian_last},
    {"greek", greek_first, greek_last},
    {"turkish", turkish_first, turkish_last},
    {"arabic", arabic_first, arabic_last},
    {"hebrew", hebrew_first, hebrew_last},
    {"indian", indian_first, indian_last},
    {"pakistani", pakistani_first, pakistani_last},
    {"chinese", chinese_first, chinese_last},
    {"japanese", japanese_first, japanese_last},
    {"korean", korean_first, korean_last},
    {"vietnamese", vietnamese_first, vietnamese_last},
    {"thai", thai_first, thai_last},
    {"malay", malay_first, malay_last},
    {"filipino", filipino_first, filipino_last},
    {"west_african", west_african_first, west_african_last},
    {"east_african", east_african_first, east_african_last},
    {"southern_african", southern_african_first, southern_african_last},
};

// Countries (ISO 3166-1 alpha-2) whose names are not English, by group. Every other country of
// countries() names its people in English.
struct CountryNames {
    const char* alpha2;
    const char* group;
};
const CountryNames country_names[] = {
    {"IE", "irish"},      {"MX", "spanish"},    {"AR", "spanish"},    {"CL", "spanish"},   {"CO", "spanish"},
    {"PE", "spanish"},    {"ES", "spanish"},    {"BR", "portuguese"}, {"PT", "portuguese"}, {"FR", "french"},
    {"DE", "german"},     {"AT", "german"},     {"CH", "german"},     {"NL", "dutch"},     {"BE", "dutch"},
    {"IT", "italian"},    {"DK", "nordic"},     {"SE", "nordic"},     {"NO", "nordic"},    {"IS", "nordic"},
    {"FI", "finnic"},     {"EE", "finnic"},     {"PL", "polish"},     {"CZ", "czech"},     {"UA", "ukrainian"},
    {"HU", "hungarian"},  {"RO", "romanian"},   {"GR", "greek"},      {"TR", "turkish"},   {"EG", "arabic"},
    {"MA", "arabic"},     {"AE", "arabic"},     {"SA", "arabic"},     {"IL", "hebrew"},    {"IN", "indian"},
    {"PK", "pakistani"},  {"CN", "chinese"},    {"SG", "chinese"},    {"JP", "japanese"},  {"KR", "korean"},
    {"VN", "vietnamese"}, {"TH", "thai"},       {"ID", "malay"},      {"MY", "malay"},     {"PH", "filipino"},
    {"NG", "west_african"}, {"GH", "west_african"}, {"KE", "east_african"}, {"ET", "east_african"},
    {"ZA", "southern_african"},
};

const NameGroup& group_named(const char* name) {
    for (const NameGroup& g : groups) {
        if (std::strcmp(g.name, name) == 0) return g;
    }
    return groups[0];
}

}  // namespace

List<NameGroup> name_groups() { return groups; }

const NameGroup& names_of(const Country& country) {
    for (const CountryNames& c : country_names) {
        if (std::strcmp(c.alpha2, country.alpha2) == 0) return group_named(c.group);
    }
    return groups[0];
}

}  // namespace flaqes::seed
