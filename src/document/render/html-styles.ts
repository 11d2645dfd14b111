import { PALETTE } from '../svg/palette.js';

/** The document's print and screen styles: A4 pages, one chapter per page, Korean typography. */
export const DOCUMENT_CSS = `
@page { size: A4; margin: 18mm 17mm 20mm; @bottom-center { content: counter(page); font-size: 9pt; color: ${PALETTE.muted}; } }
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { background: ${PALETTE.wash}; }
body {
  margin: 0 auto; max-width: 210mm; padding: 16mm 17mm 20mm; background: ${PALETTE.paper}; color: ${PALETTE.ink};
  font-family: 'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', '맑은 고딕', 'Nanum Gothic', sans-serif;
  font-size: 10.5pt; line-height: 1.7; word-break: keep-all; overflow-wrap: break-word; -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
h1, h2, h3 { line-height: 1.35; color: ${PALETTE.primary}; break-after: avoid; }
.cover { min-height: 235mm; display: flex; flex-direction: column; justify-content: center; border-left: 6px solid ${PALETTE.primary}; padding-left: 12mm; }
.cover .kind { margin: 0 0 4mm; color: ${PALETTE.accent}; font-weight: 700; letter-spacing: .08em; font-size: 11pt; }
.cover h1 { margin: 0 0 10mm; font-size: 26pt; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 2mm 8mm; margin: 0 0 14mm; font-size: 11.5pt; }
.cover dt { color: ${PALETTE.muted}; }
.cover dd { margin: 0; font-weight: 700; }
.cover .based-on { color: ${PALETTE.muted}; font-size: 9.5pt; max-width: 130mm; }
.toc { break-before: page; }
.toc h2 { font-size: 16pt; border-bottom: 2px solid ${PALETTE.primary}; padding-bottom: 2mm; }
.toc ol { list-style: none; padding: 0; margin: 0; font-size: 12pt; }
.toc li { display: flex; gap: 4mm; padding: 2.5mm 0; border-bottom: 1px dotted ${PALETTE.rule}; }
.toc .number { color: ${PALETTE.accent}; font-weight: 700; min-width: 8mm; }
.toc a { color: ${PALETTE.ink}; text-decoration: none; }
.chapter { break-before: page; padding-top: 2mm; }
.chapter > h2 { font-size: 17pt; margin: 0 0 6mm; padding-bottom: 2mm; border-bottom: 2px solid ${PALETTE.primary}; display: flex; gap: 4mm; align-items: baseline; }
.chapter > h2 .number { color: ${PALETTE.paper}; background: ${PALETTE.primary}; border-radius: 4px; padding: 0 2.5mm; font-size: 13pt; }
h3 { font-size: 12.5pt; margin: 7mm 0 2.5mm; padding-left: 3mm; border-left: 3px solid ${PALETTE.accent}; }
p { margin: 0 0 3mm; }
p.lead { font-size: 12pt; font-weight: 500; padding: 3mm 4mm; background: ${PALETTE.primarySoft}; border-radius: 4px; }
p.note { color: ${PALETTE.muted}; font-size: 9.5pt; }
ul { margin: 0 0 3mm; padding-left: 6mm; }
table { width: 100%; border-collapse: collapse; margin: 0 0 4mm; font-size: 9.5pt; break-inside: auto; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { background: ${PALETTE.primary}; color: ${PALETTE.paper}; font-weight: 700; text-align: left; padding: 1.8mm 2.5mm; }
td { padding: 1.8mm 2.5mm; border-bottom: 1px solid ${PALETTE.rule}; vertical-align: top; }
tbody tr:nth-child(even) td { background: ${PALETTE.wash}; }
td.number, th.number { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.compact, th.compact { white-space: nowrap; }
.scorecard table.summary a { color: ${PALETTE.primary}; text-decoration: none; font-weight: 500; }
tr.total td { font-weight: 700; border-top: 2px solid ${PALETTE.primary}; background: ${PALETTE.primarySoft}; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1.5mm 6mm; margin: 0 0 4mm; }
dl.facts dt { color: ${PALETTE.muted}; }
dl.facts dd { margin: 0; }
figure { margin: 2mm 0 5mm; break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 9pt; color: ${PALETTE.muted}; text-align: center; margin-top: 1.5mm; }
code { font-family: 'D2Coding', 'Consolas', monospace; font-size: 8.5pt; color: ${PALETTE.primary}; white-space: nowrap; }
.scorecard h3 { display: flex; justify-content: space-between; }
.scorecard h3 .score { color: ${PALETTE.muted}; font-weight: 400; font-size: 10pt; }
.scorecard td.rule { width: 30mm; }
.scorecard td.rule code { white-space: nowrap; }
.scorecard td.result { width: 22mm; }
.scorecard td.principle { width: 38%; }
.badge { display: inline-block; padding: 0 2mm; border-radius: 3px; font-size: 8.5pt; font-weight: 700; white-space: nowrap; }
.status-passed .badge { background: ${PALETTE.domesticSoft}; color: ${PALETTE.domestic}; }
.status-failed .badge { background: #fbe4e4; color: #b42318; }
.status-waived .badge { background: ${PALETTE.accentSoft}; color: ${PALETTE.accent}; }
.status-not-applicable .badge, .status-off .badge { background: ${PALETTE.neutralSoft}; color: ${PALETTE.muted}; }
.scorecard td.detail ul { margin: 0; padding-left: 4mm; }
.scorecard tr[data-line] { cursor: pointer; }
.scorecard tr[data-line]:hover td { background: ${PALETTE.primarySoft}; }
.score-bar { display: inline-block; width: 30mm; height: 2.4mm; background: ${PALETTE.neutralSoft}; border-radius: 2mm; vertical-align: middle; margin-right: 2mm; overflow: hidden; }
.score-bar span { display: block; height: 100%; background: ${PALETTE.domestic}; }
@media screen { body { margin: 8mm auto; box-shadow: 0 1px 6px rgba(0,0,0,.12); } }
@media screen and (max-width: 860px) {
  html { background: ${PALETTE.paper}; }
  body { margin: 0; padding: 5mm 6mm; box-shadow: none; }
  .cover { min-height: 0; padding: 12mm 0 12mm 8mm; }
  table { font-size: 8.5pt; }
  th, td { padding: 1.2mm 1.5mm; }
  code { white-space: normal; overflow-wrap: break-word; }
  .scorecard td.rule, .scorecard td.result { width: auto; }
}
@media screen and (max-width: 600px) {
  .scorecard table.rules thead { display: none; }
  .scorecard table.rules tr { display: grid; grid-template-columns: 1fr auto; border-bottom: 1px solid ${PALETTE.rule}; }
  .scorecard table.rules td { display: block; width: auto; border-bottom: none; }
  .scorecard table.rules td.rule { grid-area: 1 / 1; }
  .scorecard table.rules td.result { grid-area: 1 / 2; }
  .scorecard table.rules td.principle { grid-column: 1 / -1; grid-row: 2; }
  .scorecard table.rules td.detail { grid-column: 1 / -1; grid-row: 3; }
}
@media print { html { background: none; } body { padding: 0; max-width: none; } .cover { min-height: 250mm; } }
`;
