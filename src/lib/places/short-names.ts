/**
 * The 55 minority nationalities as autonomous divisions name them (GB/T 3304),
 * plus 各 for 各族 (龙胜各族自治县). An autonomous division's short name is what
 * precedes these: 恩施土家族苗族自治州 is called 恩施, not 恩施土家族苗族.
 */
const nationalities = (
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 ' +
  '塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各'
).split(' ');

// Longest first, so 土家族 is taken whole rather than as 家族 after 土. A bare
// name without 族 (巴音郭楞蒙古自治州) is only taken when it has two characters
// or more: a bare 藏 would turn 西藏 into 西.
const nationalityAtEnd = new RegExp(
  `(?:${[...nationalities]
    .sort((a, b) => b.length - a.length)
    .map((name) => (name.length > 1 ? `${name}(?:族)?` : `${name}族`))
    .join('|')})$`,
);

const autonomous = /自治(?:区|州|县|旗)$/;

/** Endings that name the kind of division; the first that matches is the one. */
const endings: readonly RegExp[] = [/特别行政区$/, /地区$/, /[省市县区旗盟]$/];

/**
 * 林区 and 特区 are ambiguous in form (神农架林区 is 神农架 + 林区, but 万柏林区
 * is 万柏林 + 区), so both readings are kept: the wrong one is a key no text uses.
 */
const secondReading = /[林特]区$/;

/**
 * The forms a division's name takes without its ending, as in 清丰教育局 or
 * 恩施州: 清丰县 → 清丰, 津市市 → 津市, 广西壮族自治区 → 广西. A short name has
 * at least two characters, since one character (城区 → 城) would match
 * unrelated text. Names with other endings (管委会, 群岛, 新城) have none.
 */
export function shortNamesOf(name: string): string[] {
  if (autonomous.test(name)) {
    const short = withoutNationalities(name.replace(autonomous, ''));
    return short.length >= 2 ? [short] : [];
  }
  const ending = endings.find((pattern) => pattern.test(name));
  if (!ending) return [];
  const readings = [name.replace(ending, '')];
  if (secondReading.test(name)) readings.push(name.replace(secondReading, ''));
  return readings.filter((short) => short.length >= 2);
}

/** 积石山保安族东乡族撒拉族 → 积石山; a name that is nothing but nationalities keeps the first: 鄂温克族 → 鄂温克. */
function withoutNationalities(stem: string): string {
  let rest = stem;
  for (;;) {
    const match = nationalityAtEnd.exec(rest);
    if (!match) return rest;
    const before = rest.slice(0, match.index);
    if (before.length === 0) return match[0].replace(/族$/, '');
    // 内蒙古 is not 内 + 蒙古.
    if (before.length < 2) return rest;
    rest = before;
  }
}
