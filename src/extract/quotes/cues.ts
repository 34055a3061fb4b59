import { z } from 'zod';
import data from '../../../knowledge/quotes/cues.json' with { type: 'json' };

const Words = z.array(z.string().min(1));

/** The format of knowledge/quotes/cues.json (all entries lower-case). */
export const CuesSchema = z.object({
  /** Verbs of speech: cue a direct quote on either side and reported speech. */
  speech: Words,
  /** Verbs that cue only a quote in quote marks right next to them ("…," he joked). */
  directOnly: Words,
  /** Verbs of belief and finding: cue reported speech with or without "that" ("polls show …"). */
  thought: Words,
  /** Verbs of knowing and perceiving: cue reported speech only with an explicit "that" clause. */
  cognitive: Words,
  /** -ing forms after a comma whose speaker is the subject of the sentence ("…, saying …"). */
  participles: Words,
  /** Verbs whose object is the audience, not the speaker ("told reporters"). */
  audienceVerbs: Words,
  pronouns: Words,
  /** Head nouns that make a speaker phrase an organisation ("the Foreign Ministry"). */
  organizationHeads: Words,
  /** Titles and role nouns: a speaker phrase made only of these is a role ("the minister"). */
  roleWords: Words,
});
export type Cues = z.infer<typeof CuesSchema>;

/** The validated word lists. */
export const CUES: Cues = CuesSchema.parse(data);

/** Fast lookup sets over the lists. */
export const CUE_SETS = {
  speech: new Set(CUES.speech),
  directOnly: new Set(CUES.directOnly),
  thought: new Set(CUES.thought),
  cognitive: new Set(CUES.cognitive),
  participles: new Set(CUES.participles),
  audience: new Set(CUES.audienceVerbs),
  pronouns: new Set(CUES.pronouns),
  orgHeads: new Set(CUES.organizationHeads),
  roles: new Set(CUES.roleWords),
} as const;
