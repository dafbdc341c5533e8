import * as z from 'zod';
import { authorityKeySchema, bodySchema } from '../body/bodySchema';
import { PART_IDS } from '../export/documentLayout';
import { documentFieldSchemas, refuseMisplacedFields } from '../model/nodeFieldSchemas';
import type { NodeFieldName, NodeFields } from '../model/nodeFields';
import { ORAL_FORMATS } from '../model/oral';
import {
  AUTHORITY_TYPES,
  CASE_SIDES,
  CITATION_STYLES,
  MAP_DIRECTIONS,
  PASSIM_THRESHOLD_RANGE,
  SIDES,
  STATUSES,
} from '../model/types';

/** How deep a document's nodes may nest. */
export const MAX_DEPTH = 200;

/** A node of a `casewright/1` document: its fields (an empty one left out), its body and the nodes below it. */
export type DocumentNode = {
  id?: number | undefined;
  status?: (typeof STATUSES)[number] | undefined;
  kind: NodeFields['kind'];
  title: string;
  body?: z.infer<typeof bodySchema> | undefined;
  text?: string | undefined;
  children?: DocumentNode[] | undefined;
} & { [Name in Exclude<NodeFieldName, 'kind' | 'title'>]?: NonNullable<NodeFields[Name]> | undefined };

/**
 * The schemas of a `casewright/1` document and of its parts, built on first use: a command that only reads a case
 * builds none.
 */
export const documentSchemas = () => (schemas ??= buildSchemas());

let schemas: ReturnType<typeof buildSchemas> | undefined;

function buildSchemas() {
  const title = z.string().max(2000);
  const shortText = z.string().max(500);

  const thresholdsSchema = z.strictObject({
    clearAndConvincing: z.strictObject({ base: z.number().min(0).max(1), margin: z.number().min(0).max(1) }),
    beyondReasonableDoubt: z.strictObject({ base: z.number().min(0).max(1), maxCon: z.number().min(0).max(1) }),
  });

  const passimMessage = `the "passim" threshold is a whole number of citing places from ${PASSIM_THRESHOLD_RANGE.min} to ${PASSIM_THRESHOLD_RANGE.max}`;
  /** From how many citing places the Index of Authorities writes "passim". */
  const passimThresholdSchema = z
    .number(passimMessage)
    .int(passimMessage)
    .min(PASSIM_THRESHOLD_RANGE.min, passimMessage)
    .max(PASSIM_THRESHOLD_RANGE.max, passimMessage);

  /** Word limits per document part: whole numbers of words, by the part's id. */
  const wordLimitsSchema = z.partialRecord(
    z.enum(PART_IDS),
    z
      .number('a word limit is a whole number of words')
      .int('a word limit is a whole number of words')
      .positive('a word limit is at least one word')
      .max(10_000_000, 'a word limit is at most 10,000,000 words'),
  );

  const minutesMessage = 'minutes are a number from 0.5 to 600';
  const speakingMinutes = z.number(minutesMessage).min(0.5, minutesMessage).max(600, minutesMessage);
  const replyMinutes = z.number('reply minutes are a number from 0 to 60').min(0).max(60);

  /** A case's oral-argument settings: speakers with unique names, reply rounds, and time cards (largest first). */
  const oralSettingsSchema = z.strictObject({
    format: z.enum(ORAL_FORMATS),
    speakers: z
      .array(
        z.strictObject({
          name: z.string().trim().min(1, 'a speaker needs a name').max(200),
          side: z.enum(SIDES),
          minutes: speakingMinutes,
        }),
      )
      .max(20)
      .refine(
        (speakers) => new Set(speakers.map((speaker) => speaker.name)).size === speakers.length,
        'two speakers have the same name',
      ),
    rebuttalMinutes: replyMinutes,
    surRebuttalMinutes: replyMinutes,
    timeCards: z
      .array(z.number('a time card is a number of minutes').min(0.25).max(600))
      .max(10)
      .refine(
        (cards) => cards.every((card, index) => index === 0 || card < cards[index - 1]!),
        'time cards go from the most minutes left to the fewest, each once',
      ),
  });

  const caseSchema = z.strictObject({
    title: title.optional(),
    forum: shortText.optional(),
    applicant: shortText.optional(),
    respondent: shortText.optional(),
    side: z.enum(CASE_SIDES).optional(),
    citationStyle: z.enum(CITATION_STYLES).optional(),
    thresholds: thresholdsSchema.optional(),
    passimThreshold: passimThresholdSchema.optional(),
    wordLimits: wordLimitsSchema.optional(),
    mapDirection: z.enum(MAP_DIRECTIONS).optional(),
    oral: oralSettingsSchema.optional(),
  });

  /** CSL-JSON: an object of bibliographic fields; Casewright reads a known subset and keeps the rest. */
  const cslSchema = z
    .record(z.string().max(100), z.unknown())
    .refine((csl) => JSON.stringify(csl).length <= 100_000, 'CSL data is too large (over 100,000 characters)');

  const authoritySchema = z.strictObject({
    key: authorityKeySchema,
    type: z.enum(AUTHORITY_TYPES),
    short: shortText.optional(),
    csl: cslSchema.optional(),
  });

  const nodeSchema: z.ZodType<DocumentNode> = z.lazy(() => {
    const { kind, title, ...optionalFields } = documentFieldSchemas();
    return z
      .strictObject({
        id: z.number().int().positive().optional(),
        status: z.enum(STATUSES).optional(),
        kind,
        title,
        body: bodySchema.optional(),
        text: z.string().max(1_000_000).optional(),
        ...z.object(optionalFields).partial().shape,
        children: z.array(nodeSchema).optional(),
      })
      .superRefine(refuseMisplacedFields);
  });

  const templateInfoSchema = z.strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and hyphens'),
    title: z.string().min(1).max(200),
    description: z.string().max(500),
  });

  /** A `casewright/1` document: a whole case, or a template. */
  const documentSchema = z.strictObject({
    format: z.literal('casewright'),
    version: z.literal(1),
    template: templateInfoSchema.optional(),
    case: caseSchema.optional(),
    authorities: z.array(authoritySchema).optional(),
    nodes: z.array(nodeSchema).optional(),
  });

  return {
    thresholdsSchema,
    passimThresholdSchema,
    wordLimitsSchema,
    oralSettingsSchema,
    caseSchema,
    cslSchema,
    authoritySchema,
    nodeSchema,
    templateInfoSchema,
    documentSchema,
  };
}

export type CasewrightDocument = z.infer<ReturnType<typeof documentSchemas>['documentSchema']>;
export type DocumentAuthority = z.infer<ReturnType<typeof documentSchemas>['authoritySchema']>;
