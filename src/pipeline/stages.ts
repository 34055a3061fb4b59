import { assignFocusCountry } from '../extract/actors/actor-country.refiner.js';
import { actorsStage } from '../extract/actors/actors.stage.js';
import { eventsStage } from '../extract/events/events.stage.js';
import { placesStage } from '../extract/places/places.stage.js';
import { attachSpeakers } from '../extract/quotes/attach-speaker.refiner.js';
import { extractQuotes } from '../extract/quotes/quotes.stage.js';
import { timeSpans } from '../extract/quotes/time-spans.js';
import { mergeTimeMentions } from '../extract/time-mentions.refiner.js';
import { extractTimes } from '../extract/times/times.stage.js';
import { checkOrder, type Stage } from './stage.js';

const timesStage: Stage<'times'> = {
  name: 'times',
  requires: [],
  assigns: 'times',
  run: (doc, _k, ctx) => mergeTimeMentions(extractTimes(doc, { published: ctx.published })).times,
};

// Runs after places: an unknown titled person takes the article's focus country.
const actorCountryStage: Stage<'actors'> = {
  name: 'actor-country',
  requires: ['actors', 'places'],
  assigns: 'actors',
  run: (doc, _k, _ctx, got) =>
    assignFocusCountry(got.actors ?? [], got.places ?? [], doc.sentences, doc.text),
};

const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  requires: ['actors', 'times'],
  assigns: 'quotes',
  run: (doc, _k, _ctx, got) =>
    attachSpeakers(extractQuotes(doc, timeSpans(got.times ?? [])), got.actors ?? [], got.times ?? [], doc),
};

/**
 * The stages in order. Actors first: places need to know which names are actors (metonymy),
 * quotes need actors for speakers and times for their clause; events need all of them.
 */
export const STAGES: readonly Stage[] = [
  actorsStage,
  placesStage,
  actorCountryStage,
  timesStage,
  quotesStage,
  eventsStage,
];

checkOrder(STAGES);
