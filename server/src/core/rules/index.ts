// Every analyzer, in the order findings are reported.
import type { Rule } from './rule';
import { acronymUndefined } from './acronym-undefined';
import { acronymMismatch } from './acronym-mismatch';
import { claimUnsourced } from './claim-unsourced';
import { dateConflict } from './date-conflict';
import { dateWeekday } from './date-weekday';
import { dateInvalid } from './date-invalid';
import { citationUnknown } from './citation-unknown';

export const RULES: Rule[] = [acronymUndefined, acronymMismatch, claimUnsourced, dateConflict, dateWeekday, dateInvalid, citationUnknown];
