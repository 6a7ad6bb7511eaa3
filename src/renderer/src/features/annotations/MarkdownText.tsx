import { Fragment } from 'react'
import { parseMarkdown, type Inline } from './markdown'

/** A note rendered from its Markdown tree as React elements (no HTML strings anywhere). */
export function MarkdownText({ source, className }: { source: string; className?: string }): React.JSX.Element {
  return (
    <div className={className ?? 'markdown'}>
      {parseMarkdown(source).map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i} dir="auto">
            {block.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 ? <br /> : null}
                <InlineNodes nodes={line} />
              </Fragment>
            ))}
          </p>
        ) : block.ordered ? (
          <ol key={i} dir="auto">{block.items.map((item, j) => <li key={j}><InlineNodes nodes={item} /></li>)}</ol>
        ) : (
          <ul key={i} dir="auto">{block.items.map((item, j) => <li key={j}><InlineNodes nodes={item} /></li>)}</ul>
        )
      )}
    </div>
  )
}

function InlineNodes({ nodes }: { nodes: Inline[] }): React.JSX.Element {
  return (
    <>
      {nodes.map((node, i) => {
        switch (node.kind) {
          case 'text':
            return <Fragment key={i}>{node.text}</Fragment>
          case 'strong':
            return <strong key={i}><InlineNodes nodes={node.children} /></strong>
          case 'em':
            return <em key={i}><InlineNodes nodes={node.children} /></em>
          case 'code':
            return <code key={i} dir="ltr">{node.text}</code>
          case 'link':
            // Shown, not followed: an offline archive opens nothing from a note.
            return (
              <span key={i} className="markdown__link">
                {node.text} <bdi className="markdown__url">({node.url})</bdi>
              </span>
            )
        }
      })}
    </>
  )
}
