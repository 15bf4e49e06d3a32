// The places, units and people of the Chibi report (../shared/domain), as plain data.

export interface ChibiData {
  communities: { name: string; subdistrict: string; grids: string[] }[];
  units: { name: string; kind: string; contact?: string }[];
  committee: { community: string; person: string; position: string; title: string; unit?: string; sortOrder?: number }[];
}

export const CHIBI: ChibiData = {
  communities: [
    { name: '和尚岭社区', subdistrict: '蒲圻办事处', grids: ['和尚岭一网格', '和尚岭二网格', '和尚岭三网格'] },
    { name: '红旗桥社区', subdistrict: '蒲圻办事处', grids: ['红旗桥一网格', '红旗桥二网格'] },
    { name: '赤马港社区', subdistrict: '赤马港办事处', grids: ['河滨花园小区', '赤马港老街网格'] },
    { name: '六米桥社区', subdistrict: '蒲圻办事处', grids: ['翠泉花苑小区', '六米桥一网格'] },
  ],
  units: [
    { name: '市委办', kind: 'GOVERNMENT', contact: '市委办联络员' },
    { name: '市委党校', kind: 'INSTITUTION', contact: '市委党校联络员' },
    { name: '市委组织部', kind: 'GOVERNMENT' },
    { name: '市委宣传部', kind: 'GOVERNMENT' },
    { name: '市委政法委', kind: 'GOVERNMENT' },
    { name: '应急管理局', kind: 'GOVERNMENT' },
    { name: '水利和湖泊局', kind: 'GOVERNMENT', contact: '水利和湖泊局联络员' },
    { name: '城市管理执法局', kind: 'GOVERNMENT' },
    { name: '住房和城乡建设局', kind: 'GOVERNMENT' },
    { name: '教育局', kind: 'GOVERNMENT' },
    { name: '卫生健康局', kind: 'GOVERNMENT' },
    { name: '市妇联', kind: 'SOCIAL_ORGANIZATION' },
    { name: '赤壁市实验小学', kind: 'SCHOOL' },
    { name: '国网赤壁市供电公司', kind: 'ENTERPRISE' },
  ],
  committee: [
    { community: '和尚岭社区', person: '盛文军', position: 'FIRST_SECRETARY', title: '市委书记，社区志愿服务队大队长', unit: '市委办' },
    { community: '和尚岭社区', person: '和尚岭社区书记', position: 'SECRETARY', title: '社区党总支书记' },
    { community: '和尚岭社区', person: '市委党校代表', position: 'MEMBER', title: '兼职委员', unit: '市委党校', sortOrder: 1 },
    { community: '赤马港社区', person: '游和清', position: 'SECRETARY', title: '社区党总支书记' },
  ],
};
