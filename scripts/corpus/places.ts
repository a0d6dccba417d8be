/** Provinces, cities and counties the generated reports come from: real names, a few per province. */
interface Province {
  name: string;
  cities: { name: string; counties: string[] }[];
}

export const provinces: Province[] = [
  {
    name: '河南省',
    cities: [
      { name: '濮阳市', counties: ['清丰县', '南乐县', '范县'] },
      { name: '驻马店市', counties: ['西平县', '上蔡县', '汝南县'] },
    ],
  },
  {
    name: '甘肃省',
    cities: [
      { name: '白银市', counties: ['靖远县', '会宁县', '景泰县'] },
      { name: '天水市', counties: ['秦安县', '甘谷县', '武山县'] },
    ],
  },
  {
    name: '湖南省',
    cities: [
      { name: '常德市', counties: ['津市市', '澧县', '临澧县'] },
      { name: '岳阳市', counties: ['华容县', '湘阴县', '平江县'] },
    ],
  },
  {
    name: '广东省',
    cities: [
      { name: '湛江市', counties: ['徐闻县', '遂溪县', '雷州市'] },
      { name: '韶关市', counties: ['乐昌市', '南雄市', '仁化县'] },
    ],
  },
  {
    name: '四川省',
    cities: [
      { name: '成都市', counties: ['邛崃市', '崇州市', '大邑县'] },
      { name: '绵阳市', counties: ['江油市', '三台县', '梓潼县'] },
    ],
  },
  {
    name: '山东省',
    cities: [
      { name: '潍坊市', counties: ['寿光市', '昌乐县', '临朐县'] },
      { name: '临沂市', counties: ['沂南县', '郯城县', '兰陵县'] },
    ],
  },
  {
    name: '江西省',
    cities: [
      { name: '赣州市', counties: ['于都县', '瑞金市', '兴国县'] },
      { name: '上饶市', counties: ['婺源县', '弋阳县', '铅山县'] },
    ],
  },
  {
    name: '广西壮族自治区',
    cities: [
      { name: '桂林市', counties: ['阳朔县', '灵川县', '全州县'] },
      { name: '百色市', counties: ['田阳区', '凌云县', '乐业县'] },
    ],
  },
  { name: '黑龙江省', cities: [{ name: '鸡西市', counties: ['虎林市', '密山市', '鸡东县'] }] },
  {
    name: '浙江省',
    cities: [
      { name: '温州市', counties: ['瑞安市', '永嘉县', '苍南县'] },
      { name: '金华市', counties: ['义乌市', '东阳市', '浦江县'] },
    ],
  },
];

/** Districts of cities, for district-level bureaus. */
export const districts: { province: string; city: string; names: string[] }[] = [
  { province: '湖南省', city: '长沙市', names: ['雨花区', '岳麓区', '开福区'] },
  { province: '四川省', city: '成都市', names: ['锦江区', '青羊区', '武侯区'] },
  { province: '广东省', city: '广州市', names: ['越秀区', '海珠区', '白云区'] },
  { province: '河南省', city: '郑州市', names: ['中原区', '金水区', '二七区'] },
];
