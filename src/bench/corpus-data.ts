// Vocabulary for the synthetic benchmark corpus: countries (public facts: names, ISO codes, adjectives, capitals),
// organisations, news agencies, invented outlets and invented person names. Written for readout.

export interface CountryEntry {
  name: string;
  iso3: string;
  adjective: string;
  capital: string;
}

export const COUNTRIES: readonly CountryEntry[] = [
  { name: 'Argentina', iso3: 'ARG', adjective: 'Argentine', capital: 'Buenos Aires' },
  { name: 'Australia', iso3: 'AUS', adjective: 'Australian', capital: 'Canberra' },
  { name: 'Azerbaijan', iso3: 'AZE', adjective: 'Azerbaijani', capital: 'Baku' },
  { name: 'Brazil', iso3: 'BRA', adjective: 'Brazilian', capital: 'Brasilia' },
  { name: 'Canada', iso3: 'CAN', adjective: 'Canadian', capital: 'Ottawa' },
  { name: 'Chile', iso3: 'CHL', adjective: 'Chilean', capital: 'Santiago' },
  { name: 'China', iso3: 'CHN', adjective: 'Chinese', capital: 'Beijing' },
  { name: 'Colombia', iso3: 'COL', adjective: 'Colombian', capital: 'Bogota' },
  { name: 'Egypt', iso3: 'EGY', adjective: 'Egyptian', capital: 'Cairo' },
  { name: 'Ethiopia', iso3: 'ETH', adjective: 'Ethiopian', capital: 'Addis Ababa' },
  { name: 'France', iso3: 'FRA', adjective: 'French', capital: 'Paris' },
  { name: 'Germany', iso3: 'DEU', adjective: 'German', capital: 'Berlin' },
  { name: 'Ghana', iso3: 'GHA', adjective: 'Ghanaian', capital: 'Accra' },
  { name: 'India', iso3: 'IND', adjective: 'Indian', capital: 'New Delhi' },
  { name: 'Indonesia', iso3: 'IDN', adjective: 'Indonesian', capital: 'Jakarta' },
  { name: 'Iran', iso3: 'IRN', adjective: 'Iranian', capital: 'Tehran' },
  { name: 'Iraq', iso3: 'IRQ', adjective: 'Iraqi', capital: 'Baghdad' },
  { name: 'Israel', iso3: 'ISR', adjective: 'Israeli', capital: 'Jerusalem' },
  { name: 'Italy', iso3: 'ITA', adjective: 'Italian', capital: 'Rome' },
  { name: 'Japan', iso3: 'JPN', adjective: 'Japanese', capital: 'Tokyo' },
  { name: 'Jordan', iso3: 'JOR', adjective: 'Jordanian', capital: 'Amman' },
  { name: 'Kazakhstan', iso3: 'KAZ', adjective: 'Kazakh', capital: 'Astana' },
  { name: 'Kenya', iso3: 'KEN', adjective: 'Kenyan', capital: 'Nairobi' },
  { name: 'Mexico', iso3: 'MEX', adjective: 'Mexican', capital: 'Mexico City' },
  { name: 'Morocco', iso3: 'MAR', adjective: 'Moroccan', capital: 'Rabat' },
  { name: 'Nigeria', iso3: 'NGA', adjective: 'Nigerian', capital: 'Abuja' },
  { name: 'Pakistan', iso3: 'PAK', adjective: 'Pakistani', capital: 'Islamabad' },
  { name: 'Peru', iso3: 'PER', adjective: 'Peruvian', capital: 'Lima' },
  { name: 'Poland', iso3: 'POL', adjective: 'Polish', capital: 'Warsaw' },
  { name: 'Qatar', iso3: 'QAT', adjective: 'Qatari', capital: 'Doha' },
  { name: 'Russia', iso3: 'RUS', adjective: 'Russian', capital: 'Moscow' },
  { name: 'Saudi Arabia', iso3: 'SAU', adjective: 'Saudi', capital: 'Riyadh' },
  { name: 'Serbia', iso3: 'SRB', adjective: 'Serbian', capital: 'Belgrade' },
  { name: 'South Africa', iso3: 'ZAF', adjective: 'South African', capital: 'Pretoria' },
  { name: 'South Korea', iso3: 'KOR', adjective: 'South Korean', capital: 'Seoul' },
  { name: 'Spain', iso3: 'ESP', adjective: 'Spanish', capital: 'Madrid' },
  { name: 'Sudan', iso3: 'SDN', adjective: 'Sudanese', capital: 'Khartoum' },
  { name: 'Sweden', iso3: 'SWE', adjective: 'Swedish', capital: 'Stockholm' },
  { name: 'Turkey', iso3: 'TUR', adjective: 'Turkish', capital: 'Ankara' },
  { name: 'Ukraine', iso3: 'UKR', adjective: 'Ukrainian', capital: 'Kyiv' },
  { name: 'the United Kingdom', iso3: 'GBR', adjective: 'British', capital: 'London' },
  { name: 'the United States', iso3: 'USA', adjective: 'US', capital: 'Washington' },
  { name: 'Venezuela', iso3: 'VEN', adjective: 'Venezuelan', capital: 'Caracas' },
  { name: 'Vietnam', iso3: 'VNM', adjective: 'Vietnamese', capital: 'Hanoi' },
];

export const IGOS: readonly string[] = [
  'the United Nations', 'NATO', 'the European Union', 'the African Union', 'ASEAN', 'the IAEA', 'the OSCE', 'the Arab League',
];

export const NGOS: readonly string[] = [
  'Amnesty International', 'Human Rights Watch', 'the International Committee of the Red Cross', 'Doctors Without Borders',
];

/** News agencies used as sources inside the text. */
export const AGENCIES: readonly string[] = [
  'Reuters', 'AFP', 'the Associated Press', 'TASS', 'Xinhua', 'Yonhap', 'Anadolu', 'IRNA', 'Kyodo', 'EFE', 'ANSA', 'PTI',
];

/** Invented outlet names for the `outlet` field. */
export const OUTLETS: readonly string[] = [
  'Meridian Wire', 'Harbour Times', 'Continental Post', 'Northern Ledger', 'Global Desk', 'Daily Courier',
  'Eastern Observer', 'Southern Herald', 'Atlas Report', 'Capital Bulletin',
];

export const GIVEN_NAMES: readonly string[] = [
  'Amira', 'Boris', 'Carmen', 'Daniel', 'Elif', 'Farid', 'Grace', 'Hiroshi', 'Ines', 'Jonas', 'Kwame', 'Lena',
  'Mateo', 'Nadia', 'Omar', 'Priya', 'Rafael', 'Sofia', 'Tomas', 'Yusuf', 'Zara', 'Viktor', 'Helena', 'Ravi',
];

export const SURNAMES: readonly string[] = [
  'Adeyemi', 'Baranov', 'Castillo', 'Dervish', 'Eriksen', 'Farouk', 'Gallardo', 'Haddad', 'Ivanova', 'Jovanovic',
  'Kuznetsov', 'Lindqvist', 'Mensah', 'Nakamura', 'Okafor', 'Petrenko', 'Quispe', 'Rahimi', 'Sato', 'Tadesse',
  'Umarov', 'Vargas', 'Wojcik', 'Yilmaz', 'Zhou', 'Moreau', 'Brandt', 'Costa', 'Novak', 'Karimi',
];

export const TITLES: readonly string[] = [
  'Foreign Minister', 'Defence Minister', 'Prime Minister', 'President', 'Interior Minister', 'Trade Minister',
  'Deputy Foreign Minister', 'Energy Minister',
];

export const TOPICS: readonly string[] = [
  'energy cooperation', 'border security', 'grain exports', 'counterterrorism', 'migration', 'trade tariffs',
  'nuclear safety', 'maritime security', 'water sharing', 'arms control', 'debt relief', 'climate finance',
];

export const GOODS: readonly string[] = [
  'food and medicine', 'tents and blankets', 'medical supplies', 'drinking water', 'wheat', 'fuel', 'vaccines',
];

export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

export const WEEKDAYS: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
