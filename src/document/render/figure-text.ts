import type { GanttData, NetworkMapData, RegionMatrixData } from '../model.js';

/** The figures said in rows of text, for formats that carry neither SVG nor pictures (Markdown). */

/** One row per task: its label, its term and a bar of years (█ within its period, · outside). */
export function ganttRows(chart: GanttData): Array<[string, string, string]> {
    const years = chart.endYear - chart.startYear + 1;
    return chart.tasks.map(task => {
        const { start, end } = task;
        const bar = start === undefined || end === undefined
            ? task.problem ?? ''
            : Array.from({ length: years }, (_, offset) => chart.startYear + offset >= start && chart.startYear + offset <= end ? '█' : '·').join('');
        return [task.label, task.term ? chart.legend[task.term] : chart.legend.unset, bar];
    });
}

export interface NetworkLine {
    readonly title: string;
    readonly detail: string;
    readonly members: ReadonlyArray<{ readonly label: string; readonly host: boolean }>;
}

/** Each network with its members (hosts marked), then each link with the actor that holds it. */
export function networkLines(map: NetworkMapData): NetworkLine[] {
    const actorLabels = new Map([...map.networks.flatMap(network => network.members), ...map.looseActors].map(actor => [actor.key, actor.label]));
    return [
        ...map.networks.map(network => ({ title: network.label, detail: network.subtitle, members: network.members })),
        ...map.links.map(link => {
            const partner = link.partner ? actorLabels.get(link.partner) : undefined;
            return { title: link.label, detail: link.scopeLabel, members: partner ? [{ label: partner, host: false }] : [] };
        })
    ];
}

/** The region matrix as rows of cells: the region, then each segment's state in words, then a row of counts. */
export function regionMatrixRows(matrix: RegionMatrixData): string[][] {
    const counts = matrix.segments.map((_, column) => matrix.rows.filter(row => row.cells[column] === 'positioned').length);
    return [
        ...matrix.rows.map(row => [row.region, ...row.cells.map(state => state === 'none' ? '·' : matrix.legend[state])]),
        [matrix.legend.count, ...counts.map(String)]
    ];
}
