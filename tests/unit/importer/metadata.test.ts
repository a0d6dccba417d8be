import { describe, expect, it } from 'vitest';
import { extractMetadata, findDate, findScript, findType, isAnonymized } from '../../../src/lib/importer/metadata.ts';

describe('report metadata from the text', () => {
  it('takes issuer, region and level from a title that names them', () => {
    const meta = extractMetadata('清丰县教育局2020年工作总结', ['2020年，全县教育工作稳步推进。']);
    expect(meta).toMatchObject({ issuer: '清丰县教育局', level: 'county', year: 2020, type: 'summary' });
    expect(meta.region).toEqual({ province: '河南省', city: '濮阳市', county: '清丰县' });
    expect(meta.regionEvidence).toBe('unique');
  });

  it('fills the region of a Traditional issuer with the official names, keeping the issuer as written', () => {
    const meta = extractMetadata('會寧縣教育局2019年工作總結', ['全縣教育工作穩步推進。']);
    expect(meta).toMatchObject({
      issuer: '會寧縣教育局',
      level: 'county',
      region: { province: '甘肃省', city: '白银市', county: '会宁县' },
    });
  });

  it('keeps the whole chain of places in the issuer and settles a shared name by it', () => {
    const meta = extractMetadata('天津市和平区教育局2016年工作总结', ['全区教育工作稳步推进。']);
    expect(meta).toMatchObject({
      issuer: '天津市和平区教育局',
      level: 'district',
      region: { province: '天津市', county: '和平区' },
    });
  });

  it('settles a name several divisions share by the places the text mentions, or says it could not', () => {
    const settled = extractMetadata('朝阳区教育局工作总结', [
      '在长春市委、市政府领导下，全区教育工作稳步推进。',
      '长春市教育局给予支持。',
    ]);
    expect(settled.region).toEqual({ province: '吉林省', city: '长春市', county: '朝阳区' });
    const open = extractMetadata('朝阳区教育局工作总结', ['全区教育工作稳步推进。']);
    expect(open.regionEvidence).toBe('ambiguous');
    expect(open.notes.join('')).toContain('朝阳区');
  });

  it('leaves the region of a placeholder issuer empty', () => {
    expect(extractMetadata('××县教育局2024年工作要点', ['全县……'])).toMatchObject({
      issuer: '××县教育局',
      level: 'county',
      region: {},
    });
  });

  it('finds the issuer in the text when the title names none', () => {
    const meta = extractMetadata('教育局年终工作总结', [
      '20xx年，xx市教育局以“四化联动”为思路。',
      'xx市教育局成立了领导小组。',
    ]);
    expect(meta).toMatchObject({ issuer: 'xx市教育局', level: 'city', year: null });
    expect(meta.region).toEqual({});
  });

  it('keeps a bureau with a longer name and reads districts', () => {
    const meta = extractMetadata('区教育体育局XX年度工作总结', [
      '下发xx市xx区教育体育局2023年责任清单。',
      '制定xx区教育体育局实施方案。',
    ]);
    expect(meta).toMatchObject({ issuer: 'xx区教育体育局', level: 'district', year: null });
  });

  it('reads the level from 市教育局 when the place is not named', () => {
    expect(extractMetadata('在评估总结会上的讲话', ['我代表市教育局表示感谢。'])).toMatchObject({
      issuer: '市教育局',
      level: 'city',
    });
  });

  it('reads the level from 我县、全县 when nothing else tells', () => {
    expect(extractMetadata('教育局工作总结', ['我县教育事业稳步发展。', '全县学校完成改造。']).level).toBe('county');
  });

  it('treats a county-level city as county-level, under its prefecture', () => {
    const meta = extractMetadata('2022年津市市教育局工作总结', ['津市市教育局党委有成员9名。']);
    expect(meta).toMatchObject({
      issuer: '津市市教育局',
      region: { province: '湖南省', city: '常德市', county: '津市市' },
      level: 'county',
    });
  });

  it('takes a prefecture-level city as a city', () => {
    const meta = extractMetadata('东莞市教育局工作总结', ['创建广东省安全文明校园6所。', '向青海玉树灾区捐款。']);
    expect(meta).toMatchObject({ level: 'city', region: { province: '广东省', city: '东莞市' } });
  });

  it('does not mistake words before a place for its name', () => {
    const meta = extractMetadata('教育局工作总结', [
      '成都市教育局召开会议。',
      '获成都市一等奖。',
      '成都市开展质量监测。',
    ]);
    expect(meta.issuer).toBe('成都市教育局');
  });

  it('infers the bureau of a county the text keeps naming, with a note', () => {
    const meta = extractMetadata('教育工作報告材料', [
      '出臺《靖遠縣校長職級制改革實施細則》。',
      '局機關要規範流程。',
      '協調靖遠縣電視臺。',
    ]);
    expect(meta).toMatchObject({
      issuer: '靖遠縣教育局',
      region: { province: '甘肃省', city: '白银市', county: '靖远县' },
      level: 'county',
      script: 'zh-Hant',
    });
    expect(meta.notes).toHaveLength(1);
  });

  it('takes a bureau under a name the divisions do not hold only when the text writes it twice', () => {
    const twice = extractMetadata('教育局工作总结', [
      '崇文区教育局认真落实全区教育工作部署。',
      '崇文区教育局组织开展教师培训。',
    ]);
    expect(twice).toMatchObject({
      issuer: '崇文区教育局',
      level: 'district',
      region: { county: '崇文区' },
      regionEvidence: 'unknown',
    });
    expect(twice.notes).toEqual(['“崇文区”不在行政区划（GB/T 2260）中，地区照原文填写，请核对']);
    // Once may be a verb before 区教育局 (认真履行区教育局…): the title's bare bureau stands.
    const once = extractMetadata('教育局工作总结', ['崇文区教育局认真落实全区教育工作部署。']);
    expect(once).toMatchObject({ issuer: '教育局', region: {}, regionEvidence: 'none' });
  });

  it('falls back to 教育局 with a note', () => {
    const meta = extractMetadata('领导个人总结', ['争先创优是干事创业的应有作风。']);
    expect(meta).toMatchObject({ issuer: '教育局', level: 'unknown' });
    expect(meta.notes).toEqual(['原文没有写出发文单位，暂填“教育局”']);
  });

  it('gives a title that names a place but no bureau to that place, not to another bureau the text names', () => {
    const meta = extractMetadata('2023年常德市教育工作会议主持词', [
      '主持人：市教育局副局长×××',
      '下面请澧县教育局作典型发言。',
      '请市教育局局长作工作报告。',
    ]);
    expect(meta).toMatchObject({
      issuer: '常德市教育局',
      level: 'city',
      region: { province: '湖南省', city: '常德市' },
    });
  });

  it('completes 县教育局 with the one county named around the report', () => {
    const meta = extractMetadata(
      '在2022年教师节表彰大会上的致辞',
      ['我代表县教育局，向全县教师致以节日的问候。'],
      '编者按：9月9日上午，于都县庆祝第38个教师节暨表彰大会召开。',
    );
    expect(meta).toMatchObject({
      issuer: '于都县教育局',
      level: 'county',
      region: { province: '江西省', city: '赣州市', county: '于都县' },
    });
    expect(meta.notes).toContain('正文只写了“县教育局”，按页面上提到的“于都县”填写为于都县教育局');
  });

  it('completes 区教育局 from a short name the page around the report and the text both write', () => {
    const meta = extractMetadata(
      '2024年全区教育工作会议主持词',
      ['区教育局党委书记作工作报告。', '奋力开创江夏教育工作新局面！'],
      '原创 江夏教育之声 江夏教育之声 2024年02月27日\n点击上方蓝字“江夏教育之声”关注我们',
    );
    expect(meta).toMatchObject({
      issuer: '江夏区教育局',
      region: { province: '湖北省', city: '武汉市', county: '江夏区' },
    });
  });

  it("dates a document by its 成文日期 when its text has no date, never by the page's 发布日期", () => {
    expect(
      extractMetadata(
        '某某县教育局2022年工作要点',
        ['全县教育工作稳步推进。'],
        '索引号：001\n成文日期：2022-02-18\n发布日期：2022-02-25',
      ).date,
    ).toBe('2022-02-18');
    expect(
      extractMetadata('某某县教育局2022年工作要点', ['全县教育工作稳步推进。'], '发布日期：2022-02-25').date,
    ).toBeUndefined();
  });

  it("gives a principal's speech to the school, with the place the page writes before it", () => {
    const meta = extractMetadata(
      '在2019年秋季开学典礼上的讲话',
      ['城关中学校长　张××', '（2019年9月2日）', '在县委、县政府和县教育局的正确领导下，全校工作稳步推进。'],
      '9月2日上午，洛川县城关中学2400余名师生举行开学典礼。',
    );
    expect(meta).toMatchObject({
      issuer: '洛川县城关中学',
      level: 'county',
      region: { province: '陕西省', city: '延安市', county: '洛川县' },
    });
  });

  it('reads 和县 after another word as 和 and 县, and after a place as the county', () => {
    expect(
      extractMetadata('教育工作总结', ['在县委、县政府和县教育局的正确领导下，全县教育工作稳步推进。']).issuer,
    ).toBe('县教育局');
    expect(extractMetadata('马鞍山市和县教育局2020年工作总结', ['全县教育工作稳步推进。']).issuer).toBe(
      '马鞍山市和县教育局',
    );
  });
});

describe('year', () => {
  it('prefers the title, then the opening of the text', () => {
    expect(extractMetadata('2022年教育局领导班子工作总结', ['2021年以来……']).year).toBe(2022);
    expect(extractMetadata('教育科技局工作总结', ['2015年是实施“十二五”规划的最后一年。']).year).toBe(2015);
  });

  it('is null when the title or the opening hides it', () => {
    expect(extractMetadata('区教育体育局XX年度工作总结', ['2023年全区……']).year).toBeNull();
    expect(extractMetadata('教育局年终工作总结', ['20xx年，全市教育系统……2019年曾……']).year).toBeNull();
    expect(extractMetadata('教育局领导个人总结', ['没有年份的正文。']).year).toBeNull();
  });
});

describe('date, type, script and placeholders', () => {
  it('reads a date line under the title or at the end', () => {
    expect(findDate(['（2011年3月30日）', '正文。'])).toBe('2011-03-30');
    expect(findDate(['正文。', '2020-11-26'])).toBe('2020-11-26');
    expect(findDate(['2020年2月30日'])).toBeUndefined();
    expect(findDate(['2020年11月26日召开会议。'])).toBeUndefined();
    expect(findDate(['正文。', '清丰县教育局', '二〇二一年一月十二日'])).toBe('2021-01-12');
    expect(findDate(['——在2014年全市教育工作会议上的讲话', '（2014年3月5日）', '正文。'])).toBe('2014-03-05');
    expect(findDate(['用户8827：格式很规范，正好用得上。2024-02-05'])).toBeUndefined();
  });

  it('dates a speech by its subtitle when the title has no year', () => {
    const meta = extractMetadata('凝心聚力 深化改革', ['——在全市教育工作会议上的讲话', '（2014年3月5日）', '同志们：']);
    expect(meta).toMatchObject({ year: 2014, date: '2014-03-05', evidence: { year: 'date' } });
  });

  it.each([
    ['教育局2020年工作总结', 'summary'],
    ['个人述职报告', 'report'],
    ['2020年上半年工作总结', 'summary'],
    ['2020年工作总结和2021年工作计划', 'summary'],
    ['在2020年工作总结会上的讲话', 'speech'],
    ['2022年工作报告', 'report'],
    ['开幕式主持词', 'speech'],
    ['2021年教育工作要点', 'plan'],
    ['2020年全县教育工作思路', 'plan'],
    ['教育局工作计划', 'plan'],
    ['在全县教育大会上的讲话', 'speech'],
    ['开学典礼致辞', 'speech'],
    ['评估总结会上的讲话', 'speech'],
    ['教育工作報告材料', 'report'],
    ['关于教育工作情况的汇报', 'report'],
    ['教育局大事记', 'other'],
  ])('%s is a %s', (title, type) => {
    expect(findType(title)).toEqual({ type, evidence: type === 'other' ? 'none' : 'title' });
  });

  it('reads the type from the opening of the text when the title has no document word', () => {
    expect(findType('凝心聚力 办好人民满意的教育', '同志们：今天我们召开全县教育工作会议。')).toEqual({
      type: 'speech',
      evidence: 'text',
    });
    expect(findType('教育事业稳步发展', '一年来，全县教育系统……')).toEqual({ type: 'summary', evidence: 'text' });
  });

  it('tells Traditional from Simplified by the characters', () => {
    expect(findScript('加強師德師風建設，開展教師培訓。')).toBe('zh-Hant');
    expect(findScript('加强师德师风建设，开展教师培训。著作')).toBe('zh-Hans');
  });

  it('recognizes placeholders for names and figures', () => {
    for (const text of [
      'xx小学',
      'XX县教育局',
      '投资XXX万元',
      '**学校',
      '“x”规划',
      '20xx年',
      '××县',
      '述职人：×××',
      '张*同志',
    ])
      expect(isAnonymized(text)).toBe(true);
    for (const text of ['GPS系统', 'a证教师', '6a人数', 'Excel表格', '2×2']) expect(isAnonymized(text)).toBe(false);
  });
});
