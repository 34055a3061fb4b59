import { actorsStage } from '../extract/actors/actors.stage.js';
import { checkOrder, type Stage } from './stage.js';

/**
 * The stages in order. Actors come first: places need to know which names are actors, quotes
 * need actors for speakers, events need all of them.
 */
export const STAGES: readonly Stage[] = [actorsStage];

checkOrder(STAGES);
