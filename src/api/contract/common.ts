import { z } from 'zod';
import { apiText } from './text';

/** Bilingual text: every user-visible string that comes from the API has both languages. */
export const localizedText = z
  .object({ zh: apiText().min(1), en: apiText().min(1) })
  .meta({ id: 'LocalizedText', description: 'The same text in Chinese (zh-CN) and English.' });
export type LocalizedText = z.infer<typeof localizedText>;

/**
 * Region id: a GB/T 2260 code, or `binhai` for 滨海新区, which is a functional zone with no code.
 * The same ids are the public `region` URL parameter.
 */
export const regionId = z
  .string()
  .regex(/^(\d{6}|binhai)$/)
  .meta({ id: 'RegionId', description: 'GB/T 2260 code (e.g. 330681), or `binhai` for 滨海新区.', example: '330600' });
export type RegionId = z.infer<typeof regionId>;

/**
 * Cumulative period from January: Q1 = Jan–Mar, H1 = Jan–Jun, Q3 = Jan–Sep, FY = the year;
 * M01…M12 = Jan to that month, for figures published at other month ends.
 */
export const periodId = z
  .string()
  .regex(/^\d{4}(Q1|H1|Q3|FY|M(0[1-9]|1[0-2]))$/)
  .meta({
    id: 'PeriodId',
    description:
      'Cumulative period from January: YYYYQ1 (Jan–Mar), YYYYH1 (Jan–Jun), YYYYQ3 (Jan–Sep), YYYYFY (year), YYYYMnn (Jan to month nn).',
    example: '2024Q1',
  });
export type PeriodId = z.infer<typeof periodId>;

export const indicatorId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/)
  .meta({ id: 'IndicatorId', description: 'Catalogue id of an indicator, snake_case.', example: 'gdp' });
export type IndicatorId = z.infer<typeof indicatorId>;

/** Dates are as precise as the source is: a day, a month or only a year. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .meta({ id: 'PartialDate', description: 'YYYY-MM-DD, or YYYY-MM / YYYY where the source gives no day.' });

export const reliability = z.enum(['official', 'official-repost', 'press', 'secondary']).meta({
  id: 'Reliability',
  description:
    'official: a government or statistics bureau page or document; official-repost: such a text reposted; press: media quoting official figures; secondary: an aggregator restating figures.',
});
export type Reliability = z.infer<typeof reliability>;

/**
 * Who a source is and who issued it, as a reader cites it: title, issuing body and date. The file
 * name of a document in the dataset is internal and never sent. Chinese sources have Chinese titles;
 * `titleEn` / `issuerEn` are given only where an English form exists.
 */
const citedAs = {
  title: apiText().min(1),
  titleEn: apiText().min(1).optional().meta({ description: 'English title, where the source has one.' }),
  issuer: apiText().min(1).meta({
    description:
      'Issuing body (government, bureau, outlet, forum) as the source names it; 未署名 where the source names none (the dataset notes say so).',
  }),
  issuerEn: apiText().min(1).optional().meta({ description: 'Issuing body in English, where known.' }),
};

const documentSource = z.object({
  type: z.literal('document'),
  ...citedAs,
  date: partialDate.nullable().meta({ description: 'Date of the document; null where it carries none.' }),
  reliability,
});

const webSource = z.object({
  type: z.literal('web'),
  url: z.url(),
  ...citedAs,
  date: partialDate.nullable(),
  reliability,
});

const illustrativeSource = z.object({
  type: z.literal('illustrative'),
  method: localizedText.meta({ description: 'How the illustrative value was made, so nobody mistakes it for data.' }),
});

/**
 * A source as the API sends it: once per response, in the response's `sources`, and cited by its key
 * from every figure that rests on it (see `citation`).
 */
export const sourceRecord = z
  .discriminatedUnion('type', [documentSource, webSource, illustrativeSource])
  .meta({ id: 'SourceRecord', description: 'Where figures come from. Illustrative figures say how they were made.' });
export type SourceRecord = z.infer<typeof sourceRecord>;

/** A figure's reference to its source and to the exact phrase of it that states the figure. */
export const citation = z
  .object({
    source: z.string().min(1).meta({ description: 'Key in the response’s `sources`.' }),
    quote: z
      .number()
      .int()
      .min(0)
      .nullable()
      .meta({ description: 'Index in the response’s `quotes`; null for an illustrative figure, which has no phrase.' }),
  })
  .meta({ id: 'Citation' });
export type Citation = z.infer<typeof citation>;

/** The tables a response's citations point into, each source and each phrase sent once. */
export const citationTables = {
  sources: z.record(z.string(), sourceRecord).meta({ description: 'Every source cited in `data`, by key.' }),
  quotes: z.array(apiText().min(1)).meta({ description: 'Every phrase cited in `data`, each once.' }),
};

/** A figure's source as the app uses it: the record with the figure's own phrase. */
export type Source =
  | (Extract<SourceRecord, { type: 'document' }> & { quote: string })
  | (Extract<SourceRecord, { type: 'web' }> & { quote: string })
  | Extract<SourceRecord, { type: 'illustrative' }>;
export type PublishedSource = Exclude<Source, { type: 'illustrative' }>;

export const figureStatus = z.enum(['published', 'illustrative']).meta({
  id: 'FigureStatus',
  description: 'published: stated by a source; illustrative: made up for demonstration, never to be read as data.',
});
export type FigureStatus = z.infer<typeof figureStatus>;

export const apiError = z
  .object({
    error: z.object({
      code: z.string().meta({
        description:
          'bad_request (400: a query parameter is malformed), not_found (404: no such endpoint), method_not_allowed (405: only GET and OPTIONS are served), internal (500). A client shows the message and must accept codes it does not know.',
      }),
      message: z.string().meta({ description: 'What was wrong, for a person: it names the parameter and its value.' }),
    }),
  })
  .meta({ id: 'ApiError', description: 'Body of every non-2xx response.' });
