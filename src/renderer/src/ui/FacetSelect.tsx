export type FacetOption = string | { value: string; label: string }

interface Props {
  label: string
  /** The first option, meaning "no filter". */
  all: string
  options: readonly FacetOption[]
  value: string | null
  onChange: (value: string | null) => void
  testId: string
}

/** A labelled filter menu whose first entry clears the filter; shared by every list that filters. */
export function FacetSelect({ label, all, options, value, onChange, testId }: Props): React.JSX.Element {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)} data-testid={testId}>
        <option value="">{all}</option>
        {options.map((option) => {
          const { value: v, label: text } = typeof option === 'string' ? { value: option, label: option } : option
          return (
            <option key={v} value={v}>
              {text}
            </option>
          )
        })}
      </select>
    </label>
  )
}
