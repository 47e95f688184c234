/**
 * Chinese place names as Chinese carriers print them (`opOrgCity` 上海市, `opOrgProvName` 广东省, office
 * names such as 广州市国际互换局) → the name in Hanyu Pinyin / common English spelling, for structured
 * locations. Provinces and province-level regions are complete; cities cover the provincial capitals, the
 * large e-commerce and export cities (Shenzhen, Guangzhou, Dongguan, Yiwu, Jinhua, Quanzhou...), and the
 * cities with an international mail exchange office or border post (Suifenhe, Manzhouli, Khorgos...).
 *
 * Hong Kong, Macao and Taiwan have their own ISO 3166 codes (HK, MO, TW), so their entries say so.
 * A name that is not here is kept as written by the adapter (never transliterated by guesswork).
 */

/** One place: its name in Latin letters and its ISO 3166-1 alpha-2 country. */
export interface ChinesePlace {
  name: string;
  countryCode: string;
}

/** Province-level divisions, written without their suffix (省, 市, 自治区...). */
const PROVINCES: Readonly<Record<string, string>> = {
  北京: 'Beijing',
  天津: 'Tianjin',
  上海: 'Shanghai',
  重庆: 'Chongqing',
  河北: 'Hebei',
  山西: 'Shanxi',
  辽宁: 'Liaoning',
  吉林: 'Jilin',
  黑龙江: 'Heilongjiang',
  江苏: 'Jiangsu',
  浙江: 'Zhejiang',
  安徽: 'Anhui',
  福建: 'Fujian',
  江西: 'Jiangxi',
  山东: 'Shandong',
  河南: 'Henan',
  湖北: 'Hubei',
  湖南: 'Hunan',
  广东: 'Guangdong',
  海南: 'Hainan',
  四川: 'Sichuan',
  贵州: 'Guizhou',
  云南: 'Yunnan',
  陕西: 'Shaanxi',
  甘肃: 'Gansu',
  青海: 'Qinghai',
  内蒙古: 'Inner Mongolia',
  广西: 'Guangxi',
  西藏: 'Xizang',
  宁夏: 'Ningxia',
  新疆: 'Xinjiang',
};

/** Regions with their own ISO country code. */
const SEPARATE_REGIONS: Readonly<Record<string, ChinesePlace>> = {
  香港: { name: 'Hong Kong', countryCode: 'HK' },
  澳门: { name: 'Macao', countryCode: 'MO' },
  台湾: { name: 'Taiwan', countryCode: 'TW' },
};

/** Cities, written without the 市 suffix. */
const CITIES: Readonly<Record<string, string>> = {
  北京: 'Beijing',
  上海: 'Shanghai',
  天津: 'Tianjin',
  重庆: 'Chongqing',
  // Guangdong
  广州: 'Guangzhou',
  深圳: 'Shenzhen',
  东莞: 'Dongguan',
  佛山: 'Foshan',
  珠海: 'Zhuhai',
  中山: 'Zhongshan',
  惠州: 'Huizhou',
  汕头: 'Shantou',
  江门: 'Jiangmen',
  揭阳: 'Jieyang',
  潮州: 'Chaozhou',
  湛江: 'Zhanjiang',
  茂名: 'Maoming',
  肇庆: 'Zhaoqing',
  清远: 'Qingyuan',
  韶关: 'Shaoguan',
  梅州: 'Meizhou',
  汕尾: 'Shanwei',
  河源: 'Heyuan',
  阳江: 'Yangjiang',
  云浮: 'Yunfu',
  普宁: 'Puning',
  // Zhejiang
  杭州: 'Hangzhou',
  宁波: 'Ningbo',
  温州: 'Wenzhou',
  金华: 'Jinhua',
  义乌: 'Yiwu',
  台州: 'Taizhou',
  嘉兴: 'Jiaxing',
  绍兴: 'Shaoxing',
  湖州: 'Huzhou',
  丽水: 'Lishui',
  衢州: 'Quzhou',
  舟山: 'Zhoushan',
  慈溪: 'Cixi',
  余姚: 'Yuyao',
  永康: 'Yongkang',
  // Jiangsu
  南京: 'Nanjing',
  苏州: 'Suzhou',
  无锡: 'Wuxi',
  常州: 'Changzhou',
  南通: 'Nantong',
  徐州: 'Xuzhou',
  扬州: 'Yangzhou',
  镇江: 'Zhenjiang',
  泰州: 'Taizhou',
  盐城: 'Yancheng',
  淮安: "Huai'an",
  连云港: 'Lianyungang',
  宿迁: 'Suqian',
  昆山: 'Kunshan',
  张家港: 'Zhangjiagang',
  常熟: 'Changshu',
  江阴: 'Jiangyin',
  // Fujian
  福州: 'Fuzhou',
  厦门: 'Xiamen',
  泉州: 'Quanzhou',
  莆田: 'Putian',
  漳州: 'Zhangzhou',
  晋江: 'Jinjiang',
  石狮: 'Shishi',
  龙岩: 'Longyan',
  三明: 'Sanming',
  南平: 'Nanping',
  宁德: 'Ningde',
  // Shandong
  济南: 'Jinan',
  青岛: 'Qingdao',
  烟台: 'Yantai',
  潍坊: 'Weifang',
  临沂: 'Linyi',
  威海: 'Weihai',
  淄博: 'Zibo',
  济宁: 'Jining',
  日照: 'Rizhao',
  德州: 'Dezhou',
  聊城: 'Liaocheng',
  泰安: "Tai'an",
  菏泽: 'Heze',
  枣庄: 'Zaozhuang',
  东营: 'Dongying',
  滨州: 'Binzhou',
  // Henan, Hubei, Hunan
  郑州: 'Zhengzhou',
  洛阳: 'Luoyang',
  开封: 'Kaifeng',
  新乡: 'Xinxiang',
  南阳: 'Nanyang',
  许昌: 'Xuchang',
  武汉: 'Wuhan',
  宜昌: 'Yichang',
  襄阳: 'Xiangyang',
  十堰: 'Shiyan',
  荆州: 'Jingzhou',
  长沙: 'Changsha',
  株洲: 'Zhuzhou',
  湘潭: 'Xiangtan',
  衡阳: 'Hengyang',
  岳阳: 'Yueyang',
  // Sichuan, Shaanxi
  成都: 'Chengdu',
  绵阳: 'Mianyang',
  德阳: 'Deyang',
  宜宾: 'Yibin',
  南充: 'Nanchong',
  泸州: 'Luzhou',
  西安: "Xi'an",
  咸阳: 'Xianyang',
  宝鸡: 'Baoji',
  // Hebei, Shanxi
  石家庄: 'Shijiazhuang',
  保定: 'Baoding',
  唐山: 'Tangshan',
  廊坊: 'Langfang',
  邯郸: 'Handan',
  沧州: 'Cangzhou',
  秦皇岛: 'Qinhuangdao',
  太原: 'Taiyuan',
  大同: 'Datong',
  // North-east
  沈阳: 'Shenyang',
  大连: 'Dalian',
  鞍山: 'Anshan',
  丹东: 'Dandong',
  营口: 'Yingkou',
  长春: 'Changchun',
  吉林: 'Jilin',
  哈尔滨: 'Harbin',
  大庆: 'Daqing',
  齐齐哈尔: 'Qiqihar',
  牡丹江: 'Mudanjiang',
  绥芬河: 'Suifenhe',
  // Anhui, Jiangxi
  合肥: 'Hefei',
  芜湖: 'Wuhu',
  蚌埠: 'Bengbu',
  南昌: 'Nanchang',
  赣州: 'Ganzhou',
  九江: 'Jiujiang',
  // South and south-west
  南宁: 'Nanning',
  桂林: 'Guilin',
  柳州: 'Liuzhou',
  凭祥: 'Pingxiang',
  海口: 'Haikou',
  三亚: 'Sanya',
  贵阳: 'Guiyang',
  遵义: 'Zunyi',
  昆明: 'Kunming',
  // North-west, Inner Mongolia, Tibet
  兰州: 'Lanzhou',
  西宁: 'Xining',
  银川: 'Yinchuan',
  乌鲁木齐: 'Urumqi',
  喀什: 'Kashgar',
  霍尔果斯: 'Khorgos',
  拉萨: 'Lhasa',
  呼和浩特: 'Hohhot',
  包头: 'Baotou',
  满洲里: 'Manzhouli',
  二连浩特: 'Erenhot',
};

const PROVINCE_SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '省', '市'];
const CITY_SUFFIXES = ['特别行政区', '地区', '市'];
/** Longest city name in {@link CITIES}, in characters. */
const LONGEST_CITY = Math.max(...Object.keys(CITIES).map((name) => name.length));

/**
 * A province-level division by its Chinese name, with or without its suffix (`广东省`, `广东`, `上海市`,
 * `新疆维吾尔自治区`), or `null`.
 *
 * @example
 * findChineseProvince('广东省'); // { name: 'Guangdong', countryCode: 'CN' }
 * findChineseProvince('香港特别行政区'); // { name: 'Hong Kong', countryCode: 'HK' }
 */
export function findChineseProvince(text: string | null | undefined): ChinesePlace | null {
  const key = stripSuffix(clean(text), PROVINCE_SUFFIXES);
  if (key === '') return null;
  const separate = SEPARATE_REGIONS[key];
  if (separate) return separate;
  const name = PROVINCES[key];
  return name === undefined ? null : { name, countryCode: 'CN' };
}

/**
 * A city by its Chinese name, with or without `市` (`深圳市`, `义乌`), or `null`.
 *
 * @example
 * findChineseCity('深圳市'); // { name: 'Shenzhen', countryCode: 'CN' }
 * findChineseCity('某某市'); // null
 */
export function findChineseCity(text: string | null | undefined): ChinesePlace | null {
  const key = stripSuffix(clean(text), CITY_SUFFIXES);
  if (key === '') return null;
  const separate = SEPARATE_REGIONS[key];
  if (separate) return separate;
  const name = CITIES[key];
  return name === undefined ? null : { name, countryCode: 'CN' };
}

/**
 * The city an office name starts with (`广州市国际互换局` → Guangzhou, `义乌邮政分公司` → Yiwu), the longest
 * known name winning, or `null`.
 *
 * @example
 * findChineseCityAtStart('上海市国际互换局'); // { name: 'Shanghai', countryCode: 'CN' }
 */
export function findChineseCityAtStart(text: string | null | undefined): ChinesePlace | null {
  const value = clean(text);
  for (let length = Math.min(LONGEST_CITY, value.length); length >= 2; length--) {
    const candidate = value.slice(0, length);
    const name = CITIES[candidate];
    if (name !== undefined) return { name, countryCode: 'CN' };
    const separate = SEPARATE_REGIONS[candidate];
    if (separate) return separate;
  }
  return null;
}

function clean(text: string | null | undefined): string {
  return typeof text === 'string' ? text.trim().replace(/[\s[\]【】]/g, '') : '';
}

function stripSuffix(value: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (value.length > suffix.length && value.endsWith(suffix)) return value.slice(0, -suffix.length);
  }
  return value;
}
