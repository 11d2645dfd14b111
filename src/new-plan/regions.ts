import type { Localized } from '../analysis/locale.js';

/** The seventeen provinces and metropolitan cities (광역자치단체) offered when a new plan asks for its region. */
export const REGIONS: readonly Localized[] = [
    { ko: '서울특별시', en: 'Seoul' },
    { ko: '부산광역시', en: 'Busan' },
    { ko: '대구광역시', en: 'Daegu' },
    { ko: '인천광역시', en: 'Incheon' },
    { ko: '광주광역시', en: 'Gwangju' },
    { ko: '대전광역시', en: 'Daejeon' },
    { ko: '울산광역시', en: 'Ulsan' },
    { ko: '세종특별자치시', en: 'Sejong' },
    { ko: '경기도', en: 'Gyeonggi Province' },
    { ko: '강원특별자치도', en: 'Gangwon State' },
    { ko: '충청북도', en: 'North Chungcheong Province' },
    { ko: '충청남도', en: 'South Chungcheong Province' },
    { ko: '전북특별자치도', en: 'Jeonbuk State' },
    { ko: '전라남도', en: 'South Jeolla Province' },
    { ko: '경상북도', en: 'North Gyeongsang Province' },
    { ko: '경상남도', en: 'South Gyeongsang Province' },
    { ko: '제주특별자치도', en: 'Jeju Province' }
];
