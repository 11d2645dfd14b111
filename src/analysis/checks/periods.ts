import type { HorizonClause, PeriodClause } from '../../grammar/generated/ast.js';

/** A `horizon` or `period` that ends before it starts (`period-order`). */
export const endsBeforeStart = (span: HorizonClause | PeriodClause): boolean => span.end < span.start;
