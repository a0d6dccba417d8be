/**
 * The tile map of China's provincial-level divisions: one equal square per
 * division, placed on a grid so that neighbours stay roughly neighbours
 * (columns run west to east, rows north to south). A tile map draws no
 * boundaries, so it needs no boundary data set, and it gives a small
 * municipality the same room as a large province, which suits counts of
 * documents better than area does. Names are the official full names
 * (GB/T 2260), as the province facet holds them; `label` is what the tile
 * shows. tests/unit/places/province-tiles.test.ts checks that every division
 * of the code table is here once, with a free square of its own.
 */
interface ProvinceTile {
  name: string;
  label: string;
  column: number;
  row: number;
}

const layout: [name: string, label: string, column: number, row: number][] = [
  ['黑龙江省', '黑龙江', 6, 0],
  ['内蒙古自治区', '内蒙古', 4, 1],
  ['吉林省', '吉林', 6, 1],
  ['新疆维吾尔自治区', '新疆', 0, 2],
  ['甘肃省', '甘肃', 1, 2],
  ['宁夏回族自治区', '宁夏', 2, 2],
  ['北京市', '北京', 4, 2],
  ['辽宁省', '辽宁', 5, 2],
  ['西藏自治区', '西藏', 0, 3],
  ['青海省', '青海', 1, 3],
  ['陕西省', '陕西', 2, 3],
  ['山西省', '山西', 3, 3],
  ['河北省', '河北', 4, 3],
  ['天津市', '天津', 5, 3],
  ['四川省', '四川', 1, 4],
  ['重庆市', '重庆', 2, 4],
  ['河南省', '河南', 3, 4],
  ['山东省', '山东', 4, 4],
  ['云南省', '云南', 1, 5],
  ['贵州省', '贵州', 2, 5],
  ['湖北省', '湖北', 3, 5],
  ['安徽省', '安徽', 4, 5],
  ['江苏省', '江苏', 5, 5],
  ['上海市', '上海', 6, 5],
  ['广西壮族自治区', '广西', 2, 6],
  ['湖南省', '湖南', 3, 6],
  ['江西省', '江西', 4, 6],
  ['浙江省', '浙江', 5, 6],
  ['广东省', '广东', 3, 7],
  ['福建省', '福建', 4, 7],
  ['台湾省', '台湾', 5, 7],
  ['海南省', '海南', 2, 8],
  ['澳门特别行政区', '澳门', 3, 8],
  ['香港特别行政区', '香港', 4, 8],
];

export const provinceTiles: readonly ProvinceTile[] = layout.map(([name, label, column, row]) => ({
  name,
  label,
  column,
  row,
}));
