/** The document's colours, shared by the SVG figures and the HTML styles. */
export const PALETTE = {
    ink: '#1d2733',
    muted: '#5b6675',
    rule: '#d5dbe3',
    paper: '#ffffff',
    wash: '#f3f6f9',
    primary: '#1f4e79',
    primarySoft: '#e4edf6',
    accent: '#c96f1c',
    accentSoft: '#fbeedd',
    overseas: '#6b3fa0',
    overseasSoft: '#efe7f8',
    domestic: '#2f7d6d',
    domesticSoft: '#e2f2ee',
    neutral: '#9aa4b1',
    neutralSoft: '#eef1f4',
    alert: '#b42318'
} as const;

export const SVG_FONT = "'Noto Sans KR','Noto Sans CJK KR','Apple SD Gothic Neo','Malgun Gothic','Nanum Gothic',sans-serif";
