import type { CountryZoneTable } from './region-zone-table.js';

/*
 * Russia: federal subjects (ISO 3166-2:RU codes, English and Russian names), the first three digits of
 * postal indexes per subject, and the largest cities. Sources: the tz database's Europe/* and Asia/* zone
 * comments for Russia (which subjects each zone covers, including the 2016-2020 changes in the Volga
 * region) and Russian Post's index ranges. Crimea and Sevastopol keep Moscow time (Europe/Simferopol).
 */

const KALININGRAD = 'Europe/Kaliningrad';
const MOSCOW = 'Europe/Moscow';
const SAMARA = 'Europe/Samara';
const YEKATERINBURG = 'Asia/Yekaterinburg';
const OMSK = 'Asia/Omsk';
const NOVOSIBIRSK = 'Asia/Novosibirsk';
const BARNAUL = 'Asia/Barnaul';
const KRASNOYARSK = 'Asia/Krasnoyarsk';
const IRKUTSK = 'Asia/Irkutsk';
const YAKUTSK = 'Asia/Yakutsk';
const VLADIVOSTOK = 'Asia/Vladivostok';

/** Russia zone table: federal subjects, postal index ranges, largest cities. */
export const RUSSIA_TIME_ZONES: CountryZoneTable = {
  primary: MOSCOW,
  regions: [
    ['MOW', 'Moscow|Moskva|Москва', MOSCOW],
    ['MOS', 'Moscow Oblast|Moskovskaya Oblast|Московская область', MOSCOW],
    ['SPE', 'Saint Petersburg|Sankt-Peterburg|St Petersburg|Санкт-Петербург', MOSCOW],
    ['LEN', 'Leningrad Oblast|Leningradskaya Oblast|Ленинградская область', MOSCOW],
    ['KGD', 'Kaliningrad Oblast|Kaliningrad|Калининградская область', KALININGRAD],
    ['AD', 'Adygea|Adygeya|Адыгея', MOSCOW],
    ['AL', 'Altai Republic|Altay Republic|Республика Алтай', BARNAUL],
    ['BA', 'Bashkortostan|Bashkiria|Башкортостан', YEKATERINBURG],
    ['BU', 'Buryatia|Buryatiya|Бурятия', IRKUTSK],
    ['CE', 'Chechnya|Chechen Republic|Чечня|Чеченская Республика', MOSCOW],
    ['CU', 'Chuvashia|Chuvash Republic|Чувашия', MOSCOW],
    ['DA', 'Dagestan|Дагестан', MOSCOW],
    ['IN', 'Ingushetia|Ингушетия', MOSCOW],
    ['KB', 'Kabardino-Balkaria|Кабардино-Балкария', MOSCOW],
    ['KL', 'Kalmykia|Калмыкия', MOSCOW],
    ['KC', 'Karachay-Cherkessia|Карачаево-Черкесия', MOSCOW],
    ['KR', 'Karelia|Карелия', MOSCOW],
    ['KK', 'Khakassia|Хакасия', KRASNOYARSK],
    ['KO', 'Komi|Komi Republic|Коми', MOSCOW],
    ['ME', 'Mari El|Марий Эл', MOSCOW],
    ['MO', 'Mordovia|Мордовия', MOSCOW],
    ['SA', 'Sakha|Yakutia|Sakha (Yakutia)|Якутия|Саха (Якутия)', YAKUTSK, 'split'], // the north-east keeps +10 and +11
    ['SE', 'North Ossetia|North Ossetia-Alania|Северная Осетия', MOSCOW],
    ['TA', 'Tatarstan|Татарстан', MOSCOW],
    ['TY', 'Tuva|Tyva|Тыва', KRASNOYARSK],
    ['UD', 'Udmurtia|Udmurt Republic|Удмуртия', SAMARA],
    ['ALT', 'Altai Krai|Altay Krai|Алтайский край', BARNAUL],
    ['KAM', 'Kamchatka|Kamchatka Krai|Камчатский край', 'Asia/Kamchatka'],
    ['KHA', 'Khabarovsk Krai|Хабаровский край', VLADIVOSTOK],
    ['KDA', 'Krasnodar Krai|Краснодарский край', MOSCOW],
    ['KYA', 'Krasnoyarsk Krai|Красноярский край', KRASNOYARSK],
    ['PER', 'Perm Krai|Пермский край', YEKATERINBURG],
    ['PRI', 'Primorsky Krai|Primorye|Приморский край', VLADIVOSTOK],
    ['STA', 'Stavropol Krai|Ставропольский край', MOSCOW],
    ['ZAB', 'Zabaykalsky Krai|Zabaikalsky Krai|Забайкальский край', 'Asia/Chita'],
    ['AMU', 'Amur Oblast|Амурская область', YAKUTSK],
    ['ARK', 'Arkhangelsk Oblast|Архангельская область', MOSCOW],
    ['AST', 'Astrakhan Oblast|Астраханская область', 'Europe/Astrakhan'],
    ['BEL', 'Belgorod Oblast|Белгородская область', MOSCOW],
    ['BRY', 'Bryansk Oblast|Брянская область', MOSCOW],
    ['CHE', 'Chelyabinsk Oblast|Челябинская область', YEKATERINBURG],
    ['IRK', 'Irkutsk Oblast|Иркутская область', IRKUTSK],
    ['IVA', 'Ivanovo Oblast|Ивановская область', MOSCOW],
    ['KLU', 'Kaluga Oblast|Калужская область', MOSCOW],
    ['KEM', 'Kemerovo Oblast|Kuzbass|Кемеровская область', 'Asia/Novokuznetsk'],
    ['KIR', 'Kirov Oblast|Кировская область', 'Europe/Kirov'],
    ['KOS', 'Kostroma Oblast|Костромская область', MOSCOW],
    ['KGN', 'Kurgan Oblast|Курганская область', YEKATERINBURG],
    ['KRS', 'Kursk Oblast|Курская область', MOSCOW],
    ['LIP', 'Lipetsk Oblast|Липецкая область', MOSCOW],
    ['MAG', 'Magadan Oblast|Магаданская область', 'Asia/Magadan'],
    ['MUR', 'Murmansk Oblast|Мурманская область', MOSCOW],
    ['NIZ', 'Nizhny Novgorod Oblast|Нижегородская область', MOSCOW],
    ['NGR', 'Novgorod Oblast|Новгородская область', MOSCOW],
    ['NVS', 'Novosibirsk Oblast|Новосибирская область', NOVOSIBIRSK],
    ['OMS', 'Omsk Oblast|Омская область', OMSK],
    ['ORE', 'Orenburg Oblast|Оренбургская область', YEKATERINBURG],
    ['ORL', 'Oryol Oblast|Орловская область', MOSCOW],
    ['PNZ', 'Penza Oblast|Пензенская область', MOSCOW],
    ['PSK', 'Pskov Oblast|Псковская область', MOSCOW],
    ['ROS', 'Rostov Oblast|Ростовская область', MOSCOW],
    ['RYA', 'Ryazan Oblast|Рязанская область', MOSCOW],
    ['SAK', 'Sakhalin Oblast|Сахалинская область', 'Asia/Sakhalin'],
    ['SAM', 'Samara Oblast|Самарская область', SAMARA],
    ['SAR', 'Saratov Oblast|Саратовская область', 'Europe/Saratov'],
    ['SMO', 'Smolensk Oblast|Смоленская область', MOSCOW],
    ['SVE', 'Sverdlovsk Oblast|Свердловская область', YEKATERINBURG],
    ['TAM', 'Tambov Oblast|Тамбовская область', MOSCOW],
    ['TOM', 'Tomsk Oblast|Томская область', 'Asia/Tomsk'],
    ['TUL', 'Tula Oblast|Тульская область', MOSCOW],
    ['TVE', 'Tver Oblast|Тверская область', MOSCOW],
    ['TYU', 'Tyumen Oblast|Тюменская область', YEKATERINBURG],
    ['ULY', 'Ulyanovsk Oblast|Ульяновская область', 'Europe/Ulyanovsk'],
    ['VLA', 'Vladimir Oblast|Владимирская область', MOSCOW],
    ['VGG', 'Volgograd Oblast|Волгоградская область', 'Europe/Volgograd'],
    ['VLG', 'Vologda Oblast|Вологодская область', MOSCOW],
    ['VOR', 'Voronezh Oblast|Воронежская область', MOSCOW],
    ['YAR', 'Yaroslavl Oblast|Ярославская область', MOSCOW],
    ['YEV', 'Jewish Autonomous Oblast|Еврейская автономная область', VLADIVOSTOK],
    ['CHU', 'Chukotka|Chukotka Autonomous Okrug|Чукотский автономный округ', 'Asia/Anadyr'],
    ['KHM', 'Khanty-Mansi Autonomous Okrug|Khanty-Mansiysk|Yugra|Ханты-Мансийский автономный округ', YEKATERINBURG],
    ['NEN', 'Nenets Autonomous Okrug|Ненецкий автономный округ', MOSCOW],
    ['YAN', 'Yamalo-Nenets Autonomous Okrug|Yamal|Ямало-Ненецкий автономный округ', YEKATERINBURG],
    ['CR', 'Crimea|Republic of Crimea|Крым|Республика Крым', 'Europe/Simferopol'],
    ['SEV', 'Sevastopol|Севастополь', 'Europe/Simferopol'],
  ],
  postalFormat: /^\d{6}$/,
  postalRules: [
    ['101', '199', MOSCOW], // Moscow, the centre and the north-west
    ['200', '299', MOSCOW], // Smolensk, Bryansk
    ['236', '238', KALININGRAD],
    ['295', '299', 'Europe/Simferopol'], // Crimea, Sevastopol
    ['300', '399', MOSCOW], // the south and the Black Earth region
    ['400', '404', 'Europe/Volgograd'],
    ['410', '413', 'Europe/Saratov'],
    ['414', '416', 'Europe/Astrakhan'],
    ['420', '425', MOSCOW], // Tatarstan, Mari El
    ['426', '427', SAMARA], // Udmurtia
    ['428', '431', MOSCOW], // Chuvashia, Mordovia
    ['432', '433', 'Europe/Ulyanovsk'],
    ['440', '442', MOSCOW], // Penza
    ['443', '446', SAMARA],
    ['450', '457', YEKATERINBURG], // Bashkortostan, Chelyabinsk
    ['460', '462', YEKATERINBURG], // Orenburg
    ['600', '607', MOSCOW], // Vladimir, Nizhny Novgorod
    ['610', '613', 'Europe/Kirov'],
    ['614', '629', YEKATERINBURG], // Perm, Sverdlovsk, Tyumen, Khanty-Mansi, Yamal
    ['630', '633', NOVOSIBIRSK],
    ['634', '636', 'Asia/Tomsk'],
    ['640', '641', YEKATERINBURG], // Kurgan
    ['644', '646', OMSK],
    ['649', '649', BARNAUL], // Altai Republic
    ['650', '654', 'Asia/Novokuznetsk'], // Kemerovo
    ['655', '655', KRASNOYARSK], // Khakassia
    ['656', '659', BARNAUL], // Altai Krai
    ['660', '663', KRASNOYARSK],
    ['664', '666', IRKUTSK],
    ['667', '668', KRASNOYARSK], // Tuva
    ['669', '671', IRKUTSK], // Ust-Orda, Buryatia
    ['672', '674', 'Asia/Chita'],
    ['675', '676', YAKUTSK], // Amur
    ['677', '678', YAKUTSK, 'mixed'], // Sakha
    ['679', '682', VLADIVOSTOK], // Jewish Autonomous Oblast, Khabarovsk
    ['683', '684', 'Asia/Kamchatka'],
    ['685', '686', 'Asia/Magadan'],
    ['689', '689', 'Asia/Anadyr'],
    ['690', '692', VLADIVOSTOK], // Primorsky
    ['693', '694', 'Asia/Sakhalin'],
  ],
  cities: [
    ['', 'Moscow|Moskva|Москва|Zelenograd', MOSCOW],
    ['', 'Saint Petersburg|St Petersburg|Sankt-Peterburg|Санкт-Петербург', MOSCOW],
    ['', 'Kazan|Казань|Nizhny Novgorod|Нижний Новгород|Rostov-on-Don|Ростов-на-Дону|Krasnodar|Краснодар|Voronezh|Воронеж|Sochi|Сочи|Yaroslavl|Tula|Ryazan|Penza|Lipetsk|Makhachkala|Murmansk|Arkhangelsk|Syktyvkar|Cheboksary', MOSCOW],
    ['', 'Kaliningrad|Калининград', KALININGRAD],
    ['', 'Samara|Самара|Tolyatti|Izhevsk|Ижевск', SAMARA],
    ['', 'Saratov|Саратов', 'Europe/Saratov'],
    ['', 'Volgograd|Волгоград', 'Europe/Volgograd'],
    ['', 'Astrakhan|Астрахань', 'Europe/Astrakhan'],
    ['', 'Ulyanovsk|Ульяновск', 'Europe/Ulyanovsk'],
    ['', 'Yekaterinburg|Ekaterinburg|Екатеринбург|Chelyabinsk|Челябинск|Ufa|Уфа|Perm|Пермь|Tyumen|Тюмень|Orenburg|Surgut|Kurgan|Magnitogorsk', YEKATERINBURG],
    ['', 'Omsk|Омск', OMSK],
    ['', 'Novosibirsk|Новосибирск', NOVOSIBIRSK],
    ['', 'Tomsk|Томск', 'Asia/Tomsk'],
    ['', 'Barnaul|Барнаул', BARNAUL],
    ['', 'Kemerovo|Novokuznetsk|Кемерово|Новокузнецк', 'Asia/Novokuznetsk'],
    ['', 'Krasnoyarsk|Красноярск|Norilsk|Abakan|Kyzyl', KRASNOYARSK],
    ['', 'Irkutsk|Иркутск|Ulan-Ude|Улан-Удэ|Bratsk', IRKUTSK],
    ['', 'Chita|Чита', 'Asia/Chita'],
    ['', 'Yakutsk|Якутск|Blagoveshchensk|Благовещенск', YAKUTSK],
    ['', 'Vladivostok|Владивосток|Khabarovsk|Хабаровск|Nakhodka|Ussuriysk|Komsomolsk-on-Amur|Birobidzhan', VLADIVOSTOK],
    ['', 'Yuzhno-Sakhalinsk|Южно-Сахалинск', 'Asia/Sakhalin'],
    ['', 'Magadan|Магадан', 'Asia/Magadan'],
    ['', 'Petropavlovsk-Kamchatsky|Петропавловск-Камчатский', 'Asia/Kamchatka'],
    ['', 'Anadyr|Анадырь', 'Asia/Anadyr'],
    ['', 'Simferopol|Симферополь|Sevastopol|Севастополь|Yalta|Kerch', 'Europe/Simferopol'],
    ['SA', 'Yakutsk|Mirny|Neryungri|Lensk|Aldan', YAKUTSK],
    ['SA', 'Khandyga|Tomponsky', 'Asia/Khandyga'],
    ['SA', 'Ust-Nera|Oymyakon', 'Asia/Ust-Nera'],
    ['SA', 'Srednekolymsk|Chersky|Chokurdakh', 'Asia/Srednekolymsk'],
  ],
};
