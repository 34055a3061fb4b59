/** Words that, just before a number or a month name, mark it as a time. */
export const TEMPORAL_CUES = new Set([
  'in', 'since', 'by', 'until', 'till', 'til', 'from', 'to', 'through', 'thru', 'during', 'between',
  'before', 'after', 'of', 'early', 'late', 'mid', 'end', 'around', 'circa', 'c', 'for',
  'year', 'years', 'as', 'and', 'or', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'start', 'beginning', 'middle', 'throughout', 'within', 'into', 'last', 'next', 'this', 'past',
  'coming', 'every', 'each', 'that', 'same', 'following', 'previous', 'prior', 'on', 'dated',
]);

/** Nouns after a number that make it a quantity, not a year ("2000 troops", "1900 GMT"). */
export const QUANTITY_NOUNS = new Set([
  'people', 'persons', 'troops', 'soldiers', 'jobs', 'points', 'units', 'votes', 'seats', 'km',
  'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'ft', 'kg', 'tonnes', 'tons',
  'mw', 'gw', 'hours', 'hrs', 'gmt', 'utc', 'cet', 'est', 'pst', 'bst', 'mph', 'kph', 'yards',
  'dollars', 'euros', 'pounds', 'rupees', 'yen', 'barrels', 'acres', 'hectares', 'cases', 'deaths',
]);

/** Words before a number that make it a name or a count ("Boeing 737", "flight 1989"). */
export const NON_YEAR_PREFIX = new Set([
  'no', 'number', 'nos', 'flight', 'route', 'room', 'page', 'p', 'pp', 'model', 'boeing', 'airbus',
  'at', 'highway', 'interstate', 'code', 'article', 'section', 'resolution', 'law', 'bill', 'act',
  'decree', 'order', 'item', 'version', 'windows', 'euro', 'expo', 'vision', 'agenda', 'rio',
  'cop', 'tel', 'phone', 'fax', 'call', 'about', 'nearly', 'almost', 'some', 'over', 'under',
  'approximately', 'roughly', 'total', 'only', 'just', 'least', 'most', 'than',
]);
