// Edition files (archive/editions/elecomp-NN.json): what is known about one Elecomp edition, each
// fact in our own words and cited to archive items. Carried in the pack's optional `editions`.
import { z } from 'zod'
import { isValidJalaliDate } from '../dates/jalali'
import { PACK_LIMITS as L } from './limits'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const text = (max: number) => z.string().min(1, 'must not be empty').max(max)
const slug = z.string().max(L.idChars).regex(SLUG, 'must be a slug: lowercase latin letters and digits joined by single hyphens')

export const FACT_KINDS = ['dates', 'venue', 'organiser', 'event'] as const
export type FactKind = (typeof FACT_KINDS)[number]

/** A Jalali date only as precise as the report: a year, a year and month, or a day. */
export const partialJalaliSchema = z
  .strictObject({
    year: z.int().min(1).max(3177),
    month: z.int().min(1).max(12).optional(),
    day: z.int().min(1).max(31).optional()
  })
  .superRefine((d, ctx) => {
    if (d.day !== undefined && d.month === undefined) ctx.addIssue({ code: 'custom', path: ['day'], message: 'needs a month' })
    else if (!isValidJalaliDate(d.year, d.month ?? 1, d.day ?? 1)) {
      ctx.addIssue({ code: 'custom', message: `Jalali date ${[d.year, d.month, d.day].filter((n) => n !== undefined).join('-')} does not exist` })
    }
  })
export type PartialJalali = z.infer<typeof partialJalaliSchema>

export const jalaliSpanSchema = z
  .strictObject({ from: partialJalaliSchema, to: partialJalaliSchema.optional() })
  .superRefine((span, ctx) => {
    if (span.to && jalaliOrder(span.to) < jalaliOrder(span.from)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'is before "from"' })
    }
  })
export type JalaliSpan = z.infer<typeof jalaliSpanSchema>

export const editionFactSchema = z
  .strictObject({
    kind: z.enum(FACT_KINDS),
    fa: text(L.factChars),
    en: text(L.factChars),
    jalali: jalaliSpanSchema.optional(),
    cite: z.array(slug).min(1, 'must cite at least one item').max(L.factCites)
  })
  .superRefine((fact, ctx) => {
    if (fact.jalali && fact.kind !== 'dates') ctx.addIssue({ code: 'custom', path: ['jalali'], message: 'is only allowed on "dates" facts' })
    if (new Set(fact.cite).size !== fact.cite.length) ctx.addIssue({ code: 'custom', path: ['cite'], message: 'names an item twice' })
  })
export type EditionFact = z.infer<typeof editionFactSchema>

export const editionSchema = z
  .strictObject({
    id: slug,
    number: z.int().min(1).max(999),
    facts: z.array(editionFactSchema).min(1, 'needs at least one fact').max(L.editionFacts)
  })
  .superRefine((edition, ctx) => {
    // `elecomp-24` must be number 24: the id is what items' event.id and citations use.
    const idNumber = /-(\d+)$/.exec(edition.id)?.[1]
    if (idNumber !== undefined && Number(idNumber) !== edition.number) {
      ctx.addIssue({ code: 'custom', path: ['number'], message: `is ${edition.number} but the id "${edition.id}" says ${Number(idNumber)}` })
    }
  })
export type Edition = z.infer<typeof editionSchema>

export const editionsSchema = z.array(editionSchema).max(L.editions)

/** Comparable number for a partial date; a missing month or day counts as the period's start. */
function jalaliOrder(d: PartialJalali): number {
  return d.year * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0)
}

/** Ids of items each edition's facts cite, for linking and for the pack's cross-check. */
export function citedItemIds(edition: Edition): string[] {
  return [...new Set(edition.facts.flatMap((f) => f.cite))]
}
