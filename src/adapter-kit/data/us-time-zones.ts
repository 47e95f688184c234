import type { CountryZoneTable } from './region-zone-table.js';

/*
 * United States: states, territories and USPS military "states"; ZIP code prefixes; towns of split states.
 * Sources: the tz database's zone comments (which counties each America/* zone covers), the US time zone
 * boundaries in 49 CFR part 71, and USPS's 3-digit ZIP prefix assignments (which sectional center serves
 * which area). A few prefixes straddle a zone line; the towns on the other side are listed as 5-digit
 * exceptions, and prefixes where that is not enough are marked `mixed`.
 */

const EASTERN = 'America/New_York';
const CENTRAL = 'America/Chicago';
const MOUNTAIN = 'America/Denver';
const ARIZONA = 'America/Phoenix';
const PACIFIC = 'America/Los_Angeles';
const INDIANA = 'America/Indiana/Indianapolis';
const MICHIGAN = 'America/Detroit';
const IDAHO_SOUTH = 'America/Boise';
const LOUISVILLE = 'America/Kentucky/Louisville';
const MENOMINEE = 'America/Menominee';
const ALASKA = 'America/Anchorage';
const JUNEAU = 'America/Juneau';
const HAWAII = 'Pacific/Honolulu';
const PUERTO_RICO = 'America/Puerto_Rico';
const VIRGIN_ISLANDS = 'America/St_Thomas';
const GUAM = 'Pacific/Guam';
/** Zones assumed for APO/FPO mail: the Americas' gateway, the largest European and Pacific bases. */
const MILITARY_AMERICAS = 'America/New_York';
const MILITARY_EUROPE = 'Europe/Berlin';
const MILITARY_PACIFIC = 'Asia/Tokyo';

/** United States zone table: states, territories, ZIP prefixes, towns of split states. */
export const US_TIME_ZONES: CountryZoneTable = {
  primary: EASTERN,
  regions: [
    ['AL', 'Alabama', CENTRAL],
    ['AK', 'Alaska', ALASKA, 'split'], // Aleutians west of 169°30'W keep Hawaii-Aleutian time (America/Adak)
    ['AZ', 'Arizona', ARIZONA], // no DST; the Navajo Nation's towns (which keep DST) are listed by ZIP and name
    ['AR', 'Arkansas', CENTRAL],
    ['CA', 'California', PACIFIC],
    ['CO', 'Colorado', MOUNTAIN],
    ['CT', 'Connecticut', EASTERN],
    ['DE', 'Delaware', EASTERN],
    ['DC', 'District of Columbia|Washington DC|Washington D.C.', EASTERN],
    ['FL', 'Florida', EASTERN, 'split'], // the panhandle west of the Apalachicola River is Central
    ['GA', 'Georgia', EASTERN],
    ['HI', 'Hawaii', HAWAII],
    ['ID', 'Idaho', IDAHO_SOUTH, 'split'], // the panhandle north of the Salmon River is Pacific
    ['IL', 'Illinois', CENTRAL],
    ['IN', 'Indiana', INDIANA, 'split'], // NW (Gary) and SW (Evansville) corners are Central
    ['IA', 'Iowa', CENTRAL],
    ['KS', 'Kansas', CENTRAL, 'split'], // four western counties are Mountain
    ['KY', 'Kentucky', EASTERN, 'split'], // the western half (Bowling Green, Paducah, Owensboro) is Central
    ['LA', 'Louisiana', CENTRAL],
    ['ME', 'Maine', EASTERN],
    ['MD', 'Maryland', EASTERN],
    ['MA', 'Massachusetts', EASTERN],
    ['MI', 'Michigan', MICHIGAN, 'split'], // four Upper Peninsula counties on the Wisconsin line are Central
    ['MN', 'Minnesota', CENTRAL],
    ['MS', 'Mississippi', CENTRAL],
    ['MO', 'Missouri', CENTRAL],
    ['MT', 'Montana', MOUNTAIN],
    ['NE', 'Nebraska', CENTRAL, 'split'], // the western panhandle is Mountain
    ['NV', 'Nevada', PACIFIC], // West Wendover keeps Mountain time (listed by ZIP and name)
    ['NH', 'New Hampshire', EASTERN],
    ['NJ', 'New Jersey', EASTERN],
    ['NM', 'New Mexico', MOUNTAIN],
    ['NY', 'New York', EASTERN],
    ['NC', 'North Carolina', EASTERN],
    ['ND', 'North Dakota', CENTRAL, 'split'], // the south-west is Mountain
    ['OH', 'Ohio', EASTERN],
    ['OK', 'Oklahoma', CENTRAL],
    ['OR', 'Oregon', PACIFIC, 'split'], // most of Malheur County is Mountain
    ['PA', 'Pennsylvania', EASTERN],
    ['RI', 'Rhode Island', EASTERN],
    ['SC', 'South Carolina', EASTERN],
    ['SD', 'South Dakota', CENTRAL, 'split'], // West River is Mountain
    ['TN', 'Tennessee', CENTRAL, 'split'], // East Tennessee (Knoxville, Chattanooga) is Eastern
    ['TX', 'Texas', CENTRAL, 'split'], // El Paso and Hudspeth counties are Mountain
    ['UT', 'Utah', MOUNTAIN],
    ['VT', 'Vermont', EASTERN],
    ['VA', 'Virginia', EASTERN],
    ['WA', 'Washington|Washington State', PACIFIC],
    ['WV', 'West Virginia', EASTERN],
    ['WI', 'Wisconsin', CENTRAL],
    ['WY', 'Wyoming', MOUNTAIN],
    ['PR', 'Puerto Rico', PUERTO_RICO],
    ['VI', 'Virgin Islands|US Virgin Islands|U.S. Virgin Islands', VIRGIN_ISLANDS],
    ['GU', 'Guam', GUAM],
    ['AS', 'American Samoa', 'Pacific/Pago_Pago'],
    ['MP', 'Northern Mariana Islands|Northern Marianas|CNMI', 'Pacific/Saipan'],
    ['FM', 'Federated States of Micronesia|Micronesia', 'Pacific/Chuuk', 'split'],
    ['MH', 'Marshall Islands', 'Pacific/Majuro'],
    ['PW', 'Palau', 'Pacific/Palau'],
    ['AA', 'Armed Forces Americas', MILITARY_AMERICAS, 'military'],
    ['AE', 'Armed Forces Europe|Armed Forces Africa|Armed Forces Canada|Armed Forces Middle East', MILITARY_EUROPE, 'military'],
    ['AP', 'Armed Forces Pacific', MILITARY_PACIFIC, 'military'],
  ],
  postalFormat: /^\d{5}(?:\d{4})?$/,
  postalRules: [
    ['005', '005', EASTERN], // Holtsville NY
    ['006', '007', PUERTO_RICO],
    ['008', '008', VIRGIN_ISLANDS],
    ['009', '009', PUERTO_RICO],
    ['010', '089', EASTERN], // New England, New Jersey
    ['090', '099', MILITARY_EUROPE, 'military'], // APO/FPO AE
    ['100', '319', EASTERN], // New York to Georgia
    ['320', '323', EASTERN], // Florida: Jacksonville, Tallahassee
    ['324', '325', CENTRAL], // Florida: Panama City, Pensacola
    ['326', '339', EASTERN],
    ['340', '340', MILITARY_AMERICAS, 'military'], // APO/FPO AA
    ['341', '349', EASTERN],
    ['350', '369', CENTRAL], // Alabama
    ['370', '372', CENTRAL], // Tennessee: Nashville
    ['373', '373', EASTERN, 'mixed'], // Chattanooga area; Tullahoma and Winchester are Central
    ['374', '374', EASTERN], // Chattanooga
    ['375', '375', CENTRAL], // Memphis
    ['376', '379', EASTERN], // Johnson City, Knoxville
    ['380', '385', CENTRAL], // Memphis, Jackson, Columbia, Cookeville
    ['386', '397', CENTRAL], // Mississippi
    ['398', '399', EASTERN], // Georgia
    ['400', '402', LOUISVILLE], // Louisville
    ['403', '418', EASTERN], // Lexington, eastern Kentucky
    ['420', '424', CENTRAL], // Paducah, Bowling Green, Owensboro, Henderson
    ['425', '427', EASTERN], // Somerset, Elizabethtown
    ['430', '459', EASTERN], // Ohio
    ['460', '462', INDIANA], // Indianapolis
    ['463', '464', CENTRAL], // Gary, Lake and Porter counties
    ['465', '475', INDIANA],
    ['476', '477', CENTRAL], // Evansville
    ['478', '479', INDIANA],
    ['480', '499', MICHIGAN],
    ['500', '528', CENTRAL], // Iowa
    ['530', '549', CENTRAL], // Wisconsin
    ['550', '567', CENTRAL], // Minnesota
    ['570', '575', CENTRAL], // South Dakota east of the Missouri
    ['576', '576', MOUNTAIN, 'mixed'], // Mobridge area: Corson, Dewey, Ziebach, Perkins are Mountain
    ['577', '577', MOUNTAIN], // Rapid City
    ['580', '585', CENTRAL], // North Dakota
    ['586', '586', MOUNTAIN], // Dickinson
    ['587', '588', CENTRAL],
    ['590', '599', MOUNTAIN], // Montana
    ['600', '629', CENTRAL], // Illinois
    ['630', '658', CENTRAL], // Missouri
    ['660', '679', CENTRAL], // Kansas
    ['680', '692', CENTRAL], // Nebraska
    ['693', '693', MOUNTAIN], // Alliance, Scottsbluff
    ['700', '714', CENTRAL], // Louisiana
    ['716', '729', CENTRAL], // Arkansas
    ['730', '749', CENTRAL], // Oklahoma (733 is Austin TX)
    ['750', '797', CENTRAL], // Texas
    ['798', '799', MOUNTAIN], // El Paso
    ['800', '816', MOUNTAIN], // Colorado
    ['820', '831', MOUNTAIN], // Wyoming
    ['832', '837', IDAHO_SOUTH], // southern Idaho
    ['838', '838', PACIFIC], // Lewiston, Coeur d'Alene
    ['840', '847', MOUNTAIN], // Utah
    ['850', '865', ARIZONA],
    ['870', '884', MOUNTAIN], // New Mexico
    ['885', '885', MOUNTAIN], // El Paso
    ['889', '898', PACIFIC], // Nevada
    ['900', '961', PACIFIC], // California
    ['962', '966', MILITARY_PACIFIC, 'military'], // APO/FPO AP
    ['967', '968', HAWAII],
    ['969', '969', GUAM],
    ['970', '978', PACIFIC], // Oregon
    ['979', '979', IDAHO_SOUTH], // Ontario, Vale, Nyssa (Malheur County)
    ['980', '994', PACIFIC], // Washington
    ['995', '997', ALASKA],
    ['998', '999', JUNEAU], // south-east Alaska
    // 5-digit exceptions
    ['96799', '96799', 'Pacific/Pago_Pago'], // American Samoa
    ['96939', '96940', 'Pacific/Palau'],
    ['96941', '96941', 'Pacific/Pohnpei'],
    ['96942', '96943', 'Pacific/Chuuk'], // Chuuk, Yap
    ['96944', '96944', 'Pacific/Kosrae'],
    ['96950', '96952', 'Pacific/Saipan'], // Northern Mariana Islands
    ['96960', '96960', 'Pacific/Majuro'],
    ['96970', '96970', 'Pacific/Kwajalein'], // Ebeye
    ['99546', '99547', 'America/Adak'], // Adak, Atka
    ['99835', '99835', 'America/Sitka'],
    ['99926', '99926', 'America/Metlakatla'],
    ['99762', '99762', 'America/Nome'],
    ['47586', '47586', CENTRAL], // Tell City (Perry County)
    ['47520', '47520', CENTRAL], // Cannelton (Perry County)
    ['46534', '46534', CENTRAL], // Knox (Starke County)
    ['46532', '46532', CENTRAL], // Hamlet (Starke County)
    ['47978', '47978', CENTRAL], // Rensselaer (Jasper County)
    ['47951', '47951', CENTRAL], // Kentland (Newton County)
    ['47963', '47963', CENTRAL], // Morocco (Newton County)
    ['49801', '49802', MENOMINEE], // Iron Mountain, Kingsford
    ['49858', '49858', MENOMINEE], // Menominee
    ['49870', '49870', MENOMINEE], // Norway
    ['49876', '49876', MENOMINEE], // Quinnesec
    ['49892', '49892', MENOMINEE], // Vulcan
    ['49887', '49887', MENOMINEE], // Stephenson
    ['49915', '49915', MENOMINEE], // Caspian
    ['49920', '49920', MENOMINEE], // Crystal Falls
    ['49935', '49935', MENOMINEE], // Iron River
    ['49911', '49911', MENOMINEE], // Bessemer
    ['49938', '49938', MENOMINEE], // Ironwood
    ['49968', '49969', MENOMINEE], // Wakefield, Watersmeet
    ['57601', '57601', CENTRAL], // Mobridge
    ['57543', '57543', MOUNTAIN], // Kadoka (Jackson County)
    ['57567', '57567', MOUNTAIN], // Philip (Haakon County)
    ['58528', '58529', MOUNTAIN], // Cannon Ball, Carson (Sioux and Grant counties)
    ['58533', '58533', MOUNTAIN], // Elgin
    ['58538', '58538', MOUNTAIN], // Fort Yates
    ['58562', '58562', MOUNTAIN], // New Leipzig
    ['58568', '58568', MOUNTAIN], // Selfridge
    ['58570', '58570', MOUNTAIN], // Solen
    ['67733', '67733', MOUNTAIN], // Edson (Sherman County)
    ['67735', '67735', MOUNTAIN], // Goodland
    ['67741', '67741', MOUNTAIN], // Kanorado
    ['67758', '67758', MOUNTAIN], // Sharon Springs (Wallace County)
    ['67761', '67762', MOUNTAIN], // Wallace, Weskan
    ['67836', '67836', MOUNTAIN], // Coolidge (Hamilton County)
    ['67878', '67879', MOUNTAIN], // Syracuse, Tribune
    ['69021', '69021', MOUNTAIN], // Benkelman (Dundy County)
    ['69033', '69033', MOUNTAIN], // Imperial (Chase County)
    ['69045', '69045', MOUNTAIN], // Wauneta
    ['69121', '69122', MOUNTAIN], // Arthur, Big Springs
    ['69127', '69127', MOUNTAIN], // Brule
    ['69129', '69129', MOUNTAIN], // Chappell
    ['69131', '69131', MOUNTAIN], // Dalton
    ['69140', '69140', MOUNTAIN], // Grant (Perkins County)
    ['69147', '69147', MOUNTAIN], // Lewellen
    ['69149', '69150', MOUNTAIN], // Lodgepole, Madrid
    ['69152', '69156', MOUNTAIN], // Mullen, Ogallala, Oshkosh, Paxton, Potter
    ['69162', '69162', MOUNTAIN], // Sidney
    ['79830', '79832', CENTRAL], // Alpine, Big Bend (Brewster County)
    ['79834', '79834', CENTRAL], // Big Bend National Park
    ['79842', '79843', CENTRAL], // Marathon, Marfa
    ['79845', '79846', CENTRAL], // Presidio, Redford
    ['79848', '79848', CENTRAL], // Sanderson
    ['79852', '79852', CENTRAL], // Terlingua
    ['79854', '79855', CENTRAL], // Valentine, Van Horn
    ['86033', '86033', MOUNTAIN], // Kayenta (Navajo Nation keeps DST)
    ['86044', '86045', MOUNTAIN], // Tonalea, Tuba City
    ['86054', '86054', MOUNTAIN], // Shonto
    ['86503', '86505', MOUNTAIN], // Chinle, Fort Defiance, Ganado
    ['86507', '86507', MOUNTAIN], // Lukachukai
    ['86510', '86511', MOUNTAIN], // Pinon, Saint Michaels
    ['86515', '86515', MOUNTAIN], // Window Rock
    ['86535', '86535', MOUNTAIN], // Dennehotso
    ['86538', '86538', MOUNTAIN], // Many Farms
    ['86540', '86540', MOUNTAIN], // Nazlini
    ['86544', '86545', MOUNTAIN], // Red Valley, Rock Point
    ['86547', '86547', MOUNTAIN], // Round Rock
    ['86556', '86556', MOUNTAIN], // Tsaile
    ['89883', '89883', MOUNTAIN], // West Wendover NV
    ['97910', '97910', IDAHO_SOUTH], // Jordan Valley
  ],
  cities: [
    ['FL', 'Pensacola|Panama City|Fort Walton Beach|Destin|Crestview|Niceville|Navarre|Milton|Marianna|Chipley|DeFuniak Springs|Gulf Breeze|Lynn Haven|Panama City Beach', CENTRAL],
    ['FL', 'Tallahassee|Jacksonville|Miami|Orlando|Tampa|Gainesville|Apalachicola|Port St. Joe', EASTERN],
    ['IN', 'Evansville|Gary|Hammond|Merrillville|Valparaiso|Michigan City|La Porte|Crown Point|Portage|Schererville|Munster|Highland|Hobart|East Chicago|Chesterton|Newburgh|Boonville|Mount Vernon|Princeton|Tell City|Rensselaer|Knox|Kentland|Jasper County', CENTRAL],
    ['IN', 'Indianapolis|Fort Wayne|South Bend|Bloomington|Lafayette|Carmel|Fishers|Muncie|Terre Haute|Kokomo|Anderson|Noblesville|Elkhart|Mishawaka|Columbus|Jeffersonville|New Albany|Richmond|Plainfield|Vincennes|Jasper|Washington', INDIANA],
    ['KY', 'Bowling Green|Paducah|Owensboro|Henderson|Hopkinsville|Madisonville|Murray|Mayfield|Glasgow|Russellville|Franklin|Princeton|Central City|Leitchfield|Columbia|Burkesville|Fort Campbell|Oak Grove', CENTRAL],
    ['KY', 'Louisville', LOUISVILLE],
    ['KY', 'Lexington|Frankfort|Covington|Florence|Richmond|Georgetown|Elizabethtown|Nicholasville|Ashland|Somerset|Bardstown|Shelbyville|Pikeville|London|Hazard|Corbin|Danville|Winchester|Hebron|Erlanger', EASTERN],
    ['TN', 'Knoxville|Chattanooga|Johnson City|Kingsport|Bristol|Cleveland|Oak Ridge|Maryville|Morristown|Sevierville|Gatlinburg|Pigeon Forge|Athens|Greeneville|Elizabethton|Alcoa|Farragut|Crossville', EASTERN],
    ['TN', 'Nashville|Memphis|Clarksville|Murfreesboro|Jackson|Franklin|Columbia|Cookeville|Tullahoma|Winchester|Manchester|Lebanon|Gallatin|Hendersonville|Smyrna|Brentwood|Shelbyville|Dyersburg|Union City|Paris|Millington|Collierville|Germantown|Bartlett|La Vergne', CENTRAL],
    ['TX', 'El Paso|Socorro|Horizon City|Anthony|Canutillo|Clint|Fabens|San Elizario|Tornillo|Fort Bliss|Sierra Blanca|Dell City|Fort Hancock', MOUNTAIN],
    ['TX', 'Houston|Dallas|San Antonio|Austin|Fort Worth|Midland|Odessa|Lubbock|Amarillo|Laredo|Alpine|Marfa|Van Horn|Pecos', CENTRAL],
    ['ND', 'Dickinson|Beach|Bowman|Hettinger|Mott|Elgin|Fort Yates|Killdeer|Belfield|Medora|Richardton|Taylor|New England', MOUNTAIN],
    ['ND', 'Fargo|Bismarck|Grand Forks|Minot|Williston|Mandan|Jamestown|West Fargo|Watford City|Beulah|Hazen|Center|New Salem', CENTRAL],
    ['SD', 'Rapid City|Spearfish|Sturgis|Belle Fourche|Custer|Hot Springs|Lead|Deadwood|Box Elder|Wall|Lemmon|McLaughlin|Eagle Butte|Dupree|Timber Lake|Philip|Kadoka|Martin|Pine Ridge', MOUNTAIN],
    ['SD', 'Sioux Falls|Aberdeen|Brookings|Watertown|Mitchell|Yankton|Pierre|Huron|Vermillion|Mobridge|Fort Pierre|Chamberlain|Winner', CENTRAL],
    ['NE', 'Scottsbluff|Gering|Alliance|Sidney|Chadron|Ogallala|Kimball|Imperial|Benkelman|Chappell|Oshkosh|Bridgeport|Mitchell|Rushville|Gordon|Hay Springs|Crawford|Harrison|Mullen|Arthur|Hyannis', MOUNTAIN],
    ['NE', 'Omaha|Lincoln|Grand Island|Kearney|North Platte|Fremont|Hastings|Norfolk|Columbus|Papillion|Bellevue|McCook|Valentine|Lexington|Broken Bow', CENTRAL],
    ['KS', 'Goodland|Sharon Springs|Tribune|Syracuse|Kanorado|Weskan|Coolidge', MOUNTAIN],
    ['KS', 'Wichita|Overland Park|Kansas City|Olathe|Topeka|Lawrence|Shawnee|Manhattan|Lenexa|Salina|Hutchinson|Garden City|Dodge City|Hays|Colby|Liberal|Emporia|Leavenworth', CENTRAL],
    ['OR', 'Ontario|Nyssa|Vale|Jordan Valley|Adrian|Juntura', IDAHO_SOUTH],
    ['OR', 'Portland|Salem|Eugene|Gresham|Hillsboro|Beaverton|Bend|Medford|Springfield|Corvallis|Albany|Pendleton|Baker City|Burns|La Grande|Klamath Falls|Hermiston', PACIFIC],
    ['ID', "Coeur d'Alene|Lewiston|Moscow|Post Falls|Sandpoint|Hayden|Rathdrum|Bonners Ferry|Kellogg|Wallace|Orofino|Grangeville", PACIFIC],
    ['ID', 'Boise|Meridian|Nampa|Idaho Falls|Pocatello|Caldwell|Twin Falls|Rexburg|Eagle|Kuna|Blackfoot|Mountain Home|Burley|Jerome|Hailey|Ketchum|Salmon|McCall|Riggins', IDAHO_SOUTH],
    ['MI', 'Iron Mountain|Kingsford|Menominee|Ironwood|Iron River|Crystal Falls|Norway|Bessemer|Wakefield|Watersmeet|Stephenson|Caspian|Quinnesec|Vulcan', MENOMINEE],
    ['MI', 'Detroit|Grand Rapids|Lansing|Ann Arbor|Flint|Kalamazoo|Marquette|Escanaba|Sault Ste. Marie|Houghton|Traverse City|Saginaw', MICHIGAN],
    ['AK', 'Adak|Atka', 'America/Adak'],
    ['AK', 'Juneau|Ketchikan|Sitka|Petersburg|Wrangell|Haines|Skagway', JUNEAU],
    ['AK', 'Anchorage|Fairbanks|Wasilla|Palmer|Kenai|Soldotna|Kodiak|Bethel|Nome|Barrow|Utqiagvik|Kotzebue|Valdez|Homer|Seward|Dillingham|Unalaska|Dutch Harbor|Eagle River|North Pole|Delta Junction|Cordova', ALASKA],
    ['AZ', 'Window Rock|Chinle|Kayenta|Tuba City|Ganado|Fort Defiance|Many Farms|Tsaile|Shonto|Lukachukai|Saint Michaels|Pinon|Dennehotso|Rock Point|Round Rock', MOUNTAIN],
    ['NV', 'West Wendover|Jackpot', MOUNTAIN],
    ['FM', 'Pohnpei|Palikir|Kolonia', 'Pacific/Pohnpei'],
    ['FM', 'Kosrae|Tofol', 'Pacific/Kosrae'],
    ['FM', 'Chuuk|Weno|Yap|Colonia', 'Pacific/Chuuk'],
  ],
};
