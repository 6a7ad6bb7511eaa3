export { toLatinDigits, toPersianDigits } from './digits'
export {
  GREGORIAN_MONTHS_EN_SHORT,
  GREGORIAN_MONTHS_FA,
  JALALI_MONTHS_EN,
  JALALI_MONTHS_FA,
  gregorianToJalali,
  isValidGregorianDate,
  isValidJalaliDate,
  jalaliMonthToGregorianRange,
  jalaliToGregorian,
  jalaliYearToGregorianRange,
  type CalendarDate,
  type GregorianRange
} from './jalali'
export {
  describePublishedProblem,
  parsePublishedDate,
  sortKeyOf,
  type DatePrecision,
  type JalaliParts,
  type ParsedPublished,
  type PublishedDate
} from './published'
export { formatPublished, formatPublishedParts, type EventName, type PublishedParts, type UiLanguage } from './formatPublished'
export { formatJalaliSpan, formatJalaliSpanParts, gregorianYearsOf, type JalaliSpanInput } from './formatSpan'
